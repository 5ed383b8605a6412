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
