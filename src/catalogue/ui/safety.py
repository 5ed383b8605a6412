"""Opening a catalogue safely from the GUI: damaged, locked and read-only files, backups.

Every failure says what happened and what to do, and nothing is overwritten, moved or
deleted without the officer's word.
"""

import contextlib
import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalogue import storage as db
from catalogue.i18n import QT_TRANSLATE_NOOP, translate
from catalogue.kinds import KINDS
from catalogue.lazy import lazy_import
from catalogue.storage import server as server_storage
from catalogue.ui import language
from catalogue.ui.dialogs import count_phrases

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from catalogue.storage.server import ServerAddress

workflows = lazy_import("catalogue.workflows")  # for a new or restored catalogue only


@dataclass
class OpenedCatalogue:
    path: Path
    read_only: str | None
    """Why the catalogue is read-only, or None when it can be edited."""
    lock: db.WriterLock | None
    checked: bool = True
    """False until SQLite's quick_check has passed (the window runs it once it is shown);
    nothing may be changed, and no daily backup taken, before then."""
    locked_out: bool = False
    """Read-only because another window or command holds the writer's lock."""
    _engine: "Engine | None" = None
    server: "ServerAddress | None" = None
    """A team catalogue on a PostgreSQL server; `path` is then only the name its backups
    and window settings go under (no file of its own)."""

    @property
    def engine(self) -> "Engine":
        """Made on first use (checks and upgrades are already done), so the window can be
        shown before SQLAlchemy is imported."""
        if self._engine is None:
            self._engine = self.make_engine()
        return self._engine

    def make_engine(self) -> "Engine":
        """A new engine on this catalogue (the search worker has one of its own)."""
        read_only = self.read_only is not None
        if self.server is not None:
            return server_storage.make_server_engine(self.server, read_only=read_only)
        return db.make_engine(self.path, read_only=read_only)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.lock is not None:
            self.lock.release()


def open_for_window(path: Path, parent: QWidget | None = None, *, check_later: bool = False,
                    interactive: bool = True) -> OpenedCatalogue | None:
    """Open `path` for the main window, asking the officer where a choice is needed.

    The writer's lock is taken first, so the checks, an upgrade and the daily backup all
    happen under it. None when the officer chose not to open it (a damaged file left as
    it is, or a file in use that they did not want read-only). StoreError for anything
    else. With `check_later` the whole-file check is left to the caller (`checked` is then
    False). Not `interactive` (the self-test: nobody is there to answer), a damaged or
    locked file is refused with its StoreError instead of a question.
    """
    path = db.real_path(path)
    if not path.exists():  # a first start: the lock file needs the folder too
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise db.StoreError(translate(
                "Safety", "cannot create the folder for {path}: {error}").format(
                    path=path, error=error.strerror or error)) from None
    reason = db.read_only_reason(path) if path.exists() else None
    lock: db.WriterLock | None = None
    locked_out = False
    if reason is None:
        lock = db.WriterLock(path, "the Catalogue window")
        try:
            lock.acquire()
        except db.LockedError as error:
            lock = None
            if not interactive:
                raise
            if not ask_read_only(error, path, parent):
                return None
            reason = translate("Safety", "another window or command is changing it")
            locked_out = True
    opened: OpenedCatalogue | None = None
    try:
        try:
            unchecked = db.prepare(path, create=lambda new: workflows.create_catalogue(new),
                                   check_later=check_later, read_only=reason is not None,
                                   lock=lock)
        except db.DamagedError as error:
            if not interactive:
                raise
            if not offer_restore(error, parent, lock):
                return None
            unchecked = db.prepare(path, lock=lock)
        if reason is None and not unchecked:
            take_daily_backup(path)
        opened = OpenedCatalogue(path, reason, lock, checked=not unchecked,
                                 locked_out=locked_out)
        notices = db.take_notices()  # a killed restore the opening finished
        if notices and interactive:
            QMessageBox.information(parent, translate("Safety", "Restore backup"),
                                    "\n".join(notices))
        return opened
    finally:
        if opened is None and lock is not None:
            lock.release()  # not opened after all: let go of the file


def open_server_for_window(address: "ServerAddress") -> OpenedCatalogue:
    """A team catalogue for the main window: made and seeded if the database is empty,
    read-only (with the banner saying why) when the role may only read. StoreError (one
    line) when the server refuses. No lock, no file check, no daily backup: the server
    keeps writers apart and is backed up by copying it into a file (catalogue backup)."""
    opened = workflows.open_server(address)
    return OpenedCatalogue(address.backup_path(db.app_data_dir()), opened.read_only, None,
                           _engine=opened.engine, server=address)


def take_daily_backup(path: Path) -> None:
    with contextlib.suppress(db.StoreError):  # a missed daily backup must not stop work
        db.backup_if_due(path)


