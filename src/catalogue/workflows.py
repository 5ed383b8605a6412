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
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from catalogue import bundled, storage
from catalogue.errors import detail
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import ImportResult, Origin, Progress, Source
from catalogue.storage import live, server
from catalogue.storage.backups import RESTORE_STEPS as FILE_STEPS
from catalogue.storage.files import (
    building,
    put_in_place,
    remove_dead,
    remove_own,
    scratch_folder,
    write_verified,
)
from catalogue.storage.server import Location, ServerAddress, ServerCatalogue
from catalogue.vocabulary import CONFERENCE

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


def curation_of(release: Release) -> bundled.Curation:
    """The bundled curated facts for this release's plenary. They are kept for the Hong
    Kong/Shanghai conference only: another conference's plenary of the same ordinal (the
    Sixth of Hong Kong/Beijing) gets none, never the Shanghai plenary's date and links."""
    if release.conference != CONFERENCE:
        return bundled.Curation()
    return bundled.curation_for(release.ordinal)


def known_date(release: Release) -> datetime.date | None:
    """The plenary's date as the bundled data knows it (releases give no year), or None:
    then the person must give it (--date, or the window's question)."""
    return curation_of(release).date


def prepare_import(release: Release, date: datetime.date | None = None) -> PreparedImport:
    """Check a release's date against its text before anything is written.

    `date` (from --date or the window) wins over the bundled data; ReleaseError when there
    is none or it disagrees with the day the release gives.
    """
    curation = curation_of(release)
    return PreparedImport(release, curation, release.resolve_date(date or curation.date))


def import_summary(prepared: PreparedImport, *, existing: str | None = None) -> str:
    """What an import would add, as text: the counts per record type, the tree it adds
    and every paragraph the parser could not place, with its position. One text for the
    window's preview and `catalogue import --dry-run`, so both say the same."""
    from catalogue import naming
    from catalogue.kinds import Kind

    release = prepared.release
    lines = [f"{release.title} ({release.conference})",
             translate("Workflows", "Date: {date}    Place: {place}").format(
                 date=prepared.date.isoformat(), place=release.place), ""]
    if existing:
        lines.append(translate("Workflows", "Replaces the {title} already catalogued with:"
                               ).format(title=existing))
    else:
        lines.append(translate("Workflows", "Adds:"))
    lines += [f"  {naming.counted(kind, count)}"
              for kind, count in release.record_counts().items()]
    lines += ["", translate("Workflows", "The tree it adds:"),
              f"  {release.title} \u2014 {prepared.date.isoformat()}, {release.place}",
              f"    {naming.capitalised(naming.counted(Kind.AREA, len(release.areas)))}"]
    for area_position, area in enumerate(release.areas, 1):
        lines.append(f"      {area_position} {area.name}")
        lines += [f"        {naming.measure_ref(area_position, position)} "
                  f"{naming.summary(text)}" for position, text in enumerate(area.measures, 1)]
    lines.append(f"    {naming.capitalised(naming.counted(Kind.OFFICIAL, len(release.officials)))}")
    lines += [f"      {person.honorific} {person.name}, {person.post} ({person.side}; "
              f"{person.role})" for person in release.officials]
    lines.append(
        f"    {naming.capitalised(naming.counted(Kind.AGREEMENT, len(release.agreements)))}")
    for agreement in release.agreements:
        at = (translate("Workflows", " [Annex {number}]").format(number=agreement.annex)
              if agreement.annex else "")
        lines.append(f"      ({agreement.numeral}) {naming.summary(agreement.title)}{at}")
    lines.append(f"    {naming.capitalised(naming.counted(Kind.ANNEX, len(release.annexes)))}")
    lines += [f"      {annex.number} {naming.summary(annex.title)}"
              + (f" ({annex.language})" if annex.language else "") for annex in release.annexes]
    if release.remarks:
        lines += ["", translate("Workflows", "Read as remarks, not catalogued: {where}").format(
            where="; ".join(paragraph.position() for paragraph in release.remarks))]
    lines.append("")
    if release.unplaced:
        lines.append(translate(
            "Workflows", "Not placed in any record: %n paragraph(s) (add what they say by hand "
            "after the import):", None, len(release.unplaced)))
        lines += [f"  {paragraph.position()}: {paragraph.text}"
                  for paragraph in release.unplaced]
    else:
        lines.append(translate("Workflows", "Every paragraph was placed."))
    return "\n".join(lines)


