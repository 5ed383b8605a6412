"""A team catalogue on a real PostgreSQL server (started by the test session, see
tests/pg_server.py): made from the same migrations, seeded like a new file, searched with
the same matches as SQLite's FTS5 index, copied both ways between a file and a server,
opened read-only by a role that may only read, and refused when its character type would
hide Chinese from search."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from catalogue import queries, services
from catalogue.kinds import Kind, RecordKey
from catalogue.storage import StoreError
from catalogue.storage.schema import SCHEMA_HEAD
from catalogue.storage.server import ServerAddress, open_server, resolve_location
from catalogue.workflows import open_catalogue
from catalogue.workflows import open_server as open_seeded
from tests.helpers import run

CHINESE_NOTE = "香港特別行政區政府與上海市人民政府合作 Water 水務"


def without_updated_at(exported: str) -> list[list[str]]:
    """The CSV's cells but the last-changed time and the uuid (a seed is stamped when it
    is made, and each record gets a new random identity)."""
    rows = list(csv.reader(io.StringIO(exported)))
    dropped = {rows[0].index("updated_at"), rows[0].index("uuid")}
    return [[cell for column, cell in enumerate(row) if column not in dropped]
            for row in rows]


def test_an_address_is_a_server_and_every_other_location_a_file(tmp_path):
    address = resolve_location("postgresql://officer:secret@db.example/records")
    assert isinstance(address, ServerAddress)
    assert str(address) == "postgresql://officer@db.example/records"
    assert "secret" not in repr(address)
    socket = resolve_location("postgresql://officer@/records?host=/run/team")
    assert str(socket) == "postgresql://officer@/records (on /run/team)"
    for name in ("postgresql:records.db", "a?b#c:d.db", "postgres://x"):
        assert resolve_location(str(tmp_path / name)) == tmp_path / name


def test_an_empty_database_gets_the_migrations_and_the_seed(pg_empty, pg_server):
    opened = open_seeded(pg_empty)
    try:
        assert opened.read_only is None
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar_one() == SCHEMA_HEAD
            indexes = {row[0] for row in connection.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'"))}
        assert indexes == {f"{table}_search" for table in (
            "plenary_session", "area", "measure", "official", "agreement", "annex")}
        assert sum(queries.totals(opened.engine).values()) == 92  # 91 and its conference
    finally:
        opened.engine.dispose()


def test_the_migrated_server_schema_matches_the_models(pg_catalogue):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    plain = create_engine("postgresql+psycopg://" + pg_catalogue.url[len("postgresql://"):])
    with plain.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       SQLModel.metadata)
        tables = set(inspect(connection).get_table_names())
    plain.dispose()
    # the trigram indexes and the folded words they index are the migrations' own (the
    # server's search), which the models do not name
    differences = [d for d in differences if not (
        (d[0] == "remove_index" and d[1].name.endswith("_search"))
        or (d[0] == "remove_column" and d[3].name == "search_words"))]
    assert differences == []
    assert "alembic_version" in tables


def test_a_server_catalogue_of_revision_0003_upgrades_through_0004_to_0007(pg_catalogue):
    """The dialect branches both ways: down to 0003 (no conferences, uuids, history,
    documents or Chinese fields) and up again when opened; every record is kept and the
    folded search finds Chinese in either script."""
    from catalogue.storage.schema import run_alembic

    plain = create_engine("postgresql+psycopg://" + pg_catalogue.url[len("postgresql://"):])
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0003"))
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar_one() == "0003"
            connection.exec_driver_sql("UPDATE measure SET notes = '經濟合作' WHERE id = 2")
    finally:
        plain.dispose()
    engine = open_seeded(pg_catalogue).engine
    try:
        assert sum(queries.totals(engine).values()) == 92
        assert queries.search(engine, "经济合作").matches == {(Kind.MEASURE, 2)}
        services.update_record(engine, Kind.AREA, 1, {"name_zh": "金融發展"})
        assert (Kind.AREA, 1) in queries.search(engine, "金融发展").matches
    finally:
        engine.dispose()


def test_a_sql_ascii_database_is_refused_with_the_createdb_line(pg_server):
    """It gave "unexpected TypeError: cannot use a string pattern on a bytes-like object"
    for every command (the break-it session): the driver read its text as bytes."""
    pg_server.counter += 1
    name = f"ascii_{pg_server.counter}"
    pg_server.psql(f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' LOCALE 'C' "
                   "TEMPLATE template0")
    try:
        line = run("--db", ServerAddress(pg_server.url(name)).url, "export", "-")
        assert line.returncode == 1 and line.stderr.count("\n") == 1, line.stderr
        assert "must be UTF-8" in line.stderr and "SQL_ASCII" in line.stderr
        assert "createdb --encoding=UTF8" in line.stderr and "TypeError" not in line.stderr
    finally:
        pg_server.drop_database(name)


def test_a_c_ctype_database_is_refused_with_the_createdb_line(pg_server):
    name = pg_server.new_database("ctype", locale="C")
    try:
        address = ServerAddress(pg_server.url(name))
        with pytest.raises(StoreError) as refused:
            open_seeded(address)
        message = str(refused.value)
        assert "\n" not in message
        assert "createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0" in message
        assert pg_server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                              name) == "0"
        line = run("--db", address.url, "export", "-")
        assert line.returncode == 1 and line.stderr.count("\n") == 1, line.stderr
        assert "createdb --encoding=UTF8" in line.stderr
    finally:
        pg_server.drop_database(name)


QUERIES = ["water", "WATER", "co-operation", "hong kong", "Ho", "of", "zz", "(v)", "a",
           "水務", "香港特別", "港", "合作 water", "belt road", "100%", "x_y", "tion ment",
           # Chinese in either script finds both (the fold), in the Chinese fields too
           "水务", "香港特别", "特別行政區", "特别行政区", "經濟", "经济", "經濟合作", "经济合作",
           "綠色金融 滬港", "绿色金融 沪港", "醫療", "医疗合作", "財政司", "财政司司长", "附件一",
           "頭髮", "头发", "乾隆", "干", "乾", "髮", "後", "后", "著名", "面", "麵", "裏", "里面",
           "陳茂波", "陈茂波", "衞生", "卫生", "2.3", "1.1", "2.3 co", "1.2 2.3"]
"""Whole words, parts of words, case, short words (scanned), Chinese (no spaces), several
words, LIKE's own characters, and Chinese in both scripts, where OpenCC's phrases decide
(乾隆 keeps its 乾, 頭髮 folds whole) and one character has two readings (后/後, 面/麵);
a measure's number, alone and with a word."""
CHINESE_FIELDS = {
    Kind.SESSION: {"title_zh": "滬港合作會議第六次全體會議"},
    Kind.AREA: {"name_zh": "綠色金融"},
    Kind.MEASURE: {"text_zh": "推動滬港兩地綠色金融及經濟合作，乾隆年間的著名頭髮麵店後面"},
    Kind.OFFICIAL: {"name_zh": "陳茂波", "post_zh": "財政司司長"},
    Kind.AGREEMENT: {"title_zh": "沪港医疗合作备忘录",
                     "parties_zh": "醫務衞生局；上海市卫生健康委员会"},
    Kind.ANNEX: {"title_zh": "附件一：合作協議"},
}
"""Chinese typed in Traditional and in Simplified, in every kind's Chinese fields."""
OTHER_SCRIPT = {Kind.SESSION: "沪港合作会议", Kind.AREA: "绿色金融", Kind.MEASURE: "经济合作",
                Kind.OFFICIAL: "财政司司长", Kind.AGREEMENT: "醫療合作備忘錄",
                Kind.ANNEX: "合作协议"}
