"""Every change remembered, in the window (issue #15 items 3, 4, 5): the editor's History
tab with a character-level difference and "Restore this version" (undoable), Edit >
Recently Deleted restoring an area with its measures in a new session, and View > Activity
filtered by officer, dates and record type, exported as CSV."""

import csv
import datetime
import sqlite3

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog

from catalogue import history, queries
from catalogue.kinds import Kind, ListKey, ListKind
from catalogue.spec import OFFICER_SETTING, Origin, Source
from catalogue.ui.app import make_application, open_window
from catalogue.ui.history_tab import char_diff
from tests.helpers import (
    AnswerEvery,
    click_button,
    find,
    measure_editor,
    on_next_dialog,
    select,
    show_checked,
)

OLD, NEW = "香港與上海加強合作", "香港和上海加強合作"


@pytest.fixture(autouse=True)
def no_officer_set():
    QSettings().remove(OFFICER_SETTING)
    yield
    QSettings().remove(OFFICER_SETTING)


def save_text(window, text: str) -> None:
    measure_editor(window).setPlainText(text)
    window.actions_.save.trigger()
    assert not window.editor.dirty


def show_history(window, qtbot):
    views = window.history
    views.tabs.setCurrentWidget(views.panel)
    qtbot.waitUntil(lambda: not views.panel._stale and views.panel.key is not None)
    return views.panel


def formatted_runs(document: QTextDocument) -> list[tuple[str, bool, str]]:
    """(text, struck through, background) of every run of text as Qt renders it."""
    runs = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                form = fragment.charFormat()
                runs.append((fragment.text(), form.fontStrikeOut(),
                             form.background().color().name()))
            iterator += 1
        block = block.next()
    return runs


def test_char_diff_marks_the_one_character_that_changed():
    assert char_diff(OLD, NEW) == [("equal", "香港"), ("delete", "與"), ("insert", "和"),
                                   ("equal", "上海加強合作")]


def test_the_history_tab_shows_an_edit_with_a_character_level_difference(window, qtbot):
    select(window, "12.1")
    panel = window.history.panel
    select(window, "12.2")
    select(window, "12.1")
    assert panel.loads == 0, "selecting records reads no history while the tab is hidden"
    save_text(window, OLD)
    save_text(window, NEW)
    panel = show_history(window, qtbot)
    assert panel.loads == 1
    items = [panel.list.topLevelItem(row) for row in range(panel.list.topLevelItemCount())]
    assert [item.text(2) for item in items] == ["Edit measure 12.1", "Edit measure 12.1",
                                                "Import Sixth Plenary Session of the Hong "
                                                "Kong/Shanghai Co-operation Conference"]
    assert [item.text(3) for item in items] == ["Window", "Window", "Import"]
    assert panel.list.currentItem() is items[0]  # the newest, selected
    text = panel.diff.toPlainText()
    assert "Before" in text and "After" in text and OLD in text and NEW in text
    runs = formatted_runs(panel.diff.document())
    assert ("與", True, "#fdecea") in runs, "the character that went is struck through, red"
    assert ("和", False, "#e3f6e8") in runs, "the character that came is green"
    assert ("香港", False, "#000000") in runs, "what stayed is plain"
    assert not panel.restore_button.isEnabled()  # the newest change is the current version
    assert panel.note.text() == "This is the current version."

    save_text(window, NEW + "。")  # the tab follows the record
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 4)


def test_a_record_without_history_says_so(window, qtbot, catalogue_file):
    connection = sqlite3.connect(catalogue_file)  # as a catalogue from before history was kept
    connection.execute("DELETE FROM change")
    connection.commit()
    connection.close()
    select(window, "12.1")
    panel = show_history(window, qtbot)
    assert panel.pages.currentWidget() is panel.empty
    assert panel.empty.text().startswith("No changes yet.")
    assert not panel.restore_button.isEnabled()
    window.actions_.record_history.trigger()  # Ctrl+H: back to the fields
    assert window.history.tabs.currentIndex() == 0


def test_restore_this_version_is_a_new_change_that_undo_takes_back(window, qtbot, engine):
    select(window, "12.1")
    record_id = window.editor.record_id
    save_text(window, OLD)
    save_text(window, NEW)
    panel = show_history(window, qtbot)
    panel.list.setCurrentItem(panel.list.topLevelItem(1))  # the first edit
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == OLD
    assert measure_editor(window).toPlainText() == OLD
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 4)
    newest = history.record_history(engine, Kind.MEASURE, record_id)[0]
    assert newest.source == "restore" and newest.fields["text"] == (NEW, OLD)
    assert panel.list.topLevelItem(0).text(2).startswith("Restore measure 12.1 as of ")
    assert window.undo_stack.undoText().startswith("Restore measure 12.1 as of ")

    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == NEW
    assert measure_editor(window).toPlainText() == NEW
    undone = history.record_history(engine, Kind.MEASURE, record_id)[0]
    assert undone.source == "undo" and undone.fields["text"] == (OLD, NEW)
    assert window.editor.record_id == record_id  # undo shows the record it changed
    window.actions_.redo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == OLD


