"""Every change remembered: reading the change sets the services write, and the two
services that put the past back (a deleted record, an earlier version of a record).

Qt-free: the window's History tab, Recently deleted and Activity view read through here,
and so do `catalogue history` and the activity CSV. Reading writes nothing; the two
restores are services like those in services.py (one transaction, one new change set,
returning `Changes`), so they are undoable and appear in the history themselves.
"""

import csv
import datetime
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from catalogue import naming
from catalogue.documents import DOCUMENTS, OWNER_KINDS, from_described, listed
from catalogue.i18n import translate
from catalogue.kinds import KINDS, ORDERED, Kind, RecordKey
from catalogue.models import (
    TABLES,
    Agreement,
    Area,
    Change,
    ChangeSet,
    Conference,
    PlenarySession,
)
from catalogue.services import (
    AREA_IDS,
    ChangeLog,
    _area_ids_of,
    _clean,
    _conflicts,
    _id,
    _in_area,
    _next_position,
    _restore,
    _update,
    claim,
    commit_or_refuse,
    database_refusals,
    fetch,
)
from catalogue.spec import (
    FIELDS,
    Cancelled,
    Changes,
    NotFound,
    Origin,
    ServiceError,
    Snapshot,
    Source,
    origin_of,
)
from catalogue.storage.files import build_beside

OPERATIONS = ("add", "update", "delete")
"""What a change did to a record (the stored `operation`)."""
BACKUP_RESTORED = "restore_backup"
"""The operation of a backup restore's entry in `activity`: a change set that touched no
one record, since the whole catalogue was replaced (services.note_backup_restored). It
names no record: record_id 0, no uuid, no fields (its kind is only there to keep the
type; `ChangeEntry.whole` tells such an entry)."""


@dataclass(frozen=True)
class ChangeEntry:
    """One record touched by one change set, as the history shows it."""

    change_id: int
    change_set_id: int
    at: datetime.datetime
    """When, in UTC (naive, as stored)."""
    officer: str
    source: str
    """A spec.Source value: 'window', 'command line', 'import', 'undo', 'restore'."""
    label: str
    """What the change set is called: 'Edit measure 3.2'."""
    kind: Kind
    record_id: int
    record_uuid: str
    operation: str
    """'add', 'update' or 'delete'."""
    fields: dict[str, tuple[Any, Any]]
    """field -> (old, new), as JSON values: text, numbers, None, dates as ISO 8601 text, an
    agreement's `area_ids` as a list. Every field (with the parent link) for an add or a
    delete; only those that changed for an update."""

    @property
    def key(self) -> RecordKey:
        return RecordKey(self.kind, self.record_id)

    @property
    def whole(self) -> bool:
        """The whole catalogue was replaced (a backup restored): no one record."""
        return self.operation == BACKUP_RESTORED


@dataclass(frozen=True)
class DeletedRecord:
    """A record deleted (by a person, not replaced by an import) and not restored since."""

    entry: ChangeEntry
    """The delete itself: its fields hold the record's values as it was deleted."""
    went_with: tuple[ChangeEntry, ...]
    """The rest of its change set: its measures deleted with it, agreements that lost a
    link or their annex, siblings whose positions shifted."""

    @property
    def values(self) -> dict[str, Any]:
        return {name: old for name, (old, _new) in self.entry.fields.items()}

    @property
    def description(self) -> str:
        """'measure 3.2' as the record was named (a measure's area as it is now unknown, so
        its own position is used)."""
        return naming.describe(self.entry.kind, self.values)

    @property
    def children(self) -> tuple[ChangeEntry, ...]:
        """The records deleted with it (an area's measures)."""
        return tuple(entry for entry in self.went_with if entry.operation == "delete")


def _decode(fields: str) -> dict[str, tuple[Any, Any]]:
    return {name: (pair[0], pair[1]) for name, pair in json.loads(fields).items()}


_COLUMNS = (Change.id, Change.change_set_id, ChangeSet.at, ChangeSet.officer, ChangeSet.source,
            ChangeSet.label, Change.kind, Change.record_id, Change.record_uuid,
            Change.operation, Change.fields)


