"""What the tests share, apart from fixtures (those are in conftest.py): comparing files and
databases, running the `catalogue` command, and driving real widgets in GUI tests.

Test modules import from here and never from one another. Qt is imported inside the GUI
helpers, so the Qt-free tests under tests/core do not load it by importing this module.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import strategies as st
from sqlalchemy import text

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

    from catalogue.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
REV1 = str(DATA / "catalogue-rev1.db")
"""A catalogue made by the first released version (schema 0001), to test upgrades."""

TABLES = ("plenary_session", "area", "measure", "official", "agreement", "annex",
          "agreement_area")


# -- files and databases -----------------------------------------------------------------------


def file_digest(path: Path) -> str:
    """The bytes of a file, to show an operation left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(engine) -> dict[str, list[tuple]]:
    """Every row of every table, to compare the database before and after."""
    with engine.connect() as connection:
        return {table: sorted(connection.execute(text(f"SELECT * FROM {table}")).all())
                for table in TABLES}


# -- the command line --------------------------------------------------------------------------


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`catalogue ARGS` in a real subprocess, ignoring any $CATALOGUE_DB of the tester."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([sys.executable, "-m", "catalogue", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


# -- driving real dialogs: act on the next modal window as soon as it opens -----------------


def on_next_dialog(action: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[QWidget]:
    """Call `action(dialog)` on the next modal dialog; returns a list that gets the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[QWidget] = []
    waited = [0]

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            seen.append(widget)
            action(widget)
        elif waited[0] < timeout_ms:
            waited[0] += 10
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return seen


def click_button(text_or_role: str | QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """An action that clicks a message box button, by standard button or by its text."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def click(dialog: QWidget) -> None:
        if isinstance(text_or_role, QMessageBox.StandardButton):
            assert isinstance(dialog, QMessageBox)
            dialog.button(text_or_role).click()
            return
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == text_or_role:
                button.click()
                return
        raise AssertionError(f"no button {text_or_role!r} in {dialog.windowTitle()!r}")

    return click


class AnswerEvery:
    """Answers every modal dialog that opens while it lives, a question asked again and
    again included, and keeps what each said. After `limit` answers it gives `last`
    instead, so a question that keeps coming back cannot hang the test."""

    def __init__(self, action: Callable[[QWidget], None], limit: int = 3,
                 last: Callable[[QWidget], None] | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.action, self.limit, self.last = action, limit, last or action
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if dialog.property("answered"):  # still open a second later: the answer was lost
            waited = int(dialog.property("waited") or 0) + 1
            dialog.setProperty("waited", waited)
            if waited == 50:
                self.texts.append("(the answer did not close it)")
                self.last(dialog)
            return
        dialog.setProperty("answered", True)
        self.texts.append(dialog.text() if isinstance(dialog, QMessageBox)
                          else dialog.windowTitle())
        (self.action if len(self.texts) <= self.limit else self.last)(dialog)

    def stop(self) -> list[str]:
        self.timer.stop()
        return self.texts


def show_checked(qtbot, window) -> None:
    """Show the window and wait for its whole-file check, after which changes are allowed."""
    window.show()
    qtbot.waitUntil(lambda: window.session.opened.checked, timeout=10_000)
    # and the daily backup that follows a passed check: a test comparing the backups
    # before and after an action must not meet it half-way
    qtbot.waitUntil(window.session.check_finished, timeout=30_000)


# -- finding things in the main window's tree --------------------------------------------------


def labels(model, parent: QModelIndex | None = None) -> list[str]:
    """The labels of `parent`'s children (the top level by default), fetching them first."""
    from PySide6.QtCore import QModelIndex

    parent = QModelIndex() if parent is None else parent
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def find(win: MainWindow, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    """The first index whose label starts with `text`, expanding (fetching) on the way."""
    from PySide6.QtCore import QModelIndex

    parent = QModelIndex() if parent is None else parent
    model = win.model
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if str(index.data()).startswith(text):
            return index
        found = find(win, text, index) if model.hasChildren(index) else QModelIndex()
        if found.isValid():
            return found
    return QModelIndex()


def select(win: MainWindow, text: str) -> QModelIndex:
    """Make the first node labelled `text...` the current one."""
    index = find(win, text)
    assert index.isValid(), f"no node {text!r}"
    win.tree.setCurrentIndex(index)
    return index


def measure_editor(win: MainWindow) -> QPlainTextEdit:
    """The text box of the measure form."""
    from PySide6.QtWidgets import QPlainTextEdit

    widget = win.editor.forms["measure"].fields["text"].widget
    assert isinstance(widget, QPlainTextEdit)
    return widget


# -- cells a spreadsheet would run as formulas ----------------------------------------------


def evaluated(cell: str) -> bool:
    """Whether a spreadsheet would run `cell` as a formula: LibreOffice ("trim spaces")
    and Excel look past leading spaces and control characters to the first one that shows."""
    if cell.startswith(("\t", "\r")):
        return True
    shown = next((c for c in cell if not (c.isspace() or unicodedata.category(c) in ("Cc", "Cf"))),
                 "")
    return shown in ("=", "+", "-", "@")


HIDDEN_LEAD = st.text(alphabet=st.sampled_from(
    [" ", "'", "\x7f", "\u00a0", "\u3000", "\u2003", "\u200b", "\ufeff", "\x85", "\uff21",
     "\uff1d", *map(chr, range(0x20))]), max_size=4)
"""What may stand before a formula character: spaces, controls (\\x00-\\x1f, \\x7f, \\x85),
no-break, em and full-width spaces, invisible formatting, full-width letters and signs."""
HIDDEN_FORMULA = st.builds(lambda lead, sign, rest: lead + sign + rest, HIDDEN_LEAD,
                           st.sampled_from(["=", "+", "-", "@", "'", "x", ","]),
                           st.text(alphabet=st.characters(codec="utf-8"), max_size=8))


def change_sets(engine) -> list[dict]:
    """Every change set, oldest first; its label as the history reads it (the column keeps
    the label's recipe, so it reads in whichever language the reader uses)."""
    from catalogue.naming import Label

    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(
            text("SELECT * FROM change_set ORDER BY id"))]
    for row in rows:
        row["label"] = Label.read(row["label"])
    return rows


def changes_of(engine, set_id: int) -> list[dict]:
    """The changes of one change set, in order, their fields decoded."""
    import json

    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(
            text("SELECT * FROM change WHERE change_set_id = :id ORDER BY id"), {"id": set_id})]
    for row in rows:
        row["fields"] = json.loads(row["fields"])
    return rows


def one_new_set(engine, before: int) -> tuple[dict, list[dict]]:
    """The one change set written since there were `before`, with its changes."""
    sets = change_sets(engine)
    assert len(sets) == before + 1, "exactly one change set"
    return sets[-1], changes_of(engine, sets[-1]["id"])


def annex_two(engine):
    """The seed's annex 2 (a RecordKey), which the documents tests attach to."""
    from catalogue import queries
    from catalogue.kinds import Kind, ListKey, ListKind, RecordKey

    sid = queries.plenaries(engine)[0].id
    annex = next(item for item in queries.children(engine, ListKey(ListKind.ANNEXES, sid))
                 if item.values["number"] == 2)
    return RecordKey(Kind.ANNEX, annex.id)
