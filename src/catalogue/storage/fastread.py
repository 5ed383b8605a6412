"""Reads that need no SQLAlchemy: the window's first screen, one record, the record counts.

The window is shown, and its first record put in the editor, before the ORM is imported
(which takes about half a second, on a worker thread), so what it shows first is read here
with the standard library's sqlite3, as the same plain values the ORM queries give (tests
compare them).
"""

import contextlib
import datetime
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from catalogue import naming
from catalogue.kinds import GROUPS, KINDS, ROOT, Key, Kind, ListKey, ListKind
from catalogue.storage.engine import connect
from catalogue.storage.errors import StoreError

Entry = tuple[str, int, dict[str, Any]]
"""(kind or list, id, values) of one row of the tree."""


class FirstScreen(NamedTuple):
    """What the window shows before it has an engine: the plenaries, the first one's groups
    and areas, and the record counts."""

    lists: dict[Key, list[Entry]]
    totals: dict[Kind, int]


def _row_values(row: sqlite3.Row) -> dict[str, Any]:
    values = dict(row)
    for name in ("updated_at",):
        if isinstance(values.get(name), str):
            values[name] = datetime.datetime.fromisoformat(values[name])
    return values


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection giving rows by name; any SQLite failure as StoreError."""
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as error:
        raise StoreError(str(error)) from None
    connection.row_factory = sqlite3.Row
    try:
        yield connection
    except sqlite3.Error as error:
        raise StoreError(str(error)) from None
    finally:
        connection.close()


def first_screen(path: Path) -> FirstScreen:
    """Read the window's first screen; StoreError when the file cannot be read."""
    with _reading(path) as connection:
        def rows(sql: str, *parameters: object) -> list[dict[str, Any]]:
            return [_row_values(row) for row in connection.execute(sql, parameters)]

        lists: dict[Key, list[Entry]] = {}
        session, conference = KINDS[Kind.SESSION].table, KINDS[Kind.CONFERENCE].table
        conferences = rows(f"SELECT * FROM {conference} ORDER BY name")
        plenaries = rows(f"SELECT s.*, c.name AS conference_name FROM {session} s JOIN "
                         f"{conference} c ON c.id = s.conference_id "
                         "ORDER BY s.date DESC, s.ordinal DESC, s.id DESC")
        for plenary in plenaries:
            plenary["date"] = datetime.date.fromisoformat(plenary["date"])
        if len(conferences) > 1:  # the tree's top: conferences, the first one's plenaries
            lists[ROOT] = [(Kind.CONFERENCE, c["id"], c) for c in conferences]
            first = conferences[0]["id"]
            plenaries = [p for p in plenaries if p["conference_id"] == first]
            for plenary in plenaries:
                del plenary["conference_name"]
            lists[ListKey(ListKind.CONFERENCE, first)] = [
                (Kind.SESSION, p["id"], p) for p in plenaries]
        else:
            lists[ROOT] = [(Kind.SESSION, p["id"], p) for p in plenaries]
        if plenaries:
            sid = plenaries[0]["id"]
            lists[ListKey(ListKind.SESSION, sid)] = [
                (group, sid, {"count": connection.execute(
                    f"SELECT count(*) FROM {KINDS[info.members].table} WHERE session_id = ?",
                    (sid,)).fetchone()[0]})
                for group, info in GROUPS.items()]
            area, measure = KINDS[Kind.AREA].table, KINDS[Kind.MEASURE].table
            lists[ListKey(ListKind.AREAS, sid)] = [  # each with its measures counted
                (Kind.AREA, a["id"], a) for a in rows(
                    f"SELECT a.*, (SELECT count(*) FROM {measure} m WHERE m.area_id = a.id) "
                    f"AS measures FROM {area} a WHERE a.session_id = ? ORDER BY a.position",
                    sid)]
        return FirstScreen(lists, record_totals(connection))


def record(path: Path, kind: Kind, record_id: int) -> dict[str, Any] | None:
    """The values queries.record gives for one record (None when it does not exist);
    StoreError when the file cannot be read."""
    with _reading(path) as connection:
        def row(table: str, row_id: object) -> dict[str, Any] | None:
            found = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
            return None if found is None else _row_values(found)

        values = row(KINDS[kind].table, record_id)
        if values is None:
            return None
        if kind == Kind.SESSION:
            values["date"] = datetime.date.fromisoformat(values["date"])
        if kind == Kind.MEASURE:
            area = row(KINDS[Kind.AREA].table, values["area_id"])
            values["area_name"] = area["name"] if area else ""
            values["area_position"] = area["position"] if area else "?"
            values["ref"] = naming.reference(kind, values)
            values["session_id"] = area["session_id"] if area else None
        if kind == Kind.AGREEMENT:
            values["area_ids"] = tuple(area_id for (area_id,) in connection.execute(
                "SELECT area_id FROM agreement_area WHERE agreement_id = ? ORDER BY area_id",
                (record_id,)))
        if kind == Kind.SESSION:
            found = row(KINDS[Kind.CONFERENCE].table, values["conference_id"])
            values["conference_name"] = found["name"] if found else ""
        elif values.get("session_id") is not None:
            plenary = row(KINDS[Kind.SESSION].table, values["session_id"])
            values["conference_id"] = plenary["conference_id"] if plenary else None
        return values


def record_totals(connection: sqlite3.Connection) -> dict[Kind, int]:
    """Records of each kind, counted through a plain sqlite3 connection (0 for a kind
    whose table a file from an older revision does not have yet)."""
    names = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {kind: connection.execute(f"SELECT count(*) FROM {info.table}").fetchone()[0]
            if info.table in names else 0 for kind, info in KINDS.items()}
