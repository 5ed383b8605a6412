"""Full-text search: SQLite's FTS5 index in a file, pg_trgm's trigram indexes on a server
(migration 0003 builds both; 0007 adds the Chinese fields and folds every word to Simplified
Chinese, so either script finds both; 0011 folds case the same way on both: storage.casefold).

Both find records whose words contain every word searched for, as parts of words and
case-insensitively, and give them in the same order (a record's search rowid: its id times
8 plus its kind's code), so a file and a server answer a query with the same records.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from catalogue.chinese import fold
from catalogue.kinds import BY_SEARCH_CODE, KINDS, Kind, RecordKey
from catalogue.storage.casefold import CASEFOLD_FUNCTION, search_fold

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

SEARCHED = (Kind.SESSION, Kind.AREA, Kind.MEASURE, Kind.OFFICIAL, Kind.AGREEMENT, Kind.ANNEX)
"""The kinds whose words are indexed (migrations 0003 and 0007 say which words)."""
SERVER_SOURCES = tuple((KINDS[kind].search_code, KINDS[kind].table) for kind in SEARCHED)
"""On a server: each searched table, and its kind's code in the rowids."""
SEARCH_COLUMN = "search_words"
"""On a server: each record's words folded to Simplified Chinese and case-folded, a
generated column with a trigram index (migrations 0007, 0011): what the FTS5 index holds
in a file."""
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

    Words of three or more characters (once folded) are matched through the trigram index
    (as substrings); shorter ones are looked for with instr() on the rows it returns (or,
    when every word is short, on every row). The words are folded as the index is (0011:
    its words are case-folded, and it compares them as they are)."""
    words = [search_fold(word) for word in words]
    long_words = [word for word in words if len(word) >= TRIGRAM]
    short_words = [word for word in words if len(word) < TRIGRAM]
    conditions, parameters = [], []
    if long_words:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + word.replace('"', '""') + '"' for word in long_words))
    for word in short_words:
        conditions.append("instr(body, ?) > 0")
        parameters.append(word)
    return _all(conditions), parameters


def _all(conditions: list[str]) -> str:
    """`conditions` joined by AND as a balanced tree, its parameters in the same order:
    SQLite refuses an expression deeper than 1,000, which a chain of ANDs over a pasted
    text's short words was ("Expression tree is too large")."""
    if len(conditions) <= 2:
        return " AND ".join(conditions)
    middle = len(conditions) // 2
    return f"({_all(conditions[:middle])}) AND ({_all(conditions[middle:])})"


def _indexed(word: str) -> bool:
    """Whether pg_trgm can look `word` up: it takes trigrams from runs of letters and digits
    only, so a shorter word (or one like "(v)") would make it read its whole index."""
    return any(len(run) >= TRIGRAM for run in _RUNS.findall(word))


_RUNS = re.compile(r"[^\W_]+")


def _server_where(words: list[str]) -> tuple[str, dict[str, Any], str]:
    """The condition every word puts on a table's folded, case-folded words (0011), its
    parameters, and what each table's branch is ordered by. Each word is folded by the
    server's own catalogue_fold and catalogue_casefold, as the column is, once. LIKE where the
    trigram index can answer; strpos otherwise, so that PostgreSQL reads the records in
    order and stops at the limit instead.

    By id, PostgreSQL may read the records in id order and stop at the limit, which it
    does when it takes the words to be common: right for one word, but several words
    together are mostly rare, and it would read every record to find a few ("Ho Green":
    190 ms instead of 13). So with several words and one the index can look up, the order
    is an expression of id, which only the matches' top-N sort gives: the index's matches,
    then the sort."""
    conditions, parameters = [], {}
    indexed = [_indexed(search_fold(word)) for word in words]
    for number, word in enumerate(words):
        typed = f"{CASEFOLD_FUNCTION}({FOLD_FUNCTION}(:w{number}))"
        if indexed[number]:
            conditions.append(f"{SEARCH_COLUMN} LIKE {typed} ESCAPE '\\'")
            parameters[f"w{number}"] = _like(word)
        elif any(indexed):  # checked on the rows the index gives for the other words
            conditions.append(f"({SEARCH_COLUMN} || '') LIKE {typed} ESCAPE '\\'")
            parameters[f"w{number}"] = _like(word)
        else:
            # only short words: PostgreSQL takes strpos to match often, so it reads the
            # records in id order and stops at the limit (a short word is usually common)
            conditions.append(f"strpos({SEARCH_COLUMN}, {typed}) > 0")
            parameters[f"w{number}"] = word
    order = "id + 0" if len(words) > 1 and any(indexed) else "id"
    return " AND ".join(conditions), parameters, order


