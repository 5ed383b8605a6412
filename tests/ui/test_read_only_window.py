"""A read-only second window (#13 item 12): it says so, looks so, opens beside the first
and follows the writer's changes (F5, and by itself when the file changes on disk)."""

import re

import pytest
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QLineEdit

from catalogue.ui.app import make_application, open_window
from tests.helpers import click_button, find, on_next_dialog, select, show_checked


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


@pytest.fixture
def two_windows(qtbot, qapp, catalogue_file):
    make_application()
    first = open_window(str(catalogue_file))
    show_checked(qtbot, first)
    questions = on_next_dialog(click_button("Open read-only"))
    second = open_window(str(catalogue_file))
    second.show()
    qtbot.waitExposed(second)
    yield first, second, questions
    close(second)
    close(first)


def rename_finance(window, name: str) -> None:
    select(window, "4. ")
    window.editor.forms["area"].fields["name"].widget.setText(name)
    window.editor.forms["area"].edited.emit()
    window.actions_.save.trigger()


def test_a_read_only_window_says_so_in_its_title_and_opens_beside_the_first(two_windows):
    first, second, _ = two_windows
    assert "read-only" in second.windowTitle()
    assert "read-only" not in first.windowTitle()
    assert second.pos() != first.pos()


def test_the_lock_question_gives_a_readable_time(two_windows):
    _, _, questions = two_windows
    text = questions[0].informativeText()
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), text
    assert re.search(r"since today at \d\d:\d\d", text), text


def test_read_only_fields_look_read_only(two_windows):
    first, second, _ = two_windows

    def background(window) -> QColor:
        select(window, "4. Finance")
        field = window.editor.forms["area"].fields["name"].widget
        assert isinstance(field, QLineEdit)
        image = field.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2)

    assert background(second) != background(first)


def test_f5_reloads_what_another_window_changed(two_windows):
    first, second, _ = two_windows
    assert second.actions_.reload.shortcut() == QKeySequence("F5")
    view = next(action.menu() for action in second.menuBar().actions()
                if action.text() == "&View")
    assert second.actions_.reload in view.actions()
    select(second, "4. Finance")
    rename_finance(first, "Finance and Banking")
    second.actions_.reload.trigger()
    assert find(second, "4. Finance and Banking").isValid()
    assert second.tree.currentIndex().data().startswith("4. Finance and Banking")
    assert second.editor.forms["area"].fields["name"].get() == "Finance and Banking"


def test_a_read_only_window_follows_changes_on_disk_by_itself(two_windows, qtbot):
    first, second, _ = two_windows
    select(second, "4. Finance")
    rename_finance(first, "Logistics and Supply Chain")
    qtbot.waitUntil(lambda: second.editor.forms["area"].fields["name"].get()
                    == "Logistics and Supply Chain", timeout=5000)
    assert second.tree.currentIndex().data().startswith("4. Logistics and Supply Chain")
    rename_finance(first, "Finance")
    qtbot.waitUntil(lambda: second.tree.currentIndex().data().startswith("4. Finance"),
                    timeout=5000)
