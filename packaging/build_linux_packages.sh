#!/usr/bin/env bash
# Turn dist/Catalogue/ (from `pyinstaller build.spec`) into the Linux packages:
#   dist/catalogue_VERSION_ARCH.deb          installs to /opt/catalogue, `catalogue` on the PATH,
#                                            a desktop entry and icons for the applications menu
#   dist/Catalogue-VERSION-linux-ARCH.tar.gz the same bundle to unpack anywhere
# Needs dpkg-deb (Debian's dpkg) and tar; the version comes from pyproject.toml alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
bundle=dist/Catalogue
[ -x "$bundle/catalogue" ] || { echo "build_linux_packages: $bundle/catalogue is missing; run pyinstaller build.spec first" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -d "$root/opt/catalogue" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/catalogue/"
ln -s /opt/catalogue/catalogue "$root/usr/bin/catalogue"
install -m 0644 resources/catalogue.desktop "$root/usr/share/applications/catalogue.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 0644 "resources/catalogue-$size.png" \
        "$root/usr/share/icons/hicolor/${size}x${size}/apps/catalogue.png"
done
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Depends: every library Qt's X11 plugin loads (readelf -d on libqxcb.so and libQt6XcbQpa),
# libxcb-cursor0, -icccm4 and -keysyms1 above all: a stock Ubuntu/Debian desktop lacks them,
# and without them Qt aborts with "could not load the Qt platform plugin xcb".
# libssl3 (libssl3t64 on Ubuntu 24.04 and later): Python's ssl and hashlib, and psycopg's libpq
# (build.spec points it at the system's OpenSSL instead of the copy in the wheel).
# Recommends: the Noto Sans CJK faces, whose HK and SC regional forms the window picks for
# Traditional and Simplified Chinese (catalogue.ui.cjk).
cat > "$root/DEBIAN/control" <<CONTROL
Package: catalogue
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Installed-Size: $installed_kb
Depends: libc6, libfontconfig1, libfreetype6, libglib2.0-0, libgl1, libegl1, libdbus-1-3,
 libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4,
 libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0,
 libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1,
 libssl3 | libssl3t64
Recommends: fonts-noto-cjk
Maintainer: Catalogue team <catalogue@localhost>
Description: record of the Hong Kong/Shanghai Co-operation Conference
 Catalogue keeps the record of each plenary session of the Hong Kong/Shanghai
 Co-operation Conference offline: co-operation areas, measures, officials,
 agreements and annexes, browsed and edited in a tree by area, exported as CSV.
CONTROL
# Refresh the menu and icon caches where the desktop has the tools; never fail over it.
for script in postinst postrm; do
    cat > "$root/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
HOOK
    chmod 0755 "$root/DEBIAN/$script"
done
deb="dist/catalogue_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
tarball="dist/Catalogue-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" Catalogue
printf '%s\t%s\n' "$(du -sh "$bundle" | cut -f1)" "$bundle/" \
    "$(du -sh "$deb" | cut -f1)" "$deb" "$(du -sh "$tarball" | cut -f1)" "$tarball"
