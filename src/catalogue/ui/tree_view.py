"""The tree's view: a usable minimum width, the filter's words highlighted, Esc to clear,
and a row's tooltip gone with the row (a filter cleared or changed under the mouse).

The words are marked by a delegate that paints each label itself (elided as Qt would), so
the model keeps giving plain text to everything else (tests, accessibility, tooltips).
"""

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QWidget,
)

from catalogue.storage.casefold import match_spans
from catalogue.ui.cjk import default_script, font_for
from catalogue.ui.icons import badge
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


ELLIPSIS = "\u2026"
CONTEXT = 12
"""Letters kept before a found word moved into sight: the word before it, when short."""
_WORD_ENDS = frozenset(" \uff1a")
"""Where the beginning kept may end; and after any Chinese character (no spaces there)."""
_NUMBER_ENDS = ("  ", ") ", ": ", "\uff1a", " \u2014 ")
"""What ends a label's number near its start ("1.15  ", "(xvi) ", "Annex 7: ", "附件 6：")
or an official's name ("Ms Lin Cheung — "): what tells one row from the next."""
NUMBER_LENGTH = 40
"""Letters of a label's start searched for its number's end."""


def _number_end(text: str) -> int:
    """Where `text`'s number (an official's name) ends; 0 when none ends near its start."""
    ends = [at + len(end) for end in _NUMBER_ENDS
            if (at := text.find(end, 0, NUMBER_LENGTH)) >= 0]
    return min(ends, default=0)


