"""A server's upgrade (0012 folds every record's words again: 72 s for 100,000 records) is
not cut short by a `statement_timeout` the office's administrator set on the database or
the role, as many do against runaway queries: it ran under it, was cancelled each time,
and the catalogue could never be opened by this version. Its waits stay bounded by the
upgrade's own lock_timeout (storage.server.UPGRADE_LOCK_WAIT_MS)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from catalogue.storage.schema import SCHEMA_HEAD, run_alembic
from catalogue.storage.server import UPGRADE_LOCK_WAIT_MS
from catalogue.workflows import open_server

STATEMENT_TIMEOUT_MS = 1000
"""The administrator's limit here (a second: every statement of opening but the upgrade's
takes milliseconds)."""


def _engine(url: str) -> Engine:
    return create_engine("postgresql+psycopg://" + url[len("postgresql://"):])


def test_a_statement_timeout_does_not_cut_the_upgrade_short(pg_server, pg_catalogue):
    """The upgrade's statement on `annex` waits for another connection's open transaction
    longer than the statement_timeout, less than the upgrade's lock_timeout: so it is
    the timeout alone that decides (a long fold of many records is the same to it)."""
    assert STATEMENT_TIMEOUT_MS * 3 < UPGRADE_LOCK_WAIT_MS
    plain = _engine(pg_catalogue.url)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0011"))
            name = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        pg_server.psql(f"ALTER DATABASE {name} SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
        holder = plain.connect()
        holder.begin()
        holder.exec_driver_sql("SELECT count(*) FROM annex").scalar_one()  # held till commit
        done = threading.Event()

        def release_after_the_upgrade_waited() -> None:
            with plain.connect() as watcher:
                while not done.is_set():
                    waiting = watcher.exec_driver_sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'").scalar_one()
                    watcher.rollback()
                    if waiting:
                        break
                    time.sleep(0.05)
            done.wait(STATEMENT_TIMEOUT_MS * 2 / 1000)  # past the timeout, within the wait
            holder.commit()

        releaser = threading.Thread(target=release_after_the_upgrade_waited)
        releaser.start()
        try:
            catalogue = open_server(pg_catalogue)  # raised "canceling statement ... timeout"
        finally:
            done.set()
            releaser.join()
            holder.close()
        try:
            with catalogue.engine.connect() as connection:
                assert connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar_one() == SCHEMA_HEAD
                assert connection.exec_driver_sql("SHOW statement_timeout").scalar_one() == "1s"
        finally:
            catalogue.engine.dispose()
    finally:
        plain.dispose()
