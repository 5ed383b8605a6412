"""What the window does with the history, wired in one place so main_window stays wiring
only: the editor's History tab, Edit > Recently Deleted, View > Activity and the officer's
name the change sets record (Edit > Officer name, kept in QSettings).
"""

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QScrollArea, QTabWidget, QVBoxLayout

from catalogue import naming
from catalogue.i18n import translate
from catalogue.kinds import RecordKey
from catalogue.lazy import lazy_import
from catalogue.spec import OFFICER_SETTING, NotFound, ServiceError
from catalogue.ui.activity import ActivityDialog
from catalogue.ui.deleted import DeletedDialog, area_now, named
from catalogue.ui.dialogs import show_error
from catalogue.ui.editors import DetailEditor
from catalogue.ui.history_commands import RestoreDeletedCommand, RestoreVersionCommand
from catalogue.ui.history_tab import HistoryPanel

if TYPE_CHECKING:
    from catalogue.history import ChangeEntry, DeletedRecord
    from catalogue.ui.main_window import MainWindow

history = lazy_import("catalogue.history")


def os_user() -> str:
    """The name recorded when the officer has set none (as the services record it)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def officer_name() -> str:
    """The officer's name set in Settings, or '' (the operating-system user is recorded)."""
    return str(QSettings().value(OFFICER_SETTING, "") or "").strip()


def set_officer_name(name: str) -> None:
    QSettings().setValue(OFFICER_SETTING, name.strip())


def attach_tabs(editor: DetailEditor, panel: HistoryPanel) -> QTabWidget:
    """Put the editor's (scrolling) forms and the History panel in two tabs, where the
    forms were: the heading and the Save and Revert buttons stay around both."""
    layout = editor.layout()
    assert isinstance(layout, QVBoxLayout)
    forms = editor.findChild(QScrollArea, "formScroll")
    page = forms if forms is not None else editor.stack
    index = layout.indexOf(page)
    tabs = EditorTabs()
    tabs.setObjectName("editorTabs")
    tabs.setDocumentMode(True)
    layout.insertWidget(index, tabs, 1)
    tabs.addTab(page, "")
    tabs.addTab(panel, "")
    tabs.name()
    return tabs


