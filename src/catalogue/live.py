"""What another officer's change did, read back from its change set: the records it
touched, who, when, what it is called, and the `Changes` the window's tree follows.

Qt-free. On a team catalogue the listener (storage.live) hears only a change set's id; this
reads the rest, a few rows per save, so a window re-reads only the lists that change
touched, as it does after its own saves. A change set too large to follow record by record
(an import) says so (`whole`): the window then reads its tree again.
"""

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from catalogue import naming
from catalogue.kinds import KINDS, ROOT, Kind, ListKey, ListKind, RecordKey, list_key_of
from catalogue.models import Agreement, Change, ChangeSet, PlenarySession
from catalogue.services import AREA_IDS, PARENT_COLUMNS, database_refusals
from catalogue.spec import Changes

MOST_FOLLOWED = 2000
"""A change set touching more records than this (an import) is followed by reading the
whole tree again rather than record by record."""

PARENT_COLUMN = {kind: PARENT_COLUMNS[info.parent] for kind, info in KINDS.items()
                 if info.parent is not None}
"""The column that holds a record's parent, by the record's kind."""

ARRANGEMENT = frozenset({"position", "updated_at"})
"""Fields whose change alone does not change what the editor shows of a record (a sibling
added or moved before it shifts its position)."""


@dataclass(frozen=True)
class Touched:
    """One record a change set touched, and the names of the fields it changed."""

    key: RecordKey
    uuid: str
    operation: str
    """'add', 'update' or 'delete'."""
    fields: frozenset[str]

    @property
    def rearranged_only(self) -> bool:
        """Only moved among its siblings: its own values are as they were."""
        return self.operation == "update" and self.fields <= ARRANGEMENT


@dataclass(frozen=True)
class News:
    """One change set another window (or the command line) wrote, as a window follows it."""

    set_id: int
    at: datetime.datetime
    """When, in UTC (naive, as stored)."""
    officer: str
    source: str
    label: str
    """What the change is called: 'Edit measure 3.2'."""
    changes: Changes
    touched: tuple[Touched, ...] = ()
    whole: bool = False
    """Too many records to follow one by one: read everything shown again."""
    sender: str = field(default="", compare=False)
    """Which window wrote it (storage.live's token), so a window can know its own."""

    def touching(self, key: RecordKey) -> Touched | None:
        """What this change did to the record `key` (None when it did not touch it, or
        when the change is read `whole`: then nobody knows without reading the record)."""
        for touched in self.touched:
            if touched.key == key:
                return touched
        return None


@database_refusals
def read_news(engine: Engine, set_ids: Iterable[int], sender: str = "") -> list[News]:
    """The change sets `set_ids` (oldest first); ids no longer there are left out."""
    wanted = sorted(set(set_ids))
    if not wanted:
        return []
    with Session(engine) as db:
        sets = db.exec(select(ChangeSet).where(col(ChangeSet.id).in_(wanted)).order_by(
            col(ChangeSet.id))).all()
        sizes: dict[int, int] = dict(db.exec(select(Change.change_set_id, func.count()).where(
            col(Change.change_set_id).in_(wanted)).group_by(col(Change.change_set_id))).all())
        followed = [int(one.id) for one in sets  # type: ignore[arg-type]
                    if sizes.get(int(one.id), 0) <= MOST_FOLLOWED]  # type: ignore[arg-type]
        rows: dict[int, list[tuple[str, int, str, str, str]]] = {}
        if followed:
            for set_id, kind, record_id, uuid, operation, fields in db.exec(select(  # type: ignore[call-overload]
                    Change.change_set_id, Change.kind, Change.record_id, Change.record_uuid,
                    Change.operation, Change.fields).where(
                    col(Change.change_set_id).in_(followed)).order_by(col(Change.id))).all():
                rows.setdefault(set_id, []).append((kind, record_id, uuid, operation, fields))
        found = []
        for one in sets:
            set_id = int(one.id)  # type: ignore[arg-type]
            whole = set_id not in followed
            entries = [(Kind(kind), int(record_id), uuid, operation, json.loads(fields))
                       for kind, record_id, uuid, operation, fields in rows.get(set_id, [])]
            found.append(News(
                set_id, one.at, one.officer, one.source, naming.Label.read(one.label),
                Changes(frozenset(), frozenset({ROOT})) if whole else changes_of(db, entries),
                tuple(Touched(RecordKey(kind, record_id), uuid, operation, frozenset(diff))
                      for kind, record_id, uuid, operation, diff in entries),
                whole, sender))
    return found


Entry = tuple[Kind, int, str, str, dict[str, Any]]
"""(kind, record id, uuid, operation, {field: [old, new]}) as a change stores it."""


def changes_of(db: Session, entries: Sequence[Entry]) -> Changes:
    """The `Changes` the services returned when they wrote these changes (the same rules:
    a record's own key, and the lists it left or joined), read back from what they stored,
    so another window refreshes what its own save would have refreshed."""
    updated: set[RecordKey] = set()
    lists: set[ListKey] = set()
    for kind, record_id, _uuid, operation, diff in entries:
        updated.add(RecordKey(kind, record_id))
        column = PARENT_COLUMN.get(kind)
        if kind == Kind.CONFERENCE:
            lists.add(ROOT)  # conferences are listed by name at the top
        elif operation in ("add", "delete") and column in diff:
            lists |= _lists(kind, diff[column][1 if operation == "add" else 0])
        elif column in diff:  # moved to another parent: both lists
            lists |= _lists(kind, diff[column][0]) | _lists(kind, diff[column][1])
        elif kind == Kind.SESSION and {"ordinal", "date"} & set(diff):
            plenary = db.get(PlenarySession, record_id)  # listed newest first
            if plenary is not None:
                lists |= _lists(kind, plenary.conference_id)
        if AREA_IDS in diff:  # an agreement is listed under each area it serves
            old, new = diff[AREA_IDS]
            lists |= {ListKey(ListKind.AREA, int(area)) for area in set(old or ()) ^ set(new or ())}
        if kind == Kind.ANNEX and operation == "update" and "number" in diff:
            updated |= {RecordKey(Kind.AGREEMENT, int(holder)) for holder in db.exec(
                select(Agreement.id).where(Agreement.annex_id == record_id)).all()
                if holder is not None}
        if kind == Kind.AGREEMENT and "annex_id" in diff:
            updated |= {RecordKey(Kind.ANNEX, int(annex)) for annex in diff["annex_id"] if annex}
    return Changes(frozenset(updated), frozenset(lists))


def _lists(kind: Kind, owner: Any) -> set[ListKey]:
    """The lists a record of `kind` under `owner` is shown in (a plenary at the top too)."""
    if owner is None:
        return set()
    key = list_key_of(kind, int(owner))
    return {key, ROOT} if kind == Kind.SESSION else {key}


def merged(news: Iterable[News]) -> Changes:
    """Everything a burst of change sets changed, as one `Changes`."""
    total = Changes()
    for one in news:
        total = total | one.changes
    return total
