"""One case fold for the search on both engines (migration 0011, storage.casefold): letters
whose lower case is not their case folding (İ, the Kelvin sign, ς, ß, ẞ, ﬁ, ŉ) match the
same records in a file (FTS5) and on a server (pg_trgm), and are marked where they are."""

from __future__ import annotations

import random
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.storage.casefold import (
    _translation,
    casefold,
    fold_table,
    folded_offsets,
    made_table,
    match_spans,
    search_fold,
)
from catalogue.storage.engine import connect
from catalogue.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, run_alembic
from catalogue.workflows import open_catalogue
from catalogue.workflows import open_server as open_seeded

TEXTS = {
    1: "İSTANBUL", 2: "Istanbul", 3: "ıstanbul",  # dotted capital, plain, Turkish dotless
    4: "\u212aelvin", 5: "kelvin",  # the Kelvin sign, k
    6: "ΟΔΥΣΣΕΥΣ", 7: "Ὀδυσσεύς",  # capitals; accents and a final sigma
    8: "Straße", 9: "STRASSE", 10: "GROẞE",  # ß, SS, capital ẞ
    11: "ﬁnance",  # the ligature
    12: "Ἀθῆναι", 13: "ΑΘΗΝΑΙ",  # Greek with and without accents
    14: "香港特別行政區", 15: "上海市人民政府",  # Traditional, Simplified
    16: "ŉ",  # one letter folding to two
}
"""Each measure's text (its notes and Chinese text emptied), by measure id."""
EXPECTED = {
    "istanbul": {1, 2}, "İstanbul": {1, 2}, "İSTANBUL": {1, 2}, "ISTANBUL": {1, 2},
    "ıstanbul": {3}, "ı": {3}, "İ": {1, 2, 4, 5, 11}, "i̇": set(),
    "\u212a": {4, 5}, "k": {4, 5}, "K": {4, 5}, "KELVIN": {4, 5}, "\u212aELVIN": {4, 5},
    "ς": {6, 7}, "σ": {6, 7}, "Σ": {6, 7}, "οδυσσευς": {6}, "ΟΔΥΣΣΕΥΣ": {6},
    "Οδυσσευς": {6}, "ὀδυσσεύς": {7}, "ὈΔΥΣΣΕΎΣ": {7}, "υσσ": {6, 7},
    "ß": {8, 9, 10}, "ẞ": {8, 9, 10}, "SS": {8, 9, 10}, "ss": {8, 9, 10},
    "strasse": {8, 9}, "STRAẞE": {8, 9}, "straße": {8, 9}, "große": {10}, "aß": {8, 9},
    "ﬁ": {11}, "fi": {11}, "FINANCE": {11}, "ﬁnance": {11},
    "ἀθῆναι": {12}, "αθηναι": {13}, "Αθηναι": {13}, "θ": {12, 13},
    "特别": {14}, "特別行政區": {14}, "香港特别行政区": {14}, "上海市": {15},
    "人民政府": {15}, "人民政府 上海": {15}, "ŉ": {16}, "ʼn": {16}, "ʼN": {16},
    "Straße ΟΔΥΣΣΕΥΣ": set(),
}
"""What each query finds among those measures, on either engine."""


def _set_texts(engine) -> None:
    for measure_id, words in TEXTS.items():
        services.update_record(engine, Kind.MEASURE, measure_id,
                               {"text": words, "text_zh": "", "notes": ""})


@pytest.mark.both_engines
def test_each_letter_that_lower_case_gets_wrong_finds_the_same_records(engine):
    """Before: "istanbul" missed İSTANBUL in a file, "οδυσσευς" and "ς" missed ΟΔΥΣΣΕΥΣ on
    a server, "ss" missed Straße on both."""
    _set_texts(engine)
    for query, wanted in EXPECTED.items():
        found = {record_id for kind, record_id in queries.search(engine, query, None).matches
                 if kind == Kind.MEASURE and record_id in TEXTS}
        assert found == wanted, query
        assert queries.count(engine, query) == len(queries.search(engine, query, None).matches)


def test_a_file_and_a_server_give_the_same_matches_and_counts(catalogue_file, pg_catalogue):
    """The query set and parts of each text, in any case, against every record (the
    seed's too): the same records, the same first five, the same counts."""
    engines = [open_catalogue(catalogue_file), open_seeded(pg_catalogue).engine]
    chosen = random.Random(11)
    asked = list(EXPECTED)
    for words in TEXTS.values():
        for _ in range(6):
            start = chosen.randrange(len(words))
            part = words[start:start + chosen.randint(1, 5)]
            asked += [part, part.upper(), part.lower(), part.casefold(), part.swapcase()]
    try:
        for engine in engines:
            _set_texts(engine)
        for query in dict.fromkeys(query for query in asked if query.strip()):
            file_result, server_result = (queries.search(engine, query, 5) for engine in engines)
            assert file_result.matches == server_result.matches, query
            assert file_result.total == server_result.total, query
            full = [queries.search(engine, query, None).matches for engine in engines]
            assert full[0] == full[1], query
    finally:
        for engine in engines:
            engine.dispose()


