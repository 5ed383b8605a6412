"""The conflict dialog from the keyboard on a real X server (issue #16): Tab and the arrow
keys choose a row's version, Alt+G merges, Esc cancels, with keys typed through the X
server (xdotool) to whatever has the focus, as a person's keys arrive.

Run by tests/ui/test_conflict_window.py::test_the_x_server_conflict_tests_pass in a pytest
of their own; in the offscreen run they are skipped.
"""

import os
import subprocess

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.spec import OFFICER_SETTING, Origin, Source
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import select

pytestmark = [
    pytest.mark.xserver,
    pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs X: run by "
                       "test_conflict_window.py::test_the_x_server_conflict_tests_pass"),
]


def press(*keys: str) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=30)


def test_arrows_choose_a_row_and_alt_g_merges(window, qtbot, engine):
    QSettings().setValue(OFFICER_SETTING, "Ms Chan")
    select(window, "Mr Paul Chan")
    record_id = window.editor.record_id
    form = window.editor.form
    form.fields["post"].set("Her post")
    form.fields["notes"].set("Her note")
    window.editor._on_edited()
    opened = queries.record(engine, Kind.OFFICIAL, record_id)
    services.update_record(engine, Kind.OFFICIAL, record_id, {"post": "His post"},
                           origin=Origin(Source.WINDOW, "Mr Lee"), version=opened["version"])
    seen: list[str] = []

    def by_keys() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, by_keys)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mine_buttons["post"],
                            timeout=5000)  # the first row's choice has the focus
            press("Right")  # post: theirs
            qtbot.waitUntil(lambda: dialog.theirs_buttons["post"].isChecked(), timeout=5000)
            press("Tab")  # notes: stays mine
            seen.append(type(QApplication.focusWidget()).__name__)
            press("alt+g")
        except Exception as error:  # said by the assertions below
            seen.append(repr(error))
            dialog.reject()  # never leave the test waiting on an open dialog

    QTimer.singleShot(0, by_keys)
    window.actions_.save.trigger()
    now = queries.record(engine, Kind.OFFICIAL, record_id)
    assert (now["post"], now["notes"]) == ("His post", "Her note")
    assert seen == ["QRadioButton"]
    assert window.statusBar().currentMessage() == "Merged the two versions"


def test_the_undo_conflict_escape_keeps_the_step_and_alt_u_undoes(window, qtbot, engine):
    """Her undo over his change of another field: the first row's choice has the focus,
    Esc cancels (the step stays, Undo is back), and Alt+U then undoes her wording while
    his notes stay."""
    QSettings().setValue(OFFICER_SETTING, "Ms Chan")
    select(window, "12.1")
    record_id = window.editor.record_id
    opened = queries.record(engine, Kind.MEASURE, record_id)["text"]
    window.editor.form.fields["text"].set("Her wording.")
    window.editor._on_edited()
    window.actions_.save.trigger()
    version = queries.record(engine, Kind.MEASURE, record_id)["version"]
    services.update_record(engine, Kind.MEASURE, record_id, {"notes": "His note."},
                           origin=Origin(Source.WINDOW, "Mr Lee"), version=version)
    seen: list[object] = []

    def by_keys(key: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, lambda: by_keys(key))
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mine_buttons["text"],
                            timeout=5000)
            seen.append((window.actions_.undo.isEnabled(), window.actions_.redo.isEnabled()))
            press(key)
        except Exception as error:  # said by the assertions below
            seen.append(repr(error))
            dialog.reject()

    QTimer.singleShot(0, lambda: by_keys("Escape"))
    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    assert window.actions_.undo.isEnabled() and not window.actions_.redo.isEnabled()
    QTimer.singleShot(0, lambda: by_keys("alt+u"))
    window.actions_.undo.trigger()
    now = queries.record(engine, Kind.MEASURE, record_id)
    assert (now["text"], now["notes"]) == (opened, "His note.")
    assert seen == [(False, False), (False, False)]
    assert window.statusBar().currentMessage() == "Undone: Edit measure 12.1"
