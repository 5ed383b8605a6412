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
from catalogue.kinds import Kind
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
    # the trigram indexes are the migration's own, on expressions the models do not name
    differences = [d for d in differences if not (
        d[0] == "remove_index" and d[1].name.endswith("_search"))]
    assert differences == []
    assert "alembic_version" in tables


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
           "水務", "香港特別", "港", "合作 water", "belt road", "100%", "x_y", "tion ment"]
"""Whole words, parts of words, case, short words (scanned), Chinese (no spaces), several
words, and LIKE's own characters."""


def test_the_server_finds_what_fts5_finds(catalogue_file, pg_catalogue):
    """One query set against a file's FTS5 index and a server's trigram indexes, with
    Chinese notes on both: the same records, in the same order, and the same counts."""
    engines = [open_catalogue(catalogue_file), open_seeded(pg_catalogue).engine]
    try:
        for engine in engines:
            services.update_record(engine, Kind.MEASURE, 3, {"notes": CHINESE_NOTE})
            services.update_record(engine, Kind.AREA, 2, {"notes": "100% x_y"})
        for query in QUERIES:
            file_result, server_result = (queries.search(engine, query, 5)
                                          for engine in engines)
            assert file_result.matches == server_result.matches, query
            assert file_result.total == server_result.total, query
            assert file_result.more == server_result.more, query
            full = [queries.search(engine, query, None).matches for engine in engines]
            assert full[0] == full[1], query
        assert queries.search(engines[1], "水務").matches == {(Kind.MEASURE, 3)}
        assert queries.search(engines[1], "water").total > 1
    finally:
        for engine in engines:
            engine.dispose()


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
