"""Live refresh with two windows on one real PostgreSQL server (issue #16 item 5's "done
when"): alice saves in her window; bob's tree shows it, bob's open editor gets the banner
naming alice, Compare and Reload work there, alice's own window shows no banner, and each
status bar names the other officer connected."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit

from catalogue import queries
from catalogue.kinds import Kind
from catalogue.spec import OFFICER_SETTING
from catalogue.ui.app import make_application, open_window
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import (
    DATA,
    click_button,
    find,
    labels,
    measure_editor,
    on_next_dialog,
    run,
    select,
    show_checked,
)

RELEASES = DATA / "releases"
WAIT_MS = 20_000
"""How long a window may take to show the other's change before the test gives up (not a
timing assertion: bench figures measure the time)."""


def editor_role(pg_server, database: str, role: str) -> str:
    """A login role that may change the catalogue's tables; its address."""
    pg_server.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                   "THEN NULL; END $$")
    pg_server.psql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}; "
                   f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}", database)
    return pg_server.url(database, user=role)


def close(window) -> None:
    window.editor.revert()
    window.close()
    window.deleteLater()


def test_one_officers_save_reaches_the_other_window(qtbot, pg_server, pg_catalogue):
    QSettings().remove(OFFICER_SETTING)  # each window records its server role
    database = pg_catalogue.database
    make_application()
    alice = open_window(editor_role(pg_server, database, "alice"))
    bob = open_window(editor_role(pg_server, database, "bob"))
    try:
        for window in (alice, bob):
            show_checked(qtbot, window)
            qtbot.waitUntil(window.session.listener.listening.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "alice" in bob.live.peers.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "bob" in alice.live.peers.text(), timeout=WAIT_MS)
        assert bob.live.peers.text() == "Also connected: alice"

        select(bob, "3.1")
        before = measure_editor(bob).toPlainText()
        select(alice, "3.1")
        measure_editor(alice).setPlainText("Race dragon boats on the Huangpu.")
        alice.actions_.save.trigger()
        assert not alice.editor.dirty, alice.editor.message.text()

        qtbot.waitUntil(lambda: find(bob, "3.1  Race dragon boats").isValid(),
                        timeout=WAIT_MS)
        qtbot.waitUntil(bob.live.banner.isVisible, timeout=WAIT_MS)
        said = bob.live.banner.text.text()
        assert said.startswith("Changed by alice at ") and "Edit measure 3.1" in said
        assert measure_editor(bob).toPlainText() == before
        assert alice.live.banner.isHidden()  # her own change is no news to her

        seen = on_next_dialog(lambda dialog: dialog.reject())  # Compare, then Cancel
        bob.live.banner.compare.click()
        assert isinstance(seen[0], ConflictDialog) and seen[0].names == ["text"], seen
        assert bob.live.banner.isVisible() and measure_editor(bob).toPlainText() == before
        bob.live.banner.reload.click()
        assert measure_editor(bob).toPlainText() == "Race dragon boats on the Huangpu."
        assert bob.live.banner.isHidden()

        measure_editor(bob).setPlainText("Bob's answer.")  # and back the other way
        bob.actions_.save.trigger()
        qtbot.waitUntil(alice.live.banner.isVisible, timeout=WAIT_MS)
        assert alice.live.banner.text.text().startswith("Changed by bob at ")
        assert bob.live.banner.isHidden()
    finally:
        close(alice)
        close(bob)



def test_an_import_from_the_command_line_reaches_an_open_window(qtbot, pg_server, pg_catalogue):
    QSettings().remove(OFFICER_SETTING)
    make_application()
    address = editor_role(pg_server, pg_catalogue.database, "carol")
    window = open_window(address)
    try:
        show_checked(qtbot, window)
        qtbot.waitUntil(window.session.listener.listening.is_set, timeout=WAIT_MS)
        select(window, "3.2")
        done = run("import", "--db", address, "--date", "2017-09-13",
                   str(RELEASES / "hk-guangdong-20th.txt"))
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: any("Guangdong" in label for label in labels(window.model)),
                        timeout=WAIT_MS)  # a second conference: the top lists conferences
        assert window.controller.shown() is not None
        assert window.live.banner.isHidden()  # the open record was not touched
        assert window.live.peers.isHidden()  # a command is not a window kept open
    finally:
        close(window)


def notes_editor(window) -> QPlainTextEdit:
    widget = window.editor.forms["measure"].fields["notes"].widget
    assert isinstance(widget, QPlainTextEdit)
    return widget


def choose(button: str, rows: dict[str, tuple[str, str]]):
    """Answer the conflict dialog with `button`, noting its rows (yours, theirs)."""
    def answer(dialog) -> None:
        if not isinstance(dialog, ConflictDialog):  # closed, so the test fails, not hangs
            rows["not the conflict dialog"] = (dialog.objectName(), "")
            dialog.reject()
            return
        rows.update({name: dialog.shown[name] for name in dialog.names})
        click_button(button)(dialog)
    return answer


