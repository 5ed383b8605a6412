"""The main window: wiring only.

The opened catalogue lives in a CatalogueSession (file, lock, document, search worker,
whole-file check); editing in the EditingController; the File menu's work in FileActions;
filtering in the FilterBox; reloading, Help and the tree kept between starts in Viewing.
This module builds the widgets and connects them.
"""


from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from catalogue.i18n import translate
from catalogue.kinds import EDITABLE, Kind, RecordKey, parse_kind
from catalogue.spec import ImportResult, Item
from catalogue.storage import FirstScreen
from catalogue.ui import language, window_state
from catalogue.ui.actions import build_menus, create_actions, show_context_menu, update_actions
from catalogue.ui.controller import EditingController
from catalogue.ui.dialogs import banner, count_phrases
from catalogue.ui.documents import DocumentsSection
from catalogue.ui.editors import DetailEditor
from catalogue.ui.files import FileActions
from catalogue.ui.filter_box import FilterBox
from catalogue.ui.history_views import HistoryViews
from catalogue.ui.icons import app_icon
from catalogue.ui.live import LiveView
from catalogue.ui.panes import scroll_forms, tree_pane
from catalogue.ui.safety import OpenedCatalogue
from catalogue.ui.session import CatalogueSession
from catalogue.ui.status import StatusBar
from catalogue.ui.tree_model import CatalogueTreeModel
from catalogue.ui.tree_view import CatalogueTree
from catalogue.ui.viewing import Viewing


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedCatalogue, first: FirstScreen | None = None) -> None:
        """`first`, when given, fills the first screen without the ORM (a faster start)."""
        super().__init__()
        self.session = CatalogueSession(opened, first.totals if first else None, self)
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.actions_ = create_actions(self)
        preload = {key: [Item(kind, record_id, values) for kind, record_id, values in items]
                   for key, items in first.lists.items()} if first is not None else None
        self.model = CatalogueTreeModel(lambda: self.session.engine, self, preload)
        self._build_widgets()
        self.controller = EditingController(self, self.session.document, self.model, self.tree,
                                            self.editor, self.undo_stack)
        self.files = FileActions(self)
        self.documents = DocumentsSection(self)
        self.live = LiveView(self)
        build_menus(self, self.actions_, self.tree)
        self._connect()
        self._connect_session()
        self.viewing = Viewing(self)
        self.history = HistoryViews(self)
        window_state.restore(self, self.splitter)
        self._show_session()
        self.tree.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_box = FilterBox()
        self.tree = CatalogueTree()
        self.tree.setModel(self.model)
        self.editor = DetailEditor()
        scroll_forms(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(tree_pane(self.filter_box, self.filter_box.notice, self.tree))
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.banner = banner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        status = StatusBar()
        self.setStatusBar(status)
        self.counts = status.counts

    def _connect(self) -> None:
        """Connections that outlive a change of catalogue."""
        a, c, f = self.actions_, self.controller, self.files
        for action, slot in ((a.new_db, f.new_database), (a.open_db, f.open_database),
                             (a.demo_db, f.new_demo_database), (a.export_csv, f.export),
                             (a.import_release, f.import_release), (a.new_plenary, c.new_plenary),
                             (a.restore_backup, f.restore_backup), (a.about, f.about),
                             (a.quit, self.close), (a.save, c.save), (a.revert, c.revert),
                             (a.undo, c.undo), (a.redo, c.redo), (a.add, c.add),
                             (a.delete, c.delete), (a.find, self.filter_box.focus),
                             (a.expand_all, c.expand_all), (a.collapse_all, c.collapse_all)):
            action.triggered.connect(slot)
        a.move_up.triggered.connect(lambda: c.move(-1))
        a.move_down.triggered.connect(lambda: c.move(+1))
        self.editor.save_requested.connect(c.save)
        self.editor.dirty_changed.connect(self._on_dirty)
        self.tree.selectionModel().currentChanged.connect(c.on_current_changed)
        self.tree.customContextMenuRequested.connect(
            lambda at: show_context_menu(self.tree, self.actions_, at))
        self.filter_box.found.connect(c.show_filter)
        c.uncounted.connect(self.filter_box.count)
        self.filter_box.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.filter_box.escaped.connect(self.tree.setFocus)
        c.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.changed.connect(self.refresh)
        self.undo_stack.indexChanged.connect(self.refresh)

    def _connect_session(self) -> None:
        """Connections to the current session; they go when the session is replaced."""
        session = self.session
        session.document.changed.connect(self.controller.on_document_changed)
        session.check_passed.connect(self._check_passed)
        session.check_failed.connect(lambda error: self.files.check_failed(session.opened, error))
        self.filter_box.bind(session.searcher)
        self.live.bind(session)

    # -- switching catalogues ----------------------------------------------------------------

    def use(self, opened: OpenedCatalogue) -> None:
        """Show another opened catalogue in this window (a new session replaces the old)."""
        old = self.session
        self.viewing.leaving()
        if opened is not old.opened:
            old.close()
        old.deleteLater()
        self.session = CatalogueSession(opened, parent=self)
        self.undo_stack.clear()
        self._connect_session()
        self.controller.set_document(self.session.document)
        self.model.reset(lambda: self.session.engine)
        self._show_session()
        if self.isVisible():
            self.session.start_check()

    def _show_session(self) -> None:
        self.controller.expand_top()
        self.setWindowTitle(self.viewing.title() + "[*]")
        self.viewing.entered()
        self._show_read_only()
        self.refresh()

    def imported(self, result: ImportResult) -> None:
        """A plenary was imported (or replaced): show it."""
        if result.replaced:
            self.undo_stack.clear()  # its commands may name records the replace removed
        self.editor.show_nothing()
        self.filter_box.clear_silently()
        self.session.forget_totals()
        self.model.reset(lambda: self.session.engine)
        self.controller.select(RecordKey(Kind.SESSION, result.session_id), [])
        self.tree.expand(self.tree.currentIndex())
        verb = (translate("MainWindow", "Replaced") if result.replaced
                else translate("MainWindow", "Imported"))
        self.statusBar().showMessage(translate(
            "MainWindow", "{verb}: {areas}, {measures}, {officials}, {agreements}, {annexes}"
        ).format(verb=verb, **count_phrases(result.counts)), 10000)
        self.refresh()

    # -- state shown -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Enable what can be done now, name what undo would undo, and count the records."""
        c, stack = self.controller, self.undo_stack
        node = c.current_node()
        kind = parse_kind(node.kind) if node is not None else None
        texts = c.replay_pending or (stack.undoText() if stack.canUndo() else None,
                                     stack.redoText() if stack.canRedo() else None)
        update_actions(self.actions_, writable=self.session.writable,
                       editable=kind in EDITABLE, dirty=self.editor.dirty,
                       can_move=(c.can_move(-1), c.can_move(+1)), undo_text=texts[0],
                       redo_text=texts[1], replaying=c.replay_pending is not None)
        self.counts.setText(translate(
            "MainWindow", "{areas} \u00b7 {measures} \u00b7 {officials} \u00b7 {agreements} "
            "\u00b7 {annexes}").format(**count_phrases(self.session.totals())))

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self.refresh()

    def _show_read_only(self) -> None:
        reason = self.session.read_only
        self.controller.held = None if self.session.checked else translate(
            "MainWindow", "Checking the catalogue; changes can be saved in a moment")
        self.editor.hold_saving(self.controller.held is not None)
        self.editor.set_read_only(reason is not None)
        self.banner.setVisible(reason is not None)
        if reason is not None:
            self.banner.setText(translate(
                "MainWindow", "Read-only: {reason}. You can browse, filter and export, but "
                "changes are switched off.").format(reason=reason))

    def _check_passed(self) -> None:
        self.statusBar().clearMessage()
        self._show_read_only()
        self.refresh()

    # -- life cycle --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """A new language (View > Language): every text again, no restart."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            language.retranslate_window(self)

    def showEvent(self, event: QShowEvent) -> None:
        """The check starts once the window has been drawn (its timer comes after those
        queued before the window was shown)."""
        super().showEvent(event)
        if not self.session.checked:
            QTimer.singleShot(0, self._start_check)

    def _start_check(self) -> None:
        if not self.session.checked:
            self.statusBar().showMessage(translate("MainWindow", "Checking the catalogue..."))
            self.session.start_check()

    def warm_up(self) -> None:
        """Once the window is on screen: import the ORM off the GUI thread, make the engine."""
        self.session.warm_up()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.confirm_leave():
            event.ignore()
            return
        window_state.save(self, self.splitter)
        self.session.close()
        event.accept()

    def stop_background_work(self) -> None:
        """Wait for the search and check threads: Qt aborts if one outlives the app."""
        self.session.stop_background_work()
