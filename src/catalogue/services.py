"""Every change to the catalogue goes through one function here; nothing else writes.

Each public function is one transaction and returns `Changes`, a plain description of what
it touched, so views refresh only what they show (the GUI's tree, editor and status bar all
react to it) and undo can call the inverse function. Values are validated here, once, for
the GUI and the CLI alike; the database's own constraints are the second line.
"""

import contextlib
import dataclasses
import datetime
import functools
import getpass
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import delete, func, insert, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from catalogue import naming
from catalogue.bundled import Curation
from catalogue.documents import (
    DEFAULT_MEDIA_TYPE,
    DOCUMENTS,
    MAX_DOCUMENT_BYTES,
    OWNER_KINDS,
    DocumentError,
    DocumentFile,
    check_file_name,
    check_url,
    described,
    digest,
    too_large,
)
from catalogue.errors import detail
from catalogue.i18n import translate
from catalogue.kinds import (
    EDITABLE,
    KINDS,
    ORDERED,
    ROOT,
    Kind,
    ListKey,
    ListKind,
    RecordKey,
    list_key_of,
)
from catalogue.models import (
    TABLES,
    Agreement,
    AgreementArea,
    Annex,
    Area,
    Change,
    ChangeSet,
    Conference,
    Document,
    Measure,
    Official,
    PlenarySession,
    StoredBytes,
    new_uuid,
    now,
)
from catalogue.release import Release
from catalogue.spec import (
    FIELDS,
    AlreadyCatalogued,
    Cancelled,
    ChangedBy,
    Changes,
    Conflict,
    FieldSpec,
    ImportResult,
    NotFound,
    Origin,
    Progress,
    ServiceError,
    Snapshot,
    Source,
    ValidationError,
    one_line,
    origin_of,
    report,
    tidy_notes,
)
from catalogue.storage.live import announce
from catalogue.storage.server import sync_identities
from catalogue.vocabulary import Side, conference_sides

EDITABLE_KINDS = EDITABLE
"""The kinds people may add and delete (the registry's; kept under the name callers use)."""




def database_refusals[F: Callable[..., Any]](function: F) -> F:
    """Turn what the database driver raises into ServiceError, one line for a person, so
    callers (the window, the CLI) never handle a driver's exceptions themselves."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except SQLAlchemyError as error:
            taken = _taken_meanwhile(error)
            if taken is not None:
                raise ServiceError(taken) from error
            raise ServiceError(translate(
                "Services", "the database could not be changed: {detail}").format(
                    detail=detail(error))) from error

    return wrapper  # type: ignore[return-value]


UNIQUE_FIELDS = {Kind.CONFERENCE: "name", Kind.SESSION: "ordinal", Kind.AREA: "name",
                 Kind.ANNEX: "number", Kind.AGREEMENT: "numeral"}
"""What the tables keep unique (models: a conference's name; per plenary or conference
the rest), besides the uuids, which never clash."""


def _taken_meanwhile(error: SQLAlchemyError) -> str | None:
    """One line for a unique constraint that stopped a save, or None for anything else.
    The services check uniqueness first, so only a race reaches the constraint: two
    officers both checked before either committed, and the second to commit is refused
    (its whole transaction rolled back). Told apart on each engine by what the driver
    reports: PostgreSQL's SQLSTATE 23505 with the table, SQLite's "UNIQUE constraint
    failed: table.column"."""
    if not isinstance(error, IntegrityError):
        return None
    cause = error.orig
    diagnosis = getattr(cause, "diag", None)
    if getattr(cause, "sqlstate", None) == "23505" and diagnosis is not None:
        table, said = diagnosis.table_name, str(diagnosis.constraint_name or "")
    else:
        said = str(cause)
        prefix = "UNIQUE constraint failed: "
        if not said.startswith(prefix):
            return None
        table = said[len(prefix):].split(".", 1)[0]
    kind = next((kind for kind, info in KINDS.items() if info.table == table), None)
    if kind not in UNIQUE_FIELDS or "uuid" in said:
        return None
    return translate(
        "Services", "the {field} of this {kind} was taken a moment ago by another officer's "
        "change; nothing was changed").format(
            field=FIELDS[kind][UNIQUE_FIELDS[kind]].title.lower(), kind=KINDS[kind].name())


# ---------------------------------------------------------------------------------------------
# History: the change set each service call writes in its own transaction

AREA_IDS = "area_ids"
"""An agreement's links to areas, recorded as one of its fields (a sorted list of area ids)."""
Diff = dict[str, list[Any]]
"""{field: [old, new]}: what a change did to one record."""
OriginLike = Origin | Source | str | None


@functools.cache
def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no name for this uid (a container)
        return "unknown"


@functools.cache
def record_columns(kind: Kind) -> tuple[str, ...]:
    """A kind's fields as a change records them: every column but id and uuid (the change
    holds those), with an agreement's area links last."""
    names = tuple(column.name for column in TABLES[kind].__table__.columns  # type: ignore[attr-defined]
                  if column.name not in ("id", "uuid"))
    return names + ((AREA_IDS,) if kind == Kind.AGREEMENT else ())


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.date):  # and datetime
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return sorted(value)
    raise TypeError(type(value).__name__)


def encode_fields(diff: Diff) -> str:
    """A change's fields as stored: JSON, dates as ISO 8601 text."""
    return json.dumps(diff, ensure_ascii=False, default=_json_value, separators=(",", ":"))


class ChangeLog:
    """The change set one service call writes: its changes are gathered as the call goes
    and inserted (one statement for the set, one executemany for its changes) just before
    the commit, so the change and its history commit or roll back together."""

    def __init__(self, origin: Origin, label: str) -> None:
        self.origin = origin
        self.label = origin.label or label
        self.at = now()
        self.rows: list[dict[str, Any]] = []

    def record(self, kind: Kind, uuid: str, record_id: int, operation: str, diff: Diff) -> None:
        self.rows.append({"kind": str(kind), "record_uuid": uuid, "record_id": record_id,
                          "operation": operation, "fields": encode_fields(diff)})

    def added(self, kind: Kind, uuid: str, record_id: int, values: Mapping[str, Any]) -> None:
        self.record(kind, uuid, record_id, "add",
                    {name: [None, values.get(name)] for name in record_columns(kind)
                     + ((DOCUMENTS,) if DOCUMENTS in values else ())})

    def deleted(self, kind: Kind, uuid: str, record_id: int, values: Mapping[str, Any]) -> None:
        self.record(kind, uuid, record_id, "delete",
                    {name: [values.get(name), None] for name in record_columns(kind)
                     + ((DOCUMENTS,) if DOCUMENTS in values else ())})

    def updated(self, kind: Kind, uuid: str, record_id: int, before: Mapping[str, Any],
                after: Mapping[str, Any]) -> None:
        diff = {name: [before.get(name), value] for name, value in after.items()
                if before.get(name) != value}
        if diff:
            self.record(kind, uuid, record_id, "update", diff)

    def write(self, db: Session, heard: bool = True) -> int:
        """Insert the change set and its changes; the change set's id. Core statements on
        the session's connection (not the ORM's bulk path, which costs milliseconds a
        save), built once. `heard` False: other windows are not told of it (a restore
        tells them of the whole catalogue instead)."""
        connection = db.connection()
        set_id = int(connection.execute(_INSERT_SET, {
            "uuid": new_uuid(), "at": self.at,
            "officer": self.origin.officer or _os_user(),
            "source": self.origin.source.value,
            "label": naming.stored_label(self.label)}).scalar_one())
        for row in self.rows:
            row["change_set_id"] = set_id
        if self.rows:
            connection.execute(_INSERT_CHANGE, self.rows)
        if heard:
            announce(connection, set_id)  # other windows hear of it when it commits (a server)
        return set_id


_SET_TABLE = ChangeSet.__table__  # type: ignore[attr-defined]
_INSERT_SET = _SET_TABLE.insert().returning(_SET_TABLE.c.id)
_INSERT_CHANGE = Change.__table__.insert()  # type: ignore[attr-defined]


def _values(kind: Kind, row: Any, db: Session | None = None) -> dict[str, Any]:
    """A record's fields as a change records them (an agreement's area links read from
    `db`)."""
    values = {name: getattr(row, name) for name in record_columns(kind) if name != AREA_IDS}
    if kind == Kind.AGREEMENT and db is not None:
        values[AREA_IDS] = sorted(_area_ids_of(db, _id(row)))
    return values


def _named(db: Session, kind: Kind, row: Any) -> dict[str, Any]:
    """What naming needs to name a record (a measure's ref carries its area's position)."""
    values = row.model_dump()
    if kind == Kind.MEASURE:
        area = db.get(Area, row.area_id)
        values["area_position"] = area.position if area is not None else "?"
    return values


