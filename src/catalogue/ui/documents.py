"""The Documents section under an annex's or agreement's form: attach a file (button or
drag and drop) or a web address, open it with the system's viewer, save it out, remove it.

The files live inside the catalogue (services.attach_document); this section only reads
lists of names and sizes, and a document's bytes when it is opened or saved. A file is read,
hashed and stored on a worker thread (a busy bar with Cancel; a cancelled attach leaves
nothing), and the attach then goes on the window's undo stack like every other change.
"""

import contextlib
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from catalogue import naming
from catalogue.documents import (
    MAX_DOCUMENT_MB,
    OWNER_KINDS,
    DocumentError,
    DocumentFile,
    DocumentInfo,
    check_url,
    digest,
    human_size,
    read_document,
    safe_name,
)
from catalogue.errors import one_line
from catalogue.i18n import translate
from catalogue.kinds import RecordKey
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, ServiceError
from catalogue.storage.files import write_verified
from catalogue.ui.commands import ErrorHandler, ServiceCommand
from catalogue.ui.dialogs import choose_file, show_error, start_folder
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.worker import Cancelled, run_off_thread

if TYPE_CHECKING:
    from catalogue.ui.main_window import MainWindow

queries = lazy_import("catalogue.queries")

TEMP_PREFIX = "catalogue-documents-"
STORE_WAIT_SECONDS = 30
"""After Cancel, how long to wait for a write already under way (about 0.6 s for 50 MB)."""
TEMP_KEPT_SECONDS = 24 * 3600
"""Copies opened in a viewer are left for it (it may read them after Catalogue quits) and
removed by a later Catalogue once a day old."""


# -- undoable changes ------------------------------------------------------------------------


class AttachCommand(ServiceCommand):
    """The first redo attaches; undo removes; a later redo puts the same document back."""

    def __init__(self, document: CatalogueDocument, owner: RecordKey, file: DocumentFile | None,
                 url: str, text: str, on_error: ErrorHandler | None,
                 stored: tuple[int, Changes] | None = None) -> None:
        """`stored`: the file was already attached off the GUI thread (its id and changes);
        the first redo then only tells the window."""
        super().__init__(document, text, on_error)
        self.owner, self.file, self.url = owner, file, url
        self.document_id: int | None = None
        self.snapshot: dict[str, Any] | None = None
        self.stored = stored

    def redo(self) -> None:
        def attach() -> None:
            if self.stored is not None:
                self.document_id, changes = self.stored
                self.stored = None
                self.document.announce(changes)
            elif self.snapshot is None:
                self.document_id = self.document.attach(self.owner, self.file, self.url)
                self.file = None  # the snapshot of an undo holds the bytes from now on
            else:
                self.document.restore_document(self.snapshot, self.window())

        self._run(attach)

    def undo(self) -> None:
        def detach() -> None:
            assert self.document_id is not None
            self.snapshot = self.document.detach(self.document_id, self.undoing())

        self._run(detach)

    def shown(self, undone: bool) -> RecordKey:
        return self.owner


class RemoveCommand(ServiceCommand):
    def __init__(self, document: CatalogueDocument, info: DocumentInfo, text: str,
                 on_error: ErrorHandler | None) -> None:
        super().__init__(document, text, on_error)
        self.info = info
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        def detach() -> None:
            self.snapshot = self.document.detach(self.info.id)

        self._run(detach)

    def undo(self) -> None:
        def restore() -> None:
            assert self.snapshot is not None
            self.document.restore_document(self.snapshot, self.undoing())

        self._run(restore)

    def shown(self, undone: bool) -> RecordKey:
        return self.info.owner


# -- widgets ---------------------------------------------------------------------------------


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (web links and other data are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DocumentList(QListWidget):
    """The documents of one record; files dropped on it are attached. Enter opens the
    selected document, Delete removes it."""

    files_dropped = Signal(list)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        rows = self.fontMetrics().lineSpacing() + 6
        self.setMinimumHeight(rows * 2 + 6)
        self.setMaximumHeight(rows * 5 + 6)
        self.accepting = True
        """False while the catalogue is read-only: drops are refused."""

    def _consider(self, event: QDragMoveEvent) -> None:
        if self.accepting and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData()) if self.accepting else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


def _button() -> QPushButton:
    """Alt+letter keys avoid the menus' (F, E, V, H) and the forms' own: Open has Enter,
    Save as only its click."""
    button = QPushButton()
    # as narrow as the editor is: a row of buttons must not widen the window
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return button


