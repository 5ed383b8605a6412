"""What this session's break-it run found in storage and the command line, each shown
fixed (real files, real subprocesses): a copy that lost a race still said "Copied"; an
empty --db meant the officer's own catalogue; a pipe named like a backup made `backups`
(and any command on a damaged file) wait forever."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue import workflows
from catalogue.storage import StoreError, backup_folder, list_backups, make_backup
from tests.helpers import file_digest


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "catalogue", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_a_copy_into_a_file_made_meanwhile_says_so_and_leaves_it(tmp_path):
    target = tmp_path / "copy.db"

    def fill(_connection) -> None:  # another program makes the file while this is written
        sqlite3.connect(target).execute("CREATE TABLE theirs (x)").connection.commit()

    with pytest.raises(StoreError, match="was made by another program"):
        workflows._copy_into_file(target, fill)
    before_theirs = sqlite3.connect(target).execute(
        "SELECT name FROM sqlite_master").fetchall()
    assert before_theirs == [("theirs",)], "theirs is left as it was"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["copy.db"]


def test_an_empty_db_is_refused_never_the_officers_own_catalogue(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    env.pop("CATALOGUE_DB", None)
    done = cli("edit", "--db", "", "measure", "3.1", "notes", "x", env=env)
    assert done.returncode != 0 and done.stderr.count("\n") == 1, done.stderr
    assert "--db is empty" in done.stderr
    assert not home.exists(), "no catalogue was made or opened in the per-user folder"


@pytest.mark.slow
def test_a_pipe_named_like_a_backup_is_not_a_backup(catalogue_file):
    make_backup(catalogue_file, "manual")
    good = [backup.path.name for backup in list_backups(catalogue_file)]
    stem = catalogue_file.stem
    fifo = backup_folder(catalogue_file) / f"{stem}-20990101-000000-000000-manual.db"
    os.mkfifo(fifo)
    before = file_digest(catalogue_file)
    done = cli("backups", "--db", str(catalogue_file))
    assert done.returncode == 0, done.stderr
    assert fifo.name not in done.stdout and all(name in done.stdout for name in good)
    assert [backup.path.name for backup in list_backups(catalogue_file)] == good
    assert file_digest(catalogue_file) == before


def unprivileged() -> tuple[str, ...]:
    """Run without the right to ignore file permissions (root gives them up)."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("root cannot give up its privileges here (no setpriv)")
    return ("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--")


@pytest.mark.slow
def test_an_export_keeps_the_protection_and_the_link_of_the_file_it_replaces(
        catalogue_file, tmp_path):
    """It wrote over a 0444 file (leaving it 0644), made a private 0600 file 0644, and
    replaced a link by a plain file, the file it named left stale (the break-it session).
    And nothing was synced before the rename."""
    out = tmp_path / "out"
    out.mkdir()
    locked, private, real = out / "locked.csv", out / "private.csv", out / "real.csv"
    for path, mode in ((locked, 0o444), (private, 0o600), (real, 0o640)):
        path.write_text("the old export\n")
        path.chmod(mode)
    link = out / "link.csv"
    link.symlink_to(real)
    prefix = unprivileged()

    def export(target: Path) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, sys.executable, "-m", "catalogue", "export", "--db",
                               str(catalogue_file), str(target)], capture_output=True,
                              text=True, timeout=120)

    refused = export(locked)
    assert refused.returncode != 0 and "read-only" in refused.stderr, refused.stderr
    assert refused.stderr.count("\n") == 1
    assert locked.read_text() == "the old export\n" and locked.stat().st_mode & 0o777 == 0o444
    assert export(private).returncode == 0
    assert private.stat().st_mode & 0o777 == 0o600 and "record_type" in private.read_text()
    assert export(link).returncode == 0
    assert link.is_symlink() and "record_type" in real.read_text()
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(path.name for path in out.iterdir()) == [
        "link.csv", "locked.csv", "private.csv", "real.csv"]


@pytest.mark.parametrize("args", [("measure", "99999999999999999999.1", "text", "x"),
                                  ("agreement", "i", "areas", "99999999999999999999")])
def test_a_huge_number_in_an_edit_is_no_such_record_in_one_line(catalogue_file, args):
    """It was "unexpected OverflowError" (the break-it session)."""
    before = file_digest(catalogue_file)
    done = cli("edit", "--db", str(catalogue_file), *args)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "unexpected" not in done.stderr and "Overflow" not in done.stderr
    assert file_digest(catalogue_file) == before
