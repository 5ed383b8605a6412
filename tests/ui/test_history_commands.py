"""The window's undo commands tell the services where a change comes from: doing and redoing
is 'window', undoing is 'undo' with an inverse change set named after the command, and the
officer is the name set in Settings (issue #15 item 2)."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from catalogue import naming, queries
from catalogue.kinds import Kind, ListKind
from catalogue.spec import OFFICER_SETTING
from catalogue.ui.commands import (
    AddCommand,
    DeleteCommand,
    EditCommand,
    MoveCommand,
    NewPlenaryCommand,
)
from catalogue.ui.document import CatalogueDocument


@pytest.fixture
def document(qtbot, engine, catalogue_file):
    QSettings().setValue(OFFICER_SETTING, "  Ms Chan ")
    yield CatalogueDocument(engine, catalogue_file)
    QSettings().remove(OFFICER_SETTING)


def last_sets(engine, count: int) -> list[tuple[str, str, str, list[tuple[str, dict]]]]:
    """The newest `count` change sets, oldest first: source, officer, label, changes."""
    with engine.connect() as connection:
        sets = connection.execute(text(
            "SELECT id, source, officer, label FROM change_set ORDER BY id DESC LIMIT :n"),
            {"n": count}).all()
        return [(source, officer, naming.Label.read(label), [
            (operation, json.loads(fields)) for operation, fields in connection.execute(text(
                "SELECT operation, fields FROM change WHERE change_set_id = :id ORDER BY id"),
                {"id": set_id})]) for set_id, source, officer, label in reversed(sets)]


def first_measure(engine) -> int:
    session = queries.plenaries(engine)[0].id
    area = queries.children(engine, (ListKind.AREAS, session))[0]
    return queries.children(engine, (Kind.AREA, area.id))[0].id


def test_edit_undo_redo_write_window_undo_window(document, engine):
    measure = first_measure(engine)
    old = {"text": queries.record(engine, Kind.MEASURE, measure)["text"]}
    stack = QUndoStack()
    stack.push(EditCommand(document, Kind.MEASURE, measure, old, {"text": "New."},
                           "Edit measure 1.1", None))
    stack.undo()
    stack.redo()
    sets = last_sets(engine, 3)
    assert [(source, officer, label) for source, officer, label, _ in sets] == [
        ("window", "Ms Chan", "Edit measure 1.1"),
        ("undo", "Ms Chan", "Undo Edit measure 1.1"),
        ("window", "Ms Chan", "Redo Edit measure 1.1")]
    assert sets[0][3][0][1]["text"] == [old["text"], "New."]
    assert sets[1][3][0][1]["text"] == ["New.", old["text"]], "the inverse"


def test_add_delete_and_move_undone_are_undo_change_sets(document, engine):
    session = queries.plenaries(engine)[0].id
    stack = QUndoStack()
    stack.push(AddCommand(document, Kind.ANNEX, session, {"number": 30, "title": "T"}, None,
                          "Add annex", lambda message: None))
    stack.undo()
    stack.redo()
    assert [(s[0], s[2], [op for op, _ in s[3]]) for s in last_sets(engine, 3)] == [
        ("window", "Add annex", ["add"]), ("undo", "Undo Add annex", ["delete"]),
        ("window", "Redo Add annex", ["add"])]
    area = queries.children(engine, (ListKind.AREAS, session))[0].id
    stack.push(DeleteCommand(document, Kind.AREA, area, "Delete area", lambda message: None))
    stack.undo()
    deleted, restored = last_sets(engine, 2)
    assert deleted[0] == "window" and restored[0] == "undo"
    assert sorted(op for op, _ in restored[3]) == sorted(
        {"add": "add", "delete": "add", "update": "update"}[op] for op, _ in deleted[3])
    stack.push(MoveCommand(document, Kind.AREA, area, 1, "Move area down",
                           lambda message: None))
    stack.undo()
    moved, back = last_sets(engine, 2)
    assert (moved[0], back[0], back[2]) == ("window", "undo", "Undo Move area down")
    assert [fields["position"][::-1] for _, fields in moved[3]] == [
        fields["position"] for _, fields in back[3]]


def test_a_new_plenary_undone_and_redone_is_named_so_from_where_it_was_done(document, engine):
    """Undoing a new plenary wrote "Delete ..." change sets from the window, and redoing it
    "Restore ...": the activity said an officer had deleted and restored a plenary."""
    stack = QUndoStack()
    stack.push(NewPlenaryCommand(
        document, "Hong Kong/Beijing Co-operation Conference", None,
        {"ordinal": 2, "date": "2005-01-01", "place": "Beijing"}, naming.new_plenary_text(),
        None))
    stack.undo()
    stack.redo()
    sets = [(source, label) for source, _officer, label, _ in last_sets(engine, 5)]
    assert sets == [("window", "New plenary"),
                    ("undo", "Undo New plenary"), ("undo", "Undo New plenary"),
                    ("window", "New plenary"), ("window", "New plenary")]
