"""Keys in the Documents list on a real X server (the window's shortcuts see keys first
there): Delete removes the document, not the annex; Enter opens it.

Run by tests/ui/test_gui_documents.py::test_the_x_server_documents_tests_pass in a pytest of
their own; in the offscreen run they are skipped.
"""

import os
import subprocess

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from catalogue import queries
from tests.helpers import select

pytestmark = [
    pytest.mark.xserver,
    pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs X: run by "
                       "test_gui_documents.py::test_the_x_server_documents_tests_pass"),
]


class Viewer(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def press(key: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=30)


def test_delete_and_enter_in_the_list_act_on_the_document(window, qtbot, tmp_path):
    assert QApplication.platformName() == "xcb"
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open")
    try:
        source = tmp_path / "text.pdf"
        source.write_bytes(b"%PDF-1.7 the agreement")
        select(window, "Annex 2")
        owner = window.controller.shown()
        assert window.documents.attach_file(source)
        items = window.documents.panel.list
        window.activateWindow()
        items.setFocus()
        items.setCurrentRow(0)
        qtbot.waitUntil(items.hasFocus, timeout=5000)
        press("Return")
        qtbot.waitUntil(lambda: len(viewer.urls) == 1, timeout=5000)
        assert viewer.urls[0].fileName() == "text.pdf"
        press("Delete")
        qtbot.waitUntil(lambda: queries.documents_of(window.session.engine, owner) == [],
                        timeout=5000)
        assert QApplication.activeModalWidget() is None  # no "Delete annex 2?" question
        assert window.controller.shown() == owner  # the annex is still there, and shown
    finally:
        QDesktopServices.unsetUrlHandler("file")
