"""A tooltip from the filtered tree goes when its row does (a finding of the new-user walk:
after Esc, or as more was typed, it stayed until the mouse moved, naming a row no longer
there); a tooltip of another widget is left alone."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.helpers import find


def hover_tip(window, qtbot, label: str) -> str:
    """The tooltip the tree shows for the row `label` as the mouse rests on it."""
    index = find(window, label)
    assert index.isValid(), label
    viewport = window.tree.viewport()
    pos = window.tree.visualRect(index).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    return QToolTip.text()


def gone(qtbot) -> None:
    """The tooltip goes as Qt hides one (QToolTip.hideText: within 300 ms); left alone
    it stays 10 s and more, until the mouse moves."""
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)


def test_esc_clearing_the_filter_hides_the_tooltip_of_a_filtered_row(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Chinese medicine")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
    tip = hover_tip(window, qtbot, "12.1")
    assert "Chinese medicine" in tip
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    assert not window.model.filtering
    gone(qtbot)


def test_esc_in_the_tree_hides_the_tooltip_of_a_filtered_row(window, qtbot):
    """Esc pressed in the tree itself (focus stays there, so no focus change hides it)."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Chinese medicine")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    tip = hover_tip(window, qtbot, "12.1")
    assert "Chinese medicine" in tip
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert not window.model.filtering
    gone(qtbot)


def test_typing_on_in_the_filter_hides_a_tooltip_whose_row_went(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Chinese medicine")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
    tip = hover_tip(window, qtbot, "12.1")
    assert "Chinese medicine" in tip
    qtbot.keyClicks(window.filter_box, " zzzz")
    qtbot.waitUntil(lambda: window.model.words and "zzzz" in window.model.words, timeout=5000)
    gone(qtbot)


def test_another_widgets_tooltip_stays_when_the_filter_is_cleared(window, qtbot):
    """Only the tree's own tooltip is hidden: one of the filter box's is left alone."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Chinese medicine")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    box = window.filter_box
    QToolTip.showText(box.mapToGlobal(box.rect().center()), "The box's own tip", box)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert not window.model.filtering
    qtbot.wait(400)  # longer than Qt takes to hide one (300 ms)
    assert QToolTip.isVisible() and QToolTip.text() == "The box's own tip"
    QToolTip.hideText()
