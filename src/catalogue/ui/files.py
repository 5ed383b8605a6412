"""The File menu's work: new, open, demo, import, export, restore, and a failed check.

Each action asks the questions only a person can answer, then runs the same Qt-free
workflow as the command line, and hands a newly opened catalogue to the window as a new
session. Nothing is written over without the officer's word.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from catalogue import __version__
from catalogue.errors import one_line
from catalogue.i18n import translate
from catalogue.kinds import RecordKey
from catalogue.lazy import lazy_import
from catalogue.spec import Cancelled, Source
from catalogue.storage import DamagedError, StoreError, app_data_dir, real_path
from catalogue.ui.dialogs import WorkProgress, about_text, choose_file, show_error
from catalogue.ui.safety import (
    OpenedCatalogue,
    RestoreDialog,
    offer_restore,
    open_for_window,
    open_server_for_window,
)
from catalogue.ui.worker import run_off_thread

if TYPE_CHECKING:
    from catalogue.storage.server import ServerAddress
    from catalogue.ui.main_window import MainWindow

workflows = lazy_import("catalogue.workflows")  # loaded when a File action first needs it


class FileActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        # connected here, beside its slot, so the window's table of connections is unchanged
        window.actions_.export_spreadsheet.triggered.connect(lambda: self.export_spreadsheet())
        window.actions_.connect_server.triggered.connect(lambda: self.connect_server())
        window.actions_.back_up_now.triggered.connect(lambda: self.back_up_now())

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _may_leave(self) -> bool:
        return self.window.controller.confirm_leave()

    # -- opening -----------------------------------------------------------------------------

    def switch_to(self, path: Path) -> bool:
        """Open `path` in this window; False (after saying why) when it cannot be."""
        window = self.window
        try:
            path = real_path(path)
        except StoreError as error:
            show_error(window, translate("FileActions", "Open database"), str(error))
            return False
        if not path.exists():
            show_error(window, translate("FileActions", "Open database"),
                       translate("FileActions", "{path} does not exist").format(path=path))
            return False
        same = path.resolve() == window.session.path.resolve()
        if same:
            window.session.close()  # the same file: let go of its lock and engine first
        try:
            opened = open_for_window(path, window)
        except StoreError as error:
            show_error(window, translate("FileActions", "Open database"), str(error))
            opened = None
        if opened is None:
            if same:
                window.close()
            return False
        window.use(opened)
        self._status(translate("FileActions", "Opened {path}").format(path=path), 5000)
        return True

    def check_failed(self, opened: OpenedCatalogue, error: StoreError) -> None:
        """The whole-file check found damage after the window opened."""
        window = self.window
        window.editor.revert()  # nothing typed meanwhile can be saved into a damaged file
        window.session.close()  # a restore replaces the file: nothing may stay open on it
        if isinstance(error, DamagedError) and offer_restore(error, window):
            self.switch_to(opened.path)
            return
        if not isinstance(error, DamagedError):
            show_error(window, translate("FileActions", "Open database"), str(error))
        window.close()

    def _choose_new_file(self, title: str, suggested_name: str) -> Path | None:
        """A file name for a new catalogue; an existing file is refused, never written over."""
        target = choose_file(self.window, title, translate("FileActions", "Catalogue (*.db)"),
                             save=True, suffix="db", suggested=str(
                                 self.window.session.path.with_name(suggested_name)))
        if target is None:
            return None
        path = Path(target)
        if path.exists():
            show_error(self.window, title, translate(
                "FileActions", "{path} already exists. Choose a new file name: Catalogue "
                "never writes over an existing file.").format(path=path))
            return None
        return path

    def new_database(self) -> None:
        if not self._may_leave():
            return
        title = translate("FileActions", "New database")
        path = self._choose_new_file(title, "new-catalogue.db")
        if path is None:
            return
        try:
            workflows.create_catalogue(path)
        except (StoreError, OSError) as error:
            show_error(self.window, title, one_line(error))
            return
        self.switch_to(path)

    def new_demo_database(self) -> None:
        """Generate a synthetic catalogue into a new file, with a cancellable progress bar,
        and open it; a cancelled run leaves no file behind."""
        from catalogue.demo import generate

        if not self._may_leave():
            return
        title = translate("FileActions", "New demo catalogue")
        records, chosen = QInputDialog.getInt(
            self.window, title, translate(
                "FileActions", "How many records (plenaries, areas, measures, officials, "
                "agreements and annexes in all)?"), 100_000, 1, 1_000_000, 1000)
        if not chosen:
            return
        path = self._choose_new_file(title, "demo-catalogue.db")
        if path is None:
            return
        progress = WorkProgress(self.window, title, translate(
            "FileActions", "Writing %Ln demo record(s)...", None, records))
        try:
            count = generate(path, records, progress=progress)
        except Cancelled:
            self._status(translate("FileActions", "Cancelled; no file was created"))
            return
        except (StoreError, OSError) as error:
            show_error(self.window, title, one_line(error))
            return
        finally:
            progress.close()
        if self.switch_to(path):
            self._status(translate("FileActions", "Wrote %Ln demo record(s) to {path}", None,
                                   count).format(path=path))

    def open_database(self) -> None:
        if not self._may_leave():
            return
        target = choose_file(self.window, translate("FileActions", "Open database"),
                             translate("FileActions", "Catalogue (*.db);;All files (*)"),
                             save=False, suggested=str(self.window.session.path.parent))
        if target is not None:
            self.switch_to(Path(target))

    def connect_server(self) -> bool:
        """File > Connect to team server...: open the office's catalogue on a server in
        this window. The dialog stays, with what was typed, until it connects or is
        cancelled; connecting runs off the window's thread (a server may take seconds)."""
        from catalogue.ui.connect import ConnectDialog

        if not self._may_leave():
            return False
        window = self.window
        opened: list[OpenedCatalogue] = []

        def attempt(address: "ServerAddress") -> str | None:
            try:
                opened.append(run_off_thread(window, translate(
                    "FileActions", "Connect to team server"), translate(
                    "FileActions", "Connecting to {address}...").format(address=address),
                    lambda: open_server_for_window(address)))
            except Cancelled:
                return translate("FileActions", "cancelled")
            except StoreError as error:
                return str(error)
            return None

        dialog = ConnectDialog(attempt, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not opened:
            return False
        window.use(opened[-1])
        self._status(translate("FileActions", "Connected to {address}").format(
            address=dialog.address), 8000)
        return True

    # -- import, export, restore -------------------------------------------------------------

    def import_release(self) -> None:
        from catalogue.ui.importer import import_from_file  # the parser loads when first used

        window = self.window
        if not self._may_leave():
            return
        session = window.session
        result = import_from_file(window, session.engine,  # a server has no file to back up
                                  None if session.opened.server else session.path)
        if result is None:
            return
        window.imported(result)

    def export(self) -> None:
        """File > Export CSV...: the file for scripts."""
        self._export(translate("FileActions", "Export CSV"),
                     translate("FileActions", "CSV files (*.csv)"), "csv", spreadsheet=False)

    def export_spreadsheet(self) -> None:
        """File > Export spreadsheet...: the same records as an .xlsx workbook, whose text
        cells a spreadsheet keeps as typed (the CSV's 1.10 would become 1.1)."""
        self._export(translate("FileActions", "Export spreadsheet"),
                     translate("FileActions", "Excel workbooks (*.xlsx)"), "xlsx",
                     spreadsheet=True)

    def _export(self, title: str, filters: str, suffix: str, *, spreadsheet: bool) -> None:
        from catalogue.export import ExportCancelled

        window = self.window
        target = choose_file(window, title, filters, save=True, suffix=suffix,
                             suggested=str(Path.home() / f"catalogue.{suffix}"))
        if target is None:
            return
        session = window.session
        progress = WorkProgress(window, title, translate("FileActions", "Exporting records..."))
        try:
            count = workflows.export_engine(session.engine, session.path, target, progress,
                                            spreadsheet=spreadsheet)
        except ExportCancelled:
            self._status(translate("FileActions", "Export cancelled; nothing was written"))
            return
        except Exception as error:
            show_error(window, translate("FileActions", "Export failed"), one_line(error))
            return
        finally:
            progress.close()
        self._status(translate("FileActions", "Exported %n record(s) to {path}", None,
                               count).format(path=target))

    def back_up_now(self) -> None:
        """File > Back up Now: the command line's `catalogue backup` (workflows.back_up),
        off the window's thread with a busy bar whose Cancel makes no backup; the status
        bar names the backup written, a refusal (a full disk, a read-only folder) is a
        dialog. What is saved is backed up; unsaved typing in the editor is not."""
        import threading

        window = self.window
        title = translate("FileActions", "Back up Now")
        opened = window.session.opened
        location = opened.server if opened.server is not None else window.session.path
        stop = threading.Event()
        try:
            made = run_off_thread(
                window, title, translate("FileActions", "Backing up the catalogue..."),
                lambda: workflows.back_up(location, lambda *_: not stop.is_set()),
                cancel=stop.set)
        except Cancelled:
            self._status(translate("FileActions", "Backup cancelled; no backup was made"))
            return
        except (StoreError, OSError) as error:
            show_error(window, title, one_line(error))
            return
        self._status(translate("FileActions", "Backed up to {path}").format(path=made.path),
                     10000)

    def restore_backup(self) -> None:
        window = self.window
        if not self._may_leave():
            return
        path = window.session.path
        if window.session.opened.server is not None:
            self._restore_on_server(window.session.opened.server)
            return
        dialog = RestoreDialog(path, window)
        backup = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if backup is None:
            return
        import threading

        title = translate("FileActions", "Restore backup")
        view = self._view()
        stop = threading.Event()  # Cancel: heard while it copies; all as it was
        origin = window.session.document.origin(Source.RESTORE)
        window.session.close()
        said: str | None = None
        try:
            saved = run_off_thread(
                window, title, translate("FileActions", "Restoring {backup}...").format(
                    backup=backup.name),
                lambda: workflows.restore(path, backup, "the Catalogue window", origin,
                                          lambda *_: not stop.is_set()),
                cancel=stop.set)
            said = translate(
                "FileActions", "Restored {backup}; the catalogue as it was is saved as {saved}"
            ).format(backup=backup.name, saved=saved.name if saved else "-")
        except Cancelled:
            said = translate("FileActions", "Restore cancelled; nothing was changed")
        except (StoreError, OSError) as error:
            show_error(window, title, one_line(error))
        if not self.switch_to(path):
            return
        self._show_view(view)
        if said is not None:
            self._status(said, 10000)

    def _view(self) -> tuple[str, RecordKey | None]:
        """What the person was looking at: the filter's text and the record shown."""
        return self.window.filter_box.text(), self.window.controller.shown()

    def _show_view(self, view: tuple[str, RecordKey | None]) -> None:
        """After a restore reopened the catalogue: the record shown again (if it still
        exists) and the same filter (searched as if typed), instead of a cleared box."""
        text, shown = view
        window = self.window
        if shown is not None:
            window.controller.reveal(shown)
        if text:
            window.filter_box.setText(text)

    def _restore_on_server(self, address: "ServerAddress") -> None:
        """A team catalogue's owner picks one of the server's local backups; it replaces
        the catalogue in one transaction (the catalogue as it was is backed up first), and
        the window reopens on it. It runs off the window's thread (minutes for a large
        catalogue), with a busy bar whose Cancel rolls it back: the catalogue as it was.
        Anyone else is told who may, before anything is listed."""
        import threading

        from catalogue.ui.safety import open_server_for_window

        window = self.window
        title = translate("FileActions", "Restore backup")
        refusal = workflows.server_restore_refusal(address)
        if refusal is not None:
            show_error(window, title, refusal)
            return
        dialog = RestoreDialog(window.session.path, window, str(address),
                               address.shared_backup_path(app_data_dir()))
        backup = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if backup is None:
            return
        stop = threading.Event()  # Cancel: rolled back at the restore's next step
        origin = window.session.document.origin(Source.RESTORE)
        try:
            saved, _ = run_off_thread(
                window, title, translate("FileActions", "Restoring {backup}...").format(
                    backup=backup.name),
                lambda: workflows.restore_server(address, backup,
                                                 lambda *_: not stop.is_set(), origin),
                cancel=stop.set)
        except Cancelled:
            self._status(translate("FileActions", "Restore cancelled; nothing was changed"),
                         10000)
            return
        except (StoreError, OSError) as error:  # a full disk for the before-restore copy
            show_error(window, title, one_line(error))
            return
        view = self._view()
        try:
            window.use(open_server_for_window(address))
        except StoreError as error:
            show_error(window, title, str(error))
            return
        self._show_view(view)
        self._status(translate(
            "FileActions", "Restored {backup}; the catalogue as it was is saved as {saved}"
        ).format(backup=backup.name, saved=saved.name), 10000)

    def about(self) -> None:
        QMessageBox.about(self.window, translate("FileActions", "About Catalogue"),
                          about_text(__version__, str(self.window.session.path)))
