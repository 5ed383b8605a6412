"""The CSV catalogue read back with `csv`: BOM, header, order, quoting, Chinese, injection."""

import csv
import datetime
import gc
import io
import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue import queries
from catalogue.export import (
    BOM,
    COLUMNS,
    catalogue_records,
    cell_bytes,
    export_csv,
    iso_utc,
    neutralise,
    restore,
    sqlite_lines,
    write_catalogue,
    write_lines,
    write_records,
)
from catalogue.services import update_record
from catalogue.storage.engine import connect
from tests.helpers import HIDDEN_FORMULA, evaluated


def read_back(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM for Excel"
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.both_engines
def test_whole_catalogue_in_order(engine, tmp_path):
    out = tmp_path / "out.csv"
    assert export_csv(engine, out) == 91
    rows = read_back(out)
    assert list(rows[0]) == list(COLUMNS)
    assert list(COLUMNS) == ["record_type", "ref", "session", "area", "title", "text", "annex",
                             "kind", "parties", "side", "role", "language", "notes",
                             "updated_at", "uuid", "area_zh", "title_zh", "text_zh", "parties_zh",
                             "conference"]
    assert {row["session"] for row in rows} == {"6"}
    stamp = rows[0]["updated_at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    assert rows[0] == {**dict.fromkeys(COLUMNS, ""), "record_type": "session", "ref": "6",
                       "session": "6", "text": "2024-04-26, Hong Kong",
                       "title": "Sixth Plenary Session of the Hong Kong/Shanghai "
                                "Co-operation Conference", "updated_at": stamp,
                       "uuid": rows[0]["uuid"],
                       "conference": "Hong Kong/Shanghai Co-operation Conference"}
    uuids = [row["uuid"] for row in rows]
    assert len(set(uuids)) == len(rows), "every record its own identity"
    assert all(re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", u) for u in uuids)
    assert {(row["notes"], row["updated_at"]) for row in rows} == {("", stamp)}, (
        "one import, one stamp")
    kinds = [row["record_type"] for row in rows]
    assert kinds.count("area") == 15 and kinds.count("measure") == 35
    assert kinds[51:] == ["official"] * 12 + ["agreement"] * 20 + ["annex"] * 8
    assert rows[1]["record_type"] == "area" and rows[1]["ref"] == "1"
    assert rows[2]["ref"] == "1.1" and rows[2]["area"] == rows[1]["title"]
    measure_10_3 = next(r for r in rows if r["ref"] == "10.3")
    assert measure_10_3["text"].startswith("Strengthen the co-operation between the two "
                                           "places on ecological and environmental industries")
    professor = next(r for r in rows if r["record_type"] == "official" and r["ref"] == "9")
    assert professor["title"] == "Professor Lo Chung-mau"
    assert professor["text"] == "Secretary for Health"
    agreements = {r["ref"]: r for r in rows if r["record_type"] == "agreement"}
    assert agreements["ii"]["annex"] == "2" and agreements["i"]["annex"] == ""
    assert agreements["xi"]["area"] == ("Joint Pursuit of the Belt and Road Development and "
                                        "Business Investment; Innovation and Technology")
    annexes = [r for r in rows if r["record_type"] == "annex"]
    assert [r["ref"] for r in annexes] == [str(n) for n in range(1, 9)]
    assert annexes[0]["title"].startswith("Co-operation Memorandum of the Sixth Plenary")


@pytest.mark.both_engines
def test_commas_quotes_chinese_and_injection_survive(engine, tmp_path):
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    measures = queries.children(engine, ("area", area.id))
    tricky = {
        measures[0].id: 'Say "yes", then stop; 合作備忘錄 — 沪港合作',
        measures[1].id: '=HYPERLINK("http://example.invalid","click")',
        measures[2].id: "-1+2",
    }
    for measure_id, value in tricky.items():
        update_record(engine, "measure", measure_id, {"text": value})
    update_record(engine, "area", area.id, {"name": "@SUM(A1) 區域"})
    out = tmp_path / "tricky.csv"
    export_csv(engine, out)
    rows = read_back(out)
    texts = [r["text"] for r in rows if r["record_type"] == "measure"][:3]
    assert texts[0] == tricky[measures[0].id]
    assert texts[1] == "'" + tricky[measures[1].id]
    assert texts[2] == "'-1+2"
    assert [restore(t) for t in texts] == list(tricky.values())
    assert rows[1]["title"] == "'@SUM(A1) 區域"


def test_notes_and_the_time_of_the_last_change_are_exported(engine, tmp_path):
    """Before: the CSV dropped both. Notes are text like any other cell (quoted,
    neutralised); updated_at is the stored UTC time in ISO 8601 with a Z."""
    sid = queries.plenaries(engine)[0].id
    official = queries.children(engine, ("officials", sid))[2]
    notes = '=1+1, "see" 合作備忘錄\nsecond line'
    update_record(engine, "official", official.id, {"notes": notes})
    changed = queries.record(engine, "official", official.id)["updated_at"]
    out = tmp_path / "notes.csv"
    export_csv(engine, out)
    row = next(r for r in read_back(out)
               if r["record_type"] == "official" and r["ref"] == str(official.values["position"]))
    assert row["notes"] == "'" + notes and restore(row["notes"]) == notes
    assert row["updated_at"] == changed.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(("stored", "shown"), [
    (None, ""),
    ("2024-04-26 08:30:00.999999", "2024-04-26T08:30:00Z"),  # as SQLAlchemy keeps it
    (b"2024-04-26 08:30:00", "2024-04-26T08:30:00Z"),
    ("2024-04-26T16:30:00+08:00", "2024-04-26T08:30:00Z"),
    (datetime.datetime(2024, 4, 26, 8, 30, 5, 7), "2024-04-26T08:30:05Z"),  # other drivers
    (datetime.datetime(24, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-1))),
     "0024-01-02T01:00:00Z"),
    ("0001-01-01 00:00:00+01:00", ""),  # before year 1 in UTC: no time to show
    ("yesterday", ""), ("", ""), (b"\xff", ""), (12, ""), ("=1+1", ""),
])
def test_updated_at_is_iso_8601_utc_or_empty(stored, shown):
    assert iso_utc(stored) == shown


