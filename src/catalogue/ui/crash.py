"""The catch-all: whatever escapes into Qt's event loop reaches the person, not a terminal.

An exception nobody caught is written with its traceback to a log file in the per-user
data folder and shown in a dialog with its one-line description and "Copy details", so
the officer can send it on. A refusal the code expected (a database or file failure) is
shown the same way without calling it a bug. In self-test mode it is one printed line and
exit status 1, since nobody is there to click.
"""

import datetime
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from catalogue import __version__
from catalogue.errors import is_expected, one_line
from catalogue.i18n import translate
from catalogue.storage import app_data_dir

LOG_NAME = "catalogue-errors.log"


def log_path(folder: Path | None = None) -> Path:
    return (folder or app_data_dir()) / LOG_NAME


def write_log(details: str, folder: Path | None = None) -> Path | None:
    """Append `details` to the error log (in `folder`, else the per-user data folder);
    None when even that fails."""
    path = log_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')} "
                      f"Catalogue {__version__}\n{details}\n")
    except OSError:
        return None
    return path


class CrashHandler:
    """Installed as sys.excepthook while the window runs."""

    def __init__(self, parent: Callable[[], QWidget | None], headless: bool = False,
                 log_dir: Path | None = None) -> None:
        """`log_dir` replaces the per-user data folder (a self-test writes nothing there)."""
        self.parent = parent
        self.headless = headless
        self.log_dir = log_dir
        self.showing = False
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        logged = write_log(details, self.log_dir)
        self.count += 1
        message = one_line(error)
        if self.headless:
            where = f" (details in {logged})" if logged else ""
            print(f"catalogue: {message}{where}", file=sys.stderr)
            QCoreApplication.exit(1)
            return
        if self.showing:  # one dialog at a time; the rest are in the log
            return
        self.showing = True
        try:
            show_failure(self.parent(), message, details, logged, is_expected(error))
        finally:
            self.showing = False


def show_failure(parent: QWidget | None, message: str, details: str, logged: Path | None,
                 expected: bool) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("CrashHandler", "Something went wrong"))
    box.setText(message)
    where = (translate("CrashHandler", "The details were written to {path}.").format(
        path=logged) if logged else "")
    box.setInformativeText(" ".join(filter(None, [
        translate("CrashHandler", "Nothing that was saved is lost.") if expected else
        translate("CrashHandler", "This is a fault in Catalogue; what was saved is not "
                  "lost. Please send the details to whoever looks after Catalogue."),
        where])))
    box.setDetailedText(details)
    copy = box.addButton(translate("CrashHandler", "&Copy details"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()
