"""Every change remembered: each service writes one change set with the old and new values,
undo writes the inverse, reading writes nothing, and deleted records and earlier versions
come back through history (issue #15 items 1, 2)."""

import csv
import datetime
import json
import re
import shutil
import sqlite3

import pytest
from sqlalchemy import text

from catalogue import history, naming, queries
from catalogue.bundled import curation_for
from catalogue.services import (
    ServiceError,
    ValidationError,
    add_record,
    delete_record,
    import_release,
    move_record,
    restore_record,
    update_record,
)
from catalogue.spec import Origin, Source
from catalogue.storage.schema import SCHEMA_HEAD
from catalogue.workflows import open_catalogue
from tests.helpers import REV1, TABLES, change_sets, changes_of, dump, one_new_set

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def session_id(engine) -> int:
    return queries.plenaries(engine)[0].id


def area_named(engine, name: str) -> int:
    return next(i for i, n in queries.area_choices(engine, session_id(engine)) if n == name)


def uuid_of(engine, table: str, record_id: int) -> str:
    with engine.connect() as connection:
        return connection.execute(text(f"SELECT uuid FROM {table} WHERE id = :id"),
                                  {"id": record_id}).scalar_one()


# -- identity -----------------------------------------------------------------------------------


@pytest.mark.both_engines
def test_every_record_has_its_own_uuid(engine):
    seen: list[str] = []
    with engine.connect() as connection:
        for table in TABLES[:-1]:  # agreement_area is a link, not a record
            seen += connection.execute(text(f"SELECT uuid FROM {table}")).scalars().all()
    assert len(seen) == 91 and len(set(seen)) == 91
    assert all(UUID.fullmatch(value) for value in seen)


