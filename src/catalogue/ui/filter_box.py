"""The filter box: typing narrows the tree, through a search on the session's worker thread.

Typing pauses FILTER_DELAY_MS before a search is asked for, so each keystroke stays
instant; only the answer to the newest text is shown. Down or Enter goes to the first match
(once the search for the text typed has answered), Esc clears the box and hands the focus
back to the tree. What the filter found (how many, nothing, or more than are shown) is said
just above the tree, in the notice.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from catalogue.errors import one_line
from catalogue.i18n import translate
from catalogue.ui.search import BackgroundSearch

if TYPE_CHECKING:
    from catalogue.queries import SearchResult

FILTER_DELAY_MS = 150
TO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FilterNotice(QLabel):
    """What the filter found, above the tree. While a filter is on it stays, and keeps the
    tallest height it has been given (its words wrap), so that one more word typed never
    moves the tree under the officer's eyes, nor makes the window lay itself out and
    paint again in full: only the tree and this line change. Cleared, it goes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("filterNotice")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#filterNotice { color: #5c4400; background: #fff4ce;"
                           " padding: 4px 6px; border-radius: 3px; }")

    def say(self, message: str) -> None:
        if message != self.text():
            self.setText(message)
        self.show()

    def leave(self) -> None:
        self.hide()
        self.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.isHidden() and event.size().height() > self.minimumHeight():
            self.setMinimumHeight(event.size().height())


class FilterBox(QLineEdit):
    found = Signal(str, object)
    """(text, SearchResult), or ("", None) when the filter was cleared."""
    failed = Signal(str)
    """A search failed: one line for the status bar."""
    escaped = Signal()
    """Esc was pressed: the filter is cleared and the tree should take the focus."""
    entered = Signal()
    """Down or Enter, with the matches of the text typed shown: go to the first one."""
    counted = Signal(str, int)
    """(text, total): every match of the text shown is counted (it was shown uncounted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.installEventFilter(self)
        self.searcher: BackgroundSearch | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self._quiet = False
        self.textChanged.connect(lambda _: None if self._quiet else self.timer.start())
        self.timer.timeout.connect(self._search_typed)
        self._shown = ""
        """The text whose matches the tree shows."""
        self._found: SearchResult | None = None
        """What the tree shows for it."""
        self._go_when_found = False
        self._to_count = ""
        self.count_timer = QTimer(self)
        """Starts a count once the tree is painted (see count)."""
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(0)
        self.count_timer.timeout.connect(self._count_now)
        self.notice = FilterNotice()
        self.retranslate()

    def retranslate(self) -> None:
        """The hint in the language now installed; the notice is said again at the next
        search."""
        self.setPlaceholderText(translate("FilterBox", "Filter records (Ctrl+F)"))
        self.notice.leave()

    def bind(self, searcher: BackgroundSearch) -> None:
        """Search through `searcher` from now on (the new session's), with an empty box."""
        self.searcher = searcher
        searcher.ready.connect(self._answered)
        searcher.counted.connect(self._counted)
        self.clear_silently()

    def clear_silently(self) -> None:
        """Empty the box without searching (the tree is being reset anyway)."""
        self.timer.stop()
        self._go_when_found = False
        self._quiet = True  # not blockSignals(): the box's own clear button must hear it
        self.clear()
        self._quiet = False

    def clear_filter(self) -> None:
        """Empty the box and show everything, now (Esc)."""
        self.clear_silently()
        self._drop_pending()
        self.found.emit("", None)
        self.escaped.emit()

    def show_result(self, text: str, found: "SearchResult | None") -> None:
        """Say above the tree what the filter found: how many, none, or more than shown."""
        self._shown, self._found = text, found
        if found is None:
            self.notice.leave()
        elif not found.matches:
            self.notice.say(translate("FilterBox", "No record contains \u201c{text}\u201d. "
                                      "Esc clears the filter.").format(text=text.strip()))
        elif found.more:
            self.notice.say(self._more(len(found.matches), found.total))
        else:
            self.notice.say(translate("FilterBox", "%n record(s) match.", None,
                                      len(found.matches)))

    @staticmethod
    def _more(shown: int, total: int | None) -> str:
        if total is None:
            return translate("FilterBox", "The first {shown} matching records shown (counting "
                             "the rest\u2026): add words to narrow the search.").format(
                                 shown=shown)
        return translate("FilterBox", "{shown} of %Ln matching record(s) shown: add words to "
                         "narrow the search.", None, total).format(shown=shown)

    def count(self, text: str) -> None:
        """Count the matches of `text`, shown without their total, once the tree showing
        them is painted: a timer fires after the events waiting now, the paint among them.
        Begun at once, the count's thread (and on a server, the server's own work) ran
        beside the paint and held back the matches the officer is waiting for."""
        self._to_count = text
        self.count_timer.start()

    def _count_now(self) -> None:
        if self.searcher is not None and self._to_count == self._shown:
            self.searcher.count(self._to_count)

    def _counted(self, text: str, result: object) -> None:
        if text != self._shown or self._found is None:
            return  # another filter is shown now
        if isinstance(result, Exception):
            self.failed.emit(translate("FilterBox", "Search failed: {error}").format(
                error=one_line(result)))
            return
        assert isinstance(result, int)
        if self._found.more:
            self.notice.say(self._more(len(self._found.matches), result))
        self.counted.emit(text, result)

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
            if self._go_when_found:
                self._go_when_found = False
                self.entered.emit()

    def _answered(self, text: str, result: object) -> None:
        if text != self.text():
            return  # typing went on; a newer answer is coming
        if isinstance(result, Exception):
            self._go_when_found = False
            self.failed.emit(translate("FilterBox", "Search failed: {error}").format(
                error=one_line(result)))
            return
        self.found.emit(text, result)
        if self._go_when_found:
            self._go_when_found = False
            self.entered.emit()

    def _go_to_results(self) -> None:
        """Down or Enter: to the first match, after searching for what was just typed."""
        if self.timer.isActive() or (self.text().strip() and self.text() != self._shown):
            self._go_when_found = True
            self.timer.stop()
            self._search_typed()
        else:
            self.entered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the box clears it and returns to the tree; Down and Enter go to the
        first match."""
        if (watched is self and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                == Qt.KeyboardModifier.NoModifier):
            if event.key() == Qt.Key.Key_Escape:
                self.clear_filter()
                return True
            if event.key() in TO_RESULTS:
                self._go_to_results()
                return True
        return super().eventFilter(watched, event)
