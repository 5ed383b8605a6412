"""Checking a file without writing a byte to it: is it a catalogue, whole, current, writable?"""

import os
import sqlite3
from pathlib import Path

from catalogue.i18n import translate
from catalogue.kinds import KINDS, Kind
from catalogue.storage.engine import connect
from catalogue.storage.errors import FULL_TEXT, DamagedError, StoreError, disk_full
from catalogue.storage.schema import FIRST_REVISION, KNOWN_REVISIONS, SCHEMA_HEAD

RECORD_TABLES = tuple(info.table for kind, info in KINDS.items() if kind != Kind.CONFERENCE)
"""The tables every catalogue has had since the first version (conferences came in 0004,
so a file made before it is still recognised, and upgraded)."""
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def open_to_inspect(path: Path) -> sqlite3.Connection:
    """A read-only connection, or StoreError naming the file."""
    try:
        return connect(path, read_only=True)
    except sqlite3.Error as error:
        raise StoreError(translate("Storage", "cannot open {path}: {error}").format(
            path=path, error=FULL_TEXT if disk_full(error) else error)) from None


def inspect_file(path: Path, *, thorough: bool = True) -> str:
    """The schema revision of a Catalogue file, after checking it; never writes to it.

    Raises StoreError for a folder or a file that is not a catalogue, DamagedError for one
    that fails SQLite's quick_check. `thorough=False` leaves out the quick_check, which
    reads every page (about half a second for 100,000 records): the window runs it after
    it is shown, with changes held until it passes (see check_integrity).
    """
    if path.is_dir():
        raise StoreError(translate("Storage", "{path} is a folder, not a Catalogue database"
                                   ).format(path=path))
    connection = open_to_inspect(path)
    try:
        try:
            names = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            code = _code(error)
            if code == SQLITE_CORRUPT:
                raise damaged(path, str(error)) from None
            if code != SQLITE_NOTADB:  # e.g. the -shm index cannot be made: not its fault
                raise StoreError(translate("Storage", "cannot open {path}: {error}").format(
                    path=path, error=FULL_TEXT if disk_full(error) else error)) from None
            raise not_a_catalogue(path, sqlite=False) from None
        if not set(RECORD_TABLES) <= names:
            raise not_a_catalogue(path, sqlite=True)
        if thorough:
            quick_check(connection, path)
        if "alembic_version" not in names:
            return FIRST_REVISION
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else FIRST_REVISION
    finally:
        connection.close()


def check_integrity(path: Path) -> None:
    """SQLite's quick_check over the whole file; DamagedError when it finds damage.

    Safe on a worker thread: it has its own read-only connection, and sqlite3 lets go of
    the GIL while it reads, so the window stays responsive meanwhile.
    """
    connection = open_to_inspect(path)
    try:
        quick_check(connection, path)
    finally:
        connection.close()


def quick_check(connection: sqlite3.Connection, path: Path) -> None:
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        raise damaged(path, str(error)) from None
    if verdict != ["ok"]:
        raise damaged(path, verdict[0] if verdict else "no answer from quick_check")


def _code(error: sqlite3.Error) -> int:
    """SQLite's primary result code for an error (0 when it has none)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def not_a_catalogue(path: Path, *, sqlite: bool) -> StoreError:
    """The error for a file that is not a catalogue. One with good backups of its own was
    one: emptied or written over, it is damaged, and its newest backup is offered."""
    from catalogue.storage.backups import newest_good_backup  # backups use these checks

    newest = newest_good_backup(path)
    if newest is not None:
        empty = path.stat().st_size == 0
        return damaged(path, translate("Storage", "it is empty") if empty else translate(
            "Storage", "it is no longer a Catalogue database"), newest)
    if sqlite:
        return StoreError(translate("Storage", "{path} is not a Catalogue database").format(
            path=path))
    return StoreError(translate(
        "Storage", "{path} is not a Catalogue database (not an SQLite file)").format(
            path=path))


def damaged(path: Path, detail: str, newest: Path | None = None) -> DamagedError:
    """The error for a damaged file, naming the newest good backup to restore."""
    from catalogue.storage.backups import newest_good_backup  # backups use these checks

    newest = newest or newest_good_backup(path)
    advice = (translate("Storage", "restore the newest good backup ({name})").format(
        name=newest.name) if newest else translate("Storage", "no backup of it exists"))
    return DamagedError(translate(
        "Storage", "{path} is damaged ({detail}); it was left untouched; {advice}").format(
            path=path, detail=detail.splitlines()[0], advice=advice), path, newest)


def check_catalogue_file(path: Path, *, thorough: bool = True) -> str:
    """Refuse a file that is not a usable Catalogue database, without writing to it;
    returns its schema revision."""
    revision = inspect_file(path, thorough=thorough)
    if revision not in KNOWN_REVISIONS:
        raise StoreError(translate(
            "Storage", "{path} was made by a newer version of Catalogue (schema {revision}); "
            "this version reads up to {head}: install the newer version").format(
                path=path, revision=revision, head=SCHEMA_HEAD))
    return revision


def read_only_reason(path: Path) -> str | None:
    """Why the file cannot be written, or None. Honours the permission bits even for root."""
    folder = path.parent
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return translate("Storage", "the file is read-only")
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        return translate("Storage", "its folder is read-only")
    return None


def read_failed(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """What to say when reading a catalogue fails: damage with the backup advice, else
    the error itself."""
    detail = str(error)
    if _code(error) == SQLITE_CORRUPT or "malformed" in detail:
        return damaged(path, detail)
    return StoreError(translate("Storage", "{path} could not be read: {detail}").format(
        path=path, detail=detail))
