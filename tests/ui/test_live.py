"""Live refresh in one window (issue #16 item 5), fed by hand: another engine on the same
file plays the other officer, and its change sets, read back by catalogue.live, are posted
to the window's ChangeFeed as the server's listener would (tests/ui/test_team_live.py
does the same through a real PostgreSQL server, with two windows). The tree follows, the
open record gets the banner (never a silent replacement of what is typed), Reload asks
before it drops typing, Compare shows both versions in the save conflict's dialog, and
the window's own changes are not news."""

from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import text

from catalogue import live, services
from catalogue.kinds import Kind
from catalogue.spec import Origin, Source
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import click_button, find, measure_editor, on_next_dialog, select

ALICE = Origin(Source.WINDOW, officer="Alice Wong")


def post_last(window, engine, sender: str = "other") -> None:
    """What the listener does when the other officer's change set commits."""
    with engine.connect() as connection:
        set_id = int(connection.execute(text("SELECT max(id) FROM change_set")).scalar_one())
    (news,) = live.read_news(engine, [set_id], sender)
    window.session.feed.post(news)


def test_another_officers_edit_reaches_the_tree_and_the_open_record_gets_a_banner(
        window, qtbot, engine):
    select(window, "3.1")
    measure_id = window.editor.record_id
    before = measure_editor(window).toPlainText()
    services.update_record(engine, Kind.MEASURE, measure_id,
                           {"text": "Race dragon boats on the Huangpu."}, origin=ALICE)
    post_last(window, engine)
    qtbot.waitUntil(lambda: find(window, "3.1  Race dragon boats").isValid())
    qtbot.waitUntil(window.live.banner.isVisible)
    said = window.live.banner.text.text()
    assert said.startswith("Changed by Alice Wong at ") and "Edit measure 3.1" in said
    assert measure_editor(window).toPlainText() == before  # not replaced behind their back

    seen = on_next_dialog(lambda dialog: dialog.reject())  # the save conflict's dialog
    window.live.banner.compare.click()
    (dialog,) = seen
    assert isinstance(dialog, ConflictDialog)
    assert dialog.names == ["text"]
    assert dialog.shown["text"] == (before, "Race dragon boats on the Huangpu.")
    assert any(label.text().startswith("Theirs: Alice Wong")
               for label in dialog.findChildren(QLabel))
    assert window.live.banner.isVisible() and window.editor.message.text() == ""

    window.live.banner.reload.click()
    assert measure_editor(window).toPlainText() == "Race dragon boats on the Huangpu."
    assert window.live.banner.isHidden()


def test_reload_asks_before_it_drops_what_the_officer_typed(window, qtbot, engine):
    select(window, "3.1")
    measure_id = window.editor.record_id
    measure_editor(window).setPlainText("My own words.")
    services.update_record(engine, Kind.MEASURE, measure_id, {"notes": "Checked by Alice."},
                           origin=ALICE)
    post_last(window, engine)
    qtbot.waitUntil(window.live.banner.isVisible)
    assert window.editor.dirty and measure_editor(window).toPlainText() == "My own words."

    asked = on_next_dialog(click_button(QMessageBox.StandardButton.Cancel))
    window.live.banner.reload.click()
    assert asked and "Alice Wong" in asked[0].text()
    assert window.editor.dirty and measure_editor(window).toPlainText() == "My own words."
    assert window.live.banner.isVisible()

    seen = on_next_dialog(lambda dialog: dialog.reject())
    window.live.banner.compare.click()
    assert set(seen[0].names) == {"text", "notes"}
    assert window.editor.dirty and measure_editor(window).toPlainText() == "My own words."

    on_next_dialog(click_button("Drop and Reload"))
    window.live.banner.reload.click()
    assert not window.editor.dirty
    assert window.editor.form.fields["notes"].get() == "Checked by Alice."


def test_a_record_deleted_elsewhere_keeps_the_typing_and_asks_nothing(window, qtbot, engine):
    select(window, "3.1")
    measure_id = window.editor.record_id
    measure_editor(window).setPlainText("Still typing this.")
    services.delete_record(engine, Kind.MEASURE, measure_id, origin=ALICE)
    post_last(window, engine)  # a question popping up here would hang the test
    qtbot.waitUntil(window.live.banner.isVisible)
    assert window.live.banner.text.text().startswith("Deleted by Alice Wong")
    assert not window.live.banner.compare.isEnabled()
    assert measure_editor(window).toPlainText() == "Still typing this."
    assert window.controller.shown() == (Kind.MEASURE, measure_id)
    assert not window.tree.currentIndex().isValid()  # its row went with it


def test_own_changes_and_a_shifted_sibling_are_no_news(window, qtbot, engine):
    select(window, "3.2")
    measure_id = window.editor.record_id
    window.session.feed.token = "this window"
    services.update_record(engine, Kind.MEASURE, measure_id, {"notes": "Mine."})
    post_last(window, engine, sender="this window")
    area_id = window.controller.values["area_id"]
    services.add_record(engine, Kind.MEASURE, area_id, {"text": "Put first by Alice."},
                        position=1, origin=ALICE)  # 3.2 becomes 3.3
    post_last(window, engine)
    qtbot.waitUntil(lambda: find(window, "3.1  Put first by Alice").isValid())
    assert window.live.banner.isHidden()
    assert window.editor.heading.text().startswith("Measure 3.3")


def test_a_change_too_large_to_follow_reads_the_tree_again_keeping_the_view(
        window, qtbot, engine, monkeypatch):
    select(window, "3.1")
    measure_id = window.editor.record_id
    area_id = window.controller.values["area_id"]
    services.add_record(engine, Kind.MEASURE, area_id, {"text": "Imported by Alice."},
                        origin=ALICE)
    monkeypatch.setattr(live, "MOST_FOLLOWED", 0)  # as an import of thousands of records
    post_last(window, engine)
    qtbot.waitUntil(lambda: find(window, "3.").isValid()
                    and any(find(window, f"3.{n}  Imported by Alice").isValid()
                            for n in range(2, 30)))
    assert window.controller.shown() == (Kind.MEASURE, measure_id)
    assert window.model.node(window.tree.currentIndex()).key == (Kind.MEASURE, measure_id)
    assert window.live.banner.isHidden()  # the open record itself was not changed
    services.update_record(engine, Kind.MEASURE, measure_id, {"text": "Replaced by Alice."},
                           origin=ALICE)
    post_last(window, engine)  # read whole again: the open record is compared with the form
    qtbot.waitUntil(window.live.banner.isVisible)
    assert window.live.banner.text.text().startswith("Changed by Alice Wong")


def test_after_a_lost_connection_the_window_reads_again_and_compares_the_open_record(
        window, qtbot, engine):
    select(window, "3.1")
    measure_id = window.editor.record_id
    window.session.feed.heard_gap()  # nothing changed meanwhile: no banner
    services.update_record(engine, Kind.MEASURE, measure_id, {"text": "Missed while away."},
                           origin=ALICE)  # committed while the listener was away: not heard
    window.session.feed.heard_gap()
    qtbot.waitUntil(lambda: find(window, "3.1  Missed while away").isValid())
    assert window.live.banner.isVisible()
    assert window.live.banner.text.text().startswith("Changed by another officer at ")
