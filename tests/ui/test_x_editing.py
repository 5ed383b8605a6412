"""The daily editing loop in a real X server with a window manager (issue #13): focus, a
question opened in the middle of a click, and the keys a field sees before the window does.

The offscreen platform has no window manager and no real focus, and missed these. The tests
marked `xserver` run in a pytest of their own on Xvfb and openbox (tests/ui/xserver.py),
started by the one unmarked test at the end; keys and clicks go through the X server with
xdotool, and pictures of each key moment are left in /tmp/catalogue-x-shots.
"""

import os
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from catalogue import queries
from tests.helpers import AnswerEvery, click_button, find, measure_editor, select
from tests.ui.xserver import click, missing_tools, run_xserver_tests, shot, xdotool

Cancel, Discard = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def escape_key(dialog) -> None:
    """Answer a question the way a person does: Esc (Cancel), once it has the focus."""
    xdotool("windowactivate", "--sync", str(int(dialog.winId())), "key", "Escape")


@pytest.fixture
def x_window(window, qtbot):
    """The window at a known size, active in the window manager's eyes too."""
    window.resize(1200, 860)
    xdotool("windowactivate", "--sync", str(int(window.winId())))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def edit_measure(window, qtbot, ref: str, words: str) -> None:
    """Select a measure, click at the end of its text and type `words`."""
    index = select(window, ref)
    window.tree.scrollTo(index)
    text = measure_editor(window)
    click(text.viewport())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)
    xdotool("key", "ctrl+End")
    xdotool("type", "--delay", "5", words)
    qtbot.waitUntil(lambda: text.toPlainText().endswith(words))
    assert window.editor.dirty


def focused():
    return QApplication.focusWidget()


@pytest.mark.xserver
def test_tab_into_a_filtered_tree_never_asks(x_window, qtbot):
    """#13 item 1: 12.3 edited, the filter shows only "Sports", Tab into the tree."""
    window = x_window
    edit_measure(window, qtbot, "12.3", " Reviewed.")
    xdotool("key", "ctrl+f")
    qtbot.waitUntil(lambda: focused() is window.filter_box)
    xdotool("type", "Sports")
    qtbot.waitUntil(lambda: window.model.filtering and not find(window, "12.3").isValid())
    answers = AnswerEvery(escape_key, limit=3, last=click_button(Discard))
    xdotool("key", "Tab")
    qtbot.waitUntil(lambda: focused() is window.tree)
    qtbot.wait(600)  # time for a question to open, and to come back
    shot(window, "1-tab-into-filtered-tree")
    assert answers.stop() == []
    assert window.editor.dirty and window.editor.record_id is not None
    assert measure_editor(window).toPlainText().endswith(" Reviewed.")

    # Moving in the tree is leaving the record: asked once; Cancel leaves all as it was.
    before = window.tree.currentIndex()
    answers = AnswerEvery(escape_key, limit=3, last=click_button(Discard))
    xdotool("key", "Down")
    qtbot.waitUntil(lambda: bool(answers.texts))
    qtbot.wait(600)
    assert answers.stop() == ["Save the changes to measure 12.3?"]
    assert window.tree.currentIndex() == before and focused() is window.tree
    assert window.editor.dirty


@pytest.mark.xserver
def test_esc_in_the_filter_with_an_edited_match_never_asks(x_window, qtbot):
    """#13 item 1: 13.1 matches "Sports" and is edited there; Esc clears the filter."""
    window = x_window
    xdotool("key", "ctrl+f")
    xdotool("type", "Sports")
    qtbot.waitUntil(lambda: window.model.filtering and find(window, "13.1").isValid())
    edit_measure(window, qtbot, "13.1", " Reviewed.")
    record = window.editor.record_id
    answers = AnswerEvery(escape_key, limit=3, last=click_button(Discard))
    click(window.filter_box)
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: not window.model.filtering and focused() is window.tree)
    qtbot.wait(600)
    shot(window, "1-esc-in-filter")
    assert answers.stop() == []
    assert window.editor.dirty and window.editor.record_id == record
    assert window.tree.currentIndex().data().startswith("13.1")


