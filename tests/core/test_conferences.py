"""Conferences as records: the migration that makes them, new plenaries by hand (service and
`catalogue new-plenary`), deleting a plenary with everything it holds and putting it back,
the officials' sides, the CSV's `conference` column and narrowing to one plenary."""

import csv
import dataclasses
import datetime
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from catalogue import queries, services
from catalogue.bundled import curation_for
from catalogue.export import COLUMNS, export_csv
from catalogue.kinds import ROOT, Kind, ListKey, ListKind
from catalogue.spec import ServiceError, ValidationError
from catalogue.storage import SCHEMA_HEAD, inspect_file
from catalogue.vocabulary import CONFERENCE, Side
from catalogue.workflows import open_catalogue
from tests.helpers import DATA, REV1, dump, file_digest, run

SHANGHAI_SIDES = (Side.HONG_KONG.value, Side.SHANGHAI.value)
BEIJING = "Hong Kong/Beijing Co-operation Conference"
BEIJING_SIDES = ("Hong Kong SAR Government", "Beijing Municipal Government")
SEED_0003 = DATA / "catalogue-seed-0003.db"
SEED_0003_CSV = DATA / "catalogue-seed-0003.csv"
"""The seed catalogue at schema 0003 and its CSV, both made before conferences existed."""
RECORD_TABLES = ("area", "measure", "official", "agreement", "annex", "agreement_area")


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def columns(path: Path) -> dict[str, list[str]]:
    """The columns of the record tables as the file has them (before notes, in rev1)."""
    connection = sqlite3.connect(path)
    try:
        return {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                for table in (*RECORD_TABLES, "plenary_session")}
    finally:
        connection.close()


