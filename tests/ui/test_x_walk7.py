"""The box about a third change, on a real X server with openbox (walk6's finding): keys
typed through the X server (xdotool) to whatever has the focus, as a person's arrive.

Run by tests/ui/test_walk7_fixes.py::test_the_x_server_walk7_tests_pass in a pytest of
their own; in the offscreen run they are skipped.
"""

import os
import subprocess

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.spec import OFFICER_SETTING, Origin, Source
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import measure_editor, select

pytestmark = [
    pytest.mark.xserver,
    pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs X: run by "
                       "test_walk7_fixes.py::test_the_x_server_walk7_tests_pass"),
]


def press(*keys: str) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=30)


def saves(engine, record_id: int, fields: dict, officer: str) -> None:
    version = queries.record(engine, Kind.MEASURE, record_id)["version"]
    services.update_record(engine, Kind.MEASURE, record_id, fields,
                           origin=Origin(Source.WINDOW, officer), version=version)


def test_the_third_change_box_has_the_newest_behind_it_and_return_closes_it(
        window, qtbot, engine):
    """Alt+U in the undo's dialog after Ms Ho saved again: the box comes up over the
    editor already showing her wording and the banner naming her; Return (the box's
    default) closes it, the editor unchanged by the key (no newline), nothing unsaved,
    the undo step kept."""
    QSettings().setValue(OFFICER_SETTING, "Ms Chan")
    select(window, "12.1")
    record_id = window.editor.record_id
    measure_editor(window).setPlainText("Her wording.")
    window.actions_.save.trigger()
    saves(engine, record_id, {"text": "His wording."}, "Mr Lee")
    window.tree.setFocus()
    seen: list[object] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, in_dialog)
            return
        try:
            saves(engine, record_id, {"text": "Ms Ho's wording."}, "Ms Ho")
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mine_buttons["text"],
                            timeout=5000)
            QTimer.singleShot(0, in_box)
            press("alt+u")
        except Exception as error:  # said by the assertions below
            seen.append(repr(error))
            dialog.reject()

    def in_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, in_box)
            return
        try:
            box.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=5000)
            seen.append(measure_editor(window).toPlainText())
            seen.append((window.live.banner.isVisible(),
                         window.live.banner.text.text().startswith("Changed by Ms Ho at ")))
            press("Return")
        except Exception as error:  # said by the assertions below
            seen.append(repr(error))
            box.accept()

    QTimer.singleShot(0, in_dialog)
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert seen == ["Ms Ho's wording.", (True, True)], seen
    qtbot.wait(200)  # any key still arriving
    assert measure_editor(window).toPlainText() == "Ms Ho's wording."
    assert not window.editor.dirty
    assert window.undo_stack.canUndo()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Ms Ho's wording."


@pytest.mark.parametrize("which", ["en", "zh_Hans"])
def test_keyboard_shortcuts_shows_every_row_without_scrolling(window, qtbot, which):
    """Rows in a taller face (Chinese under a Chinese locale, here a larger font) ran past
    the dialog's fixed 600 px: the last rows, the filter's and the History tab's keys,
    were behind a scroll bar that also covered the end of 'Ctrl+Shift+Z, Ctrl+Y' (walk7,
    zh_CN). The dialog is as tall as its rows, within the screen."""
    from PySide6.QtWidgets import QTableWidget

    from catalogue.ui.language import SYSTEM, LanguageMenu
    from tests.helpers import on_next_dialog

    menu = window.findChild(LanguageMenu)
    seen: list[object] = []

    def read(dialog) -> None:
        table = dialog.findChild(QTableWidget)
        try:
            qtbot.waitUntil(lambda: table.isVisible() and table.viewport().height() > 100)
            QApplication.processEvents()
            seen.append(table.verticalScrollBar().maximum())
            seen.append(table.horizontalScrollBar().maximum())
        finally:
            dialog.reject()

    font = QApplication.font()
    taller = QApplication.font()
    taller.setPointSizeF(font.pointSizeF() * 1.3)
    QApplication.setFont(taller)
    try:
        if which != "en":
            menu.choices[which].trigger()
            QApplication.processEvents()
        on_next_dialog(read)
        window.actions_.shortcuts.trigger()
    finally:
        QApplication.setFont(font)
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    assert seen == [0, 0]
