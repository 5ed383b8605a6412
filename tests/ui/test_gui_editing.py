"""Editing you can trust (issue #13): a refused save keeps the edit, a record deleted behind
the window's back is said and can be added again, over-long text is refused alike in every
field, undo and redo show what they changed, and the toolbar stays put. (Focus, clicks and
keys in fields need a real X server: tests/ui/test_x_editing.py.)"""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QToolBar

from tests.helpers import dump, find, select

Cancel, Discard = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def close_it(dialog) -> None:
    dialog.done(0)


def status(window) -> str:
    return window.statusBar().currentMessage()



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
    assert actions.redo.toolTip() == f"Redo {command} (Ctrl+Shift+Z)"
    assert find(window, "1. Joint Pursuit of the Belt and Road Development and Business")