def _shifted(db: Session, kind: Kind, row: Any, from_position: int, by: int,
             log: ChangeLog) -> None:
    """Shift the siblings at `from_position` and after by `by`, recording each one moved."""
    table = TABLES[kind]
    column, value = _scope(kind, row)
    moved = db.execute(select(table.id, table.uuid, table.position).where(  # type: ignore[attr-defined]
        column == value, table.position >= from_position,  # type: ignore[attr-defined]
        table.id != (getattr(row, "id", None) or 0))).all()  # type: ignore[attr-defined]
    for record_id, uuid, position in moved:
        log.record(kind, uuid, record_id, "update",  # type: ignore[arg-type]
                   {"position": [position, position + by]})  # type: ignore[operator]
    if moved:
        _shift(db, kind, row, from_position, by)


# ---------------------------------------------------------------------------------------------
# Import


@database_refusals
def import_release(
    engine: Engine,
    release: Release,
    *,
    date: datetime.date | None = None,
    curation: Curation | None = None,
    replace: bool = False,
    progress: Progress | None = None,
    origin: OriginLike = None,
) -> ImportResult:
    """Add a plenary from a parsed press release; with `replace`, swap its records atomically.

    `progress(done, total)` hears after each kind of record is written; answering False
    raises Cancelled, and the transaction is rolled back: the database is as it was. The
    whole import (a replace too: what it removed and what it added) is one change set."""
    curation = curation or Curation()
    plenary_date = release.resolve_date(date or curation.date)
    with Session(engine) as db:
        conference = _conference_named(db, release.conference)
        sides = (conference.side_a, conference.side_b) if conference else (
            _sides_for(release.conference))
    check_release(release, plenary_date, curation, sides)
    with Session(engine) as db:
        try:
            log = ChangeLog(origin_of(origin, Source.IMPORT),
                            naming.import_text(release.title, False))
            conference_id = _find_or_add_conference(db, release.conference, sides, log)
            existing = db.exec(select(PlenarySession).where(
                PlenarySession.conference_id == conference_id,
                PlenarySession.ordinal == release.ordinal)).first()
            if existing is not None and not replace:
                raise AlreadyCatalogued(translate("Services",
                    "the {title} is already catalogued (use --replace to replace it)"
                ).format(title=existing.title))
            log.label = naming.import_text(release.title, existing is not None)
            carried: list[tuple[Kind, Any, dict[str, Any]]] = []
            if existing is not None:
                _hold_owners(db, Kind.SESSION, _id(existing))
                carried = _documents_in(db, _id(existing))
                _log_whole_plenary(db, _id(existing), log)
                db.delete(existing)
                db.flush()
            session_id = _store_release(db, release, plenary_date, curation, progress, log,
                                        conference_id)
            _carry_documents(db, session_id, carried)
            log.write(db)
            db.commit()
        except Cancelled:
            db.rollback()
            raise
        except IntegrityError as error:
            db.rollback()
            raise ServiceError(translate(
                "Services", "the release could not be stored: {error}").format(
                    error=str(error.orig).splitlines()[0])) from None
    return ImportResult(session_id, release.record_counts(), replaced=existing is not None)


MAX_PROBLEMS_SAID = 3


def _sides_for(name: str) -> tuple[str, str]:
    """The two sides of a conference not yet catalogued, read from its name; ServiceError
    when the name does not say them."""
    sides = conference_sides(name)
    if sides is None:
        raise ServiceError(translate(
            "Services", "the two governments of the {name} cannot be told from its name: "
            "give them (catalogue new-plenary --sides A B)").format(name=name))
    return sides


def _conference_named(db: Session, name: str) -> Conference | None:
    return db.exec(select(Conference).where(Conference.name == name)).first()


def _find_or_add_conference(db: Session, name: str, sides: tuple[str, str],
                            log: ChangeLog) -> int:
    """The id of the conference of this name, made (with `sides`) when it is new (an add
    in `log`, so replaying the history makes it before its plenaries)."""
    found = _conference_named(db, name)
    if found is not None:
        return _id(found)
    row = Conference(name=name, side_a=sides[0], side_b=sides[1], name_zh="", notes="")
    db.add(row)
    db.flush()
    log.added(Kind.CONFERENCE, row.uuid, _id(row), _row_values(row))
    return _id(row)


def side_choices(sides: tuple[str, str]) -> tuple[str, ...]:
    """The sides an official of a plenary may be on: its conference's two governments, and
    the central authorities (who attend some plenaries)."""
    return tuple(dict.fromkeys((*sides, Side.CENTRAL.value)))


def check_release(release: Release, plenary_date: datetime.date, curation: Curation,
                  sides: tuple[str, str] | None = None) -> None:
    """The editor's rules, applied to every record a release would add: an import is one
    more way in, and no way in may store what the window would refuse (an annex 0, a
    10 MB measure, an official on a side the conference does not have). ServiceError
    names the records refused."""
    problems: list[str] = []
    choices = side_choices(sides or _sides_for(release.conference))

    def check(kind: Kind, values: dict[str, Any], ref: dict[str, Any] | None = None) -> None:
        for name, value in values.items():
            try:
                _clean_value(FIELDS[kind][name], value)
            except ValueError as error:
                problems.append(f"{naming.describe(kind, ref or values)}: {error}")

    check(Kind.SESSION, {"ordinal": release.ordinal, "title": release.title,
                         "date": plenary_date, "place": release.place})
    for area_position, area in enumerate(release.areas, 1):
        check(Kind.AREA, {"name": area.name})
        for position, text in enumerate(area.measures, 1):
            check(Kind.MEASURE, {"text": text},
                  {"ref": naming.measure_ref(area_position, position)})
    for person in release.officials:
        check(Kind.OFFICIAL, {"honorific": person.honorific, "name": person.name,
                              "post": person.post, "role": person.role})
        if person.side not in choices:
            problems.append(f"{naming.describe(Kind.OFFICIAL, vars(person))}: "
                            + _side_message(choices))
    for agreement in release.agreements:
        check(Kind.AGREEMENT, {"numeral": agreement.numeral, "title": agreement.title,
                               "kind": agreement.kind, "parties": "; ".join(
                                   curation.parties.get(agreement.numeral, []))},
              {"numeral": agreement.numeral})
    for annex in release.annexes:
        check(Kind.ANNEX, {"number": annex.number, "title": annex.title,
                           "language": annex.language}, {"number": annex.number})
    if problems:
        said = "; ".join(problems[:MAX_PROBLEMS_SAID])
        more = len(problems) - MAX_PROBLEMS_SAID
        raise ServiceError(translate("Services", "the release cannot be stored: {problems}"
                                     ).format(problems=said) + (translate(
                                         "Services", " (and {count} more)").format(count=more)
                                                                 if more > 0 else ""))


def _defaults(kind: Kind) -> dict[str, Any]:
    """The values a record's fields take when a bulk insert leaves them out (a Chinese
    field's ""), so the change set logs what is stored, not None."""
    return {name: field.default for name, field in TABLES[kind].model_fields.items()
            if name != "id" and field.default is not None
            and field.default is not PydanticUndefined}
def _side_message(choices: tuple[str, ...]) -> str:
    return translate("Services", "{label} must be one of: {choices}").format(
        label=FIELDS[Kind.OFFICIAL]["side"].title, choices=", ".join(choices))


UNPLACED_HEADING = "Not placed in any record when the press release was imported:"
"""Record text (the plenary's notes), so in the language of the release, not the window."""


def unplaced_notes(release: Release) -> str:
    """What an import allowed to leave paragraphs unplaced keeps of them: the plenary's
    notes, each paragraph with where it was in the release, so nothing of it is lost."""
    if not release.unplaced:
        return ""
    return "\n\n".join([UNPLACED_HEADING, *(
        f"[paragraph {paragraph.number}, line {paragraph.line}] {paragraph.text}"
        for paragraph in release.unplaced)])