class DocumentsPanel(QGroupBox):
    """The list and its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.list = DocumentList()
        self.attach, self.add_link, self.open, self.save_as, self.remove = (
            _button() for _ in range(5))
        self._name()
        buttons = QGridLayout()
        buttons.addWidget(self.attach, 0, 0, 1, 3)
        buttons.addWidget(self.add_link, 0, 3, 1, 3)
        buttons.addWidget(self.open, 1, 0, 1, 2)
        buttons.addWidget(self.save_as, 1, 2, 1, 2)
        buttons.addWidget(self.remove, 1, 4, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.link_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)

    def _name(self) -> None:
        """Every word of the panel in the current language (again after a switch)."""
        self.setTitle(translate("Documents", "Documents"))
        self.list.setToolTip(translate(
            "Documents", "The texts kept with this record. Drop files here to attach them "
            "(at most {most} MB each); Enter opens, Delete removes.").format(
                most=MAX_DOCUMENT_MB))
        for button, text, tip in (
                (self.attach, translate("Documents", "Atta&ch file..."), translate(
                    "Documents", "Keep a file (PDF, Word, any file up to {most} MB) inside "
                    "the catalogue").format(most=MAX_DOCUMENT_MB)),
                (self.add_link, translate("Documents", "Add &web address..."), translate(
                    "Documents", "Attach the address of a document on the web")),
                (self.open, translate("Documents", "Open"), translate(
                    "Documents", "Open with the system's viewer (a web address in the "
                    "browser)")),
                (self.save_as, translate("Documents", "Save as..."), translate(
                    "Documents", "Save a copy of the document as a file")),
                (self.remove, translate("Documents", "Re&move"), translate(
                    "Documents", "Remove the document from the catalogue (Undo brings it "
                    "back)"))):
            button.setText(text)
            button.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the heading, buttons and tips again (the list's own lines
        are named when it is filled)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._name()

    def show_documents(self, documents: list[DocumentInfo], keep: int | None) -> None:
        """List `documents`, keeping the one with id `keep` selected."""
        self.list.clear()
        for info in documents:
            if info.is_link:
                item = QListWidgetItem(self.link_icon, info.url)
                item.setToolTip(translate("Documents", "Web address: {url}").format(
                    url=info.url))
            else:
                item = QListWidgetItem(self.file_icon, translate(
                    "Documents", "{name} ({size})").format(name=info.file_name,
                                                           size=human_size(info.size)))
                item.setToolTip(translate("Documents", "{name}\n{size}, {media_type}").format(
                    name=info.file_name, size=human_size(info.size),
                    media_type=info.media_type))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
            if info.id == keep:
                self.list.setCurrentItem(item)

    def selected(self) -> DocumentInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def enable(self, writable: bool) -> None:
        chosen = self.selected()
        self.list.accepting = writable
        self.attach.setEnabled(writable)
        self.add_link.setEnabled(writable)
        self.open.setEnabled(chosen is not None)
        self.save_as.setEnabled(chosen is not None and not chosen.is_link)
        self.remove.setEnabled(writable and chosen is not None)


# -- opening a copy ---------------------------------------------------------------------------

_temp_folder: Path | None = None


def private_folder() -> Path:
    """This run's private (0700) folder for copies opened in a viewer; copies a day old
    left by earlier runs are removed on the way."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _sweep_old_copies()
        _temp_folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    return _temp_folder


def _sweep_old_copies() -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                info = folder.lstat()
                mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
                if mine and folder.is_dir() and now - info.st_mtime > TEMP_KEPT_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)


def temporary_copy(info: DocumentInfo, data: bytes) -> Path:
    """The document as a read-only file under its own name in the private folder (written
    beside itself, verified, renamed): the viewer sees a real name and extension, and
    nobody edits a copy believing it is the catalogue's."""
    folder = private_folder() / f"{info.id}-{info.sha256[:16]}"
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / safe_name(info.file_name)
    if target.is_file() and digest(target.read_bytes()) == info.sha256:
        return target
    write_verified(target, data)
    target.chmod(0o400)
    return target


# -- the section -----------------------------------------------------------------------------


