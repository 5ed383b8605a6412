"""break4: a file restore killed (kill -9) at a known step, by the restoring process itself
the moment its progress reports that step: what the next open of the catalogue leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.storage.backups import list_backup_files, make_backup
from catalogue.workflows import FILE_RESTORE_STEPS, open_catalogue
from tests.helpers import file_digest

KILLED_AT = """
import os, signal, sys
from pathlib import Path
from catalogue import workflows
step_wanted, calls_wanted = int(sys.argv[3]), int(sys.argv[4])
heard = []
def progress(step, total):
    heard.append(step)
    if heard.count(step_wanted) == calls_wanted:
        os.kill(os.getpid(), signal.SIGKILL)
    return True
workflows.restore(Path(sys.argv[1]), Path(sys.argv[2]), "break4", progress=progress)
"""


def _everything(folder: Path) -> list[str]:
    """Every name in the catalogue's folder and its backups folder (but the lock's)."""
    return sorted([name for name in os.listdir(folder) if not name.endswith(".lock")]
                  + [f"backups/{name}" for name in os.listdir(folder / "backups")])


@pytest.mark.parametrize("step", range(1, FILE_RESTORE_STEPS + 1))
def test_a_restore_killed_at_any_step_leaves_nothing_after_the_next_open(catalogue_file,
                                                                         step):
    """Killed while it backed up the catalogue (step 3), the restore left its half-made
    before-restore backup, as big as the catalogue, hidden in backups/ after the next
    open (only the next backup took it away): the next open settles all a killed restore
    left, its backup's temporary file too."""
    path = catalogue_file
    backup = make_backup(path, "manual")
    before = file_digest(path)
    names = _everything(path.parent)
    killed = subprocess.run([sys.executable, "-c", KILLED_AT, str(path), str(backup),
                             str(step), "2" if step == 3 else "1"],
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    open_catalogue(path).dispose()
    assert file_digest(path) == before  # killed before it put the backup in place
    assert _everything(path.parent) == names
    assert list_backup_files(path) == [backup]


EDIT_LEFT_IN_WAL = """
import os, sys
from pathlib import Path
from catalogue.storage.engine import connect

connection = connect(Path(sys.argv[1]))
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE measure SET text = 'MARKED' WHERE id = (SELECT min(id) FROM measure)")
connection.commit()
os._exit(0)  # killed: the edit lives only in the -wal
"""

KILLED_AT_RENAME = """
import os, signal, sys
from pathlib import Path
from catalogue import workflows
from catalogue.storage import backups

catalogue, backup = Path(sys.argv[1]), Path(sys.argv[2])
real = backups.put_in_place

def killed(partial, target, **options):  # killed at the restored file's rename
    if target != catalogue:
        return real(partial, target, **options)
    os.kill(os.getpid(), signal.SIGKILL)

backups.put_in_place = killed
workflows.restore(catalogue, backup, "break4")
"""


def _marked(path: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM measure WHERE text = 'MARKED'").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_after_a_killed_restore_holds_the_latest_edits(catalogue_file):
    """A restore killed with the catalogue's -wal set aside (its latest edits in it): a
    `catalogue backup` next backed up the file without them, and said it had backed up
    the catalogue; it settles what the restore left first, as opening does."""
    path = catalogue_file
    backup = make_backup(path, "manual")
    subprocess.run([sys.executable, "-c", EDIT_LEFT_IN_WAL, str(path)], check=True,
                   timeout=120)
    killed = subprocess.run([sys.executable, "-c", KILLED_AT_RENAME, str(path), str(backup)],
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    assert not os.path.exists(f"{path}-wal")  # set aside
    done = subprocess.run([sys.executable, "-m", "catalogue", "--db", str(path), "backup"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    made = list_backup_files(path)[0]
    assert made != backup
    assert _marked(made) == 1, "the backup lacks the edit that lived in the -wal"
    assert "a restore was stopped" in done.stderr + done.stdout
