"""An upgrade that cannot have its tables says so, bounded, and changes nothing.

A server upgrade's DDL waits for every transaction another connection holds open on the
catalogue's tables; without a bound it waited silently for as long as that connection
kept it (measured 21-24 s, unbounded in principle). A file upgrade that fills the disk said
only "the database could not be used"."""

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
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from catalogue.demo import generate
from catalogue.storage.engine import connect
from catalogue.storage.schema import SCHEMA_HEAD, run_alembic
from catalogue.storage.server import ServerAddress

OLDER = "0010"


def _plain(address: ServerAddress) -> Engine:
    return create_engine("postgresql+psycopg://" + address.url[len("postgresql://"):])


def _state(engine: Engine) -> tuple[str, int, list[tuple]]:
    """The revision, the measures' count and their texts: what an upgrade must not touch
    when it is refused."""
    with engine.connect() as connection:
        revision = connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one()
        count = connection.exec_driver_sql("SELECT count(*) FROM measure").scalar_one()
        texts = connection.exec_driver_sql("SELECT id, text FROM measure ORDER BY id").all()
    return revision, count, [tuple(row) for row in texts]


def _cli(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """`catalogue ARGS` in a real subprocess; the timeout only keeps a hang from stopping
    the whole run (it is not what the test checks)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([sys.executable, "-m", "catalogue", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=timeout)


@contextmanager
def _held_open(engine: Engine) -> Iterator[None]:
    """Another connection (an officer's window mid-transaction) holding the measures."""
    with engine.connect() as connection:
        transaction = connection.begin()
        connection.exec_driver_sql("SELECT count(*) FROM measure").scalar_one()
        try:
            yield
        finally:
            transaction.rollback()


@pytest.fixture
def older_server(pg_catalogue: ServerAddress) -> Iterator[tuple[ServerAddress, Engine]]:
    plain = _plain(pg_catalogue)
    with plain.begin() as connection:
        run_alembic(connection, lambda command, config: command.downgrade(config, OLDER))
    yield pg_catalogue, plain
    plain.dispose()


def test_a_server_upgrade_blocked_by_another_connection_is_refused_and_changes_nothing(
        older_server):
    address, plain = older_server
    before = _state(plain)
    assert before[0] == OLDER
    with _held_open(plain):
        try:
            refused = _cli("--db", address.url, "search", "trade")
        except subprocess.TimeoutExpired:
            pytest.fail("the upgrade waited without end for the other connection")
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "another connection is using the catalogue" in lines[0]
        assert "try again when it is closed" in lines[0]
        assert "nothing was changed" in lines[0]
        assert "Traceback" not in refused.stderr
        assert _state(plain) == before  # DDL is transactional: all of it rolled back
    upgraded = _cli("--db", address.url, "search", "trade")  # closed: it goes through
    assert "another connection" not in upgraded.stderr
    assert _state(plain)[0] == SCHEMA_HEAD
    assert _state(plain)[1:] == before[1:]


def test_a_short_save_meanwhile_does_not_refuse_the_upgrade(older_server):
    """A transaction that ends within the wait (a normal save) is waited for: it ends as
    soon as the upgrade is seen waiting for it (pg_locks), and the upgrade goes through."""
    import threading

    address, plain = older_server
    before = _state(plain)
    started, waited = threading.Event(), threading.Event()

    def short_save() -> None:
        with plain.connect() as connection, connection.begin():
            connection.exec_driver_sql("SELECT count(*) FROM measure").scalar_one()
            started.set()
            with plain.connect() as looking:
                for _ in range(600):
                    if looking.exec_driver_sql(
                            "SELECT count(*) FROM pg_locks WHERE NOT granted").scalar_one():
                        waited.set()
                        return  # the save ends while the upgrade waits for it
                    looking.rollback()
                    threading.Event().wait(0.05)

    saver = threading.Thread(target=short_save)
    saver.start()
    started.wait(30)
    upgraded = _cli("--db", address.url, "search", "trade")
    saver.join()
    assert waited.is_set(), "the upgrade never waited for the save"
    assert "another connection" not in upgraded.stderr, upgraded.stderr
    assert _state(plain)[0] == SCHEMA_HEAD
    assert _state(plain)[1:] == before[1:]


def test_an_upgrader_that_stops_midway_keeps_nobody_waiting_without_end(older_server):
    """An upgrader suspended mid-way (a laptop closed) holds the lock under which the
    catalogue is upgraded until its connection drops. Opening waited for it without end;
    it is told after storage.server's wait (here a short one, the same code path), and
    goes through once the upgrader is gone."""
    from catalogue.storage import StoreError
    from catalogue.storage.server import CREATE_LOCK, open_server

    address, plain = older_server
    before = _state(plain)
    with plain.connect() as upgrader:  # the lock an upgrade holds, held by a stopped one
        upgrader.exec_driver_sql(f"SELECT pg_advisory_lock({CREATE_LOCK})")
        for read_only in (True, False):
            with pytest.raises(StoreError) as refused:
                open_server(address, read_only=read_only, wait_ms=1500)
            said = str(refused.value)
            assert "being made or upgraded by another connection (waited 1 s)" in said
            assert "nothing was changed" in said and "\n" not in said
        assert _state(plain) == before
        upgrader.exec_driver_sql(f"SELECT pg_advisory_unlock({CREATE_LOCK})")
    open_server(address, wait_ms=1500).engine.dispose()
    assert _state(plain)[0] == SCHEMA_HEAD
    assert _state(plain)[1:] == before[1:]


# -- a file upgrade on a full disk -----------------------------------------------------------


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


@pytest.mark.parametrize("room", [
    pytest.param(200, id="full-during-the-upgrade"),  # the backup fits, the rewrite not
    pytest.param(0, id="full-during-the-backup"),
])
def test_a_file_upgrade_on_a_full_disk_says_so_and_changes_nothing(tmp_path, older_file,
                                                                    room):
    size = older_file.stat().st_size
    with _small_disk(tmp_path / "small", 2 * size // 1024 + room) as disk:
        path = disk / "catalogue.db"
        shutil.copyfile(older_file, path)
        before = _digest(path)
        refused = _cli("--db", str(path), "search", "trade")
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        line = lines[0]
        assert "the disk is full" in line, line
        assert str(path) in line and "free in" in line and "needs about" in line, line
        assert "nothing was changed" in line, line
        assert _digest(path) == before
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == OLDER
        # no half-written copy, and the backup of the unchanged file taken back
        backups = disk / "backups"
        assert not backups.exists() or not any(backups.iterdir()), list(backups.iterdir())
        left = {name for name in os.listdir(disk) if name not in ("catalogue.db", "backups")}
        assert left <= {"catalogue.db-wal", "catalogue.db-shm", "catalogue.db.lock"}, left
