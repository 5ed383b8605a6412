"""Search off the GUI thread, so typing in the filter box never waits for the database.

One serial worker with its own database connection answers the newest request; answers to
requests that were overtaken by more typing are dropped. When more records match than are
shown, the first ones are sent back at once; counting them all (which reads every match) is
a second request, answered unless more typing came first. The worker never touches widgets
(doing so from another thread crashes Qt): it only sends back plain results.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from catalogue.lazy import lazy_import
from catalogue.storage import make_engine

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

queries = lazy_import("catalogue.queries")


class _Worker(QObject):
    found = Signal(int, str, object)
    counted = Signal(int, str, object)

    def __init__(self, path: Path, read_only: bool, latest: "Callable[[], int]",
                 connect: "Callable[[], Engine] | None" = None) -> None:
        super().__init__()
        self.path, self.read_only, self.new_engine = path, read_only, connect
        self.latest = latest
        self.engine: Engine | None = None

    def _engine(self) -> "Engine":
        if self.engine is None:
            self.engine = (self.new_engine() if self.new_engine is not None
                           else make_engine(self.path, read_only=self.read_only))
        return self.engine

    @Slot(int, str)
    def search(self, generation: int, text: str) -> None:
        result: object
        try:
            result = queries.search(self._engine(), text, counted=False)
        except Exception as error:
            result = error
        self.found.emit(generation, text, result)

    @Slot(int, str)
    def count(self, generation: int, text: str) -> None:
        if generation != self.latest():
            return  # typing went on: this count would be dropped anyway
        result: object
        try:
            result = queries.count(self._engine(), text)
        except Exception as error:
            result = error
        self.counted.emit(generation, text, result)

    @Slot()
    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


class BackgroundSearch(QObject):
    """`request(text)`; `ready(text, SearchResult or Exception)` for the newest request only,
    and `count(text)`; `counted(text, int or Exception)` unless a request came after it."""

    ready = Signal(str, object)
    counted = Signal(str, object)
    _ask = Signal(int, str)
    _ask_count = Signal(int, str)
    _close = Signal()

    def __init__(self, path: Path, read_only: bool, parent: QObject | None = None,
                 connect: "Callable[[], Engine] | None" = None) -> None:
        """`connect` makes the worker's engine (a server catalogue's); else it opens
        the file at `path`."""
        super().__init__(parent)
        self.generation = 0
        self.path, self.read_only, self.new_engine = path, read_only, connect
        self.thread_: QThread | None = None
        self.stopped = False
        """Stopped with its session: a request after that (the filter's typing pause
        ending just after the window closed) starts no thread, which nothing would
        stop and Qt aborts the app for at exit."""

    def _start(self) -> None:
        """The worker thread starts with the first search, not with the window."""
        self.thread_ = QThread(self)
        self.worker = _Worker(self.path, self.read_only, lambda: self.generation,
                              self.new_engine)
        self.worker.moveToThread(self.thread_)
        self._ask.connect(self.worker.search)
        self._ask_count.connect(self.worker.count)
        self._close.connect(self.worker.close)
        self.worker.found.connect(self._answered)
        self.worker.counted.connect(self._counted)
        self.thread_.start()

    def request(self, text: str) -> None:
        if self.stopped:
            return
        if self.thread_ is None:
            self._start()
        self.generation += 1
        self._ask.emit(self.generation, text)

    def count(self, text: str) -> None:
        """Count every match of `text` (a result shown without its total), unless another
        request comes first."""
        if self.stopped:
            return
        if self.thread_ is None:
            self._start()
        self._ask_count.emit(self.generation, text)

    def _answered(self, generation: int, text: str, result: object) -> None:
        if generation == self.generation:
            self.ready.emit(text, result)

    def _counted(self, generation: int, text: str, result: object) -> None:
        if generation == self.generation:
            self.counted.emit(text, result)

    def stop(self) -> None:
        self.stopped = True
        if self.thread_ is None:
            return
        self._close.emit()
        self.thread_.quit()
        self.thread_.wait(5000)
