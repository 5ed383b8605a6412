"""Work that must not freeze the window, run on a worker thread while the window waits.

The window stays responsive (it repaints, and a Cancel button works) while `run_off_thread`
waits in a local event loop. Cancelling abandons the answer: the work itself is bounded
(reading a press release is capped at 1 MB and linear), so its thread ends on its own soon
after, and what it made is dropped.
"""

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from catalogue.i18n import translate

SHOW_AFTER_MS = 400


class Cancelled(Exception):
    """The person pressed Cancel while the work ran."""


class _Job(QThread):
    finished_with = Signal(object, object)  # (result, error)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            self.finished_with.emit(self.work(), None)
        except Exception as error:  # handed to the waiting window, raised there
            self.finished_with.emit(None, error)


def run_off_thread[T](parent: QWidget, title: str, label: str, work: Callable[[], T], *,
                   cancel: Callable[[], None] | None = None) -> T:
    """`work()` on a worker thread; its result, or its exception raised here; Cancelled
    when the person cancels. A busy bar with Cancel shows if it takes over 0.4 s.

    Work that must never be abandoned half done (a restore in one transaction) gives
    `cancel`: Cancel then calls it (the work stops at its next safe point, raising) and
    the window goes on waiting, saying so, for what the work ends with: its exception,
    or its result when it had already finished."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    job = _Job(work)
    dialog = QProgressDialog(label, translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)

    def finished(result: object, error: object) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    def cancelled() -> None:
        if cancel is None:
            loop.quit()
            return
        cancel()
        dialog.setLabelText(translate("Worker", "Cancelling..."))
        dialog.setCancelButton(None)
        dialog.show()  # Cancel hid it; the work has yet to stop

    job.finished_with.connect(finished)
    dialog.canceled.connect(cancelled)
    job.start()
    dialog.setValue(0)
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "result" not in outcome:  # cancelled: let the thread finish by itself, then go
        job.finished.connect(job.deleteLater)
        job.setParent(None)
        _abandoned.append(job)
        job.finished.connect(lambda: _abandoned.remove(job))
        raise Cancelled
    job.wait()
    job.deleteLater()
    if isinstance(outcome["error"], Exception):
        raise outcome["error"]
    return outcome["result"]  # type: ignore[return-value]


_abandoned: list[_Job] = []
"""Threads whose answer nobody waits for: kept referenced until they end (a QThread
destroyed while running aborts the process)."""