class DocumentsSection(QObject):
    """Shows the documents of the annex or agreement in the editor and does what its
    buttons say. Each action takes an optional path or address, so it can be run without
    its dialog (from a drop, or a test)."""

    opened = Signal(QUrl)
    """A document was handed to the system's viewer or browser."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.panel = DocumentsPanel()
        self.panel.hide()
        window.editor.add_section(self.panel)
        self.owner: RecordKey | None = None
        panel = self.panel
        panel.attach.clicked.connect(lambda: self.attach_file())
        panel.add_link.clicked.connect(lambda: self.add_web_address())
        panel.open.clicked.connect(self.open_selected)
        panel.save_as.clicked.connect(lambda: self.save_selected_as())
        panel.remove.clicked.connect(self.remove_selected)
        panel.list.itemActivated.connect(lambda _item: self.open_selected())
        panel.list.currentItemChanged.connect(lambda *_: self._enable())
        panel.list.files_dropped.connect(self.attach_files)
        panel.list.remove_requested.connect(self.remove_selected)
        panel.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.list.customContextMenuRequested.connect(self._context_menu)
        window.controller.changed.connect(self.follow)

    def _context_menu(self, at: QPoint) -> None:
        """The buttons' actions on the document under the pointer."""
        panel = self.panel
        item = panel.list.itemAt(at)
        if item is not None:
            panel.list.setCurrentItem(item)
        menu = QMenu(panel.list)
        for button in (panel.open, panel.save_as, panel.remove, panel.attach, panel.add_link):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(panel.list.viewport().mapToGlobal(at))

    @property
    def document(self) -> CatalogueDocument:
        return self.window.controller.document

    def _enable(self) -> None:
        """Changes are offered unless the file is read-only; while the catalogue is still
        being checked they wait, and say so (as Save does)."""
        self.panel.enable(self.window.session.read_only is None)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _error(self, message: str) -> None:
        show_error(self.window, translate("Documents", "Documents"), message)

    def follow(self) -> None:
        """Show the documents of the record in the editor (after any change or selection:
        a list of names is one small query)."""
        shown = self.window.controller.shown()
        owner = shown if shown is not None and shown.kind in OWNER_KINDS else None
        self.panel.setVisible(owner is not None)
        kept = self.panel.selected() if owner == self.owner else None
        self.owner = owner
        if owner is not None:
            try:
                documents = queries.documents_of(self.document.engine, owner)
            except ServiceError:
                documents = []
            self.panel.show_documents(documents, kept.id if kept else None)
        self._enable()

    def _may_change(self) -> RecordKey | None:
        """The record to change, or None (after saying why) when changes are off."""
        if self.owner is None:
            return None
        session, held = self.window.session, self.window.controller.held
        if not session.writable or held is not None:
            self._status(held or translate(
                "Documents", "The catalogue is read-only: documents cannot be changed"))
            return None
        return self.owner

    def _push(self, command: ServiceCommand, done: str) -> bool:
        self.window.undo_stack.push(command)
        if command.failed:
            self._error(str(command.error))
            return False
        command.on_error = self._error  # for its undo and redo
        self.follow()
        self._status(done)
        return True

    def _label(self, name: str, owner: RecordKey, attached: bool) -> str:
        """The command's text, made as the services name the change in the history."""
        values = queries.record(self.document.engine, owner.kind, owner.id)
        return (naming.attach_text(name, owner.kind, values) if attached
                else naming.remove_document_text(name, owner.kind, values))

    def _owner_name(self, owner: RecordKey) -> str:
        return naming.describe(owner.kind, queries.record(self.document.engine, owner.kind,
                                                           owner.id))

    # -- actions -----------------------------------------------------------------------------

    def attach_files(self, paths: list[Path]) -> None:
        for path in paths:
            if not self.attach_file(path):
                return

    def attach_file(self, path: Path | None = None) -> bool:
        """Read, hash and store a file off the GUI thread (a busy bar with Cancel after
        0.4 s; Cancel leaves nothing attached), then put the attach on the undo stack; True
        once attached. A refusal is one line."""
        owner = self._may_change()
        if owner is None:
            return False
        title = translate("Documents", "Attach file")
        if path is None:
            chosen = choose_file(self.window, title, translate("Documents", "All files (*)"),
                                 save=False)
            if chosen is None:
                return False
            path = Path(chosen)
        document, stop, ended = self.document, threading.Event(), threading.Event()
        outcome: dict[str, tuple[int, Changes]] = {}

        def work() -> tuple[DocumentFile, tuple[int, Changes]]:
            try:
                file = read_document(path, cancelled=stop.is_set)
                outcome["stored"] = document.store_document(
                    owner, file, proceed=lambda: not stop.is_set())
                return file, outcome["stored"]
            finally:
                ended.set()

        try:
            file, stored = run_off_thread(self.window, title, translate(
                "Documents", "Attaching {name}...").format(name=path.name), work)
        except Cancelled:
            stop.set()
            ended.wait(STORE_WAIT_SECONDS)  # a commit under way ends within a second
            if "stored" in outcome:  # cancelled too late to stop it: take it out again
                with contextlib.suppress(ServiceError):
                    document.detach(outcome["stored"][0])
            self._status(translate("Documents", "Cancelled; nothing was attached"))
            return False
        except ServiceError as error:
            self._error(str(error))
            return False
        except Exception as error:  # the worker's surprise, said in one line
            self._error(one_line(error))
            return False
        where = self._owner_name(owner)
        return self._push(
            AttachCommand(document, owner, None, "", self._label(file.file_name, owner, True),
                          None, stored),
            translate("Documents", "Attached {name} ({size}) to {owner}").format(
                name=file.file_name, size=human_size(file.size), owner=where))

    def add_web_address(self, url: str | None = None) -> bool:
        """Attach a web address; one that is not http(s) is refused and asked again, with
        what was typed still in the box."""
        owner = self._may_change()
        if owner is None:
            return False
        title = translate("Documents", "Add web address")
        typed = url or ""
        while True:
            if url is None:
                typed, ok = QInputDialog.getText(
                    self.window, title, translate("Documents", "Web address of the document "
                                                  "(https://...):"),
                    QLineEdit.EchoMode.Normal, typed)
                if not ok:
                    return False
            try:
                checked = check_url(typed)
                break
            except DocumentError as error:
                self._error(str(error))
                if url is not None:
                    return False
        where = self._owner_name(owner)
        return self._push(
            AttachCommand(self.document, owner, None, checked,
                          self._label(checked, owner, True), None),
            translate("Documents", "Attached {url} to {owner}").format(url=checked,
                                                                       owner=where))

    def open_selected(self) -> Path | None:
        """Open the selected document: a web address in the browser, a file as a copy in a
        private folder with the system's viewer. The copy's path (None for a link)."""
        info = self.panel.selected()
        if info is None:
            return None
        if info.is_link:
            self._hand_over(QUrl(info.url))
            return None
        try:
            _, data = queries.document_content(self.document.engine, info.id)
            copy = temporary_copy(info, data)
        except (ServiceError, OSError) as error:
            self._error(one_line(error))
            return None
        self._hand_over(QUrl.fromLocalFile(str(copy)))
        return copy

    def _hand_over(self, url: QUrl) -> None:
        self.opened.emit(url)
        if QDesktopServices.openUrl(url):
            self._status(translate("Documents", "Opened {what}").format(
                what=url.toString() if not url.isLocalFile() else Path(url.toLocalFile()).name))
        else:
            self._error(translate("Documents", "No program is set up to open {what}").format(
                what=url.toDisplayString()))

    def save_selected_as(self, target: Path | None = None) -> Path | None:
        """Write the selected file out (beside the target, verified, renamed into place);
        the file dialog asks before replacing a file. Where it was saved."""
        info = self.panel.selected()
        if info is None or info.is_link:
            return None
        title = translate("Documents", "Save document as")
        if target is None:
            chosen = choose_file(self.window, title, translate("Documents", "All files (*)"),
                                 save=True, suggested=str(Path(start_folder()) / safe_name(
                                     info.file_name)))
            if chosen is None:
                return None
            target = Path(chosen)
        try:
            _, data = queries.document_content(self.document.engine, info.id)
            write_verified(target, data)
        except (ServiceError, OSError) as error:
            self._error(translate("Documents", "{name} was not saved: {error}").format(
                name=info.file_name, error=one_line(error)))
            return None
        self._status(translate("Documents", "Saved {name} as {path}").format(
            name=info.file_name, path=target))
        return target

    def remove_selected(self) -> bool:
        info = self.panel.selected()
        if info is None or self._may_change() is None:
            return False
        return self._push(
            RemoveCommand(self.document, info, self._label(info.title, info.owner, False),
                          None),
            translate("Documents", "Removed {name} (Undo brings it back)").format(
                name=info.title))
