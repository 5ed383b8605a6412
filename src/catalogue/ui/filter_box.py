"""The filter box: typing narrows the tree, through a search on the session's worker thread.

Typing pauses FILTER_DELAY_MS before a search is asked for, so each keystroke stays
instant; only the answer to the newest text is shown. Esc clears the box and hands the
focus back to the tree.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from catalogue.errors import one_line
from catalogue.i18n import translate
from catalogue.ui.search import BackgroundSearch

FILTER_DELAY_MS = 150


class FilterBox(QLineEdit):
    found = Signal(str, object)
    """(text, SearchResult), or ("", None) when the filter was cleared."""
    failed = Signal(str)
    """A search failed: one line for the status bar."""
    escaped = Signal()
    """Esc was pressed: the filter is cleared and the tree should take the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("FilterBox", "Filter records (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.installEventFilter(self)
        self.searcher: BackgroundSearch | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.textChanged.connect(lambda _: self.timer.start())
        self.timer.timeout.connect(self._search_typed)

    def bind(self, searcher: BackgroundSearch) -> None:
        """Search through `searcher` from now on (the new session's), with an empty box."""
        self.searcher = searcher
        searcher.ready.connect(self._answered)
        self.clear_silently()

    def clear_silently(self) -> None:
        """Empty the box without searching (the tree is being reset anyway)."""
        self.timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _drop_pending(self) -> None:
        if self.searcher is not None:
            self.searcher.generation += 1  # answers still on their way are dropped

    def _search_typed(self) -> None:
        text = self.text()
        if text.strip() and self.searcher is not None:
            self.searcher.request(text)
        else:
            self._drop_pending()
            self.found.emit("", None)

    def _answered(self, text: str, result: object) -> None:
        if text != self.text():
            return  # typing went on; a newer answer is coming
        if isinstance(result, Exception):
            self.failed.emit(translate("FilterBox", "Search failed: {error}").format(
                error=one_line(result)))
            return
        self.found.emit(text, result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the box clears it and returns to the tree."""
        if (watched is self and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.clear_silently()
            self._drop_pending()
            self.found.emit("", None)
            self.escaped.emit()
            return True
        return super().eventFilter(watched, event)
