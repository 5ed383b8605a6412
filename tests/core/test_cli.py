"""The `catalogue` command through real subprocesses: results, and every error as one line
on stderr with a non-zero exit, no traceback, and the database byte-for-byte unchanged."""

import csv
import datetime
import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import file_digest, run


@pytest.fixture(scope="module")
def catalogue_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "catalogue.db"
    result = run("export", "--db", str(path), str(path.with_suffix(".csv")))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def release_file(tmp_path, seed_text) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_export_to_a_new_path_writes_the_whole_catalogue(tmp_path):
    db, out = tmp_path / "new.db", tmp_path / "out.csv"
    result = run("export", "--db", str(db), str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 91 records" in result.stdout
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 91


@pytest.mark.slow
def test_db_before_the_command_and_env_var_work_too(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    assert run("--db", str(db), "export", str(tmp_path / "a.csv")).returncode == 0
    monkeypatch.setenv("CATALOGUE_DB", str(db))
    env_run = subprocess.run([sys.executable, "-m", "catalogue", "export", "-"],
                             capture_output=True, timeout=120)
    assert env_run.returncode == 0
    assert env_run.stdout.startswith(b"\xef\xbb\xbfrecord_type,ref,session")


@pytest.mark.slow
def test_export_to_stdout(catalogue_db):
    result = run("export", "--db", str(catalogue_db), "-")
    assert result.returncode == 0
    assert result.stdout.startswith("\ufeffrecord_type,")
    assert len(list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))) == 91


@pytest.mark.slow
def test_import_refused_then_replaced(catalogue_db, release_file):
    before = file_digest(catalogue_db)
    refused = run("import", "--db", str(catalogue_db), str(release_file))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "already catalogued" in refused.stderr
    assert "--replace" in refused.stderr
    assert file_digest(catalogue_db) == before
    replaced = run("import", "--db", str(catalogue_db), "--replace", str(release_file))
    assert replaced.returncode == 0, replaced.stderr
    assert "Replaced Sixth Plenary Session" in replaced.stdout
    for kind, count in [("area", 15), ("measure", 35), ("official", 12), ("agreement", 20),
                        ("annex", 8)]:
        assert f"{kind}" in replaced.stdout and f" {count}\n" in replaced.stdout


@pytest.mark.slow
def test_import_another_plenary_with_a_date(catalogue_db, release_file, tmp_path):
    seventh = tmp_path / "seventh.txt"
    seventh.write_text(release_file.read_text(encoding="utf-8").replace("Sixth", "Seventh"),
                       encoding="utf-8")
    no_year = run("import", "--db", str(catalogue_db), str(seventh))
    assert no_year.returncode == 1 and "--date" in no_year.stderr
    added = run("import", "--db", str(catalogue_db), "--date", "2025-04-26", str(seventh))
    assert added.returncode == 0, added.stderr
    assert "Imported Seventh Plenary Session" in added.stdout


def _bad_inputs(tmp_path: Path, seed_text: str) -> dict[str, tuple[list[str], str]]:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\u00e9 pl\u00e9ni\u00e8re".encode("latin-1"))
    prose = tmp_path / "prose.txt"
    prose.write_text("Dear colleagues,\n\nThe meeting is moved to Tuesday.\n", encoding="utf-8")
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    return {
        "missing file": (["import", str(tmp_path / "nope.txt")], "no such file"),
        "a folder": (["import", str(tmp_path)], "is a folder"),
        "binary": (["import", str(binary)], "binary file"),
        "not UTF-8": (["import", str(latin1)], "not UTF-8"),
        "not a press release": (["import", str(prose)], "not a plenary press release"),
        "bad date": (["import", "--date", "26/04/2024", str(prose)], "YYYY-MM-DD"),
        "wrong date": (["import", "--replace", "--date", "2024-05-01", "RELEASE"],
                       "does not match"),
        "unwritable output": (["export", str(blocker / "out.csv")], "cannot write"),
        "output is a folder": (["export", str(tmp_path)], "is a folder"),
        "unknown command": (["frobnicate"], "invalid choice"),
    }


@pytest.mark.slow
@pytest.mark.parametrize("case", [
    "missing file", "a folder", "binary", "not UTF-8", "not a press release", "bad date",
    "wrong date", "unwritable output", "output is a folder", "unknown command"])
