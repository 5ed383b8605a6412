"""One opened catalogue as the window holds it: the file and its lock, the document that
changes it, the search worker that reads it, and the whole-file check that must pass before
anything is changed.

Switching catalogues replaces this one object; signals connected to it die with it, so
nothing has to be rewired by hand.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import Changes
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.safety import IntegrityCheck, OpenedCatalogue
from catalogue.ui.search import BackgroundSearch

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

queries = lazy_import("catalogue.queries")


class CatalogueSession(QObject):
    check_passed = Signal()
    """The whole-file check found the catalogue whole: changes may be saved."""
    check_failed = Signal(object)
    """The check failed, with the StoreError (usually DamagedError) to show."""

    def __init__(self, opened: OpenedCatalogue, totals: dict[Kind, int] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.document = CatalogueDocument(lambda: opened.engine, opened.path, self)
        self.searcher = BackgroundSearch(opened.path, opened.read_only is not None, self)
        self._check: IntegrityCheck | None = None
        self._totals = totals
        self.document.changed.connect(self._forget_totals)

    @property
    def path(self) -> Path:
        return self.opened.path

    @property
    def engine(self) -> "Engine":
        return self.opened.engine

    @property
    def read_only(self) -> str | None:
        """Why the catalogue cannot be changed, or None."""
        return self.opened.read_only

    @property
    def checked(self) -> bool:
        return self.opened.checked

    @property
    def writable(self) -> bool:
        """Changes may be made now: the file is writable and has passed its check."""
        return self.opened.read_only is None and self.opened.checked

    def totals(self) -> dict[Kind, int]:
        """Records of each kind, kept until the catalogue changes: counting 100,000
        records on every selection and filter would cost 5 ms each time."""
        if self._totals is None:
            self._totals = queries.totals(self.engine)
        return self._totals

    def _forget_totals(self, _changes: Changes | None = None) -> None:
        self._totals = None

    def forget_totals(self) -> None:
        """The catalogue changed outside the document (an import): count again."""
        self._forget_totals()

    def start_check(self) -> None:
        """Read the whole file for damage on a worker thread (once the window is up)."""
        if self.opened.checked or self._check is not None:
            return
        self._check = IntegrityCheck(self.opened, self)
        self._check.done.connect(self._checked)
        self._check.start()

    def _checked(self, error: object) -> None:
        if error is None:
            self.opened.checked = True
            self.check_passed.emit()
        else:
            self.check_failed.emit(error)

    def stop_background_work(self) -> None:
        """Wait for the search and check threads: Qt aborts if one outlives the app."""
        self.searcher.stop()
        if self._check is not None:
            self._check.wait()

    def close(self) -> None:
        """Stop the threads, close the engine and let go of the lock."""
        self.stop_background_work()
        self.opened.close()
