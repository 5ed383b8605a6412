"""The window's side of the upgrade-wait, restore and backup findings: a server upgrade
that another connection blocks is refused in a dialog while the window stays usable; a
file restore runs off the window's thread with Cancel; a restore (file or server) keeps
the filter and the record shown."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QProgressDialog, QPushButton
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from catalogue.storage.backups import make_backup
from catalogue.storage.schema import run_alembic
from catalogue.storage.server import ServerAddress
from catalogue.ui.connect import SERVER_SETTING, ConnectDialog
from catalogue.ui.safety import RestoreDialog
from tests.helpers import dump, measure_editor, on_next_dialog, select

OK = QDialogButtonBox.StandardButton.Ok
OLDER = "0010"


@pytest.fixture
def older_server(pg_catalogue: ServerAddress) -> Iterator[tuple[ServerAddress, Engine]]:
    plain = create_engine("postgresql+psycopg://" + pg_catalogue.url[len("postgresql://"):])
    with plain.begin() as connection:
        run_alembic(connection, lambda command, config: command.downgrade(config, OLDER))
    yield pg_catalogue, plain
    plain.dispose()


def _revision(engine: Engine) -> str:
    with engine.connect() as connection:
        return str(connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one())


def test_connecting_to_a_server_whose_upgrade_is_blocked_is_refused_in_the_dialog(
        window, pg_server, older_server):
    from PySide6.QtCore import QSettings

    QSettings().remove(SERVER_SETTING)
    address, plain = older_server
    before = window.session.path
    said: list = []

    def typed(dialog) -> None:
        assert isinstance(dialog, ConnectDialog)
        dialog.host.setText(str(pg_server.socket))
        dialog.database.setText(address.database)
        dialog.user.setText("postgres")
        dialog.buttons.button(OK).click()
        said.append((dialog.isVisible(), dialog.message.text()))
        dialog.reject()

    with plain.connect() as other:  # an officer's window mid-transaction
        transaction = other.begin()
        other.exec_driver_sql("SELECT count(*) FROM measure").scalar_one()
        on_next_dialog(typed)
        window.actions_.connect_server.trigger()
        transaction.rollback()
    assert said, "the Connect dialog did not open"
    visible, message = said[0]
    assert visible and "\n" not in message
    assert "another connection is using the catalogue" in message
    assert "try again when it is closed" in message
    assert _revision(plain) == OLDER  # nothing changed
    # the window is still on its file, and usable
    assert window.session.opened.server is None and window.session.path == before
    select(window, "3.1")
    assert window.editor.kind is not None
    QSettings().remove(SERVER_SETTING)


# -- File > Restore backup... of a file: off the window's thread, with Cancel ---------------


def _folder(path: Path) -> dict[str, list[str]]:
    """The catalogue's folder and its backups folder, by name: what a restore may leave."""
    return {"folder": sorted(os.listdir(path.parent)),
            "backups": sorted(os.listdir(path.parent / "backups"))}


def when_progress_shows(window, action) -> list:
    """Call `action(dialog)` once a busy bar shows over `window`; the list gets it."""
    from PySide6.QtCore import QTimer

    seen: list = []

    def check() -> None:
        try:
            shown = [dialog for dialog in window.findChildren(QProgressDialog)
                     if dialog.isVisible()]
        except RuntimeError:  # the window is gone: the test has ended
            return
        if shown:
            seen.append(shown[0])
            action(shown[0])
        elif not seen:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    return seen


def _close_any_refusal(dialog) -> None:
    """What comes after the list: a busy bar is left to run, anything else closed."""
    if not isinstance(dialog, QProgressDialog):
        dialog.close()


def _choose_then(then, first=None):
    """A dialog action: take the newest backup in the list and restore it (after
    `first()`, if given), with `then` ready for the dialog that comes next."""
    def choose(dialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        if first is not None:
            first()
        on_next_dialog(then)
        dialog.accept()
    return choose


def test_a_file_restore_runs_off_the_window_and_cancel_leaves_everything_as_it_was(
        window, qtbot, catalogue_file):
    path = catalogue_file
    backup = make_backup(path, "manual")
    select(window, "3.1")
    key = window.controller.shown()
    before = dump(window.session.engine)
    folder = _folder(path)
    # another reader holds the backup (a rollback-journal file) locked: the restore's copy
    # of it waits there, on the worker thread, until the test lets go, after Cancel
    holder = sqlite3.connect(backup, isolation_level=None)
    labels: list[str] = []

    def cancel(dialog: QProgressDialog) -> None:
        labels.append(dialog.labelText())
        [button] = dialog.findChildren(QPushButton)
        button.click()
        labels.append(dialog.labelText())
        holder.execute("ROLLBACK")  # the copy goes on, and stops at its next step

    try:
        seen = when_progress_shows(window, cancel)
        on_next_dialog(_choose_then(_close_any_refusal,  # once the list has read it
                                    lambda: holder.execute("BEGIN EXCLUSIVE")))
        window.actions_.restore_backup.trigger()
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()
    assert seen and labels[0].startswith("Restoring"), "no busy bar with Cancel showed"
    assert labels[1] == "Cancelling..."
    assert "Restore cancelled; nothing was changed" in window.statusBar().currentMessage()
    assert dump(window.session.engine) == before  # the window is back on it, as it was
    assert _folder(path) == folder  # no before-restore backup, no half-made copy
    assert window.controller.shown() == key


def _a_word_of(window) -> str:
    """A word of the record shown, to filter by."""
    text = measure_editor(window).toPlainText()
    return max(text.split(), key=len).strip(".,;:()")


def test_a_file_restore_keeps_the_filter_and_the_record_shown(window, qtbot, catalogue_file):
    path = catalogue_file
    make_backup(path, "manual")
    select(window, "3.1")
    key = window.controller.shown()
    word = _a_word_of(window)
    window.filter_box.setText(word)
    qtbot.waitUntil(lambda: window.model.filtering and window.controller.filter_text == word)
    on_next_dialog(_choose_then(_close_any_refusal))
    window.actions_.restore_backup.trigger()
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage())
    assert window.filter_box.text() == word
    qtbot.waitUntil(lambda: window.model.filtering and window.controller.filter_text == word)
    assert window.controller.shown() == key
    node = window.controller.current_node()
    assert node is not None and node.key == key


