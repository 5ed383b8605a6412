"""File > Connect to team server...: the office's catalogue on a PostgreSQL server.

The dialog asks for the server, the database and the officer's user name, shows the
address it makes (the one `--db` and $CATALOGUE_DB take), and remembers it for next time,
never the password. A password is looked for where libpq looks (~/.pgpass, PGPASSWORD);
when the server wants one it was not given, the dialog says so and asks for it, for this
session only. A refusal is said in the dialog, which keeps what was typed.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from catalogue.i18n import translate
from catalogue.storage.server import DEFAULT_PORT, ServerAddress, needs_password, server_url
from catalogue.ui.refusals import refusal_label

SERVER_SETTING = "team/server"
"""The last server address connected to (no password: addresses never hold one here)."""

Attempt = Callable[[ServerAddress], "str | None"]
"""Open the catalogue at the address; the refusal's one line, or None once it is open."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


class ConnectDialog(QDialog):
    def __init__(self, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.address: ServerAddress | None = None
        """The address connected to, once Connect succeeded."""
        self.setWindowTitle(translate("ConnectDialog", "Connect to team server"))
        self.setMinimumWidth(520)
        self.host = QLineEdit()
        self.host.setPlaceholderText(translate("ConnectDialog", "records.office.gov.hk"))
        self.port = QSpinBox()
        self.port.setRange(1, 65_535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit()
        self.user = QLineEdit(_user())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate(
            "ConnectDialog", "only if the server asks (else ~/.pgpass or PGPASSWORD)"))
        self.shown_address = QLabel()
        self.shown_address.setObjectName("serverAddress")
        self.shown_address.setWordWrap(True)
        self.message = refusal_label("connectMessage")
        form = QFormLayout()
        form.addRow(translate("ConnectDialog", "&Server"), self.host)
        form.addRow(translate("ConnectDialog", "P&ort"), self.port)
        form.addRow(translate("ConnectDialog", "&Database"), self.database)
        form.addRow(translate("ConnectDialog", "&User"), self.user)
        form.addRow(translate("ConnectDialog", "Pass&word"), self.password)
        form.addRow(translate("ConnectDialog", "Address"), self.shown_address)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConnectDialog", "&Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ConnectDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(translate(
            "ConnectDialog", "The office's catalogue on its PostgreSQL server (README: Team "
            "catalogue). The password is not kept."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._follow)
        self.port.valueChanged.connect(self._follow)
        self._recall()
        self._follow()
        (self.host if not self.host.text() else self.database if not self.database.text()
         else self.password).setFocus()

    def url(self) -> str:
        return server_url(self.host.text().strip(), self.port.value(),
                          self.database.text().strip(), self.user.text().strip())

    def _follow(self) -> None:
        complete = bool(self.host.text().strip() and self.database.text().strip())
        self.shown_address.setText(self.url() if complete else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def _recall(self) -> None:
        """The last server connected to, as its fields."""
        from urllib.parse import parse_qs, unquote, urlsplit

        last = str(QSettings().value(SERVER_SETTING, "") or "")
        if not last:
            return
        parts = urlsplit(last)
        socket = parse_qs(parts.query).get("host", [""])[0]
        self.host.setText(socket or parts.hostname or "")
        port = parse_qs(parts.query).get("port", [""])[0] or parts.port
        self.port.setValue(int(port or DEFAULT_PORT))
        self.database.setText(unquote(parts.path.lstrip("/")))
        if parts.username:
            self.user.setText(unquote(parts.username))

    def accept(self) -> None:
        address = ServerAddress(self.url(), self.password.text())
        refusal = self.attempt(address)
        if refusal:
            if needs_password(Exception(refusal)):
                refusal = (translate(
                    "ConnectDialog", "The server refused the password typed for {user}: type "
                    "it again ({detail})") if self.password.text() else translate(
                    "ConnectDialog", "The server wants {user}'s password: type it and connect "
                    "again ({detail})")).format(user=self.user.text().strip(), detail=refusal)
                self.password.setFocus()
                self.password.selectAll()
            self.message.setText(translate("ConnectDialog", "Not connected: {reason}").format(
                reason=refusal))
            self.message.show()
            return
        self.address = address
        QSettings().setValue(SERVER_SETTING, address.url)  # the address only, never the password
        super().accept()