def _entries(db: Session, *conditions: Any, limit: int | None = None) -> list[ChangeEntry]:
    statement = select(*_COLUMNS).join(  # type: ignore[call-overload]
        ChangeSet, col(ChangeSet.id) == Change.change_set_id).where(*conditions).order_by(
        col(Change.change_set_id).desc(), col(Change.id).asc())
    if limit is not None:
        statement = statement.limit(limit)
    labels: dict[str, str] = {}  # a change set's label is read once for all its changes
    return [ChangeEntry(change_id, set_id, at, officer, source,
                        labels.get(label) or labels.setdefault(label, naming.Label.read(label)),
                        Kind(kind), record_id, uuid, operation, _decode(fields))
            for (change_id, set_id, at, officer, source, label, kind, record_id, uuid,
                 operation, fields) in db.exec(statement).all()]


def uuid_of(engine: Engine, kind: Kind, record_id: int) -> str:
    """A record's stable identity; NotFound when it no longer exists."""
    with Session(engine) as db:
        return str(fetch(db, kind, record_id).uuid)


@database_refusals
def record_history(engine: Engine, kind: Kind, record_id: int) -> list[ChangeEntry]:
    """Every change to one record, newest first (followed by its identity, so a record
    restored under another id keeps its past)."""
    return uuid_history(engine, uuid_of(engine, kind, record_id))


@database_refusals
def uuid_history(engine: Engine, uuid: str) -> list[ChangeEntry]:
    """Every change to the record with this identity, newest first (a deleted one too)."""
    with Session(engine) as db:
        return _entries(db, Change.record_uuid == uuid)


def _exists(db: Session, kind: Kind, uuid: str) -> bool:
    table = TABLES[kind]
    return db.exec(select(table.id).where(table.uuid == uuid)).first() is not None  # type: ignore[attr-defined]


@database_refusals
def deleted_records(engine: Engine, limit: int | None = 100) -> list[DeletedRecord]:
    """Records people deleted that are not back, newest first, each with what went with
    it. Only what a delete started (not a measure that went with its area, nor what an
    import's replace removed: that plenary is catalogued again)."""
    found: list[DeletedRecord] = []
    seen: set[str] = set()
    with Session(engine) as db:
        first = select(func.min(Change.id)).where(
            Change.change_set_id == ChangeSet.id).correlate(ChangeSet).scalar_subquery()
        # Driven by the change sets (a few per save), each looking up its first change
        # by key: never a scan of the changes (an import of 100,000 records has as many).
        candidates = db.exec(select(ChangeSet.id).join(
            Change, col(Change.id) == first).where(
            Change.operation == "delete", ChangeSet.source != Source.IMPORT.value).order_by(
            col(ChangeSet.id).desc())).all()
        for set_id in candidates:
            entries = sorted(_entries(db, Change.change_set_id == set_id),
                             key=lambda entry: entry.change_id)
            primary = entries[0]
            recipe = getattr(primary.label, "recipe", {})
            if recipe.get("do") == "undo" and recipe.get("of", {}).get("do") in (
                    "add", "new_plenary"):
                continue  # an add taken back by undo: nothing anyone kept went
            if primary.record_uuid in seen:
                continue
            seen.add(primary.record_uuid)
            if _exists(db, primary.kind, primary.record_uuid):
                continue
            found.append(DeletedRecord(primary, tuple(entries[1:])))
            if limit is not None and len(found) >= limit:
                break
    return found


def _day_start(value: datetime.date | datetime.datetime) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.combine(value, datetime.time())


@database_refusals
def activity(
    engine: Engine, officer: str | None = None,
    since: datetime.date | datetime.datetime | None = None,
    until: datetime.date | datetime.datetime | None = None,
    kind: Kind | None = None, limit: int | None = None,
) -> list[ChangeEntry]:
    """Every change to every record, newest first, optionally by one officer, from `since`
    and up to `until` (UTC; a date means the whole day), to one kind of record; at most
    `limit` entries."""
    conditions: list[Any] = []
    if officer:
        conditions.append(ChangeSet.officer == officer)
    if since is not None:
        conditions.append(col(ChangeSet.at) >= _day_start(since))
    if until is not None:
        end = (until if isinstance(until, datetime.datetime)
               else _day_start(until) + datetime.timedelta(days=1))
        conditions.append(col(ChangeSet.at) < end if not isinstance(until, datetime.datetime)
                          else col(ChangeSet.at) <= end)
    if kind is not None:
        return _entries_of(engine, *conditions, Change.kind == str(kind), limit=limit)
    with Session(engine) as db:
        found = _entries(db, *conditions, limit=limit) + _restores(db, *conditions,
                                                                   limit=limit)
    found.sort(key=lambda entry: -entry.change_set_id)  # stable: a set's changes in order
    return found[:limit] if limit is not None else found


