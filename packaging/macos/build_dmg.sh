#!/usr/bin/env bash
# macOS: build dist/Catalogue.app with build.spec (its BUNDLE step runs on macOS only),
# then wrap it in a compressed disk image with an Applications link to drag it onto.
#   packaging/macos/build_dmg.sh        (on a Mac, from the repo, after `make test`)
# Needs hdiutil (part of macOS). Not run here: PyInstaller cannot build for macOS on Linux.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
"$PYTHON" -m pip install --quiet ".[package]"
rm -rf build/build dist/Catalogue dist/Catalogue.app
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --workpath build/build build.spec
[ -d dist/Catalogue.app ] || { echo "build_dmg: dist/Catalogue.app was not built" >&2; exit 1; }
dist/Catalogue.app/Contents/MacOS/catalogue --version
QT_QPA_PLATFORM=offscreen dist/Catalogue.app/Contents/MacOS/catalogue \
    --db "$(mktemp -d)/smoke.db" --self-test
staging=$(mktemp -d)
cp -R dist/Catalogue.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Catalogue $version" -srcfolder "$staging" -ov -format UDZO \
    "dist/Catalogue-$version-macos.dmg"
rm -rf "$staging"
echo "dist/Catalogue-$version-macos.dmg"
