"""Data safety in the window: read-only files, a second window on the same catalogue, a
damaged file, restoring a backup, and huge pasted text."""

import os
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from catalogue import queries
from catalogue.storage import make_backup
from catalogue.ui.app import make_application, open_window
from catalogue.ui.safety import RestoreDialog
from catalogue.ui.tree_model import KEY_ROLE
from tests.helpers import (
    click_button,
    dump,
    file_digest,
    find,
    measure_editor,
    on_next_dialog,
    select,
    show_checked,
)


@pytest.fixture
def app(qapp):
    return make_application()


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def test_a_read_only_file_opens_with_a_banner_and_no_editing(app, qtbot, engine, db_path,
                                                             tmp_path):
    engine.dispose()
    os.chmod(db_path, 0o444)
    try:
        before = file_digest(db_path)
        window = open_window(str(db_path))
        window.show()
        assert window.banner.isVisible()
        assert "the file is read-only" in window.banner.text()
        select(window, "3.1")
        assert measure_editor(window).isReadOnly()
        for action in (window.actions_.add, window.actions_.delete, window.actions_.save,
                       window.actions_.move_down, window.actions_.restore_backup):
            assert not action.isEnabled()
        assert window.actions_.export_csv.isEnabled()
        window.grab().save(str(tmp_path / "read-only.png"))
        close(window)
        assert file_digest(db_path) == before
    finally:
        os.chmod(db_path, 0o600)


def test_a_second_window_is_told_who_holds_the_file_and_offered_read_only(app, qtbot,
                                                                          db_path, engine):
    first = open_window(str(db_path))
    questions = on_next_dialog(click_button("Open read-only"))
    second = open_window(str(db_path))
    assert "is being changed by the Catalogue window" in questions[0].informativeText()
    assert f"process {os.getpid()}" in questions[0].informativeText()
    assert second.session.opened.read_only and second.banner.isHidden() is False
    on_next_dialog(click_button(QMessageBox.StandardButton.Cancel))
    assert open_window(str(db_path)) is None
    close(second)
    close(first)
    third = open_window(str(db_path))
    assert third.session.opened.read_only is None
    close(third)


def test_a_damaged_file_offers_the_newest_backup(app, qtbot, engine, db_path):
    backup = make_backup(db_path, "daily")
    before = dump(engine)
    engine.dispose()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    damaged = file_digest(db_path)
    on_next_dialog(click_button(QMessageBox.StandardButton.Cancel))
    assert open_window(str(db_path)) is None
    assert file_digest(db_path) == damaged
    questions = on_next_dialog(click_button("Restore backup"))
    window = open_window(str(db_path))
    assert backup.name in questions[0].informativeText()
    assert dump(window.session.document.engine) == before
    close(window)


def scribble_middle(db_path) -> None:
    """Overwrite one page in the middle of the search index: the first screen still reads
    (opening never reads the index, while counting a table may read any of its indexes),
    quick_check fails."""
    connection = sqlite3.connect(db_path)
    try:
        pages = [page for (page,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'search_index_data' ORDER BY pageno")]
    finally:
        connection.close()
    middle = (pages[len(pages) // 2] - 1) * 4096
    data = db_path.read_bytes()
    db_path.write_bytes(data[:middle] + b"\xde\xad" * 2048 + data[middle + 4096:])


def test_changes_wait_until_the_whole_file_check_passes(app, qtbot, db_path, engine):
    window = open_window(str(db_path))
    assert not window.session.opened.checked, "the check runs after the window is shown"
    select(window, "3.1")
    measure_editor(window).setPlainText("Typed while the check runs.")
    assert window.editor.dirty, "typing goes on while the file is checked"
    for action in (window.actions_.save, window.actions_.add, window.actions_.delete,
                   window.actions_.import_release, window.actions_.restore_backup):
        assert not action.isEnabled()
    assert not window.editor.save_button.isEnabled()
    before = dump(engine)
    assert window.controller.save() is False
    assert dump(engine) == before
    show_checked(qtbot, window)
    assert window.actions_.save.isEnabled() and window.editor.save_button.isEnabled()
    window.actions_.save.trigger()
    measure_id = find(window, "3.1").data(KEY_ROLE)[1]
    assert queries.record(engine, "measure", measure_id)["text"] == \
        "Typed while the check runs."
    close(window)


def test_damage_found_after_the_window_shows_closes_it_untouched(app, qtbot, engine,
                                                                 db_path):
    make_backup(db_path, "daily")
    engine.dispose()
    scribble_middle(db_path)
    damaged = file_digest(db_path)
    window = open_window(str(db_path))
    assert window is not None and not window.session.opened.checked
    questions = on_next_dialog(click_button(QMessageBox.StandardButton.Cancel))
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert "damaged" in questions[0].text()
    assert file_digest(db_path) == damaged
    assert not window.session.opened.lock.held
    window.deleteLater()


def test_damage_found_after_the_window_shows_can_be_restored(app, qtbot, engine, db_path):
    backup = make_backup(db_path, "daily")
    before = dump(engine)
    engine.dispose()
    scribble_middle(db_path)
    window = open_window(str(db_path))
    assert window is not None and not window.session.opened.checked
    questions = on_next_dialog(click_button("Restore backup"))
    show_checked(qtbot, window)
    qtbot.waitUntil(lambda: bool(questions))
    assert backup.name in questions[0].informativeText()
    assert window.isVisible() and window.session.opened.read_only is None
    assert dump(window.session.document.engine) == before
    assert window.actions_.save.isEnabled() is False  # nothing typed: nothing to save
    assert window.actions_.add.isEnabled()
    close(window)


def test_restore_backup_from_the_file_menu(app, qtbot, db_path, engine):
    window = open_window(str(db_path))
    show_checked(qtbot, window)
    sid = queries.plenaries(engine)[0].id
    select(window, "1. Joint")
    name = window.editor.forms["area"].fields["name"]
    name.widget.setText("Renamed before restoring")
    window.editor.forms["area"].edited.emit()
    window.actions_.save.trigger()
    assert queries.children(engine, ("areas", sid))[0].values["name"] == \
        "Renamed before restoring"

    def choose_daily(dialog):
        assert isinstance(dialog, RestoreDialog)
        reasons = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
        assert reasons == ["daily"], "the window took the daily backup when it opened"
        dialog.table.selectRow(0)
        dialog.accept()

    on_next_dialog(choose_daily)
    window.actions_.restore_backup.trigger()
    assert queries.children(window.session.document.engine, ("areas", sid))[0].values["name"] \
        .startswith("Joint Pursuit")
    assert "saved as" in window.statusBar().currentMessage()
    assert find(window, "1. Joint Pursuit").isValid()
    close(window)


def test_huge_pasted_text_is_refused_with_a_message(app, qtbot, db_path, engine):
    window = open_window(str(db_path))
    show_checked(qtbot, window)
    select(window, "3.1")
    before = dump(engine)
    measure_editor(window).setPlainText("long words " * 30_000)
    window.actions_.save.trigger()
    assert "too long" in window.editor.message.text()
    assert dump(engine) == before
    close(window)
