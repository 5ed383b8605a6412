"""Help: the user guide (bundled HTML) and the keyboard shortcuts.

The shortcuts are read from the window's actions when the dialog opens, so the list is
always the keys that work; only the keys of the filter box, which are not actions, are
written here.
"""

import dataclasses
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from catalogue.i18n import EN, translate
from catalogue.ui.language import current

GUIDE = ("guide", "user-guide.html")
"""In catalogue.resources: the user guide in English; beside it user-guide.zh_Hant.html and
user-guide.zh_Hans.html, shown when the window speaks Chinese."""


def _dialog(parent: QWidget, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(*size)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    return dialog


def shortcut_rows(actions: object) -> list[tuple[str, str]]:
    """(what, keys) for every action with a key, then the keys that are no menu command:
    the filter box's, the editor's Esc and the History tab's Restore (walk7)."""
    rows = []
    for field in dataclasses.fields(actions):  # type: ignore[arg-type]
        action = getattr(actions, field.name)
        if isinstance(action, QAction) and action.shortcuts():
            name = str(action.property("plainText") or action.text()).replace("&", "")
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                             for key in action.shortcuts())
            rows.append((name.removesuffix("..."), keys))
    rows += [(translate("Help", "Filter box: go to the first match"),
              translate("Help", "Down, Enter")),
             (translate("Help", "Filter box or tree: clear the filter"), translate("Help", "Esc")),
             (translate("Help", "Editor: back to the tree"), translate("Help", "Esc")),
             (translate("Help", "History tab: restore the selected version"), "Ctrl+Shift+R")]
    return rows


def show_shortcuts(parent: QWidget, actions: object) -> None:
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([translate("Help", "Action"), translate("Help", "Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    for row, (name, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.resizeRowsToContents()
    dialog = _dialog(parent, translate("Help", "Keyboard shortcuts"), table, (520, 600))
    dialog.resize(520, _fitting(dialog, table))
    dialog.exec()


def _fitting(dialog: QDialog, table: QTableWidget) -> int:
    """The dialog's height that shows every row of `table` without scrolling, within the
    screen: at 600 px, rows in a taller face (Chinese) ran behind a scroll bar, which also
    covered the end of the Keys column (walk7, zh_CN)."""
    frame = 2 * table.frameWidth()
    rows = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
    rest = dialog.sizeHint().height() - table.sizeHint().height()  # buttons and margins
    screen = dialog.screen()
    room = screen.availableGeometry().height() * 9 // 10 if screen is not None else 600
    return max(200, min(rows + frame + rest, room))


def guide_html(language: str = EN) -> str:
    """The user guide in `language`."""
    folder, name = GUIDE
    if language != EN:
        name = name.replace(".html", f".{language}.html")
    return resources.files("catalogue.resources").joinpath(folder, name).read_text(
        encoding="utf-8")


def show_guide(parent: QWidget) -> None:
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setHtml(guide_html(current()))
    _dialog(parent, translate("Help", "Catalogue user guide"), browser, (680, 620)).exec()
