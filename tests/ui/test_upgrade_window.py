"""The window's side of the upgrade-wait, restore and backup findings: a server upgrade
that another connection blocks is refused in a dialog while the window stays usable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from catalogue.storage.schema import run_alembic
from catalogue.storage.server import ServerAddress
from catalogue.ui.connect import SERVER_SETTING, ConnectDialog
from tests.helpers import on_next_dialog, select

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
