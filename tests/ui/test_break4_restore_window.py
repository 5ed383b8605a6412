"""break4: File > Restore backup on a disk with room for the backup's copy but not for
writing the restore into its history: the window said nothing it could act on (the
services' refusal escaped the restore, which handled only storage's), and stayed with
the catalogue closed. It must refuse in one dialog, change nothing, and reopen."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from catalogue.storage import make_backup
from catalogue.ui.app import make_application, open_window
from catalogue.ui.safety import RestoreDialog
from tests.helpers import file_digest, on_next_dialog, show_checked


@contextmanager
def _small_disk(target: Path, kilobytes: int) -> Iterator[Path]:
    """A tmpfs of `kilobytes` at `target` for the block (root only; skipped otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    target.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs",
                           str(target)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        if subprocess.run(["umount", str(target)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_a_restore_that_fills_the_disk_is_refused_in_a_dialog_and_reopens(
        qapp, qtbot, tmp_path, seed_file):
    make_application()
    with _small_disk(tmp_path / "small", 4096) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(seed_file, path)
        make_backup(path, "manual")
        window = open_window(str(path))
        filler = disk / "filler"
        try:
            show_checked(qtbot, window)
            said: list[str] = []

            def choose(dialog) -> None:
                assert isinstance(dialog, RestoreDialog)
                dialog.table.selectRow(0)
                with open(filler, "wb") as stream:  # room for the copy, not its -wal
                    os.posix_fallocate(stream.fileno(), 0, shutil.disk_usage(disk).free
                                       - path.stat().st_size - 8 * 1024)
                on_next_dialog(lambda box: said.append(box.text()) or box.accept())
                dialog.accept()

            before = file_digest(path)
            on_next_dialog(choose)
            window.files.restore_backup()
            filler.unlink()
            assert len(said) == 1, said
            assert "cannot restore" in said[0] and "disk is full" in said[0], said[0]
            assert file_digest(path) == before
            assert window.session.engine is not None  # the window is back on the catalogue
        finally:
            window.editor.revert()
            window.close()
            window.deleteLater()
            qtbot.wait(10)