class EditorTabs(QTabWidget):
    """The editor's Fields and History tabs, named again in a new language."""

    def name(self) -> None:
        """No Alt letters: the menu bar has Alt+F and Alt+H (File, Help); Ctrl+H toggles."""
        self.setTabText(0, translate("History", "Fields"))
        self.setTabText(1, translate("History", "History"))
        self.setTabToolTip(1, translate("History", "The record's changes (Ctrl+H)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.name()
        super().changeEvent(event)


class HistoryViews(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.panel = HistoryPanel(lambda: window.session.engine,
                                  lambda: window.session.writable)
        self.tabs = attach_tabs(window.editor, self.panel)
        self.deleted_dialog: DeletedDialog | None = None
        self.activity_dialog: ActivityDialog | None = None
        window.controller.changed.connect(self.follow)
        window.undo_stack.indexChanged.connect(self.follow)  # also cleared: another file
        window.undo_stack.indexChanged.connect(self._activity_follows)
        self.panel.restore_requested.connect(self.restore_version)
        a = window.actions_
        a.record_history.triggered.connect(self.toggle_history)
        a.recently_deleted.triggered.connect(self.show_deleted)
        a.activity.triggered.connect(self.show_activity)
        a.officer_name.triggered.connect(self.ask_officer)

    def follow(self) -> None:
        """The editor's record or the catalogue changed: the History tab follows."""
        editor = self.window.editor
        self.panel.follow(editor.kind, editor.record_id)

    def toggle_history(self) -> None:
        """Ctrl+H: the History tab, or back to the fields."""
        showing = self.tabs.currentWidget() is self.panel
        self.tabs.setCurrentIndex(0 if showing else 1)
        (self.window.editor.form.focus_first() if showing and self.window.editor.form
         else self.panel.list.setFocus())

    def _failed(self, message: str) -> None:
        show_error(self.window, translate("History", "Not restored"), message)

    # -- an earlier version --------------------------------------------------------------

    def restore_version(self, entry: "ChangeEntry") -> None:
        controller = self.window.controller
        shown = controller.shown()
        if shown is None or not controller.confirm_leave():
            return
        text = naming.restore_version_text(shown.kind, controller.values,
                                           entry.at.strftime("%Y-%m-%d %H:%M"))
        command = RestoreVersionCommand(self.window.session.document, shown.kind, shown.id,
                                        entry.change_id, text, None)
        self.window.undo_stack.push(command)
        if command.failed:
            self._failed(str(command.error))
            return
        command.on_error = self._failed
        self.window.statusBar().showMessage(translate(
            "History", "{what}: Ctrl+Z undoes it").format(what=text), 8000)

    # -- deleted records -----------------------------------------------------------------

    def show_deleted(self) -> DeletedDialog | None:
        """Edit > Recently Deleted (window-modal; returns the dialog it opened)."""
        window = self.window
        try:
            dialog = DeletedDialog(lambda: window.session.engine, self.restore_deleted,
                                   window.session.writable, window)
        except ServiceError as error:
            show_error(window, translate("History", "Recently Deleted"), str(error))
            return None
        self.deleted_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_deleted(self, deleted: "DeletedRecord") -> str | None:
        """Put a deleted record back as an undoable command and select it; why not, or None."""
        window = self.window
        if not window.controller.confirm_leave():
            return translate("History", "the record being edited has unsaved changes")
        values = dict(deleted.values)
        area = area_now(window.session.engine, deleted.entry)
        if area is not None:  # a measure is named by its area as it is now: "3.2"
            values["area_position"] = area["position"]
        text = naming.restore_text(deleted.entry.kind, values)
        command = RestoreDeletedCommand(window.session.document, deleted, text, None)
        window.undo_stack.push(command)
        if command.failed:
            return str(command.error)
        command.on_error = self._failed
        window.controller.reveal(command.shown(False), expand=True)
        window.statusBar().showMessage(translate("History", "Restored {what}").format(
            what=named(window.session.engine, deleted)), 8000)
        return None

    # -- every change --------------------------------------------------------------------

    def show_activity(self) -> ActivityDialog | None:
        """View > Activity (modeless: double-clicking a change selects it in the tree)."""
        window = self.window
        if self.activity_dialog is not None:
            self.activity_dialog.refresh()
            self.activity_dialog.show()
            self.activity_dialog.raise_()
            self.activity_dialog.activateWindow()
            return self.activity_dialog
        try:
            dialog = ActivityDialog(lambda: window.session.engine, self.select_change, window)
        except ServiceError as error:
            show_error(window, translate("History", "Activity"), str(error))
            return None
        self.activity_dialog = dialog
        dialog.show()
        return dialog

    def _activity_follows(self) -> None:
        """A change made (or undone) in the window shows in an open Activity view."""
        if self.activity_dialog is not None and self.activity_dialog.isVisible():
            self.activity_dialog.refresh()

    def select_change(self, entry: "ChangeEntry") -> bool:
        """Select a change's record in the tree; False when it no longer exists."""
        engine = self.window.session.engine
        try:
            if history.uuid_of(engine, entry.kind, entry.record_id) != entry.record_uuid:
                return False
        except NotFound:
            return False
        controller = self.window.controller
        if not controller.confirm_leave():
            return True
        controller.reveal(RecordKey(entry.kind, entry.record_id))
        return True

    # -- settings ------------------------------------------------------------------------

    def ask_officer(self) -> QInputDialog:
        """Edit > Officer name: the name change sets record (empty: the computer login)."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(translate("History", "Officer name"))
        dialog.setLabelText(translate(
            "History", "The name recorded with every change you make.\nLeave it empty to "
            "record your computer login ({user}).").format(user=os_user()))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(officer_name())
        dialog.textValueSelected.connect(self._officer_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _officer_chosen(self, name: str) -> None:
        set_officer_name(name)
        self.window.statusBar().showMessage(translate(
            "History", "Changes are now recorded as made by {name}").format(
                name=officer_name() or os_user()), 5000)
