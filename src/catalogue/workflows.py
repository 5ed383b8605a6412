"""The tasks people start, written once for the command line and the window alike.

Each workflow is Qt-free: questions the window asks (the year of a plenary, whether to
replace one) are answered before the workflow runs, and progress and cancel are
parameters (`progress(done, total)`; answering False cancels and leaves everything as it
was). Creating a new catalogue is importing the bundled release through the same import
workflow into a file built beside its target.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from catalogue import bundled, storage
from catalogue.errors import detail
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import ImportResult, Progress
from catalogue.storage import server
from catalogue.storage.files import building, put_in_place
from catalogue.storage.server import Location, ServerAddress, ServerCatalogue

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from catalogue.release import Release

parser = lazy_import("catalogue.release")  # the parser is not needed to show the window


# -- creating and opening ----------------------------------------------------------------------


def create_catalogue(path: Path) -> None:
    """Create a catalogue filled from the bundled release, built beside `path` under a name
    of its own and moved into place only if no catalogue is there yet: an interrupted first
    start never leaves a half-filled file, and of several first starts at once the first
    to finish wins and the others open its file."""
    from sqlalchemy.exc import SQLAlchemyError

    path = storage.real_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage.StoreError(translate(
            "Workflows", "cannot create the folder for {path}: {error}").format(
                path=path, error=detail(error))) from None
    try:
        with building(path) as partial:
            storage.create_schema(partial)
            engine = storage.make_engine(partial)
            try:
                seed_catalogue(engine)
            finally:
                engine.dispose()
            put_in_place(partial, path, replace=False)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        raise storage.StoreError(translate("Workflows", "cannot create {path}: {error}").format(
            path=path, error=detail(error))) from None


def seed_catalogue(bind: Engine | Connection) -> None:
    """Fill a new, empty catalogue from the bundled release: a new file, and an empty
    server database, where `bind` is the connection whose transaction made its schema (so
    the tables and their records appear together or not at all)."""
    seed = parser.parse_release(bundled.seed_release_text())
    import_release(cast("Engine", bind), prepare_import(seed))


def open_server(address: ServerAddress, *, read_only: bool = False) -> ServerCatalogue:
    """The catalogue in a server database, made and seeded as a new file is if the
    database is empty."""
    return server.open_server(address, create=seed_catalogue, read_only=read_only)


def open_catalogue(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the catalogue at `path`, created from the bundled release if new."""
    return storage.open_engine(path, create=create_catalogue, read_only=read_only)


def open_to_read(path: Path) -> sqlite3.Connection:
    """A read-only connection for commands that only read (export)."""
    return storage.open_to_read(path, create=create_catalogue)


def open_to_search(path: Path) -> Engine:
    """A read-only engine for commands that only read through the ORM (search): a file on
    a read-only mount or in a folder the user cannot write is read as it is, and nothing,
    not even its journal mode, is written."""
    path = storage.real_path(path)
    storage.prepare(path, create=create_catalogue)
    return storage.make_engine(path, read_only=True)


# -- importing a press release ---------------------------------------------------------------


def read_release(path: Path) -> Release:
    """Read and parse a press release file; ReleaseError says why it is not one."""
    text = parser.read_release_file(path)
    try:
        return parser.parse_release(text)
    except ValueError as error:  # ReleaseError, or a number the parser could not read
        raise parser.ReleaseError(translate(
            "Workflows", "{path} is not a plenary press release: {reason}").format(
                path=path, reason=error)) from None


@dataclass(frozen=True)
class PreparedImport:
    """A release ready to be stored: its curated facts and its date, known to agree."""

    release: Release
    curation: bundled.Curation
    date: datetime.date


def known_date(release: Release) -> datetime.date | None:
    """The plenary's date as the bundled data knows it (releases give no year), or None:
    then the person must give it (--date, or the window's question)."""
    return bundled.curation_for(release.ordinal).date


def prepare_import(release: Release, date: datetime.date | None = None) -> PreparedImport:
    """Check a release's date against its text before anything is written.

    `date` (from --date or the window) wins over the bundled data; ReleaseError when there
    is none or it disagrees with the day the release gives.
    """
    curation = bundled.curation_for(release.ordinal)
    return PreparedImport(release, curation, release.resolve_date(date or curation.date))


