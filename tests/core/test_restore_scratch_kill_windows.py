"""A server restore killed at any moment of its scratch folder's life (kill -9) leaves
nothing the next restore does not remove, and the next restore never removes a live one's.

break6 left a hole at both edges: the folder's `held` file (the one whose lock told a live
maker from a dead one) was inside it, so a restore killed after mkdtemp made the folder but
before `held` existed, or in its clean-up after `held` went, left an empty folder no sweep
could tell from one being made, for good. Now the lock is on a claim BESIDE the folder
(`<name>.held`), made before the folder and removed after it (break7). A folder planted by
anyone in a shared temporary folder must not stop a restore either."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.workflows import restore_scratch

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="kill -9 and TMPDIR are POSIX's")

KILLED = r"""
import fcntl, os, signal, sys, tempfile
from catalogue.workflows import restore_scratch
tempfile.gettempdir()  # Python's own probe of the folder, before any step is counted
mode, at = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0
steps = 0
def traced(name, real):
    def call(*args, **kwargs):
        global steps
        named = args and isinstance(args[0], (str, bytes, os.PathLike))
        ours = named and os.path.basename(os.fsdecode(args[0])).startswith("catalogue-restore-")
        if mode == "emptied" and name == "rmdir" and ours:  # all in it gone, not it
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        steps += 1
        if (mode == "step" and steps == at
                or mode in ("made", "removed") and ours
                and name == {"made": "mkdir", "removed": "rmdir"}[mode]):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return call
for name in ("open", "close", "mkdir", "rmdir", "unlink", "remove", "rename", "replace"):
    setattr(os, name, traced(name, getattr(os, name)))
fcntl.flock = traced("flock", fcntl.flock)
with restore_scratch() as scratch:
    scratch.write_bytes(b"a copy of a backup" * 1000)
    scratch.with_name("zz-upgrade-leftover").write_bytes(b"more")  # listed after held
    (scratch.parent / "backups").mkdir()  # an older backup's upgrade makes one
    (scratch.parent / "backups" / "plenary-before-upgrade.db").write_bytes(b"old")
print(steps)
"""

HOLD = """
import time
from catalogue.workflows import restore_scratch
with restore_scratch() as scratch:
    scratch.write_bytes(b"a live restore's copy")
    print(scratch, flush=True)
    time.sleep(600)
"""


def killed(folder: Path, mode: str, at: int = 0) -> subprocess.CompletedProcess[str]:
    """A real restore's scratch folder, its maker killed (kill -9) at `mode`."""
    return subprocess.run([sys.executable, "-c", KILLED, mode, str(at)], text=True,
                          capture_output=True, env={**os.environ, "TMPDIR": str(folder)})


def holding(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    """A real restore in the middle of its work, in the temporary folder `folder`."""
    process = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "TMPDIR": str(folder)})
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def entries(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.mark.parametrize("moment", ["made", "emptied", "removed"])
def test_a_restore_killed_at_either_edge_of_its_folder_leaves_nothing(
        tmp_path, monkeypatch, moment):
    """made: just after its folder was made; emptied: all in it removed but not it;
    removed: just after it went. A live restore's folder beside it stays as it is."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    running, live = holding(tmp_path)
    try:
        kept = entries(tmp_path)
        assert killed(tmp_path, moment).returncode == -9
        assert entries(tmp_path) != kept  # something of the killed restore's is left
        with restore_scratch():
            pass
        assert entries(tmp_path) == kept
        assert live.read_bytes() == b"a live restore's copy"
    finally:
        running.kill()
        running.wait()


def plant_dead(folder: Path) -> None:
    """What killed restores leave: a claimed folder whose claim nobody locks, a folder
    whose claim is gone, a folder of the previous version with an unlocked `held`, and a
    scratch copy of the version before (unlocked) with its journal."""
    claimed = folder / "catalogue-restore-00000000000000aa"
    claimed.mkdir()
    (claimed / "backup.db").write_bytes(b"a dead restore's copy")
    claimed.with_name(claimed.name + ".held").touch()
    unclaimed = folder / "catalogue-restore-00000000000000bb"
    unclaimed.mkdir()
    (unclaimed / "backup.db").write_bytes(b"a dead restore's copy")
    previous = folder / "catalogue-restore-abcd1234"
    previous.mkdir()
    (previous / "held").touch()
    (previous / "backup.db").write_bytes(b"a dead restore's copy")
    older = folder / ".catalogue-restore.db.0000abcd.scratch"  # 379056d's scratch copy
    older.write_bytes(b"a dead restore's copy")
    Path(f"{older}-journal").write_bytes(b"its journal")


@pytest.mark.slow
def test_a_restore_killed_at_every_step_leaves_nothing_the_next_one_keeps(
        tmp_path, monkeypatch):
    """Killed after each of its calls that makes, removes, opens, closes or locks a file
    (its own folder's and, first, the dead ones it sweeps), one run per step; after each,
    the next restore leaves the temporary folder as it was but for a live restore's."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    running, live = holding(tmp_path)
    try:
        kept = entries(tmp_path)
        for step in range(1, 400):
            plant_dead(tmp_path)
            run = killed(tmp_path, "step", step)
            if run.returncode == 0:
                break
            assert run.returncode == -9, run.stderr
            with restore_scratch():
                pass
            assert entries(tmp_path) == kept, f"killed after step {step}"
        else:
            pytest.fail("the restore never finished")
        assert step > 20 and int(run.stdout) == step - 1
        assert live.read_bytes() == b"a live restore's copy"
    finally:
        running.kill()
        running.wait()


def test_a_planted_deep_folder_does_not_stop_a_restore(tmp_path, monkeypatch):
    """Anyone may make a folder in a shared temporary folder named as a scratch folder,
    with an unlocked `held` and 1500 folders nested in it: the clean-up's rmtree recursed
    until RecursionError (not an OSError, so ignore_errors let it out) and every restore
    failed with a traceback until it was found and removed."""
    planted = tmp_path / "catalogue-restore-planted"
    planted.mkdir()
    (planted / "held").touch()
    folder = os.open(planted, os.O_RDONLY)
    for _ in range(1500):
        os.mkdir("d", dir_fd=folder)
        inner = os.open("d", os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = inner
    os.close(folder)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    try:
        with restore_scratch() as scratch:
            assert scratch.exists()
    finally:  # without recursion, as pytest's own clean-up of tmp_path would fail on it
        for path, folders, names in os.walk(tmp_path, topdown=False):
            for name in names:
                os.unlink(os.path.join(path, name))
            for name in folders:
                os.rmdir(os.path.join(path, name))