"""A query for each kind's Chinese field in the script it was not typed in."""


def test_the_server_finds_what_fts5_finds(catalogue_file, pg_catalogue):
    """One query set against a file's FTS5 index and a server's trigram indexes, with
    Chinese notes and Chinese fields on both: the same records, in the same order, and
    the same counts."""
    engines = [open_catalogue(catalogue_file), open_seeded(pg_catalogue).engine]
    try:
        for engine in engines:
            services.update_record(engine, Kind.MEASURE, 3, {"notes": CHINESE_NOTE})
            services.update_record(engine, Kind.AREA, 2, {"notes": "100% x_y"})
            for kind, fields in CHINESE_FIELDS.items():
                services.update_record(engine, kind, 1, fields)
        for query in QUERIES:
            # small limits: the other tables fill them, and the measures are read only up
            # to the last of theirs (storage.search._server_search)
            for limit in (1, 2, 5, 50):
                file_result, server_result = (queries.search(engine, query, limit)
                                              for engine in engines)
                assert file_result.matches == server_result.matches, (query, limit)
                assert file_result.total == server_result.total, (query, limit)
                assert file_result.more == server_result.more, (query, limit)
            full = [queries.search(engine, query, None).matches for engine in engines]
            assert full[0] == full[1], query
        assert queries.search(engines[1], "水務").matches == {(Kind.MEASURE, 3)}
        assert queries.search(engines[1], "水务").matches == {(Kind.MEASURE, 3)}
        assert queries.search(engines[1], "water").total > 1
        for kind, query in OTHER_SCRIPT.items():  # each kind's Chinese field, either script
            assert (kind, 1) in queries.search(engines[1], query).matches, query
    finally:
        for engine in engines:
            engine.dispose()


