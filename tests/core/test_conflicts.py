"""No lost update (issue #16 item 4): two officers on one catalogue, each through an engine
of their own: on SQLite two engines on one file (only the window takes the writer's lock),
on PostgreSQL two engines on one server database (tests marked `both_engines` run on both).
Every record carries a version; a save or an undo made on a version someone else has
changed since is refused with a Conflict that says what they saved, who and when, and
writes nothing; saving again on their version keeps mine as a new, logged change."""

import shutil
import sqlite3

import pytest
from sqlalchemy import text

from catalogue import history, queries, services
from catalogue.kinds import KINDS, Kind
from catalogue.spec import Conflict, NotFound, Origin, Source
from catalogue.storage import make_engine
from catalogue.storage.schema import KNOWN_REVISIONS, run_alembic
from catalogue.workflows import open_catalogue
from tests.helpers import dump

EDITS = {
    Kind.CONFERENCE: ("name_zh", "粵滬合作會議", "沪港合作会议"),
    Kind.SESSION: ("place", "Macau", "Hangzhou"),
    Kind.AREA: ("name", "Trade (hers)", "Trade (his)"),
    Kind.MEASURE: ("text", "Her wording.", "His wording."),
    Kind.OFFICIAL: ("post", "Her post", "His post"),
    Kind.AGREEMENT: ("title", "Her title", "His title"),
    Kind.ANNEX: ("title", "Her annex", "His annex"),
}
"""A field of each kind and the two values the two officers type into it."""

CHAN = Origin(Source.WINDOW, officer="Ms Chan")
LEE = Origin(Source.WINDOW, officer="Mr Lee")


@pytest.fixture
def second(request, engine_name, engine):
    """The second officer's engine on the same catalogue as `engine`."""
    if engine_name == "postgresql":
        from catalogue.storage.server import open_server

        other = open_server(request.getfixturevalue("pg_catalogue")).engine
    else:
        other = make_engine(request.getfixturevalue("catalogue_file"))
    yield other
    other.dispose()


def first_id(engine, kind: Kind) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(
            f"SELECT min(id) FROM {KINDS[kind].table}")).scalar_one())


def version(engine, kind: Kind, record_id: int) -> int:
    return int(queries.record(engine, kind, record_id)["version"])


def test_every_record_kind_is_covered():
    assert set(EDITS) == set(KINDS)


@pytest.mark.both_engines
def test_every_record_starts_at_version_one(engine):
    for info in KINDS.values():
        with engine.connect() as connection:
            assert set(connection.execute(text(
                f"SELECT DISTINCT version FROM {info.table}")).scalars()) == {1}, info.table


@pytest.mark.both_engines
@pytest.mark.parametrize("kind", list(EDITS))
def test_a_save_on_a_version_changed_since_is_a_conflict_and_writes_nothing(
        engine, second, kind):
    field, hers, his = EDITS[kind]
    record_id = first_id(engine, kind)
    opened = queries.record(engine, kind, record_id)  # she opens it
    services.update_record(second, kind, record_id, {field: his}, origin=LEE,
                           version=version(second, kind, record_id))  # he saves first
    before = dump(engine)
    with pytest.raises(Conflict) as raised:
        services.update_record(engine, kind, record_id, {field: hers}, origin=CHAN,
                               version=opened["version"])
    assert dump(engine) == before, "nothing written"
    conflict = raised.value
    assert conflict.mine == {field: hers}
    assert conflict.theirs[field] == his
    assert set(conflict.theirs) == set(services.FIELDS[kind])
    assert conflict.version == opened["version"] + 1
    assert conflict.by is not None and conflict.by.officer == "Mr Lee"
    assert conflict.by.label.startswith("Edit ")
    assert "Mr Lee" in str(conflict) and "nothing was saved" in str(conflict)

    services.update_record(engine, kind, record_id, {field: hers}, origin=CHAN,
                           version=conflict.version)  # keep mine: saved on his version
    now = queries.record(engine, kind, record_id)
    assert now[field] == hers and now["version"] == opened["version"] + 2
    entries = history.record_history(engine, kind, record_id)
    assert [entry.officer for entry in entries[:2]] == ["Ms Chan", "Mr Lee"]
    assert entries[0].fields[field] == (his, hers), "mine is a new change, old value his"


@pytest.mark.both_engines
@pytest.mark.parametrize("kind", list(EDITS))
def test_undo_of_a_record_changed_since_by_someone_else_is_a_conflict(engine, second, kind):
    """Undo is a save of the old values on the version the edit left."""
    field, hers, his = EDITS[kind]
    record_id = first_id(engine, kind)
    opened = queries.record(engine, kind, record_id)
    services.update_record(engine, kind, record_id, {field: hers}, origin=CHAN,
                           version=opened["version"])
    services.update_record(second, kind, record_id, {field: his}, origin=LEE,
                           version=version(second, kind, record_id))
    before = dump(engine)
    with pytest.raises(Conflict) as raised:
        services.update_record(engine, kind, record_id, {field: opened[field]},
                               origin=Origin(Source.UNDO, "Ms Chan", "Undo edit"),
                               version=opened["version"] + 1)
    assert dump(engine) == before
    assert raised.value.theirs[field] == his and raised.value.by.officer == "Mr Lee"
    # with nobody in between, the same undo goes through
    services.update_record(engine, kind, record_id, {field: opened[field]},
                           version=raised.value.version)
    assert queries.record(engine, kind, record_id)[field] == opened[field]


