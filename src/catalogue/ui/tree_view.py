"""The tree's view: a usable minimum width, the filter's words highlighted, Esc to clear.

The words are marked by a delegate that paints each label itself (elided as Qt would), so
the model keeps giving plain text to everything else (tests, accessibility, tooltips).
"""

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from catalogue.storage.casefold import match_spans
from catalogue.ui.cjk import default_script, font_for
from catalogue.ui.tree_model import CatalogueTreeModel

TREE_MIN_WIDTH = 220
"""Narrower, and the labels are cut to a few letters (at 55 px nothing could be read)."""
HIGHLIGHT = "#ffe066"
"""Behind each word the filter found."""


def spans(text: str, words: Sequence[str]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, matched) pieces covering `text`; matched where one of `words` is, folded
    as the search folds them (storage.casefold: ß is ss there, so "ss" marks the ß)."""
    done = 0
    for start, end in match_spans(text, words):
        if start > done:
            yield done, start, False
        yield start, end, True
        done = end
    if done < len(text):
        yield done, len(text), False


_MARKED, _MARKED_TEXT = QColor(HIGHLIGHT), QColor("black")


class MatchDelegate(QStyledItemDelegate):
    """Paints a row as Qt does, then its text with the filter's words marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        words = model.words if isinstance(model, CatalogueTreeModel) else ()
        if not words:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = text
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, opt.textElideMode, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        plain = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        x = rect.left()
        top, height = rect.top(), rect.height()
        # centred as AlignVCenter centres a line; drawn at its baseline, which skips the
        # layout a rectangle and flags cost on each piece of each row
        baseline = top + (height - metrics.height()) // 2 + metrics.ascent()
        pieces = list(spans(shown, words))
        if plain == _MARKED_TEXT:  # one colour: the marks behind, then the line at once
            for start, end, matched in pieces:
                width = metrics.horizontalAdvance(shown[start:end])
                if matched:
                    painter.fillRect(QRect(x, top + 1, width, height - 2), _MARKED)
                x += width
            painter.setPen(plain)
            painter.drawText(rect.left(), baseline, shown)
        else:  # a selected row: its words in the marks' colour, the rest in the selection's
            for start, end, matched in pieces:
                piece = shown[start:end]
                width = metrics.horizontalAdvance(piece)
                if matched:
                    painter.fillRect(QRect(x, top + 1, width, height - 2), _MARKED)
                painter.setPen(_MARKED_TEXT if matched else plain)
                painter.drawText(x, baseline, piece)
                x += width
        painter.restore()


class CatalogueTree(QTreeView):
    clear_filter = Signal()
    """Esc in the tree while it is filtered: clear the filter (as Esc in the filter box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setIconSize(QSize(16, 16))
        self.setMinimumWidth(TREE_MIN_WIDTH)
        self.setItemDelegate(MatchDelegate(self))
        # Chinese labels in the regional glyphs of the window's script (Hong Kong in English)
        self.setFont(font_for(self.font(), default_script()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if (event.key() == Qt.Key.Key_Escape and isinstance(model, CatalogueTreeModel)
                and model.filtering):
            self.clear_filter.emit()
            return
        super().keyPressEvent(event)
