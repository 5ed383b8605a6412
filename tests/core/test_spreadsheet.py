"""The .xlsx catalogue read back with openpyxl: every cell text (a ref like 1.10 too), Chinese
intact, no formula, header frozen with a filter, the CSV's columns and rows; written beside
its target like the CSV; chosen by the file name's extension."""

import contextlib
import csv
import os
import shutil
import subprocess

import openpyxl
import pytest

from catalogue import export, queries
from catalogue.export import (
    COLUMNS,
    ExportCancelled,
    ExportError,
    export_csv,
    export_xlsx,
    exporter_for,
    restore,
)
from catalogue.services import add_record, update_record
from tests.helpers import file_digest, run


def sheet_rows(path) -> list[list[str]]:
    sheet = openpyxl.load_workbook(path).active
    return [["" if cell.value is None else cell.value for cell in row]
            for row in sheet.iter_rows()]


def csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.fixture
def tricky(engine) -> dict[str, str]:
    """Area 1 grown to ten measures (so 1.10 is beside 1.1), and text a spreadsheet would
    turn into a number, a formula or a link."""
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    for number in range(4, 11):
        add_record(engine, "measure", area.id, {"text": f"Measure number {number}."})
    measures = [item for item in queries.children(engine, ("area", area.id))
                if item.kind == "measure"]
    texts = {"1.1": "=1+1", "1.2": "深化滬港合作，推動大灣區建設 — 合作備忘錄",
             "1.3": "0012.50", "1.4": "https://example.invalid/x", "1.5": "-1+2, @SUM(A1)"}
    for item, text in zip(measures, texts.values(), strict=False):
        update_record(engine, "measure", item.id, {"text": text})
    update_record(engine, "measure", measures[9].id, {"notes": "line one\nline two 二"})
    return texts


def test_cells_stay_text_chinese_round_trips_and_nothing_is_a_formula(engine, tmp_path,
                                                                       tricky):
    """Before: only a CSV, whose ref 1.10 LibreOffice and Excel read as the number 1.1."""
    out = tmp_path / "catalogue.xlsx"
    assert export_xlsx(engine, out) == 98
    book = openpyxl.load_workbook(out)
    sheet = book.active
    refs = {sheet.cell(row, 2).value: sheet.cell(row, 2) for row in range(2, sheet.max_row + 1)
            if sheet.cell(row, 1).value == "measure"}
    assert refs["1.10"].data_type == "s" and refs["1.10"].value == "1.10"
    assert refs["1.1"].value == "1.1"
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row
               if cell.value is not None), "every written cell is a text cell"
    texts = {sheet.cell(row, 2).value: sheet.cell(row, 6).value
             for row in range(2, sheet.max_row + 1) if sheet.cell(row, 1).value == "measure"}
    assert {ref: texts[ref] for ref in tricky} == tricky, "as typed: no apostrophes needed"
    formula = next(cell for cell in sheet["F"] if cell.value == "=1+1")
    assert formula.data_type == "s"
    assert sheet.cell(refs["1.10"].row, 13).value == "line one\nline two 二"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:T{sheet.max_row}"
    assert sheet.max_row == 99
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert sheet[1][0].font.b, "a bold header"


def test_the_same_rows_as_the_csv(engine, tmp_path, tricky):
    export_csv(engine, tmp_path / "c.csv")
    export_xlsx(engine, tmp_path / "c.xlsx")
    expected = [[restore(cell) for cell in row] for row in csv_rows(tmp_path / "c.csv")]
    assert sheet_rows(tmp_path / "c.xlsx") == expected


def _stop(done: int) -> None:
    raise ExportCancelled