@pytest.mark.both_engines
def test_a_save_without_a_version_still_raises_it(engine, second):
    """Imports, restores and scripts that read as they write: the record's version goes
    up all the same, so an editor open on it sees the change as a conflict."""
    record_id = first_id(engine, Kind.MEASURE)
    opened = version(engine, Kind.MEASURE, record_id)
    services.update_record(second, Kind.MEASURE, record_id, {"text": "Changed by a script."})
    with pytest.raises(Conflict):
        services.update_record(engine, Kind.MEASURE, record_id, {"text": "Mine."},
                               version=opened)


@pytest.mark.both_engines
def test_restoring_an_old_version_from_the_history_is_a_change_too(engine, second):
    record_id = first_id(engine, Kind.AREA)
    opened = version(engine, Kind.AREA, record_id)
    services.update_record(second, Kind.AREA, record_id, {"name": "Renamed"}, origin=LEE)
    first_change = history.record_history(second, Kind.AREA, record_id)[-1].change_id
    history.restore_version(second, Kind.AREA, record_id, first_change,
                            origin=Origin(Source.RESTORE, "Mr Lee"))
    assert version(engine, Kind.AREA, record_id) == opened + 2
    with pytest.raises(Conflict) as raised:
        services.update_record(engine, Kind.AREA, record_id, {"name": "Mine"},
                               version=opened + 1)
    assert raised.value.by.source == Source.RESTORE


@pytest.mark.both_engines
def test_a_record_deleted_since_is_not_found_not_a_conflict(engine, second):
    record_id = first_id(engine, Kind.MEASURE)
    opened = version(engine, Kind.MEASURE, record_id)
    services.delete_record(second, Kind.MEASURE, record_id)
    with pytest.raises(NotFound):
        services.update_record(engine, Kind.MEASURE, record_id, {"text": "Mine."},
                               version=opened)


@pytest.mark.both_engines
@pytest.mark.parametrize("kind", [kind for kind in EDITS if KINDS[kind].editable])
def test_a_delete_on_a_version_changed_since_is_a_conflict_and_deletes_nothing(
        engine, second, kind):
    """The window's delete, and the undo of its add, delete only what the officer saw."""
    field, _hers, his = EDITS[kind]
    record_id = first_id(engine, kind)
    opened = version(engine, kind, record_id)
    services.update_record(second, kind, record_id, {field: his}, origin=LEE)
    before = dump(engine)
    with pytest.raises(Conflict) as raised:
        services.delete_record(engine, kind, record_id, version=opened)
    assert dump(engine) == before
    assert raised.value.by.officer == "Mr Lee" and raised.value.theirs[field] == his
    snapshot, _changes = services.delete_record(engine, kind, record_id,
                                                version=raised.value.version)
    services.restore_record(engine, snapshot)  # undo: his version comes back
    assert queries.record(engine, kind, record_id)[field] == his


@pytest.mark.both_engines
def test_moves_change_places_not_versions(engine, second):
    """A measure's place in its area is not what the editor saves: moving it (or adding a
    sibling before it) is no conflict for an officer editing its text."""
    record_id = first_id(engine, Kind.MEASURE)
    opened = version(engine, Kind.MEASURE, record_id)
    services.move_record(second, Kind.MEASURE, record_id, +1)
    services.update_record(engine, Kind.MEASURE, record_id, {"text": "Mine."}, version=opened)
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Mine."


def test_a_file_from_before_gets_version_one_on_every_record(engine, catalogue_file, tmp_path):
    counts = {table: len(rows) for table, rows in dump(engine).items()}
    engine.dispose()
    old = tmp_path / "before-0008.db"
    shutil.copy(catalogue_file, old)
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from catalogue.storage.engine import connect
    downgrading = create_engine("sqlite://", creator=lambda: connect(old), poolclass=NullPool)
    with downgrading.begin() as connection:
        run_alembic(connection, lambda command, config: command.downgrade(config, "0007"))
    downgrading.dispose()
    connection = sqlite3.connect(old)
    try:
        assert "version" not in [row[1] for row in connection.execute(
            "PRAGMA table_info(measure)")]
    finally:
        connection.close()
    upgraded = open_catalogue(old)
    try:
        assert "0008" in KNOWN_REVISIONS
        assert {table: len(rows) for table, rows in dump(upgraded).items()} == counts
        for info in KINDS.values():
            with upgraded.connect() as reading:
                assert set(reading.execute(text(
                    f"SELECT DISTINCT version FROM {info.table}")).scalars()) == {1}
        record_id = first_id(upgraded, Kind.MEASURE)
        services.update_record(upgraded, Kind.MEASURE, record_id, {"text": "Searchable "
                                                                   "after the upgrade."},
                               version=1)
        assert queries.search(upgraded, "Searchable").matches == {
            (Kind.MEASURE, record_id)}, "the search index's triggers survived"
    finally:
        upgraded.dispose()


@pytest.mark.slow
def test_catalogue_edit_saves_on_the_version_it_read(engine, catalogue_file):
    """`catalogue edit` reads the record and saves on that version: its change is one step
    of the record's versions, recorded in the history (not shown in `history`)."""
    from tests.helpers import run

    record = queries.record(engine, Kind.MEASURE, first_id(engine, Kind.MEASURE))
    result = run("edit", "--db", str(catalogue_file), "measure", record["ref"], "text",
                 "Edited from the command line.")
    assert result.returncode == 0, result.stderr
    entry = history.record_history(engine, Kind.MEASURE, record["id"])[0]
    assert entry.fields["version"] == (record["version"], record["version"] + 1)
    shown = run("history", "--db", str(catalogue_file), "measure", record["ref"])
    assert "version" not in shown.stdout and "Edited from the command line." in shown.stdout