@pytest.mark.xserver
def test_cancel_puts_the_selection_back_on_the_record_being_edited(x_window, qtbot):
    """#13 item 2: 12.1 edited, a click on 12.2, Cancel; then Delete."""
    window, tree = x_window, x_window.tree
    edit_measure(window, qtbot, "12.1", " Reviewed.")
    first, second = find(window, "12.1"), find(window, "12.2")

    def look_then_cancel(dialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        shot(window, "2-question")
        escape_key(dialog)

    answers = AnswerEvery(look_then_cancel, limit=3, last=click_button(Discard))
    click(tree.viewport(), tree.visualRect(second).center())
    qtbot.waitUntil(lambda: bool(answers.texts))
    qtbot.wait(600)
    shot(window, "2-after-cancel")
    assert answers.stop() == ["Save the changes to measure 12.1?"]
    assert tree.currentIndex() == first
    assert tree.selectionModel().selectedIndexes() == [first]
    assert window.editor.dirty and window.editor.heading.text().startswith("Measure 12.1")

    answers = AnswerEvery(click_button(Cancel), limit=1)
    tree.setFocus()
    xdotool("key", "Delete")
    qtbot.waitUntil(lambda: bool(answers.texts))
    assert answers.stop() == ["Delete measure 12.1?"]


@pytest.mark.xserver
def test_undo_and_redo_keys_in_a_field(x_window, qtbot, engine):
    """#13 item 5: Ctrl+S, then Ctrl+Z with the caret still in the field; the field's own
    history first, then the catalogue's; Esc returns to the tree."""
    window = x_window
    edit_measure(window, qtbot, "12.1", " Reviewed.")
    text = measure_editor(window)
    record = window.editor.record_id
    original = queries.record(engine, "measure", record)["text"]
    caret = text.textCursor().position()
    xdotool("key", "ctrl+s")
    qtbot.waitUntil(lambda: not window.editor.dirty)
    shot(window, "5-saved")
    assert queries.record(engine, "measure", record)["text"] == original + " Reviewed."
    assert focused() is text and text.textCursor().position() == caret
    assert window.actions_.undo.toolTip().startswith("Undo Edit measure 12.1")

    xdotool("key", "ctrl+z")
    qtbot.waitUntil(lambda: queries.record(engine, "measure", record)["text"] == original)
    assert text.toPlainText() == original and focused() is text
    xdotool("key", "ctrl+shift+z")
    qtbot.waitUntil(lambda: queries.record(engine, "measure", record)["text"]
                    == original + " Reviewed.")
    assert text.toPlainText() == original + " Reviewed."

    xdotool("key", "ctrl+End")
    xdotool("type", "Twice")
    qtbot.waitUntil(lambda: window.editor.dirty)
    xdotool("key", "ctrl+z")  # the field's own typing goes first
    qtbot.waitUntil(lambda: not window.editor.dirty)
    assert queries.record(engine, "measure", record)["text"] == original + " Reviewed."
    xdotool("key", "ctrl+z")  # then the catalogue's last change
    qtbot.waitUntil(lambda: queries.record(engine, "measure", record)["text"] == original)
    shot(window, "5-undone")

    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: focused() is window.tree)
    assert window.tree.currentIndex().data().startswith("12.1")


@pytest.mark.slow
def test_the_window_under_a_real_x_server():
    """Runs the tests above in their own process on Xvfb with openbox. Locally they are
    skipped when those are not installed; on Linux CI (CI=true) that is a failure."""
    missing = missing_tools()
    if missing:
        why = f"{', '.join(missing)} not installed (apt-get install xvfb openbox xdotool)"
        if sys.platform.startswith("linux") and os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the X server tests: {why}")
        pytest.skip(why)
    result = run_xserver_tests()
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
