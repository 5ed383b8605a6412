"""The undo's conflict dialog from a new officer's seat (a walk-through's findings): Ms
Chan (the window) undoes her edit of a record Mr Lee (another engine on the same file)
has changed since. Such an undo stays a conflict (never merged silently), and the dialog
says what the undo would put back, what the record holds now, and which fields he
changed, to what, when; its headings stand apart (in Chinese too); Undo and Redo are off
while it is open and the banner about his change goes once a version is chosen; Esc
cancels, Return never overwrites his change to the same field, each button has its own
Alt+letter in every language, and the first choice has the focus."""

import datetime
import itertools
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton
from sqlalchemy import text

from catalogue import live, queries, services
from catalogue.i18n import EN, SIMPLIFIED, TRADITIONAL
from catalogue.kinds import Kind
from catalogue.spec import FIELDS, ChangedBy, Conflict, Origin, Source
from catalogue.ui import language
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import AnswerEvery, click_button, measure_editor, select

LEE = Origin(Source.WINDOW, officer="Mr Lee")

pytestmark = pytest.mark.usefixtures("ms_chan")


def he_saves(engine, kind: Kind, record_id: int, fields: dict) -> None:
    opened = queries.record(engine, kind, record_id)["version"]
    services.update_record(engine, kind, record_id, fields, origin=LEE, version=opened)


def she_edits_then_he_changes(window, engine, his: dict) -> tuple[int, str]:
    """She saves a new wording of measure 12.1, then he saves `his`: its id and the
    wording she first opened."""
    select(window, "12.1")
    record_id = window.editor.record_id
    opened = queries.record(engine, Kind.MEASURE, record_id)["text"]
    measure_editor(window).setPlainText("Her wording.")
    window.actions_.save.trigger()
    he_saves(engine, Kind.MEASURE, record_id, his)
    return record_id, opened


def then(look, button: str):
    """Look at the dialog, then click `button` whatever the look found (a failed look
    must not leave the dialog open with the test waiting on it)."""
    def answer(dialog) -> None:
        try:
            look(dialog)
        finally:
            click_button(button)(dialog)
    return answer


def texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_undo_over_his_change_of_another_field_shows_what_he_changed(window, qtbot, engine):
    """He changed the notes, her undo would put back the wording: the wording's row shows
    what the undo puts back and what it is now (her own edit, not 'theirs'); the notes
    are listed with his value, his name and when, as no choice to make; Keep mine undoes
    her wording and keeps his notes."""
    record_id, opened = she_edits_then_he_changes(window, engine, {"notes": "His note."})
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["texts"] = texts(dialog)
        seen["names"] = list(dialog.names)
        seen["rows"] = dict(dialog.shown)
        seen["others"] = {name: (since.value, since.officer)
                          for name, since in dialog.others.items()}
        seen["choices"] = set(dialog.mine_buttons)

    answers = AnswerEvery(then(look, "Undo it"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    said = seen["texts"]
    assert seen["names"] == ["text"] and seen["choices"] == {"text"}
    assert seen["rows"] == {"text": (opened, "Her wording.")}
    assert not any(line.startswith("Theirs") for line in said), "her own edit is not theirs"
    assert "Now" in said
    assert seen["others"] == {"notes": ("His note.", "Mr Lee")}
    assert "His note." in said, "the field he changed is shown, with his value"
    assert any(line.startswith("Changed by Mr Lee") for line in said)
    assert any("Notes" in line and "Mr Lee" in line for line in said)
    now = queries.record(engine, Kind.MEASURE, record_id)
    assert (now["text"], now["notes"]) == (opened, "His note.")


def test_undo_over_his_change_of_the_same_field_says_both_changed_it(window, qtbot, engine):
    record_id, opened = she_edits_then_he_changes(window, engine, {"text": "His wording."})
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["others"] = {name: since.officer for name, since in dialog.others.items()}
        seen["rows"] = dict(dialog.shown)
        seen["texts"] = texts(dialog)

    answers = AnswerEvery(then(look, "Keep as now"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen["rows"] == {"text": (opened, "His wording.")}
    assert seen["others"] == {"text": "Mr Lee"}
    assert any(line.startswith("Changed by Mr Lee") for line in seen["texts"])
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."


def test_undo_and_redo_are_off_while_the_dialog_is_open(window, qtbot, engine):
    """The step is not undone while she chooses: Undo still names it, but neither Undo
    nor Redo can be pressed again meanwhile; Cancel gives Undo back as it was."""
    she_edits_then_he_changes(window, engine, {"notes": "His note."})
    before = window.actions_.undo.text()
    seen: list[object] = []

    def look(dialog) -> None:
        actions = window.actions_
        seen.extend([actions.undo.isEnabled(), actions.redo.isEnabled(), actions.undo.text()])

    answers = AnswerEvery(then(look, "Cancel"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen == [False, False, before]
    assert window.actions_.undo.isEnabled() and window.actions_.undo.text() == before
    assert not window.actions_.redo.isEnabled()


def post_last(window, engine) -> None:
    """What the server's listener does when his change set commits."""
    with engine.connect() as connection:
        set_id = int(connection.execute(text("SELECT max(id) FROM change_set")).scalar_one())
    (news,) = live.read_news(engine, [set_id], "other")
    window.session.feed.post(news)


@pytest.mark.parametrize("button", ["Keep as now", "Undo it", "Merge"])
def test_the_banner_goes_once_a_version_is_chosen(window, qtbot, engine, button):
    she_edits_then_he_changes(window, engine, {"notes": "His note."})
    post_last(window, engine)
    qtbot.waitUntil(window.live.banner.isVisible)
    answers = AnswerEvery(click_button(button))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert window.live.banner.isHidden(), "the conflict is settled"


@pytest.mark.parametrize(("button", "said"), [
    ("Keep as now", "Kept as now"), ("Undo it", "Undone: Edit measure 12.1"),
    ("Merge", "Undone where chosen: Edit measure 12.1; the rest kept as now")])
def test_the_status_bar_says_what_was_chosen_in_the_dialogs_words(window, qtbot, engine,
                                                                   button, said):
    """After an undo's conflict the status bar speaks of the undo and of now, as the
    dialog did, not of "your version" or "their version" (a save conflict's words), and
    names the step as a plain undo does ("Undone: Edit measure 12.1"; it said "Undone"
    alone: walk6)."""
    she_edits_then_he_changes(window, engine, {"notes": "His note."})
    answers = AnswerEvery(click_button(button))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert window.statusBar().currentMessage() == said


@pytest.mark.parametrize(("button", "said"), [
    ("Redo it", "Redone: Edit measure 12.1"),
    ("Merge", "Redone where chosen: Edit measure 12.1; the rest kept as now")])
def test_a_redo_conflict_says_redone(window, qtbot, engine, button, said):
    """She saves, undoes, he changes the notes; her redo asks, and "Redo it" is said so,
    naming the step as a plain redo does (walk6)."""
    select(window, "12.1")
    record_id = window.editor.record_id
    measure_editor(window).setPlainText("Her wording.")
    window.actions_.save.trigger()
    window.actions_.undo.trigger()
    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His note."})
    answers = AnswerEvery(click_button(button))
    window.actions_.redo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."
    assert window.statusBar().currentMessage() == said


def test_keep_theirs_on_a_save_hides_the_banner_too(window, qtbot, engine):
    select(window, "12.1")
    record_id = window.editor.record_id
    measure_editor(window).setPlainText("Her wording.")
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    post_last(window, engine)
    qtbot.waitUntil(window.live.banner.isVisible)
    answers = AnswerEvery(click_button("Keep theirs"))
    window.actions_.save.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert measure_editor(window).toPlainText() == "His wording."
    assert window.live.banner.isHidden()


def test_cancel_leaves_the_banner(window, qtbot, engine):
    she_edits_then_he_changes(window, engine, {"notes": "His note."})
    post_last(window, engine)
    qtbot.waitUntil(window.live.banner.isVisible)
    answers = AnswerEvery(click_button("Cancel"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert window.live.banner.isVisible()


def test_escape_cancels_and_keeps_the_step(window, qtbot, engine):
    record_id, _opened = she_edits_then_he_changes(window, engine, {"notes": "His note."})
    undo_text = window.undo_stack.undoText()
    answers = AnswerEvery(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert window.undo_stack.undoText() == undo_text and not window.undo_stack.canRedo()
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her wording."


def test_return_never_overwrites_his_change_to_the_same_field(window, qtbot, engine):
    """Where he changed what her undo would put back, Return is Cancel (nothing changes,
    the step stays); where he changed only other fields, Return does the undo and keeps
    his."""
    record_id, _opened = she_edits_then_he_changes(window, engine, {"text": "His wording."})
    seen: list[object] = []

    def enter(dialog) -> None:
        seen.append(dialog.focusWidget() is dialog.mine_buttons["text"])
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    answers = AnswerEvery(enter, limit=1, last=click_button("Cancel"))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "His wording."
    assert window.undo_stack.canUndo() and seen == [True]


def test_return_does_the_undo_when_he_changed_another_field(window, qtbot, engine):
    record_id, opened = she_edits_then_he_changes(window, engine, {"notes": "His note."})
    answers = AnswerEvery(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Return))
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    now = queries.record(engine, Kind.MEASURE, record_id)
    assert (now["text"], now["notes"]) == (opened, "His note.")


# -- the dialog itself, in each language ------------------------------------------------------


def undo_dialog(qtbot, undoing: bool = True) -> ConflictDialog:
    """The dialog of an undo (or with `undoing` False, a redo) whose wording Mr Lee has
    changed since, his note left alone by it."""
    from catalogue.ui.conflict import Since

    at = datetime.datetime(2026, 11, 28, 1, 30)
    theirs = {name: None for name in FIELDS[Kind.MEASURE]}
    theirs.update(text="Her wording.", notes="His note.")
    conflict = Conflict(Kind.MEASURE, 1, {}, theirs, 3,
                        ChangedBy("Mr Lee", at, "Edit measure 12.1"))
    dialog = ConflictDialog(None, Kind.MEASURE, "measure 12.1", conflict,
                            {**theirs, "text": "Before."}, ["text"], undoing=undoing,
                            others={"notes": Since("His note.", "Mr Lee", at)})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture(params=[EN, TRADITIONAL, SIMPLIFIED])
def spoken(request):
    language.apply(request.param)
    yield request.param
    language.apply(EN)


def test_the_headings_stand_apart(qtbot, spoken):
    """'Field' and 'Yours (undo)' read as two headings: a clear gap between them (at
    least the width of two capital Ms), in every language."""
    dialog = undo_dialog(qtbot)
    headings = dialog.headings
    assert len(headings) == 3
    for left, right in itertools.pairwise(headings):
        metrics = left.fontMetrics()
        end = left.mapTo(dialog, left.rect().topLeft()).x() + metrics.horizontalAdvance(
            left.text())
        start = right.mapTo(dialog, right.rect().topLeft()).x()
        assert start - end >= 2 * metrics.horizontalAdvance("M"), (left.text(), right.text())
    tops = {heading.mapTo(dialog, heading.rect().topLeft()).y() for heading in headings}
    assert len(tops) == 1, "one line of headings"


def test_each_button_has_its_own_alt_letter(qtbot, spoken):
    dialog = undo_dialog(qtbot)
    letters = []
    for button in dialog.findChildren(QPushButton):
        found = re.findall(r"&([^&])", button.text())
        assert len(found) == 1, button.text()
        letters.append(found[0].lower())
    assert len(letters) == 4 and len(set(letters)) == 4, letters
    assert dialog.focusWidget() is dialog.mine_buttons["text"]


NOW = {EN: "now", TRADITIONAL: "現時", SIMPLIFIED: "当前"}
"""The word for the record as it is now, in each language."""
SAVE_WORDS = {EN: ("yours", "theirs", "mine", "version"),
              TRADITIONAL: ("你的", "對方", "我的", "版本"),
              SIMPLIFIED: ("你的", "对方", "我的", "版本")}
"""A save conflict's words for its two versions, which an undo's or redo's must not mix
in: there the second column is partly the officer's own change."""


@pytest.mark.parametrize("undoing", [True, False], ids=["undo", "redo"])
def test_an_undo_or_redo_names_its_two_versions_with_one_pair_of_words(
        qtbot, spoken, undoing):
    """Read as an officer reads it: the headings, each field's two choices, the buttons,
    the explanatory sentence and the line about Merge all call the one version by the
    Edit menu's own word for the step (Undo, 復原, 撤销; Redo, 重做) and the other by
    "now", and none speaks of yours, theirs, mine or versions (a walk-through found
    "Yours (undo)" over "Undo it" beside "Keep mine", and "Now" over "Keep as now" beside
    "Keep theirs")."""
    from catalogue.i18n import translate

    dialog = undo_dialog(qtbot, undoing)
    step = translate("MainWindow", "Undo" if undoing else "Redo").lower()
    now = NOW[spoken]

    def plain(text: str) -> str:
        return re.sub(r"\(&.\)|&", "", text).lower()

    said = {
        "heading": plain(dialog.headings[1].text()),
        "choice": plain(dialog.mine_buttons["text"].text()),
        "button": plain(dialog.mine_button.text()),
        "its name": plain(dialog.mine_buttons["text"].accessibleName()),
    }
    for where, said_text in said.items():
        assert step in said_text and now not in said_text, (where, said_text, step)
    said = {
        "heading": plain(dialog.headings[2].text()),
        "choice": plain(dialog.theirs_buttons["text"].text()),
        "button": plain(dialog.theirs_button.text()),
        "its name": plain(dialog.theirs_buttons["text"].accessibleName()),
    }
    for where, said_text in said.items():
        assert now in said_text and step not in said_text, (where, said_text, now)
    for where in ("conflictIntro", "conflictHint"):
        said_text = plain(dialog.findChild(QLabel, where).text())
        assert step in said_text and now in said_text, (where, said_text)
    texts = [plain(label.text()) for label in dialog.findChildren(QLabel)]
    texts += [plain(button.text()) for button in dialog.findChildren(QPushButton)]
    texts += [plain(button.text()) + plain(button.accessibleName())
              for button in dialog.findChildren(QRadioButton)]
    for word in SAVE_WORDS[spoken]:
        assert not [found for found in texts if word in found], word
