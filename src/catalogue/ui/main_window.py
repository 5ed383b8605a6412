"""The main window: wiring only. Widgets are built here and connected to the controller."""

import gc
import sqlite3
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from catalogue import __version__
from catalogue.db import (
    DamagedError,
    FirstScreen,
    StoreError,
    WriterLock,
    create_seeded,
    read_failed,
    restore_backup,
)
from catalogue.kinds import EDITABLE
from catalogue.lazy import lazy_import
from catalogue.spec import Cancelled, Item
from catalogue.ui.actions import create_actions
from catalogue.ui.controller import EditingController
from catalogue.ui.dialogs import WorkProgress, about_text, choose_file, show_error
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.editors import DetailEditor
from catalogue.ui.icons import app_icon
from catalogue.ui.safety import (
    IntegrityCheck,
    OpenedCatalogue,
    RestoreDialog,
    offer_restore,
    open_for_window,
)
from catalogue.ui.search import BackgroundSearch
from catalogue.ui.tree_model import CatalogueTreeModel

queries = lazy_import("catalogue.queries")

FILTER_DELAY_MS = 150
"""Typing pauses this long before the tree is filtered, so each keystroke stays instant."""


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedCatalogue, first: FirstScreen | None = None) -> None:
        """`first`, when given, fills the first screen without the ORM (a faster start)."""
        super().__init__()
        self.opened = opened
        self.totals: dict[str, int] | None = first.totals if first is not None else None
        """The status bar's record counts, kept until the catalogue changes: counting
        100,000 records on every selection and filter would cost 5 ms each time."""
        document = CatalogueDocument(lambda: self.opened.engine, opened.path, self)
        self.document = document
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.actions_ = create_actions(self)
        preload = {key: [Item(kind, record_id, values) for kind, record_id, values in items]
                   for key, items in first.lists.items()} if first is not None else None
        self.model = CatalogueTreeModel(lambda: self.document.engine, self, preload)
        self.searcher = BackgroundSearch(lambda: self.document.engine, self)
        self.integrity: IntegrityCheck | None = None
        self._build_widgets()
        self.controller = EditingController(self, document, self.model, self.tree, self.editor,
                                            self.undo_stack)
        self._build_menus()
        self._connect()
        self._restore_settings()
        self._show_document_title()
        self._show_read_only()
        self.controller.expand_top()
        self.tree.setFocus()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter records (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.installEventFilter(self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setIconSize(QSize(16, 16))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.tree)
        self.editor = DetailEditor()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 6px 10px;"
            " border-bottom: 1px solid #e0c97a; }")
        self.banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

    def _build_menus(self) -> None:
        a = self.actions_
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.new_db, a.open_db, a.demo_db])
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.revert])
        file_menu.addSeparator()
        file_menu.addAction(a.import_release)
        file_menu.addAction(a.export_csv)
        file_menu.addAction(a.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.add, a.delete, a.move_up, a.move_down])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([a.expand_all, a.collapse_all])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([a.save, a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([a.add, a.delete, a.move_up, a.move_down])
        toolbar.addSeparator()
        toolbar.addAction(a.export_csv)
        self.addToolBar(toolbar)
        # Keys that also mean something in a text field work on the tree only.
        for action in (a.add, a.delete, a.move_up, a.move_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)

    def _connect(self) -> None:
        a, c = self.actions_, self.controller
        a.new_db.triggered.connect(self.new_database)
        a.open_db.triggered.connect(self.open_database)
        a.demo_db.triggered.connect(self.new_demo_database)
        a.export_csv.triggered.connect(self.export)
        a.import_release.triggered.connect(self.import_release)
        a.restore_backup.triggered.connect(self.restore_backup)
        a.quit.triggered.connect(self.close)
        a.save.triggered.connect(c.save)
        a.revert.triggered.connect(c.revert)
        a.undo.triggered.connect(c.undo)
        a.redo.triggered.connect(c.redo)
        a.add.triggered.connect(c.add)
        a.delete.triggered.connect(c.delete)
        a.move_up.triggered.connect(lambda: c.move(-1))
        a.move_down.triggered.connect(lambda: c.move(+1))
        a.find.triggered.connect(self.focus_filter)
        a.expand_all.triggered.connect(self.tree.expandAll)
        a.collapse_all.triggered.connect(self.tree.collapseAll)
        a.about.triggered.connect(self.about)
        self.editor.save_requested.connect(c.save)
        self.editor.dirty_changed.connect(self._on_dirty)
        self.tree.selectionModel().currentChanged.connect(c.on_current_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.document.changed.connect(self._forget_totals)  # before the refresh it causes
        self.document.changed.connect(c.on_document_changed)
        self.filter_box.textChanged.connect(lambda _: self.filter_timer.start())
        self.filter_timer.timeout.connect(self._search_typed)
        self.searcher.ready.connect(self._show_search)
        c.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.changed.connect(self.refresh)
        self.undo_stack.indexChanged.connect(self.refresh)

    # -- state shown -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Enable what can be done now, name what undo would undo, and count the records."""
        a, c = self.actions_, self.controller
        node = c.current_node()
        writable = self.opened.read_only is None and self.opened.checked
        editable = writable and node is not None and node.kind in EDITABLE
        a.add.setEnabled(writable)
        a.delete.setEnabled(editable)
        a.move_up.setEnabled(writable and c.can_move(-1))
        a.move_down.setEnabled(writable and c.can_move(+1))
        a.save.setEnabled(writable and self.editor.dirty)
        a.revert.setEnabled(self.editor.dirty)
        a.undo.setEnabled(writable and self.undo_stack.canUndo())
        a.redo.setEnabled(writable and self.undo_stack.canRedo())
        a.restore_backup.setEnabled(writable)
        a.import_release.setEnabled(writable)
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        a.undo.setText(self.tr("&Undo {what}").format(what=undo_text) if undo_text
                       else self.tr("&Undo"))
        a.redo.setText(self.tr("&Redo {what}").format(what=redo_text) if redo_text
                       else self.tr("&Redo"))
        if self.totals is None:
            self.totals = queries.totals(self.document.engine)
        totals = self.totals
        self.counts.setText(self.tr(
            "{area} areas \u00b7 {measure} measures \u00b7 {official} officials \u00b7 "
            "{agreement} agreements \u00b7 {annex} annexes").format(**totals))

    def _forget_totals(self, _changes: object = None) -> None:
        self.totals = None

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self.refresh()

    def _show_read_only(self) -> None:
        reason = self.opened.read_only
        self.controller.held = None if self.opened.checked else self.tr(
            "Checking the catalogue; changes can be saved in a moment")
        self.editor.hold_saving(self.controller.held is not None)
        self.editor.set_read_only(reason is not None)
        self.banner.setVisible(reason is not None)
        if reason is not None:
            self.banner.setText(self.tr(
                "Read-only: {reason}. You can browse, filter and export, but changes are "
                "switched off.").format(reason=reason))

    def _show_document_title(self) -> None:
        self.setWindowTitle(self.tr("Catalogue - {name}").format(name=self.document.path.name)
                            + "[*]")

    def _context_menu(self, position) -> None:
        a = self.actions_
        menu = QMenu(self)
        menu.addActions([a.add, a.delete])
        menu.addSeparator()
        menu.addActions([a.move_up, a.move_down])
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _clear_filter_box(self) -> None:
        """Empty the filter box without searching (the model is being reset anyway)."""
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)

    def _search_typed(self) -> None:
        text = self.filter_box.text()
        if text.strip():
            self.searcher.request(text)
        else:
            self.searcher.generation += 1  # drop answers still on their way
            self.controller.show_filter("", None)

    def _show_search(self, text: str, result: object) -> None:
        if text != self.filter_box.text():
            return  # typing went on; a newer answer is coming
        if isinstance(result, Exception):
            self.statusBar().showMessage(self.tr("Search failed: {error}").format(
                error=str(result).splitlines()[0]), 8000)
            return
        self.controller.show_filter(text, result)  # type: ignore[arg-type]

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the filter box clears it and returns to the tree."""
        if (watched is self.filter_box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.filter_box.clear()
            self.filter_timer.stop()
            self.searcher.generation += 1  # drop answers still on their way
            self.controller.show_filter("", None)
            self.tree.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- files -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The check starts once the window has been drawn (its timer comes after those
        queued before the window was shown)."""
        super().showEvent(event)
        if not self.opened.checked and self.integrity is None:
            QTimer.singleShot(0, self._check_integrity)

    def _check_integrity(self) -> None:
        """Read the whole file for damage once the window is up; changes wait for it."""
        opened = self.opened
        if opened.checked or self.integrity is not None:
            return
        self.integrity = IntegrityCheck(opened, self)
        self.integrity.done.connect(lambda error: self._integrity_checked(opened, error))
        self.statusBar().showMessage(self.tr("Checking the catalogue..."))
        self.integrity.start()

    def _integrity_checked(self, opened: OpenedCatalogue, error: StoreError | None) -> None:
        if opened is not self.opened:
            return  # another catalogue was opened meanwhile (and checked as it opened)
        if error is None:
            opened.checked = True
            self.statusBar().clearMessage()
            self._show_read_only()
            self.refresh()
            return
        self.editor.revert()  # nothing typed meanwhile can be saved into a damaged file
        opened.close()  # a restore replaces the file: no connection may stay open on it
        if isinstance(error, DamagedError) and offer_restore(error, self):
            self.switch_to(opened.path)
            return
        if not isinstance(error, DamagedError):
            show_error(self, self.tr("Open database"), str(error))
        self.close()

    def _finish_integrity_check(self) -> None:
        if self.integrity is not None:
            self.integrity.wait()

    def warm_up(self) -> None:
        """Make the engine (importing SQLAlchemy) once the window is on screen, then move
        everything alive by then (modules, classes, widgets: kept for the app's life) out of
        the garbage collector's reach. Its full passes over them took 90 ms on the
        100,000-record catalogue, a visible hitch mid-typing; after this, about 8 ms."""
        self.document.engine  # noqa: B018 - the point is the side effect
        gc.collect()
        gc.freeze()

    def export(self) -> None:
        from catalogue.export import ExportCancelled, ExportError, export_csv

        suggested = str(Path.home() / "catalogue.csv")
        target = choose_file(self, self.tr("Export CSV"), self.tr("CSV files (*.csv)"),
                             save=True, suggested=suggested, suffix="csv")
        if target is None:
            return
        total = sum(queries.totals(self.document.engine).values())
        progress = WorkProgress(self, self.tr("Export CSV"), self.tr(
            "Exporting {total} records...").format(total=total))

        def advance(done: int) -> None:
            if not progress(done, total):
                raise ExportCancelled

        try:
            count = export_csv(self.document.engine, target, advance)
        except ExportCancelled:
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 8000)
            return
        except ExportError as error:
            show_error(self, self.tr("Export failed"), str(error))
            return
        except sqlite3.DatabaseError as error:
            show_error(self, self.tr("Export failed"), str(read_failed(self.opened.path, error)))
            return
        finally:
            progress.close()
        self.statusBar().showMessage(self.tr("Exported {count} records to {path}").format(
            count=count, path=target), 8000)

    def import_release(self) -> None:
        from catalogue.ui.importer import import_from_file  # the parser loads when first used

        if not self.controller.confirm_leave():
            return
        result = import_from_file(self, self.document.engine, self.opened.path)
        if result is None:
            return
        if result.replaced:
            self.undo_stack.clear()  # its commands may name records the replace removed
        self.editor.show_nothing()
        self._clear_filter_box()
        self._forget_totals()
        self.model.reset(self.document.engine)
        self.controller.select(("session", result.session_id), [])
        self.tree.expand(self.tree.currentIndex())
        counts = result.counts
        self.statusBar().showMessage(self.tr(
            "{verb}: {area} areas, {measure} measures, {official} officials, {agreement} "
            "agreements, {annex} annexes").format(
                verb=self.tr("Replaced") if result.replaced else self.tr("Imported"), **counts),
            10000)
        self.refresh()

    def _choose_new_file(self, title: str, suggested_name: str) -> Path | None:
        """A file name for a new catalogue; an existing file is refused, never written over."""
        target = choose_file(self, title, self.tr("Catalogue (*.db)"), save=True,
                             suggested=str(self.document.path.with_name(suggested_name)),
                             suffix="db")
        if target is None:
            return None
        path = Path(target)
        if path.exists():
            show_error(self, title, self.tr(
                "{path} already exists. Choose a new file name: Catalogue never writes over "
                "an existing file.").format(path=path))
            return None
        return path

    def new_database(self) -> None:
        if not self.controller.confirm_leave():
            return
        path = self._choose_new_file(self.tr("New database"), "new-catalogue.db")
        if path is None:
            return
        try:
            create_seeded(path)
        except (StoreError, OSError) as error:
            show_error(self, self.tr("New database"), str(error))
            return
        self.switch_to(path)

    def new_demo_database(self) -> None:
        """Generate a synthetic catalogue into a new file, with a cancellable progress bar,
        and open it; a cancelled run leaves no file behind."""
        from PySide6.QtWidgets import QInputDialog

        from catalogue.demo import generate

        if not self.controller.confirm_leave():
            return
        title = self.tr("New demo catalogue")
        records, chosen = QInputDialog.getInt(
            self, title, self.tr("How many records (plenaries, areas, measures, officials, "
                                 "agreements and annexes in all)?"), 100_000, 1, 1_000_000, 1000)
        if not chosen:
            return
        path = self._choose_new_file(title, "demo-catalogue.db")
        if path is None:
            return
        progress = WorkProgress(self, title, self.tr("Writing {count:,} demo records...").format(
            count=records))
        try:
            count = generate(path, records, progress=progress)
        except Cancelled:
            self.statusBar().showMessage(self.tr("Cancelled; no file was created"), 8000)
            return
        except (StoreError, OSError) as error:
            show_error(self, title, str(error))
            return
        finally:
            progress.close()
        if self.switch_to(path):
            self.statusBar().showMessage(self.tr("Wrote {count:,} demo records to {path}").format(
                count=count, path=path), 8000)

    def open_database(self) -> None:
        if not self.controller.confirm_leave():
            return
        target = choose_file(self, self.tr("Open database"),
                             self.tr("Catalogue (*.db);;All files (*)"), save=False,
                             suggested=str(self.document.path.parent))
        if target is not None:
            self.switch_to(Path(target))

    def switch_to(self, path: Path) -> bool:
        if not path.exists():
            show_error(self, self.tr("Open database"),
                       self.tr("{path} does not exist").format(path=path))
            return False
        if path.resolve() == self.opened.path.resolve():
            self._finish_integrity_check()
            self.opened.close()
        try:
            opened = open_for_window(path, self)
        except StoreError as error:
            show_error(self, self.tr("Open database"), str(error))
            opened = None
        if opened is None:
            if self.opened.path.resolve() == path.resolve():
                self.close()
            return False
        self._use(opened)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def _use(self, opened: OpenedCatalogue) -> None:
        """Show another opened catalogue in this window."""
        if opened is not self.opened:
            self._finish_integrity_check()
            self.opened.close()
        self.opened = opened
        engine, path = opened.engine, opened.path
        self.document.changed.disconnect(self.controller.on_document_changed)
        self.document = CatalogueDocument(engine, path, self)
        self.totals = None
        self.searcher.stop()
        self.searcher = BackgroundSearch(lambda: self.document.engine, self)
        self.searcher.ready.connect(self._show_search)
        self.document.changed.connect(self._forget_totals)
        self.document.changed.connect(self.controller.on_document_changed)
        self.undo_stack.clear()
        self._clear_filter_box()
        self.controller.set_document(self.document)
        self.model.reset(engine)
        self.controller.expand_top()
        self._show_document_title()
        self._show_read_only()
        self.refresh()

    def restore_backup(self) -> None:
        if not self.controller.confirm_leave():
            return
        dialog = RestoreDialog(self.opened.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        assert backup is not None
        path = self.opened.path
        self.opened.close()
        try:
            with WriterLock(path, "the Catalogue window"):
                saved = restore_backup(path, backup)
        except StoreError as error:
            show_error(self, self.tr("Restore backup"), str(error))
            saved = None
        if self.switch_to(path) and saved is not None:
            self.statusBar().showMessage(self.tr(
                "Restored {backup}; the catalogue as it was is saved as {saved}").format(
                    backup=backup.name, saved=saved.name), 10000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Catalogue"),
                          about_text(__version__, str(self.document.path)))

    # -- settings and closing ----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([560, 720])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.confirm_leave():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        self.stop_background_work()
        self.opened.close()
        event.accept()

    def stop_background_work(self) -> None:
        """Wait for the search and check threads: Qt aborts if one outlives the app."""
        self.searcher.stop()
        self._finish_integrity_check()
