"""Connections and engines, built from the file's path, never from a URL made of it.

A path is a file name: `?`, `#` and `%20` in it must not choose another file, so writable
connections open the path itself and read-only ones a `file:` URI made by `Path.as_uri()`,
which percent-encodes every such character.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported when an engine is made, not before: the window
    from sqlalchemy.engine import Engine  # is shown first (see fastread)

BUSY_TIMEOUT_MS = 5000


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only, whatever characters its name holds."""
    path = path.resolve()
    return f"{path.as_uri()}?{'immutable=1' if needs_immutable(path) else 'mode=ro'}"


def needs_immutable(path: Path) -> bool:
    """True for a WAL file that SQLite could not read with mode=ro: its -shm index does not
    exist and cannot be made (a read-only folder or mount). Nobody has it open then (every
    connection to a WAL file keeps a -shm) and nobody can start writing it through this
    folder, so it is read as it is. Not when a -wal holds changes: they would be skipped."""
    if os.path.exists(f"{path}-shm") or os.access(path.parent, os.W_OK):
        return False
    try:
        with open(path, "rb") as stream:
            wal_mode = stream.read(20)[18:20] == b"\2\2"
        return wal_mode and (not os.path.exists(f"{path}-wal")
                             or os.path.getsize(f"{path}-wal") == 0)
    except OSError:
        return False


def connect(path: Path, *, read_only: bool = False, check_same_thread: bool = True
            ) -> sqlite3.Connection:
    """A plain sqlite3 connection to the file at `path`, with the SQL functions the
    search index's triggers call (`add_functions`)."""
    if read_only:
        connection = sqlite3.connect(read_only_uri(path), uri=True,
                                     check_same_thread=check_same_thread)
    else:
        connection = sqlite3.connect(str(path), check_same_thread=check_same_thread)
    add_functions(connection)
    return connection


def add_functions(connection: sqlite3.Connection) -> None:
    """Register `catalogue_fold` (storage.search.FOLD_FUNCTION) and `catalogue_casefold`
    (storage.casefold), which the index's triggers call with a record's words (migrations
    0007, 0011). A connection without them cannot change a record at all ("no such
    function"), so it can never write a record the index misses."""
    from catalogue.storage.casefold import CASEFOLD_FUNCTION, casefold_words
    from catalogue.storage.search import FOLD_FUNCTION, fold_words

    connection.create_function(FOLD_FUNCTION, 1, fold_words, deterministic=True)
    connection.create_function(CASEFOLD_FUNCTION, 1, casefold_words, deterministic=True)


def set_pragmas(connection: sqlite3.Connection, *, read_only: bool) -> None:
    """Per-connection settings: SQLite forgets foreign keys unless told every time.

    synchronous=FULL with WAL: a commit is on disk before it is reported, so a power cut
    never loses an edit the officer saw saved; the cost is one extra fsync per commit,
    invisible at the rate people edit.
    """
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if not read_only:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the catalogue file at `path`; every connection gets its pragmas."""
    from sqlalchemy.pool import QueuePool
    from sqlmodel import create_engine

    from catalogue import models  # noqa: F401  (the tables, for the ORM)

    def creator() -> sqlite3.Connection:
        connection = connect(path, read_only=read_only, check_same_thread=False)
        set_pragmas(connection, read_only=read_only)
        return connection

    # "sqlite://" only names the dialect: the creator opens the file. QueuePool is what
    # SQLAlchemy uses for a file (the bare URL would make it pick the in-memory pool).
    return create_engine("sqlite://", creator=creator, poolclass=QueuePool)
