"""break6: a restore killed at either end of its scratch folder's life (after mkdtemp made
the folder but before its `held` file exists; or in its own clean-up after `held` went) leaves
a folder no later restore can tell from a live one's just being made, so it stays. It must
stay empty: the clean-up removes the copy of the backup before `held` (a listing that gave
`held` first left the whole copy for good). And a folder planted by anyone in a shared
temporary folder must not stop a restore."""

import os
import subprocess
import sys

import pytest

from catalogue.workflows import restore_scratch

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="Windows has no locks on files being built")

KILLED = r"""
import os, signal, sys, tempfile
from catalogue.workflows import restore_scratch
if sys.argv[1] == "made":  # killed just after mkdtemp, before the lock
    real = tempfile.mkdtemp
    def mkdtemp(*args, **kwargs):
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    tempfile.mkdtemp = mkdtemp
    with restore_scratch():
        pass
else:  # killed in its own clean-up, just after `held` went
    unlink = os.unlink
    def dying(path, *args, **kwargs):
        unlink(path, *args, **kwargs)
        if os.path.basename(str(path)) == "held":
            os.kill(os.getpid(), signal.SIGKILL)
    with restore_scratch() as scratch:
        scratch.write_bytes(b"a copy of a backup")
        scratch.with_name("zz-upgrade-leftover").write_bytes(b"more")  # listed after held
        os.unlink = dying
"""


@pytest.mark.parametrize("moment", ["made", "cleaning"])
def test_a_restore_killed_without_its_held_file_leaves_no_copy_behind(
        tmp_path, monkeypatch, moment):
    killed = subprocess.run([sys.executable, "-c", KILLED, moment],
                            env={**os.environ, "TMPDIR": str(tmp_path)})
    assert killed.returncode == -9
    left = [path.name for path in tmp_path.iterdir()]
    assert left  # the killed restore's folder
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with restore_scratch():
        pass
    assert [path.name for path in tmp_path.iterdir()] == left
    assert [list(tmp_path.joinpath(name).iterdir()) for name in left] == [[]]


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
        for path, folders, names in os.walk(planted, topdown=False):
            for name in names:
                os.unlink(os.path.join(path, name))
            for name in folders:
                os.rmdir(os.path.join(path, name))
        planted.rmdir()
