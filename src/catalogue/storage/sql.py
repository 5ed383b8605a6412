"""SQL that each engine reads best, for queries written once above the storage package."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any


def among(column: Any, ids: list[int], dialect: str) -> tuple[Any, dict[str, Any]]:
    """`column` is one of `ids`, and its parameters: one parameter whatever the number of
    ids, so the statement's text is the same each time and is neither written out with
    hundreds of placeholders nor parsed again (a search's outline spent a fifth of its time
    expanding SQLAlchemy's IN lists). On PostgreSQL `= ANY` of one array, which the driver
    prepares once, sent as the array's text: the driver's own array adapter walks the list
    in Python, a quarter of a millisecond for 200 ids on each of a search's queries. On
    SQLite the ids as one JSON array read by `json_each`."""
    if dialect == "postgresql":
        return _condition(column, dialect), {_name(column): array_text(ids)}
    return _condition(column, dialect), {_name(column): json.dumps(ids)}


def array_text(ids: Iterable[int]) -> str:
    """`ids` as PostgreSQL's text of an integer array ('{1,2,3}'): one parameter, sent as
    text, which the server reads as the array `= ANY` wants."""
    return "{" + ",".join(str(int(value)) for value in ids) + "}"


def one_snapshot(dialect: str) -> dict[str, Any]:
    """Execution options under which a connection's statements all read one snapshot: a
    search reads its matches, then the records above them. A server's writer connections
    are READ COMMITTED, a snapshot per statement (an area deleted between two of them
    failed the search: break3); a file's needs `hold_snapshot` too."""
    return {"isolation_level": "REPEATABLE READ"} if dialect == "postgresql" else {}


def hold_snapshot(connection: Any) -> None:
    """On a file, begin the read transaction that keeps one snapshot for the connection's
    statements until it ends: pysqlite begins none for a read, so each of a search's
    statements read the file as of its own moment, and a plenary deleted meanwhile left
    its matched measures shown under nothing (break5). A server's is one_snapshot's."""
    if connection.dialect.name == "sqlite" and not connection.connection.driver_connection \
            .in_transaction:
        connection.exec_driver_sql("BEGIN")


def _name(column: Any) -> str:
    return f"ids_{column.table.name}_{column.name}"


@cache
def _condition(column: Any, dialect: str) -> Any:
    """Made once per column: building the expression costs more than running it."""
    from sqlalchemy import String, any_, bindparam, func, literal_column, select
    from sqlalchemy.types import NullType

    if dialect == "postgresql":
        # no type and no cast: the driver sends the text as of unknown type, and the server
        # reads it as the integer array `= ANY` wants once, when the statement is bound.
        # A cast of a text parameter was run again on every row of a sequential scan (201
        # plenaries with 57 ids: 1.2 ms against 0.2)
        return column == any_(bindparam(_name(column), type_=NullType()))
    listed: Any = select(literal_column("value")).select_from(
        func.json_each(bindparam(_name(column), type_=String)))
    return column.in_(listed)
