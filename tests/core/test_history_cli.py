"""`catalogue edit` and `catalogue history` through real subprocesses (issue #15 item 6):
an edit goes through the services and into the history; every refusal is one stderr line,
a non-zero exit and the file unchanged."""

import csv
import dataclasses
import datetime
import getpass
import re
import shutil
from pathlib import Path

import pytest

from catalogue.services import import_release
from catalogue.workflows import open_catalogue
from tests.helpers import REV1, file_digest, run

pytestmark = pytest.mark.slow

STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


@pytest.fixture
def db(tmp_path, seeded_template) -> Path:
    path = tmp_path / "catalogue.db"
    shutil.copyfile(seeded_template, path)
    return path


def test_edit_changes_one_field_and_history_shows_it(db, tmp_path):
    result = run("edit", "--db", str(db), "measure", "3.2", "text", "  Shared   open data. ")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("measure 3.2: text: \"Promote data co-operation")
    assert result.stdout.rstrip().endswith('-> "Shared open data."'), "normalised as the window"

    out = tmp_path / "out.csv"
    assert run("export", "--db", str(db), str(out)).returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as stream:
        row = next(r for r in csv.DictReader(stream) if r["ref"] == "3.2"
                   and r["record_type"] == "measure")
    assert row["text"] == "Shared open data."

    shown = run("history", "--db", str(db), "measure", "3.2")
    assert shown.returncode == 0, shown.stderr
    blocks = shown.stdout.split("\n\n")
    assert len(blocks) == 2, "the edit, then the import that added it"
    head, record, field = blocks[0].splitlines()
    assert re.fullmatch(rf"{STAMP}  {re.escape(getpass.getuser())}  Edit measure 3.2  "
                        r"\(command line\)", head)
    assert record.strip() == "measure 3.2"
    assert field.strip().startswith('text: "Promote data co-operation')
    assert field.endswith('-> "Shared open data."')
    assert blocks[1].splitlines()[0].endswith("(import)")
    assert '    text: (none) -> "Promote data co-operation' in blocks[1]


def test_history_of_everything_and_since(db):
    assert run("edit", "--db", str(db), "agreement", "XI", "parties", "A; B").returncode == 0
    assert run("edit", "--db", str(db), "official", "1", "post", "Chief").returncode == 0
    everything = run("history", "--db", str(db))
    assert everything.returncode == 0, everything.stderr
    heads = [block.splitlines()[0] for block in everything.stdout.split("\n\n")]
    labels = [head.split("  ")[2] for head in heads]
    assert labels[0] == "Edit official Mr John Lee" and labels[1] == "Edit agreement (xi)"
    assert heads[-1].split("  ")[2].startswith("Import Sixth Plenary Session")
    assert "  + measure 1.1" in everything.stdout, "an import lists what it added"
    tomorrow = (datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1))
    later = run("history", "--db", str(db), "--since", tomorrow.isoformat())
    assert later.returncode == 0 and later.stdout == ""
    assert later.stderr.strip() == "catalogue: no changes"


def test_a_second_plenary_needs_session(db, seed_release):
    engine = open_catalogue(db)
    import_release(engine, dataclasses.replace(seed_release, ordinal=7),
                   date=datetime.date(2025, 4, 26))
    engine.dispose()
    before = file_digest(db)
    refused = run("edit", "--db", str(db), "area", "1", "name", "Money")
    assert refused.returncode != 0
    assert refused.stderr.splitlines() == [
        "catalogue: the catalogue holds 2 plenaries: give --session (one of 6, 7)"]
    assert file_digest(db) == before
    done = run("edit", "--db", str(db), "--session", "7", "--conference", "shanghai",
               "area", "1", "name", "Money")
    assert done.returncode == 0, done.stderr
    shown = run("history", "--db", str(db), "--session", "7", "area", "1")
    assert "Money" in shown.stdout
    assert run("history", "--db", str(db), "--session", "6", "area", "1").stdout.count(
        "\n\n") == 0, "plenary 6's area 1 only has its import"


@pytest.mark.parametrize(("args", "message"), [
    (("meeting", "1", "name", "x"), "no record type 'meeting'"),
    (("measure", "3.99", "text", "x"), "has no measure 3.99"),
    (("measure", "three", "text", "x"), "has no measure three"),
    (("measure", "3.2", "colour", "x"), "a measure has no field 'colour'"),
    (("measure", "3.2", "text", "   "), "text: Text is required"),
    (("annex", "2", "number", "3"), "already used in this plenary"),
    (("agreement", "xi", "annex", "99"), "there is no annex 99"),
    (("official", "1", "side", "Mars"), "must be one of"),
    (("--session", "9", "area", "1", "name", "x"), "there is no plenary 9"),
])
def test_a_bad_edit_is_one_line_and_changes_nothing(db, args, message):
    before = file_digest(db)
    result = run("edit", "--db", str(db), *args)
    assert result.returncode != 0
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(db) == before


@pytest.mark.parametrize("args", [("meeting", "1", "name", "x"),
                                  ("measure", "1.1", "colour", "x")])
def test_a_mistyped_edit_leaves_an_old_file_as_it_was(tmp_path, args):
    """A mistyped edit of a catalogue from an earlier version upgraded it (and made a
    before-upgrade backup) before saying no (the break-it session)."""
    old = tmp_path / "old.db"
    shutil.copyfile(REV1, old)
    before = file_digest(old)
    result = run("edit", "--db", str(old), *args)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert file_digest(old) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["old.db"]


def test_edit_and_history_refuse_a_missing_file(tmp_path):
    for command in (("edit", "measure", "1.1", "text", "x"), ("history",)):
        result = run(command[0], "--db", str(tmp_path / "none.db"), *command[1:])
        assert result.returncode != 0
        assert result.stderr.strip().endswith("none.db does not exist")
    assert not (tmp_path / "none.db").exists()


def test_history_refuses_a_bad_date_and_half_a_record(db):
    result = run("history", "--db", str(db), "--since", "yesterday")
    assert result.returncode == 2 and "--since must be a day as YYYY-MM-DD" in result.stderr
    result = run("history", "--db", str(db), "measure")
    assert result.returncode == 2 and "RECORD_TYPE REF" in result.stderr
