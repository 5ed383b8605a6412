"""File > Restore backup... in a window on a team catalogue (a real PostgreSQL the test
session starts): the owner picks one of the server's local backups, the catalogue is
replaced by it (the catalogue as it was is backed up first) and the window shows it; an
editor who is not the owner is told who may, and nothing is listed or changed."""

import os
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from catalogue import queries, storage
from catalogue.kinds import KINDS, Kind
from catalogue.storage.server import ServerAddress, make_server_engine
from catalogue.ui.app import make_application, open_window
from catalogue.ui.safety import RestoreDialog
from catalogue.workflows import backup_server
from tests.helpers import on_next_dialog, show_checked

MEASURES = KINDS[Kind.MEASURE].table


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def dump(engine) -> dict[str, list[tuple]]:
    """Every row of every catalogue table through the models (the same types from a file
    and a server), in primary-key order; all but the records' versions, which a restore
    puts past the replaced ones (tests/core/test_break2.py), and the restore's own history
    entry, which the backup cannot hold (tests/core/test_restore_history.py)."""
    from sqlalchemy import select
    from sqlmodel import SQLModel

    def kept(table, row) -> bool:
        return not (table.name == "change_set" and '"restore_backup"' in row.label)

    with engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
            select(*(column for column in table.c if column.name != "version")).order_by(
                *table.primary_key.columns)) if kept(table, row)]
            for table in SQLModel.metadata.sorted_tables}


def server_dump(address: ServerAddress):
    engine = make_server_engine(address, read_only=True)
    try:
        return dump(engine)
    finally:
        engine.dispose()


def restore_or_close(dialog) -> None:
    """Click Restore in the list of backups; close any other dialog (a refusal)."""
    buttons = [button for button in dialog.findChildren(QPushButton)
               if button.text().replace("&", "") == "Restore"]
    if buttons:
        buttons[0].click()
    else:
        dialog.reject()


def test_the_owner_restores_a_server_backup_from_the_window(qtbot, pg_server, pg_catalogue):
    backup, _ = backup_server(pg_catalogue)
    pg_server.psql(f"DELETE FROM {MEASURES} WHERE id = (SELECT max(id) FROM {MEASURES})",
                   pg_catalogue.database)
    changed = server_dump(pg_catalogue)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    try:
        assert queries.totals(window.session.engine)[Kind.MEASURE] == 34
        seen = on_next_dialog(restore_or_close)
        window.files.restore_backup()
        assert seen and isinstance(seen[0], RestoreDialog), seen[0].windowTitle()
        assert seen[0].chosen() == backup  # the newest of the server's backups
        copy = storage.make_engine(backup, read_only=True)
        try:
            assert server_dump(pg_catalogue) == dump(copy)
        finally:
            copy.dispose()
        assert queries.totals(window.session.engine)[Kind.MEASURE] == 35  # reloaded
        assert "Restored" in window.statusBar().currentMessage()
        backups = storage.list_backups(pg_catalogue.backup_path(storage.app_data_dir()))
        assert backups[0].reason == "before-restore"
        kept = storage.make_engine(backups[0].path, read_only=True)
        try:
            assert dump(kept) == changed
        finally:
            kept.dispose()
    finally:
        close(window)


def test_an_editor_who_is_not_the_owner_is_told_who_may(qtbot, monkeypatch, pg_server,
                                                        pg_catalogue):
    name = pg_catalogue.database
    editor = f"editor_{os.getpid()}_{pg_server.counter}"
    pg_server.psql(f"CREATE ROLE {editor} LOGIN")
    pg_server.psql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                   f"TO {editor}; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {editor}",
                   name)
    backup_server(pg_catalogue)
    before = server_dump(pg_catalogue)
    make_application()
    window = open_window(pg_server.url(name, user=editor))
    show_checked(qtbot, window)
    try:
        assert window.actions_.restore_backup.isEnabled()  # an editor: told why on use
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
        window.files.restore_backup()
        assert len(said) == 1
        assert "only the database's owner (postgres, or a role in it)" in said[0]
        assert f"{editor} is not" in said[0]
        assert server_dump(pg_catalogue) == before
    finally:
        close(window)
        pg_server.drop_database(name)  # the role owns privileges there: drop them first
        pg_server.psql(f"DROP ROLE {editor}")


# -- off the window's thread, with Cancel ---------------------------------------------------


