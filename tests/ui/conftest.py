"""Fixtures of the GUI tests (pytest-qt, offscreen: see tests/conftest.py)."""

import os

import pytest

from catalogue.ui.app import make_application, open_window
from tests.helpers import show_checked


def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked `xserver` need the xcb platform, which this process may not have: on
    any other they are left out (tests/ui/test_x_editing.py runs them in a process of
    their own on a real X server)."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        return
    kept = [item for item in items if item.get_closest_marker("xserver") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _deleted_when_the_test_ends():
    """What a test left to deleteLater() is deleted when it ends, as the app's own loop
    deletes it at once (a test's nested waits do not). A window left waiting, its server
    database dropped with its test, took the next test's change of language and asked the
    dropped database: test_walk5's Chinese undo-conflict test failed after break9's server
    test whenever the two ran in one session without a loop between them."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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


@pytest.fixture
def ms_chan():
    """Ms Chan's name in the settings, as the officer whose window the test drives (the
    application first: it names where settings live)."""
    from PySide6.QtCore import QSettings

    from catalogue.spec import OFFICER_SETTING

    make_application()
    QSettings().setValue(OFFICER_SETTING, "Ms Chan")
    yield
    QSettings().remove(OFFICER_SETTING)
