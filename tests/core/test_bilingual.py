"""Issue #17 item 4: Chinese fields beside the English ones, saved, exported and searched in
either script, with the stored text never converted."""

import csv
import io
import shutil
import sqlite3

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue import queries
from catalogue.export import COLUMNS, export_csv, export_xlsx
from catalogue.kinds import KINDS, Kind
from catalogue.services import add_record, update_record
from catalogue.spec import FIELDS, ValidationError
from catalogue.storage.engine import connect
from catalogue.storage.schema import SCHEMA_HEAD, run_alembic
from catalogue.workflows import open_catalogue
from tests.helpers import dump, run

TRADITIONAL = "推動滬港兩地綠色金融及經濟合作"
SIMPLIFIED = "推动沪港两地绿色金融及经济合作"


def found(engine, text: str) -> set[tuple[str, int]]:
    return set(queries.search(engine, text).matches)


def first(engine, kind: str):
    sid = queries.plenaries(engine)[0].id
    areas = queries.children(engine, ("areas", sid))
    return {"session": queries.plenaries(engine)[0], "area": areas[0],
            "measure": queries.children(engine, ("area", areas[0].id))[0],
            "official": queries.children(engine, ("officials", sid))[0],
            "agreement": queries.children(engine, ("agreements", sid))[0],
            "annex": queries.children(engine, ("annexes", sid))[0]}[kind]


CHINESE = {"session": {"title_zh": "滬港合作會議第六次全體會議"},
           "area": {"name_zh": "綠色金融"},
           "measure": {"text_zh": TRADITIONAL},
           "official": {"name_zh": "陳茂波", "post_zh": "財政司司長"},
           "agreement": {"title_zh": "滬港醫療合作備忘錄",
                         "parties_zh": "醫務衞生局；上海市衞生健康委員會"},
           "annex": {"title_zh": "附件一：合作協議"}}


