"""The structure the next features build on: the fast first-screen read agrees with the ORM,
one error path reaches the person (CLI line, window dialog with details and a log), and the
self-test never waits on a dialog nobody can answer."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from catalogue import errors, queries
from catalogue.kinds import GROUPS, ROOT, Kind, ListKey, ListKind
from catalogue.storage import StoreError, first_screen
from catalogue.ui.app import make_application
from catalogue.ui.crash import CrashHandler, log_path
from tests.helpers import on_next_dialog


def test_the_fast_first_screen_reads_what_the_orm_reads(engine, db_path):
    first = first_screen(db_path)
    plenaries = queries.plenaries(engine)
    assert [(kind, record_id, values) for kind, record_id, values in first.lists[ROOT]] == [
        (item.kind, item.id, item.values) for item in plenaries]
    sid = plenaries[0].id
    assert [(kind, record_id, values) for kind, record_id, values in
            first.lists[ListKey(ListKind.AREAS, sid)]] == [
        (item.kind, item.id, item.values) for item in queries.children(
            engine, ListKey(ListKind.AREAS, sid))]
    counts = queries.group_counts(engine, sid)
    assert {group: values["count"] for group, _, values in
            first.lists[ListKey(ListKind.SESSION, sid)]} == {group: counts[group]
                                                            for group in GROUPS}
    assert first.totals == queries.totals(engine)
    assert first.totals[Kind.MEASURE] == 35


@pytest.mark.parametrize(("error", "expected"), [
    (StoreError("x.db is damaged"), "x.db is damaged"),
    (FileNotFoundError(2, "No such file or directory", "/nope/x.db"),
     "/nope/x.db: No such file or directory"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
     "text that is not valid UTF-8 was given"),
    (ZeroDivisionError("division by zero\nsecond line"), "unexpected ZeroDivisionError: "
                                                         "division by zero"),
])
def test_any_error_is_one_line_for_a_person(error, expected):
    assert errors.one_line(error) == expected


def test_an_uncaught_error_in_the_window_is_shown_logged_and_copyable(qapp, qtbot):
    app = make_application()
    handler = CrashHandler(lambda: None)
    previous = sys.excepthook
    seen: dict[str, object] = {}

    def look(box) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"], seen["details"] = box.text(), box.detailedText()
        copy = next(button for button in box.findChildren(QPushButton)
                    if button.text().replace("&", "") == "Copy details")
        copy.click()
        seen["copied"] = QApplication.clipboard().text()
        seen["still open"] = box.isVisible()
        box.done(0)

    handler.install()
    on_next_dialog(look)
    try:
        def fault() -> None:
            raise ZeroDivisionError("the count of measures was zero")

        QTimer.singleShot(0, fault)
        qtbot.waitUntil(lambda: "still open" in seen, timeout=5000)
    finally:
        sys.excepthook = previous
    assert seen["text"] == "unexpected ZeroDivisionError: the count of measures was zero"
    assert "Traceback" in str(seen["details"])
    assert "ZeroDivisionError" in str(seen["copied"])
    assert seen["still open"], "copying keeps the dialog open"
    assert "the count of measures was zero" in log_path().read_text(encoding="utf-8")
    assert handler.count == 1
    assert app is QApplication.instance()


def test_the_self_test_on_a_damaged_catalogue_prints_a_line_and_exits(engine, db_path, tmp_path):
    engine.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of junk in the middle of the file
    db_path.write_bytes(bytes(data))
    result = subprocess.run(
        [sys.executable, "-m", "catalogue", "--db", str(db_path), "--self-test"],
        capture_output=True, text=True, timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("catalogue: ") and "damaged" in lines[0]


def test_work_off_the_gui_thread_keeps_the_window_responsive(qapp, qtbot, seed_text):
    """#12 item 12: the window reads a press release on a worker thread (the importer goes
    through run_off_thread), so the GUI thread keeps handling events meanwhile."""
    import threading

    from PySide6.QtWidgets import QWidget

    from catalogue.release import parse_release
    from catalogue.ui.worker import run_off_thread

    window = QWidget()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    where: list[int] = []

    def work():
        where.append(threading.get_ident())
        for _ in range(40):  # about half a second of real parsing
            release = parse_release(seed_text)
        return release

    release = run_off_thread(window, "Import", "Reading...", work)
    timer.stop()
    assert release.ordinal == 6
    assert where and where[0] != threading.get_ident()
    assert len(ticks) >= 5, "the GUI thread handled its timer while the release was read"


def test_the_first_start_makes_the_folders_it_needs(qapp, tmp_path):
    """A new user's first start: the data folder does not exist yet. The window's lock came
    before the folder was made, and the app exited ("cannot lock ...: No such file")."""
    from catalogue.ui.app import open_window

    path = tmp_path / "data" / "Catalogue" / "catalogue.db"
    window = open_window(str(path))
    assert window is not None and path.is_file()
    assert window.session.opened.lock is not None and window.session.opened.lock.held
    window.session.close()
    window.deleteLater()
