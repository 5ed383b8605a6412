#!/usr/bin/env bash
# Smoke-test the packaged app as an officer's machine would run it: the frozen bundle in
# dist/Catalogue/, then the .deb unpacked into a temporary root. Each must open its window
# (offscreen), save a screenshot, export the whole catalogue of a new database, and sort
# Chinese and English with Qt's collator.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
expected_records=91   # 1 session, 15 areas, 35 measures, 12 officials, 20 agreements, 8 annexes

check() {
    local app=$1 label=$2 work
    work=$(mktemp -d)
    echo "-- $label: $app"
    HOME="$work/home" "$app" --db "$work/new.db" --self-test --screenshot "$work/shot.png"
    [ -s "$work/shot.png" ] || { echo "smoke: $label wrote no screenshot" >&2; exit 1; }
    HOME="$work/home" "$app" export --db "$work/new.db" "$work/out.csv"
    local rows
    rows=$(.venv/bin/python - "$work/out.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as stream:
    rows = list(csv.DictReader(stream))
kinds = {kind: sum(1 for row in rows if row["record_type"] == kind)
         for kind in ("session", "area", "measure", "official", "agreement", "annex")}
assert kinds == {"session": 1, "area": 15, "measure": 35, "official": 12, "agreement": 20,
                 "annex": 8}, kinds
print(len(rows))
PY
)
    [ "$rows" = "$expected_records" ] || { echo "smoke: $label exported $rows records" >&2; exit 1; }
    # First start with no --db makes the database in the user's app-data folder.
    HOME="$work/home" XDG_DATA_HOME= "$app" export - > /dev/null
    [ -f "$work/home/.local/share/Catalogue/catalogue.db" ] || {
        echo "smoke: $label did not create the per-user database" >&2; exit 1; }
    # An officer's older file (schema 0001) is backed up and upgraded by the frozen app too.
    cp tests/data/catalogue-rev1.db "$work/old.db"
    "$app" export --db "$work/old.db" "$work/old.csv"
    ls "$work/backups/"old-*-before-upgrade.db > /dev/null
    "$app" --version
    # Chinese by stroke count (zh_HK) and pinyin (zh_CN), English by dictionary order: the
    # bundle's small ICU data library (packaging/icu_data.py) has the collation they need.
    CATALOGUE_FROZEN="$app" .venv/bin/python -m pytest -q -p no:cacheprovider \
        tests/core/test_collation.py -k frozen
    # Under a Chinese locale the packaged app starts in Chinese: the window (title, counts
    # from catalogue_zh_*.qm) and the command line (catalogue_zh_*.ts), in each script.
    local said
    said=$(LANG=zh_HK.UTF-8 LC_ALL= LANGUAGE= HOME="$work/home" "$app" --db "$work/new.db" \
        --self-test --screenshot "$work/shot-zh_HK.png")
    case "$said" in *"會議目錄 - new.db"*"35 項措施"*) ;; *)
        echo "smoke: $label did not start in Traditional Chinese: $said" >&2; exit 1 ;; esac
    said=$(LANG=zh_CN.UTF-8 LC_ALL= LANGUAGE= HOME="$work/home" "$app" --db "$work/new.db" \
        --self-test)
    case "$said" in *"会议目录 - new.db"*"35 项措施"*) ;; *)
        echo "smoke: $label did not start in Simplified Chinese: $said" >&2; exit 1 ;; esac
    said=$(LANG=zh_HK.UTF-8 LC_ALL= LANGUAGE= "$app" export --db "$work/new.db" "$work/zh.csv" 2>&1)
    case "$said" in *"已將 91 項記錄寫入"*) ;; *)
        echo "smoke: $label's command line did not answer in Chinese: $said" >&2; exit 1 ;; esac
    # A team catalogue: the bundled driver (psycopg's binary package) connects to a real
    # PostgreSQL (started as the tests start it, on a Unix socket), makes and seeds an
    # empty database, and exports it.
    .venv/bin/python - "$app" <<'PY'
import subprocess, sys
from tests.pg_server import running_server
with running_server() as server:
    url = server.url(server.new_database("smoke"))
    out = subprocess.run([sys.argv[1], "export", "--db", url, "-"], capture_output=True,
                         text=True, encoding="utf-8", check=False)
    assert out.returncode == 0 and out.stdout.count("\n") == 92, (out.stderr, out.stdout[:300])
    print(f"smoke: exported {out.stdout.count(chr(10)) - 1} records from {url.split('?')[0]}")
PY
    rm -rf "$work"
}

check dist/Catalogue/catalogue "frozen bundle"
deb=$(ls dist/catalogue_*.deb | head -n 1)
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg -x "$deb" "$unpacked"
[ -f "$unpacked/usr/share/applications/catalogue.desktop" ]
[ -L "$unpacked/usr/bin/catalogue" ]
check "$unpacked/opt/catalogue/catalogue" "unpacked .deb"
echo "smoke: the frozen bundle and the .deb passed"