def fold_corpus() -> list[str]:
    """Every entry of the fold's tables, and mixes of them and of phrases cut across."""
    import random

    from catalogue.storage.serverfold import fold_tables

    tables = fold_tables()
    phrases = list(tables["phrases"])
    characters = sorted({char for name in ("normal", "variants", "characters", "phrases")
                         for key in tables[name] for char in key}) + list("ab 香港%_\\'")
    chosen = random.Random(16)
    corpus = [*phrases, *tables["characters"], *tables["normal"], *tables["variants"],
              "", "plain", "é café",
              CHINESE_NOTE, *(value for fields in CHINESE_FIELDS.values()
                              for value in fields.values())]
    corpus += ["".join(chosen.choice(characters) for _ in range(chosen.randint(1, 14)))
               for _ in range(3000)]
    for _ in range(1500):
        one, two = chosen.choice(phrases), chosen.choice(phrases)
        corpus += [one + two, one[1:] + two[:-1], "x" + one[-1] + two + "y"]
    return corpus


def test_the_servers_fold_is_pythons_fold(pg_catalogue):
    """catalogue_fold (SQL, made by migration 0007 from OpenCC's tables) gives exactly what
    chinese.fold (OpenCC itself) gives, for every table entry and thousands of mixes."""
    from catalogue.chinese import fold

    corpus = fold_corpus()
    engine = open_seeded(pg_catalogue).engine
    try:
        with engine.connect() as connection:
            folded = connection.exec_driver_sql(
                "SELECT catalogue_fold(word) FROM unnest(%(words)s::text[]) WITH ORDINALITY "
                "AS given(word, n) ORDER BY n", {"words": corpus}).scalars().all()
    finally:
        engine.dispose()
    differing = [(word, got, fold(word)) for word, got in zip(corpus, folded, strict=True)
                 if got != fold(word)]
    assert differing == []


def test_the_fold_tables_are_the_installed_openccs():
    """data/opencc_t2s_fold.json is what OpenCC's own dictionaries say (regenerate it with
    `python -m catalogue.storage.serverfold data/opencc_t2s_fold.json` after an upgrade)."""
    import shutil
    import tempfile

    from catalogue.storage.serverfold import fold_tables, opencc_tools, read_dictionaries

    folder, tool = opencc_tools()
    if not tool.is_file():
        pytest.skip(f"OpenCC's opencc_dict is not installed at {tool}")
    with tempfile.TemporaryDirectory() as scratch:
        for ocd2 in folder.glob("*.ocd2"):
            shutil.copy(ocd2, scratch)
        assert read_dictionaries(Path(scratch), tool) == fold_tables()


def plan_of(engine, words: list[str], limited: bool = False) -> str:
    """PostgreSQL's plan for the measures matching `words` (`limited`: in the search's
    order, up to its limit), sequential scans turned off (so it takes an index wherever
    one can answer)."""
    from catalogue.storage.search import _server_where

    where, parameters, order = _server_where(words)
    tail = f"ORDER BY {order} LIMIT 201" if limited else ""
    with engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        return "\n".join(connection.execute(text(
            f"EXPLAIN SELECT id FROM measure WHERE {where} {tail}"),
            parameters).scalars())


