"""File > Connect to team server... (issue #16 item 1) against a real PostgreSQL the test
session starts: the window switches from a file to the server's catalogue; a refusal is
said in the dialog, which keeps what was typed; a server that wants a password asks for it,
takes it for the session and never stores it."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from catalogue.storage.server import server_url
from catalogue.ui.connect import SERVER_SETTING, ConnectDialog
from tests.helpers import labels, on_next_dialog, select

OK = QDialogButtonBox.StandardButton.Ok


def fill(host: str, database: str, user: str = "postgres", password: str = "",
         then: list | None = None):
    """A dialog action: type into the Connect dialog and press Connect (noting what it
    shows afterwards in `then`)."""
    def typed(dialog) -> None:
        assert isinstance(dialog, ConnectDialog)
        dialog.host.setText(host)
        dialog.database.setText(database)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.buttons.button(OK).click()
        if then is not None:
            then.append((dialog.isVisible(), dialog.message.text(), dialog.host.text(),
                         dialog.database.text(), dialog.password.text()))
            if dialog.isVisible():
                dialog.reject()
    return typed


def test_connecting_switches_the_window_to_the_servers_catalogue(window, qtbot, pg_server,
                                                                  pg_catalogue):
    QSettings().remove(SERVER_SETTING)
    assert window.session.opened.server is None
    seen = on_next_dialog(fill(str(pg_server.socket), pg_catalogue.database))
    window.actions_.connect_server.trigger()
    assert seen and not seen[0].isVisible()
    assert window.session.opened.server is not None
    assert window.session.opened.server.database == pg_catalogue.database
    assert labels(window.model)[0].startswith("Sixth Plenary Session")
    select(window, "3.1")
    assert window.editor.kind is not None
    remembered = QSettings().value(SERVER_SETTING)
    assert remembered == server_url(str(pg_server.socket), 5432, pg_catalogue.database,
                                    "postgres")
    # the next time, the dialog starts from it
    dialog = ConnectDialog(lambda address: "not now", window)
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        str(pg_server.socket), pg_catalogue.database, "postgres")
    dialog.deleteLater()
    QSettings().remove(SERVER_SETTING)


def test_a_refusal_is_said_in_the_dialog_which_keeps_what_was_typed(window, pg_server):
    before = window.session.path
    said: list = []
    on_next_dialog(fill(str(pg_server.socket), "no_such_catalogue", then=said))
    window.actions_.connect_server.trigger()
    visible, message, host, database, _ = said[0]
    assert visible and "no_such_catalogue" in message and "\n" not in message
    assert (host, database) == (str(pg_server.socket), "no_such_catalogue")
    assert window.session.opened.server is None and window.session.path == before


def test_a_server_that_wants_a_password_asks_and_nothing_keeps_it(window, pg_server,
                                                                  pg_catalogue):
    pg_server.psql("DO $$ BEGIN CREATE ROLE guarded LOGIN PASSWORD 'harbour-7'; EXCEPTION "
                   "WHEN duplicate_object THEN NULL; END $$")
    pg_server.psql("GRANT ALL ON ALL TABLES IN SCHEMA public TO guarded", pg_catalogue.database)
    pg_server.psql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO guarded",
                   pg_catalogue.database)
    hba = Path(pg_server.folder) / "data" / "pg_hba.conf"
    rules = hba.read_text()
    if "guarded" not in rules:  # this role alone must give a password (the rest: trust)
        hba.write_text("local all guarded scram-sha-256\n" + rules)
        pg_server.psql("SELECT pg_reload_conf()")
    said: list = []
    on_next_dialog(fill(str(pg_server.socket), pg_catalogue.database, "guarded", then=said))
    window.actions_.connect_server.trigger()
    visible, message, *_ = said[0]
    assert visible and "password" in message and "guarded" in message
    assert window.session.opened.server is None
    said.clear()
    on_next_dialog(fill(str(pg_server.socket), pg_catalogue.database, "guarded", "harbour-7",
                        then=said))
    window.actions_.connect_server.trigger()
    assert said and not said[0][0], said
    assert window.session.opened.server is not None
    assert "harbour-7" not in str(QSettings().value(SERVER_SETTING))
    assert "harbour-7" not in repr(window.session.opened.server)
    assert "harbour-7" not in window.windowTitle()
    QSettings().remove(SERVER_SETTING)
