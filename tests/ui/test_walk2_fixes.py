"""What the second new user's walk (Xvfb + openbox, two officers on one server) found
in words the window says, fixed: each test failed on the code before its fix."""

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from catalogue.ui.app import make_application, open_window
from catalogue.workflows import backup_server
from tests.helpers import AnswerEvery, click_button, select, show_checked


def delete_says(window) -> str:
    """The delete question's second line for the selected record; the delete is cancelled."""
    informative: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        informative.append(dialog.informativeText())
        click_button(QMessageBox.StandardButton.Cancel)(dialog)

    answers = AnswerEvery(cancel)
    window.actions_.delete.trigger()
    answers.stop()
    return informative[0]


def test_deleting_an_annex_with_a_document_does_not_say_nothing_else_goes(window, tmp_path):
    """It said 'Nothing else goes with it. Its 1 attached document goes with it.'"""
    select(window, "Annex 1")  # no agreement points to it
    assert delete_says(window).startswith("Nothing else goes with it.")
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    window.documents.attach_file(source)
    said = delete_says(window)
    assert "Nothing else" not in said
    assert said.startswith("Its 1 attached document goes with it.")


def test_the_server_restore_dialog_names_the_team_catalogue(qtbot, pg_catalogue):
    """It said 'Backups of test_..._local.db are kept in ...', a name only the backups'
    file names use, not the catalogue the officer connected to."""
    backup_server(pg_catalogue)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    said: list[str] = []

    def read_and_cancel(dialog: QWidget) -> None:
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    answers = AnswerEvery(read_and_cancel)
    try:
        window.files.restore_backup()
    finally:
        answers.stop()
        window.editor.revert()
        window.close()
        window.deleteLater()
    explanation = next(text for text in said if text.startswith("Backups of"))
    assert explanation.startswith(f"Backups of {pg_catalogue} are kept in")
    assert "_local.db" not in explanation