def test_an_id_list_reaches_the_server_as_one_array_read_once(pg_catalogue):
    """The ids a search's outline reads by are bound as an integer array, read once: not a
    text cast, which PostgreSQL ran again on every row of a sequential scan (the plenaries
    with 57 ids: 1.2 ms against 0.2)."""
    from sqlalchemy import select

    from catalogue.models import PlenarySession
    from catalogue.storage.sql import among

    engine = open_seeded(pg_catalogue).engine
    try:
        condition, parameters = among(PlenarySession.id, [1, 2, 3], "postgresql")
        statement = select(PlenarySession.id).where(condition)
        with engine.connect() as connection:
            assert connection.execute(statement, parameters).scalars().all() == [1]
            connection.exec_driver_sql("SET enable_indexscan = off")
            connection.exec_driver_sql("SET enable_bitmapscan = off")
            compiled = statement.compile(dialect=engine.dialect)
            plan = "\n".join(connection.exec_driver_sql(
                f"EXPLAIN {compiled}", compiled.construct_params(parameters)).scalars())
    finally:
        engine.dispose()
    assert "Seq Scan" in plan and "'{1,2,3}'::integer[]" in plan, plan
    assert "cstring" not in plan and "text" not in plan, plan


def test_a_server_search_uses_the_trigram_index(pg_catalogue):
    """Words of three or more letters are looked up in the GIN index, not scanned; shorter
    ones (no trigram to look up) are read in id order up to the limit, never through a
    whole-index read of the trigram index. The words searched are kept lower-cased (0010),
    so LIKE compares them."""
    engine = open_seeded(pg_catalogue).engine
    try:
        indexed = plan_of(engine, ["WATER", "經濟"])
        together = plan_of(engine, ["Ho", "water"], limited=True)
        for short in (["Ho"], ["(v)"], ["港"]):
            assert "measure_search" not in plan_of(engine, short), short
            assert "measure_search" not in plan_of(engine, short, limited=True)
        with engine.connect() as connection:
            words = connection.exec_driver_sql(
                "SELECT search_words FROM measure WHERE id = 1").scalar_one()
    finally:
        engine.dispose()
    assert "measure_search" in indexed and "Seq Scan" not in indexed, indexed
    assert "~~" in indexed and "~~*" not in indexed, indexed  # LIKE, not ILIKE
    assert words == words.lower() and words != ""
    # several words: the index's matches, never every record read in id order for a few
    assert "measure_search" in together and "measure_pkey" not in together, together


def test_ids_written_explicitly_move_the_sequences_past_them(catalogue_file, pg_empty):
    """A copy writes every id itself; the next record added on the server gets a new one
    (without the sequences set after it, the insert would collide with id 1)."""
    copied = run("--db", str(catalogue_file), "copy", "--to", pg_empty.url)
    assert copied.returncode == 0, copied.stderr
    engine = open_seeded(pg_empty).engine
    try:
        with engine.connect() as connection:
            plenary = connection.exec_driver_sql("SELECT id FROM plenary_session").scalar_one()
        new_id, _ = services.add_record(engine, Kind.AREA, plenary, {"name": "A new area"})
        assert new_id == 16
        snapshot, _ = services.delete_record(engine, Kind.AREA, 1)
        services.restore_record(engine, snapshot)  # the old id again
        again, _ = services.add_record(engine, Kind.AREA, plenary, {"name": "Another area"})
        assert again == 17
    finally:
        engine.dispose()


@pytest.mark.slow
def test_export_of_a_new_server_catalogue_is_the_seed(tmp_path, pg_empty, seed_file):
    """`catalogue export --db postgresql://...` on an empty database writes the seed's
    catalogue, equal to a new file's but for when each was made."""
    server = run("--db", pg_empty.url, "export", "-")
    assert server.returncode == 0, server.stderr
    file = run("--db", str(seed_file), "export", "-")
    assert without_updated_at(server.stdout) == without_updated_at(file.stdout)
    environment = {**os.environ, "CATALOGUE_DB": pg_empty.url, "PYTHONIOENCODING": "utf-8"}
    searched = subprocess.run([sys.executable, "-m", "catalogue", "search", "water"],
                              capture_output=True, text=True, encoding="utf-8",
                              env=environment, timeout=120, check=False)
    assert searched.returncode == 0 and "agreement\tv\t" in searched.stdout, searched.stderr


