"""Hong Kong's forms of a character found by the standard Traditional and the Simplified
ones, and the reverse (migration 0012, chinese.fold, storage.serverfold.normalising): 衞生署
(the Department of Health, as Hong Kong writes it) is found by 衛生 and by 卫生 in a file
and on a server, and a catalogue indexed by the fold before is folded again on opening."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, run_alembic
from catalogue.storage.serverfold import create_fold_function, fold_tables, normalising
from catalogue.workflows import open_catalogue
from catalogue.workflows import open_server as open_seeded

HONG_KONG = "衞生署推廣健康生活，説明綫上服務"
"""A measure's Chinese text in Hong Kong's forms: 衞 (衛), 説 (說), 綫 (線)."""
FOUND_BY = ("衞生署", "衛生署", "卫生署", "說明", "说明", "線上", "线上", "健康生活")


def _old_fold(text: str) -> str:
    """The fold before 0012: OpenCC's t2s alone, which keeps Hong Kong's forms."""
    import opencc

    return str(opencc.OpenCC("t2s").convert(text))


def test_0012_is_the_head_after_0011():
    from importlib import import_module

    migration = import_module("catalogue.migrations.versions.0012_hong_kong_variants")
    assert (migration.revision, migration.down_revision) == ("0012", "0011")
    assert KNOWN_REVISIONS[-2:] == ("0011", "0012") and SCHEMA_HEAD == "0012"


def test_the_first_step_makes_hong_kong_forms_standard_one_for_one():
    tables = fold_tables()
    first = normalising(tables)
    assert first["衞"] == "衛" and first["綫"] == "線" and first["説"] == "說"
    assert all(len(key) == 1 and len(value) == 1 for key, value in first.items())
    assert first["\uf956"] == "棱", "a compatibility ideograph that is a variant, both steps"
    assert _old_fold("衞生") == "衞生", "t2s alone keeps it (why 0012 is needed)"


@pytest.mark.both_engines
def test_either_form_in_either_script_finds_the_other(engine):
    services.update_record(engine, Kind.MEASURE, 2, {"text_zh": HONG_KONG})
    services.update_record(engine, Kind.MEASURE, 3, {"notes": "衛生署（標準字形）"})
    services.update_record(engine, Kind.MEASURE, 4, {"notes": "卫生署"})
    wanted = {(Kind.MEASURE, 2), (Kind.MEASURE, 3), (Kind.MEASURE, 4)}
    for query in ("衞生署", "衛生署", "卫生署"):
        assert queries.search(engine, query).matches == wanted, query
    for query in FOUND_BY[3:]:
        assert (Kind.MEASURE, 2) in queries.search(engine, query).matches, query


def test_a_file_indexed_by_the_older_fold_is_folded_again(catalogue_file):
    """Written at 0011 by a connection folding as 0011's version did: its index held 衞
    as it is, so 卫生 found nothing; opened by this version, the index is made again."""
    from catalogue.storage.casefold import CASEFOLD_FUNCTION, casefold_words
    from catalogue.storage.engine import connect
    from catalogue.storage.search import FOLD_FUNCTION

    open_catalogue(catalogue_file).dispose()
    plain = create_engine("sqlite://", creator=lambda: connect(catalogue_file),
                          poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0011"))
    finally:
        plain.dispose()
    older = sqlite3.connect(catalogue_file)
    try:
        older.create_function(FOLD_FUNCTION, 1, _old_fold, deterministic=True)
        older.create_function(CASEFOLD_FUNCTION, 1, casefold_words, deterministic=True)
        with older:
            older.execute("UPDATE measure SET text_zh = ? WHERE id = 2", (HONG_KONG,))
        assert older.execute("SELECT rowid FROM search_index WHERE search_index MATCH "
                             "'\"卫生署\"'").fetchall() == []
        assert older.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0011",)
    finally:
        older.close()
    engine = open_catalogue(catalogue_file)
    try:
        for query in FOUND_BY:
            assert (Kind.MEASURE, 2) in queries.search(engine, query).matches, query
    finally:
        engine.dispose()


def test_a_server_folded_by_the_older_fold_is_folded_again(pg_catalogue):
    """A server at 0011 with 0011's catalogue_fold (no variants) and a record written
    then: opened by this version, catalogue_fold is made again and every word with it."""
    plain = create_engine("postgresql+psycopg://" + pg_catalogue.url[len("postgresql://"):])
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0011"))
            connection.exec_driver_sql(create_fold_function({**fold_tables(), "variants": {}}))
            connection.exec_driver_sql("UPDATE measure SET text_zh = %(text)s WHERE id = 2",
                                       {"text": HONG_KONG})
            words = connection.exec_driver_sql(
                "SELECT search_words FROM measure WHERE id = 2").scalar_one()
            assert "衞生署" in words and "卫生署" not in words
    finally:
        plain.dispose()
    engine = open_seeded(pg_catalogue).engine
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar_one() == "0012"
            assert "卫生署" in connection.exec_driver_sql(
                "SELECT search_words FROM measure WHERE id = 2").scalar_one()
        for query in FOUND_BY:
            assert (Kind.MEASURE, 2) in queries.search(engine, query).matches, query
    finally:
        engine.dispose()