def _beginning(metrics: QFontMetrics, text: str, width: int) -> str:
    """As much of `text` as is likely to be wider than `width` pixels: letters at two
    thirds of the font's average width, and a few more. One that turns out to fit is no
    error (callers then take the whole text); a longer one costs shaping letters never
    drawn, most of a row's time when a measure runs to thousands of them."""
    return text[:width * 2 // max(1, metrics.averageCharWidth()) + 8]


def elided(metrics: QFontMetrics, text: str, mode: Qt.TextElideMode, width: int) -> str:
    """`metrics.elidedText(text, mode, width)` without shaping the whole of a long text (a
    measure's text runs to thousands of letters; a row shows a few dozen): a beginning too
    wide for the row is cut where the whole would be."""
    if mode == Qt.TextElideMode.ElideRight:
        beginning = _beginning(metrics, text, width)
        if len(beginning) < len(text):
            shown = metrics.elidedText(beginning, mode, width)
            if shown != beginning:  # it did not fit: the cut is inside it
                return shown
    return metrics.elidedText(text, mode, width)


def shown_label(metrics: QFontMetrics, text: str, words: Sequence[str], width: int,
                mode: Qt.TextElideMode) -> str:
    """`text` elided to `width` as Qt elides it, unless that cuts off the first word the
    filter found: then the label's beginning (its number at least: "(xvi) ", "1.15 ",
    "Annex 7: "), an ellipsis, and the text from just before the word, so the officer sees
    why the row matched (cut at the end, most rows of a narrow tree showed no mark at all)."""
    shown = elided(metrics, text, mode, width)
    if shown == text or mode != Qt.TextElideMode.ElideRight:
        return shown
    kept = shown[:-len(ELLIPSIS)] if shown.endswith(ELLIPSIS) else ""
    if kept and text.startswith(kept) and match_spans(kept, words):
        return shown  # a word is in sight: the whole text need not be searched
    start, end = next(iter(match_spans(text, words)), (0, 0))
    if end <= len(shown) - len(ELLIPSIS) and shown.startswith(text[:end]):
        return shown  # the word is in sight (or there is none)
    before = text.rfind(" ", 0, max(start - 1, 0)) + 1  # the word before the found one
    if start - before > CONTEXT:
        before = start - min(start, 2)
    # as many whole words of the beginning as leave the rest in sight (a third of the row
    # at least, for the number: "附件 6：" has no space after it)
    rest = ELLIPSIS + text[before:]
    rest_width = metrics.horizontalAdvance(_beginning(metrics, rest, width))
    if rest_width <= width:  # the beginning fits: measure it all (it may be all there is)
        rest_width = metrics.horizontalAdvance(rest)
    room = max(width // 3, width - rest_width
               - metrics.averageCharWidth())  # pieces measured apart add up to a little less
    # the longest beginning that fits, found by halves (a prefix is never narrower than a
    # shorter one): measuring every Chinese character's prefix in turn cost a dozen
    # shapings a row. Beyond room // 2 letters none fits (no letter drawn is under 2 px)
    ends = [at + 1 for at, letter in enumerate(text[:min(before, room // 2 + 8)])
            if letter in _WORD_ENDS or letter >= "\u2e80"]
    low, high = 0, len(ends)
    while low < high:
        middle = (low + high) // 2
        if metrics.horizontalAdvance(text[:ends[middle]]) > room:
            high = middle
        else:
            low = middle + 1
    head = text[:ends[low - 1]] if low else ""
    number = _number_end(text)
    if len(head) < number <= before and metrics.horizontalAdvance(
            text[:number] + ELLIPSIS + text[before:end]
            + (ELLIPSIS if end < len(text) else "")) <= width - metrics.averageCharWidth():
        # the number and the word both fit: keep the whole number ("Annex …the Trade"
        # read the same for every annex of a narrow tree; its number was cut away)
        head = text[:number]
    return elided(metrics, head + rest, mode, width)


_MARKED, _MARKED_TEXT = QColor(HIGHLIGHT), QColor("black")


_PLAIN_ROW = QStyle.StateFlag.State_Enabled.value
_DRAWN_BY_STYLE = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver
                   | QStyle.StateFlag.State_HasFocus).value
"""A row in none of these states the style paints as its icon and its text alone (as
ints: Python's enum flags cost several calls for each & of each row)."""


class _Places(NamedTuple):
    """Where the style puts a row's icon and text, relative to the row's rectangle (the
    same for every row of one height and font: measured once, not for each row)."""

    icon: QRect
    text_left: int
    text_right: int  # from the row's right edge
    text_top: int
    text_height: int


class MatchDelegate(QStyledItemDelegate):
    """Paints a row as Qt does, then its text with the filter's words marked.

    A filter repaints a screenful of rows at each keystroke, so a plain row (not selected,
    under the mouse or focused) is drawn from places measured once per row height and font
    and from each kind's icon drawn once; the others go through the style in full. Both
    draw the same pixels (tests/ui/test_tree_paint.py compares them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places: dict[tuple[int, int], tuple[QFont, _Places]] = {}
        self._icons: dict[tuple[str, int, int, float], QPixmap] = {}
        self.lean = True
        """False: every row through the style (what the test compares the lean rows to)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, CatalogueTreeModel) or not model.words:
            super().paint(painter, option, index)
            return
        # while filtering, every row takes the lean path below (the rows above the
        # records found too, with no word to mark: through the style they cost more)
        words = model.marks(index.internalPointer())
        state = option.state.value
        if (not self.lean or state & _DRAWN_BY_STYLE or not state & _PLAIN_ROW
                or option.direction != Qt.LayoutDirection.LeftToRight):
            self._paint_styled(painter, option, index, words,
                               model.label(index.internalPointer(), whole=True))
            return
        node = index.internalPointer()
        rect: QRect = option.rect
        places = self._measured(option, index)
        icon = self._icon(model.kind_icon(node), places.icon)
        painter.drawPixmap(rect.left() + places.icon.left(), rect.top() + places.icon.top(),
                           icon)
        text_rect = QRect(rect.left() + places.text_left, rect.top() + places.text_top,
                          rect.width() - places.text_left - places.text_right,
                          places.text_height)
        metrics = option.fontMetrics
        text = model.label(node, whole=True)  # a word past the summary is shown too
        self._marked_text(painter, option.font, metrics,
                          shown_label(metrics, text, words, text_rect.width(),
                                      option.textElideMode),
                          text_rect, words, option.palette.color(
                              QPalette.ColorRole.Text))

    def _paint_styled(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex | QPersistentModelIndex, words: Sequence[str],
                      text: str) -> None:
        """The row through the style (selection, hover and focus as the style draws them),
        its text left out, then the text with its marks."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        shown, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = shown
        rect = self._text_rect(style, opt, widget)
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        self._marked_text(painter, opt.font, metrics,
                          shown_label(metrics, text, words, rect.width(),
                                      opt.textElideMode),
                          rect, words, opt.palette.color(
                              QPalette.ColorRole.HighlightedText if selected
                              else QPalette.ColorRole.Text))

    @staticmethod
    def _text_rect(style: QStyle, opt: QStyleOptionViewItem, widget: QWidget | None) -> QRect:
        """Where the style draws a row's text, less the margin it keeps inside."""
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return rect.adjusted(margin, 0, -margin, 0)

    def _measured(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> _Places:
        rect: QRect = option.rect
        key = (rect.height(), id(option.widget))
        font = option.font
        font_and_places = self._places.get(key)
        if font_and_places is not None and font_and_places[0] == font:
            places = font_and_places[1]  # compared, not keyed by QFont.key(): a string
        else:  # made at each call, a tenth of a row's own paint time
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            widget = opt.widget
            style = widget.style() if widget is not None else QApplication.style()
            icon = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt,
                                        widget).translated(-rect.left(), -rect.top())
            text = self._text_rect(style, opt, widget)
            places = _Places(icon, text.left() - rect.left(), rect.right() - text.right(),
                             text.top() - rect.top(), text.height())
            self._places[key] = (QFont(font), places)
        return places

    def _icon(self, kind: str, place: QRect) -> QPixmap:
        """The kind's badge at the size the style gives it, drawn once (as QIcon.paint
        draws it: centred in its place)."""
        view = self.parent()
        ratio = view.devicePixelRatioF() if isinstance(view, QWidget) else 1.0
        key = (kind, place.width(), place.height(), ratio)
        pixmap = self._icons.get(key)
        if pixmap is None:
            pixmap = QPixmap(place.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            badge(kind).paint(painter, QRect(QPoint(0, 0), place.size()))
            painter.end()
            pixmap = self._icons[key] = pixmap
        return pixmap

    @staticmethod
    def _marked_text(painter: QPainter, font: QFont, metrics: QFontMetrics, shown: str,
                     rect: QRect, words: Sequence[str], plain: QColor) -> None:
        """`shown` in `rect` (centred as AlignVCenter centres a line) with `words` marked."""
        painter.save()
        painter.setFont(font)
        x = rect.left()
        top, height = rect.top(), rect.height()
        # drawn at its baseline, which skips the layout a rectangle and flags cost on each
        # piece of each row
        baseline = top + (height - metrics.height()) // 2 + metrics.ascent()
        if plain == _MARKED_TEXT:  # one colour: the marks behind, then the line at once
            # only what comes before a mark, and the mark, is measured: shaping text is
            # most of a row's cost, and most rows of a filtered tree have no mark at all
            done = 0
            for start, end in match_spans(shown, words):
                if start > done:
                    x += metrics.horizontalAdvance(shown[done:start])
                width = metrics.horizontalAdvance(shown[start:end])
                painter.fillRect(QRect(x, top + 1, width, height - 2), _MARKED)
                x += width
                done = end
            painter.setPen(plain)
            painter.drawText(rect.left(), baseline, shown)
        else:  # a selected row: its words in the marks' colour, the rest in the selection's
            for start, end, matched in spans(shown, words):
                piece = shown[start:end]
                width = metrics.horizontalAdvance(piece)
                if matched:
                    painter.fillRect(QRect(x, top + 1, width, height - 2), _MARKED)
                painter.setPen(_MARKED_TEXT if matched else plain)
                painter.drawText(x, baseline, piece)
                x += width
        painter.restore()


_BRANCH_STATES = [QStyle.StateFlag.State_Item, QStyle.StateFlag.State_Sibling,
                  QStyle.StateFlag.State_Open, QStyle.StateFlag.State_Selected,
                  QStyle.StateFlag.State_MouseOver, QStyle.StateFlag.State_HasFocus,
                  QStyle.StateFlag.State_Active]
"""What QTreeView.drawBranches may pass with a row that has no children (with State_Enabled:
a disabled tree's rows are left to Qt)."""


def _branchless(view: QTreeView) -> bool:
    """Whether `view`'s style draws nothing for a childless row's branches at any level in
    any of its states (_BRANCH_STATES), tried side by side in one image."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    side = max(view.indentation(), 1)
    combinations = 1 << len(_BRANCH_STATES)
    image = QImage(side * combinations, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    blank = QImage(image)
    painter = QPainter(image)
    style = view.style()
    for number in range(combinations):
        state = QStyle.StateFlag.State_Enabled
        for bit, flag in enumerate(_BRANCH_STATES):
            if number >> bit & 1:
                state |= flag
        option.state = state
        option.rect = QRect(number * side, 0, side, side)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, option, painter, view)
    painter.end()
    return image == blank


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
        self.lean_branches = True
        """False: every row's branches drawn by Qt (what the test compares the lean to)."""
        self._branchless: bool | None = None
        self._tip: tuple[QPoint, str] | None = None
        """Where the mouse rested for the last tooltip the tree showed, and its text."""

    def drawBranches(self, painter: QPainter, rect: QRect,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Nothing for a row without children in a style that draws only the arrows (as
        Fusion, Windows Vista/11 and macOS do: no lines). Qt would still go up the row's
        parents, asking the model at each level: two thirds of a filtered tree's rows are
        such, and a repaint made some 300 calls into the model for them."""
        if self.lean_branches and self.isEnabled() and self._draws_no_lines():
            model = self.model()
            if model is not None and not model.hasChildren(index):
                return
        super().drawBranches(painter, rect, index)

    def _draws_no_lines(self) -> bool:
        """Whether the style draws nothing in a row's branches when the row has no children,
        in any state a row is drawn in: tried once per style, into an image."""
        if self._branchless is None:
            self._branchless = _branchless(self)
        return self._branchless

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._branchless = None  # another style (or style sheet): try it again
        super().changeEvent(event)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """The rows may change under a tooltip: the filter set, changed or cleared (a
        reset), another officer's change (rows in, out or moved)."""
        old = self.model()
        if old is not None:
            for signal in self._changing(old):
                signal.disconnect(self._rows_changed)
        super().setModel(model)
        if model is not None:
            for signal in self._changing(model):
                signal.connect(self._rows_changed)

    @staticmethod
    def _changing(model: QAbstractItemModel) -> tuple[Any, ...]:
        return (model.modelReset, model.layoutChanged, model.rowsInserted,
                model.rowsRemoved, model.rowsMoved)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tip = ((event.pos(), QToolTip.text()) if QToolTip.isVisible() else None)
        return handled

    def _rows_changed(self, *_args: object) -> None:
        """Hide the tree's tooltip once the row it was shown for is not under the mouse
        any more (Esc cleared the filter, a word was typed): on Linux no key hides a
        tooltip, so it stayed, naming a row that was gone, until the mouse moved. A
        tooltip of anything else is left alone."""
        if self._tip is None:
            return
        pos, text = self._tip
        if not QToolTip.isVisible() or QToolTip.text() != text:
            self._tip = None  # gone already, or another widget's
            return
        index = self.indexAt(pos)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole) != text:
            QToolTip.hideText()
            self._tip = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if (event.key() == Qt.Key.Key_Escape and isinstance(model, CatalogueTreeModel)
                and model.filtering):
            self.clear_filter.emit()
            return
        super().keyPressEvent(event)