def existing_plenary(engine: Engine, release: Release) -> str | None:
    """The title of the plenary this release would replace, or None when it is new."""
    from catalogue import queries

    for item in queries.plenaries(engine):
        if (item.values["conference"] == release.conference
                and item.values["ordinal"] == release.ordinal):
            return str(item.values["title"])
    return None


def import_release(engine: Engine, prepared: PreparedImport, *, path: Path | None = None,
                   replace: bool = False, progress: Progress | None = None) -> ImportResult:
    """Store a prepared release; with `replace`, back `path` up first, then swap the
    plenary's records in one transaction. AlreadyCatalogued (from the services) when it
    exists and `replace` is not given; Cancelled (nothing changed) when progress answers False."""
    from catalogue import services

    if replace and path is not None and existing_plenary(engine, prepared.release):
        storage.make_backup(path, "before-replace")
    return services.import_release(engine, prepared.release, date=prepared.date,
                                   curation=prepared.curation, replace=replace,
                                   progress=progress)


def import_file(path: Path, release_path: Path, *, date: datetime.date | None = None,
                replace: bool = False, progress: Progress | None = None,
                who: str = "catalogue import") -> tuple[Release, ImportResult]:
    """The command line's import: read, lock, check, upgrade, back up, store.

    The release is read before the database is touched; the lock is taken before the file
    is checked, so nothing checked can change before it is written. Returning means the
    import was committed; Cancelled (progress answered False) means nothing changed.
    """
    prepared = prepare_import(read_release(release_path), date)
    path = storage.real_path(path)
    if not path.exists():
        create_catalogue(path)
    with storage.WriterLock(path, who) as lock:
        engine = storage.open_engine(path, lock=lock)
        try:
            return prepared.release, import_release(engine, prepared, path=path,
                                                    replace=replace, progress=progress)
        finally:
            engine.dispose()


# -- export ----------------------------------------------------------------------------------


def export_file(path: Path, out: str | os.PathLike[str],
                progress: Progress | None = None) -> int:
    """Write the catalogue of the file at `path` in the format `out`'s extension names
    (export.exporter_for: .xlsx, else the CSV), read with sqlite3 alone, the fast way;
    damage met while reading is reported as damage. Returns the record count. An unknown
    extension is refused before the catalogue is opened (or created)."""
    from catalogue.export import exporter_for

    refuse_database_target(path, out)
    export = exporter_for(out)
    connection = open_to_read(path)
    try:
        total = sum(storage.record_totals(connection).values()) if progress else 0
        return export(connection, out, _counting(progress, total))
    except sqlite3.DatabaseError as error:
        raise storage.read_failed(path, error) from None
    finally:
        connection.close()


def export_engine(engine: Engine, path: Path, out: str | os.PathLike[str],
                  progress: Progress | None = None, *, spreadsheet: bool = False) -> int:
    """Write the catalogue of an open catalogue (the window's) in the format its name ends
    in (.csv or .xlsx); any other name gets the menu item's: the .xlsx workbook with
    `spreadsheet`, else the CSV."""
    from catalogue import queries
    from catalogue.export import EXPORTERS, export_csv, export_xlsx

    refuse_database_target(path, out)
    export = EXPORTERS.get(Path(out).suffix.lower(), export_xlsx if spreadsheet else export_csv)
    total = sum(queries.totals(engine).values())
    try:
        return export(engine, out, _counting(progress, total))
    except sqlite3.DatabaseError as error:
        raise storage.read_failed(path, error) from None


SQLITE_HEADER = b"SQLite format 3\0"