def _store_release(
    db: Session, release: Release, plenary_date: datetime.date, curation: Curation,
    progress: Progress | None, log: ChangeLog, conference_id: int | None = None,
) -> int:
    """Insert a plenary's records in bulk (a few statements per table, not one per row), so
    a 100,000-record catalogue imports in seconds; each record's add goes into `log`."""
    stamp = {"notes": "", "updated_at": log.at}
    counts = release.record_counts()
    total = sum(counts.values())
    report(progress, 0, total)

    def store(kind: Kind, given: list[dict[str, Any]]) -> list[int]:
        defaults = _defaults(kind)
        rows = [{**defaults, **row, "uuid": new_uuid()} for row in given]
        ids = _insert(db, TABLES[kind], rows)
        for row, record_id in zip(rows, ids, strict=True):
            log.added(kind, row["uuid"], record_id, row)
        return ids

    if conference_id is None:
        conference_id = _find_or_add_conference(db, release.conference,
                                                _sides_for(release.conference), log)
    sid = store(Kind.SESSION, [{
        "conference_id": conference_id, "ordinal": release.ordinal, "title": release.title,
        "date": plenary_date, "place": release.place, **stamp,
        "notes": unplaced_notes(release)}])[0]
    area_ids = dict(zip(
        (area.name for area in release.areas),
        store(Kind.AREA, [{"session_id": sid, "position": position, "name": area.name, **stamp}
                          for position, area in enumerate(release.areas, 1)]),
        strict=True))
    store(Kind.MEASURE, [
        {"area_id": area_ids[area.name], "position": number, "text": text, **stamp}
        for area in release.areas for number, text in enumerate(area.measures, 1)])
    done = counts[Kind.SESSION] + counts[Kind.AREA] + counts[Kind.MEASURE]
    report(progress, done, total)
    store(Kind.OFFICIAL, [
        {"session_id": sid, "position": position, "honorific": person.honorific,
         "name": person.name, "post": person.post, "side": person.side, "role": person.role,
         **stamp} for position, person in enumerate(release.officials, 1)])
    done += counts[Kind.OFFICIAL]
    report(progress, done, total)
    annex_ids = dict(zip(
        (annex.number for annex in release.annexes),
        store(Kind.ANNEX, [{"session_id": sid, "number": annex.number, "title": annex.title,
                            "language": annex.language, **stamp}
                           for annex in release.annexes]),
        strict=True))
    links = {agreement.numeral: sorted({area_ids[name] for name in curation.agreement_areas.get(
        agreement.numeral, []) if name in area_ids}) for agreement in release.agreements}
    agreement_rows = [
        {"session_id": sid, "position": position, "numeral": agreement.numeral,
         "title": agreement.title, "kind": agreement.kind,
         "parties": "; ".join(curation.parties.get(agreement.numeral, [])),
         "annex_id": annex_ids.get(agreement.annex) if agreement.annex else None, **stamp}
        for position, agreement in enumerate(release.agreements, 1)]
    defaults = _defaults(Kind.AGREEMENT)
    agreement_rows = [{**defaults, **row} for row in agreement_rows]
    for row, agreement in zip(agreement_rows, release.agreements, strict=True):
        row[AREA_IDS] = links[agreement.numeral]
        row["uuid"] = new_uuid()
    agreement_ids = _insert(db, Agreement, [
        {name: value for name, value in row.items() if name != AREA_IDS}
        for row in agreement_rows])
    for row, record_id in zip(agreement_rows, agreement_ids, strict=True):
        log.added(Kind.AGREEMENT, str(row["uuid"]), record_id, row)
    _insert(db, AgreementArea, [
        {"agreement_id": agreement_id, "area_id": area_id}
        for agreement, agreement_id in zip(release.agreements, agreement_ids, strict=True)
        for area_id in links[agreement.numeral]], returning=False)
    report(progress, total, total)
    return sid


def _log_whole_plenary(db: Session, session_id: int, log: ChangeLog,
                       with_documents: bool = False) -> None:
    """Record the delete of a plenary and every record in it (a replace removes them), the
    plenary first: replaying its delete takes the rest with it. `with_documents`: the
    annexes' and agreements' documents go too, so their bytes are kept (a replace carries
    them over instead)."""
    def rows(kind: Kind, where: Any) -> list[Any]:
        table = TABLES[kind].__table__  # type: ignore[attr-defined]
        return list(db.execute(table.select().where(where)).mappings())

    links: dict[int, list[int]] = {}
    for agreement_id, area_id in db.execute(select(
            AgreementArea.agreement_id, AgreementArea.area_id).join(
            Agreement, col(Agreement.id) == AgreementArea.agreement_id).where(
            Agreement.session_id == session_id).order_by(col(AgreementArea.area_id))).all():
        links.setdefault(agreement_id, []).append(area_id)  # type: ignore[arg-type]
    for kind in KINDS:
        if kind == Kind.CONFERENCE:
            continue  # the conference stays
        if kind == Kind.SESSION:
            where = PlenarySession.__table__.c.id == session_id  # type: ignore[attr-defined]
        elif _in_area(kind):
            where = Measure.__table__.c.area_id.in_(  # type: ignore[attr-defined]
                select(Area.id).where(Area.session_id == session_id))
        else:
            where = TABLES[kind].__table__.c.session_id == session_id  # type: ignore[attr-defined]
        for row in rows(kind, where):
            values = dict(row)
            if kind == Kind.AGREEMENT:
                values[AREA_IDS] = links.get(row["id"], [])
            if with_documents and kind in OWNER_KINDS:
                where = _owner_column(kind) == row["id"]
                keep_bytes(db, where)
                held = [described(document) for document in _document_rows(db, where)]
                if held:
                    values[DOCUMENTS] = held
            log.deleted(kind, row["uuid"], row["id"], values)


def _insert(db: Session, table: type[SQLModel], rows: list[dict[str, Any]],
            returning: bool = True) -> list[int]:
    """Insert many rows in one statement; the new ids in the order of `rows`."""
    if not rows:
        return []
    if not returning:
        db.execute(insert(table), rows)
        return []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return [int(row[0]) for row in db.execute(statement, rows)]


def _id(row: SQLModel) -> int:
    value = row.id  # type: ignore[attr-defined]
    assert value is not None, "flushed rows have ids"
    return int(value)


# ---------------------------------------------------------------------------------------------
# Validation


