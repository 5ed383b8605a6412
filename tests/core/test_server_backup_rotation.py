"""A server catalogue's local backups rotate as a file catalogue's do (a finding of the
break-it session: they piled up without limit): once a new copy is complete and proved,
only the KEEP_BACKUPS newest of THAT server catalogue are kept; another server database's
backups, a file catalogue's and any other file in the same folder are never touched; a
copy that is cancelled evicts nothing. Real PostgreSQL (tests/pg_server.py), real files,
the real command line."""

import datetime
import os
import shutil
from pathlib import Path

import pytest

from catalogue import storage
from catalogue.spec import Cancelled
from catalogue.storage.backups import BACKUP_STAMP, KEEP_BACKUPS, backup_prefix
from catalogue.storage.server import ServerAddress
from catalogue.workflows import back_up, backup_server, restore_server
from tests.helpers import run


def older(folder: Path, prefix: str, source: Path, count: int, reason: str = "manual",
          ) -> list[Path]:
    """`count` copies of a real backup named as `prefix`'s backups taken days ago,
    oldest first."""
    made = []
    for days in range(count, 0, -1):
        stamp = (datetime.datetime.now() - datetime.timedelta(days=days)).strftime(BACKUP_STAMP)
        target = folder / f"{prefix}-{stamp}-{reason}.db"
        shutil.copyfile(source, target)
        made.append(target)
    return made


@pytest.fixture
def crowded(pg_catalogue: ServerAddress) -> tuple[Path, list[Path], set[Path]]:
    """The server's backups folder holding KEEP_BACKUPS + 2 older backups of this server
    catalogue and, beside them, another server database's, a file catalogue's and a stray
    file: (the folder, this catalogue's backups oldest first, the neighbours)."""
    first, _ = backup_server(pg_catalogue)
    folder = first.parent
    named = pg_catalogue.backup_path(storage.app_data_dir())
    ours = [*older(folder, backup_prefix(named), first, KEEP_BACKUPS + 1), first]
    other = ServerAddress(pg_catalogue.url.replace(pg_catalogue.database, "elsewhere"))
    neighbours = set(older(folder, backup_prefix(other.backup_path(storage.app_data_dir())),
                           first, KEEP_BACKUPS + 3))
    neighbours |= set(older(folder, "plenary", first, KEEP_BACKUPS + 3))
    stray = folder / f"{backup_prefix(named)}-notes.txt"
    stray.write_text("not a backup")
    neighbours.add(stray)
    return folder, ours, neighbours


def test_a_server_backup_keeps_the_ten_newest_of_its_own(pg_catalogue, crowded):
    """`catalogue backup --db postgresql://...` with 12 backups there already: the new one
    is written, the 3 oldest of this catalogue go, 10 stay (the new one the newest), and
    no other file in the folder is touched."""
    folder, ours, neighbours = crowded
    before = set(folder.iterdir())
    result = run("backup", "--db", pg_catalogue.url)
    assert result.returncode == 0, result.stderr
    new = set(folder.iterdir()) - before
    assert len(new) == 1, new
    made = new.pop()
    named = pg_catalogue.backup_path(storage.app_data_dir())
    kept = storage.list_backup_files(named)
    assert len(kept) == KEEP_BACKUPS, [path.name for path in kept]
    assert kept[0] == made
    assert set(kept) == {made, *ours[-(KEEP_BACKUPS - 1):]}
    assert not any(path.exists() for path in ours[:len(ours) - KEEP_BACKUPS + 1])
    assert all(path.exists() for path in neighbours), "others' files are never removed"
    listed = run("backups", "--db", pg_catalogue.url)
    assert len(listed.stdout.splitlines()) == KEEP_BACKUPS


def test_a_cancelled_server_backup_evicts_nothing(pg_catalogue, crowded):
    """Back up Now's Cancel (workflows.back_up's progress answering False) during the
    copy: no backup made, and every backup there was is still there."""
    folder, _ours, _neighbours = crowded
    before = sorted(os.listdir(folder))
    with pytest.raises(Cancelled):
        back_up(pg_catalogue, lambda _done, _total: False)
    assert sorted(os.listdir(folder)) == before


def test_a_before_delete_backup_rotates_too(pg_catalogue, crowded):
    """Any complete server backup rotates (the window's before-delete one goes through
    backup_server as Back up Now does)."""
    _folder, ours, neighbours = crowded
    made, _ = backup_server(pg_catalogue, "before-delete")
    kept = storage.list_backup_files(pg_catalogue.backup_path(storage.app_data_dir()))
    assert len(kept) == KEEP_BACKUPS and kept[0] == made
    assert all(path.exists() for path in neighbours)
    assert not ours[0].exists()


def test_a_restore_cancelled_after_its_before_restore_copy_evicts_nothing(
        pg_catalogue, crowded):
    """A server restore's before-restore copy is a backup too, but it stays only if the
    restore commits: Cancel after the copy is complete (step 4) leaves the folder as it
    was, none of the oldest evicted for a copy that is then thrown away."""
    folder, ours, _neighbours = crowded

    def listed() -> list[str]:  # but the journals of the backup read meanwhile
        return sorted(name for name in os.listdir(folder)
                      if not name.endswith(("-wal", "-shm")))

    before = listed()

    def progress(done: int, _total: int) -> bool:
        return done < 4

    with pytest.raises(Cancelled):
        restore_server(pg_catalogue, ours[-1], progress)
    assert listed() == before


def test_a_restore_that_commits_rotates(pg_catalogue, crowded):
    """The restore done, its before-restore backup is the newest of the 10 kept."""
    _folder, ours, neighbours = crowded
    saved, _ = restore_server(pg_catalogue, ours[-1])
    kept = storage.list_backup_files(pg_catalogue.backup_path(storage.app_data_dir()))
    assert len(kept) == KEEP_BACKUPS and kept[0] == saved
    assert all(path.exists() for path in neighbours)