def test_the_migration_gives_old_records_uuids_and_search_still_follows_edits(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(REV1, path)
    engine = open_catalogue(path)
    try:
        with engine.connect() as connection:
            uuids = [value for table in TABLES[:-1] for value in connection.execute(
                text(f"SELECT uuid FROM {table}")).scalars()]
            revision = connection.execute(text("SELECT version_num FROM alembic_version")
                                          ).scalar_one()
        assert revision == SCHEMA_HEAD
        assert uuids and len(set(uuids)) == len(uuids)
        assert all(UUID.fullmatch(value) for value in uuids)
        assert change_sets(engine) == [], "an upgrade is no change to the records"
        measure = next(key for key in queries.search(engine, "green finance").matches
                       if key[0] == "measure")
        update_record(engine, "measure", measure[1], {"text": "Pangolin conservation."})
        assert set(queries.search(engine, "pangolin").matches) == {measure}, (
            "the search triggers survive the tables being rebuilt")
        assert measure not in set(queries.search(engine, "green finance").matches)
    finally:
        engine.dispose()


# -- one change set per service call ------------------------------------------------------------


@pytest.mark.both_engines
def test_an_edit_records_only_the_fields_that_changed(engine):
    measure = queries.children(engine, ("area", area_named(engine, "Finance")))[1]
    old = queries.record(engine, "measure", measure.id)
    count = len(change_sets(engine))
    update_record(engine, "measure", measure.id, {"text": "New text.", "notes": ""},
                  origin=Origin(Source.COMMAND_LINE, officer="Ms Chan"))
    change_set, changes = one_new_set(engine, count)
    assert (change_set["officer"], change_set["source"], change_set["label"]) == (
        "Ms Chan", "command line", "Edit measure 4.2")
    assert UUID.fullmatch(change_set["uuid"])
    [change] = changes
    assert (change["kind"], change["record_id"], change["operation"]) == (
        "measure", measure.id, "update")
    assert change["record_uuid"] == uuid_of(engine, "measure", measure.id)
    assert set(change["fields"]) == {"text", "updated_at", "version"}, "notes did not change"
    assert change["fields"]["text"] == [old["text"], "New text."]
    at = datetime.datetime.fromisoformat(str(change_set["at"]))
    assert change["fields"]["updated_at"][1] == at.isoformat(), "updated_at is the set's time"


@pytest.mark.both_engines
def test_the_officer_is_the_os_user_unless_named(engine):
    import getpass

    update_record(engine, "area", area_named(engine, "Sports"), {"name": "Sport"})
    assert change_sets(engine)[-1]["officer"] == getpass.getuser()
    assert change_sets(engine)[-1]["source"] == "window"


@pytest.mark.both_engines
def test_an_add_records_every_field_with_its_parent_and_the_siblings_shifted(engine):
    area = area_named(engine, "Sports")
    count = len(change_sets(engine))
    new_id, _ = add_record(engine, "measure", area, {"text": "First now."}, position=1)
    change_set, changes = one_new_set(engine, count)
    assert change_set["label"] == "Add measure"
    assert (changes[0]["kind"], changes[0]["record_id"], changes[0]["operation"]) == (
        "measure", new_id, "add")
    assert set(changes[0]["fields"]) == {
        "area_id", "position", "text", "notes", "updated_at", "text_zh", "version"}
    assert changes[0]["fields"]["area_id"] == [None, area]
    assert changes[0]["fields"]["text"] == [None, "First now."]
    shifted = changes[1:]
    assert shifted and all(c["operation"] == "update" and set(c["fields"]) == {"position"}
                           for c in shifted)
    assert sorted(c["fields"]["position"] for c in shifted) == [[1, 2]]


@pytest.mark.both_engines
def test_an_agreement_records_its_areas_and_annex(engine):
    sid = session_id(engine)
    sports, legal = area_named(engine, "Sports"), area_named(engine, "Legal Services")
    count = len(change_sets(engine))
    new_id, _ = add_record(engine, "agreement", sid, {"numeral": "xl", "title": "T",
                                                      "area_ids": [sports, legal]})
    _, changes = one_new_set(engine, count)
    assert changes[0]["fields"]["area_ids"] == [None, sorted([sports, legal])]
    assert changes[0]["fields"]["annex_id"] == [None, None]
    update_record(engine, "agreement", new_id, {"area_ids": [sports]})
    _, changes = one_new_set(engine, count + 1)
    assert changes[0]["fields"]["area_ids"] == [sorted([sports, legal]), [sports]]


@pytest.mark.both_engines
def test_a_delete_records_the_record_its_measures_links_and_shifted_siblings(engine):
    area = area_named(engine, "Innovation and Technology")
    values = queries.record(engine, "area", area)
    count = len(change_sets(engine))
    snapshot, _ = delete_record(engine, "area", area)
    change_set, changes = one_new_set(engine, count)
    assert change_set["label"] == "Delete co-operation area \u201cInnovation and Technology\u201d"
    first = changes[0]
    assert (first["kind"], first["record_id"], first["operation"]) == ("area", area, "delete")
    assert first["fields"]["name"] == ["Innovation and Technology", None]
    assert first["fields"]["session_id"] == [values["session_id"], None]
    measures = [c for c in changes if c["kind"] == "measure"]
    assert len(measures) == 3 and {c["operation"] for c in measures} == {"delete"}
    assert {c["fields"]["text"][0] for c in measures} == {m["text"] for m in snapshot.children}
    links = [c for c in changes if c["kind"] == "agreement"]
    assert len(links) == 7
    assert all(area in c["fields"]["area_ids"][0] and area not in c["fields"]["area_ids"][1]
               for c in links)
    siblings = [c for c in changes if c["kind"] == "area" and c["operation"] == "update"]
    assert siblings and all(c["fields"]["position"][1] == c["fields"]["position"][0] - 1
                            for c in siblings)


@pytest.mark.both_engines
def test_deleting_an_annex_records_the_agreement_it_let_go(engine):
    sid = session_id(engine)
    annex_3 = next(i for i, n, _ in queries.annex_choices(engine, sid) if n == 3)
    count = len(change_sets(engine))
    delete_record(engine, "annex", annex_3)
    _, changes = one_new_set(engine, count)
    assert [(c["kind"], c["operation"]) for c in changes] == [
        ("annex", "delete"), ("agreement", "update")]
    assert changes[1]["fields"] == {"annex_id": [annex_3, None]}


@pytest.mark.both_engines
def test_restore_record_records_the_inverse_of_the_delete(engine):
    area = area_named(engine, "Innovation and Technology")
    snapshot, _ = delete_record(engine, "area", area)
    deleted = changes_of(engine, change_sets(engine)[-1]["id"])
    count = len(change_sets(engine))
    restore_record(engine, snapshot, origin=Source.UNDO)
    change_set, changes = one_new_set(engine, count)
    assert change_set["source"] == "undo"
    inverse = {"add": "delete", "delete": "add", "update": "update"}
    assert sorted((c["kind"], c["record_uuid"], inverse[c["operation"]],
                   json.dumps({k: v[::-1] for k, v in c["fields"].items()}, sort_keys=True))
                  for c in changes) == sorted(
        (c["kind"], c["record_uuid"], c["operation"], json.dumps(c["fields"], sort_keys=True))
        for c in deleted)


@pytest.mark.both_engines
def test_a_move_records_both_positions(engine):
    sid = session_id(engine)
    first, second = queries.children(engine, ("areas", sid))[:2]
    count = len(change_sets(engine))
    move_record(engine, "area", first.id, +1)
    change_set, changes = one_new_set(engine, count)
    assert change_set["label"].startswith("Move co-operation area") and "down" in (
        change_set["label"])
    assert [(c["record_id"], c["fields"]) for c in changes] == [
        (first.id, {"position": [1, 2]}), (second.id, {"position": [2, 1]})]


@pytest.mark.both_engines
def test_an_edit_undone_writes_the_inverse_and_keeps_the_history(engine):
    measure = queries.children(engine, ("area", area_named(engine, "Finance")))[0]
    old_text = queries.record(engine, "measure", measure.id)["text"]
    update_record(engine, "measure", measure.id, {"text": "Changed."})
    count = len(change_sets(engine))
    update_record(engine, "measure", measure.id, {"text": old_text},
                  origin=Origin(Source.UNDO, label="Undo Edit measure 4.1"))
    change_set, [change] = one_new_set(engine, count)
    assert (change_set["source"], change_set["label"]) == ("undo", "Undo Edit measure 4.1")
    assert change["fields"]["text"] == ["Changed.", old_text]
    entries = history.record_history(engine, "measure", measure.id)
    assert [entry.label for entry in entries][:2] == ["Undo Edit measure 4.1",
                                                      "Edit measure 4.1"]
    assert entries[-1].operation == "add" and entries[-1].source == "import"


@pytest.mark.both_engines
def test_an_import_is_one_change_set_and_a_replace_too(engine, seed_release):
    assert [(s["source"], s["label"]) for s in change_sets(engine)] == [
        ("import", "Import Sixth Plenary Session of the Hong Kong/Shanghai Co-operation "
                   "Conference")]
    [first] = change_sets(engine)
    added = changes_of(engine, first["id"])
    # the seed's 91 records, and the conference the first import makes for them
    assert len(added) == 92 and {c["operation"] for c in added} == {"add"}
    assert added[0]["kind"] == "conference"
    assert len({c["record_uuid"] for c in added}) == 92
    count = len(change_sets(engine))
    import_release(engine, seed_release, curation=curation_for(6), replace=True,
                   origin=Source.COMMAND_LINE)
    change_set, changes = one_new_set(engine, count)
    assert change_set["label"].startswith("Replace Sixth Plenary Session")
    assert change_set["source"] == "command line"
    assert [c["operation"] for c in changes] == ["delete"] * 91 + ["add"] * 91
    assert changes[0]["kind"] == "session", "the plenary first: its delete takes the rest"
    assert {c["record_uuid"] for c in changes[:91]} == {
        c["record_uuid"] for c in added if c["kind"] != "conference"}, "the conference stays"


@pytest.mark.both_engines
@pytest.mark.parametrize("call", [
    lambda e: update_record(e, "measure", 1, {"text": " "}),
    lambda e: update_record(e, "measure", 99_999, {"text": "x"}),
    lambda e: add_record(e, "official", 1, {"name": "Ms Nobody"}),
    lambda e: delete_record(e, "conference", 1),  # it still has its plenary
    lambda e: move_record(e, "area", 1, -1),
])
def test_a_refused_change_writes_no_history(engine, call):
    before = change_sets(engine)
    with pytest.raises(ServiceError):
        call(engine)
    assert change_sets(engine) == before


@pytest.mark.both_engines
def test_reading_writes_nothing(engine):
    measure = queries.children(engine, ("area", area_named(engine, "Finance")))[0]
    update_record(engine, "measure", measure.id, {"text": "Read me."})
    before = {table: dump(engine)[table] for table in TABLES}, change_sets(engine)
    history.record_history(engine, "measure", measure.id)
    history.activity(engine)
    history.deleted_records(engine)
    history.version_values(engine, "measure", measure.id,
                           history.record_history(engine, "measure", measure.id)[-1].change_id)
    queries.record(engine, "measure", measure.id)
    assert ({table: dump(engine)[table] for table in TABLES}, change_sets(engine)) == before


# -- putting the past back ----------------------------------------------------------------------


def test_a_deleted_area_comes_back_with_its_measures_and_links_in_a_new_session(
        catalogue_file):
    engine = open_catalogue(catalogue_file)
    before = dump(engine)
    area = area_named(engine, "Innovation and Technology")
    delete_record(engine, "area", area)
    engine.dispose()

    engine = open_catalogue(catalogue_file)  # a new session: no undo stack
    try:
        [deleted] = history.deleted_records(engine)
        assert deleted.entry.kind == "area" and deleted.entry.record_id == area
        assert deleted.description == "co-operation area \u201cInnovation and Technology\u201d"
        assert len(deleted.children) == 3
        count = len(change_sets(engine))
        changes = history.restore_deleted(engine, deleted.entry.change_set_id)
        change_set, _ = one_new_set(engine, count)
        assert (change_set["source"], change_set["label"]) == (
            "restore", "Restore co-operation area \u201cInnovation and Technology\u201d")
        assert ("area", area) in changes.updated
        assert dump(engine) == before, "the same rows: ids, positions, links, uuids"
        assert history.deleted_records(engine) == []
        with pytest.raises(ServiceError, match="already back"):
            history.restore_deleted(engine, deleted.entry.record_uuid)
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_a_deleted_record_comes_back_by_uuid_under_a_new_id_when_its_id_was_taken(engine):
    with engine.connect() as connection:
        last, area = connection.execute(text(
            "SELECT id, area_id FROM measure ORDER BY id DESC LIMIT 1")).one()
    uuid = uuid_of(engine, "measure", last)
    delete_record(engine, "measure", last)
    if engine.dialect.name == "postgresql":  # a server's sequence never gives it again: as
        with engine.begin() as connection:  # if it had, as SQLite gives the highest id again
            connection.execute(text("SELECT setval(pg_get_serial_sequence('measure', 'id'), "
                                    ":id, false)"), {"id": last})
    new_id, _ = add_record(engine, "measure", area, {"text": "Taken."})
    assert new_id == last, "the id is taken by another record"
    history.restore_deleted(engine, uuid)
    restored = next(m for m in queries.children(engine, ("area", area))
                    if m.kind == "measure" and m.values["uuid"] == uuid)
    assert restored.id != last
    assert [e.operation for e in history.record_history(engine, "measure", restored.id)] == [
        "add", "delete", "add"], "its history follows its identity, not its id"


@pytest.mark.both_engines
def test_a_measure_whose_area_is_gone_says_so(engine):
    area = area_named(engine, "Sports")
    [measure] = [m for m in queries.children(engine, ("area", area)) if m.kind == "measure"]
    uuid = uuid_of(engine, "measure", measure.id)
    delete_record(engine, "measure", measure.id)
    delete_record(engine, "area", area)
    before = change_sets(engine)
    with pytest.raises(ServiceError, match="restore that first"):
        history.restore_deleted(engine, uuid)
    assert change_sets(engine) == before


@pytest.mark.both_engines
def test_an_area_whose_name_was_reused_is_refused(engine):
    area = area_named(engine, "Sports")
    delete_record(engine, "area", area)
    add_record(engine, "area", session_id(engine), {"name": "Sports"})
    [deleted] = history.deleted_records(engine)
    with pytest.raises(ServiceError, match="already used"):
        history.restore_deleted(engine, deleted.entry.change_set_id)


@pytest.mark.both_engines
def test_restore_version_puts_back_the_fields_as_they_were(engine):
    measure = queries.children(engine, ("area", area_named(engine, "Finance")))[0]
    original = queries.record(engine, "measure", measure.id)["text"]
    update_record(engine, "measure", measure.id, {"text": "Second.", "notes": "n"})
    update_record(engine, "measure", measure.id, {"text": "Third."})
    entries = history.record_history(engine, "measure", measure.id)
    second = entries[1]
    assert second.fields["text"] == (original, "Second.")
    count = len(change_sets(engine))
    history.restore_version(engine, "measure", measure.id, second.change_id)
    change_set, [change] = one_new_set(engine, count)
    assert change_set["source"] == "restore"
    assert change_set["label"].startswith("Restore measure 4.1 as of ")
    assert change["fields"]["text"] == ["Third.", "Second."]
    assert queries.record(engine, "measure", measure.id)["notes"] == "n"
    history.restore_version(engine, "measure", measure.id, entries[-1].change_id)
    record = queries.record(engine, "measure", measure.id)
    assert (record["text"], record["notes"]) == (original, "")
    with pytest.raises(ServiceError, match="already holds"):
        history.restore_version(engine, "measure", measure.id, entries[-1].change_id)


@pytest.mark.both_engines
def test_restore_version_of_an_agreement_checks_its_annex_as_an_edit_does(engine):
    sid = session_id(engine)
    agreements = queries.children(engine, ("agreements", sid))
    holder = next(a for a in agreements if a.values["annex_id"])
    annex = holder.values["annex_id"]
    update_record(engine, "agreement", holder.id, {"annex_id": None})
    other = next(a for a in agreements if not a.values["annex_id"])
    update_record(engine, "agreement", other.id, {"annex_id": annex})
    entries = history.record_history(engine, "agreement", holder.id)
    with pytest.raises(ValidationError, match="already holds"):
        history.restore_version(engine, "agreement", holder.id, entries[-1].change_id)


@pytest.mark.both_engines
def test_activity_filters_and_its_csv(engine, tmp_path):
    sid = session_id(engine)
    update_record(engine, "area", area_named(engine, "Sports"), {"name": "=HYPERLINK(1)"},
                  origin=Origin(Source.WINDOW, officer="Ms Chan"))
    official = queries.children(engine, ("officials", sid))[0]
    update_record(engine, "official", official.id, {"post": "Chief"},
                  origin=Origin(Source.COMMAND_LINE, officer="Mr Lee"))
    assert [e.officer for e in history.activity(engine)][:2] == ["Mr Lee", "Ms Chan"]
    assert [e.kind for e in history.activity(engine, officer="Ms Chan")] == ["area"]
    officials = history.activity(engine, kind="official")
    assert {e.kind for e in officials} == {"official"} and len(officials) == 13
    assert officials[0].fields["post"][1] == "Chief"
    assert len(history.activity(engine, limit=2)) == 2
    # the day of the two changes above, and of the template's own (made when the test
    # session began: the day before, when a run crosses midnight UTC)
    everything = history.activity(engine)
    today, first_day = everything[0].at.date(), everything[-1].at.date()
    assert today == datetime.datetime.now(datetime.UTC).date()
    assert len(everything) == 94
    assert len(history.activity(engine, since=today + datetime.timedelta(days=1))) == 0
    assert len(history.activity(engine, until=first_day - datetime.timedelta(days=1))) == 0
    on_the_day = [entry for entry in everything if entry.at.date() == today]
    assert len(on_the_day) >= 2
    assert history.activity(engine, since=today, until=today) == on_the_day
    assert len(history.activity(engine, since=first_day, until=today)) == 94
    assert history.officers(engine)[0:2] == ["Mr Lee", "Ms Chan"]
    out = tmp_path / "out" / "activity.csv"
    out.parent.mkdir()
    written = history.activity_csv(history.activity(engine, officer="Ms Chan"), out)
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert written == len(rows) == 3  # name, updated_at, version
    assert list(rows[0]) == list(history.ACTIVITY_COLUMNS)
    name = next(row for row in rows if row["field"] == "name")
    assert (name["officer"], name["record_type"], name["old"], name["new"]) == (
        "Ms Chan", "area", "Sports", "'=HYPERLINK(1)")
    assert [p.name for p in out.parent.iterdir()] == ["activity.csv"], "built beside, renamed"


def test_history_survives_a_plain_sqlite_reader(engine, catalogue_file):
    """The tables are plain SQL: another tool (or a support person) can read them."""
    update_record(engine, "area", area_named(engine, "Sports"), {"name": "Sport"})
    engine.dispose()
    connection = sqlite3.connect(catalogue_file)
    try:
        label, fields = connection.execute(
            "SELECT s.label, c.fields FROM change c JOIN change_set s ON s.id = "
            "c.change_set_id ORDER BY c.id DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    # the label is kept as what it is made of (plain JSON), read in the reader's language
    assert json.loads(label) == {"do": "edit", "kind": "area", "what": {"name": "Sports"}}
    assert naming.Label.read(label) == "Edit co-operation area \u201cSports\u201d"
    assert json.loads(fields)["name"] == ["Sports", "Sport"]


@pytest.mark.both_engines
def test_the_version_a_delete_names_is_what_it_deleted(engine):
    area = area_named(engine, "Sports")
    [measure] = [m for m in queries.children(engine, ("area", area)) if m.kind == "measure"]
    update_record(engine, "measure", measure.id, {"text": "Before the delete."})
    uuid = uuid_of(engine, "measure", measure.id)
    delete_record(engine, "measure", measure.id)
    assert [e.operation for e in history.uuid_history(engine, uuid)] == [
        "delete", "update", "add"], "a deleted record's history is still there"
    history.restore_deleted(engine, uuid)
    update_record(engine, "measure", measure.id, {"text": "After."})
    deleted = next(e for e in history.record_history(engine, "measure", measure.id)
                   if e.operation == "delete")
    assert history.version_values(engine, "measure", measure.id, deleted.change_id)[
        "text"] == "Before the delete."


@pytest.mark.both_engines
def test_a_deleted_plenary_comes_back_whole_from_its_change_set(engine):
    """Recently Deleted put back only the plenary's own row: its areas, measures,
    officials, agreements, annexes and links were lost for good (the walk found it)."""
    before = dump(engine)
    [plenary] = queries.plenaries(engine)
    delete_record(engine, "session", plenary.id)
    assert not dump(engine)["area"]
    [deleted] = [s for s in change_sets(engine) if s["label"].startswith("Delete")]
    history.restore_deleted(engine, deleted["id"])
    after = dump(engine)
    for table in ("plenary_session", "area", "measure", "official", "annex", "agreement",
                  "agreement_area"):
        assert after[table] == before[table], table
    restored = change_sets(engine)[-1]
    assert restored["source"] == "restore"
    assert len(changes_of(engine, restored["id"])) == 91, "the plenary and its 90 records"
