"""Read-only views of the catalogue as plain values for the GUI and the CLI.

Nothing here writes. Results are small frozen dataclasses and dicts, never ORM objects, so
they can outlive the database session that produced them (the GUI keeps them in its tree).
"""

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from catalogue import naming
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
    Measure,
    Official,
    PlenarySession,
)
from catalogue.services import fetch
from catalogue.spec import Item, Key


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


def _among(column: Any, ids: list[int]) -> tuple[Any, dict[str, Any]]:
    """`column IN ids` as one expanding parameter: SQLAlchemy then does not coerce each of
    the hundreds of ids a search can return one by one."""
    name = f"ids_{column.table.name}_{column.name}"
    return column.in_(bindparam(name, expanding=True)), {name: ids}


def _items(kind: Kind, rows: list[dict[str, Any]], **extra: Any) -> list[Item]:
    return [Item(kind, row["id"], {**row, **extra}) for row in rows]


def plenaries(engine: Engine) -> list[Item]:
    with Session(engine) as db:
        return _items(Kind.SESSION, _rows(db, PlenarySession,
                                          order=(PlenarySession.ordinal,)))


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
    if kind == ListKind.ROOT:
        return plenaries(engine)
    with Session(engine) as db:
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
        return values


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
    total: int = 0
    """How many records matched in all (more than len(matches) when `more`)."""


def search(engine: Engine, query: str, limit: int | None = SEARCH_LIMIT) -> SearchResult:
    """Records whose text, title, name, post, parties or notes contain every word of `query`
    (parts of words too), with the records above them; at most `limit` (None: all). The
    database answers from its index (storage.search); a handful of queries then read the
    matches and their ancestors."""
    words = query.split()
    if not words:
        return SearchResult(frozenset(), frozenset())
    wanted = 2**62 if limit is None else limit + 1  # "no limit" as any SQL LIMIT takes it
    if engine.dialect.name in ("sqlite", "postgresql"):  # FTS5, pg_trgm
        from catalogue.storage.search import count_index, search_index

        found = search_index(engine, words, wanted)
        more = limit is not None and len(found) > limit
        total = count_index(engine, words) if more else len(found)
    else:
        found = _search_by_like(engine, words, wanted)
        total = len(found)
    matches = frozenset(found[:limit])
    with Session(engine) as db:
        outline = _outline(db, matches)
    visible = {item.key for items in outline.values() for item in items}
    visible |= {key for key in outline if key[0] in GROUPS}
    return SearchResult(matches, frozenset(visible), limit is not None and len(found) > limit,
                        outline, total)


SEARCHED = {Kind.SESSION: ("title", "place"), Kind.AREA: ("name",), Kind.MEASURE: ("text",),
            Kind.OFFICIAL: ("honorific", "name", "post"),
            Kind.AGREEMENT: ("numeral", "title", "parties"), Kind.ANNEX: ("title",)}
"""The columns a search looks at besides notes (migration 0003 indexes the same words)."""


def _search_by_like(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """The same search without a full-text index (other databases): LIKE on every column."""
    found: list[RecordKey] = []
    with Session(engine) as db:
        for kind in KINDS:
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


def _chunks(ids: set[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[start:start + CHUNK] for start in range(0, len(ordered), CHUNK)]


def _outline(db: Session, matches: frozenset[RecordKey]) -> Outline:
    """The matches and the plenaries, groups and areas above them, as a filtered tree.

    A query per record type however many records match, instead of one per node: the
    matched measures name their areas, and every record names its plenary."""
    ids: dict[str, set[int]] = {}
    for kind, record_id in matches:
        ids.setdefault(kind, set()).add(record_id)

    def rows(kind: Kind, wanted: set[int], *order: Any) -> list[dict[str, Any]]:
        table: Any = TABLES[kind]
        found = []
        for chunk in _chunks(wanted):
            condition, parameters = _among(table.id, chunk)
            found += _rows(db, table, condition, parameters=parameters)
        return sorted(found, key=lambda row: tuple(row[column.key] for column in order))

    measures = rows(Kind.MEASURE, ids.get(Kind.MEASURE, set()), Measure.area_id,
                    Measure.position)
    areas = rows(Kind.AREA, ids.get(Kind.AREA, set()) | {row["area_id"] for row in measures},
                 Area.session_id, Area.position)
    officials = rows(Kind.OFFICIAL, ids.get(Kind.OFFICIAL, set()), Official.session_id,
                     Official.position)
    agreements = sorted((item for chunk in _chunks(ids.get(Kind.AGREEMENT, set()))
                         for item in _agreements(db, *_among(Agreement.id, chunk))),
                        key=lambda item: item.values["position"])
    annexes = rows(Kind.ANNEX, ids.get(Kind.ANNEX, set()), Annex.session_id, Annex.number)
    in_sessions = ids.get(Kind.SESSION, set()) | {
        row["session_id"] for row in (*areas, *officials, *annexes)} | {
        item.values["session_id"] for item in agreements}
    outline: Outline = {}
    for row in rows(Kind.SESSION, in_sessions, PlenarySession.ordinal):
        outline.setdefault(ROOT, []).append(Item(Kind.SESSION, row["id"], row))
    area_positions = {row["id"]: row["position"] for row in areas}
    for row in areas:
        outline.setdefault(list_key_of(Kind.AREA, row["session_id"]), []).append(
            Item(Kind.AREA, row["id"], row))
    for row in measures:
        outline.setdefault(list_key_of(Kind.MEASURE, row["area_id"]), []).append(
            Item(Kind.MEASURE, row["id"], {
                **row, "area_position": area_positions[row["area_id"]]}))
    for row in officials:
        outline.setdefault(list_key_of(Kind.OFFICIAL, row["session_id"]), []).append(
            Item(Kind.OFFICIAL, row["id"], row))
    if agreements and area_positions:
        by_area: dict[int, set[int]] = {}
        for chunk in _chunks(ids[Kind.AGREEMENT]):
            served, parameters = _among(AgreementArea.agreement_id, chunk)
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
        outline.setdefault(list_key_of(Kind.ANNEX, row["session_id"]), []).append(
            Item(Kind.ANNEX, row["id"], {**row, "holds": ""}))
    return outline


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
    (case-insensitively), from a little before its first match, on one line, with "…"
    where the text is cut; the start of the first text when none matches (the words met
    across two columns)."""
    pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))),
                         re.IGNORECASE)
    flats = [" ".join(text.split()) for text in texts]  # a line break would end the line
    found = next(((flat, match) for flat in flats if (match := pattern.search(flat))), None)
    flat, first, last = (flats[0], 0, 0) if found is None else (
        found[0], found[1].start(), found[1].end())
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
    words = query.split()
    lines: list[tuple[str, str, str]] = []

    def add(items: list[Item], kind: Kind | None = None) -> None:
        for item in items:
            if item.key in result.matches and (kind is None or item.kind == kind):
                texts = _texts(item.kind, item.values)  # type: ignore[arg-type]
                lines.append((item.kind, naming.reference(item.kind, item.values),
                              snippet(texts, words)))

    for plenary in outline.get(ROOT, []):
        add([plenary])
        for group in GROUPS:  # areas (each with its measures), officials, agreements, annexes
            for item in outline.get(ListKey(group, plenary.id), []):
                add([item])
                if item.kind == Kind.AREA:
                    add(outline.get(ListKey(ListKind.AREA, item.id), []), Kind.MEASURE)
    return lines
