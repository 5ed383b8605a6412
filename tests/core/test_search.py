"""The full-text index: built by the migration, kept in step by every change, matching the
models, and answering the filter box and `catalogue search`."""

import shutil

import pytest
from sqlalchemy import create_engine

from catalogue import queries
from catalogue.bundled import curation_for
from catalogue.services import (
    add_record,
    delete_record,
    import_release,
    restore_record,
    update_record,
)
from catalogue.workflows import open_catalogue
from tests.helpers import REV1, run


def found(engine, text: str) -> set[tuple[str, int]]:
    return set(queries.search(engine, text).matches)


@pytest.mark.fresh_catalogue
def test_the_migrated_schema_matches_the_models(engine, db_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    plain = create_engine(f"sqlite:///{db_path}")
    with plain.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       SQLModel.metadata)
    plain.dispose()
    differences = [d for d in differences
                   if not (d[0] == "remove_table" and d[1].name.startswith("search_index"))]
    assert differences == []


@pytest.mark.both_engines
def test_search_finds_words_parts_of_words_and_every_kind(engine):
    assert {kind for kind, _ in found(engine, "Hong Kong")} == {
        "session", "area", "measure", "official", "agreement", "annex"}
    assert {kind for kind, _ in found(engine, "green finance")} == {"measure"}
    assert {kind for kind, _ in found(engine, "chung")} == {"official"}
    assert {kind for kind, _ in found(engine, "(xi)")} == {"agreement"}
    assert found(engine, "GREEN FINANCE") == found(engine, "green finance")
    assert found(engine, "no-such-words-anywhere") == set()
    assert found(engine, "50%_") == set()


@pytest.mark.both_engines
def test_the_index_follows_add_edit_delete_undo_and_import(engine, seed_release):
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    new_id, _ = add_record(engine, "measure", area.id, {"text": "Hold a dragon boat race."})
    assert found(engine, "dragon boat") == {("measure", new_id)}
    update_record(engine, "measure", new_id, {"text": "Hold a lantern festival.",
                                             "notes": "推廣沪港合作"})
    assert found(engine, "dragon boat") == set()
    assert found(engine, "lantern") == {("measure", new_id)}
    assert found(engine, "沪港合作") == {("measure", new_id)}
    snapshot, _ = delete_record(engine, "area", area.id)
    assert found(engine, "lantern") == set()
    assert found(engine, area.values["name"]) == set()
    restore_record(engine, snapshot)
    assert found(engine, "lantern") == {("measure", new_id)}
    assert ("area", area.id) in found(engine, area.values["name"])
    import_release(engine, seed_release, curation=curation_for(6), replace=True)
    assert found(engine, "lantern") == set()
    assert len({k for k in found(engine, "green finance") if k[0] == "measure"}) == 1


def test_upgrading_an_old_file_builds_the_index(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(REV1, path)
    engine = open_catalogue(path)
    try:
        assert {kind for kind, _ in found(engine, "green finance")} == {"measure"}
        assert len(found(engine, "Memorandum of Understanding")) >= 13
    finally:
        engine.dispose()


@pytest.mark.slow
def test_search_command_prints_the_matches(engine, db_path):
    engine.dispose()
    result = run("search", "--db", str(db_path), "green", "finance")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("measure\t4.3\t")
    assert "1 record matches" in result.stderr
    nothing = run("search", "--db", str(db_path), "no-such-words")
    assert nothing.returncode == 1 and "no records match" in nothing.stderr


@pytest.mark.slow
@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_is_a_usage_error(engine, db_path, query):
    result = run("search", "--db", str(db_path), query)
    assert result.returncode == 2
