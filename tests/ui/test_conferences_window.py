"""Plenaries and conferences in the window (issue #14 items 1-3): New plenary from the File
menu, a refusal said in its dialog, conferences at the top of the tree once there are two,
deleting a plenary (asked, backed up, undone and redone with every record), editing a
plenary's fields and the officials' sides from the conference."""

import datetime

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QMessageBox

from catalogue import queries, services
from catalogue.kinds import GROUPS, ROOT, Kind, ListKey, ListKind
from catalogue.storage import first_screen, list_backups
from catalogue.ui.plenary_dialog import NewPlenaryDialog
from catalogue.vocabulary import CONFERENCE, Side
from tests.helpers import AnswerEvery, click_button, dump, labels, on_next_dialog, select

BEIJING = "Hong Kong/Beijing Co-operation Conference"
OK = QDialogButtonBox.StandardButton.Ok


def filled(conference: str | None = None, ordinal: int | None = None, place: str = "Shanghai"):
    """A dialog action: fill in the New plenary dialog and press its OK button."""
    def fill(dialog) -> None:
        assert isinstance(dialog, NewPlenaryDialog)
        if conference is not None:
            dialog.conference_box.setCurrentText(conference)
        if ordinal is not None:
            dialog.ordinal.setValue(ordinal)
        dialog.date.setText("2025-06-03")
        dialog.place.setText(place)
        dialog.buttons.button(OK).click()
    return fill


def current_label(window) -> str:
    return str(window.tree.currentIndex().data())


