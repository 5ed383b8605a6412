"""The SQLite store: where it lives, first-run seeding, refusing files that are not ours."""

import sqlite3

import pytest
from sqlalchemy import text

from catalogue import queries
from catalogue.storage import StoreError, resolve_db_path
from catalogue.workflows import open_catalogue
from tests.helpers import file_digest

SEED_TOTALS = {"session": 1, "area": 15, "measure": 35, "official": 12, "agreement": 20,
               "annex": 8, "conference": 1}


@pytest.mark.fresh_catalogue
def test_a_new_path_is_created_and_filled_from_the_bundled_release(engine, db_path):
    assert db_path.exists()
    assert queries.totals(engine) == SEED_TOTALS
    assert not db_path.with_name(db_path.name + ".partial").exists()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_every_connection_enforces_foreign_keys_and_uses_wal(engine):
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with pytest.raises(Exception, match="FOREIGN KEY"):
            connection.execute(text("INSERT INTO measure (area_id, position, text, uuid) "
                                    "VALUES (9999, 1, 'orphan', 'u')"))


def test_database_uniqueness_backs_up_the_services(engine):
    with engine.connect() as connection, pytest.raises(Exception, match="UNIQUE"):
        connection.execute(text("INSERT INTO area (session_id, position, name, uuid) "
                                "SELECT session_id, 99, name, 'new' FROM area LIMIT 1"))


def test_db_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("CATALOGUE_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(str(tmp_path / "flag.db")) == tmp_path / "flag.db"
    assert resolve_db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("CATALOGUE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_db_path(None) == tmp_path / "xdg" / "Catalogue" / "catalogue.db"


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n", b"SQLite format 3\0junk"])
def test_files_that_are_not_catalogues_are_refused_untouched(tmp_path, content):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    before = file_digest(path)
    with pytest.raises(StoreError, match="not a Catalogue database"):
        open_catalogue(path)
    assert file_digest(path) == before


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE note (body TEXT)")
    connection.commit()
    connection.close()
    before = file_digest(path)
    with pytest.raises(StoreError, match="not a Catalogue database"):
        open_catalogue(path)
    assert file_digest(path) == before
    assert not (tmp_path / "notes.db-wal").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_catalogue(tmp_path)
