"""The schema: which revisions this version reads, and upgrading a file to the newest.

A new file gets its tables from the migrations themselves, so every catalogue, new or
upgraded, has exactly the same schema (tests check it matches the models).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue.i18n import translate
from catalogue.kinds import KINDS, Kind
from catalogue.storage.engine import BUSY_TIMEOUT_MS, connect
from catalogue.storage.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
                   "0009", "0010", "0011", "0012")
"""The schema revisions this version can read, oldest first (its Alembic migrations)."""
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
FIRST_REVISION = KNOWN_REVISIONS[0]


def run_alembic(connection: Connection, action: Callable[[Any, Any], None]) -> None:
    """Run `action(alembic.command, config)` with the migrations shipped in the package."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    with resources.as_file(resources.files("catalogue.migrations")) as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        config.attributes["connection"] = connection
        action(command, config)


def create_schema(path: Path) -> None:
    """Give a new, empty file the newest schema."""
    upgrade(path)


def upgrade(path: Path) -> None:
    """Bring an older catalogue to the newest schema, in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite would otherwise cascade deletes
    through a rebuilt parent) and checked before the commit.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    def creator() -> sqlite3.Connection:
        connection = connect(path)
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection

    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            def run(command: Any, config: Any) -> None:
                if (not connection.dialect.has_table(connection, "alembic_version")
                        and connection.dialect.has_table(connection, KINDS[Kind.AREA].table)):
                    command.stamp(config, FIRST_REVISION)  # made before migrations existed
                command.upgrade(config, "head")

            run_alembic(connection, run)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if problems:
                raise StoreError(translate(
                    "Storage", "upgrading {path} broke its links; nothing was changed").format(
                        path=path))
    finally:
        engine.dispose()
