"""What the window does around editing, wired in one place so main_window stays wiring only:
going from the filter to its first match, a summary for a group row, reloading (F5, and a
read-only window following the file), Help, and the tree as it was left, per catalogue.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QLabel

from catalogue.i18n import translate
from catalogue.kinds import GROUPS
from catalogue.ui import help_dialogs, reload, tree_state

if TYPE_CHECKING:
    from catalogue.ui.main_window import MainWindow

CASCADE = QPoint(48, 48)
"""How far a read-only window opens from where the writer's window is."""
READ_ONLY_LOOK = ("QLineEdit:read-only, QPlainTextEdit:read-only { background: palette(window);"
                  " color: palette(window-text); }")
"""Fields that cannot be changed look it: the window's grey instead of a text field's white."""


class Viewing(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.watch = reload.FileWatch(self.follow, self)
        self._restore_pending = True
        """The tree as it was left is put back once the window is shown (reading it before
        would import the database layer ahead of the first screen)."""
        self.default_placeholder = window.editor.placeholder.text()
        window.editor.setStyleSheet(READ_ONLY_LOOK)
        a, c = window.actions_, window.controller
        a.reload.triggered.connect(self.reload)
        a.shortcuts.triggered.connect(lambda: help_dialogs.show_shortcuts(window, window.actions_))
        a.guide.triggered.connect(lambda: help_dialogs.show_guide(window))
        window.filter_box.entered.connect(self.go_to_first_match)
        window.tree.clear_filter.connect(window.filter_box.clear_filter)
        window.model.filtered.connect(window.filter_box.show_result)
        c.changed.connect(self.show_group)
        window.installEventFilter(self)

    # -- the catalogue shown -------------------------------------------------------------------

    def title(self) -> str:
        session = self.window.session
        name = str(session.opened.server or session.path.name)
        if session.read_only is None:
            return translate("MainWindow", "Catalogue - {name}").format(name=name)
        return translate("MainWindow", "Catalogue - {name} (read-only)").format(name=name)

    def entered(self) -> None:
        """A catalogue is shown: follow its file when read-only, put its tree back."""
        session = self.window.session
        self.watch.watch(session.path if session.read_only is not None
                         and session.opened.server is None else None)
        self._restore_pending = True
        if self.window.isVisible():
            self._restore_tree()

    def leaving(self) -> None:
        """The catalogue shown is about to be closed or replaced: remember its tree."""
        window = self.window
        if not window.model.filtering and not self._restore_pending:
            tree_state.save(window.session.path, tree_state.capture(window.tree, window.model))

    def _restore_tree(self) -> None:
        window = self.window
        if not self._restore_pending:
            return
        self._restore_pending = False
        state = tree_state.load(window.session.path)
        current = window.tree.currentIndex()  # the first row, if the tree took the focus
        if state is None or window.model.filtering or (
                current.isValid() and current != window.model.index(0, 0)):
            return  # nothing kept, or the person has already moved on
        tree_state.restore(window.tree, window.model, state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                QTimer.singleShot(0, self._first_shown)
            elif event.type() == QEvent.Type.Close:
                self.leaving()
        return False

    def _first_shown(self) -> None:
        window = self.window
        if window.session.opened.locked_out and self._restore_pending:
            window.move(window.pos() + CASCADE)  # not exactly over the writer's window
        self._restore_tree()

    # -- reading again -------------------------------------------------------------------------

    def reload(self) -> None:
        window = self.window
        window.session.forget_totals()
        if reload.reload(window.controller, window.model, window.tree,
                         lambda: window.session.engine):
            window.statusBar().showMessage(translate("MainWindow", "Reloaded"), 3000)
        window.refresh()

    def follow(self) -> None:
        """The file changed on disk: read it again, unless the person is typing."""
        if self.window.editor.dirty:
            self.window.statusBar().showMessage(translate(
                "MainWindow", "The catalogue changed on disk: press F5 to reload"))
            return
        self.reload()

    # -- the filter and groups -----------------------------------------------------------------

    def go_to_first_match(self) -> None:
        """Down or Enter in the filter box: to the first record found, or to the whole tree
        when the box is empty. A filter that found nothing keeps the focus in the box: in
        the empty tree the officer's next keys (to correct what was typed) were lost."""
        window = self.window
        index = window.model.first_match()
        if index.isValid():
            window.tree.setCurrentIndex(index)
            window.tree.scrollTo(index)
        elif window.model.filtering:
            return
        window.tree.setFocus()

    def show_group(self) -> None:
        """A group row selected shows what the group holds, with its counts as they are now
        (a filter's count goes with the filter)."""
        window = self.window
        node = window.controller.current_node()
        placeholder: QLabel = window.editor.placeholder
        if window.editor.kind is None and node is not None and node.kind in GROUPS:
            window.editor.heading.setText(window.model.label(node))
            placeholder.setText(window.model.summary(node))
        elif placeholder.text() != self.default_placeholder:
            placeholder.setText(self.default_placeholder)