def unplaced_refusal(release: Release) -> str:
    """The command line's one line for a release with paragraphs not placed."""
    return translate(
        "Workflows", "%n paragraph(s) of the release could not be placed in any record: see "
        "them with --dry-run, or import anyway with --allow-unplaced", None,
        len(release.unplaced))


def plenary_in_file(path: Path, release: Release) -> str | None:
    """The title of the plenary this release would replace in the catalogue at `path`,
    read without writing a byte (no upgrade, no journal): None when it is new. A file not
    there yet would be made from the bundled release, so the seed's plenary counts."""
    path = storage.real_path(path)
    if not path.exists():
        seed = parser.parse_release(bundled.seed_release_text())
        same = (seed.conference, seed.ordinal) == (release.conference, release.ordinal)
        return seed.title if same else None
    storage.inspect_file(path, thorough=False)
    connection = storage.connect(path, read_only=True)
    try:
        has_conferences = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'conference'").fetchone()
        row = connection.execute(  # a file from before 0004 names the conference itself
            "SELECT s.title FROM plenary_session s JOIN conference c ON c.id = s.conference_id"
            " WHERE c.name = ? AND s.ordinal = ?" if has_conferences else
            "SELECT title FROM plenary_session WHERE conference = ? AND ordinal = ?",
            (release.conference, release.ordinal)).fetchone()
    except sqlite3.DatabaseError as error:
        raise storage.read_failed(path, error) from None
    finally:
        connection.close()
    return str(row[0]) if row else None


def preview_file(path: Location, release_path: Path, *, date: datetime.date | None = None,
                 replace: bool = False, allow_unplaced: bool = False
                 ) -> tuple[str, str | None]:
    """`catalogue import --dry-run`: the summary of what importing would do, and the one
    line the import would refuse with (None when it would go through). Writes nothing, and
    makes no catalogue that is not there."""
    from catalogue.services import check_release

    prepared = prepare_import(read_release(release_path), date)
    check_release(prepared.release, prepared.date, prepared.curation)
    if isinstance(path, ServerAddress):
        engine = search_location(path)
        try:
            existing = existing_plenary(engine, prepared.release)
        finally:
            engine.dispose()
    else:
        existing = plenary_in_file(path, prepared.release)
    refusal = None
    if existing and not replace:
        refusal = translate("Workflows", "the {title} is already catalogued (use --replace to "
                            "replace it)").format(title=existing)
    elif prepared.release.unplaced and not allow_unplaced:
        refusal = unplaced_refusal(prepared.release)
    return import_summary(prepared, existing=existing if replace else None), refusal


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
                who: str = "catalogue import",
                allow_unplaced: bool = False) -> tuple[Release, ImportResult]:
    """The command line's import: read, lock, check, upgrade, back up, store.

    The release is read before the database is touched; the lock is taken before the file
    is checked, so nothing checked can change before it is written. Returning means the
    import was committed; Cancelled (progress answered False) means nothing changed. A
    release with paragraphs not placed is refused (ReleaseError) unless `allow_unplaced`.
    """
    prepared = prepare_import(read_release(release_path), date)
    if prepared.release.unplaced and not allow_unplaced:
        raise parser.ReleaseError(unplaced_refusal(prepared.release))
    path = storage.real_path(path)
    with writing(path, who, create=True) as engine:
        return prepared.release, import_release(engine, prepared, path=path,
                                                replace=replace, progress=progress)


@contextlib.contextmanager
def writing(path: Path, who: str, *, create: bool = False) -> Iterator[Engine]:
    """An engine on a catalogue for a command that changes it: the writer's lock is held
    throughout, so a window open on the file is told and nothing is written under it.
    A file not there is refused (`catalogue edit`), or made from the bundled release when
    `create` (an import, a new plenary)."""
    path = storage.real_path(path)
    if not path.exists():
        if not create:
            raise storage.StoreError(translate("Workflows", "{path} does not exist").format(
                path=path))
        create_catalogue(path)
    with storage.WriterLock(path, who) as lock:
        engine = storage.open_engine(path, lock=lock)
        try:
            yield engine
        finally:
            engine.dispose()