def test_new_plenary_is_added_newest_first_and_undone_and_redone(window, qtbot, engine):
    before = dump(engine)
    seen = on_next_dialog(filled())
    window.actions_.new_plenary.trigger()
    assert seen and not seen[0].isVisible()
    top = labels(window.model)
    assert top == ["Seventh Plenary Session \u2014 2025-06-03, Shanghai",
                   "Sixth Plenary Session \u2014 2024-04-26, Hong Kong"]
    assert current_label(window) == top[0]
    assert window.editor.kind == Kind.SESSION
    new_id = window.editor.record_id
    assert queries.record(engine, Kind.SESSION, new_id)["title"] == (
        "Seventh Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
    window.controller.undo()
    assert labels(window.model) == top[1:] and dump(engine) == before
    window.controller.redo()
    assert labels(window.model) == top
    assert queries.record(engine, Kind.SESSION, new_id)["date"] == datetime.date(2025, 6, 3)


def test_the_same_plenary_again_is_refused_in_the_dialog(window, qtbot, engine):
    before = dump(engine)
    seen: list = []

    def try_sixth(dialog) -> None:
        seen.append(dialog)
        filled(ordinal=6, place="Typed by hand")(dialog)
        seen.append((dialog.isVisible(), dialog.message.isVisible(), dialog.message.text(),
                     dialog.place.text()))
        dialog.reject()

    on_next_dialog(try_sixth)
    window.actions_.new_plenary.trigger()
    visible, said, message, place = seen[1]
    assert visible and said and place == "Typed by hand", "the dialog stays, as typed"
    assert "already has plenary 6" in message and "\n" not in message
    assert dump(engine) == before and not window.undo_stack.canUndo()


def test_a_second_conference_puts_conferences_at_the_top(window, qtbot, engine):
    on_next_dialog(filled(BEIJING, 1, "Beijing"))
    window.actions_.new_plenary.trigger()
    assert labels(window.model) == [BEIJING, CONFERENCE]
    beijing = window.model.index(0, 0, QModelIndex())
    assert labels(window.model, beijing) == [
        "First Plenary Session \u2014 2025-06-03, Beijing"]
    assert current_label(window).startswith("First Plenary Session")
    assert [c[2:] for c in queries.conference_choices(engine) if c[1] == BEIJING] == [
        ("Hong Kong SAR Government", "Beijing Municipal Government")]
    window.controller.undo()  # the plenary and the conference it brought
    assert labels(window.model)[0].startswith("Sixth Plenary Session")
    assert [c[1] for c in queries.conference_choices(engine)] == [CONFERENCE]
    window.controller.redo()
    assert labels(window.model) == [BEIJING, CONFERENCE]
    select(window, BEIJING)
    assert window.editor.kind == Kind.CONFERENCE
    window.editor.form.fields["name_zh"].widget.setText("京港合作會議")
    window.editor.form.fields["name_zh"].signal.emit("")  # as typing says it
    window.actions_.save.trigger()
    assert queries.conference_choices(engine)[0][1] == BEIJING
    assert queries.record(engine, Kind.CONFERENCE, queries.conference_choices(engine)[0][0])[
        "name_zh"] == "京港合作會議"


def test_deleting_a_plenary_asks_backs_up_and_is_undone_with_every_record(
        window, qtbot, engine, catalogue_file):
    before = dump(engine)
    select(window, "Sixth Plenary Session")
    assert window.actions_.delete.isEnabled()
    answers = AnswerEvery(click_button("Delete"))
    window.actions_.delete.trigger()
    assert answers.stop() == ["Delete Sixth Plenary Session of the Hong Kong/Shanghai "
                              "Co-operation Conference?"]
    assert all(rows == [] for rows in dump(engine).values())
    assert labels(window.model) == []
    assert [backup.reason for backup in list_backups(catalogue_file)][:1] == ["before-delete"]
    assert list_backups(catalogue_file)[0].counts["measure"] == 35
    window.controller.undo()
    assert dump(engine) == before
    assert labels(window.model) == ["Sixth Plenary Session \u2014 2024-04-26, Hong Kong"]
    window.controller.redo()
    assert all(rows == [] for rows in dump(engine).values())
    window.controller.undo()
    assert dump(engine) == before


def test_the_delete_question_says_what_goes_with_the_plenary(window, qtbot):
    select(window, "Sixth Plenary Session")
    said: list[str] = []

    def read_and_cancel(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.informativeText())
        dialog.button(QMessageBox.StandardButton.Cancel).click()

    on_next_dialog(read_and_cancel)
    window.actions_.delete.trigger()
    assert said and all(part in said[0] for part in (
        "15 co-operation areas", "35 measures", "12 officials", "20 agreements", "8 annexes",
        "backed up first", "undo"))
    assert labels(window.model)[0].startswith("Sixth Plenary Session")


def test_a_plenary_is_edited_like_any_record(window, qtbot, engine):
    select(window, "Sixth Plenary Session")
    form = window.editor.form
    form.fields["place"].widget.setText("Hong Kong (Government House)")
    form.fields["place"].signal.emit("")
    window.actions_.save.trigger()
    sid = window.editor.record_id
    assert queries.record(engine, Kind.SESSION, sid)["place"] == "Hong Kong (Government House)"
    assert labels(window.model)[0].endswith("Hong Kong (Government House)")
    window.controller.undo()
    assert queries.record(engine, Kind.SESSION, sid)["place"] == "Hong Kong"


def test_an_officials_sides_are_its_conferences(window, qtbot, engine):
    select(window, "Officials")
    window.tree.expand(window.tree.currentIndex())
    official = window.model.index(0, 0, window.tree.currentIndex())
    window.tree.setCurrentIndex(official)
    combo = window.editor.form.fields["side"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(row) for row in range(combo.count())] == [
        Side.HONG_KONG.value, Side.SHANGHAI.value, Side.CENTRAL.value]


def test_the_first_screen_of_several_conferences_reads_what_the_orm_reads(engine, db_path):
    """Before the ORM is loaded the window shows the conferences, the first one's
    plenaries and the first of those opened, read with sqlite3 alone."""
    made = services.add_plenary(engine, BEIJING, {"ordinal": 2, "date": "2005-01-01",
                                                  "place": "Beijing"})
    services.add_plenary(engine, BEIJING, {"ordinal": 3, "date": "2006-01-01",
                                           "place": "Hong Kong"})
    first = first_screen(db_path)

    def items(key):
        return [(item.kind, item.id, item.values) for item in queries.children(engine, key)]

    assert first.lists[ROOT] == items(ROOT)
    assert [kind for kind, _, _ in first.lists[ROOT]] == [Kind.CONFERENCE] * 2
    listed = ListKey(ListKind.CONFERENCE, made.conference_id)
    assert first.lists[listed] == items(listed)
    assert [values["ordinal"] for _, _, values in first.lists[listed]] == [3, 2]
    newest = first.lists[listed][0][1]
    assert {group for group, _, _ in first.lists[ListKey(ListKind.SESSION, newest)]} == set(
        GROUPS)
    assert first.lists[ListKey(ListKind.AREAS, newest)] == []
    assert first.totals == queries.totals(engine)


def test_the_new_plenary_dialog_follows_the_conference_and_uses_each_key_once(window):
    dialog = NewPlenaryDialog(window.session.document, window)
    keys = [text.split("&")[1][0].lower() for text in (
        [label.text() for label in dialog.findChildren(QLabel)]
        + [button.text() for button in dialog.buttons.buttons()]) if "&" in text]
    assert len(keys) == len(set(keys)) >= 9, keys
    assert dialog.conference() == CONFERENCE and dialog.ordinal.value() == 7, "the next one"
    assert dialog.side_a.isReadOnly() and dialog.sides() is None
    dialog.conference_box.setCurrentText(BEIJING)
    assert dialog.sides() == ("Hong Kong SAR Government", "Beijing Municipal Government")
    assert not dialog.side_a.isReadOnly()
    assert dialog.ordinal.value() == 1, "a new conference starts at its first plenary"
    assert dialog.title_edit.text() == f"First Plenary Session of the {BEIJING}"
    dialog.ordinal.setValue(20)  # the officer's own choice is kept from now on
    dialog.conference_box.setCurrentText(CONFERENCE)
    dialog.conference_box.setCurrentText(BEIJING)
    assert dialog.ordinal.value() == 20
    dialog.title_edit.setText("Inaugural Meeting")
    dialog.title_edit.textEdited.emit("Inaugural Meeting")
    dialog.ordinal.setValue(1)
    assert dialog.title_edit.text() == "Inaugural Meeting", "a typed title is kept"
    dialog.deleteLater()


def test_filtering_shows_the_conferences_above_their_plenaries(window, qtbot):
    made = window.session.document.add_plenary(BEIJING, {"ordinal": 6, "date": "2024-09-01",
                                                         "place": "Beijing"})
    window.session.document.add(Kind.AREA, made.session_id, {"name": "Finance"})
    assert labels(window.model) == [BEIJING, CONFERENCE]
    window.controller.apply_filter("Finance")
    assert labels(window.model) == [BEIJING, CONFERENCE]
    beijing = window.model.index(0, 0, QModelIndex())
    plenary = window.model.index(0, 0, beijing)
    assert labels(window.model, plenary) == ["Co-operation areas (1)"]
    window.controller.apply_filter("")
    assert labels(window.model) == [BEIJING, CONFERENCE]


def test_a_half_typed_date_is_refused_in_the_dialog_as_typed(window, qtbot, engine):
    """Typing over the date and pressing Add made the plenary with another date: the
    sectioned date field put back or shifted what was half-typed without a word (the
    walk, twice: "2025-0" went back to today, "2024-7" became 2025-07-14)."""
    before = dump(engine)
    seen: list = []

    def half_typed(dialog) -> None:
        assert isinstance(dialog, NewPlenaryDialog)
        dialog.conference_box.setCurrentText(BEIJING)
        dialog.place.setText("Beijing")
        dialog.date.setFocus()
        dialog.date.selectAll()
        qtbot.keyClicks(dialog.date, "2024-7")
        dialog.place.setFocus()  # leaving the field changes nothing of it
        dialog.buttons.button(OK).click()
        seen.append((dialog.isVisible(), dialog.message.text(), dialog.date.text()))
        dialog.reject()

    on_next_dialog(half_typed)
    window.actions_.new_plenary.trigger()
    visible, message, date = seen[0]
    assert visible and date == "2024-7", "what was typed stays"
    assert "Date must be a date like 2024-04-26" in message
    assert dump(engine) == before and not window.undo_stack.canUndo()