def test_recently_deleted_restores_an_area_with_its_measures_in_a_new_session(
        window, qtbot, catalogue_file, engine):
    index = select(window, "12.")
    area_id, name = window.editor.record_id, window.editor.forms[Kind.AREA].fields[
        "name"].get()
    measures = [item.id for item in queries.children(engine, ListKey(ListKind.AREA, area_id))
                if item.kind == Kind.MEASURE]
    assert window.editor.kind == Kind.AREA and len(measures) > 1 and index.isValid()
    answers = AnswerEvery(click_button("Delete"))
    window.actions_.delete.trigger()
    assert answers.stop() == [f"Delete co-operation area “{name}”?"]
    assert not find(window, f"12. {name}").isValid()
    window.close()  # the undo history goes with the session

    make_application()
    again = open_window(str(catalogue_file))
    show_checked(qtbot, again)
    try:
        assert not again.undo_stack.canUndo()
        dialog = again.history.show_deleted()
        assert dialog is not None and dialog.isVisible()
        first = dialog.list.topLevelItem(0)
        assert first.text(0) == (f"Co-operation area “{name}” with {len(measures)} measures"
                                 " (listed by 1 agreement)")
        assert first.text(1) == "Sixth Plenary Session"
        assert first.text(3)  # who
        assert dialog.restore_button.isDefault()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter restores
        assert not dialog.isVisible()
        restored = queries.record(engine, Kind.AREA, area_id)
        assert restored["name"] == name
        assert [item.id for item in queries.children(engine, ListKey(ListKind.AREA, area_id))
                if item.kind == Kind.MEASURE] == measures
        assert (again.editor.kind, again.editor.record_id) == (Kind.AREA, area_id)
        assert again.tree.currentIndex().data().startswith(f"12. {name} (")  # selected
        assert history.deleted_records(engine) == []
        assert again.undo_stack.canUndo()
        again.actions_.undo.trigger()  # the restore is undoable
        assert not find(again, f"12. {name}").isValid()
        assert len(history.deleted_records(engine)) == 1
        again.actions_.redo.trigger()  # and redone: back again, selected
        assert (again.editor.kind, again.editor.record_id) == (Kind.AREA, area_id)
        again.actions_.undo.trigger()
        empty = again.history.show_deleted()
        assert empty is not None and empty.pages.currentIndex() == 1
        empty.reject()
    finally:
        again.close()
        again.deleteLater()


def test_a_measure_whose_area_is_deleted_too_says_why_it_cannot_come_back(
        window, qtbot, engine):
    from catalogue import services

    select(window, "12.1")
    measure, area = window.editor.record_id, window.controller.values["area_id"]
    window.editor.show_nothing()
    services.delete_record(engine, Kind.MEASURE, measure)
    services.delete_record(engine, Kind.AREA, area)
    dialog = window.history.show_deleted()
    assert dialog is not None and dialog.list.topLevelItemCount() == 2
    second = dialog.list.topLevelItem(1)
    assert second.text(0) == "Measure 1" and second.text(1) == "(its area is deleted too)"
    dialog.list.setCurrentItem(second)
    dialog.restore_button.click()
    assert dialog.isVisible() and not dialog.message.isHidden()
    assert dialog.message.text() == ("Not restored: its co-operation area no longer exists: "
                                     "restore that first")
    assert not window.undo_stack.canUndo()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)  # Esc closes it
    assert not dialog.isVisible()


