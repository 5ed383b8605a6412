"""Items 7 and 11 of #13 in a real X server with a real window manager (openbox), where the
window manager, not Qt, has the last word on a window's size and the mouse really clicks.

Run by tests/ui/test_finding.py::test_the_x_server_tests_pass_under_xvfb_and_openbox in a
pytest of their own (`python -m pytest -m xserver tests/ui/test_x_finding.py` with DISPLAY
set and QT_QPA_PLATFORM=xcb); in the offscreen run they are skipped.
"""

import os

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.helpers import find, select

pytestmark = [
    pytest.mark.xserver,
    pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs X: run by "
                       "test_finding.py::test_the_x_server_tests_pass_under_xvfb_and_openbox"),
]
SHOTS = "/tmp/catalogue-x-finding"


def shot(widget, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(f"{SHOTS}/{name}.png")


def settle(qtbot, ms: int = 300) -> None:
    """Let Qt and the window manager finish what they do after a change."""
    QApplication.processEvents()
    qtbot.wait(ms)


def test_clearing_the_filter_keeps_the_record_found_selected_and_in_view(window, qtbot):
    assert QApplication.platformName() == "xcb"
    window.resize(900, 480)  # small enough that 12.1 is out of view with the lists open
    window.tree.expand(find(window, "Officials"))
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Chinese medicine")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
    found = find(window, "12.1")
    assert found.isValid()
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.tree.visualRect(found).center())
    assert window.editor.kind == "measure"
    measure = window.editor.record_id
    window.filter_box.setFocus()
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    settle(qtbot)
    shot(window, "filter-cleared")
    assert not window.model.filtering
    current = window.tree.currentIndex()
    assert current.data().startswith("12.1")
    assert window.tree.selectionModel().isSelected(current)
    assert (window.editor.kind, window.editor.record_id) == ("measure", measure)
    parent = current.parent()
    while parent.isValid():
        assert window.tree.isExpanded(parent), parent.data()
        parent = parent.parent()
    assert window.tree.viewport().rect().contains(window.tree.visualRect(current))
    assert window.tree.isExpanded(find(window, "Officials")), "what was open stays open"
    assert window.tree.isExpanded(find(window, "Co-operation areas"))


def test_a_small_window_never_grows_and_the_tree_keeps_a_usable_width(window, qtbot):
    window.resize(640, 420)
    qtbot.waitUntil(lambda: window.size() == QSize(640, 420), timeout=5000)
    window.tree.expand(find(window, "Agreements"))
    for label in ("Sixth Plenary", "3.1", "Mr Paul Chan", "Annex 2", "(ii)"):
        select(window, label)
        settle(qtbot)
        assert window.size() == QSize(640, 420), label
        assert window.tree.width() >= 200, (label, window.tree.width())
    shot(window, "agreement-640x420")
    assert window.editor.kind == "agreement"
    form = window.editor.forms["agreement"]
    area = form.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None, "the form sits in a scroll area"
    assert area.verticalScrollBar().isVisible(), "the form scrolls instead of growing"
    assert not area.horizontalScrollBar().isVisible()
    assert window.editor.save_button.isVisible()
    assert window.editor.save_button.mapTo(window, window.editor.save_button.rect()
                                           .bottomRight()).y() < window.height()
