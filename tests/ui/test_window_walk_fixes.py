"""What the new-user walk of this session hit in the window, each shown fixed: the History
tab kept another catalogue's record after a switch (its Restore still enabled); Restore
this version offered for a document's change it cannot put back; Ctrl+Shift+R lost after a
language switch; Undo with unsaved typing saved it and then undid that very save."""

import shutil

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from catalogue import i18n, queries, services
from catalogue.documents import DocumentFile, digest
from catalogue.kinds import Kind, RecordKey
from catalogue.ui.language import SYSTEM, LanguageMenu
from tests.helpers import AnswerEvery, click_button, measure_editor, select


def show_history(window, qtbot):
    views = window.history
    views.tabs.setCurrentWidget(views.panel)
    qtbot.waitUntil(lambda: not views.panel._stale)
    return views.panel


def test_the_history_tab_lets_go_of_a_record_when_the_catalogue_changes(
        window, qtbot, catalogue_file, tmp_path):
    select(window, "3.1")
    measure_editor(window).setPlainText("A change to see in the history.")
    window.actions_.save.trigger()
    panel = show_history(window, qtbot)
    assert panel.entries and panel.list.topLevelItemCount() > 0
    other = tmp_path / "other.db"
    shutil.copyfile(catalogue_file, other)
    assert window.files.switch_to(other)
    qtbot.waitUntil(lambda: not panel._stale)
    assert panel.entries == [] and panel.list.topLevelItemCount() == 0
    assert not panel.restore_button.isEnabled()


def test_restore_is_not_offered_for_a_documents_change(window, qtbot, engine):
    select(window, "Annex 2")
    owner = window.controller.shown()
    assert isinstance(owner, RecordKey) and owner.kind == Kind.ANNEX
    data = b"%PDF-1.4 annex text"
    services.attach_document(engine, owner, DocumentFile("annex.pdf", "application/pdf", data,
                                                         digest(data)))
    services.update_record(engine, Kind.ANNEX, owner.id, {"notes": "after the attach"})
    window.refresh()
    panel = show_history(window, qtbot)
    panel.follow(owner.kind, owner.id)
    panel.load()
    labels = [entry.label for entry in panel.entries]
    row = next(i for i, label in enumerate(labels) if label.startswith("Attach annex.pdf"))
    panel.list.setCurrentItem(panel.list.topLevelItem(row))
    assert not panel.restore_button.isEnabled()
    assert "documents" in panel.note.text()
    edit_row = next(i for i, entry in enumerate(panel.entries) if entry.operation == "add")
    panel.list.setCurrentItem(panel.list.topLevelItem(edit_row))
    assert panel.restore_button.isEnabled(), "a version of the fields is still offered"


def test_restore_keeps_its_shortcut_after_a_language_switch(window):
    panel = window.history.panel
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        assert panel.restore_button.shortcut() == QKeySequence("Ctrl+Shift+R")
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    assert panel.restore_button.shortcut() == QKeySequence("Ctrl+Shift+R")


def test_undo_with_unsaved_typing_saves_it_and_undoes_nothing_more(window, engine):
    select(window, "3.1")
    measure_id = window.editor.record_id
    measure_editor(window).setPlainText("First, saved.")
    window.actions_.save.trigger()
    measure_editor(window).setPlainText("Second, typed and not saved.")
    assert window.editor.dirty
    answers = AnswerEvery(click_button(QMessageBox.StandardButton.Save))
    window.actions_.undo.trigger()
    answers.stop()
    assert queries.record(engine, Kind.MEASURE, measure_id)["text"] == (
        "Second, typed and not saved.")
    assert measure_editor(window).toPlainText() == "Second, typed and not saved."
    assert window.undo_stack.index() == 2, "both saves are there to undo, one at a time"
    assert "Undo again" in window.statusBar().currentMessage()
    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, measure_id)["text"] == "First, saved."