@contextlib.contextmanager
def writing_location(location: Location, who: str, *, create: bool = False
                     ) -> Iterator[Engine]:
    """`writing` for a file, or an engine on a server catalogue this role may change (the
    server keeps its writers apart itself: no lock to take; an empty one is seeded)."""
    if not isinstance(location, ServerAddress):
        with writing(location, who, create=create) as engine:
            yield engine
        return
    engine = writable_server(location, translate("Workflows", "changing it")).engine
    try:
        yield engine
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


# -- a new plenary ---------------------------------------------------------------------------


def new_plenary(path: Location, conference: str, fields: dict[str, Any],
                sides: tuple[str, str] | None = None, who: str = "catalogue new-plenary"
                ) -> Any:
    """The command line's new plenary: lock, open (upgrading), add it (services.add_plenary).
    Returns the services' NewPlenary; ServiceError (one line) when it is refused."""
    from catalogue import services

    with writing_location(path, who, create=True) as engine:
        return services.add_plenary(engine, conference, fields, sides,
                                    origin=Source.COMMAND_LINE)


# -- backups ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackedUp:
    """What a backup by hand wrote: the file, and (a server's) how many records it holds."""

    path: Path
    records: int | None = None


def back_up(location: Location, progress: Progress | None = None) -> BackedUp:
    """A backup by hand: `catalogue backup` and the window's File > Back Up Now. A file is
    backed up into backups/ beside it (storage.make_backup, reason "manual"), a server
    catalogue copied into a local file (backup_server). `progress(1, 1)` hears while it
    copies; answering False raises Cancelled and no backup is made (none removed)."""
    from catalogue.spec import report

    def checkpoint() -> None:
        report(progress, 1, 1)

    if isinstance(location, ServerAddress):
        target, copied = backup_server(location, "manual",
                                       None if progress is None else checkpoint)
        return BackedUp(target, copied.records)
    path = storage.real_path(location)
    if not path.exists():
        raise storage.StoreError(translate("Workflows", "{path} does not exist").format(
            path=path))
    from catalogue.storage.backups import finish_killed_restore

    finish_killed_restore(path)  # a killed restore's -wal set aside: its edits back first
    storage.check_catalogue_file(path)
    return BackedUp(storage.make_backup(path, "manual",
                                        None if progress is None else checkpoint))


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


FILE_RESTORE_STEPS = FILE_STEPS
"""A file restore's steps for its progress: copying the backup, noting the restore in the
copy, backing up the catalogue as it is (storage.backups.RESTORE_STEPS)."""


def restore(path: Path, backup: Path, who: str, origin: Origin | None = None,
            progress: Progress | None = None) -> Path | None:
    """Put a backup in the catalogue's place under the writer's lock, after backing up the
    current file, and write in its history that it was restored (by `origin`'s officer,
    from which backup: services.note_backup_restored); returns where the replaced
    catalogue was saved. `progress(step, FILE_RESTORE_STEPS)` hears while the backup is
    copied and the current file backed up; answering False raises Cancelled with the
    catalogue, its backups and its folder exactly as they were (the window's Cancel)."""
    from catalogue import services
    from catalogue.spec import report

    path = storage.real_path(path)
    noted = False

    def note(target: Path) -> None:
        nonlocal noted
        engine = storage.make_engine(target)
        try:
            services.note_backup_restored(engine, backup.name,
                                          origin or Origin(Source.RESTORE))
        finally:
            engine.dispose()  # the last connection closed: its -wal is in the file
        noted = True

    def checkpoint(step: int) -> None:
        report(progress, step, FILE_RESTORE_STEPS)

    def note_in_copy(copy: Path) -> None:
        """In the copy before it is put in place (under a short name, whatever the
        catalogue's). An older backup is upgraded in the copy first (the backup itself is
        kept as it was): upgraded in place, a kill or a full disk during the upgrade left
        the catalogue replaced and its history silent (break3). A refusal here is the
        restore's (restore_backup names it; break4: it named neither it nor a full disk)."""
        from sqlalchemy.exc import SQLAlchemyError

        from catalogue.spec import ServiceError

        try:
            if storage.check_catalogue_file(copy, thorough=False) != storage.SCHEMA_HEAD:
                storage.upgrade(copy)
            note(copy)
        except ServiceError as error:
            raise storage.StoreError(str(error)) from error
        except SQLAlchemyError as error:  # the upgrade's: one line, as storage's own
            raise storage.StoreError(detail(error)) from error

    with storage.WriterLock(path, who) as lock:
        saved = storage.restore_backup(path, backup, note_in_copy,
                                       None if progress is None else checkpoint)
        if not noted:
            storage.prepare(path, check_later=True, lock=lock)  # upgraded, then noted
            note(path)
        return saved