@pytest.mark.both_engines
def test_chinese_fields_round_trip_through_save_csv_spreadsheet_and_search(engine, tmp_path):
    records = {kind: first(engine, kind) for kind in CHINESE}
    for kind, fields in CHINESE.items():
        update_record(engine, kind, records[kind].id, fields)
    for kind, fields in CHINESE.items():
        stored = queries.record(engine, kind, records[kind].id)
        assert {name: stored[name] for name in fields} == fields, "stored exactly as typed"
        for value in fields.values():
            assert (kind, records[kind].id) in found(engine, value), (kind, value)

    out = tmp_path / "out.csv"
    export_csv(engine, out)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(COLUMNS) and list(COLUMNS)[-5:-1] == [
        "area_zh", "title_zh", "text_zh", "parties_zh"]
    by_type = {row["record_type"]: row for row in reversed(rows)}  # the first of each
    assert by_type["session"]["title_zh"] == CHINESE["session"]["title_zh"]
    assert rows[1]["area_zh"] == rows[1]["title_zh"] == "綠色金融"
    assert rows[2]["area_zh"] == "綠色金融" and rows[2]["text_zh"] == TRADITIONAL
    assert by_type["official"]["title_zh"] == "陳茂波"
    assert by_type["official"]["text_zh"] == "財政司司長"
    assert by_type["agreement"]["title_zh"] == "滬港醫療合作備忘錄"
    assert by_type["agreement"]["parties_zh"] == CHINESE["agreement"]["parties_zh"]
    assert by_type["annex"]["title_zh"] == "附件一：合作協議"

    portable = tmp_path / "portable.csv"
    not_sqlite = _NotSqlite(engine)
    export_csv(not_sqlite, portable)
    not_sqlite.close()
    assert portable.read_bytes() == out.read_bytes(), "both writers, the same bytes"

    import openpyxl

    export_xlsx(engine, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert header == list(COLUMNS)
    assert sheet.cell(4, header.index("text_zh") + 1).value == TRADITIONAL  # measure 1.1


class _NotSqlite:
    """A DB-API connection that is not an sqlite3.Connection: the portable writer's way."""

    def __init__(self, engine) -> None:
        self._pooled = engine.raw_connection()  # held, so the pool lends it to no one else
        self._connection = self._pooled.driver_connection

    def cursor(self):
        return self._connection.cursor()

    def close(self) -> None:
        self._pooled.close()


@pytest.mark.both_engines
def test_a_simplified_query_finds_traditional_text_and_the_reverse(engine):
    measure, area = first(engine, "measure"), first(engine, "area")
    update_record(engine, "measure", measure.id, {"text_zh": TRADITIONAL})
    update_record(engine, "area", area.id, {"name_zh": "经济发展"})  # typed in Simplified
    assert ("measure", measure.id) in found(engine, "经济合作")  # Simplified -> Traditional
    assert ("measure", measure.id) in found(engine, "綠色金融")
    assert ("measure", measure.id) in found(engine, "绿色金融 沪港")
    assert ("area", area.id) in found(engine, "經濟發展")  # Traditional -> Simplified
    assert ("area", area.id) in found(engine, "经济发展")
    assert ("area", area.id) in found(engine, "經濟")  # two characters: the LIKE path
    assert found(engine, "經濟發展") == found(engine, "经济发展")


def test_catalogue_search_in_simplified_prints_the_traditional_text(engine, db_path):
    measure = first(engine, "measure")
    update_record(engine, "measure", measure.id, {"text_zh": TRADITIONAL})
    engine.dispose()
    result = run("search", "--db", str(db_path), "经济合作")
    assert result.returncode == 0, result.stderr
    kind, ref, text = result.stdout.splitlines()[0].split("\t")
    assert (kind, ref) == ("measure", "1.1") and "經濟合作" in text, result.stdout


def test_stored_text_is_never_converted(engine, db_path):
    measure = first(engine, "measure")
    update_record(engine, "measure", measure.id, {"text_zh": TRADITIONAL,
                                                 "notes": "備註：裏面"})
    connection = sqlite3.connect(db_path)
    try:
        text_zh, notes = connection.execute(
            "SELECT text_zh, notes FROM measure WHERE id = ?", (measure.id,)).fetchone()
        indexed = connection.execute("SELECT body FROM search_index WHERE rowid = ?",
                                     (measure.id * 8 + KINDS[Kind.MEASURE].search_code,)).fetchone()
    finally:
        connection.close()
    assert (text_zh, notes) == (TRADITIONAL, "備註：裏面")
    assert SIMPLIFIED in indexed[0] and "备注：里面" in indexed[0], "only the index is folded"


@pytest.mark.both_engines
def test_chinese_fields_follow_the_english_fields_rules(engine):
    measure = first(engine, "measure")
    assert FIELDS["measure"]["text_zh"].max_length == FIELDS["measure"]["text"].max_length
    with pytest.raises(ValidationError) as refused:
        update_record(engine, "measure", measure.id, {"text_zh": "長" * 20_001})
    assert "Text (Chinese) is too long" in str(refused.value)
    update_record(engine, "measure", measure.id, {"text_zh": "  兩個\n空格  "})
    assert queries.record(engine, "measure", measure.id)["text_zh"] == "兩個 空格"
    new_id, _ = add_record(engine, "area", first(engine, "session").id, {"name": "Tourism"})
    assert queries.record(engine, "area", new_id)["name_zh"] == "", "Chinese is optional"


def test_a_connection_without_the_fold_function_cannot_write_a_record(engine, db_path):
    """The index's triggers call catalogue_fold: a program that opens the file without it
    is refused at once, so it can never change a record the index then misses."""
    measure = first(engine, "measure")
    before = dump(engine)
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="catalogue_fold"):
            connection.execute("UPDATE measure SET text_zh = '合作' WHERE id = ?",
                               (measure.id,))
        connection.rollback()
    finally:
        connection.close()
    assert dump(engine) == before
    assert found(engine, "合作") == set()


def downgrade(path, revision: str) -> None:
    engine = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)
    with engine.begin() as connection:
        run_alembic(connection, lambda command, config: command.downgrade(config, revision))
    engine.dispose()


def test_upgrading_a_file_from_before_keeps_every_record(engine, db_path, tmp_path):
    english = {table: [row[:-1] if table else row for row in rows]
               for table, rows in dump(engine).items()}
    engine.dispose()
    old = tmp_path / "before-0007.db"
    shutil.copy(db_path, old)
    downgrade(old, "0003")
    connection = sqlite3.connect(old)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0003",)
        columns = [row[1] for row in connection.execute("PRAGMA table_info(measure)")]
        assert "text_zh" not in columns
        connection.execute("UPDATE measure SET text = text || ' 經濟' WHERE id = 1")
        connection.commit()
    finally:
        connection.close()

    upgraded = open_catalogue(old)
    try:
        rows = dump(upgraded)
        assert {table: len(found_rows) for table, found_rows in rows.items()} == {
            table: len(found_rows) for table, found_rows in english.items()}
        measures = queries.children(upgraded, ("area", first(upgraded, "area").id))
        assert measures[0].values["text"].endswith(" 經濟")
        assert measures[0].values["text_zh"] == ""
        assert ("measure", 1) in found(upgraded, "经济"), "the index was rebuilt, folded"
        assert SCHEMA_HEAD >= "0007"
    finally:
        upgraded.dispose()
