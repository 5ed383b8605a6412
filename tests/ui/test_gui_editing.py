"""Editing you can trust (issue #13): a refused save keeps the edit, a record deleted behind
the window's back is said and can be added again, over-long text is refused alike in every
field, undo and redo show what they changed, and the toolbar stays put. (Focus, clicks and
keys in fields need a real X server: tests/ui/test_x_editing.py.)"""


from PySide6.QtWidgets import QMessageBox, QToolBar

from tests.helpers import find, select

Cancel, Discard = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def close_it(dialog) -> None:
    dialog.done(0)


def status(window) -> str:
    return window.statusBar().currentMessage()



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