def tables(path: Path, kept: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of the record tables, in the columns `kept` (never the conference)."""
    connection = sqlite3.connect(path)
    try:
        return {table: sorted(connection.execute(
            f"SELECT {', '.join(name for name in names if name != 'conference')} FROM {table}"
        ).fetchall()) for table, names in kept.items()}
    finally:
        connection.close()


# -- the migration -----------------------------------------------------------------------------


@pytest.mark.parametrize("source", [Path(REV1), SEED_0003], ids=["rev1", "seed-0003"])
def test_the_migration_keeps_every_record_and_makes_the_conference(source, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(source, path)
    kept = columns(path)
    before = tables(path, kept)
    connection = sqlite3.connect(path)
    old_conferences = connection.execute(
        "SELECT id, conference, ordinal FROM plenary_session").fetchall()
    connection.close()
    assert {name for _, name, _ in old_conferences} == {CONFERENCE}
    engine = open_catalogue(path)
    try:
        assert inspect_file(path) == SCHEMA_HEAD
        with engine.connect() as connection:
            conferences = connection.execute(text(
                "SELECT id, name, side_a, side_b FROM conference")).all()
            links = connection.execute(text(
                "SELECT id, conference_id, ordinal FROM plenary_session")).all()
        assert [tuple(row[1:]) for row in conferences] == [(CONFERENCE, *SHANGHAI_SIDES)]
        assert {(sid, ordinal) for sid, _, ordinal in links} == {
            (sid, ordinal) for sid, _, ordinal in old_conferences}
        assert {cid for _, cid, _ in links} == {conferences[0][0]}
        assert tables(path, kept) == before
        assert sum(len(rows) for rows in before.values()) > 90
        # the search index still follows the plenaries (their triggers were made again)
        services.update_record(engine, Kind.SESSION, links[0][0], {"place": "Xiamen"})
        assert queries.search(engine, "Xiamen").matches == {(Kind.SESSION, links[0][0])}
        services.update_record(engine, Kind.SESSION, links[0][0], {"place": "Hong Kong"})
    finally:
        engine.dispose()


@pytest.mark.slow  # the command line in subprocesses
def test_the_seed_export_is_unchanged_but_for_the_conference_column(tmp_path):
    """The 0003 seed, migrated, exports byte for byte what it exported before in every
    column, with the conference appended; a new catalogue's export differs from it only in
    its stamps."""
    path = tmp_path / "old.db"
    shutil.copyfile(SEED_0003, path)
    before = csv_rows(SEED_0003_CSV.read_bytes())
    out = tmp_path / "after.csv"
    assert run("--db", str(path), "export", str(out)).returncode == 0
    after = csv_rows(out.read_bytes())
    added = ["uuid", "area_zh", "title_zh", "text_zh", "parties_zh", "conference"]
    assert before[0] + added == after[0] == list(COLUMNS)
    old = len(before[0])
    assert [row[:old] for row in after] == before
    assert {row[-1] for row in after[1:]} == {CONFERENCE}
    assert {tuple(row[old + 1:-1]) for row in after[1:]} == {("", "", "", "")}, "no Chinese"
    assert len({row[old] for row in after[1:]}) == len(after) - 1, "a uuid each"
    raw_before = SEED_0003_CSV.read_bytes().split(b"\r\n")
    raw_after = out.read_bytes().split(b"\r\n")
    assert [line.split(b",")[:-len(added)] for line in raw_after[1:-1]] == [
        line.split(b",") for line in raw_before[1:-1]]
    fresh = tmp_path / "fresh.csv"
    assert run("--db", str(tmp_path / "new.db"), "export", str(fresh)).returncode == 0
    stamp, uuid = COLUMNS.index("updated_at"), COLUMNS.index("uuid")

    def steady(row: list[str]) -> list[str]:  # all but the stamp and the uuid
        return [cell for column, cell in enumerate(row) if column not in (stamp, uuid)]

    assert [steady(row) for row in csv_rows(fresh.read_bytes())] == [
        steady(row) for row in after]


# -- new plenaries by hand ---------------------------------------------------------------------


@pytest.mark.slow  # the command line in subprocesses
def test_new_plenary_from_the_command_line_and_the_same_one_again(catalogue_file):
    result = run("--db", str(catalogue_file), "new-plenary", "--conference", CONFERENCE,
                 "--ordinal", "7", "--date", "2025-06-03", "--place", "Shanghai")
    assert result.returncode == 0, result.stderr
    assert "Seventh Plenary Session of the Hong Kong/Shanghai" in result.stdout
    engine = open_catalogue(catalogue_file)
    try:
        plenaries = queries.plenaries(engine)
    finally:
        engine.dispose()
    assert [(p.values["ordinal"], p.values["conference_name"]) for p in plenaries] == [
        (7, CONFERENCE), (6, CONFERENCE)], "newest first"
    new = plenaries[0].values
    assert (new["date"], new["place"], new["title"]) == (
        datetime.date(2025, 6, 3), "Shanghai",
        "Seventh Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
    before = file_digest(catalogue_file)
    again = run("--db", str(catalogue_file), "new-plenary", "--conference", CONFERENCE,
                "--ordinal", "7", "--date", "2025-07-01", "--place", "Hong Kong")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.count("\n") == 1 and "already has plenary 7" in again.stderr
    assert file_digest(catalogue_file) == before


@pytest.mark.slow  # the command line in subprocesses
@pytest.mark.parametrize(("extra", "message"), [
    (["--conference", "Pearl River Summit"], "cannot be told from its name"),
    (["--conference", BEIJING, "--sides", "A", "A"], "must be different"),
    (["--conference", CONFERENCE, "--sides", "A", "B"], "already catalogued with the sides"),
])
def test_new_plenary_refusals_are_one_line(catalogue_file, extra, message):
    before = file_digest(catalogue_file)
    result = run("--db", str(catalogue_file), "new-plenary", "--ordinal", "1",
                 "--date", "2025-01-01", "--place", "Hong Kong", *extra)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert file_digest(catalogue_file) == before


@pytest.mark.both_engines
def test_a_new_conference_gets_the_sides_given_or_read_from_its_name(engine):
    made = services.add_plenary(engine, BEIJING, {"ordinal": 6, "date": "2024-09-01",
                                                  "place": "Beijing"})
    assert made.conference_added and made.title.startswith("Sixth Plenary Session of the "
                                                           "Hong Kong/Beijing")
    other = services.add_plenary(engine, "Pearl River Summit", {
        "ordinal": 1, "date": "2024-10-01", "place": "Macao", "title": "The first summit"},
        sides=("Macao SAR Government", "Guangdong Provincial Government"))
    assert other.title == "The first summit"
    assert queries.conference_choices(engine) == [
        (made.conference_id, BEIJING, *BEIJING_SIDES),
        (1, CONFERENCE, *SHANGHAI_SIDES),
        (other.conference_id, "Pearl River Summit", "Macao SAR Government",
         "Guangdong Provincial Government")]
    top = queries.children(engine, ROOT)
    assert [item.kind for item in top] == [Kind.CONFERENCE] * 3, "several: conferences on top"
    assert [item.values["ordinal"] for item in queries.children(
        engine, ListKey(ListKind.CONFERENCE, made.conference_id))] == [6]
    with pytest.raises(ValidationError, match="already has plenary 6"):
        services.add_plenary(engine, BEIJING, {"ordinal": 6, "date": "2025-01-01",
                                               "place": "Beijing"})


@pytest.mark.both_engines
def test_plenary_fields_are_edited_like_any_record(engine):
    sid = queries.plenaries(engine)[0].id
    services.add_plenary(engine, CONFERENCE, {"ordinal": 7, "date": "2025-06-03",
                                              "place": "Shanghai"})
    changes = services.update_record(engine, Kind.SESSION, sid, {
        "place": "  Hong   Kong ", "date": "2024-04-27", "title": "Sixth Plenary Session"})
    assert ROOT in changes.lists, "listed by date: the list follows"
    values = queries.record(engine, Kind.SESSION, sid)
    assert (values["place"], values["date"]) == ("Hong Kong", datetime.date(2024, 4, 27))
    with pytest.raises(ValidationError, match="already has plenary 7"):
        services.update_record(engine, Kind.SESSION, sid, {"ordinal": 7})
    with pytest.raises(ValidationError, match="Date must be a date"):
        services.update_record(engine, Kind.SESSION, sid, {"date": "27 April"})


# -- deleting a plenary and putting it back ---------------------------------------------------


@pytest.mark.both_engines
def test_deleting_a_plenary_takes_everything_and_restore_puts_it_all_back(engine):
    sid = queries.plenaries(engine)[0].id
    services.update_record(engine, Kind.AREA, 1, {"notes": "kept"})
    before = dump(engine)
    counts = queries.plenary_counts(engine, sid)
    assert counts == {Kind.AREA: 15, Kind.MEASURE: 35, Kind.OFFICIAL: 12,
                      Kind.AGREEMENT: 20, Kind.ANNEX: 8}
    snapshot, changes = services.delete_record(engine, Kind.SESSION, sid)
    assert {ROOT, ListKey(ListKind.CONFERENCE, 1)} <= changes.lists
    assert all(rows == [] for rows in dump(engine).values())
    assert queries.search(engine, "Finance").matches == frozenset()
    services.restore_record(engine, snapshot)
    assert dump(engine) == before
    assert queries.search(engine, "Finance").matches, "the search index follows"
    snapshot, _ = services.delete_record(engine, Kind.SESSION, sid)  # and again: redo
    services.restore_record(engine, snapshot)
    assert dump(engine) == before


@pytest.mark.both_engines
def test_a_conference_goes_only_once_it_has_no_plenaries(engine):
    with pytest.raises(ServiceError, match="still has plenaries"):
        services.delete_record(engine, Kind.CONFERENCE, 1)
    made = services.add_plenary(engine, BEIJING, {"ordinal": 1, "date": "2004-01-01",
                                                  "place": "Beijing"})
    services.delete_record(engine, Kind.SESSION, made.session_id)
    snapshot, changes = services.delete_record(engine, Kind.CONFERENCE, made.conference_id)
    assert changes.lists == {ROOT}
    services.restore_record(engine, snapshot)
    assert [c[1] for c in queries.conference_choices(engine)] == [BEIJING, CONFERENCE]


# -- officials' sides --------------------------------------------------------------------------


@pytest.mark.both_engines
def test_an_officials_side_is_one_of_its_conferences(engine):
    official = queries.children(engine, ListKey(ListKind.OFFICIALS, 1))[0].id
    assert queries.side_choices(engine, 1) == (*SHANGHAI_SIDES, Side.CENTRAL.value)
    services.update_record(engine, Kind.OFFICIAL, official, {"side": Side.CENTRAL.value})
    with pytest.raises(ValidationError) as refused:
        services.update_record(engine, Kind.OFFICIAL, official,
                               {"side": "Beijing Municipal Government"})
    assert str(refused.value) == ("Side must be one of: Hong Kong SAR Government, Shanghai "
                                  "Municipal Government, Central authorities")
    made = services.add_plenary(engine, BEIJING, {"ordinal": 1, "date": "2004-01-01",
                                                  "place": "Beijing"})
    new_id, _ = services.add_record(engine, Kind.OFFICIAL, made.session_id, {
        "honorific": "Mr", "name": "Li Wei", "post": "Vice Mayor of Beijing",
        "side": "Beijing Municipal Government", "role": "Led a delegation"})
    assert queries.record(engine, Kind.OFFICIAL, new_id)["side"] == BEIJING_SIDES[1]
    with pytest.raises(ValidationError, match="Side must be one of"):
        services.add_record(engine, Kind.OFFICIAL, made.session_id, {
            "honorific": "Mr", "name": "Wang Jun", "post": "Vice Mayor of Shanghai",
            "side": Side.SHANGHAI.value, "role": "Attended"})
    with pytest.raises(ValidationError, match="officials of its plenaries are on the side"):
        services.update_record(engine, Kind.CONFERENCE, made.conference_id,
                               {"side_b": "Beijing People's Government"})
    services.update_record(engine, Kind.CONFERENCE, made.conference_id, {"name_zh": "京港"})


@pytest.mark.both_engines
def test_a_release_of_another_conference_makes_its_conference(engine, seed_release):
    other = dataclasses.replace(seed_release, conference=BEIJING, title=(
        "Sixth Plenary Session of the " + BEIJING), officials=())
    result = services.import_release(engine, other, curation=curation_for(6))
    assert [c[1:] for c in queries.conference_choices(engine)] == [
        (BEIJING, *BEIJING_SIDES), (CONFERENCE, *SHANGHAI_SIDES)]
    shanghai_side = dataclasses.replace(other, ordinal=7, officials=tuple(
        person for person in seed_release.officials if person.side == Side.SHANGHAI)[:1])
    assert shanghai_side.officials
    with pytest.raises(ServiceError, match="Side must be one of"):
        services.import_release(engine, shanghai_side, date=datetime.date(2025, 4, 26))
    assert queries.record(engine, Kind.SESSION, result.session_id)["conference_name"] == BEIJING


# -- the CSV's conference column, and narrowing ------------------------------------------------


@pytest.fixture
def two_conferences(catalogue_file) -> Path:
    """The seed (6th Shanghai plenary) and a 6th Beijing plenary with one area."""
    engine = open_catalogue(catalogue_file)
    try:
        made = services.add_plenary(engine, BEIJING, {"ordinal": 6, "date": "2024-09-01",
                                                      "place": "Beijing"})
        services.add_record(engine, Kind.AREA, made.session_id, {"name": "Finance"})
    finally:
        engine.dispose()
    return catalogue_file


@pytest.mark.slow  # the command line in subprocesses
def test_two_conferences_with_the_same_ordinal_are_told_apart_in_the_csv(two_conferences,
                                                                          tmp_path):
    out = tmp_path / "both.csv"
    assert run("--db", str(two_conferences), "export", str(out)).returncode == 0
    rows = csv_rows(out.read_bytes())
    sixth = [(row[0], row[-1]) for row in rows[1:] if row[0] in ("session", "area")
             and row[2] == "6" and row[3] in ("", "Finance")]
    assert ("session", BEIJING) in sixth and ("session", CONFERENCE) in sixth
    assert ("area", BEIJING) in sixth
    assert [row[-1] for row in rows[1:]] == [BEIJING] * 2 + [CONFERENCE] * 91
    engine = open_catalogue(two_conferences)
    try:
        portable = tmp_path / "portable.csv"
        export_csv(engine.raw_connection().driver_connection, tmp_path / "fast.csv")
        with engine.connect() as connection:  # the other writer, through another driver
            from catalogue.export import catalogue_records, write_records

            stream = io.StringIO(newline="")
            write_records(catalogue_records(connection.connection.driver_connection), stream)
        portable.write_bytes(b"\xef\xbb\xbf" + stream.getvalue().encode())
    finally:
        engine.dispose()
    assert (tmp_path / "fast.csv").read_bytes() == out.read_bytes() == portable.read_bytes()


@pytest.mark.slow  # the command line in subprocesses
def test_export_and_search_narrow_to_one_plenary(two_conferences, tmp_path):
    db = str(two_conferences)
    out = tmp_path / "one.csv"
    chosen = run("--db", db, "export", "--conference", BEIJING, "--session", "6", str(out))
    assert chosen.returncode == 0, chosen.stderr
    assert [row[0] for row in csv_rows(out.read_bytes())[1:]] == ["session", "area"]
    shanghai = run("--db", db, "export", "--conference", "shanghai", "-")
    assert len(csv_rows(shanghai.stdout.encode("utf-8"))) == 92
    ambiguous = run("--db", db, "export", "--session", "6", "-")
    assert ambiguous.returncode == 1 and ambiguous.stdout == ""
    assert ambiguous.stderr.count("\n") == 1 and "give --conference" in ambiguous.stderr
    for args, message in ((["--conference", "Nowhere"], "no conference is named 'Nowhere'"),
                          (["--conference", BEIJING, "--session", "9"], "has no plenary 9")):
        for command in (["export", *args, str(tmp_path / "x.csv")],
                        ["search", *args, "Finance"]):
            refused = run("--db", db, *command)
            assert refused.returncode == 1 and refused.stdout == "", command
            assert refused.stderr.count("\n") == 1 and message in refused.stderr, command
    assert not (tmp_path / "x.csv").exists()
    everywhere = run("--db", db, "search", "Finance")
    found = run("--db", db, "search", "--conference", BEIJING, "--session", "6", "Finance")
    assert found.returncode == 0
    assert found.stdout.splitlines() == ["area\t1\tFinance"]
    assert len(everywhere.stdout.splitlines()) > 1
    seed_only = run("--db", db, "search", "--conference", "Shanghai", "--session", "6",
                    "Finance")
    assert "area\t1\tFinance" not in seed_only.stdout.splitlines()
    assert len(seed_only.stdout.splitlines()) == len(everywhere.stdout.splitlines()) - 1
