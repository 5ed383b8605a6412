"""File > Import press release... in the window: a new plenary with its date asked for, and
a replace that asks first, backs up, and clears the undo history."""

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from catalogue import queries
from catalogue.kinds import Kind
from catalogue.storage import list_backups
from catalogue.ui.dialogs import WorkProgress
from catalogue.ui.import_preview import ImportPreviewDialog
from catalogue.ui.importer import DateDialog
from tests.helpers import click_button, dump, labels, on_next_dialog


def pick_file(path, then: Callable[[QWidget], None] | None = None):
    """Answer the file dialog with `path`, then answer the dialog that follows with `then`."""
    def pick(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        if then is not None:
            on_next_dialog(then)
        dialog.accept()
    return pick


def preview_then(then: Callable[[QWidget], None] | None = None):
    """Import from the preview, then answer the dialog that follows (if any) with `then`."""
    def accept(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        if then is not None:
            on_next_dialog(then)
        dialog.import_button.click()
    return accept


def test_import_a_new_plenary_asks_its_date(window, engine, tmp_path, seed_text):
    seventh = tmp_path / "seventh.txt"
    seventh.write_text(seed_text.replace("Sixth", "Seventh"), encoding="utf-8")
    asked = []

    def answer_date(dialog):
        assert isinstance(dialog, DateDialog)
        asked.append((dialog.date.date().month(), dialog.date.date().day()))
        dialog.date.setDate(QDate(2025, 4, 26))
        on_next_dialog(preview_then())
        dialog.accept()

    on_next_dialog(pick_file(seventh, answer_date))
    window.actions_.import_release.trigger()
    assert asked == [(4, 26)]
    plenaries = queries.plenaries(engine)
    assert [p.values["ordinal"] for p in plenaries] == [7, 6]  # newest first
    assert str(plenaries[0].values["date"]) == "2025-04-26"
    assert labels(window.model)[0] == "Seventh Plenary Session \u2014 2025-04-26, Hong Kong"
    assert window.tree.currentIndex().data().startswith("Seventh Plenary Session")
    assert window.statusBar().currentMessage().startswith("Imported: 15 areas, 35 measures")


def test_import_replace_asks_backs_up_and_clears_undo(window, engine, tmp_path,
                                                       seed_text, db_path):
    release = tmp_path / "sixth.txt"
    release.write_text(seed_text, encoding="utf-8")
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    window.session.document.update("area", area.id, {"name": "Renamed"})
    window.undo_stack.push(QUndoCommand("an earlier change"))
    before = dump(engine)
    asked = []

    def cancel(dialog):
        asked.append(dialog.text())
        click_button(QMessageBox.StandardButton.Cancel)(dialog)

    on_next_dialog(pick_file(release, preview_then(cancel)))
    window.actions_.import_release.trigger()
    assert "already catalogued" in asked[0]
    assert dump(engine) == before
    assert window.undo_stack.count() == 1

    on_next_dialog(pick_file(release, preview_then(click_button("Replace"))))
    window.actions_.import_release.trigger()
    names = [a.values["name"] for a in queries.children(
        engine, ("areas", queries.plenaries(engine)[0].id))]
    assert "Renamed" not in names and len(names) == 15
    assert any(b.reason == "before-replace" for b in list_backups(db_path))
    assert window.undo_stack.count() == 0
    assert window.statusBar().currentMessage().startswith("Replaced: 15 areas")


def test_a_file_that_is_not_a_release_is_refused(window, engine, tmp_path):
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleagues,\n\nSee you on Tuesday.\n", encoding="utf-8")
    before = dump(engine)
    messages = []

    def read_error(dialog):
        messages.append(dialog.text())
        dialog.accept()

    on_next_dialog(pick_file(prose, read_error))
    window.actions_.import_release.trigger()
    assert "is not a plenary press release" in messages[0]
    assert dump(engine) == before


def ask_records(count: int, then: Callable[[QWidget], None]):
    """Answer File > New demo catalogue's question with `count`, then the next dialog."""
    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(count)
        on_next_dialog(then)
        dialog.accept()
    return answer


def test_demo_catalogue_from_the_file_menu_opens_it(window, tmp_path):
    target = tmp_path / "demo.db"
    on_next_dialog(ask_records(1_200, pick_file(target)))
    window.actions_.demo_db.trigger()
    assert window.session.opened.path == target
    assert "Wrote 1,200 demo records" in window.statusBar().currentMessage()
    totals = queries.totals(window.session.document.engine)
    conferences = totals.pop(Kind.CONFERENCE)  # not records of the count: their names are
    assert sum(totals.values()) == 1_200 and conferences == 3  # a column of the records
    assert window.windowTitle().startswith("Catalogue - demo.db")


def test_cancelling_demo_generation_leaves_no_file(window, tmp_path, db_path):
    target = tmp_path / "cancelled.db"
    shown = []

    def cancel(dialog):
        assert isinstance(dialog, QProgressDialog)
        shown.append(dialog.labelText())
        dialog.cancel()

    on_next_dialog(ask_records(20_000, pick_file(target, cancel)))
    window.actions_.demo_db.trigger()
    assert shown == ["Writing 20,000 demo records..."]
    assert not target.exists() and not list(tmp_path.glob("cancelled.db*"))
    assert window.session.opened.path == db_path
    assert "no file was created" in window.statusBar().currentMessage()


def test_the_progress_bar_answers_false_once_cancelled(window):
    progress = WorkProgress(window, "Work", "Working...")
    assert progress(10, 100) is True
    progress.dialog.cancel()
    assert progress(20, 100) is False
    progress.close()