def _entries_of(engine: Engine, *conditions: Any, limit: int | None) -> list[ChangeEntry]:
    with Session(engine) as db:
        return _entries(db, *conditions, limit=limit)


def _restores(db: Session, *conditions: Any, limit: int | None) -> list[ChangeEntry]:
    """The backups restored (change sets from a restore that touched no one record), as
    entries of their own (BACKUP_RESTORED), newest first."""
    from sqlalchemy import exists

    statement = select(ChangeSet.id, ChangeSet.at, ChangeSet.officer,  # type: ignore[call-overload]
                       ChangeSet.source, ChangeSet.label).where(
        ChangeSet.source == Source.RESTORE.value,
        ~exists().where(col(Change.change_set_id) == ChangeSet.id), *conditions).order_by(
        col(ChangeSet.id).desc())
    if limit is not None:
        statement = statement.limit(limit)
    return [ChangeEntry(0, set_id, at, officer, source, naming.Label.read(label),
                        Kind.CONFERENCE, 0, "", BACKUP_RESTORED, {})
            for set_id, at, officer, source, label in db.exec(statement).all()]


NAMED_AT_ONCE = 500
"""Records looked up per statement when naming the records of edits (a bound-parameter
count every engine takes)."""


@database_refusals
def names_now(engine: Engine, entries: Iterable[ChangeEntry]) -> dict[str, str]:
    """What names each record an edit in `entries` touched, as it is now ('measure 4.1',
    'annex 2'), by uuid: an edit keeps only the fields it changed, so its ref is read from
    the record itself. A record deleted since has no entry."""
    wanted: dict[Kind, set[str]] = {}
    for entry in entries:
        if entry.operation == "update":
            wanted.setdefault(entry.kind, set()).add(entry.record_uuid)
    found: dict[str, str] = {}
    with Session(engine) as db:
        positions = dict(db.exec(select(Area.id, Area.position)).all()) if wanted.get(
            Kind.MEASURE) else {}  # a measure's ref starts with its area's number
        for kind, uuids in wanted.items():
            table = TABLES[kind]
            listed_uuids = sorted(uuids)
            for start in range(0, len(listed_uuids), NAMED_AT_ONCE):
                chunk = listed_uuids[start:start + NAMED_AT_ONCE]
                for row in db.exec(select(table).where(
                        col(table.uuid).in_(chunk))).all():  # type: ignore[attr-defined]
                    values = row.model_dump()
                    if kind == Kind.MEASURE:
                        values["area_position"] = positions.get(row.area_id, "?")  # type: ignore[attr-defined]
                    found[str(row.uuid)] = naming.describe(kind, values)  # type: ignore[attr-defined]
    return found


@database_refusals
def officers(engine: Engine) -> list[str]:
    """Everyone who has changed the catalogue (for the Activity view's filter)."""
    with Session(engine) as db:
        return sorted(db.exec(select(ChangeSet.officer).distinct()).all())


ACTIVITY_COLUMNS = ("at", "officer", "source", "label", "record_type", "record_id",
                    "record_uuid", "operation", "field", "old", "new")
"""The activity CSV: one row per field changed (an add or a delete lists every field)."""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value)


