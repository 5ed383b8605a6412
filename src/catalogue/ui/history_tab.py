"""The editor's History tab: one record's changes, newest first, what each changed field by
field (character by character, so one changed Chinese character shows), and "Restore this
version" (an undoable command).

The history is read only while the tab is shown, and after the selection has settled (a
short timer coalesces arrow-key runs through the tree), so selecting records never waits
for it. Reading goes through catalogue.history; nothing here writes SQL.
"""

import datetime
import html
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalogue import naming
from catalogue.documents import DOCUMENTS, listed
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import FIELDS, ServiceError, Source
from catalogue.ui.conflict import WORDING

history = lazy_import("catalogue.history")

LOAD_DELAY_MS = 120
"""How long the selection must rest before the shown tab reads the record's history."""
HIDDEN_FIELDS = frozenset({"updated_at", "session_id", "area_id", "conference_id", "id", "uuid",
                           "version"})
"""Kept in the change set but not shown: the time is the change's own, and the parent
link never changes by an edit."""
LONGEST_CHARACTER_DIFF = 20_000
"""Texts longer than this are compared word by word (a character comparison is quadratic)."""
DELETED_STYLE = "color:#a4000f; background:#fdecea; text-decoration:line-through;"
INSERTED_STYLE = "color:#0b6b2e; background:#e3f6e8;"


# -- what changed, by character and by word (Qt-free) -----------------------------------------


def char_diff(old: str, new: str) -> list[tuple[str, str]]:
    """`old` -> `new` as runs of ('equal' | 'delete' | 'insert', text), by character in
    Chinese (no spaces between words), so a one-character change is one run, and by whole
    word in a spaced script: by letter, an English wording replaced whole kept letters
    here and there inside other words, as if only they had changed (walk7)."""
    if max(len(old), len(new)) > LONGEST_CHARACTER_DIFF:
        a: list[str] = old.split(" ")
        b: list[str] = new.split(" ")
        joiner = " "
    else:
        a, b, joiner = WORDING.findall(old), WORDING.findall(new), ""
    runs: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            runs.append(("delete", joiner.join(a[i1:i2])))
        if tag in ("insert", "replace"):
            runs.append(("insert", joiner.join(b[j1:j2])))
        if tag == "equal":
            runs.append(("equal", joiner.join(a[i1:i2])))
    return runs


