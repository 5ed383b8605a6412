#!/usr/bin/env bash
# The Windows installer cannot be built here (PyInstaller does not cross-build), but its NSIS
# script can be compiled against a stand-in folder shaped like the Windows bundle, which
# catches syntax errors, missing includes and bad paths.
set -euo pipefail
cd "$(dirname "$0")/.."
standin=$(mktemp -d)
trap 'rm -rf "$standin"' EXIT
mkdir -p "$standin/bundle/_internal"
printf 'stand-in for catalogue.exe\n' > "$standin/bundle/catalogue.exe"
printf 'stand-in\n' > "$standin/bundle/_internal/base_library.zip"
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
makensis -V2 -DVERSION="$version" -DSOURCE_DIR="$standin/bundle" \
    -DOUTFILE="$standin/Catalogue-standin-installer.exe" packaging/windows/catalogue.nsi
[ -s "$standin/Catalogue-standin-installer.exe" ]
echo "nsis: packaging/windows/catalogue.nsi compiles ($(du -h "$standin/Catalogue-standin-installer.exe" | cut -f1) with a stand-in bundle)"
