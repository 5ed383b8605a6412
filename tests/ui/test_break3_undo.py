"""break3: undo and redo over another officer's changes, at random: whatever the officer
answers (Cancel, Keep as now, Undo it or Redo it), the record and the stack are what the answer
says, and Cancel leaves both exactly as they were (item 4: the step stays on the stack)."""

import random

import pytest

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.spec import Origin, Source
from catalogue.ui.commands import EditCommand
from catalogue.ui.conflict import ConflictDialog
from tests.helpers import AnswerEvery, click_button, measure_editor, select

LEE = Origin(Source.WINDOW, officer="Mr Lee")


pytestmark = pytest.mark.usefixtures("ms_chan")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_undo_redo_over_his_changes_does_what_each_answer_says(
        window, qtbot, catalogue_file, seed):
    rng = random.Random(seed)
    from catalogue.workflows import open_catalogue

    his = open_catalogue(catalogue_file)
    select(window, "12.1")
    record_id = window.editor.record_id
    for number in range(3):
        measure_editor(window).setPlainText(f"Her wording {number}.")
        window.actions_.save.trigger()
    stack = window.undo_stack

    def text() -> str:
        return str(queries.record(his, Kind.MEASURE, record_id)["text"])

    answered: set[str] = set()
    try:
        for step in range(60):
            move = rng.choice(("his", "undo", "redo", "undo", "redo"))
            if move == "his":
                opened = queries.record(his, Kind.MEASURE, record_id)["version"]
                services.update_record(his, Kind.MEASURE, record_id,
                                       {"text": f"His wording {step}."}, origin=LEE,
                                       version=opened)
                continue
            back = move == "undo"
            if not (stack.canUndo() if back else stack.canRedo()):
                continue
            command = stack.command(stack.index() - 1 if back else stack.index())
            if not isinstance(command, EditCommand):
                continue
            target = (command.old if back else command.new)["text"]
            before = (text(), stack.index(), stack.count(), stack.undoText(),
                      stack.redoText())
            answer = rng.choice(("Cancel", "Keep as now", "Undo it" if back else "Redo it"))
            seen: list[str] = []

            def answering(dialog, answer=answer, seen=seen) -> None:
                seen.append(type(dialog).__name__)
                assert isinstance(dialog, ConflictDialog), dialog.windowTitle()
                click_button(answer)(dialog)

            answers = AnswerEvery(answering)
            (window.actions_.undo if back else window.actions_.redo).trigger()
            texts = answers.stop()
            answered |= {answer} if texts else set()
            where = f"step {step} {move} answered {answer if texts else '-'}: {texts}"
            if not texts:  # no conflict: done
                assert text() == target, where
            elif answer == "Cancel":
                assert (text(), stack.index(), stack.count(), stack.undoText(),
                        stack.redoText()) == before, where
            elif answer == "Keep as now":
                assert text() == before[0], where
            else:
                assert text() == target, where
    finally:
        his.dispose()
    assert len(answered) >= 2, answered  # the sequence met conflicts
