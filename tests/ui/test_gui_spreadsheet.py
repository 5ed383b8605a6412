"""File > Export spreadsheet...: a real file dialog answered, the .xlsx read back with
openpyxl against the CSV of the same catalogue."""

import csv
import io
import subprocess
import sys

import openpyxl
from PySide6.QtWidgets import QFileDialog, QLineEdit

from catalogue.export import restore
from tests.helpers import on_next_dialog


def answer_with(path):
    def save_as(dialog):
        assert isinstance(dialog, QFileDialog)
        assert dialog.nameFilters() == ["Excel workbooks (*.xlsx)"]
        dialog.findChild(QLineEdit).setText(str(path))
        dialog.accept()

    return save_as


def test_the_menu_item_sits_beside_export_csv(window):
    file_menu = window.menuBar().actions()[0].menu()
    actions = file_menu.actions()
    at = actions.index(window.actions_.export_csv)
    assert actions[at + 1] is window.actions_.export_spreadsheet
    assert window.actions_.export_spreadsheet.text() == "Export spreads&heet..."


def test_export_spreadsheet_writes_the_csvs_rows_as_text(window, tmp_path):
    csv_path = tmp_path / "same.csv"
    on_next_dialog(lambda dialog: (dialog.findChild(QLineEdit).setText(str(csv_path)),
                                   dialog.accept()))
    window.actions_.export_csv.trigger()
    target = tmp_path / "from-menu"  # the dialog adds .xlsx
    on_next_dialog(answer_with(target))
    window.actions_.export_spreadsheet.trigger()
    written = target.with_suffix(".xlsx")
    assert "Exported 91 records" in window.statusBar().currentMessage()
    sheet = openpyxl.load_workbook(written).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:T92"
    rows = [["" if cell.value is None else cell.value for cell in row]
            for row in sheet.iter_rows()]
    with open(csv_path, encoding="utf-8-sig", newline="") as stream:
        assert rows == [[restore(cell) for cell in row] for row in csv.reader(stream)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["from-menu.xlsx", "nested",
                                                          "same.csv"]


def test_a_name_ending_in_csv_gets_the_csv(window, tmp_path, db_path):
    """Typed in the spreadsheet's dialog, a .csv name still gets a CSV, never a workbook
    that Excel would open as garbled text; other names get the workbook."""
    target = tmp_path / "typed.csv"
    on_next_dialog(answer_with(target))
    window.actions_.export_spreadsheet.trigger()
    cli = subprocess.run([sys.executable, "-m", "catalogue", "export", "--db", str(db_path),
                          "-"], capture_output=True, timeout=120, check=True)
    assert target.read_bytes() == cli.stdout
    other = tmp_path / "catalogue.2024"
    on_next_dialog(answer_with(other))
    window.actions_.export_spreadsheet.trigger()
    assert openpyxl.load_workbook(io.BytesIO(other.read_bytes())).active.max_row == 92