@database_refusals
def clean_fields(
    engine: Engine, kind: Kind, record_id: int | None, parent_id: int | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """Validated, normalised values, or `ValidationError` naming every bad field.

    `record_id` is None for a new record, whose `parent_id` (session, or area for a measure)
    scopes the uniqueness checks.
    """
    with Session(engine) as db:
        return _clean(db, kind, record_id, parent_id, fields)


def _clean(
    db: Session, kind: Kind, record_id: int | None, parent_id: int | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    specs = FIELDS.get(kind)
    if specs is None:
        raise ServiceError(translate("Services", "unknown record type {kind!r}").format(kind=kind))
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        spec = specs.get(name)
        if spec is None:
            errors[name] = translate("Services", "{kind} has no field {name!r}").format(
                kind=kind, name=name)
            continue
        try:
            cleaned[name] = _clean_value(spec, value)
        except ValueError as error:
            errors[name] = str(error)
    if record_id is None:
        for name, spec in specs.items():
            if spec.required and name not in fields and name not in errors:
                errors[name] = translate("Services", "{label} is required").format(label=spec.title)
    if not errors and kind == Kind.CONFERENCE:
        errors.update(_conference_conflicts(db, record_id, cleaned))
    elif not errors and kind == Kind.SESSION:
        errors.update(_plenary_conflicts(db, record_id, parent_id, cleaned))
    elif not errors:
        session_id = _session_of(db, kind, record_id, parent_id)
        errors.update(_conflicts(db, kind, record_id, session_id, cleaned))
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_value(spec: FieldSpec, value: Any) -> Any:
    label = spec.title
    if spec.kind is tuple:
        return tuple(sorted({int(item) for item in value or ()}))
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise ValueError(translate("Services", "{label} is required").format(label=label))
        return None if spec.kind is not str else ""
    if spec.kind is int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValueError(translate("Services", "{label} must be a whole number").format(
                label=label)) from None
        if number < 1 or number > 1_000_000:
            raise ValueError(translate("Services", "{label} must be between 1 and 1000000").format(
                label=label))
        return number
    if spec.kind is datetime.date:
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(
                translate("Services", "{label} must be a date like 2024-04-26").format(
                    label=label)) from None
    text = spec.normalise(str(value))
    if len(text) > spec.max_length:
        raise ValueError(translate(
            "Services", "{label} is too long (%n character(s); at most {most})", None,
            len(text)).format(label=label, most=spec.max_length))
    if spec.choices and text not in spec.choices:
        raise ValueError(translate("Services", "{label} must be one of: {choices}").format(
            label=label, choices=", ".join(spec.choices)))
    return spec.validate(text) if spec.validate is not None else text


def _conflicts(
    db: Session, kind: Kind, record_id: int | None, session_id: int, values: Mapping[str, Any]
) -> dict[str, str]:
    """Uniqueness the domain states: one numeral, annex number and area name per plenary."""
    errors: dict[str, str] = {}
    unique = {Kind.AREA: ("name", Area.name), Kind.AGREEMENT: ("numeral", Agreement.numeral),
              Kind.ANNEX: ("number", Annex.number)}
    if kind in unique:
        name, column = unique[kind]
        table = TABLES[kind]
        if name in values:
            clash = db.exec(select(table.id).where(  # type: ignore[attr-defined]
                table.session_id == session_id, column == values[name],  # type: ignore[attr-defined]
                table.id != (record_id or 0))).first()  # type: ignore[attr-defined]
            if clash is not None:
                errors[name] = translate(
                    "Services", "{label} {value} is already used in this plenary").format(
                        label=FIELDS[kind][name].title, value=repr(values[name])
                        if isinstance(values[name], str) else values[name])
    if kind == Kind.OFFICIAL and "side" in values:
        choices = side_choices(sides_of(db, session_id))
        if values["side"] not in choices:
            errors["side"] = _side_message(choices)
    if kind == Kind.AGREEMENT:
        errors.update(_agreement_link_errors(db, record_id, session_id, values))
    return errors


def sides_of(db: Session, session_id: int) -> tuple[str, str]:
    """The two governments of a plenary's conference."""
    conference = fetch(db, Kind.CONFERENCE, fetch(db, Kind.SESSION, session_id).conference_id)
    return conference.side_a, conference.side_b


def _plenary_conflicts(db: Session, record_id: int | None, conference_id: int | None,
                       values: Mapping[str, Any]) -> dict[str, str]:
    """One plenary per ordinal of a conference. A new plenary's parent is its conference."""
    if record_id is not None:
        conference_id = fetch(db, Kind.SESSION, record_id).conference_id
    elif conference_id is None:
        raise ServiceError(translate("Services", "a new {kind} needs a parent").format(
            kind=Kind.SESSION))
    conference = fetch(db, Kind.CONFERENCE, conference_id)
    if "ordinal" not in values:
        return {}
    clash = db.exec(select(PlenarySession.title).where(
        PlenarySession.conference_id == conference_id,
        PlenarySession.ordinal == values["ordinal"],
        PlenarySession.id != (record_id or 0))).first()
    if clash is None:
        return {}
    return {"ordinal": translate(
        "Services", "the {conference} already has plenary {ordinal}: {title}").format(
            conference=conference.name, ordinal=values["ordinal"], title=clash)}


def _conference_conflicts(db: Session, record_id: int | None, values: Mapping[str, Any]
                          ) -> dict[str, str]:
    """One conference per name, and two different sides."""
    errors: dict[str, str] = {}
    if "name" in values:
        clash = db.exec(select(Conference.id).where(
            Conference.name == values["name"], Conference.id != (record_id or 0))).first()
        if clash is not None:
            errors["name"] = translate("Services", "a conference named {name} is already "
                                       "catalogued").format(name=repr(values["name"]))
    if "side_a" in values or "side_b" in values:
        row = fetch(db, Kind.CONFERENCE, record_id) if record_id is not None else None
        side_a = values.get("side_a", row.side_a if row else None)
        side_b = values.get("side_b", row.side_b if row else None)
        if side_a is not None and side_a == side_b:
            errors["side_b"] = translate("Services", "the two sides must be different "
                                         "governments")
        if row is not None and not errors:
            errors.update(_sides_in_use(db, record_id or 0, {side_a, side_b}))
    return errors


def _sides_in_use(db: Session, conference_id: int, kept: set[Any]) -> dict[str, str]:
    """A side that officials are on cannot be renamed away from under them."""
    allowed = set(side_choices(tuple(kept)))
    used = db.exec(select(Official.side).join(
        PlenarySession, col(PlenarySession.id) == col(Official.session_id)).where(
            PlenarySession.conference_id == conference_id).distinct()).all()
    lost = sorted(set(used) - allowed)
    if not lost:
        return {}
    return {"side_a": translate("Services", "officials of its plenaries are on the side "
                                "{sides}: change them first").format(sides=", ".join(lost))}


def _agreement_link_errors(
    db: Session, record_id: int | None, session_id: int, values: Mapping[str, Any]
) -> dict[str, str]:
    errors: dict[str, str] = {}
    annex_id = values.get("annex_id")
    if annex_id is not None:
        annex = db.get(Annex, annex_id)
        if annex is None or annex.session_id != session_id:
            errors["annex_id"] = translate("Services", "that annex is not in this plenary")
        else:
            holder = db.exec(select(Agreement.numeral).where(
                Agreement.annex_id == annex_id, Agreement.id != (record_id or 0))).first()
            if holder is not None:
                errors["annex_id"] = translate(
                    "Services", "annex {number} already holds agreement ({numeral})"
                ).format(number=annex.number, numeral=holder)
    area_ids = values.get("area_ids") or ()
    if area_ids:
        found = db.exec(select(func.count()).select_from(Area).where(
            Area.id.in_(area_ids), Area.session_id == session_id)).one()  # type: ignore[union-attr]
        if found != len(area_ids):
            errors["area_ids"] = translate("Services", "an area chosen is not in this plenary")
    return errors


def _session_of(db: Session, kind: Kind, record_id: int | None, parent_id: int | None) -> int:
    if record_id is not None:
        row = fetch(db, kind, record_id)
        if kind == Kind.SESSION:
            return record_id
        if _in_area(kind):
            return int(fetch(db, Kind.AREA, row.area_id).session_id)
        return int(row.session_id)
    if parent_id is None:
        raise ServiceError(translate("Services", "a new {kind} needs a parent").format(kind=kind))
    if _in_area(kind):
        return int(fetch(db, Kind.AREA, parent_id).session_id)
    fetch(db, Kind.SESSION, parent_id)
    return parent_id


def _in_area(kind: Kind) -> bool:
    """A measure belongs to an area (area_id); every other record to a plenary."""
    return KINDS[kind].parent == Kind.AREA


def fetch(db: Session, kind: Kind, record_id: int) -> Any:
    row = db.get(TABLES[kind], record_id)
    if row is None:
        raise NotFound(translate("Services", "that {kind} no longer exists").format(kind=kind))
    return row


# ---------------------------------------------------------------------------------------------
# Positions and the lists a record belongs to


def _scope(kind: Kind, row: Any) -> tuple[Any, int]:
    """The column that groups a record's siblings, and its value for `row`."""
    if _in_area(kind):
        return Measure.area_id, row.area_id
    return TABLES[kind].session_id, row.session_id  # type: ignore[attr-defined]


def list_key(kind: Kind, row: Any) -> ListKey:
    """The key of the list a record is shown in."""
    if kind == Kind.CONFERENCE:
        return ROOT
    if kind == Kind.SESSION:
        return list_key_of(kind, row.conference_id)
    return list_key_of(kind, _scope(kind, row)[1])


def _lists_of(kind: Kind, row: Any) -> set[ListKey]:
    """The lists a record is shown in: a plenary is in its conference's, and at the top of
    the tree too while the catalogue has one conference (a new conference turns the top
    into the list of conferences)."""
    key = list_key(kind, row)
    return {key, ROOT} if kind == Kind.SESSION else {key}


PARENT_COLUMNS = {Kind.AREA: "area_id", Kind.SESSION: "session_id",
                  Kind.CONFERENCE: "conference_id"}
"""The column that holds a record's parent, by the parent's kind."""


def _shift(db: Session, kind: Kind, row: Any, from_position: int, by: int) -> None:
    table = TABLES[kind]
    column, value = _scope(kind, row)
    db.exec(update(table).where(
        column == value, table.position >= from_position  # type: ignore[attr-defined]
    ).values(position=table.position + by))  # type: ignore[attr-defined]


def _next_position(db: Session, kind: Kind, row: Any) -> int:
    table = TABLES[kind]
    column, value = _scope(kind, row)
    highest = db.exec(select(func.max(table.position)).where(column == value)).one()  # type: ignore[attr-defined]
    return int(highest or 0) + 1


def _area_ids_of(db: Session, agreement_id: int) -> set[int]:
    return set(db.exec(select(AgreementArea.area_id).where(
        AgreementArea.agreement_id == agreement_id)).all())


def _set_areas(db: Session, agreement_id: int, area_ids: Iterable[int]) -> None:
    db.exec(delete(AgreementArea).where(
        AgreementArea.agreement_id == agreement_id))  # type: ignore[arg-type]
    db.add_all(AgreementArea(agreement_id=agreement_id, area_id=area_id)
               for area_id in sorted(set(area_ids)))


def _agreement_lists(area_ids: Iterable[int]) -> frozenset[ListKey]:
    """The areas' lists, which show the agreements that serve them."""
    return frozenset(ListKey(ListKind.AREA, area_id) for area_id in area_ids)


# ---------------------------------------------------------------------------------------------
# Changes people make


@database_refusals
def update_record(engine: Engine, kind: Kind, record_id: int, fields: Mapping[str, Any],
                  origin: OriginLike = None, version: int | None = None) -> Changes:
    """Save edited fields of one record (only those given); its change set holds the fields
    that really changed, old and new.

    `version`: the record's version when the values were read (the editor's, an undo's);
    when someone has changed the record since, nothing is written and Conflict says who.
    None saves on whatever is current (the record's version still goes up by one)."""
    with Session(engine) as db:
        row = claim(db, kind, record_id, version, fields)
        # Held while the session lasts: the checks and the change's name find the record
        # and its area in the session (its identity map keeps only what is referenced).
        _area = db.get(Area, row.area_id) if _in_area(kind) else None
        values = _clean(db, kind, record_id, None, fields)
        log = ChangeLog(origin_of(origin, Source.WINDOW), "")
        if not log.label:
            log.label = naming.edit_text(kind, _named(db, kind, row))
        changes = _update(db, kind, row, values, log)
        log.write(db)
        _commit(db)
    return changes


def _update(db: Session, kind: Kind, row: Any, values: dict[str, Any], log: ChangeLog
            ) -> Changes:
    """Write `values` to `row`, which `claim` gave (its version already raised)."""
    record_id = _id(row)
    lists: set[ListKey] = set()
    updated: set[RecordKey] = {RecordKey(kind, record_id)}
    before = {name: getattr(row, name) for name in values if name != AREA_IDS}
    before["updated_at"] = row.updated_at
    before[VERSION] = row.version - 1
    area_ids = values.pop(AREA_IDS, None)
    if area_ids is not None:
        old_areas = _area_ids_of(db, record_id)
        if set(area_ids) != old_areas:
            lists |= _agreement_lists(old_areas ^ set(area_ids))
            _set_areas(db, record_id, area_ids)
            before[AREA_IDS] = sorted(old_areas)
    if kind == Kind.ANNEX and "number" in values and values["number"] != row.number:
        lists.add(list_key(kind, row))
    if kind == Kind.SESSION and {"ordinal", "date"} & set(values):
        lists |= _lists_of(kind, row)  # plenaries are listed newest first
    if kind == Kind.CONFERENCE:
        lists.add(ROOT)  # conferences are listed by name; plenaries at the top say theirs
    if kind == Kind.ANNEX:
        updated |= {RecordKey(Kind.AGREEMENT, holder) for holder in db.exec(
            select(Agreement.id).where(Agreement.annex_id == record_id)).all()
            if holder is not None}
    if kind == Kind.AGREEMENT and "annex_id" in values and values["annex_id"] != row.annex_id:
        updated |= {RecordKey(Kind.ANNEX, annex)
                    for annex in (row.annex_id, values["annex_id"]) if annex}
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_at = log.at
    db.add(row)
    after = {name: getattr(row, name) for name in before if name != AREA_IDS}
    if AREA_IDS in before:
        after[AREA_IDS] = sorted(set(area_ids or ()))
    log.updated(kind, row.uuid, record_id, before, after)
    return Changes(frozenset(updated), frozenset(lists))


# ---------------------------------------------------------------------------------------------
# Versions: no save overwrites a change it has not seen

VERSION = "version"
"""Every record's version (migration 0008), raised by one with each change to its fields."""
LATEST_LOOKED_AT = 20
"""How many of a record's latest changes are read to find the one that changed its fields.
Its place in a list (moves, siblings added or deleted) and links that follow another
record's delete (an agreement's annex or areas) do not change its version: a save is
refused by the usual checks if it names what is gone, and undo puts them back exactly."""


def claim(db: Session, kind: Kind, record_id: int, version: int | None,
          mine: Mapping[str, Any]) -> Any:
    """Raise the record's version by one, first thing in the transaction, if it is still
    `version` (any version when None), and return the row as it now is. One atomic
    statement, `UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`: on
    SQLite it takes the write lock before anything is read, on PostgreSQL it locks the
    row (and sees a concurrent commit), so no change can slip in between the check and
    the write. NotFound when the record is gone; Conflict (nothing written) when it has
    another version, with `mine`, what it holds now and who changed it last."""
    table = TABLES[kind]
    statement = update(table).where(table.id == record_id)  # type: ignore[attr-defined]
    if version is not None:
        statement = statement.where(table.version == version)  # type: ignore[attr-defined]
    result = db.connection().execute(
        statement.values(version=table.version + 1))  # type: ignore[attr-defined]
    if result.rowcount != 1:
        db.rollback()
        row = fetch(db, kind, record_id)
        raise Conflict(kind, record_id, mine, current_fields(db, kind, row), int(row.version),
                       changed_by(db, kind, row.uuid))
    return fetch(db, kind, record_id)


def current_fields(db: Session, kind: Kind, row: Any) -> dict[str, Any]:
    """The record's editable fields as it holds them (an agreement's areas as a tuple, as
    queries.record gives them to the editor)."""
    values = {name: getattr(row, name) for name in FIELDS[kind] if name != AREA_IDS}
    if AREA_IDS in FIELDS[kind]:
        values[AREA_IDS] = tuple(sorted(_area_ids_of(db, _id(row))))
    return values


def changed_by(db: Session, kind: Kind, uuid: str) -> ChangedBy | None:
    """Who made the latest change that raised the record's version (or added it), from
    its history; None when the history holds none (a catalogue from before it)."""
    found = db.exec(select(ChangeSet.officer, ChangeSet.at, ChangeSet.label,  # type: ignore[call-overload]
                           ChangeSet.source, Change.fields).join(
        Change, col(Change.change_set_id) == ChangeSet.id).where(
        Change.record_uuid == uuid, Change.kind == str(kind)).order_by(
        col(Change.change_set_id).desc()).limit(LATEST_LOOKED_AT)).all()
    for officer, at, label, source, fields in found:
        if VERSION in json.loads(fields):
            return ChangedBy(officer, at, naming.Label.read(label), source)
    return None


@database_refusals
def add_record(
    engine: Engine, kind: Kind, parent_id: int, fields: Mapping[str, Any],
    position: int | None = None, origin: OriginLike = None,
) -> tuple[int, Changes]:
    """Add a record under `parent_id` (the area for a measure, else the plenary)."""
    if kind not in EDITABLE:
        raise ServiceError(translate("Services", "a {kind} cannot be added here").format(kind=kind))
    with Session(engine) as db:
        values = _clean(db, kind, None, parent_id, fields)
        area_ids = values.pop(AREA_IDS, ())
        parent = {PARENT_COLUMNS[KINDS[kind].parent]: parent_id}  # type: ignore[index]
        log = ChangeLog(origin_of(origin, Source.WINDOW), naming.add_text(kind))
        row = TABLES[kind](**parent, **values)
        row.updated_at = log.at
        if kind in ORDERED:
            last = _next_position(db, kind, row)
            row.position = last if position is None else max(1, min(position, last))
            _shifted(db, kind, row, row.position, +1, log)  # type: ignore[attr-defined]
        db.add(row)
        db.flush()
        new_id = _id(row)
        if kind == Kind.AGREEMENT:
            _set_areas(db, new_id, area_ids)
        added = _values(kind, row)
        if kind == Kind.AGREEMENT:
            added[AREA_IDS] = sorted(set(area_ids))
        log.added(kind, row.uuid, new_id, added)  # type: ignore[attr-defined]
        log.rows.insert(0, log.rows.pop())  # the record first, then the siblings it shifted
        changes = Changes(frozenset({RecordKey(kind, new_id)}),
                          frozenset(_lists_of(kind, row)) | _agreement_lists(area_ids))
        log.write(db)
        _commit(db)
    return new_id, changes


@database_refusals
def delete_record(engine: Engine, kind: Kind, record_id: int, origin: OriginLike = None,
                  version: int | None = None) -> tuple[Snapshot, Changes]:
    """Delete a record and what belongs to it; the snapshot lets undo put all of it back
    (a plenary's: every record of it; a conference only once it has no plenaries). Its
    change set records the record, its children, the links and positions it took.

    `version`: the record's version as last seen (the window's, an undo of its add);
    when someone else has changed it since, nothing is deleted and Conflict says who."""
    if kind not in EDITABLE and kind != Kind.CONFERENCE:
        raise ServiceError(translate("Services", "a {kind} cannot be deleted here").format(
            kind=kind))
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        if version is not None:  # checked and locked; undo puts back the version it had
            row = claim(db, kind, record_id, version, {})
            row.version = version
        if kind == Kind.CONFERENCE and db.exec(select(PlenarySession.id).where(
                PlenarySession.conference_id == record_id)).first() is not None:
            raise ServiceError(translate(
                "Services", "the {name} still has plenaries: delete them first").format(
                    name=row.name))
        _hold_owners(db, kind, record_id)
        snapshot = _snapshot(db, kind, row)
        log = ChangeLog(origin_of(origin, Source.WINDOW),
                        naming.delete_text(kind, _named(db, kind, row)))
        _log_snapshot(db, snapshot, log, deleting=True)
        updated: set[RecordKey] = set()
        lists: set[ListKey] = _lists_of(kind, row)
        if kind == Kind.AREA:
            updated |= _agreements(agreement_id for agreement_id, _ in snapshot.links)
        if kind == Kind.AGREEMENT:
            lists |= _agreement_lists(area_id for _, area_id in snapshot.links)
            if row.annex_id:
                updated.add(RecordKey(Kind.ANNEX, row.annex_id))
        if kind == Kind.ANNEX:
            updated |= _agreements(snapshot.holders)
        db.delete(row)
        db.flush()
        if kind in ORDERED:
            _shifted(db, kind, row, row.position + 1, -1, log)
        log.write(db)
        _commit(db)
    return snapshot, Changes(frozenset(updated), frozenset(lists))


def _log_snapshot(db: Session, snapshot: Snapshot, log: ChangeLog, deleting: bool) -> None:
    """Record what deleting (or restoring) `snapshot` does: the record first, then its
    measures, then the agreements whose links or annex it takes with it (or gives back)."""
    kind, row = snapshot.kind, snapshot.row
    if kind == Kind.SESSION:
        _log_plenary(db, snapshot, log, deleting)
        return
    own = dict(row)
    if kind == Kind.AGREEMENT:
        own[AREA_IDS] = sorted(area_id for _, area_id in snapshot.links)
    if snapshot.documents:  # a delete keeps their bytes (by SHA-256, in the store):
        own[DOCUMENTS] = [described(document)  # Recently Deleted gives them back
                          for document in snapshot.documents]
    entry = log.deleted if deleting else log.added
    entry(kind, row["uuid"], int(row["id"]), own)
    for child in snapshot.children:
        entry(Kind.MEASURE, child["uuid"], int(child["id"]), child)
    if kind == Kind.AREA and snapshot.links:
        area_id = int(row["id"])
        for agreement in db.exec(select(Agreement).where(col(Agreement.id).in_(
                {agreement_id for agreement_id, _ in snapshot.links}))).all():
            areas = _area_ids_of(db, _id(agreement))
            without, with_ = sorted(areas - {area_id}), sorted(areas | {area_id})
            log.record(Kind.AGREEMENT, agreement.uuid, _id(agreement), "update",
                       {AREA_IDS: [with_, without] if deleting else [without, with_]})
    if kind == Kind.ANNEX and snapshot.holders:
        for agreement in db.exec(select(Agreement).where(
                col(Agreement.id).in_(snapshot.holders))).all():
            log.record(Kind.AGREEMENT, agreement.uuid, _id(agreement), "update",
                       {"annex_id": [row["id"], None] if deleting else [None, row["id"]]})


def _log_plenary(db: Session, snapshot: Snapshot, log: ChangeLog, deleting: bool) -> None:
    """A whole plenary deleted (every record in it, before they go) or put back."""
    session_id = int(snapshot.row["id"])
    if deleting:
        _log_whole_plenary(db, session_id, log, with_documents=True)
        return
    log.added(Kind.SESSION, snapshot.row["uuid"], session_id, snapshot.row)
    links: dict[int, list[int]] = {}
    for agreement_id, area_id in snapshot.links:
        links.setdefault(agreement_id, []).append(area_id)
    for kind, rows in snapshot.rows:
        for values in rows:
            own = dict(values)
            if kind == Kind.AGREEMENT:
                own[AREA_IDS] = sorted(links.get(int(values["id"]), []))
            log.added(kind, values["uuid"], int(values["id"]), own)


def _row_values(row: SQLModel) -> dict[str, Any]:
    return row.model_dump()


def _agreements(ids: Iterable[int]) -> set[RecordKey]:
    return {RecordKey(Kind.AGREEMENT, agreement_id) for agreement_id in ids}


def _snapshot(db: Session, kind: Kind, row: Any) -> Snapshot:
    children: tuple[dict[str, Any], ...] = ()
    links: list[tuple[int, int]] = []
    holders: tuple[int, ...] = ()
    if kind == Kind.AREA:
        children = tuple(_row_values(measure) for measure in db.exec(
            select(Measure).where(Measure.area_id == row.id)).all())
        links = [(link.agreement_id, link.area_id) for link in db.exec(
            select(AgreementArea).where(AgreementArea.area_id == row.id)).all()]
    if kind == Kind.AGREEMENT:
        links = [(row.id, area_id) for area_id in sorted(_area_ids_of(db, row.id))]
    if kind == Kind.ANNEX:
        holders = tuple(holder for holder in db.exec(
            select(Agreement.id).where(Agreement.annex_id == row.id)).all()
            if holder is not None)
    documents: tuple[dict[str, Any], ...] = ()
    if kind in OWNER_KINDS:
        where = _owner_column(kind) == row.id
        keep_bytes(db, where)
        documents = tuple(_document_rows(db, where))
    if kind == Kind.SESSION:
        where = col(Document.annex_id).in_(select(Annex.id).where(
            Annex.session_id == row.id)) | col(Document.agreement_id).in_(
            select(Agreement.id).where(Agreement.session_id == row.id))
        # their bytes are kept as the delete is logged (_log_whole_plenary), owner by owner
        return dataclasses.replace(_plenary_snapshot(db, row),
                                   documents=tuple(_document_rows(db, where)))
    return Snapshot(kind, _row_values(row), children, tuple(links), holders, documents)


def _plenary_snapshot(db: Session, row: PlenarySession) -> Snapshot:
    """A plenary with every record of it, in the order they can be inserted again (annexes
    before the agreements that point to them), and its agreements' links to areas."""
    sid = _id(row)
    areas = select(Area.id).where(Area.session_id == sid)
    agreements = select(Agreement.id).where(Agreement.session_id == sid)

    def dumped(table: Any, *condition: Any) -> tuple[dict[str, Any], ...]:
        return tuple(_row_values(found) for found in db.exec(
            select(table).where(*condition).order_by(table.id)).all())

    rows = ((Kind.AREA, dumped(Area, Area.session_id == sid)),
            (Kind.MEASURE, dumped(Measure, col(Measure.area_id).in_(areas))),
            (Kind.OFFICIAL, dumped(Official, Official.session_id == sid)),
            (Kind.ANNEX, dumped(Annex, Annex.session_id == sid)),
            (Kind.AGREEMENT, dumped(Agreement, Agreement.session_id == sid)))
    links = tuple((link.agreement_id, link.area_id) for link in db.exec(
        select(AgreementArea).where(col(AgreementArea.agreement_id).in_(agreements))
        .order_by(col(AgreementArea.agreement_id), col(AgreementArea.area_id))).all())
    return Snapshot(Kind.SESSION, _row_values(row), links=links, rows=rows)


@database_refusals
def restore_record(engine: Engine, snapshot: Snapshot, origin: OriginLike = None) -> Changes:
    """Put back exactly what `delete_record` removed: same ids, positions, children, links
    (and uuids: its history goes on)."""
    with Session(engine) as db:
        log = ChangeLog(origin_of(origin, Source.WINDOW), "")
        changes = _restore(db, snapshot, log)
        log.write(db)
        _commit(db)
    return changes


def _restore(db: Session, snapshot: Snapshot, log: ChangeLog) -> Changes:
    kind = snapshot.kind
    table = TABLES[kind]
    row = table(**snapshot.row)
    if not log.label:
        named = dict(snapshot.row)
        if kind == Kind.MEASURE:
            area = db.get(Area, snapshot.row["area_id"])
            named["area_position"] = area.position if area is not None else "?"
        log.label = naming.restore_text(kind, named)
    if kind in ORDERED:
        _shifted(db, kind, row, row.position, +1, log)  # type: ignore[attr-defined]
    db.add(row)
    db.flush()
    for child_kind, rows in snapshot.rows:  # a plenary's records, then their links
        _insert(db, TABLES[child_kind], [dict(values) for values in rows], returning=False)
    db.add_all(Measure(**child) for child in snapshot.children)
    db.add_all(AgreementArea(agreement_id=agreement_id, area_id=area_id)
               for agreement_id, area_id in snapshot.links)
    put_documents(db, snapshot.documents)
    db.flush()
    # explicit ids were written: a server's id sequences move past them (nothing on SQLite)
    sync_identities(db.connection(), {KINDS[kind].table, Measure.__tablename__,
                                      Document.__tablename__,
                                      *(str(TABLES[child].__table__.name)  # type: ignore[attr-defined]
                                        for child, _rows in snapshot.rows)})
    shifts = log.rows
    log.rows = []
    _log_snapshot(db, snapshot, log, deleting=False)
    log.rows.extend(shifts)
    for holder in snapshot.holders:
        db.exec(update(Agreement).where(
            col(Agreement.id) == holder).values(annex_id=row.id))  # type: ignore[attr-defined]
    updated: set[RecordKey] = {RecordKey(kind, int(snapshot.row["id"]))}
    lists: set[ListKey] = _lists_of(kind, row)
    if kind == Kind.AREA:
        updated |= _agreements(agreement_id for agreement_id, _ in snapshot.links)
    if kind == Kind.AGREEMENT:
        lists |= _agreement_lists(area_id for _, area_id in snapshot.links)
        if row.annex_id:  # type: ignore[attr-defined]
            updated.add(RecordKey(Kind.ANNEX, row.annex_id))  # type: ignore[attr-defined]
    updated |= _agreements(snapshot.holders)
    return Changes(frozenset(updated), frozenset(lists))


@dataclass(frozen=True)
class NewPlenary:
    """What `add_plenary` made: the plenary, its conference, and whether the conference
    was made too (so undo can take it away again)."""

    session_id: int
    conference_id: int
    conference_added: bool
    changes: Changes
    title: str


@database_refusals
def add_plenary(
    engine: Engine, conference: str, fields: Mapping[str, Any],
    sides: tuple[str, str] | None = None, origin: OriginLike = None,
) -> NewPlenary:
    """Start an empty plenary of `conference` (found by name, or made with `sides`, which
    a new conference needs unless its name says them) with `fields` (ordinal, date,
    place; title defaults to "Seventh Plenary Session of the ..."). A second plenary with
    the same ordinal is refused (ValidationError), as is a conference named but not known
    whose sides cannot be told."""
    name = one_line(conference)
    with Session(engine) as db:
        log = ChangeLog(origin_of(origin, Source.WINDOW), naming.new_plenary_text())
        found = _conference_named(db, name)
        added = found is None
        if found is None:
            if sides is None:
                sides = _sides_for(name)
            values = _clean(db, Kind.CONFERENCE, None, None, {
                "name": name, "side_a": sides[0], "side_b": sides[1]})
            found = Conference(**values)
            db.add(found)
            db.flush()
            log.added(Kind.CONFERENCE, found.uuid, _id(found), _row_values(found))
        elif sides is not None and {one_line(side) for side in sides} != {
                found.side_a, found.side_b}:
            raise ServiceError(translate(
                "Services", "the {name} is already catalogued with the sides {a} and {b}"
            ).format(name=name, a=found.side_a, b=found.side_b))
        conference_id = _id(found)
        wanted = dict(fields)
        if not str(wanted.get("title") or "").strip() and "ordinal" in wanted:
            with contextlib.suppress(TypeError, ValueError):  # the ordinal's message says
                wanted["title"] = naming.plenary_title(int(wanted["ordinal"]), found.name)
        values = _clean(db, Kind.SESSION, None, conference_id, wanted)
        row = PlenarySession(conference_id=conference_id, **values)
        db.add(row)
        db.flush()
        session_id = _id(row)
        log.added(Kind.SESSION, row.uuid, session_id, _row_values(row))
        log.write(db)
        changes = Changes(frozenset({RecordKey(Kind.SESSION, session_id)}),
                          frozenset(_lists_of(Kind.SESSION, row)))
        _commit(db)
    return NewPlenary(session_id, conference_id, added, changes, str(values["title"]))


@database_refusals
def move_record(engine: Engine, kind: Kind, record_id: int, delta: int,
                origin: OriginLike = None) -> Changes:
    """Move a record up (delta -1) or down (+1) among its siblings."""
    if kind not in ORDERED:
        raise ServiceError(translate("Services", "a {kind} cannot be moved").format(kind=kind))
    table = TABLES[kind]
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        column, value = _scope(kind, row)
        target = row.position + delta
        neighbour = db.exec(select(table).where(
            column == value, table.position == target)).first()  # type: ignore[attr-defined]
        if neighbour is None:
            raise ServiceError(translate("Services", "it cannot move further"))
        log = ChangeLog(origin_of(origin, Source.WINDOW),
                        naming.move_text(kind, _named(db, kind, row), delta))
        log.record(kind, row.uuid, record_id, "update", {"position": [row.position, target]})
        log.record(kind, neighbour.uuid, _id(neighbour), "update",  # type: ignore[attr-defined]
                   {"position": [target, row.position]})
        neighbour.position, row.position = row.position, target
        db.add_all([neighbour, row])
        changes = Changes(frozenset({RecordKey(kind, record_id),
                                     RecordKey(kind, _id(neighbour))}),
                          frozenset({list_key(kind, row)}))
        log.write(db)
        _commit(db)
    return changes


def commit_or_refuse(db: Session) -> None:
    """Commit; a constraint the database refuses becomes one ServiceError line."""
    _commit(db)


def _commit(db: Session) -> None:
    try:
        db.commit()
    except IntegrityError as error:
        db.rollback()
        taken = _taken_meanwhile(error)
        if taken is not None:
            raise ServiceError(taken) from None
        raise ServiceError(translate(
            "Services", "the change was refused by the database: {error}").format(
                error=str(error.orig).splitlines()[0])) from None


@database_refusals
def note_backup_restored(bind: Engine | Connection, backup_name: str,
                         origin: OriginLike = None) -> None:
    """Write in the history that a backup was put in the catalogue's place: one change set
    (who, when, 'Restore backup NAME') touching no one record, since the whole catalogue
    was replaced. `bind`: the restored file's engine, or the server restore's connection,
    inside its transaction (the entry commits with the restore, or not at all)."""
    with Session(bind=bind) as db:
        ChangeLog(origin_of(origin, Source.RESTORE),
                  naming.backup_restored_text(backup_name)).write(db, heard=False)
        commit_or_refuse(db)


# ---------------------------------------------------------------------------------------------
# Documents attached to annexes and agreements


def _hold_owners(db: Session, kind: Kind, record_id: int) -> None:
    """Lock the annexes and agreements whose documents a delete or a replace takes with
    it, before their documents are read (a server: FOR UPDATE; a file's writer lock does
    this already). An attach to one of them then either came first and is read with the
    rest, or waits for this change and finds its owner gone; never is an attach committed
    in between lost with its owner, its bytes kept nowhere (the break-it session)."""
    owners: list[Any] = []
    if kind in OWNER_KINDS:
        owners = [select(TABLES[kind].id).where(TABLES[kind].id == record_id)]  # type: ignore[attr-defined]
    elif kind == Kind.SESSION:
        owners = [select(table.id).where(table.session_id == record_id)
                  for table in (Annex, Agreement)]
    for statement in owners:
        db.exec(statement.with_for_update()).all()


def _documents_in(db: Session, session_id: int) -> list[tuple[Kind, Any, dict[str, Any]]]:
    """A plenary's documents with where they are: (kind, annex number or agreement
    numeral, row), so a replaced plenary's documents find their annex again."""
    found: list[tuple[Kind, Any, dict[str, Any]]] = []
    for kind, place in ((Kind.ANNEX, Annex.number), (Kind.AGREEMENT, Agreement.numeral)):
        table = TABLES[kind]
        rows = db.exec(select(Document, place).join(
            table, _owner_column(kind) == table.id).where(  # type: ignore[attr-defined]
                table.session_id == session_id)).all()  # type: ignore[attr-defined]
        found += [(kind, where, _row_values(document)) for document, where in rows]
    return found


def _carry_documents(db: Session, session_id: int,
                     carried: list[tuple[Kind, Any, dict[str, Any]]]) -> None:
    """Attach a replaced plenary's documents to the new annexes and agreements of the same
    number or numeral; refuse the replace (nothing changes) if one would have no owner."""
    lost: list[str] = []
    for kind, where, row in carried:
        table, place = (Annex, Annex.number) if kind == Kind.ANNEX else (
            Agreement, Agreement.numeral)
        owner_id = db.exec(select(table.id).where(
            table.session_id == session_id, place == where)).first()
        if owner_id is None:
            lost.append(f"{naming.describe(kind, {'number': where, 'numeral': where})}: "
                        f"{row['file_name'] or row['url']}")
            continue
        row = {**row, "annex_id": None, "agreement_id": None,
               _owner_column(kind).key: owner_id}
        _insert(db, Document, [row], returning=False)
    if lost:
        raise ServiceError(translate(
            "Services", "the new release lacks what these documents are attached to: {lost}; "
            "nothing was replaced").format(lost="; ".join(lost)))


def _owner_column(kind: Kind) -> Any:
    """The document's column that names an owner of this kind."""
    return Document.annex_id if kind == Kind.ANNEX else Document.agreement_id


def owner_of(values: Mapping[str, Any]) -> RecordKey:
    """The annex or agreement a document row belongs to."""
    if values.get("annex_id") is not None:
        return RecordKey(Kind.ANNEX, int(values["annex_id"]))
    return RecordKey(Kind.AGREEMENT, int(values["agreement_id"]))


def _document_values(file: DocumentFile | None, url: str) -> dict[str, Any]:
    """The stored columns of a file or a web address, checked: one of the two, a file
    within the limit whose bytes are those that were read."""
    if (file is None) == (not url):
        raise DocumentError(translate("Services", "attach either a file or a web address"))
    if file is None:
        return {"file_name": "", "media_type": "", "size": 0, "sha256": "", "content": None,
                "url": check_url(url)}
    name = check_file_name(file.file_name)
    if file.size > MAX_DOCUMENT_BYTES:
        raise too_large(name, file.size)
    sha256 = digest(file.content)
    if file.sha256 and file.sha256 != sha256:
        raise DocumentError(translate(
            "Services", "{name} changed while it was read; nothing was attached").format(
                name=name))
    return {"file_name": name, "media_type": file.media_type or DEFAULT_MEDIA_TYPE,
            "size": file.size, "sha256": sha256, "content": bytes(file.content), "url": ""}


_LISTED_COLUMNS = tuple(column for column in Document.__table__.columns  # type: ignore[attr-defined]
                        if column.name != "content")


def _document_rows(db: Session, where: Any) -> list[dict[str, Any]]:
    """The documents `where` selects, everything but their bytes (those are in the store
    once `keep_bytes` has run): what a delete's snapshot and change row hold."""
    return [dict(row) for row in db.execute(select(*_LISTED_COLUMNS).where(where).order_by(
        Document.__table__.c.id)).mappings()]  # type: ignore[attr-defined]


def keep_bytes(db: Session, where: Any) -> None:
    """Copy the bytes of the documents `where` selects into the store (migration 0009),
    once per SHA-256, inside the database: nothing is read into memory however large they
    are, and the change row that records their going names them by hash only."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    kept = select(StoredBytes.sha256).where(StoredBytes.sha256 == Document.sha256)
    source = select(Document.sha256, Document.content).where(  # bytes kept already: not read
        where, col(Document.content).is_not(None), Document.sha256 != "", ~kept.exists())
    db.execute(dialect.insert(StoredBytes).from_select(
        ["sha256", "content"], source).on_conflict_do_nothing())


def put_documents(db: Session, documents: Iterable[Mapping[str, Any]]) -> None:
    """Insert documents a delete or a removal took: their bytes from the row itself (a
    change row written before 0009 kept them in base64) or else from the store, copied
    inside the database. Bytes not kept (or not whole) refuse it in one line."""
    rows = [{**document, "content": document.get("content")} for document in documents]
    if not rows:
        return
    ids = _insert(db, Document, rows)
    wanted = [new_id for new_id, row in zip(ids, rows, strict=True)
              if row["content"] is None and row.get("sha256") and not row.get("url")]
    if not wanted:
        return
    table = Document.__table__  # type: ignore[attr-defined]
    kept = select(StoredBytes.content).where(
        StoredBytes.sha256 == table.c.sha256).scalar_subquery()
    db.execute(update(table).where(table.c.id.in_(wanted)).values(content=kept))
    missing = db.execute(select(Document.file_name).where(
        col(Document.id).in_(wanted), col(Document.content).is_(None)
        | (func.length(Document.content) != Document.size))).scalars().first()
    if missing is not None:
        raise DocumentError(translate(
            "Services", "the bytes of {name} are not kept in this catalogue; nothing was "
            "restored").format(name=missing))


def _verify_stored(db: Session, document_id: int, values: Mapping[str, Any]) -> None:
    """Read the bytes back inside the transaction: what is committed is what was read."""
    if not values.get("sha256"):
        return
    stored = db.connection().execute(select(Document.content).where(
        Document.id == document_id)).scalar_one_or_none()
    if stored is None or digest(bytes(stored)) != values["sha256"]:
        db.rollback()
        raise DocumentError(translate(
            "Services", "{name} was not stored whole; nothing was attached").format(
                name=values.get("file_name", "")))


def _owner_held(db: Session, owner: RecordKey) -> None:
    """The owner of a document being attached, held (a server: FOR KEY SHARE) until the
    attach commits, so a delete of it waits; gone already: one line, never the driver's
    foreign-key refusal."""
    table = TABLES[owner.kind]  # the whole row: the change's name is made from it after
    found = db.exec(select(table).where(table.id == owner.id)  # type: ignore[attr-defined]
                    .with_for_update(read=True, key_share=True)).first()
    if found is None:
        raise NotFound(translate("Services", "that {kind} no longer exists").format(
            kind=owner.kind))


def _log_document(db: Session, log: ChangeLog, owner: RecordKey, values: Mapping[str, Any],
                  attached: bool) -> None:
    """A document attached to (or removed from) its owner, as a change of the owner: the
    owner's history and the activity show it; the bytes stay in the document itself."""
    row = fetch(db, owner.kind, owner.id)
    if not log.label:
        name = str(values.get("file_name") or values.get("url") or "")
        named = _named(db, owner.kind, row)
        log.label = (naming.attach_text(name, owner.kind, named) if attached
                     else naming.remove_document_text(name, owner.kind, named))
    kept = described(dict(values))
    log.record(owner.kind, row.uuid, owner.id, "update",
               {DOCUMENTS: [None, kept] if attached else [kept, None]})


def _refuse_twice(db: Session, owner: RecordKey, values: Mapping[str, Any]) -> None:
    """The same content (SHA-256) or web address attached to the same owner again is
    refused in one line naming the document that holds it: a second copy only confuses
    which one is the text, and doubles what every backup carries."""
    same = (Document.url == values["url"]) if values["url"] else (
        Document.sha256 == values["sha256"])
    held = db.execute(select(Document.file_name, Document.url).where(
        _owner_column(owner.kind) == owner.id, same).limit(1)).first()
    if held is None:
        return
    if values["url"]:
        raise DocumentError(translate(
            "Services", "{url} is already attached here; nothing was attached").format(
                url=values["url"]))
    raise DocumentError(translate(
        "Services", "{name} is already attached here as \u201c{held}\u201d (the same "
        "content); nothing was attached").format(name=values["file_name"], held=held[0]))


@database_refusals
def attach_document(engine: Engine, owner: RecordKey, file: DocumentFile | None = None, *,
                    url: str = "", notes: str = "", progress: Progress | None = None,
                    origin: OriginLike = None) -> tuple[int, Changes]:
    """Keep a file's bytes (or a web address) in the catalogue, attached to an annex or an
    agreement; the new document's id. The bytes are verified (SHA-256) after writing.
    `progress` hears before the write and before the commit; answering False cancels
    (Cancelled, nothing stored)."""
    if owner.kind not in OWNER_KINDS:
        raise ServiceError(translate(
            "Services", "documents can be attached to annexes and agreements only"))
    values = _document_values(file, url)
    report(progress, 0, 2)
    with Session(engine) as db:
        _owner_held(db, owner)
        _refuse_twice(db, owner, values)
        owner_name = _owner_column(owner.kind).key
        row = {**values, owner_name: owner.id, "added_at": now(), "notes": tidy_notes(notes)}
        new_id = _insert(db, Document, [row])[0]
        _verify_stored(db, new_id, values)
        log = ChangeLog(origin_of(origin, Source.WINDOW), "")
        _log_document(db, log, owner, {**row, "id": new_id}, attached=True)
        log.write(db)
        try:
            report(progress, 1, 2)
        except Cancelled:
            db.rollback()
            raise
        _commit(db)
    return new_id, Changes(frozenset({owner}))


@database_refusals
def detach_document(engine: Engine, document_id: int, origin: OriginLike = None
                    ) -> tuple[dict[str, Any], Changes]:
    """Remove a document; what it was (bytes and all), for `restore_document` (undo)."""
    with Session(engine) as db:
        row = db.get(Document, document_id)
        if row is None:
            raise NotFound(translate("Services", "that document no longer exists"))
        snapshot = _row_values(row)
        keep_bytes(db, Document.id == document_id)  # undo takes them from the store
        snapshot["content"] = None
        log = ChangeLog(origin_of(origin, Source.WINDOW), "")
        _log_document(db, log, owner_of(snapshot), snapshot, attached=False)
        db.delete(row)
        log.write(db)
        _commit(db)
    return snapshot, Changes(frozenset({owner_of(snapshot)}))


@database_refusals
def restore_document(engine: Engine, snapshot: Mapping[str, Any], origin: OriginLike = None
                     ) -> Changes:
    """Put back a removed document with its id, verified as when it was attached."""
    owner = owner_of(snapshot)
    with Session(engine) as db:
        fetch(db, owner.kind, owner.id)
        put_documents(db, [snapshot])
        _verify_stored(db, int(snapshot["id"]), snapshot)
        log = ChangeLog(origin_of(origin, Source.WINDOW), "")
        _log_document(db, log, owner, snapshot, attached=True)
        log.write(db)
        _commit(db)
    return Changes(frozenset({owner}))
