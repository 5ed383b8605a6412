"""break4: a file upgrade, a backup and a restore on a disk that fills up on the way.

The catalogue, its revision and its existing backups must come out exactly as they went
in, with no temporary file or partial backup left; the refusal is one line."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue.demo import generate
from catalogue.storage.backups import KEEP_BACKUPS, backup_prefix
from catalogue.storage.engine import connect
from catalogue.storage.schema import run_alembic

OLDER = "0010"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([sys.executable, "-m", "catalogue", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


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


@pytest.fixture(scope="module")
def older_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small catalogue of revision 0010 (about 1 MB), compacted."""
    path = tmp_path_factory.mktemp("older") / "catalogue.db"
    generate(path, records=300, seed=11)
    plain = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, OLDER))
    finally:
        plain.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")
    connection.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "changes left in the -wal"
    with contextlib.closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as db:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (but the lock and SQLite's side files) and its digest."""
    found = {}
    for root, _, names in os.walk(folder):
        for name in names:
            file = Path(root) / name
            if name.endswith((".lock", "-wal", "-shm")):
                continue
            found[str(file.relative_to(folder))] = _digest(file)
    return found


def _kept_backups(path: Path, how_many: int) -> list[Path]:
    """`how_many` backups of `path` taken in 2020, named as backups are (small SQLite files:
    what pushing one out frees does not change what the upgrade has room for)."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    made = []
    for day in range(1, how_many + 1):
        backup = folder / f"{backup_prefix(path)}-202001{day:02d}-120000-000000-daily.db"
        with contextlib.closing(sqlite3.connect(backup)) as db:
            db.execute("CREATE TABLE kept (day INTEGER)")
            db.execute("INSERT INTO kept VALUES (?)", (day,))
            db.commit()
        made.append(backup)
    return made


def test_a_failed_upgrade_evicts_none_of_the_kept_backups(tmp_path, older_file):
    """Ten backups kept, then an upgrade that fills the disk: the before-upgrade backup
    it took (and took back) pushed the oldest of the ten out, lost for nothing."""
    size = older_file.stat().st_size
    room = 2 * size // 1024 + 200 + 8 * KEEP_BACKUPS  # the backup fits, the rewrite not
    with _small_disk(tmp_path / "small", room) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(older_file, path)
        _kept_backups(path, KEEP_BACKUPS)
        before = _tree(disk)
        refused = _cli("--db", str(path), "search", "trade")
        assert refused.returncode != 0
        assert "the disk is full" in refused.stderr, refused.stderr
        assert _tree(disk) == before
        assert _revision(path) == OLDER


@pytest.mark.slow
@pytest.mark.parametrize("free", [8, 100, 300, 600, 900, 1000, 1100, 1300, 1600, 2000, 2400,
                                  3000])
def test_a_file_upgrade_on_a_disk_of_every_size_changes_nothing_or_upgrades(
        tmp_path, older_file, free):
    """Disks from too small for the backup to big enough for all: either the upgrade is
    done whole, or the refusal is one line and every byte is as it was."""
    size = older_file.stat().st_size
    with _small_disk(tmp_path / "small", size // 1024 + free) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(older_file, path)
        before = _tree(disk)
        done = _cli("--db", str(path), "search", "trade")
        assert "Traceback" not in done.stderr, done.stderr
        if done.returncode == 0 or "no records match" in done.stderr:
            assert _revision(path) != OLDER
            return
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert _tree(disk) == before, done.stderr
        assert _revision(path) == OLDER


def test_a_done_upgrade_still_keeps_only_the_newest_backups(tmp_path, older_file):
    """The other side of the above: an upgrade that goes through pushes the oldest out."""
    path = tmp_path / "catalogue.db"
    shutil.copyfile(older_file, path)
    kept = _kept_backups(path, KEEP_BACKUPS)
    done = _cli("--db", str(path), "search", "trade")
    assert "Traceback" not in done.stderr and "cannot" not in done.stderr, done.stderr
    assert _revision(path) != OLDER
    left = sorted(os.listdir(path.parent / "backups"))
    assert len(left) == KEEP_BACKUPS and kept[0].name not in left, left
    assert left[-1].endswith("-before-upgrade.db"), left


def _fill(disk: Path, leave: int) -> Path:
    """Fill the file system of `disk` until `leave` bytes are free."""
    filler = disk / "filler"
    with open(filler, "wb") as stream:
        os.posix_fallocate(stream.fileno(), 0, shutil.disk_usage(disk).free - leave)
    return filler


def test_a_backup_with_room_for_the_copy_but_not_its_index_says_the_disk_is_full(
        tmp_path, seed_file):
    """The copy fits, the 32 KB index SQLite grows beside it (its -shm) does not: SQLite
    says SQLITE_IOERR_SHMSIZE, "disk I/O error", which was passed on as it was; a full
    disk must be said as one."""
    with _small_disk(tmp_path / "small", 4096) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(seed_file, path)
        done = _cli("--db", str(path), "backup")
        assert done.returncode == 0, done.stderr
        kept = _tree(disk)
        filler = _fill(disk, path.stat().st_size + 8 * 1024)
        refused = _cli("--db", str(path), "backup")
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "cannot back up" in lines[0] and "disk is full" in lines[0], lines[0]
        assert _tree(disk) == kept


@pytest.mark.parametrize("spare", [8, 28])
def test_a_restore_whose_history_note_fills_the_disk_says_so(tmp_path, seed_file, spare):
    """Room for the backup's copy, not for writing the restore in its history: that
    refusal named neither the restore nor the full disk ("the database could not be
    changed: disk I/O error")."""
    with _small_disk(tmp_path / "small", 4096) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(seed_file, path)
        done = _cli("--db", str(path), "backup")
        assert done.returncode == 0, done.stderr
        backup = next((disk / "backups").iterdir())
        kept = _tree(disk)
        filler = _fill(disk, path.stat().st_size + spare * 1024)
        refused = _cli("--db", str(path), "restore", str(backup))
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "cannot restore" in lines[0] and "disk is full" in lines[0], lines[0]
        assert _tree(disk) == kept


def test_an_older_backup_whose_upgrade_fills_the_disk_is_refused_as_the_restore(
        tmp_path, seed_file, older_file):
    """An older backup is upgraded in the restore's copy; a full disk there escaped the
    restore as the driver's error (the window handled only storage's: no dialog, the
    catalogue left closed)."""
    with _small_disk(tmp_path / "small", 4096) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(seed_file, path)
        done = _cli("--db", str(path), "backup")
        assert done.returncode == 0, done.stderr
        kept = _tree(disk)
        filler = _fill(disk, older_file.stat().st_size + 200 * 1024)
        refused = _cli("--db", str(path), "restore", str(older_file))
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "cannot restore" in lines[0] and "disk is full" in lines[0], lines[0]
        assert _tree(disk) == kept


def test_a_server_backup_that_fills_the_local_disk_blames_the_local_disk(tmp_path,
                                                                       pg_catalogue):
    """A server catalogue is backed up into a local file; that disk filling up was said
    as "postgresql://...: database or disk is full", as if the server's disk were full
    (the officer would have called whoever runs the server)."""
    with _small_disk(tmp_path / "small", 4096) as disk:
        environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "XDG_DATA_HOME": str(disk)}
        environment.pop("CATALOGUE_DB", None)

        def backup() -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "catalogue", "--db", pg_catalogue.url,
                                   "backup"], capture_output=True, text=True,
                                  encoding="utf-8", env=environment, timeout=120)

        assert backup().returncode == 0
        kept = _tree(disk)
        filler = _fill(disk, 100 * 1024)
        refused = backup()
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert not lines[0].startswith(f"catalogue: {pg_catalogue}"), lines[0]
        assert f"cannot write {disk}" in lines[0] and "disk is full" in lines[0], lines[0]
        assert _tree(disk) == kept


