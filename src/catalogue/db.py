"""Where the catalogue lives and how it is opened.

Everything SQLite-specific stays in this module (pragmas, file checks, the per-user path), so
the rest of the code can later run against a shared PostgreSQL server through the same
SQLModel engine URL.
"""

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from catalogue import models  # noqa: F401  (registers the tables on the metadata)
from catalogue.i18n import tr

APP_NAME = "Catalogue"
DB_ENV_VAR = "CATALOGUE_DB"
DB_FILE_NAME = "catalogue.db"


class StoreError(Exception):
    """The database cannot be used; the message is one line for a person."""


def app_data_dir() -> Path:
    """The platform's per-user folder for application data."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def resolve_db_path(given: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $CATALOGUE_DB, then the per-user default."""
    chosen = given or os.environ.get(DB_ENV_VAR) or app_data_dir() / DB_FILE_NAME
    return Path(chosen).expanduser()


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Per-connection settings: SQLite forgets foreign keys unless told on every connection.

    synchronous=FULL with WAL: a commit is on disk before it is reported, so a power cut
    never loses an edit the officer saw saved; the cost is one extra fsync per commit,
    invisible at the rate people edit.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite connections get their pragmas on connect."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def check_catalogue_file(path: Path) -> None:
    """Refuse a file that is not a Catalogue database, without writing a byte to it."""
    if path.is_dir():
        raise StoreError(tr("{path} is a folder, not a Catalogue database").format(path=path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError(
            tr("cannot open {path}: {error}").format(path=path, error=error)
        ) from None
    try:
        names = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        raise StoreError(
            tr("{path} is not a Catalogue database (not an SQLite file)").format(path=path)
        ) from None
    finally:
        connection.close()
    missing = {table.name for table in SQLModel.metadata.sorted_tables} - names
    if missing:
        raise StoreError(tr("{path} is not a Catalogue database").format(path=path))


def create_schema(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)


def open_catalogue(path: Path, *, create: bool = True) -> Engine:
    """Open the catalogue at `path`, creating and seeding it first when it does not exist."""
    if not path.exists():
        if not create:
            raise StoreError(tr("{path} does not exist").format(path=path))
        create_seeded(path)
    check_catalogue_file(path)
    return make_engine(sqlite_url(path))


def create_seeded(path: Path) -> None:
    """Create a catalogue filled from the bundled release.

    Built beside the target and renamed into place, so an interrupted first start never
    leaves a half-filled file that later opens as if it were complete.
    """
    from catalogue import bundled, release, services

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            tr("cannot create the folder for {path}: {error}").format(
                path=path, error=error.strerror or error)
        ) from None
    partial = path.with_name(path.name + ".partial")
    _remove_sqlite_files(partial)
    try:
        engine = make_engine(sqlite_url(partial))
        try:
            create_schema(engine)
            seed = release.parse_release(bundled.seed_release_text())
            curation = bundled.curation_for(seed.ordinal)
            services.import_release(engine, seed, date=curation.date, curation=curation)
        finally:
            engine.dispose()
        with contextlib.suppress(OSError):
            os.chmod(partial, 0o600)
        os.replace(partial, path)
    except OSError as error:
        _remove_sqlite_files(partial)
        raise StoreError(
            tr("cannot create {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    except BaseException:
        _remove_sqlite_files(partial)
        raise


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


@contextlib.contextmanager
def session(engine: Engine) -> Iterator[Session]:
    """One unit of work; ORM objects do not outlive it (the GUI gets plain values)."""
    with Session(engine, expire_on_commit=False) as db:
        yield db

