"""SQL that each engine reads best, for queries written once above the storage package."""

from __future__ import annotations

from functools import cache
from typing import Any


def among(column: Any, ids: list[int], dialect: str) -> tuple[Any, dict[str, Any]]:
    """`column` is one of `ids`, and its parameters. On SQLite an IN list (one expanding
    parameter: SQLAlchemy does not coerce each id). On PostgreSQL `= ANY` of one array: the
    statement's text is then the same however many ids a search returns, so it is not
    written out and parsed again with hundreds of placeholders each time, and the driver
    prepares it once."""
    return _condition(column, dialect), {_name(column): ids}


def _name(column: Any) -> str:
    return f"ids_{column.table.name}_{column.name}"


@cache
def _condition(column: Any, dialect: str) -> Any:
    """Made once per column: building the expression costs more than running it."""
    from sqlalchemy import Integer, any_, bindparam
    from sqlalchemy.dialects.postgresql import ARRAY

    if dialect == "postgresql":
        return column == any_(bindparam(_name(column), type_=ARRAY(Integer)))
    return column.in_(bindparam(_name(column), expanding=True))