def search_index(connection: Connection, words: list[str], limit: int) -> list[RecordKey]:
    """Keys of records whose words contain every one of `words`, via the index (on the
    caller's connection: the search reads its matches in the same snapshot)."""
    if not words:
        return []
    if connection.dialect.name == "postgresql":
        rowids = _server_search(connection, words, limit)
    else:
        where, values = _where(words)
        rowids = _ints(connection.exec_driver_sql(
            f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid LIMIT ?",
            (*values, limit)))
    return [RecordKey(BY_SEARCH_CODE[rowid % 8], rowid // 8) for rowid in rowids]


def search_rowid(key: RecordKey) -> int:
    """A record's place in the search's order (its rowid in the index)."""
    return key.id * 8 + KINDS[key.kind].search_code


def holds(words: str, wanted: list[str]) -> bool:
    """Whether a record's indexed `words` (words_of) hold every one of `wanted`, by the
    index's own rule: each word, folded as the index folds it, is part of them."""
    return all(search_fold(word) in words for word in wanted)


def words_of(connection: Connection, keys: Collection[RecordKey]) -> dict[RecordKey, str]:
    """Each record's words as the index holds them (folded, case-folded), read by rowid:
    for a handful of records (a measure found by its number, one a plenary), instead of
    asking the index for every record that holds a common word."""
    if not keys:
        return {}
    rowids = sorted(search_rowid(key) for key in keys)
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        from catalogue.storage.sql import array_text

        tables = dict(SERVER_SOURCES)
        by_code: dict[int, list[int]] = {}
        for rowid in rowids:
            by_code.setdefault(rowid % 8, []).append(rowid // 8)
        rows: list[Any] = []
        for code, ids in by_code.items():
            rows += connection.execute(text(
                f"SELECT id * 8 + {code}, {SEARCH_COLUMN} FROM {tables[code]} "
                "WHERE id = ANY(CAST(:ids AS bigint[]))"), {"ids": array_text(ids)}).all()
    else:
        rows = list(connection.exec_driver_sql(
            "SELECT rowid, body FROM search_index WHERE rowid IN "
            "(SELECT value FROM json_each(?))", (json.dumps(rowids),)).all())
    return {RecordKey(BY_SEARCH_CODE[rowid % 8], rowid // 8): body or ""
            for rowid, body in rows}


def _server_search(connection: Connection, words: list[str], limit: int) -> list[int]:
    """The first `limit` search rowids on a server, the largest table asked last.

    The answer is the `limit` smallest rowids (id times 8 plus the kind's code) of every
    table together. So once the other tables have given `limit` of them, the largest
    table's matches past the last of those are not wanted: it is asked only up to that
    id, which PostgreSQL can plan knowing the range. Otherwise a word in a few percent of
    the measures had it read them in id order until `limit` matched, thousands of rows
    ("Educat": 7,861 rows, 21 ms; bounded by the other tables, about 1,400)."""
    from sqlalchemy import text

    _through_indexes(connection)
    where, parameters, order = _server_where(words)
    largest = _largest(connection)
    others = " UNION ALL ".join(  # each table's first `limit`
        f"(SELECT id * 8 + {code} AS rowid FROM {table} WHERE {where} "
        f"ORDER BY {order} LIMIT :limit)" for code, table in SERVER_SOURCES
        if table != largest)
    parameters = {**parameters, "limit": limit}
    found = _ints(connection.execute(text(
        f"SELECT rowid FROM ({others}) AS found ORDER BY rowid LIMIT :limit"), parameters))
    code = dict((table, code) for code, table in SERVER_SOURCES)[largest]
    bound = ""
    if len(found) >= limit:  # an id written out, so that the plan knows how few are left
        bound = f" AND id <= {(found[-1] - code) // 8:d}"
    found += _ints(connection.execute(text(
        f"SELECT id * 8 + {code} FROM {largest} WHERE {where}{bound} "
        f"ORDER BY {order} LIMIT :limit"), parameters))
    return sorted(found)[:limit]


def _through_indexes(connection: Connection) -> None:
    """No sequential scans for the rest of the search's transaction (SET LOCAL: only its
    own statements). With statistics, PostgreSQL takes a LIKE on a row's words to cost
    next to nothing and reads the smaller tables whole, testing every row (the officials:
    2.4 ms for "Education", where the trigram index answers in 0.2): over a query set the
    search took a quarter less time, its slowest queries a third less; a count of
    "Talent" half the time."""
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")


def _ints(result: Any) -> list[int]:
    """The first column as ints, fetched at once (row by row cost a third more)."""
    return [int(value) for value in result.scalars().all()]


def _largest(connection: Connection) -> str:
    """The searched table with the most rows by the server's statistics (the measures, in
    any catalogue seen so far), read once per connection."""
    cached = connection.info.get("catalogue_largest_table")
    if cached is None:
        from sqlalchemy import text

        names = [table for _code, table in SERVER_SOURCES]
        sizes: dict[str, float] = dict(connection.execute(text(
            "SELECT relname, reltuples FROM pg_class WHERE relname = ANY(:names) "
            "AND relkind = 'r'"), {"names": names}).all())
        cached = max(names, key=lambda table: (sizes.get(table, 0), table == KINDS[
            Kind.MEASURE].table))
        connection.info["catalogue_largest_table"] = cached
    return str(cached)


def count_index(connection: Connection, words: list[str]) -> int:
    """How many records contain every one of `words` (a filter shows '200 of N')."""
    if not words:
        return 0
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        _through_indexes(connection)
        where, parameters, _order = _server_where(words)
        counts = " + ".join(f"(SELECT count(*) FROM {table} WHERE {where})"
                            for _code, table in SERVER_SOURCES)
        return int(connection.execute(text(f"SELECT {counts}"), parameters).scalar_one())
    where, values = _where(words)
    return int(connection.exec_driver_sql(
        f"SELECT count(*) FROM search_index WHERE {where}", tuple(values)).scalar_one())
