"""The status bar: a message on the left, the record counts on the right, never overlapping.

QStatusBar draws a message as one line through whatever stands to its right, so a long
one (an export's path) ran into the counts. Here the message is drawn cut short with an
ellipsis before the counts, and its whole text is the tooltip; `currentMessage()` still
gives the whole text. While a message shows, the counts give it the room it needs (down to
COUNTS_KEEP, cut short with an ellipsis, their whole text in their tooltip) and take their
room back once it is gone: in a 700-pixel window the counts alone are some 400 pixels,
which left a message about 270, a file name's worth.
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

LEFT = 6
"""Where Qt starts a message."""
GAP = 8
"""Between the message and the counts."""
COUNTS_KEEP = 110
"""What the counts keep of their width while a long message shows ("15 areas · 35 m…")."""
UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX


class CountsLabel(QLabel):
    """The record counts, cut short with an ellipsis when the bar gives them less room
    than their text needs (the whole text is then the tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        """New counts (or the same in another language, longer or shorter): the bar makes
        their room again. Kept at the width of the words before, English counts were cut
        short after a Chinese window's ("20 agreeme…"), with room to spare (walk8)."""
        super().setText(text)
        bar = self.parentWidget()
        if isinstance(bar, StatusBar):
            bar.make_room()

    def full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 4

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.palette(),
            self.isEnabled(), shown, self.foregroundRole())


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = CountsLabel()
        self.addPermanentWidget(self.counts)
        self._tail = 12
        """The bar's width right of the counts (a size grip, a team's who-is-here)."""
        self.messageChanged.connect(self._changed)

    def message_rect(self) -> QRect:
        """Where the message may be drawn: up to the counts."""
        right = self.counts.x() - GAP if self.counts.isVisible() else self.width() - 12
        return QRect(LEFT, 0, max(right - LEFT, 0), self.height())

    def shown_message(self) -> str:
        """The message as drawn: elided in the middle to fit before the counts."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideMiddle,
                                             self.message_rect().width())

    def _changed(self, text: str) -> None:
        if self.counts.isVisible():
            self._tail = self.width() - self.counts.geometry().right() - 1
        self.make_room()
        self._tip()

    def make_room(self) -> None:
        """The counts' width: all they need, less what a message needs beyond the rest
        (without a message, no limit)."""
        message = self.currentMessage()
        full = self.counts.full_width() if message else UNLIMITED
        if message:
            room = self.width() - self._tail - LEFT - GAP
            full = min(full, max(COUNTS_KEEP, room - self.fontMetrics().horizontalAdvance(
                message) - 2))
        if self.counts.maximumWidth() != full:
            self.counts.setMaximumWidth(full)
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the counts' place now, for message_rect

    def _tip(self) -> None:
        text = self.currentMessage()
        self.setToolTip(text if text and text != self.shown_message() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage():
            self.make_room()
            self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """As QStatusBar paints (panel, the counts' frame, the message), the message cut."""
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter,
                                   self)
        if self.counts.isVisible():
            frame = QStyleOption()
            frame.rect = self.counts.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame,
                                       painter, self.counts)
        if self.currentMessage():
            painter.setPen(self.palette().windowText().color())
            painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                             | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                             self.shown_message())