# -- documents -------------------------------------------------------------------------------

DOCUMENTS_INDEX = "documents.csv"
INDEX_COLUMNS = (  # not a kind: the index's column names (as the CSV's)
    "file", "record_type", "conference", "session", "ref", "file_name",
    "media_type", "size", "sha256", "url", "notes")
"""The index `export-documents` writes beside the files: one row per document, a web
address (no file) included."""


@dataclass(frozen=True)
class DocumentsExported:
    files: list[str]
    """The names written in the folder, in catalogue order (the index last)."""
    links: int
    """Web addresses, listed in the index only."""
    index: str


def write_unique(folder: Path, name: str, data: bytes) -> str:
    """Write `data` into `folder` as `name`, or "name (2)", "name (3)"... when a file of
    that name is there already: nothing is ever written over. The name used."""
    from catalogue.documents import numbered

    for number in range(1, 10_000):
        candidate = numbered(name, number)
        if not os.path.lexists(folder / candidate) and write_verified(
                folder / candidate, data, replace=False):
            return candidate
    raise storage.StoreError(translate("Workflows", "{folder} holds too many files named "
                                       "like {name}").format(folder=folder, name=name))


def document_file_name(kind: str, ordinal: int, place: str, name: str) -> str:
    """How an exported document is named: "plenary-18 annex-2 <its name>", safe on every
    system."""
    from catalogue.documents import safe_name

    return safe_name(f"plenary-{ordinal} {kind}-{place} {name}")


def export_documents(path: Location, folder: Path, progress: Progress | None = None
                     ) -> DocumentsExported:
    """Write every document of the catalogue at `path` into `folder` (made if missing),
    each checked against its SHA-256, under readable names that never replace a file, and
    an index (documents.csv) that lists them and the web addresses. Reads only."""
    import csv
    import io

    from sqlalchemy.exc import SQLAlchemyError

    from catalogue import queries
    from catalogue.export import neutralise

    if folder.exists() and not folder.is_dir():
        raise storage.StoreError(translate("Workflows", "{folder} is a file, not a folder"
                                           ).format(folder=folder))
    engine = search_location(path)
    files: list[str] = []
    made = _missing_folders(folder)
    try:
        placed = queries.all_documents(engine)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise storage.StoreError(translate(
                "Workflows", "cannot make the folder {folder}: {error}").format(
                    folder=folder, error=detail(error))) from None
        rows: list[list[str]] = []
        for done, document in enumerate(placed):
            info = document.info
            written = ""
            if not info.is_link:
                _, data = queries.document_content(engine, info.id)
                try:
                    written = write_unique(folder, document_file_name(
                        info.owner.kind, document.ordinal, document.place, info.file_name),
                        data)
                except OSError as error:
                    raise storage.StoreError(translate(
                        "Workflows", "cannot write into {folder}: {error}; nothing was "
                        "exported").format(folder=folder, error=detail(error))) from None
                files.append(written)
            rows.append([written, info.owner.kind, document.conference,
                         str(document.ordinal), document.place, info.file_name,
                         info.media_type, str(info.size) if not info.is_link else "",
                         info.sha256, info.url, info.notes])
            if progress is not None and progress(done + 1, len(placed)) is False:
                break
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(INDEX_COLUMNS)
        writer.writerows([neutralise(cell) for cell in row] for row in rows)
        try:
            index = write_unique(folder, DOCUMENTS_INDEX,
                                 ("\ufeff" + text.getvalue()).encode("utf-8"))
        except OSError as error:
            raise storage.StoreError(translate(
                "Workflows", "cannot write into {folder}: {error}; nothing was "
                "exported").format(folder=folder, error=detail(error))) from None
    except sqlite3.DatabaseError as error:
        _take_back(folder, files, made)
        raise storage.read_failed(path, error) from None  # type: ignore[arg-type]
    except SQLAlchemyError as error:  # a server's: one line
        _take_back(folder, files, made)
        if isinstance(path, ServerAddress):
            raise server.server_error(path, error) from None
        raise
    except BaseException:  # a full disk, a damaged document, Ctrl+C: nothing is left
        _take_back(folder, files, made)
        raise
    finally:
        engine.dispose()
    return DocumentsExported(files, sum(1 for d in placed if d.info.is_link), index)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders an export into `folder` will make, deepest first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    return missing


