"""A file restore that is cancelled (the window's Cancel: progress answers False) at any of
its steps leaves the catalogue, its backups and its folder exactly as they were."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalogue import workflows
from catalogue.spec import Cancelled
from catalogue.storage.backups import make_backup
from catalogue.workflows import FILE_RESTORE_STEPS
from tests.helpers import file_digest


def _folder(path: Path) -> dict[str, list[str]]:
    """The files beside the catalogue (but the writer's lock file, which every writer
    leaves) and its backups."""
    return {"folder": sorted(name for name in os.listdir(path.parent)
                             if not name.endswith(".lock")),
            "backups": sorted(os.listdir(path.parent / "backups"))}


@pytest.mark.parametrize("stop_at", range(1, FILE_RESTORE_STEPS + 1))
def test_a_cancelled_file_restore_changes_nothing_and_leaves_no_file(catalogue_file, stop_at):
    path = catalogue_file
    backup = make_backup(path, "manual")
    before, folder = file_digest(path), _folder(path)
    heard: list[int] = []

    def progress(step: int, total: int) -> bool:
        heard.append(step)
        return step < stop_at

    with pytest.raises(Cancelled):
        workflows.restore(path, backup, "a test", progress=progress)
    assert heard[-1] == stop_at
    assert file_digest(path) == before
    assert _folder(path) == folder


def test_a_restore_that_goes_on_reports_every_step(catalogue_file):
    path = catalogue_file
    backup = make_backup(path, "manual")
    heard: list[int] = []
    saved = workflows.restore(path, backup, "a test",
                              progress=lambda step, total: heard.append(step) is None)
    assert saved is not None and saved.exists()
    assert sorted(set(heard)) == list(range(1, FILE_RESTORE_STEPS + 1))