def test_errors_are_one_line_and_change_nothing(case, catalogue_db, tmp_path, seed_text,
                                                release_file):
    args, message = _bad_inputs(tmp_path, seed_text)[case]
    args = [str(release_file) if arg == "RELEASE" else arg for arg in args]
    before = file_digest(catalogue_db)
    result = run(args[0], "--db", str(catalogue_db), *args[1:]) if args[0] in (
        "import", "export") else run(*args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert file_digest(catalogue_db) == before


@pytest.mark.slow
@pytest.mark.parametrize("cut", [3, 2])
def test_export_of_a_damaged_file_names_it_and_its_backup(catalogue_db, tmp_path, cut):
    """Export reads without the whole-file check: damage met on the way is reported as
    damage, with the backup to restore, and no CSV is left behind."""
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(catalogue_db.read_bytes())
    backup = run("backup", "--db", str(damaged))
    assert backup.returncode == 0, backup.stderr
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // cut])
    before = file_digest(damaged)
    result = run("export", "--db", str(damaged), str(tmp_path / "out.csv"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "is damaged" in result.stderr and "restore the newest good backup" in result.stderr
    assert not (tmp_path / "out.csv").exists()
    assert not list(tmp_path.glob(".out.csv.*"))
    assert file_digest(damaged) == before


@pytest.mark.slow
@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_a_database_that_is_not_a_catalogue(tmp_path, content):
    fake = tmp_path / "fake.db"
    fake.write_bytes(content)
    result = run("export", "--db", str(fake), str(tmp_path / "out.csv"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"catalogue: {fake} is not a Catalogue database" + (
        " (not an SQLite file)" if content else "")
    assert fake.read_bytes() == content
    assert not (tmp_path / "out.csv").exists()


def test_version_and_help():
    declared = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"Catalogue {declared['project']['version']}"
    helped = run("--help")
    assert helped.returncode == 0
    for word in ("export", "import", "--db", "--self-test"):
        assert word in helped.stdout


# -- search: how many, and the words that matched -----------------------------------------


@pytest.mark.slow
def test_search_prints_200_then_as_many_as_asked(demo_db):
    """Before: 200 lines and "add words to narrow it", with no way to see the rest."""
    capped = run("search", "--db", str(demo_db), "Co-operation")
    assert capped.returncode == 0, capped.stderr
    assert len(capped.stdout.splitlines()) == 200
    assert capped.stderr == ("200 records shown; more match (add words to narrow it, or give "
                             "--limit N or --all)\n")
    every = run("search", "--db", str(demo_db), "--all", "Co-operation")
    total = len(every.stdout.splitlines())
    assert total > 200 and every.stderr == f"{total} records match\n"
    assert every.stdout.splitlines()[:200] != capped.stdout.splitlines() or total == 200
    few = run("search", "--db", str(demo_db), "--limit", "5", "Co-operation")
    assert len(few.stdout.splitlines()) == 5 and few.stderr.startswith("5 records shown; ")
    exact = run("search", "--db", str(demo_db), "--limit", str(total), "Co-operation")
    assert exact.stdout == every.stdout and exact.stderr == every.stderr


@pytest.mark.slow
@pytest.mark.parametrize(("args", "message"), [
    (["--limit", "0"], "argument --limit: must be a whole number of at least 1, not '0'"),
    (["--limit", "many"], "not 'many'"),
    (["--limit", "5", "--all"], "not allowed with argument --limit")])
def test_a_wrong_limit_is_a_usage_error(catalogue_db, args, message):
    result = run("search", "--db", str(catalogue_db), *args, "finance")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr


@pytest.mark.slow
def test_search_prints_the_text_around_the_match(catalogue_file):
    """Before: a measure's whole text, an agreement's title even when its parties matched."""
    result = run("search", "--db", str(catalogue_file), "environmental", "industries")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    kind, ref, text = line.split("\t")
    assert (kind, ref) == ("measure", "10.3")
    assert text == ("…two places on ecological and environmental industries, and promote "
                    "the market matching and…")
    lines = run("search", "--db", str(catalogue_file), "Green", "Finance").stdout.splitlines()
    assert all(line.count("\t") == 2 and "green" in line.lower() for line in lines)


# -- demo-data, backups, restore -------------------------------------------------------------


def test_demo_data_help_says_the_file_is_new():
    """Before: "created from the bundled press release if it does not exist"."""
    helped = run("demo-data", "--help")
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())
    assert "the new file to write" in text and "it must not exist yet" in text
    assert "bundled press release" not in text


def test_demo_data_refuses_more_than_a_million_records_in_one_line(tmp_path):
    target = tmp_path / "demo.db"
    done = run("demo-data", "--db", str(target), "--records", "10000000")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "at most 1,000,000" in done.stderr and "Traceback" not in done.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []


@pytest.fixture
def backed_up(catalogue_file) -> tuple[Path, list[str]]:
    """The seeded catalogue with two backups taken by hand (newest first)."""
    db = catalogue_file
    names = []
    for _ in range(2):
        done = run("backup", "--db", str(db))
        assert done.returncode == 0, done.stderr
        names.insert(0, Path(done.stdout.strip().rsplit(" ", 1)[1]).name)
    return db, names


@pytest.mark.slow
def test_backups_lists_name_time_reason_and_counts(backed_up):
    db, names = backed_up
    listed = run("backups", "--db", str(db))
    assert listed.returncode == 0 and listed.stderr == ""
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [row[0] for row in rows] == names
    for name, taken, reason, counts in rows:
        when = datetime.datetime.fromisoformat(taken)
        assert when.tzinfo is not None and taken == when.isoformat(timespec="seconds")
        assert when.strftime("%Y%m%d-%H%M%S") in name
        assert reason == "manual"
        assert counts == ("session=1 area=15 measure=35 official=12 agreement=20 annex=8 "
                          "conference=1")
    db.unlink()  # a lost catalogue: its backups are still listed, and nothing is created
    assert run("backups", "--db", str(db)).stdout == listed.stdout
    assert not db.exists()


@pytest.mark.slow
def test_backups_of_a_catalogue_without_any(tmp_path):
    db = tmp_path / "none.db"
    listed = run("backups", "--db", str(db))
    assert listed.returncode == 0 and listed.stdout == ""
    assert listed.stderr == f"catalogue: {db} has no backups yet (in {tmp_path / 'backups'})\n"
    assert not db.exists()


@pytest.mark.slow
def test_restore_of_a_missing_backup_names_the_ones_there_are(backed_up, tmp_path):
    """Before: "nope.db: no such backup", and nothing to say what to type instead."""
    db, names = backed_up
    before = file_digest(db)
    refused = run("restore", "--db", str(db), "nope.db")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == (f"catalogue: nope.db: no such backup; the backups are: "
                              f"{names[0]}, {names[1]}\n")
    assert file_digest(db) == before
    lonely = tmp_path / "lonely.db"
    lonely.write_bytes(db.read_bytes())
    refused = run("restore", "--db", str(lonely), "nope.db")
    assert refused.stderr == f"catalogue: nope.db: no such backup; {lonely} has no backups yet\n"
    restored = run("restore", "--db", str(db), names[1])
    assert restored.returncode == 0, restored.stderr
