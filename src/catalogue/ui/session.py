"""One opened catalogue as the window holds it: the file and its lock, the document that
changes it, the search worker that reads it, and the whole-file check that must pass before
anything is changed.

Switching catalogues replaces this one object; signals connected to it die with it, so
nothing has to be rewired by hand.
"""

import contextlib
import gc
import getpass
import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from catalogue import chinese
from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import Changes
from catalogue.storage import StoreError
from catalogue.storage import live as live_storage
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.live import ChangeFeed
from catalogue.ui.safety import IntegrityCheck, OpenedCatalogue
from catalogue.ui.search import BackgroundSearch

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

queries = lazy_import("catalogue.queries")
ORM_MODULES = ("catalogue.queries", "catalogue.services", "sqlalchemy.dialects.sqlite.pysqlite")
"""What the engine and the first queries import: SQLAlchemy, SQLModel and the tables."""


class CatalogueSession(QObject):
    check_passed = Signal()
    """The whole-file check found the catalogue whole: changes may be saved."""
    check_failed = Signal(object)
    """The check failed, with the StoreError (usually DamagedError) to show."""
    _imported = Signal()
    """Emitted by the warm-up thread once the ORM is imported."""

    def __init__(self, opened: OpenedCatalogue, totals: dict[Kind, int] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.document = CatalogueDocument(lambda: opened.engine, opened.path, self,
                                          server=opened.server)
        self.searcher = BackgroundSearch(opened.path, opened.read_only is not None, self,
                                         opened.make_engine if opened.server else None)
        self._check: IntegrityCheck | None = None
        self._totals = totals
        self._warming = False
        self._check_waits = False
        self._closed = False
        self.warm = False
        """The ORM is imported and the engine made (see warm_up)."""
        self.document.changed.connect(self._forget_totals)
        self._imported.connect(self._make_engine)
        self.feed = ChangeFeed(lambda: opened.engine, parent=self)
        """Other windows' changes (a team catalogue's listener feeds it; a file's, never)."""
        self.listener: live_storage.Listener | None = None
        if opened.server is not None:
            self.listen()

    def listen(self) -> None:
        """A team catalogue: name this window's connections after its officer (the name
        set in Settings, else the server role), give its change sets a token to know them
        by, and hear the others' on a thread of their own."""
        engine = self.opened.engine
        officer = self.document.origin().officer or live_storage.login_role(engine)
        if not officer:
            with contextlib.suppress(KeyError, OSError):
                officer = getpass.getuser()
        self.document.officer = officer
        self.feed.token = live_storage.identify(engine, officer)
        self.listener = live_storage.Listener(engine, self.feed.heard, self.feed.heard_peers,
                                              self.feed.heard_gap)
        self.listener.start()

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
        """Read the whole file for damage on a worker thread (once the window is up; after
        `check_with_warm_up`, once warm_up starts)."""
        if self.opened.checked or self._check is not None or self._check_waits or self._closed:
            return
        self._check = IntegrityCheck(self.opened, self)
        self._check.done.connect(self._checked)
        self._check.start()

    def check_finished(self) -> bool:
        """Whether the check's thread is done, with the daily backup that follows a check
        that passed (so nothing writes to the backups folder any more)."""
        return self._check is None or self._check.isFinished()

    def _checked(self, error: object) -> None:
        if error is None:
            self.opened.checked = True
            self.check_passed.emit()
        else:
            self.check_failed.emit(error)

    def warm_up(self) -> None:
        """Import the ORM (about half a second) on a worker thread, then make the engine
        here. On the GUI thread that import held up the first record shown in the editor;
        until it is done, records are read with sqlite3 (CatalogueDocument.record), and
        anything that needs the ORM sooner imports it under importlib's module lock, so it
        waits for this import rather than seeing modules half-made. A daemon thread: an
        import cannot be stopped, and quitting need not wait for it. Once only."""
        if self._warming or self._closed:  # a timer may fire after the window closed
            return
        self._warming = True
        threading.Thread(target=self._import_orm, name="import ORM", daemon=True).start()
        if self._check_waits:
            self._check_waits = False
            self.start_check()

    def check_with_warm_up(self) -> None:
        """Start the whole-file check with warm_up rather than when the window is shown: on
        a large file its reading slowed the first record's paint by 10-30 ms."""
        self._check_waits = not self._warming

    def _import_orm(self) -> None:
        for name in ORM_MODULES:
            importlib.import_module(name)
        chinese.load()  # what a search and the filtered tree's marks fold Chinese with
        with contextlib.suppress(RuntimeError):  # this session was deleted meanwhile
            self._imported.emit()  # queued to the GUI thread

    def _make_engine(self) -> None:
        """Then move everything alive by now (modules, classes, widgets: kept for the app's
        life) out of the garbage collector's reach. Its full passes over them took 90 ms on
        the 100,000-record catalogue, a visible hitch mid-typing; after this, about 8 ms."""
        try:
            self.document.engine  # noqa: B018 - the point is the side effect
        except StoreError:
            return  # said when the engine is first needed
        gc.collect()
        gc.freeze()
        self.warm = True

    def stop_background_work(self) -> None:
        """Wait for the search, check and listener threads: Qt aborts if one outlives the
        app."""
        self.feed.stop()
        if self.listener is not None:
            self.listener.stop()
        self.searcher.stop()
        if self._check is not None:
            self._check.wait()

    def close(self) -> None:
        """Stop the threads, close the engine and let go of the lock; start none after."""
        self._closed = True
        self.stop_background_work()
        self.opened.close()
