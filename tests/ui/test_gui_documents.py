"""Annex documents in the window (issue #14 item 7): attach with the button, by dropping a
file or as a web address; open in the system's viewer from a private copy; save out; remove;
undo and redo each; refusals in one line with nothing written."""

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from catalogue import queries
from catalogue.documents import MAX_DOCUMENT_BYTES
from catalogue.kinds import Kind, RecordKey
from tests.helpers import AnswerEvery, click_button, dump, on_next_dialog, select

DATA = b"%PDF-1.7\n" + bytes(range(256)) * 4096 + b"\r\n%%EOF\n"
NAME = "協議 文本 (annex 2).pdf"


class Viewer(QObject):
    """Stands in for the system's viewer and browser: QDesktopServices hands it the URLs
    it would open (Qt's own hook for this), so nothing is launched in a test."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def viewer():
    handler = Viewer()
    for scheme in ("file", "http", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("file", "http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def pick(path: Path):
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def panel(window):
    return window.documents.panel


def listed(window) -> list[str]:
    items = panel(window).list
    return [items.item(row).text() for row in range(items.count())]


def stored(engine, owner: RecordKey) -> dict[str, bytes | str]:
    return {info.title: info.url if info.is_link else queries.document_content(
        engine, info.id)[1] for info in queries.documents_of(engine, owner)}


def shown_owner(window) -> RecordKey:
    owner = window.controller.shown()
    assert owner is not None
    return owner


def test_a_file_round_trips_byte_for_byte_through_the_window(window, qtbot, engine, tmp_path,
                                                             viewer):
    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    assert panel(window).isVisible() and listed(window) == []
    owner = shown_owner(window)

    on_next_dialog(pick(source))
    qtbot.mouseClick(panel(window).attach, Qt.MouseButton.LeftButton)
    assert listed(window) == [f"{NAME} (1.0 MB)"]
    assert stored(engine, owner) == {NAME: DATA}
    assert window.statusBar().currentMessage() == f"Attached {NAME} (1.0 MB) to annex 2"

    panel(window).list.setCurrentRow(0)
    qtbot.mouseClick(panel(window).open, Qt.MouseButton.LeftButton)
    (url,) = viewer.urls
    copy = Path(url.toLocalFile())
    assert copy.name == NAME and copy.read_bytes() == DATA
    assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700  # private folder
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0  # read-only copy

    out = tmp_path / "saved" / "copy.pdf"
    out.parent.mkdir()
    on_next_dialog(pick(out))
    qtbot.mouseClick(panel(window).save_as, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == DATA
    assert sorted(path.name for path in out.parent.iterdir()) == ["copy.pdf"]  # no leftovers


def test_attach_and_remove_undo_and_redo(window, qtbot, engine, tmp_path):
    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    owner = shown_owner(window)
    assert window.documents.attach_file(source)
    assert window.actions_.undo.text().replace("&", "") == f"Undo Attach {NAME} to annex 2"

    panel(window).list.setCurrentRow(0)
    qtbot.mouseClick(panel(window).remove, Qt.MouseButton.LeftButton)
    assert listed(window) == [] and stored(engine, owner) == {}
    window.actions_.undo.trigger()
    assert listed(window) == [f"{NAME} (1.0 MB)"] and stored(engine, owner) == {NAME: DATA}
    assert window.statusBar().currentMessage() == f"Undone: Remove {NAME} from annex 2"
    window.actions_.undo.trigger()  # the attach itself
    assert listed(window) == [] and stored(engine, owner) == {}
    window.actions_.redo.trigger()
    assert stored(engine, owner) == {NAME: DATA} and listed(window) == [f"{NAME} (1.0 MB)"]
    panel(window).list.setCurrentRow(0)
    qtbot.keyClick(panel(window).list, Qt.Key.Key_Delete)  # Delete in the list removes
    assert stored(engine, owner) == {}
    window.actions_.undo.trigger()
    assert stored(engine, owner) == {NAME: DATA}


def test_a_web_address_is_attached_and_opened_in_the_browser(window, qtbot, engine, viewer):
    select(window, "(i) ")
    owner = shown_owner(window)
    assert owner.kind == Kind.AGREEMENT
    asked: list[str] = []

    def type_address(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.textValue())
        dialog.setTextValue("ftp://files.example/doc.pdf" if len(asked) == 1
                            else "https://www.cmab.gov.hk/doc.pdf")
        if len(asked) == 1:
            on_next_dialog(refusal)
        dialog.accept()

    def refusal(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        on_next_dialog(type_address)  # asked again, with the address as typed
        dialog.accept()

    on_next_dialog(type_address)
    qtbot.mouseClick(panel(window).add_link, Qt.MouseButton.LeftButton)
    assert asked[0] == "" and "is not a web address" in asked[1] and "\n" not in asked[1]
    assert asked[2] == "ftp://files.example/doc.pdf"
    assert stored(engine, owner) == {"https://www.cmab.gov.hk/doc.pdf":
                                     "https://www.cmab.gov.hk/doc.pdf"}
    panel(window).list.setCurrentRow(0)
    assert not panel(window).save_as.isEnabled()  # nothing to save: it is an address
    qtbot.keyClick(panel(window).list, Qt.Key.Key_Return)  # Enter opens
    assert [url.toString() for url in viewer.urls] == ["https://www.cmab.gov.hk/doc.pdf"]


def test_a_file_dropped_on_the_list_is_attached(window, qtbot, engine, tmp_path):
    source = tmp_path / "dropped.docx"
    source.write_bytes(b"PK\x03\x04 a Word file")
    select(window, "Annex 3")
    owner = shown_owner(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source)), QUrl("https://not.a.file/")])
    target = panel(window).list
    at, copy = QPointF(5, 5), Qt.DropAction.CopyAction
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, mime, left, plain)  # as Qt delivers a drag
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(at, copy, mime, left, plain))
    drop = QDropEvent(at, copy, mime, left, plain)
    QApplication.sendEvent(target.viewport(), drop)
    assert drop.isAccepted()
    assert stored(engine, owner) == {"dropped.docx": b"PK\x03\x04 a Word file"}
    assert listed(window) == ["dropped.docx (16 bytes)"]


@pytest.mark.parametrize("case", ["too large", "missing"])
def test_a_refused_file_is_one_line_and_writes_nothing(window, engine, tmp_path, case):
    path = tmp_path / "scan.pdf"
    if case == "too large":
        with open(path, "wb") as stream:
            stream.truncate(MAX_DOCUMENT_BYTES + 1)
    select(window, "Annex 2")
    before = dump(engine), window.undo_stack.count()
    answers = AnswerEvery(click_button(QMessageBox.StandardButton.Ok))
    assert not window.documents.attach_file(path)
    (said,) = answers.stop()
    assert "\n" not in said and "scan.pdf" in said
    assert ("at most 50 MB" if case == "too large" else "cannot read") in said
    assert (dump(engine), window.undo_stack.count()) == before
    assert listed(window) == []
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM document").scalar() == 0


def test_deleting_an_annex_takes_its_documents_and_undo_brings_them_back(window, engine,
                                                                         tmp_path):
    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    owner = shown_owner(window)
    window.documents.attach_file(source)
    informative: list[str] = []

    def delete(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        informative.append(dialog.informativeText())
        click_button("Delete")(dialog)

    answers = AnswerEvery(delete)
    window.actions_.delete.trigger()
    assert answers.stop() == ["Delete annex 2?"]
    assert "Its 1 attached document goes with it." in informative[0]
    assert queries.documents_of(engine, owner) == []
    window.actions_.undo.trigger()
    assert window.controller.shown() == owner
    assert stored(engine, owner) == {NAME: DATA} and listed(window) == [f"{NAME} (1.0 MB)"]


def test_the_section_shows_only_for_annexes_and_agreements(window):
    select(window, "12.1")
    assert not panel(window).isVisible()
    select(window, "Annex 1")
    assert panel(window).isVisible()
    assert not panel(window).open.isEnabled() and not panel(window).remove.isEnabled()


def test_a_read_only_window_opens_and_saves_documents_but_changes_none(window, qtbot,
                                                                       catalogue_file,
                                                                       tmp_path, viewer):
    from catalogue.ui.app import open_window

    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    window.documents.attach_file(source)
    on_next_dialog(click_button("Open read-only"))
    second = open_window(str(catalogue_file))
    second.show()
    qtbot.waitExposed(second)
    try:
        select(second, "Annex 2")
        shown = panel(second)
        shown.list.setCurrentRow(0)
        assert listed(second) == [f"{NAME} (1.0 MB)"]
        assert [button.isEnabled() for button in (
            shown.attach, shown.add_link, shown.open, shown.save_as, shown.remove)] == [
            False, False, True, True, False]
        assert not shown.list.accepting  # a drop is refused too
        assert not second.documents.attach_file(source)  # and so is a call
        assert second.documents.open_selected().read_bytes() == DATA
        out = tmp_path / "out.pdf"
        assert second.documents.save_selected_as(out) == out and out.read_bytes() == DATA
    finally:
        second.editor.revert()
        second.close()
        second.deleteLater()


def test_the_list_has_a_context_menu_with_the_buttons_actions(window, engine, tmp_path):
    from PySide6.QtCore import QTimer

    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    owner = shown_owner(window)
    window.documents.attach_file(source)
    seen: list[tuple[str, bool]] = []

    def choose_remove() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_remove)
            return
        seen.extend((action.text().replace("&", ""), action.isEnabled())
                    for action in menu.actions())
        menu.actions()[2].trigger()
        menu.close()

    QTimer.singleShot(0, choose_remove)
    items = panel(window).list
    items.customContextMenuRequested.emit(items.visualItemRect(items.item(0)).center())
    assert seen == [("Open", True), ("Save as...", True), ("Remove", True),
                    ("Attach file...", True), ("Add web address...", True)]
    assert stored(engine, owner) == {}


def test_the_x_server_documents_tests_pass():
    """Keys in the list need a real X server: tests/ui/test_x_documents.py."""
    from tests.xserver import assert_passed, run_under_x

    assert_passed(run_under_x("tests/ui/test_x_documents.py"))


def test_the_plenary_delete_question_counts_its_documents(window, engine, tmp_path):
    """Deleting a plenary said what records went with it but not the documents, whose
    bytes go too (the break-it session)."""
    source = tmp_path / NAME
    source.write_bytes(DATA)
    select(window, "Annex 2")
    owner = shown_owner(window)
    window.documents.attach_file(source)
    select(window, "Sixth Plenary Session")
    informative: list[str] = []

    def read_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        informative.append(dialog.informativeText())
        click_button("Cancel")(dialog)

    answers = AnswerEvery(read_and_cancel)
    window.actions_.delete.trigger()
    answers.stop()
    assert "The 1 document attached to its annexes and agreements goes with it." in (
        informative[0])
    assert stored(engine, owner) == {NAME: DATA}  # cancelled: nothing went


def test_the_same_file_attached_twice_is_refused_in_one_line(window, engine, tmp_path):
    source = tmp_path / NAME
    source.write_bytes(DATA)
    copy = tmp_path / "copy of it.pdf"
    copy.write_bytes(DATA)
    select(window, "Annex 2")
    assert window.documents.attach_file(source)
    before = dump(engine), window.undo_stack.count()
    answers = AnswerEvery(click_button(QMessageBox.StandardButton.Ok))
    assert not window.documents.attach_file(copy)
    (said,) = answers.stop()
    assert "\n" not in said and NAME in said and "already" in said
    assert (dump(engine), window.undo_stack.count()) == before
    assert listed(window) == [f"{NAME} (1.0 MB)"]
