"""Findings of the fifth walk through the window as a new officer (Xvfb + openbox, the
keyboard only, a narrow filtered tree on the 100,000-record file), fixed: each test failed
on the code before its fix.

- Tab from the tree stopped first on the scroll area that holds the editor's forms: a
  stop with nothing drawn focused, so the officer pressed Tab and saw nothing happen;
- in a narrow filtered tree an annex whose found word lay past the row's end showed
  "Annex …the Trade Cou…" (or no number at all): every such annex read the same, the
  number that tells them apart was the part cut away.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from catalogue.ui.tree_view import shown_label


def test_tab_from_the_tree_goes_to_something_that_shows_focus(window, qtbot):
    window.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    # the forms' scroll area draws no focus: Tab seemed to do nothing
    assert not isinstance(focused, QScrollArea), focused
    assert focused is not None and focused.window() is window
    assert window.editor.isAncestorOf(focused), focused  # its tabs, or its first field
    forms = window.findChild(QScrollArea, "formScroll")
    assert isinstance(forms, QAbstractScrollArea)
    assert forms.focusPolicy() == Qt.FocusPolicy.NoFocus


LONG_TITLE = ("Memorandum of Co-operation on Tourism between the Digital Economy Bureau and "
              "the Trade Council")


def test_a_narrow_row_keeps_its_number_before_the_word_found(qapp):
    metrics = QFontMetrics(QApplication.font())
    for number, text in (("Annex 3: ", "Annex 3: " + LONG_TITLE),
                         ("附件 6：", "附件 6：" + LONG_TITLE),
                         ("(xvi) ", "(xvi) " + LONG_TITLE),
                         ("12.15  ", "12.15  " + LONG_TITLE)):
        room = metrics.horizontalAdvance(number + "\u2026the Trade\u2026") + (
            metrics.averageCharWidth())  # Qt elides a text as wide as the row
        for width in range(room, room + 80, 8):  # a narrow tree, as a dragged splitter makes
            shown = shown_label(metrics, text, ["trade"], width,
                                Qt.TextElideMode.ElideRight)
            assert shown.startswith(number + "\u2026"), (width, shown)
            assert "Trade" in shown, (width, shown)
    # an official's row keeps the name, not two of its three words
    official = "Ms Lin Cheung \u2014 Director of Trade and Industry Co-operation Affairs"
    width = metrics.horizontalAdvance("Ms Lin Cheung \u2014 \u2026of Trade\u2026") + (
        metrics.averageCharWidth())
    shown = shown_label(metrics, official, ["trade"], width, Qt.TextElideMode.ElideRight)
    assert shown.startswith("Ms Lin Cheung \u2014 "), shown