def refuse_database_target(path: Path | None, out: str | os.PathLike[str]) -> None:
    """An export renames its CSV over the file it is given: refuse the catalogue itself,
    its journal and lock files, a backup or any other database, which it would destroy."""
    if os.fspath(out) == "-":
        return
    target = Path(os.path.realpath(out))
    ours = set() if path is None else {  # None: a server catalogue, no files of its own
        Path(f"{storage.real_path(path)}{suffix}")
        for suffix in ("", "-wal", "-shm", "-journal", ".lock", ".holder")}
    database = False
    if target.is_file():  # never opened otherwise: a FIFO would block
        with contextlib.suppress(OSError), open(target, "rb") as stream:
            database = stream.read(16) == SQLITE_HEADER
    if target in ours or database:
        raise storage.StoreError(translate(
            "Workflows", "{out} is a database, not a CSV file: export writes a new CSV "
            "file, give another name").format(out=out))


def _counting(progress: Progress | None, total: int) -> Any:
    """The exporter's progress(done) as the workflows' progress(done, total)."""
    if progress is None:
        return None

    def advance(done: int) -> None:
        from catalogue.export import ExportCancelled

        if progress(done, total) is False:
            raise ExportCancelled

    return advance


# -- backups ---------------------------------------------------------------------------------


def find_backup(path: Path, name: str) -> Path:
    """A backup given as a path, or as a file name in the catalogue's backups folder."""
    given = Path(name)
    if given.is_file():
        return given
    candidate = storage.backup_folder(storage.real_path(path)) / name
    if candidate.is_file():
        return candidate
    raise storage.StoreError(translate("Workflows", "{path}: no such backup").format(
        path=given))


def restore(path: Path, backup: Path, who: str) -> Path | None:
    """Put a backup in the catalogue's place under the writer's lock, after backing up the
    current file; returns where the replaced catalogue was saved."""
    path = storage.real_path(path)
    with storage.WriterLock(path, who):
        return storage.restore_backup(path, backup)


# -- a catalogue on a server, and moving between a file and a server ---------------------------


def writable_server(address: ServerAddress, task: str) -> ServerCatalogue:
    """A server catalogue this role may change; StoreError (one line) when it may only read."""
    opened = open_server(address)
    if opened.read_only is not None:
        opened.engine.dispose()
        raise storage.StoreError(translate(
            "Workflows", "{address}: {task} needs write rights; {reason}").format(
                address=address, task=task, reason=opened.read_only))
    return opened


def import_server(address: ServerAddress, release_path: Path, *,
                  date: datetime.date | None = None, replace: bool = False,
                  progress: Progress | None = None) -> tuple[Release, ImportResult]:
    """The command line's import into a server catalogue: read and check the release first,
    then store it in one transaction (the server keeps concurrent writers apart)."""
    prepared = prepare_import(read_release(release_path), date)
    engine = writable_server(address, translate("Workflows", "importing")).engine
    try:
        return prepared.release, import_release(engine, prepared, replace=replace,
                                                progress=progress)
    finally:
        engine.dispose()


def export_location(location: Location, out: str | os.PathLike[str],
                    progress: Progress | None = None) -> int:
    """`catalogue export`: a file the fast way (sqlite3 alone), a server through the
    portable writer, on one read-only snapshot; the same bytes either way."""
    if not isinstance(location, ServerAddress):
        return export_file(location, out, progress)
    from sqlalchemy.exc import SQLAlchemyError

    from catalogue.export import exporter_for

    refuse_database_target(None, out)
    export = exporter_for(out)
    open_server(location).engine.dispose()  # made and seeded if the database is empty
    engine = server.make_server_engine(location, read_only=True)
    try:
        total = sum(_totals(engine).values()) if progress else 0
        return export(engine, out, _counting(progress, total))
    except SQLAlchemyError as error:
        raise server.server_error(location, error) from None
    finally:
        engine.dispose()


def _totals(engine: Engine) -> dict[Kind, int]:
    from catalogue import queries

    return dict(queries.totals(engine))


def search_location(location: Location) -> Engine:
    """A read-only engine for `catalogue search` on a file or a server."""
    if not isinstance(location, ServerAddress):
        return open_to_search(location)
    open_server(location).engine.dispose()
    return server.make_server_engine(location, read_only=True)


