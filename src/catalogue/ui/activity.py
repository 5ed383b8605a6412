"""View > Activity: every change to the catalogue in one list, newest first, filtered by
officer, by a range of days (local dates) and by record type, and exported as CSV
(history.activity_csv, written beside the file and renamed into place). Double-clicking a
change selects its record in the tree while the record still exists.
"""

import datetime
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
from catalogue.kinds import KINDS, Kind
from catalogue.lazy import lazy_import
from catalogue.spec import Cancelled, ServiceError
from catalogue.storage import StoreError
from catalogue.ui.dialogs import choose_file, show_error, start_folder
from catalogue.ui.history_tab import (
    HIDDEN_FIELDS,
    field_label,
    local_time,
    operation_name,
    source_name,
)
from catalogue.ui.worker import run_off_thread

if TYPE_CHECKING:
    from catalogue.history import ChangeEntry

history = lazy_import("catalogue.history")

CANCEL_WAIT_SECONDS = 2.0
"""After Cancel, how long to wait for the writer to stop (it looks every 1,000 changes)."""
SHOWN = 2_000
"""Most changes listed at once (an import is one change per record); the export writes
every change the filter keeps."""
Selector = Callable[["ChangeEntry"], bool]
"""Selects a change's record in the tree; False when the record no longer exists."""


def utc_bounds(since: datetime.date | None, until: datetime.date | None
               ) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """Local days (from the start of `since` to the end of `until`) as the naive UTC times
    the history keeps."""
    def utc(day: datetime.date) -> datetime.datetime:
        local = datetime.datetime.combine(day, datetime.time()).astimezone()
        return local.astimezone(datetime.UTC).replace(tzinfo=None)

    start = utc(since) if since is not None else None
    end = (utc(until + datetime.timedelta(days=1)) - datetime.timedelta(microseconds=1)
           if until is not None else None)
    return start, end


def _date(edit: QDateEdit) -> datetime.date:
    day = edit.date()
    return datetime.date(day.year(), day.month(), day.day())


def _fields_changed(entry: "ChangeEntry") -> str:
    """The fields an edit changed (an add or a delete holds them all: none named)."""
    if entry.operation != "update":
        return ""
    between = translate("Activity", ", ", "between the names of the fields an edit changed")
    return between.join(field_label(entry.kind, name) for name in entry.fields
                        if name not in HIDDEN_FIELDS)


def record_name(entry: "ChangeEntry", now: dict[str, str] | None = None) -> str:
    """The record a change touched: named by the values an add or a delete holds (a
    measure by its text: its area's position is not kept); an edit's by its ref as the
    record has it now (`now`, from history.names_now: 'Measure 4.1'), or by its type
    when the record is gone. A backup restored replaced them all."""
    if entry.whole:
        return translate("Activity", "The whole catalogue")
    kind = naming.capitalised(KINDS[entry.kind].name())
    if entry.operation == "update":
        named = (now or {}).get(entry.record_uuid)
        return naming.capitalised(named) if named else kind
    values = {name: new if new is not None else old for name, (old, new) in entry.fields.items()}
    if entry.kind == Kind.MEASURE:
        return translate("Activity", "{kind}: {text}").format(
            kind=kind, text=naming.summary(str(values.get("text", ""))))
    return naming.capitalised(naming.describe(entry.kind, values))


