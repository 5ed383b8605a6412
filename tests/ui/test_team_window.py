"""The main window on a team catalogue (a real PostgreSQL server the test session starts):
a role that may only read gets the read-only banner and no editing, as a read-only file
does; an editor's role edits and filters (restore: test_team_restore.py)."""

from PySide6.QtCore import Qt

from catalogue import queries
from catalogue.kinds import Kind
from catalogue.storage.server import ServerAddress, make_server_engine
from catalogue.ui.app import make_application, open_window
from tests.helpers import (
    AnswerEvery,
    click_button,
    dump,
    labels,
    measure_editor,
    select,
    show_checked,
)


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def test_a_read_only_role_gets_the_banner_and_no_editing(qtbot, pg_server, pg_catalogue):
    name = pg_catalogue.database
    pg_server.psql("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object "
                   "THEN NULL; END $$")
    pg_server.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", name)
    make_application()
    window = open_window(pg_server.url(name, user="reader"))
    show_checked(qtbot, window)
    try:
        assert window.banner.isVisible()
        assert "the role reader may only read this catalogue" in window.banner.text()
        assert "(read-only)" in window.windowTitle()
        select(window, "3.1")
        assert measure_editor(window).isReadOnly()
        for action in (window.actions_.add, window.actions_.delete, window.actions_.save,
                       window.actions_.restore_backup, window.actions_.import_release):
            assert not action.isEnabled()
        assert window.actions_.export_csv.isEnabled()
    finally:
        close(window)


def test_an_editor_edits_and_filters_a_server_catalogue(qtbot, pg_catalogue):
    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    try:
        assert window.banner.isHidden()
        assert "postgresql://postgres@/" in window.windowTitle()
        select(window, "3.1")
        editor = measure_editor(window)
        assert not editor.isReadOnly()
        editor.setPlainText("Hold a dragon boat race on the Huangpu.")
        window.actions_.save.trigger()
        assert not window.editor.dirty, window.editor.message.text()
        engine = make_server_engine(ServerAddress(pg_catalogue.url), read_only=True)
        try:
            assert {key[0] for key in queries.search(engine, "dragon boat").matches} == {
                Kind.MEASURE}
        finally:
            engine.dispose()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.filter_box, "Huangpu")
        qtbot.waitUntil(lambda: window.model.filtering
                        and window.controller.filter_text == "Huangpu", timeout=10000)
    finally:
        close(window)


def test_deleting_a_plenary_on_a_server_backs_it_up_into_a_local_file(qtbot, pg_catalogue):
    """As on a file, a plenary is backed up before it is deleted: a server's backup is a
    copy into a local Catalogue file (the backups of the name the server has here)."""
    from catalogue import storage
    from catalogue.workflows import open_catalogue

    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    engine = make_server_engine(ServerAddress(pg_catalogue.url), read_only=True)
    try:
        before = dump(engine)
        select(window, "Sixth Plenary Session")
        answers = AnswerEvery(click_button("Delete"))
        window.actions_.delete.trigger()
        assert len(answers.stop()) == 1
        assert all(rows == [] for rows in dump(engine).values())
        backups = storage.list_backups(pg_catalogue.backup_path(storage.app_data_dir()))
        assert [backup.reason for backup in backups][:1] == ["before-delete"]
        assert backups[0].counts["measure"] == 35
        copy = open_catalogue(backups[0].path)
        try:
            assert queries.totals(copy)[Kind.MEASURE] == 35
        finally:
            copy.dispose()
        window.controller.undo()
        assert dump(engine) == before
        assert labels(window.model) == ["Sixth Plenary Session \u2014 2024-04-26, Hong Kong"]
    finally:
        engine.dispose()
        close(window)
