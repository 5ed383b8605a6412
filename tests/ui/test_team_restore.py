"""File > Restore backup... in a window on a team catalogue (a real PostgreSQL the test
session starts): the owner picks one of the server's local backups, the catalogue is
replaced by it (the catalogue as it was is backed up first) and the window shows it; an
editor who is not the owner is told who may, and nothing is listed or changed."""

import os

from PySide6.QtWidgets import QMessageBox, QPushButton

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
    and a server), in primary-key order."""
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
            table.select().order_by(*table.primary_key.columns))]
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