@pytest.mark.slow
def test_copy_file_to_server_and_back_proves_itself_and_refuses_a_full_destination(
        tmp_path, catalogue_file, pg_empty):
    nothing = run("--db", pg_empty.url, "copy", "--to", str(tmp_path / "none.db"))
    assert nothing.returncode == 1 and "holds no catalogue" in nothing.stderr, nothing.stderr
    assert not (tmp_path / "none.db").exists()
    engine = open_catalogue(catalogue_file)
    services.update_record(engine, Kind.MEASURE, 3, {"notes": CHINESE_NOTE})
    engine.dispose()
    there = run("--db", str(catalogue_file), "copy", "--to", pg_empty.url)
    assert there.returncode == 0, there.stderr
    assert "Copied 92 records from" in there.stdout  # 91 and the conference
    assert "identical CSV export" in there.stdout
    back = tmp_path / "back" / "copy.db"
    returned = run("--db", pg_empty.url, "copy", "--to", str(back))
    assert returned.returncode == 0, returned.stderr
    # the same bytes from all three: the file's fast export, the server's portable one
    exports = [run("--db", location, "export", "-").stdout
               for location in (str(catalogue_file), pg_empty.url, str(back))]
    assert exports[0] == exports[1] == exports[2]
    assert CHINESE_NOTE in exports[1]
    for source, destination in ((str(catalogue_file), pg_empty.url),
                                (pg_empty.url, str(back))):
        refused = run("--db", source, "copy", "--to", destination)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert run("--db", str(back), "export", "-").stdout == exports[0]


def full_rows(engine) -> dict[str, list[tuple]]:
    """Every row of every table of the models (conferences, uuids, change sets and their
    changes, documents and their bytes, the Chinese fields), in id order."""
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        return {table.name: list(connection.execute(
            table.select().order_by(*table.primary_key.columns)))
            for table in SQLModel.metadata.sorted_tables}


@pytest.mark.slow
def test_copy_carries_conferences_history_documents_and_chinese_fields_both_ways(
        tmp_path, catalogue_file, pg_empty):
    """A file with everything main keeps (a second conference, Chinese fields, edits and
    deletes in the history, a document's bytes) goes to a server and back: every row of
    every table the same at all three, and the same CSV."""
    from catalogue import history
    from catalogue.documents import read_document

    data = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\x00%%EOF"
    (tmp_path / "協議.pdf").write_bytes(data)
    engine = open_catalogue(catalogue_file)
    try:
        services.add_plenary(engine, "Hong Kong/Beijing Co-operation Conference", {
            "ordinal": 1, "date": "2024-09-01", "place": "Beijing"})
        for kind, fields in CHINESE_FIELDS.items():
            services.update_record(engine, kind, 1, fields)
        services.delete_record(engine, Kind.MEASURE, 5)
        services.attach_document(engine, RecordKey(Kind.ANNEX, 1),
                                 read_document(tmp_path / "協議.pdf"))
        services.attach_document(engine, RecordKey(Kind.AGREEMENT, 1),
                                 url="https://www.gov.hk/a.pdf")
        before = full_rows(engine)
        deleted = [d.entry.record_uuid for d in history.deleted_records(engine)]
    finally:
        engine.dispose()
    assert len(before["change_set"]) >= 8 and len(before["document"]) == 2
    assert len(before["conference"]) == 2 and deleted
    there = run("--db", str(catalogue_file), "copy", "--to", pg_empty.url)
    assert there.returncode == 0, there.stderr
    back = tmp_path / "back.db"
    returned = run("--db", pg_empty.url, "copy", "--to", str(back))
    assert returned.returncode == 0, returned.stderr
    for location in (pg_empty, back):
        engine = (open_seeded(location).engine if isinstance(location, ServerAddress)
                  else open_catalogue(location))
        try:
            assert full_rows(engine) == before, location
            assert [d.entry.record_uuid for d in history.deleted_records(engine)] == deleted
            assert queries.document_content(engine, before["document"][0].id)[1] == data
            assert (Kind.MEASURE, 1) in queries.search(engine, "经济合作").matches
        finally:
            engine.dispose()
    exports = [run("--db", location, "export", "-").stdout
               for location in (str(catalogue_file), pg_empty.url, str(back))]
    assert exports[0] == exports[1] == exports[2] and "沪港医疗合作备忘录" in exports[0]


