"""The polish a new user asked for (#13 item 15): keys in dialogs and questions, icons that
say what they are, counts and summaries, one dash, true names in the status bar, dialogs
sized for their titles, readable lock times, file dialogs that start somewhere useful, and
the last record and open lists back at the next start."""

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox

from catalogue import queries
from catalogue.kinds import Kind
from catalogue.ui.app import make_application, open_window
from catalogue.ui.dialogs import AddRecordDialog, WorkProgress, ask_unsaved, confirm_delete
from catalogue.ui.icons import _paint
from tests.helpers import find, labels, on_next_dialog, select, show_checked


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def rename_finance(window, name: str) -> None:
    select(window, "4. ")
    window.editor.forms["area"].fields["name"].widget.setText(name)
    window.editor.forms["area"].edited.emit()
    window.actions_.save.trigger()


def mnemonics(dialog) -> list[str]:
    texts = [widget.text() for widget in dialog.findChildren(QLabel)
             + dialog.findChildren(QAbstractButton) if widget.isVisibleTo(dialog)]
    return [match.lower() for text in texts for match in re.findall(r"&([^&])", text)]


def test_the_add_dialog_uses_each_key_once_and_has_no_empty_last_changed_row(window):
    sid = queries.plenaries(window.session.engine)[0].id
    area = queries.children(window.session.engine, ("areas", sid))[3]
    dialog = AddRecordDialog(window.session.document, sid, (area.id, "Finance"), Kind.AREA,
                             window)
    for row in range(dialog.kind_combo.count()):
        dialog.kind_combo.setCurrentIndex(row)
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), (dialog.kind, keys)
        assert not [label for label in dialog.findChildren(QLabel)
                    if label.text() == "Last changed" and label.isVisibleTo(dialog)]
    dialog.deleteLater()


@pytest.mark.parametrize("ask", ["unsaved", "delete"])
def test_questions_have_a_key_for_every_button(window, ask):
    seen: list[list[str]] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_next_dialog(read)
    if ask == "unsaved":
        ask_unsaved(window, "measure 3.1")
    else:
        confirm_delete(window, "measure 3.1", "Nothing else goes with it.")
    keys = [re.findall(r"&([^&])", text) for text in seen[0]]
    assert all(len(found) == 1 for found in keys), seen[0]
    assert len({found[0].lower() for found in keys}) == len(keys), seen[0]


@pytest.mark.parametrize("kind", [Kind.AGREEMENT, Kind.ANNEX])
def test_agreements_and_annexes_are_drawn_as_documents_not_letters(qapp, kind):
    image = _paint(kind, 32).toImage()
    painted = [image.pixelColor(x, y) for y in range(32) for x in range(32)
               if image.pixelColor(x, y).alpha() > 200]
    paper = [colour for colour in painted if colour.lightness() > 215]
    assert len(paper) > 0.4 * len(painted), "a sheet of paper, not a coloured square"
    assert _paint(Kind.AGREEMENT, 32).toImage() != _paint(Kind.ANNEX, 32).toImage()


def test_area_rows_count_their_measures(window):
    areas = window.model.index(0, 0, window.model.index(0, 0))
    assert labels(window.model, areas)[3] == "4. Finance (3 measures)"
    assert labels(window.model, areas)[12] == "13. Sports (1 measure)"


@pytest.mark.parametrize(("group", "summary"), [
    ("Co-operation areas", "15 co-operation areas with 35 measures"),
    ("Officials", "12 officials"), ("Agreements", "20 agreements"), ("Annexes", "8 annexes")])
def test_group_rows_show_a_summary_of_the_group(window, group, summary):
    select(window, group)
    shown = window.editor.stack.currentWidget()
    assert isinstance(shown, QLabel)
    assert summary in shown.text() and "Select a record" not in shown.text()
    assert "Sixth Plenary Session" in shown.text()


def test_plenary_labels_use_one_kind_of_dash(window):
    assert labels(window.model) == ["Sixth Plenary Session \u2014 2024-04-26, Hong Kong"]


def test_the_status_bar_names_a_renamed_record_by_its_new_name(window):
    rename_finance(window, "Finance and Banking")
    assert "Finance and Banking" in window.statusBar().currentMessage()


def test_a_long_status_message_stops_before_the_counts(window, qtbot):
    bar = window.statusBar()
    bar.showMessage("Exported 91 records")
    qtbot.wait(50)
    assert window.counts.shown_text() == window.counts.text(), "a short one: room for both"
    message = "Exported 91 records to " + "/very/long/folder" * 40
    bar.showMessage(message)
    qtbot.wait(50)
    counts = window.counts.geometry()
    assert bar.message_rect().right() < counts.left(), "nothing is drawn over the counts"
    shown = bar.shown_message()
    assert bar.fontMetrics().horizontalAdvance(shown) < counts.left()
    assert shown.startswith("Exported 91 records to") and shown.endswith("/folder")
    assert bar.currentMessage() == message == bar.toolTip()


