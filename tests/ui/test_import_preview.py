"""The import preview (#14 item 6): before anything is written the window shows what a
release was read as (counts, the tree it adds, every paragraph not placed with its
position); Enter imports, Escape cancels and writes nothing."""

import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from catalogue import queries, workflows
from catalogue.storage import list_backups
from catalogue.ui.import_preview import ImportPreviewDialog
from catalogue.ui.importer import DateDialog
from tests.helpers import DATA, dump, on_next_dialog

BEIJING = DATA / "releases" / "hk-beijing-6th-unplaced.txt"
"""A release of another conference with two paragraphs the parser cannot place."""


def _answer(path: Path, date: QDate, preview):
    """File dialog -> `path`; date dialog -> `date`; then `preview(dialog)`."""
    def on_date(dialog):
        assert isinstance(dialog, DateDialog)
        dialog.date.setDate(date)
        on_next_dialog(preview)
        dialog.accept()

    def on_file(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        on_next_dialog(on_date)
        dialog.accept()
    return on_file


def test_the_preview_shows_what_was_read_and_what_was_not(qtbot):
    prepared = workflows.prepare_import(workflows.read_release(BEIJING),
                                        datetime.date(2024, 5, 16))
    dialog = ImportPreviewDialog(prepared)
    qtbot.addWidget(dialog)
    shown = dialog.summary.toPlainText()
    assert shown == workflows.import_summary(prepared)  # the text --dry-run prints
    assert "  2 co-operation areas\n  3 measures\n  5 officials\n  2 agreements" in shown
    assert "      1 Commerce and Trade\n        1.1 To support enterprises" in shown
    assert "paragraph 4, line 7: The two delegations toured the Beijing" in shown
    assert "paragraph 15, line 28: A photo exhibition" in shown
    assert not dialog.warning.isHidden()
    assert dialog.warning.text().startswith("2 paragraphs of the release could not be placed")
    assert [dialog.unplaced.item(row).text()[:40] for row in range(dialog.unplaced.count())] == [
        "paragraph 4, line 7: The two delegations", "paragraph 15, line 28: A photo exhibitio"]
    assert not dialog.unplaced.isHidden()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == shown
    assert dialog.import_button.text() == "&Import anyway"
    assert dialog.import_button.isDefault()
    assert dialog.summary.isReadOnly()


def test_escape_cancels_and_writes_nothing(window, engine, db_path):
    before = dump(engine)
    backups = list_backups(db_path)
    seen = []

    def press_escape(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(dialog.summary.toPlainText())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(_answer(BEIJING, QDate(2024, 5, 16), press_escape))
    window.actions_.import_release.trigger()
    assert seen and "Not placed in any record: 2 paragraphs" in seen[0]
    assert dump(engine) == before
    assert list_backups(db_path) == backups, [b.path.name for b in list_backups(db_path)]
    assert [p.values["ordinal"] for p in queries.plenaries(engine)] == [6]


def test_enter_imports_what_the_preview_showed(window, engine):
    seen = []

    def press_enter(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(dialog)
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)  # focus in the text: still Enter

    on_next_dialog(_answer(BEIJING, QDate(2024, 5, 16), press_enter))
    window.actions_.import_release.trigger()
    assert seen
    plenaries = queries.plenaries(engine)
    assert sorted((p.values["conference_name"], p.values["ordinal"]) for p in plenaries) == [
        ("Hong Kong/Beijing Co-operation Conference", 6),
        ("Hong Kong/Shanghai Co-operation Conference", 6)]
    beijing = next(p for p in plenaries if p.values["conference_name"].startswith("Hong Kong/Bei"))
    assert str(beijing.values["date"]) == "2024-05-16"
    assert beijing.values["place"] == "Beijing"
    officials = queries.children(engine, ("officials", beijing.id))
    assert [o.values["side"] for o in officials][:3] == [
        "Hong Kong SAR Government", "Beijing Municipal Government",
        "Beijing Municipal Government"]
    assert window.statusBar().currentMessage().startswith("Imported: 2 areas, 3 measures")


def test_a_release_read_whole_shows_no_warning(qtbot, seed_release):
    prepared = workflows.prepare_import(seed_release)
    dialog = ImportPreviewDialog(prepared, "Sixth Plenary Session")
    qtbot.addWidget(dialog)
    assert dialog.warning.isHidden() and dialog.unplaced.isHidden()
    assert dialog.import_button.text() == "&Import"
    assert "Replaces the Sixth Plenary Session already catalogued with:" in (
        dialog.summary.toPlainText())
    assert dialog.summary.toPlainText().endswith("Every paragraph was placed.")