def activity_csv(rows: Iterable[ChangeEntry], out: str | Path,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Write `rows` (from `activity`) as CSV to `out`, built beside it and renamed into
    place; UTF-8 with a BOM and formula-safe cells like the catalogue's CSV. Returns the
    number of lines written after the header. `cancelled()` answering True stops it
    (Cancelled): nothing is left and nothing at `out` is replaced."""
    from catalogue.export import iso_utc, neutralise

    count = 0

    def build(partial: Path) -> None:
        nonlocal count
        with open(partial, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(ACTIVITY_COLUMNS)
            for index, entry in enumerate(rows):
                if cancelled is not None and index % 1000 == 0 and cancelled():
                    raise Cancelled
                head = [iso_utc(entry.at), entry.officer, entry.source, entry.label,
                        "" if entry.whole else str(entry.kind),
                        "" if entry.whole else str(entry.record_id), entry.record_uuid,
                        entry.operation]
                for name, (old, new) in (entry.fields or {"": (None, None)}).items():
                    cells = ((listed(old), listed(new)) if name == DOCUMENTS
                             else (_cell(old), _cell(new)))
                    writer.writerow([neutralise(cell) for cell in (*head, name, *cells)])
                    count += 1
            stream.flush()

    build_beside(Path(out), build)
    return count


# ---------------------------------------------------------------------------------------------
# Putting the past back (services)


def _typed(kind: Kind, name: str, value: Any) -> Any:
    """A stored JSON value as the table holds it (dates back from ISO text)."""
    if value is None or name in (AREA_IDS, DOCUMENTS):
        return value
    column = TABLES[kind].__table__.columns[name]  # type: ignore[attr-defined]
    python_type = column.type.python_type
    if python_type is datetime.datetime and isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    if python_type is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def _row_of(entry: ChangeEntry) -> dict[str, Any]:
    """The record a delete removed, as a row to insert again (ids and uuid included)."""
    row = {name: _typed(entry.kind, name, old) for name, (old, _new) in entry.fields.items()
           if name not in (AREA_IDS, DOCUMENTS)}
    row["id"], row["uuid"] = entry.record_id, entry.record_uuid
    return row


def _free_id(db: Session, kind: Kind, wanted: int, taken: set[int]) -> int:
    """`wanted` if no record of `kind` has it, else the next free id after the highest."""
    table = TABLES[kind]
    if wanted not in taken and db.get(table, wanted) is None:
        taken.add(wanted)
        return wanted
    highest = db.exec(select(func.max(table.id))).one() or 0  # type: ignore[attr-defined]
    new = max(int(highest), *taken, 0) + 1
    taken.add(new)
    return new


def _parent_missing(kind: Kind) -> ServiceError:
    parent = KINDS[kind].parent
    assert parent is not None
    return NotFound(translate(
        "History", "its {parent} no longer exists: restore that first").format(
            parent=KINDS[parent].name()))


@database_refusals
def restore_deleted(engine: Engine, what: int | str,
                    origin: Origin | Source | str | None = None) -> Changes:
    """Put a deleted record back with what went with it: `what` is the change set that
    deleted it, or its uuid. Its ids, links and annex come back where they are still free;
    it goes back at its old position (or last). A new change set (source 'restore')."""
    with Session(engine) as db:
        if isinstance(what, str):
            deletes = _entries(db, Change.record_uuid == what, Change.operation == "delete")
            if not deletes:
                raise NotFound(translate("History", "no deleted record has that identity"))
            latest = deletes[0]
            entries = sorted(_entries(db, Change.change_set_id == latest.change_set_id),
                             key=lambda entry: entry.change_id)
            if entries[0].record_uuid != what:  # it went with another: bring back itself
                entries = [latest]
        else:
            entries = sorted(_entries(db, Change.change_set_id == what),
                             key=lambda entry: entry.change_id)
        if not entries or entries[0].operation != "delete":
            raise NotFound(translate("History", "that change did not delete a record"))
        primary = entries[0]
        kind = primary.kind
        if _exists(db, kind, primary.record_uuid):
            raise ServiceError(translate("History", "that {kind} is already back").format(
                kind=KINDS[kind].name()))
        snapshot = _snapshot_from(db, primary, entries[1:])
        log = ChangeLog(origin_of(origin, Source.RESTORE), "")
        changes = _restore(db, snapshot, log)
        log.write(db)
        commit_or_refuse(db)
    return changes


def _snapshot_from(db: Session, primary: ChangeEntry, rest: list[ChangeEntry]) -> Snapshot:
    """What `services._restore` needs, from a delete's change set, fitted to the catalogue
    as it is now: the parent must exist; ids, the position, the annex and links that others
    have taken since are not taken back."""
    kind = primary.kind
    row = _row_of(primary)
    if kind == Kind.SESSION:
        return _plenary_from(db, row, rest)
    parent_field = "area_id" if _in_area(kind) else "session_id"
    if kind != Kind.SESSION:
        parent_kind = KINDS[kind].parent
        assert parent_kind is not None
        if db.get(TABLES[parent_kind], row[parent_field]) is None:
            raise _parent_missing(kind)
    row["id"] = _free_id(db, kind, row["id"], set())
    probe = TABLES[kind](**row)
    if kind in ORDERED:
        row["position"] = min(row["position"], _next_position(db, kind, probe))
    unique = {name: row[name] for name in ("name", "numeral", "number") if name in FIELDS[kind]
              and name in row}
    session_id = row.get("session_id")
    if session_id is not None:
        problems = _conflicts(db, kind, None, session_id, unique)
        if problems:
            raise ServiceError(next(iter(problems.values())))
    if kind == Kind.AGREEMENT and row.get("annex_id") is not None:
        annex = row["annex_id"]
        held = db.exec(select(Agreement.id).where(Agreement.annex_id == annex)).first()
        if held is not None or db.get(TABLES[Kind.ANNEX], annex) is None:
            row["annex_id"] = None
    children: list[dict[str, Any]] = []
    links: list[tuple[int, int]] = []
    holders: list[int] = []
    taken: set[int] = set()
    for entry in rest:
        if entry.operation == "delete" and entry.kind == Kind.MEASURE and kind == Kind.AREA:
            child = _row_of(entry)
            child["id"] = _free_id(db, Kind.MEASURE, child["id"], taken)
            child["area_id"] = row["id"]
            children.append(child)
        elif entry.kind == Kind.AGREEMENT and AREA_IDS in entry.fields and kind == Kind.AREA:
            agreement = db.exec(select(Agreement.id).where(  # by identity: it may have
                Agreement.uuid == entry.record_uuid)).first()  # come back under a new id
            if agreement is not None:
                links.append((int(agreement), row["id"]))
        elif entry.kind == Kind.AGREEMENT and "annex_id" in entry.fields and kind == Kind.ANNEX:
            holder = db.get(Agreement, entry.record_id)
            if holder is not None and holder.uuid == entry.record_uuid and holder.annex_id is None:
                holders.append(entry.record_id)
    if kind == Kind.AGREEMENT:
        area_ids = primary.fields.get(AREA_IDS, ([], None))[0] or []
        links = [(row["id"], area_id) for area_id in area_ids
                 if (area := db.get(Area, area_id)) is not None
                 and area.session_id == row["session_id"]]
    return Snapshot(kind, row, tuple(children), tuple(links), tuple(holders),
                    _documents_back(primary, row["id"]))


def _documents_back(entry: ChangeEntry, owner_id: int) -> tuple[dict[str, Any], ...]:
    """The documents a deleted annex or agreement took with it, for its owner again."""
    if entry.kind not in OWNER_KINDS:
        return ()
    column = "annex_id" if entry.kind == Kind.ANNEX else "agreement_id"
    return tuple({**from_described(kept), "annex_id": None, "agreement_id": None,
                  column: owner_id}
                 for kept in entry.fields.get(DOCUMENTS, (None, None))[0] or [])


PLENARY_ORDER = (Kind.AREA, Kind.MEASURE, Kind.OFFICIAL, Kind.ANNEX, Kind.AGREEMENT)
"""A plenary's records in the order they can be inserted again (annexes before the
agreements that point to them)."""


def _plenary_from(db: Session, row: dict[str, Any], rest: list[ChangeEntry]) -> Snapshot:
    """A deleted plenary with every record its delete took, under ids still free (those
    taken since get new ones, and what points to them follows)."""
    if db.get(Conference, row["conference_id"]) is None:
        raise _parent_missing(Kind.SESSION)
    if db.exec(select(PlenarySession.id).where(
            PlenarySession.conference_id == row["conference_id"],
            PlenarySession.ordinal == row["ordinal"])).first() is not None:
        raise ServiceError(translate(
            "History", "that conference has a plenary {ordinal} again: delete or renumber it "
            "first").format(ordinal=row["ordinal"]))
    row["id"] = _free_id(db, Kind.SESSION, row["id"], set())
    new_ids: dict[Kind, dict[int, int]] = {kind: {} for kind in PLENARY_ORDER}
    rows: dict[Kind, list[dict[str, Any]]] = {kind: [] for kind in PLENARY_ORDER}
    served: dict[int, list[int]] = {}
    for entry in rest:
        if entry.operation != "delete" or entry.kind not in rows:
            continue
        values = _row_of(entry)
        taken = set(new_ids[entry.kind].values())
        new_ids[entry.kind][values["id"]] = values["id"] = _free_id(
            db, entry.kind, values["id"], taken)
        rows[entry.kind].append(values)
        if entry.kind == Kind.AGREEMENT:
            served[values["id"]] = list(entry.fields.get(AREA_IDS, ([], None))[0] or [])
    for kind, found in rows.items():
        for values in found:
            if kind == Kind.MEASURE:
                values["area_id"] = new_ids[Kind.AREA][values["area_id"]]
            else:
                values["session_id"] = row["id"]
            if kind == Kind.AGREEMENT and values.get("annex_id") is not None:
                values["annex_id"] = new_ids[Kind.ANNEX].get(values["annex_id"])
    links = tuple((agreement, new_ids[Kind.AREA][area]) for agreement, areas in served.items()
                  for area in areas if area in new_ids[Kind.AREA])
    documents = tuple(document for entry in rest if entry.operation == "delete"
                      and entry.kind in OWNER_KINDS
                      for document in _documents_back(
                          entry, new_ids[entry.kind][entry.record_id]))
    return Snapshot(Kind.SESSION, row, links=links, rows=tuple(
        (kind, tuple(rows[kind])) for kind in PLENARY_ORDER), documents=documents)


def version_values(engine: Engine, kind: Kind, record_id: int, change_id: int
                   ) -> dict[str, Any]:
    """The record's editable fields as they were right after change `change_id` (its later
    changes undone on what it holds now; for a delete, what it held when deleted)."""
    with Session(engine) as db:
        return _version(db, kind, fetch(db, kind, record_id), change_id)


def _version(db: Session, kind: Kind, row: Any, change_id: int) -> dict[str, Any]:
    values = _version_now(db, kind, row)
    history = _entries(db, Change.record_uuid == row.uuid)
    if not any(entry.change_id == change_id for entry in history):
        raise NotFound(translate("History", "that version is not in this record's history"))
    for entry in sorted(history, key=lambda entry: entry.change_id, reverse=True):
        if entry.change_id < change_id or (
                entry.change_id == change_id and entry.operation != "delete"):
            break  # a delete's version is what it deleted
        for name, (old, _new) in entry.fields.items():
            if name in values:
                values[name] = _typed(kind, name, old)
    return values


@database_refusals
def restore_version(engine: Engine, kind: Kind, record_id: int, change_id: int,
                    origin: Origin | Source | str | None = None) -> Changes:
    """Set the record's fields to what they were right after change `change_id`: a new
    change (source 'restore'), checked as an edit is, and undoable as an edit is."""
    with Session(engine) as db:
        row = claim(db, kind, record_id, None, {})  # read and written in one transaction
        wanted = _version(db, kind, row, change_id)
        current = _version_now(db, kind, row)
        different = {name: value for name, value in wanted.items()
                     if _comparable(value) != _comparable(current.get(name))}
        if not different:
            raise ServiceError(translate("History", "the record already holds that version"))
        values = _clean(db, kind, record_id, None, different)
        when = db.exec(select(ChangeSet.at).join(
            Change, col(Change.change_set_id) == ChangeSet.id).where(
            Change.id == change_id)).one()
        named = row.model_dump()
        if kind == Kind.MEASURE:
            area = db.get(Area, row.area_id)
            named["area_position"] = area.position if area is not None else "?"
        log = ChangeLog(origin_of(origin, Source.RESTORE), naming.restore_version_text(
            kind, named, when.strftime("%Y-%m-%d %H:%M")))
        changes = _update(db, kind, row, values, log)
        log.write(db)
        commit_or_refuse(db)
    return changes


def _version_now(db: Session, kind: Kind, row: Any) -> dict[str, Any]:
    """The record's editable fields as it holds them now."""
    values: dict[str, Any] = {name: getattr(row, name) for name in FIELDS[kind]
                              if name != AREA_IDS}
    if AREA_IDS in FIELDS[kind]:
        values[AREA_IDS] = sorted(_area_ids_of(db, _id(row)))
    return values


def _comparable(value: Any) -> Any:
    return sorted(value) if isinstance(value, list | tuple) else value