def _take_back(folder: Path, files: list[str], made: list[Path]) -> None:
    """An export that failed half-way (a full disk, a damaged document, Ctrl+C) leaves
    nothing: the files this run wrote (copies; each was new) and the folders it made."""
    for name in files:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    for made_folder in made:
        with contextlib.suppress(OSError):
            made_folder.rmdir()


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
                  progress: Progress | None = None,
                  allow_unplaced: bool = False) -> tuple[Release, ImportResult]:
    """The command line's import into a server catalogue: read and check the release first,
    then store it in one transaction (the server keeps concurrent writers apart)."""
    prepared = prepare_import(read_release(release_path), date)
    if prepared.release.unplaced and not allow_unplaced:
        raise parser.ReleaseError(unplaced_refusal(prepared.release))
    engine = writable_server(address, translate("Workflows", "importing")).engine
    try:
        return prepared.release, import_release(engine, prepared, replace=replace,
                                                progress=progress)
    finally:
        engine.dispose()


def export_location(location: Location, out: str | os.PathLike[str],
                    progress: Progress | None = None, *, conference: str | None = None,
                    session: int | None = None) -> int:
    """`catalogue export`: a file the fast way (sqlite3 alone), a server through the
    portable writer, on one read-only snapshot; the same bytes either way."""
    if not isinstance(location, ServerAddress):
        return export_file(location, out, progress, conference=conference, session=session)
    from sqlalchemy.exc import SQLAlchemyError

    from catalogue.export import exporter_for

    refuse_database_target(None, out)
    export = exporter_for(out)
    open_server(location).engine.dispose()  # made and seeded if the database is empty
    engine = server.make_server_engine(location, read_only=True)
    try:
        with engine.connect() as reading:
            plenaries = choose_plenaries(reading.connection.driver_connection, conference,
                                         session)
        total = sum(_totals(engine).values()) if progress else 0
        return export(engine, out, _counting(progress, total), plenaries=plenaries)
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


