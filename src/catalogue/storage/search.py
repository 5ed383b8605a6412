"""Full-text search through SQLite's FTS5 index (migration 0003 builds it; 0007 adds the
Chinese fields and folds every word to Simplified Chinese, so either script finds both)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from catalogue.chinese import fold
from catalogue.kinds import BY_SEARCH_CODE, RecordKey

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


FOLD_FUNCTION = "catalogue_fold"
"""The SQL function the index's triggers call on a record's words (engine.add_functions)."""


def fold_words(words: str | None) -> str | None:
    """What the index holds for a record's words: the text folded to Simplified Chinese
    (the stored text is left as it was typed)."""
    return None if words is None else fold(words)


def _where(words: list[str]) -> tuple[str, list[str]]:
    """The WHERE clause matching every word, and its parameters.

    Words of three or more characters are matched through the trigram index (as substrings,
    case-insensitively); shorter ones are checked with LIKE on the rows it returns (or, when
    every word is short, on every row). The words are folded as the index is.
    """
    words = [fold(word) for word in words]
    long_words = [word for word in words if len(word) >= 3]
    short_words = [word for word in words if len(word) < 3]
    conditions, parameters = [], []
    if long_words:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + word.replace('"', '""') + '"' for word in long_words))
    for word in short_words:
        conditions.append("body LIKE ? ESCAPE '\\'")
        parameters.append("%" + word.replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%")
    return " AND ".join(conditions), parameters


def search_index(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """Keys of records whose words contain every one of `words`, via the FTS5 index."""
    if not words:
        return []
    where, parameters = _where(words)
    with engine.connect() as connection:
        rowids: Sequence[int] = connection.exec_driver_sql(
            f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid LIMIT ?",
            (*parameters, limit)).scalars().all()
    return [RecordKey(BY_SEARCH_CODE[rowid % 8], rowid // 8) for rowid in rowids]


def count_index(engine: Engine, words: list[str]) -> int:
    """How many records contain every one of `words` (a filter shows '200 of N')."""
    if not words:
        return 0
    where, parameters = _where(words)
    with engine.connect() as connection:
        return int(connection.exec_driver_sql(
            f"SELECT count(*) FROM search_index WHERE {where}", tuple(parameters)).scalar_one())