def test_the_table_is_pythons_casefold_but_for_the_dotted_capital_i():
    """data/casefold.json is what this Python's str.casefold says (regenerate it with
    `python -m catalogue.storage.casefold data/casefold.json` after a Unicode upgrade)."""
    assert fold_table()["unicode"] == unicodedata.unidata_version
    assert fold_table() == made_table()
    folds = fold_table()["folds"]
    assert folds["İ"] == "i" and folds["ß"] == "ss" and folds["ς"] == "σ"
    assert folds["\u212a"] == "k" and folds["ﬁ"] == "fi" and "ı" not in folds


def test_the_table_and_pythons_casefold_fold_every_character_alike():
    """The two ways a file folds (str.casefold where the Unicode versions agree, the table
    where they do not) agree on every character and on texts of them."""
    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    table = _translation()
    assert [casefold(one) for one in characters] == [one.translate(table)
                                                     for one in characters]
    chosen = random.Random(3)
    for _ in range(2000):
        words = "".join(chosen.choice(characters[:0x3000]) for _ in range(20))
        assert casefold(words) == words.translate(table)


def test_the_servers_casefold_is_the_files_for_every_character(pg_catalogue):
    """catalogue_casefold (SQL, made by 0011 from the same table) gives what the file's
    gives, for every character and mixes with ASCII, line breaks and LIKE's characters."""
    characters = [chr(code) for code in range(1, 0x110000) if not 0xD800 <= code < 0xE000]
    chosen = random.Random(5)
    corpus = [*characters, "", "Plain ASCII", "İSTANBUL\nΟΔΥΣΣΕΥΣ%_\\'", "香港特別 Straße"]
    corpus += ["".join(chosen.choice(characters[:0x2000]) for _ in range(chosen.randint(1, 30)))
               for _ in range(5000)]
    engine = open_seeded(pg_catalogue).engine
    try:
        with engine.connect() as connection:
            folded = connection.exec_driver_sql(
                "SELECT catalogue_casefold(word) FROM unnest(%(words)s::text[]) "
                "WITH ORDINALITY AS given(word, n) ORDER BY n", {"words": corpus}).scalars().all()
            volatility = connection.exec_driver_sql(
                "SELECT provolatile FROM pg_proc WHERE proname = 'catalogue_casefold'"
            ).scalar_one()
    finally:
        engine.dispose()
    assert [(word, got) for word, got in zip(corpus, folded, strict=True)
            if got != casefold(word)] == []
    assert volatility == "i", "IMMUTABLE: a generated column and its index may use it"


def test_a_server_folds_the_words_typed_once_not_per_record(pg_catalogue):
    """The words typed are folded when the query is planned (a constant in the plan), so
    each record costs a LIKE on its stored words, no call."""
    from catalogue.storage.search import _server_where

    engine = open_seeded(pg_catalogue).engine
    try:
        where, parameters, _order = _server_where(["ΟΔΥΣΣΕΥΣ", "ẞ"])
        with engine.connect() as connection:
            plan = "\n".join(connection.execute(text(
                f"EXPLAIN SELECT id FROM measure WHERE {where}"), parameters).scalars())
    finally:
        engine.dispose()
    assert "catalogue_casefold" not in plan and "catalogue_fold" not in plan, plan
    assert "οδυσσευσ" in plan and "ss" in plan, plan