@pytest.mark.slow
def test_search_edit_and_history_work_on_the_server_from_the_command_line(pg_server,
                                                                         pg_catalogue):
    """The same commands as on a file, in real subprocesses: an edit through the services'
    checks, remembered in the server's history, found by search in either script; a role
    that may only read is refused the edit in one line and shown the history."""
    import getpass
    import re

    url = pg_catalogue.url
    edited = run("edit", "--db", url, "measure", "3.2", "text_zh", "  推動數據   合作 ")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.strip() == 'measure 3.2: text_zh: (none) -> "推動數據 合作"'
    again = run("edit", "--db", url, "measure", "3.2", "text", "Shared open data.")
    assert again.returncode == 0, again.stderr
    found = run("search", "--db", url, "推动数据")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("measure\t3.2\t"), found.stdout
    assert run("search", "--db", url, "Shared open").stdout.startswith("measure\t3.2\t")
    shown = run("history", "--db", url, "measure", "3.2")
    assert shown.returncode == 0, shown.stderr
    blocks = shown.stdout.split("\n\n")
    assert len(blocks) == 3, "the two edits, then the seed's import that added it"
    assert re.fullmatch(rf"\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ  {re.escape(getpass.getuser())}"
                        r"  Edit measure 3\.2  \(command line\)", blocks[0].splitlines()[0])
    assert blocks[0].rstrip().endswith('-> "Shared open data."')
    assert '    text_zh: (none) -> "推動數據 合作"' in blocks[1]
    assert blocks[2].splitlines()[0].endswith("(import)")
    everything = run("history", "--db", url)
    assert everything.returncode == 0 and "  + measure 1.1" in everything.stdout
    bad = run("edit", "--db", url, "measure", "3.2", "colour", "red")
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1, bad.stderr

    name = pg_catalogue.database
    pg_server.psql("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object "
                   "THEN NULL; END $$")
    pg_server.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", name)
    reader = pg_server.url(name, user="reader")
    refused = run("edit", "--db", reader, "measure", "3.2", "text", "Not mine.")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "may only read" in refused.stderr
    assert run("history", "--db", reader, "measure", "3.2").stdout == shown.stdout
    assert "Not mine" not in run("export", "--db", url, "-").stdout


@pytest.mark.slow
def test_new_plenary_dry_run_import_and_export_documents_take_a_server(tmp_path, pg_catalogue,
                                                                       seed_text):
    """The commands main added work on a server as on a file: a new plenary (refused the
    second time in one line), an import's dry run (writes nothing), the documents export."""
    from catalogue.documents import read_document

    url = pg_catalogue.url
    made = run("--db", url, "new-plenary", "--conference", "Hong Kong/Shanghai Co-operation "
               "Conference", "--ordinal", "7", "--date", "2025-06-03", "--place", "Shanghai")
    assert made.returncode == 0, made.stderr
    assert "Seventh Plenary Session" in made.stdout
    again = run("--db", url, "new-plenary", "--conference", "Hong Kong/Shanghai Co-operation "
                "Conference", "--ordinal", "7", "--date", "2025-07-01", "--place", "Hong Kong")
    assert again.returncode == 1 and again.stderr.count("\n") == 1, again.stderr
    assert "already has plenary 7" in again.stderr
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    before = run("--db", url, "export", "-").stdout
    dry = run("--db", url, "import", "--dry-run", str(release))
    assert dry.returncode == 1 and "already catalogued" in dry.stderr, dry.stderr
    assert "Dry run: nothing was written." in dry.stdout
    assert run("--db", url, "export", "-").stdout == before
    (tmp_path / "協議.pdf").write_bytes(b"%PDF-1.7 " + bytes(range(256)))
    engine = open_seeded(pg_catalogue).engine
    try:
        services.attach_document(engine, RecordKey(Kind.ANNEX, 1),
                                 read_document(tmp_path / "協議.pdf"))
    finally:
        engine.dispose()
    written = run("--db", url, "export-documents", str(tmp_path / "out"))
    assert written.returncode == 0, written.stderr
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(files) == 2 and "documents.csv" in files, files
    document = next(tmp_path / "out" / name for name in files if name.endswith(".pdf"))
    assert document.read_bytes() == b"%PDF-1.7 " + bytes(range(256))


@pytest.mark.slow
def test_a_read_only_role_reads_and_is_refused_writes(tmp_path, pg_server, pg_catalogue,
                                                      seed_text):
    name = pg_catalogue.database
    pg_server.psql("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object "
                   "THEN NULL; END $$")
    pg_server.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", name)
    reader = ServerAddress(pg_server.url(name, user="reader"))
    opened = open_server(reader)
    try:
        assert opened.read_only == "the role reader may only read this catalogue"
    finally:
        opened.engine.dispose()
    assert run("--db", reader.url, "search", "water").returncode == 0
    assert run("--db", reader.url, "export", "-").stdout.count("\n") == 92
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    refused = run("--db", reader.url, "import", "--replace", str(release))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "needs write rights; the role reader may only read" in refused.stderr
    writer = run("--db", pg_catalogue.url, "import", "--replace", str(release))
    assert writer.returncode == 0, writer.stderr