def refuse_server_restore(address: ServerAddress) -> storage.StoreError:
    """Restoring replaces a whole catalogue, which on a server only its owner may do, with
    the server's own tools or by copying the backup into a new empty database."""
    return storage.StoreError(translate(
        "Workflows", "{address} is a server catalogue: restore is for files; its owner "
        "restores a backup by copying it into a new empty database (catalogue copy --db "
        "BACKUP --to postgresql://...)").format(address=address))


@dataclass(frozen=True)
class CopyResult:
    """What a copy wrote and how it was proved: the rows per table (the same at both ends)
    and the digest of the CSV export that both ends give byte for byte."""

    counts: dict[str, int]
    digest: str

    @property
    def records(self) -> int:
        from catalogue.kinds import KINDS

        return sum(self.counts.get(info.table, 0) for info in KINDS.values())


def copy_catalogue(source: Location, destination: Location) -> CopyResult:
    """Copy a whole catalogue from a file to a server, a server to a file (or file to
    file), ids and all, into a destination that holds no catalogue yet; then prove it:
    the same number of rows in every table and the same CSV export, read inside the
    transaction that wrote the copy, so a copy that differs is never committed.

    The source is read in one snapshot (a server's read-only REPEATABLE READ transaction,
    a file's read transaction), so officers may go on editing it meanwhile."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(destination, Path) and destination.exists() and destination.stat().st_size:
        raise storage.StoreError(translate(
            "Workflows", "{path} already exists: copy into a new file").format(
                path=destination))
    if isinstance(source, ServerAddress):
        server.open_server(source, read_only=True).engine.dispose()  # checked; never made
        engine = server.make_server_engine(source, read_only=True)
    else:
        storage.prepare(source)  # must exist; checked, upgraded if older
        engine = storage.make_engine(source, read_only=True)
    try:
        with engine.connect() as reading, reading.begin():
            if reading.dialect.name == "sqlite":
                reading.exec_driver_sql("BEGIN")  # pysqlite starts none for reads
            counts = server.table_counts(reading)
            digest = _csv_digest(reading)

            def fill(writing: Connection) -> None:
                server.copy_rows(reading, writing)
                if server.table_counts(writing) != counts or _csv_digest(writing) != digest:
                    raise storage.StoreError(translate(
                        "Workflows", "the copy in {destination} differs from {source}; "
                        "nothing was kept").format(destination=destination, source=source))

            if isinstance(destination, ServerAddress):
                server.open_server(destination, create=fill, new_only=True).engine.dispose()
            else:
                _copy_into_file(destination, fill)
    except SQLAlchemyError as error:
        where = source if isinstance(source, ServerAddress) else destination
        if isinstance(where, ServerAddress):
            raise server.server_error(where, error) from None
        raise storage.StoreError(detail(error)) from None
    finally:
        engine.dispose()
    return CopyResult(counts, digest)


def _copy_into_file(path: Path, fill: Any) -> None:
    """A new catalogue file with the schema and `fill`'s rows, built beside `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with building(path) as partial:
        storage.create_schema(partial)
        engine = storage.make_engine(partial)
        try:
            with engine.begin() as writing:
                fill(writing)
        finally:
            engine.dispose()
        put_in_place(partial, path, replace=path.exists())


def _csv_digest(connection: Connection) -> str:
    """The SHA-256 of the catalogue's CSV export (the portable writer, the bytes a file's
    export gives too) as this connection sees it, inside its transaction."""
    import hashlib
    import io

    from catalogue.export import catalogue_records, write_records

    buffer = io.BytesIO()
    text = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
    write_records(catalogue_records(connection.connection.driver_connection), text)
    text.flush()
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def backup_server(address: ServerAddress) -> tuple[Path, CopyResult]:
    """Back a server catalogue up by copying it into a new local Catalogue file, in the
    backups folder of the name the server has on this computer (`catalogue backups` lists
    them, `catalogue copy` puts one back into an empty database)."""
    from catalogue.storage.backups import backup_prefix, make_backup_folder

    named = address.backup_path(storage.app_data_dir())
    named.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = make_backup_folder(named) / f"{backup_prefix(named)}-{stamp}-manual.db"
    return target, copy_catalogue(address, target)