def _sqlite_index(path) -> tuple[str, list[str]]:
    connection = sqlite3.connect(path)
    try:
        table = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
        triggers = [row[0] for row in connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search_%'")]
    finally:
        connection.close()
    return table, triggers


def test_a_file_of_0010_is_upgraded_and_its_index_rebuilt_folded(catalogue_file):
    """Records written before 0011 are found by the new fold once the file is opened; down
    to 0010 and up again both work."""
    engine = open_catalogue(catalogue_file)
    engine.dispose()
    plain = create_engine("sqlite://", creator=lambda: connect(catalogue_file),
                          poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0010"))
        with plain.begin() as connection:  # written at 0010: its triggers, its index
            connection.exec_driver_sql("UPDATE measure SET text = 'ΟΔΥΣΣΕΥΣ İSTANBUL' "
                                       "WHERE id = 2")
            connection.exec_driver_sql("UPDATE measure SET text = 'Straße' WHERE id = 3")
    finally:
        plain.dispose()
    table, triggers = _sqlite_index(catalogue_file)
    assert "case_sensitive 0" in table and not any("casefold" in one for one in triggers)
    engine = open_catalogue(catalogue_file)
    try:
        assert queries.search(engine, "οδυσσευς istanbul").matches == {(Kind.MEASURE, 2)}
        assert queries.search(engine, "strasse").matches == {(Kind.MEASURE, 3)}
        services.update_record(engine, Kind.MEASURE, 4, {"text": "GROẞE"})
        assert queries.search(engine, "grosse").matches == {(Kind.MEASURE, 4)}
    finally:
        engine.dispose()
    table, triggers = _sqlite_index(catalogue_file)
    assert "case_sensitive 1" in table and len(triggers) == 18
    assert all("catalogue_casefold(catalogue_fold(" in one for one in triggers
               if "INSERT" in one)


def test_a_server_of_0010_is_upgraded_and_its_words_made_again_folded(pg_catalogue):
    plain = create_engine("postgresql+psycopg://" + pg_catalogue.url[len("postgresql://"):])
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0010"))
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM pg_proc WHERE proname = 'catalogue_casefold'"
            ).scalar_one() == 0
            connection.exec_driver_sql(
                "UPDATE measure SET text = 'ΟΔΥΣΣΕΥΣ İSTANBUL' WHERE id = 2")
            connection.exec_driver_sql("UPDATE measure SET text = 'Straße' WHERE id = 3")
            assert connection.exec_driver_sql(
                "SELECT search_words FROM measure WHERE id = 3").scalar_one().startswith(
                    "straße ")  # lower case
    finally:
        plain.dispose()
    engine = open_seeded(pg_catalogue).engine
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar_one() == SCHEMA_HEAD
            words = connection.exec_driver_sql(
                "SELECT search_words FROM measure WHERE id IN (2, 3) ORDER BY id").scalars()
            assert [one.split(" ")[0] for one in words] == ["οδυσσευσ", "strasse"]
        assert queries.search(engine, "οδυσσευς istanbul").matches == {(Kind.MEASURE, 2)}
        assert queries.search(engine, "strasse").matches == {(Kind.MEASURE, 3)}
        services.update_record(engine, Kind.MEASURE, 4, {"text": "GROẞE"})
        assert queries.search(engine, "grosse").matches == {(Kind.MEASURE, 4)}
    finally:
        engine.dispose()


def test_0011_follows_0010():
    from importlib import import_module

    migration = import_module("catalogue.migrations.versions.0011_case_fold")
    assert (migration.revision, migration.down_revision) == ("0011", "0010")
    assert KNOWN_REVISIONS[KNOWN_REVISIONS.index("0011") - 1] == "0010"


# -- the matches marked in the text shown -----------------------------------------------------


def test_marks_land_on_the_characters_that_matched_whatever_their_fold_length():
    assert match_spans("Straße", ["ss"]) == [(4, 5)], "the ß"
    assert match_spans("Straße GROẞE", ["SS"]) == [(4, 5), (10, 11)]
    assert match_spans("Straße", ["s"]) == [(0, 1), (4, 5)], "both s of ß: ß once"
    assert match_spans("ßßß finance", ["FINANCE"]) == [(4, 11)], "after longer folds"
    assert match_spans("ﬁnance", ["in"]) == [(0, 2)], "the ligature and the n"
    assert match_spans("İSTANBUL ıstanbul", ["istanbul"]) == [(0, 8)]
    assert match_spans("300 \u212a", ["k"]) == [(4, 5)]
    assert match_spans("ΟΔΥΣΣΕΥΣ", ["ς"]) == [(3, 4), (4, 5), (7, 8)]
    assert match_spans("香港特別行政區 Water", ["特别", "WATER"]) == [(2, 4), (8, 13)]
    assert match_spans("ŉa ŉ", ["ʼn"]) == [(0, 1), (3, 4)]
    assert match_spans("Straße", []) == [] and match_spans("", ["a"]) == []


TRICKY = "aAsSkKiIıİßẞﬁﬀŉΣσςΟΔΥΕΰΐάΆ\u212a\u0307 香港特別别"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=TRICKY, max_size=30),
       st.lists(st.text(alphabet=TRICKY, min_size=1, max_size=4), min_size=1, max_size=3))
def test_every_mark_holds_a_word_and_every_word_found_is_marked(shown, words):
    """Marks are in order, inside the text, apart; each one's fold holds a word's; a text
    whose fold holds a word has a mark (what the tree's delegate paints)."""
    spans = match_spans(shown, words)
    folded_words = [search_fold(word) for word in words]
    folded, offsets = folded_offsets(shown)
    assert len(offsets) == len(folded) and offsets == sorted(offsets)
    done = 0
    for start, end in spans:
        assert done <= start < end <= len(shown)
        done = end
        marked = "".join(one for one, place in zip(folded, offsets, strict=True)
                         if start <= place < end)
        assert any(word in marked for word in folded_words), (start, end)
    if any(word in folded for word in folded_words):
        assert spans
