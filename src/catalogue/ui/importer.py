"""File > Import press release...: add a plenary from its press release in the window.

The same parser and import service as `catalogue import`. Releases give no year, so the
date comes from the bundled curation or from the officer. Before anything is written the
preview shows what was read (the text of `catalogue import --dry-run`), and the officer
imports or cancels. Replacing a plenary that is
already catalogued asks first and takes a backup; it is not an undo step (the backup is
the way back), so the undo history, which may name the replaced records, is cleared.
"""

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDir
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from catalogue import workflows
from catalogue.i18n import translate
from catalogue.release import Release, ReleaseError
from catalogue.spec import Cancelled, ImportResult, ServiceError
from catalogue.storage import StoreError
from catalogue.ui.dialogs import WorkProgress, choose_file, show_error
from catalogue.ui.import_preview import confirm_import
from catalogue.ui.worker import Cancelled as WorkerCancelled
from catalogue.ui.worker import run_off_thread

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class DateDialog(QDialog):
    """Ask for the plenary's date, starting from the day the release gives."""

    def __init__(self, release: Release, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Importer", "Date of the plenary"))
        self.setMinimumWidth(440)
        explanation = QLabel(translate("Importer",
            "The press release for the {title} gives the day but not the year. When was the "
            "plenary held?").format(title=release.title))
        explanation.setWordWrap(True)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        month, day = release.month_day or (1, 1)
        self.date.setDate(QDate(datetime.date.today().year, month, day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(explanation)
        layout.addRow(translate("Importer", "&Date"), self.date)
        layout.addRow(buttons)

    def value(self) -> datetime.date:
        day = self.date.date()
        return datetime.date(day.year(), day.month(), day.day())


def confirm_replace(parent: QWidget, title: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Importer", "Replace plenary"))
    box.setText(translate("Importer", "The {title} is already catalogued.").format(title=title))
    box.setInformativeText(translate("Importer",
        "Replace all of its records with the ones in this press release? A backup is taken "
        "first; to go back, restore it (File > Restore backup...). This cannot be undone "
        "with Ctrl+Z."))
    replace = box.addButton(translate("Importer", "Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def import_from_file(window: QWidget, engine: "Engine", path: Path | None
                     ) -> ImportResult | None:
    """Ask for a release and import it through the import workflow; None when cancelled or
    refused (already said)."""
    title = translate("Importer", "Import press release")
    chosen = choose_file(window, title, translate("Importer",
                                                  "Press releases (*.txt);;All files (*)"),
                         save=False, suggested=QDir.homePath())
    if chosen is None:
        return None
    try:
        release = run_off_thread(window, title, translate("Importer", "Reading {name}...").format(
            name=Path(chosen).name), lambda: workflows.read_release(Path(chosen)))
    except WorkerCancelled:
        return None
    except ReleaseError as error:
        show_error(window, title, str(error))
        return None
    try:
        date = workflows.known_date(release)
        if date is None:
            dialog = DateDialog(release, window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            date = dialog.value()
        prepared = workflows.prepare_import(release, date)
    except ReleaseError as error:
        show_error(window, title, str(error))
        return None
    existing = workflows.existing_plenary(engine, release)
    if not confirm_import(window, prepared, existing):
        return None  # nothing was written
    if existing and not confirm_replace(window, release.title):
        return None
    progress = WorkProgress(window, title, translate("Importer", "Importing the {title}..."
                                                     ).format(title=release.title))
    try:
        return workflows.import_release(engine, prepared, path=path, replace=bool(existing),
                                        progress=progress)
    except Cancelled:
        return None  # rolled back: the catalogue is as it was
    except (StoreError, ServiceError) as error:
        show_error(window, title, str(error))
        return None
    finally:
        progress.close()
