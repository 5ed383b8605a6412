"""Editing you can trust (issue #13): a refused save keeps the edit, a record deleted behind
the window's back is said and can be added again, over-long text is refused alike in every
field, undo and redo show what they changed, and the toolbar stays put. (Focus, clicks and
keys in fields need a real X server: tests/ui/test_x_editing.py.)"""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QToolBar

from catalogue import queries, services
from tests.helpers import AnswerEvery, click_button, dump, find, measure_editor, select

Cancel, Discard = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def close_it(dialog) -> None:
    dialog.done(0)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_a_refused_save_keeps_the_edit_unsaved(window, qtbot, engine, db_path):
    """#13 item 3: the service refuses the change (here a trigger in the file)."""
    select(window, "12.1")
    record = window.editor.record_id
    measure_editor(window).setPlainText("Edited, then refused.")
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TRIGGER refuse BEFORE UPDATE ON measure "
                       "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END")
    connection.commit()
    before = dump(engine)
    answers = AnswerEvery(close_it)
    window.actions_.save.trigger()
    assert window.editor.dirty and window.isWindowModified()
    assert measure_editor(window).toPlainText() == "Edited, then refused."
    assert "refused by a trigger" in window.editor.message.text() + " ".join(answers.texts)
    assert dump(engine) == before and not window.undo_stack.canUndo()
    answers.stop()

    answers = AnswerEvery(click_button(Cancel))
    select(window, "12.2")  # leaving still asks: nothing was saved
    assert answers.stop() == ["Save the changes to measure 12.1?"]
    assert window.editor.record_id == record and window.editor.dirty
    connection.execute("DROP TRIGGER refuse")
    connection.commit()
    connection.close()


def test_saving_a_record_deleted_elsewhere_says_so_and_offers_to_add_it(window, qtbot, engine):
    """#13 item 4: another program deleted measure 12.1 while it was being edited."""
    select(window, "12.1")
    area_id = queries.record(engine, "measure", window.editor.record_id)["area_id"]
    measure_editor(window).setPlainText("Typed before it vanished.")
    services.delete_record(engine, "measure", window.editor.record_id)
    answers = AnswerEvery(click_button(Cancel))
    window.actions_.save.trigger()
    assert answers.stop() == ["Measure 12.1 is no longer in the catalogue: it was deleted "
                              "elsewhere."]
    assert "no longer exists" in window.editor.message.text()
    assert window.editor.dirty
    assert measure_editor(window).toPlainText() == "Typed before it vanished."

    answers = AnswerEvery(click_button("Add as new measure"))
    window.actions_.save.trigger()
    assert len(answers.stop()) == 1
    texts = [item.values["text"] for item in queries.children(engine, ("area", area_id))
             if item.kind == "measure"]
    assert texts[-1] == "Typed before it vanished." and len(texts) == 4
    assert not window.editor.dirty
    assert window.tree.currentIndex().data().startswith("12.4  Typed before it vanished.")
    assert measure_editor(window).toPlainText() == "Typed before it vanished."
    assert status(window) == "Added measure 12.4"


@pytest.mark.parametrize(("label", "kind", "field", "limit"), [
    ("4. Finance", "area", "name", 200),  # one line
    ("Mr Paul Chan", "official", "post", 1000),  # several lines
])
def test_pasted_text_over_the_limit_is_kept_and_refused_alike(window, qtbot, engine, label,
                                                             kind, field, limit):
    """#13 item 6: a one-line field cut a paste silently at its limit; a text box kept it
    and refused it on saving. Both now keep it and refuse it with the same message."""
    select(window, label)
    widget = window.editor.forms[kind].fields[field].widget
    QApplication.clipboard().setText("x" * (limit + 100))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    shown = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    assert shown == "x" * (limit + 100)
    before = dump(engine)
    window.actions_.save.trigger()
    assert f"is too long ({limit + 100} characters; at most {limit})" in (
        window.editor.message.text())
    assert window.editor.dirty and dump(engine) == before


def test_undo_and_redo_select_and_show_what_they_changed(window, qtbot, engine):
    """#13 item 9: the record comes into view, a restored area as open as it was, and the
    status bar says what was undone or redone."""
    select(window, "12.1")
    measure_editor(window).setPlainText("Edited for the undo test.")
    window.actions_.save.trigger()
    select(window, "Annex 2")
    window.actions_.undo.trigger()
    assert window.tree.currentIndex().data().startswith("12.1  To promote exchanges")
    assert measure_editor(window).toPlainText().startswith("To promote exchanges")
    assert status(window) == "Undone: Edit measure 12.1"
    select(window, "Annex 2")
    window.actions_.redo.trigger()
    assert window.tree.currentIndex().data().startswith("12.1  Edited for the undo test.")
    assert status(window) == "Redone: Edit measure 12.1"

    finance = select(window, "4. Finance")
    window.tree.expand(finance)
    answers = AnswerEvery(click_button("Delete"))
    window.actions_.delete.trigger()
    assert len(answers.stop()) == 1
    select(window, "Annex 2")
    window.actions_.undo.trigger()
    restored = window.tree.currentIndex()
    assert restored.data() == "4. Finance (3 measures)" and window.tree.isExpanded(restored)
    assert window.editor.heading.text() == "Co-operation area 4: Finance"
    assert status(window) == "Undone: Delete co-operation area \u201cFinance\u201d"
    window.actions_.redo.trigger()
    assert window.tree.currentIndex().data() == "Co-operation areas (14)"
    assert status(window) == "Redone: Delete co-operation area \u201cFinance\u201d"

    select(window, "4. Civil Aviation")  # closed when deleted: comes back closed
    answers = AnswerEvery(click_button("Delete"))
    window.actions_.delete.trigger()
    answers.stop()
    window.actions_.undo.trigger()
    assert window.tree.currentIndex().data().startswith("4. Civil Aviation")
    assert not window.tree.isExpanded(window.tree.currentIndex())


def test_the_toolbar_stays_put_and_names_the_command_elsewhere(window, qtbot):
    """#13 item 10: Undo and Redo buttons keep fixed labels; the command is named in their
    tooltips and the Edit menu."""
    toolbar = window.findChild(QToolBar, "mainToolbar")
    actions = window.actions_

    def places():
        qtbot.wait(20)  # the toolbar lays its buttons out again
        return [(action.iconText(), toolbar.widgetForAction(action).geometry())
                for action in toolbar.actions() if toolbar.widgetForAction(action)]

    before = places()
    select(window, "1. Joint Pursuit")
    name = window.editor.forms["area"].fields["name"]
    name.widget.setText("Joint Pursuit of the Belt and Road Development, Business Investment "
                        "and Trade")
    window.editor.forms["area"].edited.emit()
    actions.save.trigger()
    assert places() == before
    command = ("Edit co-operation area \u201cJoint Pursuit of the Belt and Road Development "
               "and Business Investment\u201d")
    assert actions.undo.toolTip() == f"Undo {command} (Ctrl+Z)"
    assert actions.undo.text() == f"&Undo {command}"
    assert toolbar.widgetForAction(actions.undo).text() == "Undo"
    actions.undo.trigger()
    assert places() == before
    assert actions.redo.toolTip() == f"Redo {command} (Ctrl+Shift+Z, Ctrl+Y)"
    assert find(window, "1. Joint Pursuit of the Belt and Road Development and Business")