@pytest.mark.parametrize("how", ["cancelled", "too many records"])
def test_a_stopped_spreadsheet_leaves_the_old_file_and_no_partial(engine, tmp_path,
                                                                  monkeypatch, how):
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"the previous workbook")
    monkeypatch.setattr(export, "PROGRESS_EVERY", 10)
    if how == "cancelled":
        with pytest.raises(ExportCancelled):
            export_xlsx(engine, out, _stop)
    else:
        monkeypatch.setattr(export, "SPREADSHEET_ROWS", 50)
        with pytest.raises(ExportError, match="at most 50 records: export a CSV instead"):
            export_xlsx(engine, out)
    assert out.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx", "nested"]


def test_a_folder_is_refused_as_a_spreadsheet_target(engine, tmp_path):
    with pytest.raises(ExportError, match="is a folder: give a file name for the spreadsheet"):
        export_xlsx(engine, tmp_path)


@pytest.mark.parametrize(("name", "chosen"), [
    ("out.xlsx", export_xlsx), ("OUT.XLSX", export_xlsx), ("out.csv", export_csv),
    ("out.Csv", export_csv), ("-", export_csv), ("out", export_csv), ("/dev/null", export_csv),
    ("dir.v2/out", export_csv)])
def test_the_extension_chooses_the_format(name, chosen):
    assert exporter_for(name) is chosen


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_or_folder_keeps_the_csv_whatever_its_name(tmp_path):
    """Their names are no choice of format: the CSV writes through a pipe and says what is
    wrong with a folder, as before."""
    os.mkfifo(tmp_path / "feed.fifo")
    (tmp_path / "exports.d").mkdir()
    assert exporter_for(tmp_path / "feed.fifo") is export_csv
    assert exporter_for(tmp_path / "exports.d") is export_csv


@pytest.mark.parametrize("name", ["out.xls", "out.ods", "out.txt", "catalogue.db"])
def test_an_unknown_extension_is_refused(name):
    with pytest.raises(ExportError, match=r"cannot write a \.\w+ file; give a name ending in "
                                          r"\.xlsx \(for spreadsheets\) or \.csv"):
        exporter_for(name)


@pytest.mark.slow
def test_the_command_writes_a_spreadsheet_and_refuses_an_unknown_extension(engine, db_path,
                                                                            tmp_path):
    engine.dispose()
    out = tmp_path / "out.xlsx"
    done = run("export", "--db", str(db_path), str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote 91 records to {out}\n"
    assert len(sheet_rows(out)) == 92
    before = file_digest(db_path)
    refused = run("export", "--db", str(db_path), str(tmp_path / "out.xls"))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == (f"catalogue: {tmp_path / 'out.xls'}: cannot write a .xls file; "
                              "give a name ending in .xlsx (for spreadsheets) or .csv (for "
                              "scripts)\n")
    assert not (tmp_path / "out.xls").exists() and file_digest(db_path) == before
    fresh = tmp_path / "never.db"
    assert run("export", "--db", str(fresh), str(tmp_path / "x.pdf")).returncode == 1
    assert not fresh.exists(), "refused before a new catalogue is created"


@pytest.fixture
def full_disk(tmp_path, catalogue_file):
    """A 1 MiB tmpfs holding a catalogue, filled up (root only, as in test_nothing_lost)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        shutil.copyfile(catalogue_file, disk / "plenary.db")
        assert run("export", "--db", str(disk / "plenary.db"), os.devnull).returncode == 0
        with open(disk / "filler", "wb") as stream, contextlib.suppress(OSError):
            stream.write(b"\0" * shutil.disk_usage(disk).free)
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_a_full_disk_is_one_line_naming_the_file(full_disk, name):
    """Before, the CSV's buffered partial file failed again on close, and that error (with
    no file name) replaced the message; the zip module printed a traceback at exit."""
    target = full_disk / name
    done = run("export", "--db", str(full_disk / "plenary.db"), str(target))
    assert done.returncode == 1
    assert done.stderr == f"catalogue: cannot write {target}: No space left on device\n"
    assert not target.exists() and not list(full_disk.glob("*.partial"))
