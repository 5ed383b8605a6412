"""Dialogs and questions: adding a record, confirming a delete, unsaved changes, errors."""

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from catalogue.i18n import translate
from catalogue.kinds import KINDS, Kind, ListKey, ListKind
from catalogue.lazy import lazy_import
from catalogue.naming import capitalised
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.editors import RecordForm
from catalogue.ui.refusals import refusal_label

queries = lazy_import("catalogue.queries")


def ask_unsaved(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a record with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    box.setText(translate("Dialogs", "Save the changes to {what}?").format(what=what))
    box.setInformativeText(translate("Dialogs", "If you don't save, your changes will be lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    _keys(box, {QMessageBox.StandardButton.Save: translate("Dialogs", "&Save"),
                QMessageBox.StandardButton.Discard: translate("Dialogs", "&Discard"),
                QMessageBox.StandardButton.Cancel: translate("Dialogs", "&Cancel")})
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def confirm_delete(parent: QWidget, what: str, consequences: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Delete"))
    box.setText(translate("Dialogs", "Delete {what}?").format(what=what))
    box.setInformativeText(consequences + translate("Dialogs", " You can undo this with Ctrl+Z."))
    delete = box.addButton(translate("Dialogs", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    _keys(box, {QMessageBox.StandardButton.Cancel: translate("Dialogs", "&Cancel")})
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def ask_add_as_new(parent: QWidget, what: str, kind_name: str) -> bool:
    """A record being saved is gone (deleted by another window or program): add what was
    typed as a new record, or keep it in the editor?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Not saved"))
    box.setText(translate("Dialogs", "{what} is no longer in the catalogue: it was deleted "
                          "elsewhere.").format(what=capitalised(what)))
    box.setInformativeText(translate("Dialogs", "What you typed is still in the editor. "
                                     "Add it as a new {kind}?").format(kind=kind_name))
    add = box.addButton(translate("Dialogs", "Add as new {kind}").format(kind=kind_name),
                        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(add)
    box.exec()
    return box.clickedButton() is add


def _keys(box: QMessageBox, texts: dict[QMessageBox.StandardButton, str]) -> None:
    """Standard buttons with a key each (Qt's own texts have none on Linux)."""
    for button, text in texts.items():
        box.button(button).setText(text)


def show_error(parent: QWidget, title: str, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(message)
    box.exec()


def choose_file(parent: QWidget, title: str, filters: str, *, save: bool,
                suggested: str = "", suffix: str = "") -> str | None:
    """A file dialog; None when the person cancels."""
    if not save:
        suggested = ""  # opening starts where the person last chose a file (see start_folder)
    dialog = QFileDialog(parent, title, suggested or start_folder(), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                       else QFileDialog.FileMode.ExistingFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = dialog.selectedFiles()[0]
    QSettings().setValue(LAST_FOLDER, str(Path(chosen).parent))
    return chosen


LAST_FOLDER = "files/last_folder"


def start_folder() -> str:
    """The folder a file was last chosen in, else Documents, else home: never "/" or the
    folder above the catalogue, where Open and Import used to start."""
    last = QSettings().value(LAST_FOLDER)
    if isinstance(last, str) and QDir(last).exists():
        return last
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and QDir(documents).exists() else QDir.homePath()


class WorkProgress:
    """A cancellable progress bar for long work done on the GUI thread (import, export,
    demo data). Called as progress(done, total), it answers False once Cancel is pressed;
    the bar appears only when the work looks like taking more than 0.4 s."""

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        self.dialog = QProgressDialog(label, translate("Dialogs", "&Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        # The title bar shares its width with the window manager's buttons: room for both,
        # or the title is cut ("New de...talogue").
        self.dialog.setMinimumWidth(max(420, 2 * self.dialog.fontMetrics().horizontalAdvance(
            title) + 160))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()


class AddRecordDialog(QDialog):
    """Choose what to add, fill in its fields; OK only when the services accept them."""

    def __init__(self, document: CatalogueDocument, session_id: int,
                 area: tuple[int, str] | None, default_kind: Kind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session_id = session_id
        self.area = area
        self.setWindowTitle(translate("Dialogs", "Add a record"))
        self.setMinimumWidth(620)
        self.kind_combo = QComboBox()
        for kind, info in KINDS.items():  # what can be added here: a measure needs an area
            if info.editable and (info.parent == Kind.SESSION
                                  or (info.parent == Kind.AREA and area is not None)):
                self.kind_combo.addItem(capitalised(info.name()), kind)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.forms: dict[str, RecordForm] = {}
        self.message = refusal_label()
        top = QFormLayout()
        top.addRow(translate("Dialogs", "Record t&ype"), self.kind_combo)
        top.addRow("", self.where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Dialogs", "A&dd"))  # Alt+A is the agreement's "Areas served"
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Dialogs", "&Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.form_holder = QVBoxLayout()
        self.layout_.addLayout(self.form_holder, 1)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(default_kind)))
        self._show_kind()

    @property
    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData())

    @property
    def parent_id(self) -> int:
        in_area = KINDS[self.kind].parent == Kind.AREA
        return self.area[0] if in_area and self.area else self.session_id

    def form(self) -> RecordForm:
        kind = self.kind
        if kind not in self.forms:
            form = RecordForm(kind)
            if kind == Kind.AGREEMENT:
                form.area_picker.set_choices(queries.area_choices(self.document.engine,
                                                                  self.session_id))
                form.annex_picker.set_choices(queries.annex_choices(self.document.engine,
                                                                    self.session_id))
            if kind == Kind.OFFICIAL:  # the sides of the plenary's conference
                form.set_sides(queries.side_choices(self.document.engine, self.session_id))
            form.context.hide()
            form.layout_.setRowVisible(form.updated, False)  # a new record was never changed
            form.load(self._defaults(kind))
            self.forms[kind] = form
            self.form_holder.addWidget(form)
            self._buttons_after(form)
        return self.forms[kind]

    def _buttons_after(self, form: RecordForm) -> None:
        """Tab goes from the form's last field to Add, then Cancel: the form, made after
        the buttons, came after them (Record type, Add, Cancel, then the fields)."""
        last: QWidget = form
        widget = form.nextInFocusChain()
        while widget is not None and form.isAncestorOf(widget):  # its last field (Qt moves
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # nothing after a label)
                last = widget
            widget = widget.nextInFocusChain()
        for button in (self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                       self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            QWidget.setTabOrder(last, button)
            last = button

    def _defaults(self, kind: Kind) -> dict[str, Any]:
        """Sensible starting values: the next free numeral and annex number, common roles."""
        if kind == Kind.AGREEMENT:
            numerals = [item.values["numeral"] for item in queries.children(
                self.document.engine, ListKey(ListKind.AGREEMENTS, self.session_id))]
            from catalogue.release import int_to_roman, roman_to_int

            highest = max((roman_to_int(n) or 0 for n in numerals), default=0)
            return {"numeral": int_to_roman(highest + 1)}
        if kind == Kind.ANNEX:
            numbers = [number for _, number, _ in queries.annex_choices(
                self.document.engine, self.session_id)]
            return {"number": max(numbers, default=0) + 1}
        if kind == Kind.OFFICIAL:
            return {"honorific": "Mr"}
        return {}

    def _show_kind(self) -> None:
        for form in self.forms.values():
            form.hide()
        form = self.form()
        form.show()
        form.focus_first()
        self.message.hide()
        if KINDS[self.kind].parent == Kind.AREA and self.area:
            self.where.setText(translate("Dialogs", "The measure is added at the end of "
                                         "\u201c{area}\u201d.").format(area=self.area[1]))
        else:
            self.where.setText(translate("Dialogs", "It is added to the plenary, at the end of "
                                         "its list."))

    def values(self) -> dict[str, Any]:
        return self.form().values()

    def accept(self) -> None:
        errors = self.document.validate(self.kind, None, self.parent_id, self.values())
        if errors:
            self.message.setText(translate("Dialogs", "Cannot add: {errors}").format(
                errors="; ".join(errors.values())))
            self.message.show()
            return
        super().accept()


def about_text(version: str, path: str) -> str:
    name = translate("Dialogs", "Catalogue {version}").format(version=version)
    what = translate("Dialogs", "The record of the Hong Kong/Shanghai Co-operation Conference.")
    where = translate("Dialogs", "Database:")
    return (f"<h3>{html.escape(name)}</h3><p>{html.escape(what)}</p>"
            f"<p>{html.escape(where)}<br><code>{html.escape(path)}</code></p>")



BANNER_STYLE = ("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 6px 10px;"
                " border-bottom: 1px solid #e0c97a; }")


def banner() -> QLabel:
    """The yellow strip above the window's content that says why it is read-only."""
    label = QLabel()
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.hide()
    return label


def count_phrases(counts: Mapping[Kind, int]) -> dict[str, str]:
    """Each kind's count with its noun ("15 areas"), for the texts that list them all."""
    return dict(
        areas=translate("MainWindow", "%n area(s)", None, counts[Kind.AREA]),
        measures=translate("MainWindow", "%n measure(s)", None, counts[Kind.MEASURE]),
        officials=translate("MainWindow", "%n official(s)", None, counts[Kind.OFFICIAL]),
        agreements=translate("MainWindow", "%n agreement(s)", None, counts[Kind.AGREEMENT]),
        annexes=translate("MainWindow", "%n annex(es)", None, counts[Kind.ANNEX]),
    )
