"""Read-only views of the catalogue as plain values for the GUI and the CLI.

Nothing here writes. Results are small frozen dataclasses and dicts, never ORM objects, so
they can outlive the database session that produced them (the GUI keeps them in its tree).
"""

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from catalogue import naming
from catalogue.documents import DocumentError, DocumentInfo, digest
from catalogue.i18n import translate
from catalogue.kinds import (
    GROUPS,
    KINDS,
    ROOT,
    SESSION_LISTS,
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
    Conference,
    Document,
    Measure,
    Official,
    PlenarySession,
)
from catalogue.services import changed_by, current_fields, fetch, owner_of
from catalogue.spec import Conflict, Item, Key
from catalogue.storage.casefold import match_spans
from catalogue.storage.sql import among, hold_snapshot, one_snapshot


def _rows(db: Session, table: Any, *conditions: Any, order: tuple[Any, ...] = (),
          parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of `table` as plain dicts, read without building ORM objects: several times
    faster for the hundreds of rows a tree list or a search result shows."""
    statement = select(*table.__table__.columns).where(*conditions).order_by(*order)
    return _dicts(db, statement, parameters)


def _dicts(db: Session, statement: Any, parameters: dict[str, Any] | None = None
           ) -> list[dict[str, Any]]:
    result = db.connection().execute(statement, parameters or {})
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]


def _among(db: Session, column: Any, ids: list[int]) -> tuple[Any, dict[str, Any]]:
    """`column IN ids`, as the engine reads it best (storage.sql.among)."""
    return among(column, ids, db.get_bind().dialect.name)


def _items(kind: Kind, rows: list[dict[str, Any]], **extra: Any) -> list[Item]:
    return [Item(kind, row["id"], {**row, **extra}) for row in rows]


NEWEST_FIRST = (col(PlenarySession.date).desc(), col(PlenarySession.ordinal).desc(),
                col(PlenarySession.id).desc())
"""How plenaries are listed in the tree."""


def plenaries(engine: Engine) -> list[Item]:
    """Every plenary, newest first, each with its conference's name."""
    with Session(engine) as db:
        return _plenaries(db)


def _plenaries(db: Session, *conditions: Any, named: bool = True,
               parameters: dict[str, Any] | None = None) -> list[Item]:
    statement = (sa_select(*PlenarySession.__table__.columns,  # type: ignore[attr-defined]
                           col(Conference.name).label("conference_name"))
                 .join(Conference, col(Conference.id) == col(PlenarySession.conference_id))
                 .where(*conditions).order_by(*NEWEST_FIRST))
    rows = _dicts(db, statement, parameters)
    if not named:  # under their conference's node, plenaries need not say it again
        for row in rows:
            del row["conference_name"]
    return _items(Kind.SESSION, rows)


def conferences(engine: Engine) -> list[Item]:
    """Every conference, by name."""
    with Session(engine) as db:
        return _conferences(db)


def _conferences(db: Session, *conditions: Any) -> list[Item]:
    return _items(Kind.CONFERENCE, _rows(db, Conference, *conditions,
                                         order=(col(Conference.name),)))


def _top(db: Session) -> list[Item]:
    """The top of the tree: the conferences when there are several, else the plenaries."""
    if db.exec(select(func.count()).select_from(Conference)).one() > 1:
        return _conferences(db)
    return _plenaries(db)


def conference_choices(engine: Engine) -> list[tuple[int, str, str, str]]:
    """(id, name, first side, second side) of every conference, by name."""
    return [(item.id, item.values["name"], item.values["side_a"], item.values["side_b"])
            for item in conferences(engine)]


def side_choices(engine: Engine, session_id: int) -> tuple[str, ...]:
    """The sides an official of this plenary may be on."""
    from catalogue.services import side_choices as choices
    from catalogue.services import sides_of

    with Session(engine) as db:
        return choices(sides_of(db, session_id))


def plenary_counts(engine: Engine, session_id: int) -> dict[Kind, int]:
    """How many records of each kind a plenary holds (what deleting it takes with it)."""
    counts: dict[Kind, int] = {}
    with Session(engine) as db:
        for kind, info in KINDS.items():
            table: Any = TABLES[kind]
            if info.parent == Kind.SESSION:
                counts[kind] = db.exec(select(func.count()).select_from(table).where(
                    table.session_id == session_id)).one()
        counts[Kind.MEASURE] = db.exec(select(func.count()).select_from(Measure).join(
            Area, col(Area.id) == col(Measure.area_id)).where(
                Area.session_id == session_id)).one()
    return counts


def plenary_document_count(engine: Engine, session_id: int) -> int:
    """How many documents the plenary's annexes and agreements hold (they go with it)."""
    with Session(engine) as db:
        return int(db.exec(select(func.count()).select_from(Document).where(
            col(Document.annex_id).in_(select(Annex.id).where(Annex.session_id == session_id))
            | col(Document.agreement_id).in_(
                select(Agreement.id).where(Agreement.session_id == session_id)))).one())


def group_counts(engine: Engine, session_id: int) -> dict[ListKind, int]:
    """How many areas, officials, agreements and annexes a plenary has."""
    counts: dict[ListKind, int] = {}
    with Session(engine) as db:
        for group, info in GROUPS.items():
            table: Any = TABLES[info.members]
            counts[group] = db.exec(select(func.count()).select_from(table).where(
                table.session_id == session_id)).one()
    return counts


def children(engine: Engine, key: ListKey) -> list[Item]:
    """The records shown under a list node, in catalogue order."""
    kind, parent_id = key
    with Session(engine) as db:
        if kind == ListKind.ROOT:
            return _top(db)
        if kind == ListKind.CONFERENCE:
            return _plenaries(db, PlenarySession.conference_id == parent_id, named=False)
        if kind == ListKind.AREA:
            return _area_children(db, parent_id)
        if kind == ListKind.AGREEMENTS:
            return _agreements(db, Agreement.session_id == parent_id)
        if kind == ListKind.ANNEXES:
            return _annexes(db, parent_id)
        if kind == ListKind.AREAS:
            return _areas(db, parent_id)
        members = SESSION_LISTS.get(kind)
        if members is not None:  # the officials, by position
            table: Any = TABLES[members]
            return _items(members, _rows(db, table, table.session_id == parent_id,
                                         order=(table.position,)))
    raise ValueError(f"no list {key!r}")


def _areas(db: Session, session_id: int) -> list[Item]:
    """A plenary's areas by position, each with how many measures it has (the tree says)."""
    counts = dict(db.exec(select(Measure.area_id, func.count()).join(
        Area, col(Area.id) == col(Measure.area_id)).where(Area.session_id == session_id)
        .group_by(col(Measure.area_id))).all())
    return [Item(Kind.AREA, row["id"], {**row, "measures": counts.get(row["id"], 0)})
            for row in _rows(db, Area, Area.session_id == session_id, order=(Area.position,))]


def _area_children(db: Session, area_id: int) -> list[Item]:
    area = db.get(Area, area_id)
    if area is None:
        return []
    items = _items(Kind.MEASURE, _rows(db, Measure, Measure.area_id == area_id,
                                    order=(Measure.position,)), area_position=area.position)
    served = select(AgreementArea.agreement_id).where(AgreementArea.area_id == area_id)
    return items + _agreements(db, Agreement.id.in_(served))  # type: ignore[union-attr]


def _agreements(db: Session, condition: Any, parameters: dict[str, Any] | None = None
                ) -> list[Item]:
    # SQLAlchemy's own select: SQLModel's typed one takes no column lists
    statement = (sa_select(*Agreement.__table__.columns,  # type: ignore[attr-defined]
                           col(Annex.number).label("annex_number"))
                 .outerjoin(Annex, col(Agreement.annex_id) == col(Annex.id))
                 .where(condition).order_by(col(Agreement.position)))
    return _items(Kind.AGREEMENT, _dicts(db, statement, parameters))


def _annexes(db: Session, session_id: int) -> list[Item]:
    rows = _rows(db, Annex, Annex.session_id == session_id, order=(Annex.number,))
    holders = dict(db.exec(select(Agreement.annex_id, Agreement.numeral).where(
        Agreement.session_id == session_id, Agreement.annex_id.is_not(None))).all())  # type: ignore[union-attr]
    return [Item(Kind.ANNEX, row["id"], {**row, "holds": holders.get(row["id"], "")})
            for row in rows]


def record(engine: Engine, kind: Kind, record_id: int) -> dict[str, Any]:
    """Every editable value of one record, plus what the editor needs to show it."""
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        values: dict[str, Any] = row.model_dump()
        if kind == Kind.MEASURE:
            area = db.get(Area, row.area_id)
            values["area_name"] = area.name if area else ""
            values["area_position"] = area.position if area else "?"
            values["ref"] = naming.reference(kind, values)
            values["session_id"] = area.session_id if area else None
        if kind == Kind.AGREEMENT:
            values["area_ids"] = tuple(sorted(db.exec(select(AgreementArea.area_id).where(
                AgreementArea.agreement_id == record_id)).all()))
        if kind == Kind.SESSION:
            values["conference_name"] = fetch(db, Kind.CONFERENCE, row.conference_id).name
        elif values.get("session_id") is not None:  # where it is in a tree of conferences
            plenary = db.get(PlenarySession, values["session_id"])
            values["conference_id"] = plenary.conference_id if plenary else None
        return values


def as_saved(engine: Engine, kind: Kind, record_id: int, mine: dict[str, Any]) -> Conflict:
    """The record as saved now, set against `mine` (the editor's values) as a save that
    met someone else's change sets them: the window's Compare on a change heard from
    another officer opens the same choice (keep theirs, keep mine, merge). NotFound when
    the record is gone."""
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        return Conflict(kind, record_id, mine, current_fields(db, kind, row),
                        int(row.version), changed_by(db, kind, row.uuid))


def area_choices(engine: Engine, session_id: int) -> list[tuple[int, str]]:
    with Session(engine) as db:
        return [(row.id, row.name) for row in db.exec(  # type: ignore[misc]
            select(Area).where(Area.session_id == session_id).order_by(col(Area.position))).all()]


def annex_choices(engine: Engine, session_id: int) -> list[tuple[int, int, str]]:
    with Session(engine) as db:
        return [(row.id, row.number, row.title) for row in db.exec(  # type: ignore[misc]
            select(Annex).where(Annex.session_id == session_id).order_by(col(Annex.number))).all()]


def totals(engine: Engine) -> dict[Kind, int]:
    """Records of each kind in the whole catalogue (the status bar's counts)."""
    with Session(engine) as db:
        return {kind: db.exec(select(func.count()).select_from(table)).one()
                for kind, table in TABLES.items()}


SEARCH_LIMIT = 200
"""At most this many matches are shown; the status bar says when there were more."""

Outline = dict[Key, list[Item]]
"""A filtered tree in one go: list key -> the visible items under it, in catalogue order."""


@dataclass(frozen=True)
class SearchResult:
    matches: frozenset[RecordKey]
    """The records whose own words contain every word searched for."""
    visible: frozenset[Key]
    """The matches and every node above them, so a tree can show them in place."""
    more: bool = False
    """More records matched than `matches` holds."""
    outline: Outline = field(default_factory=dict)
    """The visible records under their lists, read with the search (on the search's
    thread), so showing the result needs no database work."""
    total: int | None = 0
    """How many records matched in all (more than len(matches) when `more`); None when
    more matched and they were not counted (see `counted` in search)."""


def search_words(query: str) -> list[str]:
    """The words of `query`, each once, NUL characters dropped as saved text drops them
    (spec): no record holds one, PostgreSQL refuses any text that does and FTS5 ends a
    word there; a measure's number as the release writes it (naming.as_searched)."""
    return list(dict.fromkeys(naming.as_searched(word)
                              for word in query.replace("\x00", "").split()))


def search(engine: Engine, query: str, limit: int | None = SEARCH_LIMIT, *,
           counted: bool = True) -> SearchResult:
    """Records whose text, title, name, post, parties or notes contain every word of `query`
    (parts of words too), with the records above them; at most `limit` (None: all). The
    database answers from its index (storage.search); a handful of queries then read the
    matches and their ancestors.

    When more than `limit` match, counting them all means reading every match: `counted`
    False leaves that out (total None) for the window, which shows the first ones at once
    and asks `count` on its search thread after."""
    words = search_words(query)
    if not words:
        return SearchResult(frozenset(), frozenset())
    wanted = 2**62 if limit is None else limit + 1  # "no limit" as any SQL LIMIT takes it
    total: int | None
    with Session(engine) as db:  # one connection (and snapshot) for the whole search
        hold_snapshot(db.connection(execution_options=one_snapshot(engine.dialect.name)))
        if engine.dialect.name in ("sqlite", "postgresql"):  # FTS5, pg_trgm
            from catalogue.storage.search import count_index, search_index, search_rowid

            found = search_index(db.connection(), words, wanted)
            numbered = _numbered(db.connection(), words)
            if numbered:  # in the search's order among the index's
                found = sorted(numbered.union(found), key=search_rowid)[:wanted]
            more = limit is not None and len(found) > limit
            total = ((count_index(db.connection(), words) + len(numbered) if counted
                      else None) if more else len(found))
        else:
            found = _search_by_like(engine, words, wanted)
            total = len(found)
        matches = frozenset(found[:limit])
        outline = _outline(db, matches)
    visible = {item.key for items in outline.values() for item in items}
    visible |= {key for key in outline if key[0] in GROUPS}
    return SearchResult(matches, frozenset(visible), limit is not None and len(found) > limit,
                        outline, total)


SEARCHED = {Kind.SESSION: ("title", "place", "title_zh"), Kind.AREA: ("name", "name_zh"),
            Kind.MEASURE: ("text", "text_zh"),
            Kind.OFFICIAL: ("honorific", "name", "post", "name_zh", "post_zh"),
            Kind.AGREEMENT: ("numeral", "title", "parties", "title_zh", "parties_zh"),
            Kind.ANNEX: ("title", "title_zh")}
"""The columns a search looks at besides notes (migrations 0003 and 0007 index the same
words; only SQLite's index folds Traditional to Simplified)."""


def count(engine: Engine, query: str) -> int:
    """How many records contain every word of `query` (what search's total says), as of
    one moment as the search is: the index's count and the numbered measures are several
    statements, and a measure's notes written between them were counted by neither
    (break9)."""
    words = search_words(query)
    if engine.dialect.name in ("sqlite", "postgresql"):
        from catalogue.storage.search import count_index

        with engine.connect().execution_options(
                **one_snapshot(engine.dialect.name)) as connection:
            hold_snapshot(connection)
            return count_index(connection, words) + len(_numbered(connection, words))
    return len(_search_by_like(engine, words, 2**62)) if words else 0


def _numbered(connection: Any, words: list[str]) -> set[RecordKey]:
    """The measures a word of `words` numbers ("12.1": each plenary's first measure of
    its twelfth area) that hold the other words, less those whose own words hold the
    number too (the index finds them): what the index alone leaves out, since a
    measure's number is its place, not one of its words."""
    from catalogue.storage.search import holds, words_of

    numbered: set[RecordKey] = set()
    for word in words:
        number = naming.measure_number(word)
        if number is None:
            continue
        area_position, position = number
        areas = list(connection.execute(sa_select(col(Area.id)).where(
            col(Area.position) == area_position)).scalars())
        in_areas, parameters = among(Measure.area_id, areas, connection.dialect.name)
        keys = {RecordKey(Kind.MEASURE, measure_id) for measure_id in connection.execute(
            sa_select(col(Measure.id)).where(in_areas, col(Measure.position) == position),
            parameters).scalars()} if areas else set()
        rest = [other for other in words if other != word]
        numbered |= {key for key, held in words_of(connection, keys).items()
                     if holds(held, rest) and not holds(held, [word])}
    return numbered


def _search_by_like(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """The same search without a full-text index (other databases): LIKE on every column."""
    found: list[RecordKey] = []
    with Session(engine) as db:
        for kind in SEARCHED:
            table: Any = TABLES[kind]
            columns = [getattr(table, name) for name in SEARCHED[kind]]
            joined = columns[0]
            for column in (*columns[1:], table.notes):
                joined = joined + " " + column
            haystack = func.lower(joined)
            conditions = [haystack.contains(word.lower(), autoescape=True) for word in words]
            found += [RecordKey(kind, row_id) for row_id in db.exec(
                select(table.id).where(*conditions).limit(limit)).all()]
    return found[:limit]


CHUNK = 10_000
"""Ids read per `IN (...)`: SQLite builds allow as few as 32,766 parameters in a statement,
and `search --all` can match every record."""


def _newest_first(item: Item) -> tuple[Any, ...]:
    """NEWEST_FIRST as a sort key of plenaries read as rows."""
    values = item.values
    return (-values["date"].toordinal(), -values["ordinal"], -item.id)


def narrowed(result: SearchResult, session_ids: set[int]) -> SearchResult:
    """A search's result cut down to the records of the plenaries `session_ids`."""
    outline = result.outline
    kept: Outline = {}
    areas: set[int] = set()
    for key, items in outline.items():
        if key == ROOT or key[0] == ListKind.CONFERENCE or key[0] == ListKind.AREA:
            continue
        if key[1] in session_ids:
            kept[key] = list(items)
            areas |= {item.id for item in items if item.kind == Kind.AREA}
    for key, items in outline.items():
        if key[0] == ListKind.AREA and key[1] in areas:
            kept[key] = list(items)
    plenaries = [item for key, items in outline.items()
                 if key == ROOT or key[0] == ListKind.CONFERENCE
                 for item in items if item.kind == Kind.SESSION and item.id in session_ids]
    conferences = {item.values.get("conference_id") for item in plenaries}
    top = outline.get(ROOT, [])
    if any(item.kind == Kind.CONFERENCE for item in top):
        kept[ROOT] = [item for item in top if item.id in conferences]
        for key, items in outline.items():
            if key[0] == ListKind.CONFERENCE and key[1] in conferences:
                kept[key] = [item for item in items if item.id in session_ids]
    else:
        kept[ROOT] = [item for item in top if item.id in session_ids]
    visible = {item.key for items in kept.values() for item in items}
    visible |= {key for key in kept if key[0] in GROUPS}
    matches = frozenset(key for key in result.matches if key in visible)
    return SearchResult(matches, frozenset(visible), False, kept, len(matches))


def _chunks(ids: set[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[start:start + CHUNK] for start in range(0, len(ordered), CHUNK)]


def _outline(db: Session, matches: frozenset[RecordKey]) -> Outline:
    """The matches and the plenaries, groups and areas above them, as a filtered tree.

    A query per record type however many records match, instead of one per node, and
    fewer still for the usual result, measures: their areas come with them (each with how
    many measures it has, for "2 of 14 measures"), and the plenaries with whether the
    catalogue has several conferences. Each statement costs more than its rows here (on a
    server it is a round trip too): a filter of 200 measures read six, now two or three."""
    dialect = db.get_bind().dialect.name
    ids: dict[str, set[int]] = {}
    for kind, record_id in matches:
        ids.setdefault(kind, set()).add(record_id)

    def read(statement: Any, column: Any, wanted: set[int]) -> list[dict[str, Any]]:
        found = []
        for chunk in _chunks(wanted):
            found += _dicts(db, statement, among(column, chunk, dialect)[1])
        return found

    def rows(kind: Kind, wanted: set[int], *order: Any) -> list[dict[str, Any]]:
        table: Any = TABLES[kind]
        found = read(_among_rows(table, dialect), table.id, wanted) if wanted else []
        return sorted(found, key=lambda row: tuple(row[column.key] for column in order))

    areas: dict[int, dict[str, Any]] = {}
    measures: list[dict[str, Any]] = []
    for chunk in _chunks(ids.get(Kind.MEASURE, set())):
        for joined in db.connection().execute(_measures_and_areas(dialect),
                                              among(Measure.id, chunk, dialect)[1]).all():
            measures.append(dict(zip(_MEASURE_NAMES, joined[:_AREA_AT], strict=True)))
            if joined[_AREA_ID_AT] not in areas:
                areas[joined[_AREA_ID_AT]] = dict(zip(_AREA_NAMES, joined[_AREA_AT:],
                                                      strict=True))
    measures.sort(key=lambda row: (row["area_id"], row["position"]))
    wanted_areas = ids.get(Kind.AREA, set()) - set(areas)
    for row in read(_areas_counted(dialect), Area.id, wanted_areas) if wanted_areas else []:
        areas[row["id"]] = row
    ordered_areas = sorted(areas.values(), key=lambda row: (row["session_id"], row["position"]))
    officials = rows(Kind.OFFICIAL, ids.get(Kind.OFFICIAL, set()), Official.session_id,
                     Official.position)
    agreements = sorted((item for chunk in _chunks(ids.get(Kind.AGREEMENT, set()))
                         for item in _agreements(db, *_among(db, Agreement.id, chunk))),
                        key=lambda item: item.values["position"])
    annexes = rows(Kind.ANNEX, ids.get(Kind.ANNEX, set()), Annex.session_id, Annex.number)
    in_sessions = ids.get(Kind.SESSION, set()) | {
        row["session_id"] for row in (*ordered_areas, *officials, *annexes)} | {
        item.values["session_id"] for item in agreements}
    outline: Outline = {}
    plenary_rows = read(_plenaries_counted(dialect), PlenarySession.id, in_sessions) \
        if in_sessions else []
    several = bool(plenary_rows) and plenary_rows[0]["conferences"] > 1
    for row in plenary_rows:
        del row["conferences"]
        if several:  # under their conference's node, plenaries need not say it again
            del row["conference_name"]
    plenary_items = sorted(_items(Kind.SESSION, plenary_rows), key=_newest_first)
    if several:
        above = {item.values["conference_id"] for item in plenary_items}
        outline[ROOT] = [item for item in _items(Kind.CONFERENCE, _dicts(
            db, _every_conference())) if item.id in above]
        for item in plenary_items:
            outline.setdefault(list_key_of(Kind.SESSION, item.values["conference_id"]),
                               []).append(item)
    elif plenary_items:
        outline[ROOT] = plenary_items
    area_positions = {row["id"]: row["position"] for row in ordered_areas}
    for row in ordered_areas:
        outline.setdefault(list_key_of(Kind.AREA, row["session_id"]), []).append(
            Item(Kind.AREA, row["id"], row))
    for row in measures:
        row["area_position"] = area_positions[row["area_id"]]
        outline.setdefault(list_key_of(Kind.MEASURE, row["area_id"]), []).append(
            Item(Kind.MEASURE, row["id"], row))
    for row in officials:
        outline.setdefault(list_key_of(Kind.OFFICIAL, row["session_id"]), []).append(
            Item(Kind.OFFICIAL, row["id"], row))
    if agreements and area_positions:
        by_area: dict[int, set[int]] = {}
        for chunk in _chunks(ids[Kind.AGREEMENT]):
            served, parameters = _among(db, AgreementArea.agreement_id, chunk)
            for link in _dicts(db, select(AgreementArea.agreement_id, AgreementArea.area_id)
                               .where(served), parameters):
                if link["area_id"] in area_positions:
                    by_area.setdefault(link["area_id"], set()).add(link["agreement_id"])
        for area_id, agreement_ids in by_area.items():
            outline.setdefault(ListKey(ListKind.AREA, area_id), []).extend(
                item for item in agreements if item.id in agreement_ids)
    for item in agreements:
        outline.setdefault(list_key_of(Kind.AGREEMENT, item.values["session_id"]), []).append(
            item)
    for row in annexes:
        row["holds"] = ""
        outline.setdefault(list_key_of(Kind.ANNEX, row["session_id"]), []).append(
            Item(Kind.ANNEX, row["id"], row))
    return outline


_MEASURE_NAMES = [column.key for column in Measure.__table__.columns]  # type: ignore[attr-defined]
_AREA_NAMES = [column.key for column in Area.__table__.columns] + [  # type: ignore[attr-defined]
    "measures"]
_AREA_AT = len(_MEASURE_NAMES)
_AREA_ID_AT = _AREA_AT + _AREA_NAMES.index("id")
"""A row of a measure and its area (_measures_and_areas): the measure's columns, then the
area's and its count of measures."""


def _measure_total(area: Any) -> Any:
    """How many measures `area` has, as a column of a statement that reads areas."""
    every = Measure.__table__.alias("every")  # type: ignore[attr-defined]
    return sa_select(func.count()).where(every.c.area_id == area.c.id).scalar_subquery()


@cache
def _among_rows(table: Any, dialect: str) -> Any:
    """Every column of `table`'s rows whose id is among some (storage.sql.among), made once
    per engine's dialect: building a statement costs about as much as running it."""
    return sa_select(*table.__table__.columns).where(among(table.id, [], dialect)[0])


@cache
def _every_conference() -> Any:
    """Every conference by name (the top of a tree of several)."""
    return sa_select(*Conference.__table__.columns).order_by(  # type: ignore[attr-defined]
        col(Conference.name))


@cache
def _measures_and_areas(dialect: str) -> Any:
    """Measures among some, each with its area's columns and its area's count of measures
    (read by place: _MEASURE_NAMES, then _AREA_NAMES)."""
    measure, area = Measure.__table__, Area.__table__  # type: ignore[attr-defined]
    return (sa_select(*measure.columns, *area.columns, _measure_total(area))
            .join(area, area.c.id == measure.c.area_id)
            .where(among(Measure.id, [], dialect)[0]))


@cache
def _areas_counted(dialect: str) -> Any:
    """Areas among some, each with its count of measures."""
    area = Area.__table__  # type: ignore[attr-defined]
    return (sa_select(*area.columns, _measure_total(area).label("measures"))
            .where(among(Area.id, [], dialect)[0]))


@cache
def _plenaries_counted(dialect: str) -> Any:
    """Plenaries among some, each with its conference's name and how many conferences the
    catalogue has (whether the tree's top is its conferences)."""
    conferences = sa_select(func.count()).select_from(Conference).scalar_subquery()
    return (sa_select(*PlenarySession.__table__.columns,  # type: ignore[attr-defined]
                      col(Conference.name).label("conference_name"),
                      conferences.label("conferences"))
            .join(Conference, col(Conference.id) == col(PlenarySession.conference_id))
            .where(among(PlenarySession.id, [], dialect)[0]))


WORDS = {Kind.SESSION: "{title}", Kind.AREA: "{name}", Kind.MEASURE: "{text}",
         Kind.OFFICIAL: "{honorific} {name}, {post}", Kind.AGREEMENT: "{title}",
         Kind.ANNEX: "{title}"}
"""A record's own text, as a search result line shows it."""
SNIPPET = 100
"""Characters of a record's text a search result line shows around the first match."""


def _texts(kind: Kind, values: dict[str, Any]) -> list[str]:
    """The texts a search looked at, its own (WORDS) first, then the searched columns it
    leaves out (a place, an agreement's numeral and parties), then the notes."""
    own = WORDS[kind]
    return [own.format(**values), *(str(values[name]) for name in SEARCHED[kind]
                                    if "{" + name + "}" not in own), str(values["notes"])]


def snippet(texts: list[str], words: list[str], width: int = SNIPPET) -> str:
    """About `width` characters of the first of `texts` in which any of `words` occurs
    (folded as the search folds them: case, and Chinese in either script), from a little
    before its first match, on one line, with "…" where the text is cut; the start of the
    first text when none matches (the words met across two columns)."""
    flats = [" ".join(text.split()) for text in texts]  # a line break would end the line
    found = next(((flat, spans[0]) for flat in flats if (spans := match_spans(flat, words))),
                 None)
    flat, first, last = (flats[0], 0, 0) if found is None else (found[0], *found[1])
    start = max(0, min(first - width // 3, len(flat) - width))
    end = min(len(flat), start + width)
    space = flat.find(" ", start, first)  # start and end at spaces when they are near
    if start > 0 and 0 <= space - start < 20:
        start = space + 1
    space = flat.rfind(" ", max(last, end - 20), end)
    if end < len(flat) and space > 0:
        end = space
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def match_lines(result: SearchResult, query: str = "") -> list[tuple[str, str, str]]:
    """(record type, ref as in the CSV, snippet) for each match, in catalogue order: read
    from the outline the search already holds; the snippet shows where a word of `query`
    occurs in the record's text."""
    outline = result.outline
    words = search_words(query)
    lines: list[tuple[str, str, str]] = []

    def add(items: list[Item], kind: Kind | None = None) -> None:
        for item in items:
            if item.key in result.matches and (kind is None or item.kind == kind):
                texts = _texts(item.kind, item.values)  # type: ignore[arg-type]
                lines.append((item.kind, naming.reference(item.kind, item.values),
                              snippet(texts, words)))

    top = outline.get(ROOT, [])
    in_order = [plenary for item in top for plenary in (
        outline.get(ListKey(ListKind.CONFERENCE, item.id), [])
        if item.kind == Kind.CONFERENCE else [item])]
    for plenary in in_order:
        add([plenary])
        for group in GROUPS:  # areas (each with its measures), officials, agreements, annexes
            for item in outline.get(ListKey(group, plenary.id), []):
                add([item])
                if item.kind == Kind.AREA:
                    add(outline.get(ListKey(ListKind.AREA, item.id), []), Kind.MEASURE)
    return lines


MAX_REF_DIGITS = 9
"""Positions, numbers and ordinals stay within 1,000,000 (the editor's check)."""


def record_by_ref(engine: Engine, session_id: int, kind: Kind, ref: str) -> int | None:
    """The id of the record of `kind` in the plenary that `ref` names as the CSV and
    `catalogue search` print it ('3.2' a measure, 'xi' an agreement, '4' an area, official
    or annex, the ordinal for the plenary itself); None when there is none."""
    ref = ref.strip()
    if any(len(digits) > MAX_REF_DIGITS for digits in re.findall(r"\d+", ref)):
        return None  # no record is numbered so (a database integer could not even hold it)
    number = int(ref) if ref.isdigit() else None
    with Session(engine) as db:
        if kind == Kind.SESSION:
            row = db.get(PlenarySession, session_id)
            return session_id if row is not None and number == row.ordinal else None
        if kind == Kind.MEASURE:
            match = re.fullmatch(r"(\d+)\.(\d+)", ref)
            if match is None:
                return None
            found = db.exec(select(Measure.id).join(Area, col(Area.id) == Measure.area_id).where(
                Area.session_id == session_id, Area.position == int(match[1]),
                Measure.position == int(match[2]))).first()
        elif kind == Kind.AGREEMENT:
            found = db.exec(select(Agreement.id).where(
                Agreement.session_id == session_id,
                Agreement.numeral == ref.lower())).first()
        elif number is None:
            return None
        elif kind == Kind.ANNEX:
            found = db.exec(select(Annex.id).where(
                Annex.session_id == session_id, Annex.number == number)).first()
        else:
            table = TABLES[kind]
            found = db.exec(select(table.id).where(  # type: ignore[attr-defined]
                table.session_id == session_id,  # type: ignore[attr-defined]
                table.position == number)).first()  # type: ignore[attr-defined]
        return None if found is None else int(found)


def area_positions(engine: Engine) -> dict[int, int]:
    """Every area's position by id: a measure's ref from its area id without a query per
    measure (`catalogue history` names thousands of records)."""
    with Session(engine) as db:
        return {int(area_id or 0): int(position) for area_id, position in db.exec(
            select(Area.id, Area.position)).all()}
# -- documents -----------------------------------------------------------------------------

LISTED = tuple(column for column in Document.__table__.columns  # type: ignore[attr-defined]
               if column.name != "content")
"""A document's columns but its bytes: lists never load the files themselves."""


def _document_info(row: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(int(row["id"]), owner_of(row), row["file_name"], row["media_type"],
                        int(row["size"]), row["sha256"], row["url"], row["notes"])


def documents_of(engine: Engine, owner: RecordKey) -> list[DocumentInfo]:
    """An annex's or agreement's documents, in the order attached (names and sizes only)."""
    column: Any = Document.annex_id if owner.kind == Kind.ANNEX else Document.agreement_id
    with Session(engine) as db:
        rows = _dicts(db, sa_select(*LISTED).where(col(column) == owner.id).order_by(
            col(Document.id)))
    return [_document_info(row) for row in rows]


def document_info(engine: Engine, document_id: int) -> DocumentInfo:
    with Session(engine) as db:
        rows = _dicts(db, sa_select(*LISTED).where(col(Document.id) == document_id))
    if not rows:
        raise DocumentError(translate("Queries", "that document no longer exists"))
    return _document_info(rows[0])


def document_content(engine: Engine, document_id: int) -> tuple[DocumentInfo, bytes]:
    """A document and its bytes, checked against the SHA-256 taken when it was attached."""
    info = document_info(engine, document_id)
    with Session(engine) as db:
        content = db.connection().execute(sa_select(Document.content).where(  # type: ignore[call-overload]
            col(Document.id) == document_id)).scalar_one_or_none()
    data = bytes(content or b"")
    if info.is_link or digest(data) != info.sha256 or len(data) != info.size:
        raise DocumentError(translate(
            "Queries", "{name} is not whole in the catalogue (its SHA-256 differs from when "
            "it was attached); restore a backup to get it back").format(name=info.title))
    return info, data


@dataclass(frozen=True)
class PlacedDocument:
    """A document with where it belongs, for `catalogue export-documents`."""

    info: DocumentInfo
    conference: str
    ordinal: int
    place: str
    """The annex's number or the agreement's numeral."""


def all_documents(engine: Engine) -> list[PlacedDocument]:
    """Every document (no bytes), by plenary, then annexes by number, then agreements by
    position, each in the order attached."""
    placed: list[tuple[tuple[Any, ...], PlacedDocument]] = []
    with Session(engine) as db:
        sources: tuple[tuple[Kind, Any, Any, Any, Any], ...] = (
            (Kind.ANNEX, Annex, Document.annex_id, Annex.number, Annex.number),
            (Kind.AGREEMENT, Agreement, Document.agreement_id, Agreement.numeral,
             Agreement.position))
        for kind, owner, column, place, order in sources:
            statement = sa_select(*LISTED, col(Conference.name).label("conference_name"),
                                  col(PlenarySession.ordinal), place.label("place"),
                                  order.label("order_")).join(
                owner, column == owner.id).join(PlenarySession,
                                                owner.session_id == PlenarySession.id).join(
                Conference, col(Conference.id) == PlenarySession.conference_id)
            for row in _dicts(db, statement):
                key = (row["conference_name"], row["ordinal"], kind != Kind.ANNEX,
                       row["order_"], row["id"])
                placed.append((key, PlacedDocument(_document_info(row), row["conference_name"],
                                                   int(row["ordinal"]), str(row["place"]))))
    return [document for _, document in sorted(placed, key=lambda pair: pair[0])]