def test_a_server_restore_keeps_the_filter_and_the_record_shown(qtbot, pg_catalogue):
    from catalogue.ui.app import make_application, open_window
    from catalogue.workflows import backup_server
    from tests.helpers import show_checked

    backup_server(pg_catalogue)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    try:
        select(window, "3.1")
        key = window.controller.shown()
        word = _a_word_of(window)
        window.filter_box.setText(word)
        qtbot.waitUntil(lambda: window.model.filtering
                        and window.controller.filter_text == word)
        on_next_dialog(_choose_then(_close_any_refusal))
        window.files.restore_backup()
        qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage())
        assert window.filter_box.text() == word
        qtbot.waitUntil(lambda: window.model.filtering
                        and window.controller.filter_text == word)
        assert window.controller.shown() == key
    finally:
        window.editor.revert()
        window.close()
        window.deleteLater()


# -- File > Back up Now ----------------------------------------------------------------------


def test_back_up_now_writes_a_backup_and_names_it_in_the_status_bar(window, qtbot,
                                                                   catalogue_file):
    from catalogue.storage import list_backups

    before = {backup.path for backup in list_backups(catalogue_file)}
    assert window.actions_.back_up_now.shortcut().toString() == "Ctrl+B"
    file_menu = window.findChild(QMenu, "fileMenu")
    assert window.actions_.back_up_now in file_menu.actions()
    window.actions_.back_up_now.trigger()
    made = [backup for backup in list_backups(catalogue_file) if backup.path not in before]
    assert len(made) == 1 and made[0].reason == "manual", made
    assert made[0].path.name in window.statusBar().currentMessage()
    assert sum(made[0].counts.values()) > 0


def test_back_up_now_refused_is_a_dialog_and_the_window_stays(window, qtbot, catalogue_file):
    folder = catalogue_file.parent / "backups"
    if folder.exists():
        folder.rename(catalogue_file.parent / "kept-backups")
    folder.write_text("not a folder")  # a file where the backups go
    said: list[str] = []
    on_next_dialog(lambda box: said.append(box.text()) or box.accept())
    window.actions_.back_up_now.trigger()
    assert len(said) == 1 and "is not a folder" in said[0], said
    assert folder.read_text() == "not a folder"
    select(window, "3.1")
    assert window.editor.kind is not None


def test_back_up_now_runs_off_the_window_and_cancel_leaves_no_backup(qtbot, pg_catalogue):
    """A server catalogue whose measures another officer holds locked: the copy waits
    there, on the worker thread, with a busy bar whose Cancel makes no backup."""
    from catalogue.storage import app_data_dir
    from catalogue.storage.server import make_server_engine
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    folder = pg_catalogue.backup_path(app_data_dir()).parent / "backups"
    before = sorted(os.listdir(folder)) if folder.exists() else []
    engine = make_server_engine(pg_catalogue)
    holder = engine.connect()
    transaction = holder.begin()
    holder.exec_driver_sql("LOCK TABLE measure IN ACCESS EXCLUSIVE MODE")
    labels: list[str] = []

    def cancel(dialog: QProgressDialog) -> None:
        labels.append(dialog.labelText())
        [button] = dialog.findChildren(QPushButton)
        button.click()
        labels.append(dialog.labelText())
        transaction.rollback()  # the copy goes on, and stops at its next batch

    try:
        seen = when_progress_shows(window, cancel)
        window.actions_.back_up_now.trigger()
        assert seen, "no busy bar with Cancel showed"
        assert labels == ["Backing up the catalogue...", "Cancelling..."]
        assert "Backup cancelled; no backup was made" in window.statusBar().currentMessage()
        after = sorted(os.listdir(folder)) if folder.exists() else []
        assert after == before
    finally:
        if transaction.is_active:
            transaction.rollback()
        holder.close()
        engine.dispose()
        window.editor.revert()
        window.close()
        window.deleteLater()