@pytest.mark.slow
def test_a_server_is_backed_up_into_a_local_file(tmp_path, pg_catalogue):
    backed = run("--db", pg_catalogue.url, "backup")
    assert backed.returncode == 0, backed.stderr
    listed = run("--db", pg_catalogue.url, "backups")
    assert listed.returncode == 0 and "\tmanual\t" in listed.stdout, listed.stderr
    backup = Path(backed.stdout.strip().rsplit(" to ", 1)[1])
    assert backup.is_file() and oct(os.stat(backup).st_mode)[-3:] == "600"
    assert run("--db", str(backup), "export", "-").stdout == run(
        "--db", pg_catalogue.url, "export", "-").stdout


def test_an_undone_delete_moves_the_sequence_past_the_ids_it_puts_back(pg_server,
                                                                        pg_catalogue):
    """Undo re-inserts a record with its old id: the sequence is set past it afterwards,
    even when something left it behind (here set back by hand)."""
    engine = open_seeded(pg_catalogue).engine
    try:
        with engine.connect() as connection:
            plenary = connection.exec_driver_sql("SELECT id FROM plenary_session").scalar_one()
        pg_server.psql("SELECT setval(pg_get_serial_sequence('area', 'id'), 1)",
                       pg_catalogue.database)
        snapshot, _ = services.delete_record(engine, Kind.AREA, 15)
        services.restore_record(engine, snapshot)
        new_id, _ = services.add_record(engine, Kind.AREA, plenary, {"name": "A new area"})
        assert new_id == 16
    finally:
        engine.dispose()


def test_missing_server_binaries_skip_here_and_fail_under_ci(monkeypatch):
    from tests import pg_server

    monkeypatch.setattr(pg_server, "find_binaries", lambda: None)
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"), \
            pg_server.running_server():
        pass
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install postgresql"), \
            pg_server.running_server():
        pass


def test_officers_opening_one_empty_database_at_once_make_it_once(pg_empty):
    """The schema and the seed are made under a lock, in one transaction: the second
    opener waits, then finds the catalogue made (one plenary, not two, no error)."""
    results: list[object] = []

    def open_it() -> None:
        try:
            opened = open_seeded(pg_empty)
            opened.engine.dispose()
            results.append(None)
        except Exception as error:  # shown by the assertion below
            results.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [None, None, None]
    engine = open_seeded(pg_empty).engine
    try:
        assert len(queries.plenaries(engine)) == 1
    finally:
        engine.dispose()


def test_a_copy_never_holds_more_than_a_batch_of_documents_in_memory():
    """Rows go in batches of at most so many rows and so many bytes of documents (one
    bigger document alone): 5,000 documents of 50 MB were one batch before."""
    from catalogue.storage.server import batches

    rows = [{"id": number, "content": bytes(60)} for number in range(5)]
    rows.insert(2, {"id": 99, "content": bytes(500)})
    rows += [{"id": 100 + number, "name": "no bytes"} for number in range(25)]
    sizes = [[row["id"] for row in batch] for batch in batches(iter(rows), 10, 100)]
    assert sizes[:5] == [[0], [1], [99], [2], [3]]
    assert all(len(batch) <= 10 for batch in sizes)
    assert [row_id for batch in sizes for row_id in batch] == [row["id"] for row in rows]


def test_a_copy_into_a_server_leaves_its_tables_vacuumed_and_analyzed(catalogue_file, pg_empty,
                                                                       pg_server):
    """Searches right after a copy read the trigram indexes' pending list entry by entry
    and plan without statistics (the server search bench: several times slower) until
    autovacuum comes: the copy does its work at once."""
    copied = run("--db", str(catalogue_file), "copy", "--to", pg_empty.url)
    assert copied.returncode == 0, copied.stderr
    tidied = pg_server.psql("SELECT relname FROM pg_stat_user_tables WHERE relname IN "
                            "('measure', 'area', 'change_set') AND last_vacuum IS NOT NULL "
                            "AND last_analyze IS NOT NULL ORDER BY relname", pg_empty.database)
    assert tidied.split() == ["area", "change_set", "measure"]
