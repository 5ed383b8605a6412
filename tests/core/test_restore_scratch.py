"""A server restore copies its backup into a scratch file first (workflows.restore_scratch).
A restore killed mid-way (kill -9) left that copy in the temporary folder for good, a copy
of the catalogue each time (break5). Now its lock tells a dead restore's copy from a live
one's: the next restore removes the first and leaves the second."""

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from catalogue.workflows import restore_scratch

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="kill -9 and TMPDIR are POSIX's")

HOLD = """
import sys, time
from catalogue.workflows import restore_scratch
with restore_scratch() as scratch:
    scratch.write_bytes(b"a copy of a backup")
    print(scratch, flush=True)
    time.sleep(120)
"""


def holding(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    """A real process in the middle of a restore's scratch copy, in `folder`."""
    process = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "TMPDIR": str(folder)})
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_a_killed_restores_copy_is_removed_and_a_live_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed, dead = holding(tmp_path)
    running, live = holding(tmp_path)
    try:
        assert dead.parent.parent == tmp_path and dead.read_bytes() == b"a copy of a backup"
        assert live.exists() and live.parent != dead.parent
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        assert dead.exists()  # nothing of the killed process ran after the kill
        with restore_scratch() as scratch:
            assert scratch.parent.parent == tmp_path and scratch.stat().st_size == 0
            assert oct(scratch.parent.stat().st_mode & 0o777) == "0o700"
            assert not dead.parent.exists()
            assert live.exists()
        assert not scratch.parent.exists()
        assert {path.name for path in tmp_path.iterdir()} == {
            live.parent.name, live.parent.name + ".held"}  # the live one's folder, claim
    finally:
        running.kill()
        running.wait()
