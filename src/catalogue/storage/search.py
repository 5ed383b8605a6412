"""Full-text search through SQLite's FTS5 index (migration 0003 builds it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from catalogue.kinds import BY_SEARCH_CODE, RecordKey

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def search_index(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """Keys of records whose words contain every one of `words`, via the FTS5 index.

    Words of three or more characters are matched through the trigram index (as substrings,
    case-insensitively); shorter ones are checked with LIKE on the rows it returns (or, when
    every word is short, on every row).
    """
    if not words:
        return []
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
    with engine.connect() as connection:
        rowids: Sequence[int] = connection.exec_driver_sql(
            f"SELECT rowid FROM search_index WHERE {' AND '.join(conditions)} "
            "ORDER BY rowid LIMIT ?", (*parameters, limit)).scalars().all()
    return [RecordKey(BY_SEARCH_CODE[rowid % 8], rowid // 8) for rowid in rowids]
