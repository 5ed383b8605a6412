"""The File menu's New plenary dialog: a conference (one already catalogued, or a new one
with its two sides), the ordinal, date, place and title of an empty plenary.

The title follows the conference and ordinal ("Seventh Plenary Session of the ...") until
the officer types one. OK asks `attempt` (the controller) to make the plenary; a refusal,
such as a plenary already catalogued with that ordinal, is shown in the dialog, which
stays open with everything as typed.
"""

import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from catalogue.i18n import translate
from catalogue.kinds import ListKey, ListKind
from catalogue.lazy import lazy_import
from catalogue.naming import plenary_title
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.refusals import refusal_label
from catalogue.vocabulary import CONFERENCE, conference_sides

queries = lazy_import("catalogue.queries")


class NewPlenaryDialog(QDialog):
    def __init__(self, document: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.attempt: Callable[[Any], str | None] = lambda dialog: None
        self.command: Any = None
        """The undo command that made the plenary, once OK succeeded."""
        self.setWindowTitle(translate("NewPlenaryDialog", "New plenary"))
        self.setMinimumWidth(560)
        self.known = {name: (side_a, side_b) for _, name, side_a, side_b
                      in queries.conference_choices(document.engine)}
        self.ids = {name: cid for cid, name, _, _ in queries.conference_choices(document.engine)}
        self.conference_box = QComboBox()
        self.conference_box.setEditable(True)
        self.conference_box.addItems(list(self.known) or [CONFERENCE])
        self.conference_box.setCurrentText(CONFERENCE if CONFERENCE in self.known or not
                                           self.known else next(iter(self.known)))
        self.side_a, self.side_b = QLineEdit(), QLineEdit()
        self.ordinal = QSpinBox()
        self.ordinal.setRange(1, 999_999)
        self.ordinal.setMaximumWidth(120)
        self._suggested_ordinal = self.ordinal.value()
        # Plain text, checked by the services as the editor's date is: a date field that
        # edits by sections turned half-typed dates into other whole ones without a word.
        self.date = QLineEdit(datetime.date.today().isoformat())
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.date.setMaximumWidth(160)
        self.place = QLineEdit()
        self.title_edit = QLineEdit()
        self._typed_title = False
        self.message = refusal_label()
        form = QFormLayout()
        form.addRow(translate("NewPlenaryDialog", "Co&nference"), self.conference_box)
        form.addRow(translate("NewPlenaryDialog", "&First side"), self.side_a)
        form.addRow(translate("NewPlenaryDialog", "&Second side"), self.side_b)
        form.addRow(translate("NewPlenaryDialog", "&Ordinal"), self.ordinal)
        form.addRow(translate("NewPlenaryDialog", "&Date"), self.date)
        form.addRow(translate("NewPlenaryDialog", "&Place"), self.place)
        form.addRow(translate("NewPlenaryDialog", "&Title"), self.title_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewPlenaryDialog", "&Add plenary"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("NewPlenaryDialog", "&Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.conference_box.currentTextChanged.connect(self._conference_changed)
        self.ordinal.valueChanged.connect(lambda _: self._retitle())
        self.title_edit.textEdited.connect(self._title_typed)
        self._conference_changed(self.conference_box.currentText())
        self.place.setFocus()

    # -- what was chosen ---------------------------------------------------------------------

    def conference(self) -> str:
        return self.conference_box.currentText().strip()

    def is_new(self) -> bool:
        return self.conference() not in self.known

    def sides(self) -> tuple[str, str] | None:
        """The sides typed for a new conference (None for one already catalogued)."""
        return (self.side_a.text(), self.side_b.text()) if self.is_new() else None

    def fields(self) -> dict[str, Any]:
        return {"ordinal": self.ordinal.value(), "place": self.place.text(),
                "date": self.date.text().strip(),
                "title": self.title_edit.text()}

    # -- following the choices ---------------------------------------------------------------

    def _conference_changed(self, name: str) -> None:
        """Known conference: its sides, shown but fixed, and the next ordinal. New: sides
        read from the name where it says them, to be checked or typed."""
        name = name.strip()
        known = self.known.get(name)
        sides = known or conference_sides(name) or ("", "")
        for edit, side in zip((self.side_a, self.side_b), sides, strict=True):
            if known is not None or not edit.isModified():
                edit.setText(side)
            edit.setReadOnly(known is not None)
        if self.ordinal.value() == self._suggested_ordinal:  # not one the officer chose
            ordinals = [item.values["ordinal"] for item in queries.children(
                self.document.engine, ListKey(ListKind.CONFERENCE, self.ids[name]))
            ] if known is not None else []
            self._suggested_ordinal = max(ordinals, default=0) + 1  # a new one starts at 1
            self.ordinal.setValue(self._suggested_ordinal)
        self._retitle()


    def _title_typed(self, text: str) -> None:
        self._typed_title = bool(text.strip())

    def _retitle(self) -> None:
        if not self._typed_title and self.conference():
            self.title_edit.setText(plenary_title(self.ordinal.value(), self.conference()))

    def accept(self) -> None:
        refusal = self.attempt(self)
        if refusal:
            self.message.setText(translate("NewPlenaryDialog", "Not added: {reason}").format(
                reason=refusal))
            self.message.show()
            return
        super().accept()