def test_a_long_status_message_in_a_700_pixel_window_gets_the_room(window, qtbot):
    """The counts alone are some 400 pixels wide: a message had the 270 left, a file
    name's worth. While it shows, the counts give it room (cut short, whole in their
    tooltip) and take it back after."""
    window.resize(700, 500)
    qtbot.wait(50)
    bar, counts = window.statusBar(), window.counts
    message = ("Restored catalogue-20261127-223300-935617-manual.db; the catalogue as it "
               "was is saved as catalogue-20261127-223301-000000-before-restore.db")
    bar.showMessage(message)
    qtbot.wait(50)
    assert bar.message_rect().width() >= bar.width() - 170  # the counts keep 110
    assert bar.message_rect().right() < counts.geometry().left()
    assert bar.toolTip() == message and bar.currentMessage() == message
    assert counts.shown_text().endswith("\u2026") and counts.toolTip() == counts.text()
    bar.clearMessage()
    qtbot.wait(50)
    assert counts.shown_text() == counts.text() and counts.toolTip() == ""


def test_a_progress_dialog_is_wide_enough_for_its_title(window):
    title = "New demo catalogue"
    progress = WorkProgress(window, title, "Writing 100 demo records...")
    try:
        title_width = progress.dialog.fontMetrics().horizontalAdvance(title)
        assert progress.dialog.minimumWidth() >= 2 * title_width + 160
    finally:
        progress.close()


def test_a_damaged_file_without_backups_offers_close_not_cancel(window, catalogue_file,
                                                                tmp_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(catalogue_file.read_bytes()[:5000])
    seen: list[list[str]] = []

    def read(box) -> None:
        buttons = [button for button in box.buttons()
                   if box.buttonRole(button) != QMessageBox.ButtonRole.ActionRole]  # details
        seen.append([button.text() for button in buttons])
        buttons[0].click()

    # Opened from the window: a question with no parent shown between two windows' tests
    # crashes Qt offscreen (QApplicationPrivate::notifyActiveWindowChange), in any code.
    on_next_dialog(read)
    assert window.files.switch_to(damaged) is False
    assert seen == [["&Close"]]
    assert window.session.path == catalogue_file


def test_open_and_import_start_in_the_last_used_folder_else_documents(window, tmp_path,
                                                                      catalogue_file):
    QSettings().remove("files")
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    start = documents if QDir(documents).exists() else QDir.homePath()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copyfile(catalogue_file, elsewhere / "other.db")
    folders: list[str] = []

    def look_then(choose: Path | None):
        def act(dialog) -> None:
            assert isinstance(dialog, QFileDialog)
            folders.append(dialog.directory().absolutePath())
            if choose is None:
                dialog.reject()
            else:
                dialog.selectFile(str(choose))
                dialog.accept()
        return act

    on_next_dialog(look_then(None))
    window.actions_.open_db.trigger()
    on_next_dialog(look_then(None))
    window.actions_.import_release.trigger()
    assert folders == [start, start]
    on_next_dialog(look_then(elsewhere / "other.db"))
    window.actions_.open_db.trigger()
    assert window.session.path == elsewhere / "other.db"
    on_next_dialog(look_then(None))
    window.actions_.import_release.trigger()
    on_next_dialog(look_then(None))
    window.actions_.open_db.trigger()
    assert folders[3:] == [str(elsewhere), str(elsewhere)]


def test_the_last_record_and_open_lists_come_back_at_the_next_start(qtbot, qapp,
                                                                    catalogue_file, tmp_path):
    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    select(window, "12.2")
    window.tree.expand(find(window, "Officials"))
    window.tree.collapse(find(window, "Co-operation areas"))
    close(window)
    again = open_window(str(catalogue_file))
    show_checked(qtbot, again)
    qtbot.waitUntil(lambda: again.editor.kind == "measure")
    assert again.tree.currentIndex().data().startswith("12.2")
    assert again.tree.isExpanded(find(again, "Officials"))
    assert again.tree.isExpanded(find(again, "12. Healthcare"))
    close(again)
    other = tmp_path / "other.db"
    shutil.copyfile(catalogue_file, other)
    third = open_window(str(other))
    show_checked(qtbot, third)
    qtbot.wait(100)
    assert third.editor.kind == "session", "a catalogue of its own starts as new ones do"
    assert not third.tree.isExpanded(find(third, "Officials"))
    close(third)
