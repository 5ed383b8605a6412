"""Edit > Recently Deleted: the records people deleted and have not brought back, newest
first, with what went with them, and Restore (the record and what went with it, a new
undoable change). It reads the history in the file, so it works in a new session too,
long after the undo history is gone.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalogue import naming
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import NotFound, ServiceError
from catalogue.ui.history_tab import local_time
from catalogue.ui.refusals import refusal_label

if TYPE_CHECKING:
    from catalogue.history import ChangeEntry, DeletedRecord

history = lazy_import("catalogue.history")
queries = lazy_import("catalogue.queries")

Restorer = Callable[["DeletedRecord"], str | None]
"""Puts a deleted record back; returns why it could not, or None once it is back."""


def description(deleted: "DeletedRecord", area_position: Any = None) -> str:
    """'Co-operation area "Finance" with 5 measures' as the list names it, with the
    agreements that listed it (their links come back with it). A measure is named by its
    area's position now (`area_position`), when its area is still there."""
    what = naming.capitalised(
        naming.describe(deleted.entry.kind, {**deleted.values, "area_position": area_position})
        if area_position is not None else deleted.description)
    counts: dict[Kind, int] = {}
    for entry in deleted.children:
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
    if counts:
        what = translate("Deleted", "{what} with {children}").format(
            what=what, children=", ".join(naming.counted(kind, count)
                                          for kind, count in counts.items()))
    links = sum(1 for entry in deleted.went_with if entry.operation == "update"
                and entry.kind == Kind.AGREEMENT)
    if links:
        what = translate("Deleted", "{what} (listed by %n agreement(s))", None, links).format(
            what=what)
    return what


def area_now(engine: Any, entry: "ChangeEntry") -> dict[str, Any] | None:
    """A deleted measure's area as it is now; None when it is gone too (or not a measure)."""
    area_id = entry.fields.get("area_id", (None, None))[0]
    if area_id is None:
        return None
    try:
        return queries.record(engine, Kind.AREA, area_id)
    except NotFound:
        return None


def named(engine: Any, deleted: "DeletedRecord") -> str:
    """A deleted record as the list and the undo text name it."""
    area = area_now(engine, deleted.entry)
    return description(deleted, area["position"] if area is not None else None)


class Places:
    """Where a deleted record was: its plenary by name, and a measure's area's position."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.names = {item.id: naming.session_name(item.values)
                      for item in queries.plenaries(engine)}

    def plenary(self, entry: "ChangeEntry") -> str:
        values = {name: old for name, (old, _new) in entry.fields.items()}
        session_id = values.get("session_id")
        if session_id is None and values.get("area_id") is not None:
            area = area_now(self.engine, entry)
            if area is None:
                return translate("Deleted", "(its area is deleted too)")
            session_id = area.get("session_id")
        if entry.kind == Kind.SESSION:
            return ""
        return self.names.get(session_id, translate("Deleted", "(a plenary no longer here)"))


class DeletedDialog(QDialog):
    def __init__(self, engine: Callable[[], Any], restore: Restorer, writable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Deleted", "Recently Deleted"))
        self.setObjectName("recentlyDeleted")
        self.resize(980, 440)
        self._engine = engine
        self._restore = restore
        self.writable = writable
        self.records: list[DeletedRecord] = []
        intro = QLabel(translate(
            "Deleted", "Records deleted from this catalogue, newest first. Restore puts one "
            "back with what went with it, as a new change you can undo."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("deletedList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([translate("Deleted", "What"), translate("Deleted", "Plenary"),
                                   translate("Deleted", "Deleted"), translate("Deleted", "By")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty = QLabel(translate("Deleted", "Nothing has been deleted."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.list)
        self.message = refusal_label(boxed=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(translate("Deleted", "&Restore"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.restore_button.setDefault(True)  # Enter restores: a new change, undoable
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        """Read the deleted records again (newest first)."""
        engine = self._engine()
        self.records = history.deleted_records(engine)
        places = Places(engine)
        self.list.clear()
        for deleted in self.records:
            entry = deleted.entry
            what = named(engine, deleted)
            item = QTreeWidgetItem([what, places.plenary(entry), local_time(entry.at),
                                    entry.officer])
            item.setToolTip(0, what)
            self.list.addTopLevelItem(item)
        self.pages.setCurrentIndex(1 if self.records else 0)
        if self.records:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]
            self.list.setFocus()
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.writable and self.selected() is not None)
        if not self.writable:
            self.restore_button.setToolTip(translate(
                "Deleted", "This catalogue is open read-only"))

    def selected(self) -> "DeletedRecord | None":
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.records[row] if 0 <= row < len(self.records) else None

    def restore_selected(self) -> None:
        deleted = self.selected()
        if deleted is None or not self.restore_button.isEnabled():
            return
        try:
            problem = self._restore(deleted)
        except ServiceError as error:
            problem = str(error)
        if problem is None:
            self.accept()
            return
        self.message.setText(translate("Deleted", "Not restored: {why}").format(why=problem))
        self.message.show()