class IntegrityCheck(QThread):
    """SQLite's quick_check, then the daily backup if one is due, off the GUI thread.

    `done` carries None when the file is whole, else the StoreError (usually DamagedError)
    to show. The backup comes after the check so a damaged file never pushes a good
    backup out of the ten that are kept.
    """

    done = Signal(object)

    def __init__(self, opened: OpenedCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = opened.path
        self.back_up = opened.read_only is None

    def run(self) -> None:
        try:
            db.check_integrity(self.path)
        except db.StoreError as error:
            self.done.emit(error)
            return
        self.done.emit(None)
        if self.back_up:
            take_daily_backup(self.path)


def offer_restore(error: db.DamagedError, parent: QWidget | None,
                  lock: db.WriterLock | None = None) -> bool:
    """Offer the newest good backup for a damaged file; True once it has been restored.

    Restored under `lock` when this window already holds the file, else under a lock
    taken for the restore (the restore workflow)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Safety", "Damaged catalogue"))
    box.setText(translate("Safety", "The catalogue {name} is damaged.").format(
        name=error.path.name))
    box.setDetailedText(str(error))
    restore = None
    if error.newest_backup is not None:
        box.setInformativeText(translate("Safety",
            "It has been left exactly as it is. Restore the newest good backup "
            "({backup})? The damaged file is kept in the backups folder.").format(
                backup=error.newest_backup.name))
        restore = box.addButton(translate("Safety", "&Restore backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel).setText(translate("Safety", "&Cancel"))
    else:  # nothing to choose: the one answer is to close (Cancel read as cancelling what?)
        box.setInformativeText(translate("Safety", "It has been left exactly as it is, and "
                                         "there is no backup of it. Keep a copy of the file and "
                                         "ask for help."))
        box.addButton(QMessageBox.StandardButton.Close).setText(translate("Safety", "&Close"))
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    assert error.newest_backup is not None
    if lock is not None and lock.held:
        db.restore_backup(error.path, error.newest_backup)
    else:
        workflows.restore(error.path, error.newest_backup, "the Catalogue window")
    return True


def since(iso: str, now: datetime.datetime | None = None) -> str:
    """'today at 13:12', '26 November 2026 at 09:05': when a lock was taken, as people say
    it (the side file keeps ISO time, which read as '2026-11-27T13:12:22')."""
    try:
        taken = datetime.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    now = now or datetime.datetime.now(taken.tzinfo)
    clock = taken.strftime("%H:%M")
    if taken.date() == now.date():
        return translate("Safety", "today at {time}").format(time=clock)
    if taken.date() == now.date() - datetime.timedelta(days=1):
        return translate("Safety", "yesterday at {time}").format(time=clock)
    day = language.long_date(taken.date())
    return translate("Safety", "{date} at {time}").format(date=day, time=clock)


def lock_message(error: db.LockedError, path: Path) -> str:
    """Who holds the catalogue, and since when."""
    return translate("Safety", "{path} is being changed by {app} (user {user}, process {pid} "
                     "on {host}) since {since}.").format(
        **{**error.holder, "path": path, "since": since(error.holder["since"])})


def ask_read_only(error: db.LockedError, path: Path, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Safety", "Catalogue in use"))
    box.setText(translate("Safety", "This catalogue is already open for changes."))
    box.setInformativeText(lock_message(error, path) + "\n\n" + translate(
        "Safety", "Open it read-only? You can browse, search and export, but not change it."))
    read_only = box.addButton(translate("Safety", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(translate("Safety", "&Cancel"))
    box.exec()
    return box.clickedButton() is read_only


BACKUP_REASONS = {
    "daily": QT_TRANSLATE_NOOP("Safety", "daily"),
    "manual": QT_TRANSLATE_NOOP("Safety", "manual"),
    "before-replace": QT_TRANSLATE_NOOP("Safety", "before replace"),
    "before-upgrade": QT_TRANSLATE_NOOP("Safety", "before upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Safety", "before restore"),
}
"""Why each backup was taken, as its file name says (storage.make_backup's reasons)."""


def reason_text(reason: str) -> str:
    """A backup's reason in the window's language; one not known, in its own words."""
    known = BACKUP_REASONS.get(reason)
    return translate("Safety", known) if known else reason.replace("-", " ")


class RestoreDialog(QDialog):
    """The catalogue's backups with their dates and record counts; pick one to restore."""

    def __init__(self, path: Path, parent: QWidget | None = None,
                 name: str | None = None, shared: Path | None = None) -> None:
        """`name`: the catalogue as the officer knows it (a server's address), when `path`
        is only where its backups are named (a team catalogue's 'catalogue_local.db');
        `shared`: the name its backups were taken under before it had its own
        (ServerAddress.shared_backup_path), listed too."""
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Restore backup"))
        self.setMinimumSize(720, 360)
        self.backups = db.list_backups(path, shared)
        explanation = QLabel(translate("Safety",
            "Backups of {name} are kept in {folder}. Restoring one first backs up the "
            "catalogue as it is now, so nothing is lost.").format(
                name=name or path.name, folder=db.backup_folder(path)))
        explanation.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4)
        self.table.setHorizontalHeaderLabels(
            [translate("Safety", "Taken"), translate("Safety", "Why"),
             translate("Safety", "Records"), translate("Safety", "File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(self.backups):
            counts = backup.counts
            cells = [backup.taken.strftime("%Y-%m-%d %H:%M:%S"),
                     reason_text(backup.reason),
                     translate(
                         "MainWindow", "{areas} \u00b7 {measures} \u00b7 {officials} \u00b7 "
                         "{agreements} \u00b7 {annexes}").format(**count_phrases(
                             {kind: counts[KINDS[kind].table] for kind in KINDS})),
                     backup.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        # the file name is what Restore takes and the command line names: always whole;
        # the counts give way (cut at the end, whole in the tooltip)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_width()
        if self.backups:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(translate("Safety", "&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        # Enter must not restore by accident: Cancel is the default, Restore is chosen
        self.restore_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = QLabel(translate("Safety", "There are no backups yet."))
        empty.setVisible(not self.backups)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)

    def _fit_width(self) -> None:
        """Wide enough for every column whole when the screen allows (at least 720)."""
        header = self.table.horizontalHeader()
        needed = sum(max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                     for column in range(self.table.columnCount()))
        needed += 2 * self.table.frameWidth() + 40  # the dialog's margins, a scroll bar
        screen = self.screen().availableGeometry().width() if self.screen() else needed
        self.resize(max(720, min(needed, int(screen * 0.9))), 360)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None
