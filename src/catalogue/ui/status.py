"""The status bar: a message on the left, the record counts on the right, never overlapping.

QStatusBar draws a message as one line through whatever stands to its right, so a long
one (an export's path) ran into the counts. Here the message is drawn cut short with an
ellipsis before the counts, and its whole text is the tooltip; `currentMessage()` still
gives the whole text.
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

LEFT = 6
"""Where Qt starts a message."""


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.addPermanentWidget(self.counts)
        self.messageChanged.connect(self._tip)

    def message_rect(self) -> QRect:
        """Where the message may be drawn: up to the counts."""
        right = self.counts.x() - 8 if self.counts.isVisible() else self.width() - 12
        return QRect(LEFT, 0, max(right - LEFT, 0), self.height())

    def shown_message(self) -> str:
        """The message as drawn: elided in the middle to fit before the counts."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideMiddle,
                                             self.message_rect().width())

    def _tip(self, text: str) -> None:
        self.setToolTip(text if text and text != self.shown_message() else "")

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