def display_value(value: Any) -> str:
    """A stored JSON value as a person reads it (documents by name and size)."""
    if value is None:
        return ""
    if isinstance(value, dict) or (isinstance(value, list) and value
                                   and isinstance(value[0], dict)):
        return listed(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    return str(value)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def diff_cells(old: Any, new: Any) -> tuple[str, str]:
    """The Before and After cells as HTML: what went is struck through in red in Before,
    what came is green in After; the rest is plain."""
    before, after = display_value(old), display_value(new)
    if not before or not after:  # all went or all came: no need to mark every character
        return (f'<span style="{DELETED_STYLE}">{_html(before)}</span>' if before and old
                != new else _html(before),
                f'<span style="{INSERTED_STYLE}">{_html(after)}</span>' if after and old
                != new else _html(after))
    left: list[str] = []
    right: list[str] = []
    for tag, text in char_diff(before, after):
        if tag == "equal":
            left.append(_html(text))
            right.append(_html(text))
        elif tag == "delete":
            left.append(f'<span style="{DELETED_STYLE}">{_html(text)}</span>')
        else:
            right.append(f'<span style="{INSERTED_STYLE}">{_html(text)}</span>')
    return "".join(left), "".join(right)


def field_label(kind: Kind, name: str) -> str:
    """A field's label as the editor shows it (the ones not on a form named here)."""
    spec = FIELDS[kind].get(name)
    if spec is not None:
        return spec.title
    return {"position": translate("History", "Position"),
            "notes": translate("History", "Notes"),
            DOCUMENTS: translate("History", "Documents")}.get(name, name)


def source_name(source: str) -> str:
    """Where a change came from, in the current language."""
    return {Source.WINDOW.value: translate("History", "Window"),
            Source.COMMAND_LINE.value: translate("History", "Command line"),
            Source.IMPORT.value: translate("History", "Import"),
            Source.UNDO.value: translate("History", "Undo"),
            Source.RESTORE.value: translate("History", "Restore")}.get(source, source)


def operation_name(operation: str) -> str:
    return {"add": translate("History", "Added"), "update": translate("History", "Changed"),
            "delete": translate("History", "Deleted"),
            history.BACKUP_RESTORED: translate("History", "Backup restored")
            }.get(operation, operation)


def local_time(at: datetime.datetime) -> str:
    """A stored UTC time (naive) in the computer's time zone."""
    return at.replace(tzinfo=datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def change_html(entry: Any) -> str:
    """One change, field by field: Field, Before and After for an edit (what went struck
    through, what came in green); Field and Value for an add or a delete."""
    whole = entry.operation != "update"
    rows = []
    for name, (old, new) in entry.fields.items():
        if name in HIDDEN_FIELDS or (old in (None, "") and new in (None, "")):
            continue
        old, new = (naming.named_value(entry.kind, name, old),
                    naming.named_value(entry.kind, name, new))
        label = (f"<td style='white-space:nowrap'>"  # a field's name whole on its line
                 f"<b>{html.escape(field_label(entry.kind, name))}</b></td>")
        if whole:
            value = display_value(new if entry.operation == "add" else old)
            rows.append(f"<tr>{label}<td>{_html(value)}</td></tr>")
        else:
            before, after = diff_cells(old, new)
            rows.append(f"<tr>{label}<td width='45%'>{before}</td>"
                        f"<td width='45%'>{after}</td></tr>")
    heading = html.escape(translate("History", "{what} by {who}, {when} ({source})").format(
        what=entry.label, who=entry.officer, when=local_time(entry.at),
        source=source_name(entry.source)))
    if not rows:
        nothing = html.escape(translate("History", "No field of this record changed (its "
                                        "place in a list may have)."))
        return f"<p>{heading}</p><p><i>{nothing}</i></p>"
    titles = ((translate("History", "Field"), translate("History", "Value as added"))
              if entry.operation == "add" else
              (translate("History", "Field"), translate("History", "Value as deleted"))
              if whole else (translate("History", "Field"), translate("History", "Before"),
                             translate("History", "After")))
    header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in titles)
    return (f"<p>{heading}</p><table width='100%' cellspacing='0' cellpadding='4' "
            f"border='1' style='border-collapse:collapse; border-color:#ccc'>"
            f"<tr>{header}</tr>{''.join(rows)}</table>")


# -- the tab ----------------------------------------------------------------------------------


class HistoryPanel(QWidget):
    """The History tab of the editor."""

    restore_requested = Signal(object)
    """A ChangeEntry: put the record back as it was right after it."""

    def __init__(self, engine: Callable[[], Any], writable: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        """`writable()`: whether the catalogue may be changed now (asked as a change is
        shown, so the tab follows the file's check and a read-only window)."""
        super().__init__(parent)
        self._engine = engine
        self._writable = writable
        self.key: tuple[Kind, int] | None = None
        self._loaded: tuple[Kind, int] | None = None
        self._stale = True
        self.entries: list[Any] = []
        self.loads = 0
        """How many times a history was read (selection alone must not read one)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("historyEmpty")
        self.list = QTreeWidget()
        self.list.setObjectName("historyList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.diff.setOpenLinks(False)
        self.restore_button = QPushButton()
        self._name()
        self.restore_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.restore_button.clicked.connect(self._restore)
        self.list.itemActivated.connect(lambda *_: self.restore_button.setFocus())
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.diff, 1)
        lower_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self._show_empty(translate("History", "Select a record to see its history."))

    # -- following the editor ------------------------------------------------------------


    def _name(self) -> None:
        """The headings and the button in the language now installed."""
        self.list.setHeaderLabels([translate("History", "When"), translate("History", "Who"),
                                   translate("History", "What"), translate("History", "From")])
        # Once the four columns exist (set before, only the first had its mode, and What
        # was cut short with room to spare: walk6): What takes the room the others leave.
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.restore_button.setText(translate("History", "Restore &this version"))
        self.restore_button.setShortcut(QKeySequence("Ctrl+Shift+R"))  # setText took it
        self.restore_button.setToolTip(translate(
            "History", "Put the record's fields back as they were right after this change "
            "(a new change: Ctrl+Z undoes it)"))

    def changeEvent(self, event: QEvent) -> None:
        """A new language (View > Language): name the headings again, and read the
        changes again (their labels are read in the reader's language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
            if self.key is not None:
                self.follow(*self.key)
        super().changeEvent(event)
    def follow(self, kind: Kind | None, record_id: int | None) -> None:
        """The editor shows this record now (or nothing), or the catalogue changed: read
        its history again once the selection rests, if the tab is shown."""
        self.key = (kind, record_id) if kind is not None and record_id is not None else None
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: Any) -> None:
        """Coming back to the tab: the history read again if it changed meanwhile, and the
        current version selected either way (an older change stayed selected: walk6); a
        window shown again (from minimised) changes nothing."""
        super().showEvent(event)
        if self._stale:
            self.load(keep=False)
        elif not event.spontaneous() and (newest := self.list.topLevelItem(0)) is not None:
            self.list.setCurrentItem(newest)

    def load(self, keep: bool = True) -> None:
        """Read the record's history now and show it, the current version (the newest
        change) selected. Read again while shown (`keep`) with no new change (a new
        language), the change selected stays; a new change while shown (a Restore, an
        undo, another officer's save) selects the current version: the change selected
        before stayed, an older one by then (walk6)."""
        self._timer.stop()
        self._stale = False
        if self.key is None:
            self.entries, self._loaded = [], None
            self._show_empty(translate("History", "Select a record to see its history."))
            return
        kept = self.selected() if keep else None
        newest = self.entries[0].change_id if self.entries else None
        kind, record_id = self.key
        self.loads += 1
        try:
            entries = history.record_history(self._engine(), kind, record_id)
        except ServiceError as error:
            self.entries = []
            self._show_empty(str(error))
            return
        same_record = self._loaded == self.key
        self.entries, self._loaded = entries, self.key
        if not entries:
            self._show_empty(translate("History", "No changes yet.\nChanges made from now on "
                                       "are listed here."))
            return
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem([local_time(entry.at), entry.officer, entry.label,
                                    source_name(entry.source)])
            item.setToolTip(2, entry.label)
            item.setData(0, Qt.ItemDataRole.UserRole, entry.change_id)
            self.list.addTopLevelItem(item)
        self.pages.setCurrentIndex(1)
        row = 0
        if same_record and kept is not None and entries[0].change_id == newest:
            row = next((i for i, e in enumerate(entries) if e.change_id == kept.change_id), 0)
        self.list.setCurrentItem(self.list.topLevelItem(row))  # type: ignore[arg-type]
        self._show_selected()

    def _show_empty(self, text: str) -> None:
        self.list.clear()
        self.diff.clear()
        self.empty.setText(text)
        self.pages.setCurrentIndex(0)
        self.restore_button.setEnabled(False)

    # -- the selected change -------------------------------------------------------------

    def selected(self) -> Any | None:
        item = self.list.currentItem()
        if item is None:
            return None
        row = self.list.indexOfTopLevelItem(item)
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.diff.clear()
            self.restore_button.setEnabled(False)
            return
        self.diff.setHtml(change_html(entry))
        newest = entry is self.entries[0]
        writable = self._writable()
        fields = FIELDS[entry.kind]
        restorable = any(name in fields for name in entry.fields)  # not a document's change
        self.restore_button.setEnabled(writable and not newest and restorable
                                       and entry.operation != "delete")
        if newest:
            self.note.setText(translate("History", "This is the current version."))
        elif not restorable:
            self.note.setText(translate("History", "This change is to the record's documents, "
                                        "which Restore does not put back: use Undo, or "
                                        "attach the file again."))
        elif not writable:
            self.note.setText(translate("History", "Read-only: versions cannot be restored."))
        else:
            self.note.setText("")

    def _restore(self) -> None:
        entry = self.selected()
        if entry is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(entry)
