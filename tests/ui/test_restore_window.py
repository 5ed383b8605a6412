"""The window and the restores the break-it session broke: a restore killed with the
catalogue's -wal set aside is finished when the window next opens the file, and the
officer is told in one line; a "backup" that is the catalogue itself is refused."""

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from catalogue.storage import list_backups, make_backup
from catalogue.storage.engine import connect
from catalogue.ui.app import make_application, open_window
from catalogue.ui.safety import RestoreDialog
from tests.helpers import file_digest, on_next_dialog, show_checked

EDIT_LEFT_IN_WAL = """
import os, sys
from pathlib import Path
from catalogue.storage.engine import connect

connection = connect(Path(sys.argv[1]))
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE measure SET text = 'MARKED' WHERE id = (SELECT min(id) FROM measure)")
connection.commit()
os._exit(0)  # killed: the edit lives only in the -wal
"""

STOPPED_RESTORE = """
import sys, time
from pathlib import Path
from catalogue import workflows
from catalogue.storage import backups

catalogue, backup, ready = (Path(name) for name in sys.argv[1:4])
real = backups.put_in_place

def pausing(partial, target, **options):  # stop at the restored file's rename
    if target != catalogue:
        return real(partial, target, **options)
    ready.touch()
    time.sleep(600)

backups.put_in_place = pausing
workflows.restore(catalogue, backup, "the Catalogue window")
"""


@pytest.fixture
def app(qapp):
    return make_application()


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def marked(path) -> int:
    connection = connect(path, read_only=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM measure WHERE text = 'MARKED'").fetchone()[0]
    finally:
        connection.close()


def test_the_window_finishes_a_restore_killed_before_its_rename(app, qtbot, catalogue_file):
    path = catalogue_file
    backup = make_backup(path, "manual")
    subprocess.run([sys.executable, "-c", EDIT_LEFT_IN_WAL, str(path)], check=True,
                   timeout=120)
    ready = path.parent / "ready"
    restoring = subprocess.Popen([sys.executable, "-c", STOPPED_RESTORE, str(path),
                                  str(backup), str(ready)])
    try:
        for _ in range(1200):
            if ready.exists() or restoring.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists()
    finally:
        restoring.send_signal(signal.SIGKILL)
        restoring.wait()
    assert not os.path.exists(f"{path}-wal")

    said: list[str] = []
    on_next_dialog(lambda box: said.append(box.text() if isinstance(box, QMessageBox)
                                           else repr(box)) or box.accept())
    window = open_window(str(path))
    try:
        show_checked(qtbot, window)
        assert len(said) == 1, "told once what was done"
        assert "a restore was stopped before it put the backup in place" in said[0]
        assert marked(path) == 1, "the edit that lived only in the -wal is back"
        assert not [name for name in os.listdir(path.parent) if name.endswith(".aside")]
    finally:
        close(window)


def test_a_backup_that_is_the_catalogue_itself_is_refused(app, qtbot, catalogue_file):
    path = catalogue_file
    make_backup(path, "manual")
    folder = path.parent / "backups"
    os.link(path, folder / f"{path.stem}-20000101-000000-000000-manual.db")  # the file itself
    window = open_window(str(path))
    try:
        show_checked(qtbot, window)
        before = file_digest(path)
        said: list[str] = []

        def choose_oldest(dialog) -> None:
            assert isinstance(dialog, RestoreDialog)
            dialog.table.selectRow(dialog.table.rowCount() - 1)
            on_next_dialog(lambda box: said.append(box.text()) or box.accept())
            dialog.accept()

        on_next_dialog(choose_oldest)
        window.actions_.restore_backup.trigger()
        assert len(said) == 1 and "it is the catalogue itself" in said[0], said
        assert file_digest(path) == before
        assert [b.reason for b in list_backups(path)].count("before-restore") == 0
        assert window.session.engine is not None  # the window is back on the catalogue
    finally:
        close(window)


def test_the_restore_list_shows_each_backups_file_name_whole(qtbot, catalogue_file):
    """The file name is what Restore takes and `catalogue restore` names: the column fits
    it (the record counts give way, cut at their end and whole in their tooltip)."""
    make_application()
    for _ in range(2):
        make_backup(catalogue_file, "manual")
    dialog = RestoreDialog(catalogue_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        name = table.item(row, 3).text()
        assert name.endswith("-manual.db")
        assert table.columnWidth(3) >= metrics.horizontalAdvance(name) + 6, name
        assert table.rowHeight(row) < 2 * metrics.height() + 8, "one line, not wrapped"
        assert table.item(row, 2).toolTip() == table.item(row, 2).text()
    assert table.horizontalHeader().sectionViewportPosition(3) + table.columnWidth(3) \
        <= table.viewport().width(), "the file column ends inside the list"
