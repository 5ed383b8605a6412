"""Fixtures of the GUI tests (pytest-qt, offscreen: see tests/conftest.py)."""

import pytest

from catalogue.ui.app import make_application, open_window
from tests.helpers import show_checked


@pytest.fixture
def window(qtbot, catalogue_file):
    make_application()
    win = open_window(str(catalogue_file))
    show_checked(qtbot, win)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    # Closed here rather than by qtbot, which would close it before this revert and so
    # meet the (real) unsaved-changes question with nobody to answer it.
    if win.isVisible():
        win.editor.revert()
        win.close()
    win.deleteLater()