class Blocker:
    """Another officer's transaction holding a lock the restore's EXCLUSIVE lock waits
    for: the restore is at work (waiting) for as long as the test wants, on any machine.
    Released once, by the test or else by a fallback timer, so a restore run on the
    window's thread (which nothing in the window could release) cannot hang the test."""

    def __init__(self, address: ServerAddress) -> None:
        self.engine = make_server_engine(address)
        self.connection = self.engine.connect()
        self.transaction = self.connection.begin()
        self.connection.exec_driver_sql(f"LOCK TABLE {MEASURES} IN SHARE MODE")
        self.by_fallback = False
        self._once = threading.Lock()
        self._released = False
        self.fallback = threading.Timer(60, self.release, kwargs={"fallback": True})
        self.fallback.start()

    def release(self, fallback: bool = False) -> None:
        with self._once:
            if self._released:
                return
            self._released, self.by_fallback = True, fallback
            self.transaction.commit()
            self.connection.close()

    def close(self) -> None:
        self.fallback.cancel()
        self.release()
        self.engine.dispose()


def when_progress_shows(window, action) -> list[str]:
    """Call `action(dialog)` once a busy bar shows in the window (polled by the window's
    own event loop: it only runs if the window is free); returns its labels as seen."""
    seen: list[str] = []

    def check() -> None:
        try:
            shown = [dialog for dialog in window.findChildren(QProgressDialog)
                     if dialog.isVisible()]
        except RuntimeError:  # the window is gone: the test has ended
            return
        if shown:
            seen.append(shown[0].labelText())
            action(shown[0])
        elif not seen:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    return seen


def test_a_server_restore_runs_off_the_window_thread_then_reopens(qtbot, pg_server,
                                                                 pg_catalogue):
    """Before: it ran on the window's thread (minutes at 100k records, the window frozen):
    no busy bar ever showed while it waited."""
    backup, _ = backup_server(pg_catalogue)
    pg_server.psql(f"DELETE FROM {MEASURES} WHERE id = (SELECT max(id) FROM {MEASURES})",
                   pg_catalogue.database)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    blocker = Blocker(pg_catalogue)
    try:
        seen = when_progress_shows(window, lambda dialog: blocker.release())
        on_next_dialog(restore_or_close)
        window.files.restore_backup()
        assert seen and seen[0] == f"Restoring {backup.name}...", seen
        assert not blocker.by_fallback
        assert queries.totals(window.session.engine)[Kind.MEASURE] == 35  # reopened on it
        assert "Restored" in window.statusBar().currentMessage()
    finally:
        blocker.close()
        close(window)


def test_cancelling_a_server_restore_leaves_the_catalogue_as_it_was(qtbot, pg_server,
                                                                   pg_catalogue):
    backup_server(pg_catalogue)
    pg_server.psql(f"DELETE FROM {MEASURES} WHERE id = (SELECT max(id) FROM {MEASURES})",
                   pg_catalogue.database)
    before = server_dump(pg_catalogue)
    folder = pg_catalogue.backup_path(storage.app_data_dir())
    backups = storage.list_backup_files(folder)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    blocker = Blocker(pg_catalogue)
    labels: list[str] = []

    def cancel(dialog: QProgressDialog) -> None:
        [button] = dialog.findChildren(QPushButton)
        button.click()
        labels.append(dialog.labelText())
        blocker.release()  # the restore goes on to its next step, and stops there

    try:
        seen = when_progress_shows(window, cancel)
        on_next_dialog(restore_or_close)
        window.files.restore_backup()
        assert seen and not blocker.by_fallback, "Cancel was there while it worked"
        assert labels == ["Cancelling..."]
        assert window.statusBar().currentMessage() == "Restore cancelled; nothing was changed"
        assert server_dump(pg_catalogue) == before
        assert storage.list_backup_files(folder) == backups, "no before-restore left"
        assert queries.totals(window.session.engine)[Kind.MEASURE] == 34
    finally:
        blocker.close()
        close(window)


def test_the_restore_dialog_lists_backups_taken_under_the_old_shared_name(
        qtbot, pg_catalogue):
    """A server's backups taken before each server database had a name of its own
    (DBNAME_HOST, shared by one database name on several servers: break5) are listed
    with its new ones, so none is hidden from File > Restore backup..."""
    import shutil

    new, _ = backup_server(pg_catalogue)
    shared = pg_catalogue.shared_backup_path(storage.app_data_dir())
    old = new.parent / f"{shared.stem}-20250101-120000-000000-manual.db"
    shutil.copyfile(new, old)
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    try:
        listed: list = []

        def look(dialog) -> None:
            listed.extend(getattr(dialog, "backups", []))
            dialog.reject()

        seen = on_next_dialog(look)
        window.files.restore_backup()
        assert seen and isinstance(seen[0], RestoreDialog), seen[0].windowTitle()
        assert [backup.path for backup in listed] == [new, old]
    finally:
        close(window)