@pytest.mark.parametrize("leave", [
    pytest.param(50, id="full-during-the-scratch-copy"),
    pytest.param(1300, id="full-during-its-upgrade"),
])
def test_a_server_restore_whose_scratch_copy_fills_the_disk_says_so(
        tmp_path, pg_catalogue, older_file, leave):
    """A server restore copies the backup into a scratch file (upgraded there if older);
    that disk filling up said "the database could not be used: ..." or "cannot upgrade
    /tmp/.../backup.db ...: open it again", naming a file the officer never chose."""
    from sqlalchemy import text

    from catalogue.workflows import open_server

    opened = open_server(pg_catalogue)
    try:
        with opened.engine.connect() as connection:
            before = connection.execute(text("SELECT count(*) FROM measure")).scalar_one()
    finally:
        opened.engine.dispose()
    with _small_disk(tmp_path / "small", 4096) as disk:
        environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "TMPDIR": str(disk),
                       "XDG_DATA_HOME": str(tmp_path / "data")}
        environment.pop("CATALOGUE_DB", None)
        filler = _fill(disk, leave * 1024)
        refused = subprocess.run([sys.executable, "-m", "catalogue", "--db", pg_catalogue.url,
                                  "restore", str(older_file)], capture_output=True, text=True,
                                 encoding="utf-8", env=environment, timeout=120)
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert f"cannot restore {older_file}" in lines[0], lines[0]
        assert "disk is full" in lines[0], lines[0]
        assert os.listdir(disk) == []
    opened = open_server(pg_catalogue)
    try:
        with opened.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM measure")).scalar_one() == before
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize("command", [("search", "trade"), ("backup",)])
def test_opening_a_catalogue_on_a_disk_with_no_room_left_says_the_disk_is_full(
        tmp_path, seed_file, command):
    """Not a byte free: SQLite cannot make the 32 KB index beside the file to read it,
    and "cannot open FILE: disk I/O error" read as a broken disk or a damaged file."""
    with _small_disk(tmp_path / "small", 4096) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(seed_file, path)
        before = _digest(path)
        filler = _fill(disk, 0)
        refused = _cli("--db", str(path), *command)
        filler.unlink()
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "disk is full" in lines[0], lines[0]
        assert _digest(path) == before
