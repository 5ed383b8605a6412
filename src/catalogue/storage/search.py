"""Full-text search: SQLite's FTS5 index in a file, pg_trgm's trigram indexes on a server
(migration 0003 builds both; 0007 adds the Chinese fields and folds every word to Simplified
Chinese, so either script finds both).

Both find records whose words contain every word searched for, as parts of words and
case-insensitively, and give them in the same order (a record's search rowid: its id times
8 plus its kind's code), so a file and a server answer a query with the same records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from catalogue.chinese import fold
from catalogue.kinds import BY_SEARCH_CODE, KINDS, Kind, RecordKey

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

WORDS = {
    Kind.SESSION: "{r}.title || ' ' || {r}.place || ' ' || {r}.notes",
    Kind.AREA: "{r}.name || ' ' || {r}.notes",
    Kind.MEASURE: "{r}.text || ' ' || {r}.notes",
    Kind.OFFICIAL: "{r}.honorific || ' ' || {r}.name || ' ' || {r}.post || ' ' || {r}.notes",
    Kind.AGREEMENT:
        "'(' || {r}.numeral || ') ' || {r}.title || ' ' || {r}.parties || ' ' || {r}.notes",
    Kind.ANNEX: "{r}.title || ' ' || {r}.notes",
}
"""The words a search looks at, per kind: the FTS5 index's body on SQLite, the indexed
expression on PostgreSQL (a query uses the index only when it names the same expression)."""
SOURCES = tuple((kind, KINDS[kind].search_code, KINDS[kind].table, body)
                for kind, body in WORDS.items())
"""Kind, its code in the index's rowids and its table (from the registry), and its words."""
TRIGRAM = 3
"""Words this long or longer are looked up in the trigram index; shorter ones scanned."""


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


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
    long_words = [word for word in words if len(word) >= TRIGRAM]
    short_words = [word for word in words if len(word) < TRIGRAM]
    conditions, parameters = [], []
    if long_words:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + word.replace('"', '""') + '"' for word in long_words))
    for word in short_words:
        conditions.append("body LIKE ? ESCAPE '\\'")
        parameters.append(_like(word))
    return " AND ".join(conditions), parameters


def _server_union(words: list[str]) -> tuple[str, dict[str, Any]]:
    """Every kind's matching rowids, one SELECT per table joined by UNION ALL. ILIKE on the
    indexed expression: the GIN trigram index answers it for words of three or more
    characters, and PostgreSQL scans for shorter ones, as FTS5 does."""
    parameters = {f"w{number}": _like(word) for number, word in enumerate(words)}
    selects = []
    for _kind, code, table, body in SOURCES:
        expression = body.format(r=table)
        where = " AND ".join(f"({expression}) ILIKE :w{number} ESCAPE '\\'"
                             for number in range(len(words)))
        selects.append(f"SELECT {table}.id * 8 + {code} AS rowid FROM {table} WHERE {where}")
    return " UNION ALL ".join(selects), parameters


def search_index(engine: Engine, words: list[str], limit: int) -> list[RecordKey]:
    """Keys of records whose words contain every one of `words`, via the index."""
    if not words:
        return []
    result: Any
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            from sqlalchemy import text

            union, parameters = _server_union(words)
            result = connection.execute(text(
                f"SELECT rowid FROM ({union}) AS found ORDER BY rowid LIMIT :limit"),
                {**parameters, "limit": limit})
        else:
            where, values = _where(words)
            result = connection.exec_driver_sql(
                f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid LIMIT ?",
                (*values, limit))
        rowids = [int(rowid) for rowid in result.scalars().all()]
    return [RecordKey(BY_SEARCH_CODE[rowid % 8], rowid // 8) for rowid in rowids]


def count_index(engine: Engine, words: list[str]) -> int:
    """How many records contain every one of `words` (a filter shows '200 of N')."""
    if not words:
        return 0
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            from sqlalchemy import text

            union, parameters = _server_union(words)
            return int(connection.execute(text(
                f"SELECT count(*) FROM ({union}) AS found"), parameters).scalar_one())
        where, values = _where(words)
        return int(connection.exec_driver_sql(
            f"SELECT count(*) FROM search_index WHERE {where}", tuple(values)).scalar_one())


def create_server_index() -> list[str]:
    """The statements that give a server database its search (migration 0003): pg_trgm
    and one GIN trigram index per table over its words."""
    return ["CREATE EXTENSION IF NOT EXISTS pg_trgm", *(
        f"CREATE INDEX {table}_search ON {table} USING gin (({body.format(r=table)}) "
        "gin_trgm_ops)" for _kind, _code, table, body in SOURCES)]