def test_newlines_and_tabs_are_quoted():
    stream = io.StringIO()
    write_catalogue([{"record_type": "measure", "text": "line one\nline two"},
                     {"record_type": "measure", "text": "\tTabbed"}], stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert rows[0]["text"] == "line one\nline two"
    assert rows[1]["text"] == "'\tTabbed"
    assert '"line one\nline two"' in stream.getvalue()


@pytest.mark.parametrize("cell", ["=1", "+1", "-1", "@x", "\tx", "\rx", "plain", "", "'quoted",
                                  "'=1", "''-x", "'"])
def test_neutralise_round_trips(cell):
    assert restore(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", [" =1+1", "   +1", "\x00=1", "\x1f-1", "\x7f@x", "\u00a0=1",
                                  "\u3000=1", "\u2003=1", "\n=1", " \t=1", "\u200b@x",
                                  "\ufeff=1", "\x85-1", "' =1", "'\x00=1", "''\u00a0=1"])
def test_a_formula_behind_spaces_or_controls_is_neutralised(cell):
    assert neutralise(cell) == "'" + cell
    assert restore(neutralise(cell)) == cell
    assert cell_bytes(cell.encode()).lstrip(b'"').startswith(b"'")


@pytest.mark.parametrize("cell", ["\uff21=1", " x=1", "\u00a0x", "'\u3000x", " '=1", "\x00",
                                  "   ", "\uff1d1"])
def test_text_that_shows_no_formula_is_left_alone(cell):
    assert neutralise(cell) == cell
    assert restore(cell) == cell