class ActivityDialog(QDialog):
    def __init__(self, engine: Callable[[], Any], select: Selector,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity")
        self.resize(1100, 540)
        self._engine = engine
        self._select = select
        self.entries: list[ChangeEntry] = []
        self.more = False
        self.officer = QComboBox()
        self.officer.setObjectName("activityOfficer")
        self.officer.setMinimumContentsLength(12)
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        self.kind.addItem("", None)
        for kind in Kind:
            self.kind.addItem("", kind)
        today = QDate.currentDate()
        self.use_since, self.since = QCheckBox(), QDateEdit()
        self.use_until, self.until = QCheckBox(), QDateEdit()
        for check, edit, day in ((self.use_since, self.since, today.addDays(-30)),
                                 (self.use_until, self.until, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda *_: self.load())
            edit.dateChanged.connect(lambda *_: self.load())
        self.officer.currentIndexChanged.connect(lambda *_: self.load())
        self.kind.currentIndexChanged.connect(lambda *_: self.load())
        self.officer_label = officer_label = QLabel()
        officer_label.setBuddy(self.officer)
        self.kind_label = kind_label = QLabel()
        kind_label.setBuddy(self.kind)
        filters = QHBoxLayout()
        for widget in (officer_label, self.officer, kind_label, self.kind, self.use_since,
                       self.since, self.use_until, self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.list = QTreeWidget()
        self.list.setObjectName("activityList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sized = False
        self.list.itemActivated.connect(lambda *_: self.select_current())
        self.empty = QLabel()
        self.empty.setObjectName("activityEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.list)
        self.count = QLabel()
        self.count.setObjectName("activityCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._loading = False
        self._name()
        self.refresh()

    def _name(self) -> None:
        """Every text the dialog shows, in the current language (again after a switch)."""
        self.setWindowTitle(translate("Activity", "Activity"))
        self.kind.setItemText(0, translate("Activity", "All records"))
        for index, kind in enumerate(Kind, start=1):
            self.kind.setItemText(index, naming.capitalised(KINDS[kind].name()))
        self.use_since.setText(translate("Activity", "&From"))
        self.use_until.setText(translate("Activity", "&To"))
        self.officer_label.setText(translate("Activity", "&Officer:"))
        self.kind_label.setText(translate("Activity", "&Record type:"))
        self.list.setHeaderLabels([
            translate("Activity", "When"), translate("Activity", "Officer"),
            translate("Activity", "What"), translate("Activity", "Record"),
            translate("Activity", "Change"), translate("Activity", "From"),
            translate("Activity", "Fields changed")])
        self.export_button.setText(translate("Activity", "&Export CSV..."))
        self.export_button.setToolTip(translate(
            "Activity", "Write the changes this filter keeps as a CSV file (Ctrl+E)"))

    def changeEvent(self, event: QEvent) -> None:
        """A language switch while it is open: its words and every change's label again
        (labels are read in the reader's language)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
            self.refresh()

    # -- the filter ------------------------------------------------------------------------

    def filter(self) -> dict[str, Any]:
        """history.activity's arguments for what the filter shows."""
        since, until = utc_bounds(_date(self.since) if self.use_since.isChecked() else None,
                                  _date(self.until) if self.use_until.isChecked() else None)
        return {"officer": self.officer.currentData() or None, "since": since, "until": until,
                "kind": self.kind.currentData()}

    def refresh(self) -> None:
        """Read the officers again (someone may have changed the catalogue), then the list."""
        kept = self.officer.currentData()
        self._loading = True
        try:
            self.officer.clear()
            self.officer.addItem(translate("Activity", "Everyone"), None)
            for name in history.officers(self._engine()):
                self.officer.addItem(name, name)
            self.officer.setCurrentIndex(max(self.officer.findData(kept), 0))
        finally:
            self._loading = False
        self.load()

    def load(self) -> None:
        if self._loading:
            return
        try:
            found = history.activity(self._engine(), limit=SHOWN + 1, **self.filter())
        except ServiceError as error:
            show_error(self, translate("Activity", "Activity"), str(error))
            return
        self.more = len(found) > SHOWN
        self.entries = found[:SHOWN]
        try:
            now = history.names_now(self._engine(), self.entries)
        except ServiceError:
            now = {}  # the edits are named by their type
        self.list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem([local_time(entry.at), entry.officer, entry.label,
                                    record_name(entry, now), operation_name(entry.operation),
                                    source_name(entry.source), _fields_changed(entry)])
            item.setToolTip(2, entry.label)
            self.list.addTopLevelItem(item)
        if self.entries:
            self.pages.setCurrentIndex(1)
            self._size_columns()
        else:
            backwards = (self.use_since.isChecked() and self.use_until.isChecked()
                         and _date(self.until) < _date(self.since))
            self.empty.setText(
                translate("Activity", "The To date is before the From date.") if backwards
                else translate("Activity", "No changes match this filter.")
                if any(self.filter().values()) else translate("Activity", "No changes yet."))
            self.pages.setCurrentIndex(0)
        self.export_button.setEnabled(bool(self.entries))
        self.count.setText(
            translate("Activity", "Showing the newest {shown} changes: narrow the filter to "
                      "see older ones (Export CSV writes them all)").format(shown=SHOWN)
            if self.more else translate("Activity", "%n change(s)", None, len(self.entries)))

    def _size_columns(self) -> None:
        """Once: short columns fit what they hold, the two long ones share what is left
        (sizing to every row's text each time the filter changes would be slow)."""
        if self._sized:
            return
        self._sized = True
        for column in (0, 1, 4, 5):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(2, 270)
        self.list.setColumnWidth(3, 250)

    # -- acting on it ----------------------------------------------------------------------

    def select_current(self) -> None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if not 0 <= row < len(self.entries) or self.entries[row].whole:
            return  # a backup restored: no one record to show
        if not self._select(self.entries[row]):
            self.count.setText(translate("Activity", "That record no longer exists: "
                                         "Edit > Recently Deleted can bring it back"))

    def export(self) -> Path | None:
        """Ask where, then write every change the filter keeps; the path written or None."""
        if not self.entries:
            return None
        path = choose_file(self, translate("Activity", "Export activity"),
                           translate("Activity", "CSV files (*.csv)"), save=True,
                           suggested=str(Path(start_folder()) / "activity.csv"), suffix="csv")
        if path is None:
            return None
        return self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        engine, chosen = self._engine(), self.filter()
        stop, ended = threading.Event(), threading.Event()
        outcome: dict[str, int] = {}

        def work() -> int:  # every change the filter keeps: may be a million lines
            try:
                outcome["count"] = history.activity_csv(
                    history.activity(engine, **chosen), path, stop.is_set)
                return outcome["count"]
            finally:
                ended.set()

        try:
            count = run_off_thread(self, translate("Activity", "Export activity"), translate(
                "Activity", "Writing {file}...").format(file=path.name), work)
        except Cancelled:
            stop.set()
            ended.wait(CANCEL_WAIT_SECONDS)
            if "count" not in outcome:  # stopped before the rename: nothing was written
                self.count.setText(translate("Activity", "Cancelled; nothing was written"))
                return None
            count = outcome["count"]  # done as Cancel was pressed: it is there, whole
        except (ServiceError, StoreError, OSError) as error:
            show_error(self, translate("Activity", "Not exported"), str(error))
            return None
        self.count.setText(translate("Activity", "Wrote %n line(s) to {file}", None,
                                     count).format(file=path.name))
        return path