def copy_catalogue(source: Location, destination: Location,
                   each_batch: Callable[[], None] | None = None) -> CopyResult:
    """Copy a whole catalogue from a file to a server, a server to a file (or file to
    file), ids and all, into a destination that holds no catalogue yet; then prove it:
    the same number of rows in every table and the same CSV export, read inside the
    transaction that wrote the copy, so a copy that differs is never committed.
    `each_batch` is called before the rows are copied, after each batch and before the
    proof; raising (Cancelled) there stops the copy with nothing kept.

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
                if each_batch is not None:
                    each_batch()
                server.copy_rows(reading, writing, each_batch)
                if each_batch is not None:
                    each_batch()
                if server.table_counts(writing) != counts or _csv_digest(writing) != digest:
                    raise storage.StoreError(translate(
                        "Workflows", "the copy in {destination} differs from {source}; "
                        "nothing was kept").format(destination=destination, source=source))

            if isinstance(destination, ServerAddress):
                server.open_server(destination, create=fill, new_only=True).engine.dispose()
                server.tidy(destination)
            else:
                _copy_into_file(destination, fill)
    except SQLAlchemyError as error:
        from catalogue.storage.errors import FULL_TEXT, disk_full

        if isinstance(destination, Path) and disk_full(error):  # this computer's disk,
            raise storage.StoreError(translate(  # not the server's (break4)
                "Export", "cannot write {path}: {error}").format(
                    path=destination, error=FULL_TEXT)) from None
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
    existed = path.exists()  # an empty catalogue, checked by the caller: replaced
    with building(path) as partial:
        storage.create_schema(partial)
        engine = storage.make_engine(partial)
        try:
            with engine.begin() as writing:
                fill(writing)
        finally:
            engine.dispose()
        _self_contained(partial, path)
        if not put_in_place(partial, path, replace=existed):
            raise storage.StoreError(translate(
                "Workflows", "{path} was made by another program while this copy was "
                "written: nothing was copied into it").format(path=path))


def _self_contained(partial: Path, path: Path) -> None:
    """The copy as one file, no -wal (a writer's open turns WAL back on): a server backup
    left in WAL mode got a -wal and an -shm beside it at every listing, which rotation
    then left behind (break5)."""
    try:
        connection = sqlite3.connect(partial)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise storage.StoreError(translate("Export", "cannot write {path}: {error}").format(
            path=path, error=detail(error))) from None


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


def backup_server(address: ServerAddress, reason: str = "manual",
                  each_batch: Callable[[], None] | None = None, *,
                  rotate: bool = True) -> tuple[Path, CopyResult]:
    """Back a server catalogue up by copying it into a new local Catalogue file, in the
    backups folder of the name the server has on this computer (`catalogue backups` lists
    them, `catalogue copy` puts one back into an empty database); `reason` as a file's
    backups give it (the window's "before-delete"). `each_batch` as copy_catalogue's: a
    copy it stops leaves no file. Once the copy is complete and proved, the oldest of
    this server catalogue's backups beyond KEEP_BACKUPS go, as a file's do (with
    `rotate`; else by the caller's rotate_backups once it knows the new one stays): a
    copy that fails or is stopped evicts nothing, and only names that parse as this
    catalogue's backups are ever removed."""
    from catalogue.storage.backups import (
        backup_prefix,
        make_backup_folder,
        remove_leftovers,
        rotate_backups,
    )

    named = address.backup_path(storage.app_data_dir())
    named.parent.mkdir(parents=True, exist_ok=True)
    folder = make_backup_folder(named)
    remove_leftovers(named)  # killed ones' partial files, as a file's backups do (break3)
    remove_leftovers(address.shared_backup_path(storage.app_data_dir()))  # and from before
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{backup_prefix(named)}-{stamp}-{reason}.db"
    copied = copy_catalogue(address, target, each_batch)
    if rotate:
        rotate_backups(named, target)
    return target, copied


OLD_SCRATCH = re.compile(r"\.catalogue-restore\.db\.[0-9a-f]{8}\.scratch")
"""The scratch copies of restores of version 379056d, built with files.building."""


@contextlib.contextmanager
def restore_scratch() -> Iterator[Path]:
    """A new, empty file in a private folder of its own for a server restore's copy of
    its backup (an older one's upgrade leaves its own files beside it), all removed when
    the block ends; a restore killed mid-way (kill -9, a power cut) leaves a folder the
    next restore removes, never a live one's (files.scratch_folder). Copies left by the
    version before that (379056d: `.catalogue-restore.db.<8 hex>.scratch` files, each
    locked by its builder for its life) go too when their lock can be taken."""
    import tempfile

    with contextlib.suppress(Exception):  # nothing left behind stops a restore
        remove_dead(Path(tempfile.gettempdir()), OLD_SCRATCH, unlocked_after=None,
                    remove=remove_own)
    with scratch_folder("catalogue-restore-") as folder:
        scratch = folder / "backup.db"
        scratch.touch()
        yield scratch


RESTORE_STEPS = 7
"""What a server restore reports progress in: steps, the copy of the rows repeating its."""


def restore_server(address: ServerAddress, backup: Path, progress: Progress | None = None,
                   origin: Origin | None = None) -> tuple[Path, CopyResult]:
    """Put a backup (a local Catalogue file) in the place of a server catalogue, for its
    owner only (server.restore_refusal). In ONE transaction on the server: other
    officers' writes are held off, the catalogue as it is is backed up into a local file
    (before-restore), its rows are replaced by the backup's and the result is proved as a
    copy is (the same rows in every table, the same CSV bytes); a proof that fails, or
    anything else, commits nothing and other officers never see a half-restored catalogue.
    The backup file itself is never written: an older one is upgraded in a scratch copy.
    `progress(step, RESTORE_STEPS)` hears between steps and after each batch of rows
    copied (step 3 repeating through the before-restore copy, 6 through the restore's own
    copy), the last time just before the commit; answering False raises Cancelled with
    the transaction rolled back and the before-restore file removed: all as it was.
    The history says it in the same transaction (who: `origin`'s officer; from which
    backup: services.note_backup_restored). Returns the before-restore backup and what
    was restored."""
    from sqlalchemy.exc import SQLAlchemyError

    from catalogue import services
    from catalogue.spec import Cancelled, report
    from catalogue.storage.backups import copy_database, rotate_backups

    storage.check_catalogue_file(backup)
    engine = writable_server(address, translate("Workflows", "restoring a backup")).engine
    saved: Path | None = None
    try:
        with engine.connect() as writing, writing.begin():
            refusal = server.restore_refusal(writing, address)
            if refusal is not None:
                raise storage.StoreError(refusal)
            server.lock_tables(writing)
            report(progress, 1, RESTORE_STEPS)
            with contextlib.ExitStack() as scratch_made:
                try:  # a temporary folder full, out of inodes or read-only refuses too
                    scratch = scratch_made.enter_context(restore_scratch())
                    copy_database(backup, scratch)
                    storage.prepare(scratch)  # upgraded to this version's schema if older
                except (OSError, sqlite3.Error, SQLAlchemyError, storage.StoreError) as error:
                    # the restore's refusal, not the scratch file's (break4)
                    raise storage.StoreError(translate(
                        "Storage", "cannot restore {backup}: {error}").format(
                            backup=backup, error=detail(error))) from None
                report(progress, 2, RESTORE_STEPS)
                source = storage.make_engine(scratch, read_only=True)
                try:
                    with source.connect() as reading, reading.begin():
                        counts = server.table_counts(reading)
                        digest = _csv_digest(reading)
                        report(progress, 3, RESTORE_STEPS)
                        saved, _ = backup_server(  # Cancel heard between its batches
                            address, "before-restore",
                            lambda: report(progress, 3, RESTORE_STEPS), rotate=False)
                        report(progress, 4, RESTORE_STEPS)
                        versions = server.highest_versions(writing)
                        server.delete_rows(writing)
                        report(progress, 5, RESTORE_STEPS)
                        server.copy_rows(reading, writing,
                                         lambda: report(progress, 6, RESTORE_STEPS))
                        server.lift_versions(writing, versions)  # no stale save matches
                        if (server.table_counts(writing) != counts
                                or _csv_digest(writing) != digest):
                            raise storage.StoreError(translate(
                                "Workflows", "the restored catalogue on {address} differs "
                                "from {backup}; nothing was changed").format(
                                    address=address, backup=backup))
                        services.note_backup_restored(writing, backup.name,
                                                      origin or Origin(Source.RESTORE))
                        report(progress, RESTORE_STEPS, RESTORE_STEPS)  # the last word
                        live.announce_restore(writing)  # heard by the others at commit
                finally:
                    source.dispose()
    except Cancelled:
        if saved is not None:  # of the catalogue as it still is: nothing to keep it for
            with contextlib.suppress(OSError):
                saved.unlink()
        raise
    except SQLAlchemyError as error:
        raise server.server_error(address, error) from None
    finally:
        engine.dispose()
    assert saved is not None
    # the restore stays: so does its before-restore backup
    rotate_backups(address.backup_path(storage.app_data_dir()), saved)
    server.tidy(address)
    return saved, CopyResult(counts, digest)


def server_restore_refusal(address: ServerAddress) -> str | None:
    """Why this officer may not restore a backup over the server catalogue (not its owner,
    or a role that may only read), or None: asked before the window lists the backups."""
    from sqlalchemy.exc import SQLAlchemyError

    opened = open_server(address)
    try:
        if opened.read_only is not None:
            return translate("Workflows", "{address}: {task} needs write rights; {reason}"
                             ).format(address=address, reason=opened.read_only,
                                      task=translate("Workflows", "restoring a backup"))
        with opened.engine.connect() as connection:
            return server.restore_refusal(connection, address)
    except SQLAlchemyError as error:
        return str(server.server_error(address, error))
    finally:
        opened.engine.dispose()