def test_recently_deleted_says_when_nothing_was_deleted(window):
    dialog = window.history.show_deleted()
    assert dialog is not None and dialog.empty.isVisible()
    assert dialog.empty.text() == "Nothing has been deleted."
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_activity_filters_by_officer_dates_and_type_and_exports_them(
        window, qtbot, engine, catalogue_file, tmp_path):
    from catalogue import services

    select(window, "12.1")
    measure_id = window.editor.record_id
    officer = window.history.ask_officer()  # Edit > Officer name...
    assert officer.textValue() == ""  # none set: the computer login is recorded
    officer.setTextValue("  Officer Wong ")
    officer.accept()
    assert QSettings().value(OFFICER_SETTING) == "Officer Wong"
    save_text(window, NEW)
    area_id = queries.area_choices(engine, queries.plenaries(engine)[0].id)[0][0]
    services.update_record(engine, Kind.AREA, area_id, {"name": "Trade, renamed"},
                           origin=Origin(Source.COMMAND_LINE, "Ms Lee"))
    connection = sqlite3.connect(catalogue_file)  # the import, as if made in January 2024
    connection.execute("UPDATE change_set SET at = '2024-01-15 10:00:00.000000' WHERE id = 1")
    connection.commit()
    connection.close()

    activity = window.history.show_activity()
    assert activity is not None
    assert activity.count.text() == "94 changes"  # a conference, 91 records, two edits
    activity.officer.setCurrentIndex(activity.officer.findData("Officer Wong"))
    assert [(e.officer, e.kind, e.record_id) for e in activity.entries] == [
        ("Officer Wong", Kind.MEASURE, measure_id)]
    assert activity.list.topLevelItem(0).text(6) == "Text"
    activity.officer.setCurrentIndex(0)
    activity.kind.setCurrentIndex(activity.kind.findData(Kind.AREA))
    assert {e.kind for e in activity.entries} == {Kind.AREA}
    assert activity.entries[0].officer == "Ms Lee"
    assert activity.list.topLevelItem(0).text(5) == "Command line"
    activity.use_since.setChecked(True)
    activity.since.setDate(QDate(2024, 1, 1))
    activity.use_until.setChecked(True)
    activity.until.setDate(QDate(2024, 1, 31))
    assert len(activity.entries) > 1 and {e.source for e in activity.entries} == {"import"}
    assert all(e.at.date() == datetime.date(2024, 1, 15) for e in activity.entries)
    activity.until.setDate(QDate(2024, 1, 14))
    assert activity.entries == [] and activity.empty.text() == "No changes match this filter."
    activity.use_until.setChecked(False)
    activity.use_since.setChecked(False)
    kept = list(activity.entries)
    assert len(kept) > 1

    target = tmp_path / "areas.csv"

    def save_as(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    on_next_dialog(save_as)
    activity.export_button.click()
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {(row["label"], row["record_type"], row["record_id"]) for row in rows} == {
        (e.label, str(e.kind), str(e.record_id)) for e in kept}
    assert len(rows) == sum(len(e.fields) for e in kept)
    assert {row["officer"] for row in rows} == {"Ms Lee", kept[-1].officer}
    assert next(row["new"] for row in rows if row["field"] == "name") == "Trade, renamed"
    assert not list(tmp_path.glob("*partial*"))  # written beside, then renamed

    activity.kind.setCurrentIndex(0)  # double-clicking a change selects its record
    row = next(i for i, e in enumerate(activity.entries) if e.officer == "Ms Lee")
    activity.list.setCurrentItem(activity.list.topLevelItem(row))
    activity.select_current()
    assert (window.editor.kind, window.editor.record_id) == (Kind.AREA, area_id)
    name = window.editor.forms[Kind.AREA].fields["name"].widget
    name.setText("Trade, renamed again")
    name.textEdited.emit(name.text())
    window.actions_.save.trigger()  # a change made while it is open shows in it
    assert activity.entries[0].fields["name"] == ("Trade, renamed", "Trade, renamed again")
    assert activity.entries[0].officer == "Officer Wong"
    activity.close()


def test_activity_names_an_edited_record_by_its_ref_as_adds_and_deletes_are(window, engine):
    from catalogue import services

    select(window, "12.1")
    save_text(window, NEW)
    area_id = queries.area_choices(engine, queries.plenaries(engine)[0].id)[0][0]
    services.update_record(engine, Kind.AREA, area_id, {"name": "Trade, renamed"})
    activity = window.history.show_activity()
    assert activity is not None
    rows = [activity.list.topLevelItem(row) for row in range(2)]
    assert [(row.text(3), row.text(4)) for row in rows] == [
        ("Co-operation area \u201cTrade, renamed\u201d", "Changed"), ("Measure 12.1", "Changed")]
    activity.reject()


def test_activity_shows_a_backup_restored_as_the_whole_catalogue(window, engine):
    """The entry a restore writes (services.note_backup_restored, as the restore itself
    does: tests/core/test_restore_history.py) names no one record; double-clicking it
    selects nothing and says nothing is gone."""
    from catalogue import services

    services.note_backup_restored(engine, "catalogue-20261127-120000-manual.db",
                                  Origin(Source.RESTORE, officer="Ms Chan"))
    activity = window.history.show_activity()
    assert activity is not None
    row = activity.list.topLevelItem(0)
    assert [row.text(column) for column in range(1, 7)] == [
        "Ms Chan", "Restore backup catalogue-20261127-120000-manual.db",
        "The whole catalogue", "Backup restored", "Restore", ""]
    shown = window.editor.record_id
    activity.list.setCurrentItem(row)
    activity.select_current()
    assert window.editor.record_id == shown
    assert "no longer exists" not in activity.count.text()
    activity.reject()
