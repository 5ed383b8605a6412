"""Every change to the catalogue goes through one function here; nothing else writes.

Each public function is one transaction and returns `Changes`, a plain description of what
it touched, so views refresh only what they show (the GUI's tree, editor and status bar all
react to it) and undo can call the inverse function. Values are validated here, once, for
the GUI and the CLI alike; the database's own constraints are the second line.
"""

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from catalogue import naming
from catalogue.bundled import Curation
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
    Measure,
    Official,
    PlenarySession,
    now,
)
from catalogue.release import Release
from catalogue.spec import (
    FIELDS,
    AlreadyCatalogued,
    Cancelled,
    Changes,
    FieldSpec,
    ImportResult,
    NotFound,
    Progress,
    ServiceError,
    Snapshot,
    ValidationError,
    report,
)
from catalogue.storage.server import sync_identities

EDITABLE_KINDS = EDITABLE
"""The kinds people may add and delete (the registry's; kept under the name callers use)."""


F = TypeVar("F", bound=Callable[..., Any])


def database_refusals(function: F) -> F:
    """Turn what the database driver raises into ServiceError, one line for a person, so
    callers (the window, the CLI) never handle a driver's exceptions themselves."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except SQLAlchemyError as error:
            detail = str(getattr(error, "orig", None) or error).strip().splitlines()
            raise ServiceError(translate(
                "Services", "the database could not be changed: {detail}").format(
                    detail=detail[0] if detail else type(error).__name__)) from error

    return wrapper  # type: ignore[return-value]


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
) -> ImportResult:
    """Add a plenary from a parsed press release; with `replace`, swap its records atomically.

    `progress(done, total)` hears after each kind of record is written; answering False
    raises Cancelled, and the transaction is rolled back: the database is as it was."""
    curation = curation or Curation()
    plenary_date = release.resolve_date(date or curation.date)
    check_release(release, plenary_date, curation)
    with Session(engine) as db:
        try:
            existing = db.exec(select(PlenarySession).where(
                PlenarySession.conference == release.conference,
                PlenarySession.ordinal == release.ordinal)).first()
            if existing is not None and not replace:
                raise AlreadyCatalogued(translate("Services",
                    "the {title} is already catalogued (use --replace to replace it)"
                ).format(title=existing.title))
            if existing is not None:
                db.delete(existing)
                db.flush()
            session_id = _store_release(db, release, plenary_date, curation, progress)
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


def check_release(release: Release, plenary_date: datetime.date, curation: Curation) -> None:
    """The editor's rules, applied to every record a release would add: an import is one
    more way in, and no way in may store what the window would refuse (an annex 0, a
    10 MB measure). ServiceError names the records refused."""
    problems: list[str] = []

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
                              "post": person.post, "side": person.side, "role": person.role})
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


def _store_release(
    db: Session, release: Release, plenary_date: datetime.date, curation: Curation,
    progress: Progress | None = None,
) -> int:
    """Insert a plenary's records in bulk (a few statements per table, not one per row), so
    a 100,000-record catalogue imports in seconds."""
    stamp = {"notes": "", "updated_at": now()}
    counts = release.record_counts()
    total = sum(counts.values())
    report(progress, 0, total)
    sid = _insert(db, PlenarySession, [{
        "conference": release.conference, "ordinal": release.ordinal, "title": release.title,
        "date": plenary_date, "place": release.place, **stamp}])[0]
    area_ids = dict(zip(
        (area.name for area in release.areas),
        _insert(db, Area, [{"session_id": sid, "position": position, "name": area.name, **stamp}
                           for position, area in enumerate(release.areas, 1)]),
        strict=True))
    _insert(db, Measure, [
        {"area_id": area_ids[area.name], "position": number, "text": text, **stamp}
        for area in release.areas for number, text in enumerate(area.measures, 1)],
        returning=False)
    done = counts[Kind.SESSION] + counts[Kind.AREA] + counts[Kind.MEASURE]
    report(progress, done, total)
    _insert(db, Official, [
        {"session_id": sid, "position": position, "honorific": person.honorific,
         "name": person.name, "post": person.post, "side": person.side, "role": person.role,
         **stamp} for position, person in enumerate(release.officials, 1)], returning=False)
    done += counts[Kind.OFFICIAL]
    report(progress, done, total)
    annex_ids = dict(zip(
        (annex.number for annex in release.annexes),
        _insert(db, Annex, [{"session_id": sid, "number": annex.number, "title": annex.title,
                             "language": annex.language, **stamp}
                            for annex in release.annexes]),
        strict=True))
    agreement_ids = _insert(db, Agreement, [
        {"session_id": sid, "position": position, "numeral": agreement.numeral,
         "title": agreement.title, "kind": agreement.kind,
         "parties": "; ".join(curation.parties.get(agreement.numeral, [])),
         "annex_id": annex_ids.get(agreement.annex) if agreement.annex else None, **stamp}
        for position, agreement in enumerate(release.agreements, 1)])
    _insert(db, AgreementArea, [
        {"agreement_id": agreement_id, "area_id": area_id}
        for agreement, agreement_id in zip(release.agreements, agreement_ids, strict=True)
        for area_id in sorted({area_ids[name] for name in curation.agreement_areas.get(
            agreement.numeral, []) if name in area_ids})], returning=False)
    report(progress, total, total)
    return sid


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
    if not errors:
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
    if kind == Kind.SESSION and "ordinal" in values:
        conference = fetch(db, Kind.SESSION, session_id).conference
        clash = db.exec(select(PlenarySession.id).where(
            PlenarySession.conference == conference,
            PlenarySession.ordinal == values["ordinal"],
            PlenarySession.id != (record_id or 0))).first()
        if clash is not None:
            errors["ordinal"] = translate("Services", "that plenary is already catalogued")
    if kind == Kind.AGREEMENT:
        errors.update(_agreement_link_errors(db, record_id, session_id, values))
    return errors


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
    return ROOT if kind == Kind.SESSION else list_key_of(kind, _scope(kind, row)[1])


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
def update_record(engine: Engine, kind: Kind, record_id: int, fields: Mapping[str, Any]) -> Changes:
    """Save edited fields of one record (only those given)."""
    with Session(engine) as db:
        values = _clean(db, kind, record_id, None, fields)
        row = fetch(db, kind, record_id)
        lists: set[ListKey] = set()
        updated: set[RecordKey] = {RecordKey(kind, record_id)}
        area_ids = values.pop("area_ids", None)
        if area_ids is not None:
            before = _area_ids_of(db, record_id)
            if set(area_ids) != before:
                lists |= _agreement_lists(before ^ set(area_ids))
                _set_areas(db, record_id, area_ids)
        if kind == Kind.ANNEX and "number" in values and values["number"] != row.number:
            lists.add(list_key(kind, row))
        if kind == Kind.ANNEX:
            updated |= {RecordKey(Kind.AGREEMENT, holder) for holder in db.exec(
                select(Agreement.id).where(Agreement.annex_id == record_id)).all()
                if holder is not None}
        if kind == Kind.AGREEMENT and "annex_id" in values and values["annex_id"] != row.annex_id:
            updated |= {RecordKey(Kind.ANNEX, annex)
                        for annex in (row.annex_id, values["annex_id"]) if annex}
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = now()
        db.add(row)
        _commit(db)
    return Changes(frozenset(updated), frozenset(lists))


@database_refusals
def add_record(
    engine: Engine, kind: Kind, parent_id: int, fields: Mapping[str, Any],
    position: int | None = None,
) -> tuple[int, Changes]:
    """Add a record under `parent_id` (the area for a measure, else the plenary)."""
    if kind not in EDITABLE:
        raise ServiceError(translate("Services", "a {kind} cannot be added here").format(kind=kind))
    with Session(engine) as db:
        values = _clean(db, kind, None, parent_id, fields)
        area_ids = values.pop("area_ids", ())
        parent = {"area_id": parent_id} if _in_area(kind) else {"session_id": parent_id}
        row = TABLES[kind](**parent, **values)
        if kind in ORDERED:
            last = _next_position(db, kind, row)
            row.position = last if position is None else max(1, min(position, last))
            _shift(db, kind, row, row.position, +1)  # type: ignore[attr-defined]
        db.add(row)
        db.flush()
        new_id = _id(row)
        if kind == Kind.AGREEMENT:
            _set_areas(db, new_id, area_ids)
        changes = Changes(frozenset({RecordKey(kind, new_id)}),
                          frozenset({list_key(kind, row)}) | _agreement_lists(area_ids))
        _commit(db)
    return new_id, changes


@database_refusals
def delete_record(engine: Engine, kind: Kind, record_id: int) -> tuple[Snapshot, Changes]:
    """Delete a record and what belongs to it; the snapshot lets undo put all of it back."""
    if kind not in EDITABLE:
        raise ServiceError(translate("Services", "a {kind} cannot be deleted here").format(
            kind=kind))
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        snapshot = _snapshot(db, kind, row)
        updated: set[RecordKey] = set()
        lists: set[ListKey] = {list_key(kind, row)}
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
            _shift(db, kind, row, row.position + 1, -1)
        _commit(db)
    return snapshot, Changes(frozenset(updated), frozenset(lists))


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
    return Snapshot(kind, _row_values(row), children, tuple(links), holders)


@database_refusals
def restore_record(engine: Engine, snapshot: Snapshot) -> Changes:
    """Put back exactly what `delete_record` removed: same ids, positions, children, links."""
    kind = snapshot.kind
    table = TABLES[kind]
    with Session(engine) as db:
        row = table(**snapshot.row)
        if kind in ORDERED:
            _shift(db, kind, row, row.position, +1)  # type: ignore[attr-defined]
        db.add(row)
        db.flush()
        db.add_all(Measure(**child) for child in snapshot.children)
        db.add_all(AgreementArea(agreement_id=agreement_id, area_id=area_id)
                   for agreement_id, area_id in snapshot.links)
        db.flush()
        sync_identities(db.connection(), {KINDS[kind].table, Measure.__tablename__})
        for holder in snapshot.holders:
            db.exec(update(Agreement).where(
                col(Agreement.id) == holder).values(annex_id=row.id))  # type: ignore[attr-defined]
        updated: set[RecordKey] = {RecordKey(kind, int(snapshot.row["id"]))}
        lists: set[ListKey] = {list_key(kind, row)}
        if kind == Kind.AREA:
            updated |= _agreements(agreement_id for agreement_id, _ in snapshot.links)
        if kind == Kind.AGREEMENT:
            lists |= _agreement_lists(area_id for _, area_id in snapshot.links)
            if row.annex_id:  # type: ignore[attr-defined]
                updated.add(RecordKey(Kind.ANNEX, row.annex_id))  # type: ignore[attr-defined]
        updated |= _agreements(snapshot.holders)
        _commit(db)
    return Changes(frozenset(updated), frozenset(lists))


@database_refusals
def move_record(engine: Engine, kind: Kind, record_id: int, delta: int) -> Changes:
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
        neighbour.position, row.position = row.position, target
        db.add_all([neighbour, row])
        changes = Changes(frozenset({RecordKey(kind, record_id),
                                     RecordKey(kind, _id(neighbour))}),
                          frozenset({list_key(kind, row)}))
        _commit(db)
    return changes


def _commit(db: Session) -> None:
    try:
        db.commit()
    except IntegrityError as error:
        db.rollback()
        raise ServiceError(translate(
            "Services", "the change was refused by the database: {error}").format(
                error=str(error.orig).splitlines()[0])) from None
