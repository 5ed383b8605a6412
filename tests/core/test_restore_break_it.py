"""Restores a break-it session broke: one killed (SIGKILL) between setting the catalogue's
-wal aside and putting the restored file in place, and one asked to restore the catalogue
over itself. Real files, real `catalogue` subprocesses; each test failed before its fix."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalogue.storage import list_backups, make_backup
from tests.helpers import file_digest, run

KILLED_RESTORE = """
import sys, time
from pathlib import Path
from catalogue import cli
from catalogue.storage import backups

catalogue, ready, when = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), sys.argv[3]
real = backups.put_in_place

def pausing(partial, target, **options):
    # the restored file's rename: stop just before it (or just after), until killed
    if target != catalogue:
        return real(partial, target, **options)
    if when == "after":
        real(partial, target, **options)
    ready.touch()
    time.sleep(600)

backups.put_in_place = pausing
sys.exit(cli.main(sys.argv[4:]))
"""

EDIT_LEFT_IN_WAL = """
import os, sys
from pathlib import Path
from catalogue.storage.engine import connect

connection = connect(Path(sys.argv[1]))
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE measure SET text = 'MARKED' WHERE id = (SELECT min(id) FROM measure)")
connection.commit()
os._exit(0)  # the window killed: the edit lives only in the -wal
"""


def python(*args: str) -> list[str]:
    return [sys.executable, "-c", *args]


def marked(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT count(*) FROM measure WHERE text = 'MARKED'").fetchone()[0]
    finally:
        connection.close()


def left(folder: Path, ending: str) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(ending))


@pytest.fixture
def catalogue(tmp_path: Path, seed_file: Path) -> Path:
    path = tmp_path / "plenary.db"
    shutil.copy(seed_file, path)
    return path


def kill_restore(catalogue: Path, backup: Path, when: str) -> None:
    """`catalogue restore` in a real process, SIGKILLed at the restored file's rename."""
    ready = catalogue.parent / "ready"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    process = subprocess.Popen(python(KILLED_RESTORE, str(catalogue), str(ready), when,
                                      "restore", "--db", str(catalogue), backup.name),
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):  # up to two minutes on a busy machine
            if ready.exists() or process.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), process.communicate()
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert left(catalogue.parent, ".aside"), "killed with the journals aside"


def edit_left_in_wal(catalogue: Path) -> None:
    subprocess.run(python(EDIT_LEFT_IN_WAL, str(catalogue)), check=True, timeout=120)
    assert os.path.getsize(f"{catalogue}-wal") > 0


def test_a_restore_killed_before_its_rename_is_undone_on_the_next_open(catalogue, tmp_path):
    """Before: the officer's last edit lived on only in the before-restore backup and a
    hidden .aside file; the catalogue opened without it."""
    backup = make_backup(catalogue, "manual")
    edit_left_in_wal(catalogue)
    kill_restore(catalogue, backup, "before")
    assert not os.path.exists(f"{catalogue}-wal")

    opened = run("export", "--db", str(catalogue), str(tmp_path / "out.csv"))
    assert opened.returncode == 0, opened.stderr
    assert marked(catalogue) == 1, "the edit that lived only in the -wal is back"
    assert opened.stderr.count("\n") == 1, opened.stderr
    assert "a restore was stopped before it put the backup in place" in opened.stderr
    assert left(tmp_path, ".aside") == [] and left(tmp_path, ".restoring") == []


def test_a_restore_killed_after_its_rename_is_finished_on_the_next_open(catalogue, tmp_path):
    """Before: the old file's -wal stayed beside the restored catalogue as a hidden
    .aside file for good, and nobody was told."""
    backup = make_backup(catalogue, "manual")
    edit_left_in_wal(catalogue)
    kill_restore(catalogue, backup, "after")

    opened = run("export", "--db", str(catalogue), str(tmp_path / "out.csv"))
    assert opened.returncode == 0, opened.stderr
    assert left(tmp_path, ".aside") == []
    assert opened.stderr.count("\n") == 1, opened.stderr
    assert "a restore was stopped just after putting the backup in place" in opened.stderr
    assert marked(catalogue) == 0, "the backup is in place"
    saved = next(b.path for b in list_backups(catalogue) if b.reason == "before-restore")
    assert marked(saved) == 1, "the edit is in the before-restore backup"
    assert left(tmp_path, ".aside") == []


def test_the_next_restore_puts_the_journals_back_before_it_backs_up(catalogue, tmp_path):
    """A killed restore followed by another restore (not an open): the catalogue as it
    was, edit and all, is what the new before-restore backup holds."""
    backup = make_backup(catalogue, "manual")
    edit_left_in_wal(catalogue)
    kill_restore(catalogue, backup, "before")
    for saved in list_backups(catalogue):  # only the new restore's backup can hold it
        if saved.reason == "before-restore":
            saved.path.unlink()

    restored = run("restore", "--db", str(catalogue), backup.name)
    assert restored.returncode == 0, restored.stderr
    saved = next(b.path for b in list_backups(catalogue) if b.reason == "before-restore")
    assert marked(saved) == 1
    assert "a restore was stopped before it put the backup in place" in restored.stderr
    assert marked(catalogue) == 0
    assert left(tmp_path, ".aside") == []


@pytest.mark.parametrize("given", ["plenary.db", "./plenary.db", "link.db", "ABSOLUTE"])
def test_restoring_the_catalogue_over_itself_is_refused(catalogue, tmp_path, given):
    """Before: accepted; the catalogue was backed up and put back over itself."""
    (tmp_path / "link.db").symlink_to(catalogue)
    before = file_digest(catalogue)
    name = str(catalogue) if given == "ABSOLUTE" else given
    refused = run("restore", "--db", str(catalogue), name, cwd=tmp_path)
    assert refused.returncode != 0, refused.stdout
    assert "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "it is the catalogue itself, not one of its backups" in refused.stderr
    assert file_digest(catalogue) == before
    assert list_backups(catalogue) == [], "nothing was backed up or changed"


def test_a_catalogue_that_is_gone_is_still_restored(catalogue):
    backup = make_backup(catalogue, "manual")
    catalogue.unlink()
    restored = run("restore", "--db", str(catalogue), backup.name)
    assert restored.returncode == 0, restored.stderr
    assert restored.stderr == ""
    connection = sqlite3.connect(catalogue)
    try:
        assert connection.execute("SELECT count(*) FROM measure").fetchone()[0] == 35
    finally:
        connection.close()
