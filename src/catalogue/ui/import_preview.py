"""The import preview: what a press release was read as, before anything is written.

It shows the text `catalogue import --dry-run` prints (workflows.import_summary: counts
per record type, the tree that will be added, every paragraph not placed with its
position), so the window and the command line say the same. Import is the default button
(Enter); Cancel (Escape) writes nothing.
"""

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from catalogue import workflows
from catalogue.i18n import translate


class ImportPreviewDialog(QDialog):
    """Confirm or cancel an import after seeing what it adds."""

    def __init__(self, prepared: workflows.PreparedImport, existing: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        release = prepared.release
        self.setWindowTitle(translate("ImportPreview", "Import preview"))
        self.resize(760, 560)
        headline = QLabel(translate("ImportPreview", "Import the {title}?").format(
            title=release.title))
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        if release.unplaced:
            self.warning.setText(translate(
                "ImportPreview", "%n paragraph(s) of the release could not be placed in any "
                "record. They are listed below with their position in the text; after "
                "the import you can add what they say by hand.", None, len(release.unplaced)))
        self.warning.setVisible(bool(release.unplaced))
        layout.addWidget(self.warning)
        # The paragraphs not placed, first and on their own, where they cannot be missed (the
        # summary below ends with them too, as --dry-run prints it).
        self.unplaced = QListWidget()
        self.unplaced.setWordWrap(True)
        self.unplaced.setAccessibleName(translate("ImportPreview", "Paragraphs not placed"))
        self.unplaced.addItems([f"{paragraph.position()}: {paragraph.text}"
                                for paragraph in release.unplaced])
        self.unplaced.setMaximumHeight(140)
        self.unplaced.setVisible(bool(release.unplaced))
        layout.addWidget(self.unplaced)
        self.summary = QPlainTextEdit(workflows.import_summary(prepared, existing=existing))
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary.setAccessibleName(translate("ImportPreview", "What the import adds"))
        layout.addWidget(self.summary, 1)
        buttons = QDialogButtonBox()
        label = (translate("ImportPreview", "&Import anyway") if release.unplaced
                 else translate("ImportPreview", "&Import"))
        self.import_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = buttons.addButton(translate("ImportPreview", "&Copy summary"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(translate(
            "ImportPreview", "Copy this summary, to keep the paragraphs not placed at hand "
            "while you add what they say"))
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.summary.toPlainText()))
        self.import_button.setDefault(True)
        self.import_button.setAutoDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.import_button.setFocus()


def confirm_import(parent: QWidget, prepared: workflows.PreparedImport,
                   existing: str | None = None) -> bool:
    """Show the preview; True when the officer chose to import."""
    dialog = ImportPreviewDialog(prepared, existing, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
