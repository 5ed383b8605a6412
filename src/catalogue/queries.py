"""Read-only views of the catalogue as plain values for the GUI and the CLI.

Nothing here writes. Results are small frozen dataclasses and dicts, never ORM objects, so
they can outlive the database session that produced them (the GUI keeps them in its tree).
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from catalogue.models import (
    RECORD_TABLES,
    Agreement,
    AgreementArea,
    Annex,
    Area,
    Measure,
    Official,
    PlenarySession,
)
from catalogue.services import RecordKey, fetch
from catalogue.spec import Item


def plenaries(engine: Engine) -> list[Item]:
    with Session(engine) as db:
        rows = db.exec(select(PlenarySession).order_by(PlenarySession.ordinal)).all()
        return [Item("session", row.id, row.model_dump()) for row in rows]  # type: ignore[arg-type]


def group_counts(engine: Engine, session_id: int) -> dict[str, int]:
    """How many areas, officials, agreements and annexes a plenary has."""
    with Session(engine) as db:
        return {
            name: db.exec(select(func.count()).select_from(table).where(
                table.session_id == session_id)).one()  # type: ignore[attr-defined]
            for name, table in (("areas", Area), ("officials", Official),
                                ("agreements", Agreement), ("annexes", Annex))
        }


def children(engine: Engine, key: RecordKey) -> list[Item]:
    """The records shown under a list node, in catalogue order."""
    kind, parent_id = key
    with Session(engine) as db:
        if kind == "root":
            return plenaries(engine)
        if kind == "area":
            return _area_children(db, parent_id)
        if kind == "areas":
            rows = db.exec(select(Area).where(Area.session_id == parent_id)
                           .order_by(Area.position)).all()
            return [Item("area", row.id, row.model_dump()) for row in rows]  # type: ignore[arg-type]
        if kind == "officials":
            rows = db.exec(select(Official).where(Official.session_id == parent_id)
                           .order_by(Official.position)).all()
            return [Item("official", row.id, row.model_dump()) for row in rows]  # type: ignore[arg-type]
        if kind == "agreements":
            return _agreements(db, Agreement.session_id == parent_id)
        if kind == "annexes":
            return _annexes(db, parent_id)
    raise ValueError(f"no list {key!r}")


def _area_children(db: Session, area_id: int) -> list[Item]:
    area = db.get(Area, area_id)
    if area is None:
        return []
    measures = db.exec(select(Measure).where(Measure.area_id == area_id)
                       .order_by(Measure.position)).all()
    items = [Item("measure", row.id, {**row.model_dump(), "area_position": area.position})  # type: ignore[arg-type]
             for row in measures]
    served = select(AgreementArea.agreement_id).where(AgreementArea.area_id == area_id)
    return items + _agreements(db, Agreement.id.in_(served))  # type: ignore[union-attr]


def _agreements(db: Session, condition: Any) -> list[Item]:
    rows = db.exec(select(Agreement, Annex.number).outerjoin(Annex, Agreement.annex_id == Annex.id)
                   .where(condition).order_by(Agreement.position)).all()
    return [Item("agreement", agreement.id, {**agreement.model_dump(), "annex_number": number})  # type: ignore[arg-type]
            for agreement, number in rows]


def _annexes(db: Session, session_id: int) -> list[Item]:
    rows = db.exec(select(Annex).where(Annex.session_id == session_id)
                   .order_by(Annex.number)).all()
    holders = dict(db.exec(select(Agreement.annex_id, Agreement.numeral).where(
        Agreement.session_id == session_id, Agreement.annex_id.is_not(None))).all())  # type: ignore[union-attr]
    return [Item("annex", row.id, {**row.model_dump(), "holds": holders.get(row.id, "")})  # type: ignore[arg-type]
            for row in rows]


def record(engine: Engine, kind: str, record_id: int) -> dict[str, Any]:
    """Every editable value of one record, plus what the editor needs to show it."""
    with Session(engine) as db:
        row = fetch(db, kind, record_id)
        values: dict[str, Any] = row.model_dump()
        if kind == "measure":
            area = db.get(Area, row.area_id)
            values["area_name"] = area.name if area else ""
            values["ref"] = f"{area.position if area else '?'}.{row.position}"
            values["session_id"] = area.session_id if area else None
        if kind == "agreement":
            values["area_ids"] = tuple(sorted(db.exec(select(AgreementArea.area_id).where(
                AgreementArea.agreement_id == record_id)).all()))
        return values


def area_choices(engine: Engine, session_id: int) -> list[tuple[int, str]]:
    with Session(engine) as db:
        return [(row.id, row.name) for row in db.exec(  # type: ignore[misc]
            select(Area).where(Area.session_id == session_id).order_by(Area.position)).all()]


def annex_choices(engine: Engine, session_id: int) -> list[tuple[int, int, str]]:
    with Session(engine) as db:
        return [(row.id, row.number, row.title) for row in db.exec(  # type: ignore[misc]
            select(Annex).where(Annex.session_id == session_id).order_by(Annex.number)).all()]


def totals(engine: Engine) -> dict[str, int]:
    """Records of each kind in the whole catalogue (the status bar's counts)."""
    with Session(engine) as db:
        return {kind: db.exec(select(func.count()).select_from(table)).one()
                for kind, table in RECORD_TABLES.items()}


SEARCH_LIMIT = 200
"""At most this many matches are shown; the status bar says when there were more."""


@dataclass(frozen=True)
class SearchResult:
    matches: frozenset[RecordKey]
    """The records whose own words contain every word searched for."""
    visible: frozenset[RecordKey]
    """The matches and every node above them, so a tree can show them in place."""
    more: bool = False
    """More records matched than `matches` holds."""


def search(engine: Engine, query: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """Records whose text, title, name, post, parties or notes contain every word of `query`
    (parts of words too). SQLite answers from its full-text index."""
    words = query.split()
    if not words:
        return SearchResult(frozenset(), frozenset())
    if engine.dialect.name == "sqlite":
        from catalogue.db import search_index

        found = search_index(engine, words, limit + 1)
    else:
        found = _search_by_like(engine, words, limit + 1)
    more = len(found) > limit
    matches = set(found[:limit])
    with Session(engine) as db:
        return SearchResult(frozenset(matches), frozenset(matches | _ancestors(db, matches)),
                            more)


def _search_by_like(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """The same search without a full-text index (other databases): LIKE on every column."""
    searched: list[tuple[str, Any, tuple[Any, ...]]] = [
        ("session", PlenarySession, (PlenarySession.title, PlenarySession.place)),
        ("area", Area, (Area.name,)),
        ("measure", Measure, (Measure.text,)),
        ("official", Official, (Official.honorific, Official.name, Official.post)),
        ("agreement", Agreement, (Agreement.numeral, Agreement.title, Agreement.parties)),
        ("annex", Annex, (Annex.title,)),
    ]
    found: list[RecordKey] = []
    with Session(engine) as db:
        for kind, table, columns in searched:
            joined = columns[0]
            for column in (*columns[1:], table.notes):
                joined = joined + " " + column
            haystack = func.lower(joined)
            conditions = [haystack.contains(word.lower(), autoescape=True) for word in words]
            found += [(kind, row_id) for row_id in db.exec(
                select(table.id).where(*conditions).limit(limit)).all()]
    return found[:limit]


def _ancestors(db: Session, found: set[RecordKey]) -> set[RecordKey]:
    """The session, group and area keys above each found record."""
    by_kind: dict[str, list[int]] = {}
    for kind, record_id in found:
        by_kind.setdefault(kind, []).append(record_id)
    above: set[RecordKey] = set()
    if by_kind.get("measure"):
        rows = db.exec(select(Area.id, Area.session_id).join(Measure).where(
            Measure.id.in_(by_kind["measure"]))).all()  # type: ignore[union-attr]
        above |= {("area", area_id) for area_id, _ in rows}
        above |= {("areas", sid) for _, sid in rows} | {("session", sid) for _, sid in rows}
    for kind, group in (("area", "areas"), ("official", "officials"),
                        ("agreement", "agreements"), ("annex", "annexes")):
        ids = by_kind.get(kind)
        if ids:
            table = RECORD_TABLES[kind]
            sessions = set(db.exec(select(table.session_id).where(  # type: ignore[attr-defined]
                table.id.in_(ids))).all())  # type: ignore[attr-defined]
            above |= {(group, sid) for sid in sessions} | {("session", sid) for sid in sessions}
    return above


def match_lines(engine: Engine, result: SearchResult) -> list[tuple[str, str, str]]:
    """(record type, ref as in the CSV, words) for each match, in catalogue order: read with
    the same few queries as the filtered tree."""
    outline = filtered_outline(engine, result.visible)
    lines: list[tuple[str, str, str]] = []

    def add(item: Item, ref: str, words: str) -> None:
        if item.key in result.matches:
            lines.append((item.kind, ref, words))

    for plenary in outline.get(("root", 0), []):
        sid, v = plenary.id, plenary.values
        add(plenary, str(v["ordinal"]), v["title"])
        for area in outline.get(("areas", sid), []):
            add(area, str(area.values["position"]), area.values["name"])
            for item in outline.get(("area", area.id), []):
                if item.kind == "measure":
                    add(item, f"{area.values['position']}.{item.values['position']}",
                        item.values["text"])
        for item in outline.get(("officials", sid), []):
            v = item.values
            add(item, str(v["position"]), f"{v['honorific']} {v['name']}, {v['post']}")
        for item in outline.get(("agreements", sid), []):
            add(item, item.values["numeral"], item.values["title"])
        for item in outline.get(("annexes", sid), []):
            add(item, str(item.values["number"]), item.values["title"])
    return lines


def filtered_outline(engine: Engine, visible: frozenset[RecordKey] | set[RecordKey]
                     ) -> dict[RecordKey, list[Item]]:
    """The filtered tree in one go: list key -> the visible items under it, in catalogue
    order. A handful of queries however many records match, instead of one per node."""
    ids: dict[str, list[int]] = {}
    for kind, record_id in visible:
        ids.setdefault(kind, []).append(record_id)
    outline: dict[RecordKey, list[Item]] = {}
    with Session(engine) as db:
        def rows(kind: str, *order: Any) -> list[Any]:
            table = RECORD_TABLES[kind]
            wanted = ids.get(kind)
            if not wanted:
                return []
            return list(db.exec(select(table).where(table.id.in_(wanted)).order_by(*order)).all())

        for row in rows("session", PlenarySession.ordinal):
            outline.setdefault(("root", 0), []).append(Item("session", row.id, row.model_dump()))
        area_positions: dict[int, int] = {}
        for row in rows("area", Area.session_id, Area.position):
            area_positions[row.id] = row.position
            outline.setdefault(("areas", row.session_id), []).append(
                Item("area", row.id, row.model_dump()))
        for row in rows("measure", Measure.area_id, Measure.position):
            outline.setdefault(("area", row.area_id), []).append(Item("measure", row.id, {
                **row.model_dump(), "area_position": area_positions.get(row.area_id, 0)}))
        for row in rows("official", Official.session_id, Official.position):
            outline.setdefault(("officials", row.session_id), []).append(
                Item("official", row.id, row.model_dump()))
        if ids.get("agreement"):
            agreements = _agreements(db, Agreement.id.in_(ids["agreement"]))  # type: ignore[union-attr]
            links = db.exec(select(AgreementArea).where(
                AgreementArea.agreement_id.in_(ids["agreement"]),  # type: ignore[attr-defined]
                AgreementArea.area_id.in_(ids.get("area", [])))).all()  # type: ignore[attr-defined]
            by_area: dict[int, set[int]] = {}
            for link in links:
                by_area.setdefault(link.area_id, set()).add(link.agreement_id)
            for item in agreements:
                outline.setdefault(("agreements", item.values["session_id"]), []).append(item)
            for area_id, agreement_ids in by_area.items():
                outline.setdefault(("area", area_id), []).extend(
                    item for item in agreements if item.id in agreement_ids)
        for row in rows("annex", Annex.session_id, Annex.number):
            outline.setdefault(("annexes", row.session_id), []).append(
                Item("annex", row.id, {**row.model_dump(), "holds": ""}))
    return outline