def test_compare_in_the_banner_shows_unsaved_and_saved_side_by_side_to_keep_or_merge(
        qtbot, pg_server, pg_catalogue):
    QSettings().remove(OFFICER_SETTING)
    database = pg_catalogue.database
    make_application()
    alice = open_window(editor_role(pg_server, database, "alice"))
    bob = open_window(editor_role(pg_server, database, "bob"))
    try:
        for window in (alice, bob):
            show_checked(qtbot, window)
            qtbot.waitUntil(window.session.listener.listening.is_set, timeout=WAIT_MS)
        select(bob, "3.1")
        record_id = bob.editor.record_id
        notes_editor(bob).setPlainText("Bob's note, not saved yet.")  # bob types...
        select(alice, "3.1")  # ...while alice saves another field
        measure_editor(alice).setPlainText("Alice's text.")
        alice.actions_.save.trigger()
        qtbot.waitUntil(bob.live.banner.isVisible, timeout=WAIT_MS)

        rows: dict[str, tuple[str, str]] = {}
        on_next_dialog(choose("Merge", rows))  # his note, her text
        bob.live.banner.compare.click()
        assert rows["notes"] == ("Bob's note, not saved yet.", "(empty)")
        assert rows["text"][1] == "Alice's text."
        saved = queries.record(bob.session.engine, Kind.MEASURE, record_id)
        assert (saved["text"], saved["notes"]) == ("Alice's text.", "Bob's note, not saved yet.")
        assert not bob.editor.dirty and bob.live.banner.isHidden()
        assert measure_editor(bob).toPlainText() == "Alice's text."

        qtbot.waitUntil(alice.live.banner.isVisible, timeout=WAIT_MS)  # his merge reached her
        measure_editor(alice).setPlainText("Alice's second text.")
        on_next_dialog(choose("Keep mine", rows))
        alice.live.banner.compare.click()
        saved = queries.record(alice.session.engine, Kind.MEASURE, record_id)
        assert (saved["text"], saved["notes"]) == ("Alice's second text.", "")
        assert alice.live.banner.isHidden() and not alice.editor.dirty

        qtbot.waitUntil(bob.live.banner.isVisible, timeout=WAIT_MS)
        measure_editor(bob).setPlainText("Bob's text, dropped.")
        on_next_dialog(choose("Keep theirs", rows))
        bob.live.banner.compare.click()
        assert measure_editor(bob).toPlainText() == "Alice's second text."
        assert not bob.editor.dirty and bob.live.banner.isHidden()
        assert queries.record(bob.session.engine, Kind.MEASURE, record_id)["text"] == (
            "Alice's second text.")

        measure_editor(alice).setPlainText("Alice's third text.")  # bob types nothing now
        alice.actions_.save.trigger()
        qtbot.waitUntil(bob.live.banner.isVisible, timeout=WAIT_MS)
        offered: list[bool] = []

        def look(dialog) -> None:  # the walk: Keep mine would put back what alice changed
            offered.extend([dialog.mine_button.isEnabled(), dialog.theirs_button.isDefault()])
            dialog.reject()
        on_next_dialog(look)
        bob.live.banner.compare.click()
        assert offered == [False, True]
        assert queries.record(bob.session.engine, Kind.MEASURE, record_id)["text"] == (
            "Alice's third text.")
    finally:
        close(alice)
        close(bob)


def test_a_restore_by_the_owner_reaches_an_open_window(qtbot, pg_server, pg_catalogue):
    """A restore writes no change set to hear: it announces itself, and an open window
    reads everything it shows again (the walk saw "Annexes (7)" stay after a restore
    brought the eighth back). The open record's banner says what happened."""
    from catalogue.workflows import backup_server, restore_server

    QSettings().remove(OFFICER_SETTING)
    make_application()
    backup, _ = backup_server(pg_catalogue)
    pg_server.psql("DELETE FROM measure WHERE id = (SELECT max(id) FROM measure)",
                   pg_catalogue.database)
    window = open_window(editor_role(pg_server, pg_catalogue.database, "carol"))
    try:
        show_checked(qtbot, window)
        qtbot.waitUntil(window.session.listener.listening.is_set, timeout=WAIT_MS)
        select(window, "3.2")
        assert "34 measures" in window.counts.text(), window.counts.text()
        restore_server(pg_catalogue, backup)  # the owner, from another process's view
        qtbot.waitUntil(lambda: "35 measures" in window.counts.text(), timeout=WAIT_MS)
        assert window.controller.shown() is not None
    finally:
        close(window)
