"""No lost update in the window (issue #16 item 4): the window is one officer, a second
officer saves through the services on another engine on the same catalogue. A save or an
undo over the other's change opens the conflict dialog (both versions side by side, theirs
with who and when); Keep theirs, Keep mine and Merge do what they say, Cancel leaves the
editor as it was; nothing is ever overwritten silently."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QRadioButton

from catalogue import history, queries, services
from catalogue.kinds import Kind
from catalogue.spec import OFFICER_SETTING, Origin, Source
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import AnswerEvery, click_button, measure_editor, on_next_dialog, select

LEE = Origin(Source.WINDOW, officer="Mr Lee")


pytestmark = pytest.mark.usefixtures("ms_chan")


def status(window) -> str:
    return window.statusBar().currentMessage()


def he_saves(engine, kind: Kind, record_id: int, fields: dict) -> None:
    """The second officer opens the record and saves it, as his window would."""
    opened = queries.record(engine, kind, record_id)["version"]
    services.update_record(engine, kind, record_id, fields, origin=LEE, version=opened)


def both_change_measure_12_1(window, engine) -> int:
    """She types a new wording into measure 12.1 while he saves his own; its id."""
    select(window, "12.1")
    record_id = window.editor.record_id
    measure_editor(window).setPlainText("Her wording.")
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    return record_id


def she_saves_her_wording(window, engine) -> tuple[int, str]:
    """She saves a new wording of measure 12.1: its id and the wording it had."""
    select(window, "12.1")
    record_id = window.editor.record_id
    opened = queries.record(engine, Kind.MEASURE, record_id)["text"]
    measure_editor(window).setPlainText("Her wording.")
    window.actions_.save.trigger()
    return record_id, opened


class Seen:
    """What the conflict dialog showed, then the button clicked (by its text)."""

    def __init__(self, button: str, merge_theirs: tuple[str, ...] = ()) -> None:
        self.button, self.merge_theirs = button, merge_theirs
        self.rows: dict[str, tuple[str, str]] = {}
        self.texts: list[str] = []
        self.checked_mine: dict[str, bool] = {}

    def __call__(self, dialog) -> None:
        assert isinstance(dialog, ConflictDialog), dialog.windowTitle()
        self.texts = [label.text() for label in dialog.findChildren(QLabel)]
        self.rows = {name: dialog.shown[name] for name in dialog.names}
        self.checked_mine = {name: button.isChecked()
                             for name, button in dialog.mine_buttons.items()}
        for name in self.merge_theirs:
            dialog.theirs_buttons[name].setChecked(True)
        click_button(self.button)(dialog)


def test_saving_over_his_change_shows_both_and_cancel_keeps_what_was_typed(
        window, qtbot, engine):
    record_id = both_change_measure_12_1(window, engine)
    seen = Seen("Cancel")
    answers = AnswerEvery(seen)
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"text": ("Her wording.", "His wording.")}
    assert any(text.startswith("Theirs: Mr Lee, ") for text in seen.texts)
    assert any("Mr Lee changed measure 12.1 on " in text and "(Edit measure 12.1)" in text
               for text in seen.texts)
    assert window.editor.dirty and measure_editor(window).toPlainText() == "Her wording."
    assert "Mr Lee" in window.editor.message.text()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert not window.undo_stack.canUndo()

    answers = AnswerEvery(Seen("Cancel"))  # asked again: her typing is still unsaved
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert measure_editor(window).toPlainText() == "Her wording."


def test_keep_mine_saves_on_his_version_as_a_new_undoable_change(window, qtbot, engine):
    record_id = both_change_measure_12_1(window, engine)
    answers = AnswerEvery(Seen("Keep mine"))
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    assert not window.editor.dirty and status(window) == "Kept your version"
    entries = history.record_history(engine, Kind.MEASURE, record_id)
    assert [(entry.officer, entry.fields["text"]) for entry in entries[:2]] == [
        ("Ms Chan", ("His wording.", "Her wording.")), ("Mr Lee", (
            entries[1].fields["text"][0], "His wording."))]
    window.actions_.undo.trigger()  # undo puts back his, not what she first opened
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert measure_editor(window).toPlainText() == "His wording."


def test_keep_theirs_reloads_the_editor(window, qtbot, engine):
    record_id = both_change_measure_12_1(window, engine)
    answers = AnswerEvery(Seen("Keep theirs"))
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert measure_editor(window).toPlainText() == "His wording."
    assert not window.editor.dirty and status(window) == "Kept their version"
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    measure_editor(window).setPlainText("Her second try.")  # on his version now: no conflict
    window.actions_.save.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her second try."


def test_merge_picks_field_by_field(window, qtbot, engine):
    """She changed the post and the notes; he changed the name and the post. The dialog
    starts each row on the side that changed it (hers where both did); she then takes
    his post."""
    select(window, "Mr Paul Chan")
    record_id = window.editor.record_id
    form = window.editor.form
    before = queries.record(engine, Kind.OFFICIAL, record_id)
    form.fields["post"].set("Her post")
    form.fields["notes"].set("Her note")
    window.editor._on_edited()
    he_saves(engine, Kind.OFFICIAL, record_id, {"name": "His name", "post": "His post"})
    seen = Seen("Merge", merge_theirs=("post",))
    answers = AnswerEvery(seen)
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"name": (before["name"], "His name"),
                         "post": ("Her post", "His post"),
                         "notes": ("Her note", "(empty)")}
    assert seen.checked_mine == {"name": False, "post": True, "notes": True}
    now = queries.record(engine, Kind.OFFICIAL, record_id)
    assert (now["name"], now["post"], now["notes"]) == ("His name", "His post", "Her note")
    assert status(window) == "Merged the two versions" and not window.editor.dirty
    assert form.fields["notes"].get() == "Her note" and form.fields["name"].get() == "His name"


def test_undo_over_his_change_asks_and_keep_theirs_changes_nothing(window, qtbot, engine):
    record_id, opened = she_saves_her_wording(window, engine)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    seen = Seen("Keep as now")
    answers = AnswerEvery(seen)
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"text": (opened, "His wording.")}
    assert "After the undo" in seen.texts
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert measure_editor(window).toPlainText() == "His wording."
    assert not window.undo_stack.canUndo(), "the undone edit no longer describes it"


def test_merge_with_every_field_kept_as_now_is_said_as_kept(window, qtbot, engine):
    """Merge with every row set to "Keep as now" undoes nothing and drops the step, as
    "Keep as now" does: the status bar says so, not "Undone where chosen" (walk6)."""
    record_id, _ = she_saves_her_wording(window, engine)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    answers = AnswerEvery(Seen("Merge", merge_theirs=("text",)))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert not window.undo_stack.canUndo(), "the step no longer describes the record"
    assert status(window) == "Kept as now"


def test_undo_over_his_change_keep_mine_puts_back_what_she_had(window, qtbot, engine):
    record_id, opened = she_saves_her_wording(window, engine)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    answers = AnswerEvery(Seen("Undo it"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened
    assert measure_editor(window).toPlainText() == opened
    # the edit is undone, as any undo leaves it: nothing before it to undo, and Redo
    # puts her wording back (it used to be a new step under the edit's name, "Undo Edit
    # measure 12.1", which undid the undo: walk5)
    stack = window.undo_stack
    assert not stack.canUndo() and stack.canRedo()
    assert stack.redoText() == "Edit measure 12.1"
    assert history.record_history(engine, Kind.MEASURE, record_id)[0].label \
        == "Undo Edit measure 12.1"
    window.actions_.redo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    assert stack.canUndo() and not stack.canRedo()
    window.actions_.undo.trigger()  # on the version the redo wrote: no one else's since
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened


def test_cancel_over_his_change_keeps_the_undo_step(window, qtbot, engine):
    """Cancel in the undo's conflict dialog changes nothing: the record stays his, the
    undo step stays on the stack, and Ctrl+Z asks again (then Keep mine still works)."""
    record_id, opened = she_saves_her_wording(window, engine)
    undo_text = window.undo_stack.undoText()
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    answers = AnswerEvery(Seen("Cancel"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert window.undo_stack.canUndo() and window.undo_stack.undoText() == undo_text
    assert not window.undo_stack.canRedo()
    assert status(window) == "Nothing changed"

    seen = Seen("Undo it")
    answers = AnswerEvery(seen)
    window.actions_.undo.trigger()  # asked again, with the same two versions
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"text": (opened, "His wording.")}
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened


def test_cancel_over_his_change_keeps_the_redo_step(window, qtbot, engine):
    """The same for a redo: Cancel leaves the step to redo where it was."""
    record_id, opened = she_saves_her_wording(window, engine)
    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    answers = AnswerEvery(Seen("Cancel"))
    window.actions_.redo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert window.undo_stack.canRedo() and not window.undo_stack.canUndo()
    answers = AnswerEvery(Seen("Redo it"))
    window.actions_.redo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."


def test_redo_it_over_his_change_leaves_the_step_done_and_undo_puts_his_back(
        window, qtbot, engine):
    """Redo it, like Undo it, is the step's own redo: named so in the history, the step
    then done (Undo offers it, nothing to redo), and its undo puts back what it replaced."""
    record_id, opened = she_saves_her_wording(window, engine)
    window.actions_.undo.trigger()
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    answers = AnswerEvery(Seen("Redo it"))
    window.actions_.redo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    stack = window.undo_stack
    assert stack.canUndo() and not stack.canRedo() and stack.undoText() == "Edit measure 12.1"
    assert history.record_history(engine, Kind.MEASURE, record_id)[0].label \
        == "Redo Edit measure 12.1"
    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert not stack.canUndo() and stack.canRedo()
    assert opened != "His wording."


def test_an_undo_settled_for_one_field_redoes_that_field_alone(window, qtbot, engine):
    """He changed another field: Undo it puts back her field and keeps his; the step's
    redo then asks about her field alone and writes it, never his."""
    record_id, opened = she_saves_her_wording(window, engine)
    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His note."})
    answers = AnswerEvery(Seen("Undo it"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    now = queries.record(engine, Kind.MEASURE, record_id)
    assert (now["text"], now["notes"]) == (opened, "His note.")
    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His second note."})
    seen = Seen("Redo it")
    answers = AnswerEvery(seen)
    window.actions_.redo.trigger()  # the record changed since: asked, about the text alone
    assert answers.stop() == ["Changed by someone else"]
    assert set(seen.rows) == {"text"}
    now = queries.record(engine, Kind.MEASURE, record_id)
    assert (now["text"], now["notes"]) == ("Her wording.", "His second note.")


def test_a_third_change_while_the_dialog_was_open_is_said_and_the_step_kept(
        window, qtbot, engine):
    """He saves again while her undo's dialog is open: Undo it then writes nothing, says
    so, and the step stays to be undone again (asked again, with his newest)."""
    record_id, opened = she_saves_her_wording(window, engine)
    undo_text = window.undo_stack.undoText()
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})

    def meanwhile(dialog) -> None:
        he_saves(engine, Kind.MEASURE, record_id, {"text": "His second wording."})
        Seen("Undo it")(dialog)

    answers = AnswerEvery(meanwhile, limit=1, last=click_button("OK"))
    window.actions_.undo.trigger()
    said = answers.stop()
    assert said[0] == "Changed by someone else" and len(said) == 2, said
    assert said[1] == ("Mr Lee changed measure 12.1 again while you were choosing; nothing "
                       "was undone. Undo again to choose with the newest."), said
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His second wording."
    stack = window.undo_stack
    assert stack.canUndo() and stack.undoText() == undo_text and not stack.canRedo()
    seen = Seen("Undo it")
    answers = AnswerEvery(seen)
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"text": (opened, "His second wording.")}
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened


def test_long_texts_mark_where_hers_and_his_differ(window, qtbot, engine):
    """In a paragraph, the one word each changed is marked (bold on a highlight) on each
    side, the rest as it is; short values stay plain, as easy to compare as they are."""
    select(window, "12.1")
    record_id = window.editor.record_id
    base = ("Encourage the two cities to hold joint exhibitions of {} art each year, "
            "with schools taking part.")
    measure_editor(window).setPlainText(base.format("modern"))
    he_saves(engine, Kind.MEASURE, record_id, {"text": base.format("classical"),
                                                "notes": "His note."})
    seen: dict[str, tuple[str, str]] = {}

    def look(dialog) -> None:
        for name in dialog.names:
            seen[name] = (dialog.mine_texts[name].text(), dialog.theirs_texts[name].text())
        assert dialog.shown["text"] == (base.format("modern"), base.format("classical"))
        click_button("Cancel")(dialog)

    answers = AnswerEvery(look)
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    mine, theirs = seen["text"]
    assert re.search(r"<span style=\"[^\"]*font-weight:600[^\"]*\">modern</span>", mine)
    assert re.search(r"<span style=\"[^\"]*font-weight:600[^\"]*\">classical</span>",
                     theirs)
    assert mine.count("<span") == theirs.count("<span") == 1, "only the word that differs"
    assert "joint exhibitions of " in mine and " art each year" in theirs
    assert seen["notes"] == ("(empty)", "His note."), "short values stay plain text"


def test_in_chinese_the_one_character_that_differs_is_marked():
    from catalogue.ui.conflict import marked

    text = "推動兩地在{}領域的合作，包括舉辦聯合展覽、交流活動及人才培訓，並定期檢討成效。" * 2
    mine, theirs = marked(text.format("文化", "文化"), text.format("文化", "文物"))
    assert mine.count("<span") == theirs.count("<span") == 1
    assert ">化</span>" in mine and ">物</span>" in theirs
    assert marked("Short.", "Brief.") is None


def test_the_dialog_works_from_the_keyboard(window, qtbot, engine):
    """Tab reaches each row's choice (the checked one, as radio buttons do), Space picks
    a version (the arrow keys too, which need the focus: tests/ui/test_x_* would show
    them), Return merges (the default button), Escape cancels; each button has its own
    Alt+letter."""
    record_id = both_change_measure_12_1(window, engine)
    seen: list[object] = []

    def escape(dialog) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def by_keyboard(dialog) -> None:
        radios = [radio for radio in dialog.findChildren(QRadioButton) if radio.isChecked()]
        seen.append(all(radio.focusPolicy() & Qt.FocusPolicy.TabFocus for radio in radios))
        seen.append(sorted(button.text().split("&")[1][0] for button in (
            dialog.theirs_button, dialog.mine_button, dialog.merge_button)))
        seen.append(dialog.mine_buttons["text"].isChecked())
        QTest.keyClick(dialog.theirs_buttons["text"], Qt.Key.Key_Space)
        seen.append(dialog.theirs_buttons["text"].isChecked())
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    answers = AnswerEvery(escape)
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert window.editor.dirty and measure_editor(window).toPlainText() == "Her wording."
    answers = AnswerEvery(by_keyboard, last=escape)
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen == [True, ["g", "m", "t"], True, True]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert measure_editor(window).toPlainText() == "His wording." and not window.editor.dirty


# -- two windows on one PostgreSQL server (a real one the test session starts) -------------


@pytest.fixture
def two_windows(qtbot, pg_catalogue):
    """Her window and his, on one server database."""
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    make_application()
    windows = []
    for _ in range(2):
        window = open_window(pg_catalogue.url)
        show_checked(qtbot, window)
        windows.append(window)
    yield windows
    for window in windows:
        window.editor.revert()
        window.close()
        window.deleteLater()


def as_officer(name: str) -> None:
    """The officer the next change is recorded under (both windows share the settings)."""
    QSettings().setValue(OFFICER_SETTING, name)


def test_two_windows_on_one_server_save_the_same_measure(two_windows, qtbot):
    hers, his = two_windows
    select(hers, "12.1")
    select(his, "12.1")
    record_id = hers.editor.record_id
    measure_editor(hers).setPlainText("Her wording.")
    measure_editor(his).setPlainText("His wording.")
    as_officer("Mr Lee")
    his.actions_.save.trigger()
    assert not his.editor.dirty
    as_officer("Ms Chan")
    seen = Seen("Keep mine")
    answers = AnswerEvery(seen)
    hers.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"text": ("Her wording.", "His wording.")}
    assert any(text.startswith("Theirs: Mr Lee, ") for text in seen.texts)
    engine = hers.controller.document.engine
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."

    measure_editor(his).setPlainText("His second wording.")  # his window saw nothing yet
    as_officer("Mr Lee")
    seen = Seen("Keep theirs")
    answers = AnswerEvery(seen)
    his.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert any(text.startswith("Theirs: Ms Chan, ") for text in seen.texts)
    assert measure_editor(his).toPlainText() == "Her wording." and not his.editor.dirty
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    officers = [entry.officer for entry in history.record_history(engine, Kind.MEASURE,
                                                                   record_id)[:2]]
    assert officers == ["Ms Chan", "Mr Lee"]


def test_two_windows_on_one_server_undo_over_the_others_change(two_windows, qtbot):
    hers, his = two_windows
    select(hers, "Mr Paul Chan")
    select(his, "Mr Paul Chan")
    record_id = hers.editor.record_id
    engine = hers.controller.document.engine
    opened = queries.record(engine, Kind.OFFICIAL, record_id)
    as_officer("Ms Chan")
    hers.editor.form.fields["post"].set("Her post")
    hers.editor._on_edited()
    hers.actions_.save.trigger()
    as_officer("Mr Lee")
    his.editor.form.fields["name"].set("His name")
    his.editor._on_edited()
    answers = AnswerEvery(Seen("Merge"))  # his name, her post: both kept
    his.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    now = queries.record(engine, Kind.OFFICIAL, record_id)
    assert (now["name"], now["post"]) == ("His name", "Her post")

    as_officer("Ms Chan")
    answers = AnswerEvery(Seen("Cancel"))  # nothing changes, the undo step stays
    hers.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    now = queries.record(engine, Kind.OFFICIAL, record_id)
    assert (now["name"], now["post"]) == ("His name", "Her post")
    assert hers.undo_stack.canUndo() and not hers.undo_stack.canRedo()
    seen = Seen("Merge")
    answers = AnswerEvery(seen)
    hers.actions_.undo.trigger()  # asked again: her undo would put back the post only
    assert answers.stop() == ["Changed by someone else"]
    assert seen.rows == {"post": (opened["post"], "Her post")}, "his name is not in it"
    assert seen.checked_mine == {"post": True}
    now = queries.record(engine, Kind.OFFICIAL, record_id)
    assert (now["name"], now["post"]) == ("His name", opened["post"])


def test_her_own_changes_are_no_conflict_for_her_undo(window, qtbot, engine):
    """Two saves of one record, then two undos and two redos: each sees only her own
    changes since, so no dialog; a change of his in between is one again."""
    select(window, "12.1")
    record_id = window.editor.record_id
    opened = queries.record(engine, Kind.MEASURE, record_id)["text"]
    for text in ("First.", "Second."):
        measure_editor(window).setPlainText(text)
        window.actions_.save.trigger()
    answers = AnswerEvery(Seen("Cancel"))
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == opened
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Second."
    window.actions_.undo.trigger()
    assert answers.stop() == []
    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His note."})
    answers = AnswerEvery(Seen("Keep as now"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "First."


def test_when_he_saved_what_she_typed_there_is_nothing_to_choose(window, qtbot, engine):
    select(window, "12.1")
    record_id = window.editor.record_id
    measure_editor(window).setPlainText("The same wording.")
    he_saves(engine, Kind.MEASURE, record_id, {"text": "The same wording."})
    answers = AnswerEvery(Seen("Cancel"))
    window.actions_.save.trigger()
    assert answers.stop() == []
    assert not window.editor.dirty
    assert measure_editor(window).toPlainText() == "The same wording."


def test_undo_of_an_add_he_has_edited_since_asks_before_deleting(window, qtbot, engine):
    select(window, "13. Sports")

    def fill(dialog):
        dialog.form().fields["text"].widget.setPlainText("Hold a joint marathon.")
        dialog.accept()

    on_next_dialog(fill)
    window.actions_.add.trigger()
    record_id = window.editor.record_id
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Hold a joint marathon."
    he_saves(engine, Kind.MEASURE, record_id, {"text": "Hold a joint marathon in May."})
    answers = AnswerEvery(click_button("Keep it"))
    window.actions_.undo.trigger()
    said = answers.stop()
    assert len(said) == 1 and said[0].startswith("Mr Lee changed measure 13.2 on ")
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == (
        "Hold a joint marathon in May.")
    assert measure_editor(window).toPlainText() == "Hold a joint marathon in May."

    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His note."})

    def delete(dialog) -> None:  # the usual question, then the conflict
        texts = [button.text().replace("&", "") for button in dialog.buttons()]
        click_button("Delete all the same" if "Delete all the same" in texts
                     else "Delete")(dialog)

    answers = AnswerEvery(delete)
    window.actions_.delete.trigger()  # her delete, on the version her editor showed
    said = answers.stop()
    assert len(said) == 2 and said[1].startswith("Mr Lee changed measure 13.2 on "), said
    with pytest.raises(services.NotFound):
        queries.record(engine, Kind.MEASURE, record_id)
    window.actions_.undo.trigger()  # the delete is undoable: his version comes back
    back = queries.record(engine, Kind.MEASURE, record_id)
    assert (back["text"], back["notes"]) == ("Hold a joint marathon in May.", "His note.")


def test_the_x_server_conflict_tests_pass():
    """Arrow keys and Alt+letters need a real X server: tests/ui/test_x_conflict.py."""
    from tests.xserver import assert_passed, run_under_x

    assert_passed(run_under_x("tests/ui/test_x_conflict.py"))
