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
from typing import TYPE_CHECKING, Any

from catalogue import bundled, storage
from catalogue.errors import detail
from catalogue.i18n import translate
from catalogue.lazy import lazy_import
from catalogue.spec import ImportResult, Progress
from catalogue.storage.files import building, put_in_place

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

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
                seed = parser.parse_release(bundled.seed_release_text())
                import_release(engine, prepare_import(seed))
            finally:
                engine.dispose()
            put_in_place(partial, path, replace=False)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        raise storage.StoreError(translate("Workflows", "cannot create {path}: {error}").format(
            path=path, error=detail(error))) from None


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
        if (item.values["conference_name"] == release.conference
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


# -- narrowing to one plenary -------------------------------------------------------------


def choose_plenaries(connection: Any, conference: str | None, ordinal: int | None
                     ) -> list[int] | None:
    """The plenaries `--conference NAME` and `--session N` narrow an export or a search to
    (None when neither is given): the conference named exactly, or else the only one
    whose name contains NAME (ignoring case); the plenary with ordinal N of it (of any
    conference without NAME). ServiceError, one line, when nothing matches, or when N
    alone names plenaries of several conferences."""
    from catalogue.export import plenary_index
    from catalogue.spec import ServiceError

    if conference is None and ordinal is None:
        return None
    conferences, plenaries = plenary_index(connection)
    names = dict(conferences)
    chosen = list(names)
    if conference is not None:
        chosen = [cid for cid, name in conferences if name == conference] or [
            cid for cid, name in conferences if conference.casefold() in name.casefold()]
        if len(chosen) != 1:
            raise ServiceError((translate(
                "Workflows", "no conference is named {name!r}; the conferences are: {names}")
                if not chosen else translate(
                "Workflows", "{name!r} names several conferences: {names}")).format(
                    name=conference, names="; ".join(names[cid] for cid in (chosen or names))))
    found = [row for row in plenaries if row[1] in chosen
             and (ordinal is None or row[2] == ordinal)]
    if not found:
        raise ServiceError(translate("Workflows", "the {conference} has no plenary {ordinal}"
                                     ).format(conference=names[chosen[0]], ordinal=ordinal)
                           if len(chosen) == 1 else translate(
                               "Workflows", "no plenary has the ordinal {ordinal}").format(
                                   ordinal=ordinal))
    if conference is None and len({row[1] for row in found}) > 1:
        raise ServiceError(translate(
            "Workflows", "plenary {ordinal} is in several conferences ({names}): give "
            "--conference too").format(ordinal=ordinal, names="; ".join(sorted(
                names[cid] for cid in {row[1] for row in found}))))
    return [int(row[0]) for row in found]


# -- export ----------------------------------------------------------------------------------


def export_file(path: Path, out: str | os.PathLike[str],
                progress: Progress | None = None, *, conference: str | None = None,
                session: int | None = None) -> int:
    """Write the catalogue of the file at `path` in the format `out`'s extension names
    (export.exporter_for: .xlsx, else the CSV), read with sqlite3 alone, the fast way;
    damage met while reading is reported as damage. Returns the record count. An unknown
    extension is refused before the catalogue is opened (or created). `conference` and
    `session` narrow it to their plenaries (choose_plenaries)."""
    from catalogue.export import exporter_for

    refuse_database_target(path, out)
    export = exporter_for(out)
    connection = open_to_read(path)
    try:
        plenaries = choose_plenaries(connection, conference, session)
        total = _records(storage.record_totals(connection)) if progress else 0
        return export(connection, out, _counting(progress, total), plenaries=plenaries)
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
    total = _records(queries.totals(engine))
    try:
        return export(engine, out, _counting(progress, total))
    except sqlite3.DatabaseError as error:
        raise storage.read_failed(path, error) from None


def _records(totals: dict[Any, int]) -> int:
    """The rows an export writes: every record but the conferences (a column, not rows)."""
    from catalogue.kinds import Kind

    return sum(count for kind, count in totals.items() if kind != Kind.CONFERENCE)


SQLITE_HEADER = b"SQLite format 3\0"


def refuse_database_target(path: Path, out: str | os.PathLike[str]) -> None:
    """An export renames its CSV over the file it is given: refuse the catalogue itself,
    its journal and lock files, a backup or any other database, which it would destroy."""
    if os.fspath(out) == "-":
        return
    target = Path(os.path.realpath(out))
    catalogue = storage.real_path(path)
    ours = {Path(f"{catalogue}{suffix}")
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


# -- a new plenary ---------------------------------------------------------------------------


def new_plenary(path: Path, conference: str, fields: dict[str, Any],
                sides: tuple[str, str] | None = None, who: str = "catalogue new-plenary"
                ) -> Any:
    """The command line's new plenary: lock, open (upgrading), add it (services.add_plenary).
    Returns the services' NewPlenary; ServiceError (one line) when it is refused."""
    from catalogue import services

    path = storage.real_path(path)
    if not path.exists():
        create_catalogue(path)
    with storage.WriterLock(path, who) as lock:
        engine = storage.open_engine(path, lock=lock)
        try:
            return services.add_plenary(engine, conference, fields, sides)
        finally:
            engine.dispose()


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
