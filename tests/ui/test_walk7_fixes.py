"""Findings of the sixth walk through the window as a new officer (Xvfb + openbox, a team
catalogue on PostgreSQL, she in the window and he saving from elsewhere), fixed: each test
failed on the code before its fix.

- while the "changed ... again while you were choosing" box was up, the editor behind it
  showed the record from before and the live banner had gone (both right after OK);
- the conflict dialog's "Changed since by others" named the fields newest change first,
  not in the order of the table's rows below it;
- the History tab's "What" column was cut off with room to spare, and coming back to
  the tab kept an older change selected instead of the current version;
- Redo's tooltip named Ctrl+Shift+Z alone, though Ctrl+Y redoes too.
"""

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.spec import Origin, Source
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import AnswerEvery, click_button, measure_editor, select

LEE = Origin(Source.WINDOW, officer="Mr Lee")

pytestmark = pytest.mark.usefixtures("ms_chan")


def he_saves(engine, kind: Kind, record_id: int, fields: dict) -> None:
    """The second officer opens the record and saves it, as his window would."""
    opened = queries.record(engine, kind, record_id)["version"]
    services.update_record(engine, kind, record_id, fields, origin=LEE, version=opened)


def she_saves_her_wording(window) -> int:
    select(window, "12.1")
    measure_editor(window).setPlainText("Her wording.")
    window.actions_.save.trigger()
    return int(window.editor.record_id)


def test_changed_since_by_others_follows_the_rows_order(window, qtbot, engine):
    """He changed the text, then the notes (the newest): the rows are Text, then Notes
    (the editor's order), and the sentence above them names them in that order too."""
    record_id = she_saves_her_wording(window)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    he_saves(engine, Kind.MEASURE, record_id, {"notes": "His note."})
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        try:
            assert isinstance(dialog, ConflictDialog)
            seen["rows"] = [*dialog.names, *dialog.left_alone]
            listed = dialog.findChild(QLabel, "conflictOthers")
            seen["listed"] = listed.text() if listed is not None else ""
        finally:
            click_button("Cancel")(dialog)

    answers = AnswerEvery(look)
    window.actions_.undo.trigger()
    assert answers.stop() == ["Changed by someone else"]
    assert seen["rows"] == ["text", "notes"]
    listed = str(seen["listed"])
    assert listed.startswith("Changed since by others: Text (Mr Lee, "), listed
    assert listed.index("Text (") < listed.index("Notes ("), listed