def test_a_failed_export_leaves_the_old_file(engine, tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("previous catalogue", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    from catalogue.export import ExportError

    with pytest.raises(ExportError, match="cannot write"):
        export_csv(engine, blocker / "out.csv")
    assert out.read_text(encoding="utf-8") == "previous catalogue"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "keep.csv", "nested"]


# -- the SQLite writer against the portable one --------------------------------------------

ODD_CELL = st.text(alphabet=st.characters(codec="utf-8"), max_size=60) | st.sampled_from([
    "=1+1", "'=x", "''@y", "'", "-", "a,b", 'say "hi"', "line\nbreak", "\r", "\tx",
    "合作,備忘錄", "", " lead", "@", "+", "'just an apostrophe"]) | HIDDEN_FORMULA
STAMP = st.datetimes(timezones=st.none() | st.builds(datetime.timezone, st.timedeltas(
    -datetime.timedelta(hours=23), datetime.timedelta(hours=23)))).flatmap(
        lambda when: st.sampled_from([str(when), when.isoformat(), when.isoformat()[:10]]))
"""updated_at as SQLAlchemy stores it, in other ISO forms, with zones, or a bare day."""
TEXT_COLUMNS = {"plenary_session": ("title", "date", "place", "title_zh"),
                "area": ("name", "name_zh"), "measure": ("text", "text_zh"),
                "official": ("honorific", "name", "post", "side", "role", "name_zh", "post_zh"),
                "agreement": ("numeral", "title", "kind", "parties", "title_zh", "parties_zh"),
                "annex": ("title", "language", "title_zh")}
TEXT_COLUMNS = {table: (*columns, "notes", "updated_at")
                for table, columns in TEXT_COLUMNS.items()}
NUMBER_COLUMNS = {"plenary_session": "ordinal", "area": "position", "measure": "position",
                  "official": "position", "annex": "number"}


def portable_bytes(connection: sqlite3.Connection) -> bytes:
    """What the csv-module writer makes of the same database."""
    stream = io.StringIO(newline="")
    write_records(catalogue_records(connection), stream)
    return BOM + stream.getvalue().encode()


def sqlite_bytes(connection: sqlite3.Connection) -> bytes:
    stream = io.BytesIO()
    write_lines(sqlite_lines(connection), stream)
    return stream.getvalue()


CHANGES = st.lists(st.tuples(st.sampled_from(sorted(TEXT_COLUMNS)), st.integers(0, 30),
                             st.integers(0, 6), ODD_CELL | STAMP | st.none()), max_size=12)


@pytest.mark.slow
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=CHANGES, negate=st.sampled_from([None, *sorted(NUMBER_COLUMNS)]))
def test_the_sqlite_writer_makes_the_same_bytes_as_the_csv_module(engine, db_path, tmp_path,
                                                                   changes, negate):
    """Hostile text in every exported column (notes and updated_at too, which also get
    times in several forms and NULL), and negative numbers, written straight into a copy
    of the file (past the services' checks): both writers give identical bytes."""
    engine.dispose()
    copy = tmp_path / "hostile.db"
    copy.write_bytes(db_path.read_bytes())
    connection = connect(copy)  # with the search index's function, as every writer has
    try:
        with connection:
            for table, row, column, value in changes:
                ids = [found for (found,) in connection.execute(
                    f"SELECT id FROM {table} ORDER BY id")]
                name = TEXT_COLUMNS[table][column % len(TEXT_COLUMNS[table])]
                connection.execute(f"UPDATE OR IGNORE {table} SET {name} = ? WHERE id = ?",
                                   (value, ids[row % len(ids)]))
            if negate is not None:
                column = NUMBER_COLUMNS[negate]
                connection.execute(f"UPDATE {negate} SET {column} = -{column} "
                                   f"WHERE id = (SELECT min(id) FROM {negate})")
        assert sqlite_bytes(connection) == portable_bytes(connection)
    finally:
        connection.close()


@settings(max_examples=300, deadline=None)
@given(st.lists(ODD_CELL, min_size=len(COLUMNS), max_size=len(COLUMNS)))
def test_a_cell_in_bytes_is_the_csv_modules_cell(cells):
    stream = io.StringIO(newline="")
    write_records([tuple(cells)], stream)
    _header, line = stream.getvalue().encode().split(b"\r\n", 1)
    assert line == b",".join(cell_bytes(cell.encode()) for cell in cells) + b"\r\n"


@settings(max_examples=300, deadline=None)
@given(HIDDEN_FORMULA)
def test_no_written_cell_is_evaluated_and_each_restores(cell):
    stream = io.StringIO(newline="")
    write_records([(cell,) * len(COLUMNS)], stream)
    written = next(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))["title"]
    assert not evaluated(written)
    assert restore(written) == cell
    assert (written != cell) == evaluated(cell.lstrip("'"))


def test_the_window_and_the_command_line_take_the_sqlite_writer(engine, db_path, tmp_path):
    """An engine lends its sqlite3 connection, so the menu export is the fast one too."""
    from_engine, from_file = tmp_path / "engine.csv", tmp_path / "file.csv"
    export_csv(engine, from_engine)
    connection = sqlite3.connect(db_path)
    try:
        export_csv(connection, from_file)
        assert from_engine.read_bytes() == from_file.read_bytes() == portable_bytes(connection)
        assert gc.isenabled(), "the collector rests only while a file is written"
        assert not connection.in_transaction, "the read snapshot is over"
    finally:
        connection.close()
