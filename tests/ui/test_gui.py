"""The main window through real widgets (pytest-qt, offscreen): browse, edit, save, prompts,
validation, add/delete/move with undo and redo, filter, export."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from catalogue import queries, services
from catalogue.ui.app import open_window
from catalogue.ui.tree_model import KEY_ROLE, CatalogueTreeModel
from tests.helpers import click_button, dump, find, labels, measure_editor, on_next_dialog, select

Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def test_model_passes_qtmodeltester(qapp, qtmodeltester, engine):
    """A fresh lazy model, then the model while rows are added, moved and removed under it.

    (Each state gets a fresh model: Qt's tester walks and fetches the tree inside its own
    modelReset handler, which it then reports as rows inserted during a reset.)
    """
    model = CatalogueTreeModel(engine)
    qtmodeltester.check(model)
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[4]
    model.find(("area", area.id), [("session", sid), ("areas", sid), ("area", area.id)])
    new_id, changes = services.add_record(engine, "measure", area.id, {"text": "New."}, 1)
    model.apply(changes)
    model.apply(services.move_record(engine, "area", area.id, -1))
    _, changes = services.delete_record(engine, "area", area.id)
    model.apply(changes)
    model.apply(services.restore_record(engine, _))
    assert model.find(("measure", new_id), []).isValid()


def test_model_passes_qtmodeltester_filtered(qapp, qtmodeltester, engine):
    model = CatalogueTreeModel(engine)
    model.set_filter(queries.search(engine, "Shanghai"))
    qtmodeltester.check(model)


def test_window_shows_the_plenary_by_area(window, db_path):
    assert window.windowTitle() == f"Catalogue - {db_path.name}[*]"
    model = window.model
    assert labels(model) == ["Sixth Plenary Session \u2014 2024-04-26, Hong Kong"]
    session = model.index(0, 0)
    assert labels(model, session) == ["Co-operation areas (15)", "Officials (12)",
                                      "Agreements (20)", "Annexes (8)"]
    areas = model.index(0, 0, session)
    assert labels(model, areas)[2] == "3. Digital Economy (2 measures)"
    assert len(labels(model, areas)) == 15
    finance = model.index(3, 0, areas)
    assert window.tree.isExpanded(areas)
    model.fetchMore(finance)
    finance_rows = labels(model, finance)
    assert [row[:4] for row in finance_rows] == ["4.1 ", "4.2 ", "4.3 ", "(ii)"]
    tooltip = model.index(0, 0, finance).data(Qt.ItemDataRole.ToolTipRole)
    assert "in accordance with the law." in tooltip
    assert "15 areas" in window.counts.text() and "35 measures" in window.counts.text()


@pytest.mark.parametrize(("label", "kind", "field", "expected"), [
    ("Sixth Plenary", "session", "place", "Hong Kong"),
    ("4. Finance", "area", "name", "Finance"),
    ("10.3", "measure", "text", "Strengthen the co-operation between the two places on "
                                "ecological and environmental industries, and promote"),
    ("Professor Lo", "official", "post", "Secretary for Health"),
    ("(xi)", "agreement", "numeral", "xi"),
    ("Annex 2", "annex", "title", "Agreement on Enhancing Hong Kong-Shanghai Financial"),
])
def test_every_record_type_opens_in_its_form(window, qtbot, label, kind, field, expected):
    select(window, label)
    assert window.editor.kind == kind
    value = window.editor.forms[kind].fields[field].get()
    assert str(value).startswith(expected)


def test_agreement_form_shows_its_areas_and_annex(window):
    select(window, "Agreements")
    window.tree.expand(window.tree.currentIndex())
    select(window, "(ii)")
    form = window.editor.forms["agreement"]
    chosen = [form.area_picker.item(r).text() for r in range(form.area_picker.count())
              if form.area_picker.item(r).checkState() == Qt.CheckState.Checked]
    assert chosen == ["Finance"]
    assert form.annex_picker.currentText().startswith("Annex 2:")


def test_edit_save_reopen(window, qtbot, db_path):
    select(window, "3.2")
    editor = measure_editor(window)
    editor.setPlainText("Promote data co-operation, edited by an officer.")
    assert window.editor.dirty and window.isWindowModified()
    assert window.editor.heading.text().endswith("\u2022")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.dirty and not window.isWindowModified()
    assert window.actions_.undo.text().replace("&", "") == "Undo Edit measure 3.2"
    assert "Saved measure 3.2" in window.statusBar().currentMessage()
    window.close()
    reopened = open_window(str(db_path))
    qtbot.addWidget(reopened)
    select(reopened, "3.2")
    assert measure_editor(reopened).toPlainText() == (
        "Promote data co-operation, edited by an officer.")
    reopened.close()


def test_leaving_unsaved_changes_asks_save_discard_cancel(window, qtbot, engine):
    first = select(window, "3.1")
    measure_editor(window).setPlainText("Changed once.")
    before = dump(engine)
    on_next_dialog(click_button(Cancel))
    window.tree.setCurrentIndex(find(window, "3.2"))
    assert window.tree.currentIndex() == first
    assert window.editor.dirty and dump(engine) == before

    on_next_dialog(click_button(Discard))
    window.tree.setCurrentIndex(find(window, "3.2"))
    assert window.editor.record_id != first.data(KEY_ROLE)[1]
    assert dump(engine) == before

    measure_editor(window).setPlainText("Changed twice.")
    on_next_dialog(click_button(Save))
    window.tree.setCurrentIndex(find(window, "3.1"))
    assert queries.record(engine, "measure", find(window, "3.2").data(KEY_ROLE)[1])[
        "text"] == "Changed twice."


def test_closing_and_opening_another_database_ask_first(window, qtbot, engine):
    select(window, "3.1")
    measure_editor(window).setPlainText("Unsaved at closing time.")
    on_next_dialog(click_button(Cancel))
    window.close()
    assert window.isVisible()
    on_next_dialog(click_button(Cancel))
    window.actions_.open_db.trigger()
    assert window.editor.dirty
    on_next_dialog(click_button(Save))
    window.close()
    assert not window.isVisible()
    measure_id = window.editor.record_id
    assert queries.record(engine, "measure", measure_id)["text"] == "Unsaved at closing time."


@pytest.mark.parametrize(("label", "kind", "field", "value", "message"), [
    ("3.1", "measure", "text", "", "Text is required"),
    ("4. Finance", "area", "name", "Sports", "already used"),
    ("(xi)", "agreement", "numeral", "eleven", "roman numeral"),
    ("Annex 3", "annex", "number", 2, "already used"),
])
def test_validation_blocks_a_bad_save_and_says_why(window, qtbot, engine, label, kind, field,
                                                   value, message):
    if kind == "agreement":
        window.tree.expand(find(window, "Agreements"))
    select(window, label)
    before = dump(engine)
    window.editor.forms[kind].fields[field].set(value)
    window.editor.forms[kind].edited.emit()
    assert window.editor.dirty
    window.actions_.save.trigger()
    assert window.editor.message.isVisible()
    assert message in window.editor.message.text()
    assert window.editor.dirty
    assert dump(engine) == before
    assert not window.undo_stack.canUndo()


def test_add_measure_then_undo_and_redo(window, qtbot, engine):
    select(window, "13. Sports")

    def fill(dialog):
        form = dialog.form()
        assert dialog.kind == "measure"
        form.fields["text"].widget.setPlainText("Hold a joint marathon every spring.")
        dialog.accept()

    on_next_dialog(fill)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Insert)
    sports = find(window, "13. Sports")
    assert labels(window.model, sports)[-1] == "13.2  Hold a joint marathon every spring."
    assert window.editor.kind == "measure"
    assert queries.totals(engine)["measure"] == 36
    window.actions_.undo.trigger()
    assert queries.totals(engine)["measure"] == 35
    assert len(labels(window.model, find(window, "13. Sports"))) == 1
    window.actions_.redo.trigger()
    assert queries.totals(engine)["measure"] == 36
    assert labels(window.model, find(window, "13. Sports"))[-1].startswith("13.2  Hold")


def test_add_dialog_refuses_invalid_values(window, qtbot, engine):
    select(window, "Officials")
    seen = []

    def try_empty(dialog):
        assert dialog.kind == "official"
        dialog.accept()
        seen.append(dialog.message.text())
        dialog.reject()

    on_next_dialog(try_empty)
    window.actions_.add.trigger()
    assert "Name is required" in seen[0] and "Post is required" in seen[0]
    assert queries.totals(engine)["official"] == 12


def test_delete_area_asks_then_undo_restores_exactly(window, qtbot, engine):
    before = dump(engine)
    select(window, "4. Finance")
    questions = on_next_dialog(click_button("Delete"))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert "Its 3 measures will be deleted" in questions[0].informativeText()
    assert queries.totals(engine)["area"] == 14 and queries.totals(engine)["measure"] == 32
    session = window.model.index(0, 0)
    assert labels(window.model, session)[0] == "Co-operation areas (14)"
    assert window.actions_.undo.text().replace("&", "").startswith("Undo Delete co-operation")
    window.actions_.undo.trigger()
    assert dump(engine) == before
    assert labels(window.model, session)[0] == "Co-operation areas (15)"
    assert labels(window.model, window.model.index(0, 0, session))[3] == "4. Finance (3 measures)"
    window.actions_.redo.trigger()
    assert queries.totals(engine)["area"] == 14


def test_delete_can_be_cancelled(window, qtbot, engine):
    before = dump(engine)
    select(window, "Annex 4")
    on_next_dialog(click_button(Cancel))
    window.actions_.delete.trigger()
    assert dump(engine) == before


def test_move_with_keys_then_undo(window, qtbot, engine):
    sid = queries.plenaries(engine)[0].id
    order = [item.values["name"] for item in queries.children(engine, ("areas", sid))]
    select(window, "2. Innovation")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [item.values["name"] for item in queries.children(engine, ("areas", sid))]
    assert moved[:3] == [order[0], order[2], order[1]]
    areas = window.model.index(0, 0, window.model.index(0, 0))
    assert labels(window.model, areas)[1:3] == ["2. Digital Economy (2 measures)",
                                                "3. Innovation and Technology (3 measures)"]
    assert window.tree.currentIndex().data().startswith("3. Innovation")
    window.actions_.undo.trigger()
    assert [item.values["name"] for item in queries.children(engine, ("areas", sid))] == order
    window.actions_.redo.trigger()
    window.actions_.undo.trigger()
    measures_before = labels(window.model, find(window, "12. Healthcare"))
    select(window, "12.4")
    window.actions_.move_up.trigger()
    after = labels(window.model, find(window, "12. Healthcare"))
    assert after[2][6:] == measures_before[3][6:] and after[3][6:] == measures_before[2][6:]


def test_edit_undo_redo_updates_database_and_editor(window, qtbot, engine):
    select(window, "Mr Paul Chan")
    name = window.editor.forms["official"].fields["name"]
    name.widget.setText("Paul M P Chan")
    window.editor.forms["official"].edited.emit()
    window.actions_.save.trigger()
    official_id = window.editor.record_id
    assert queries.record(engine, "official", official_id)["name"] == "Paul M P Chan"
    assert window.tree.currentIndex().data().startswith("Mr Paul M P Chan")
    window.actions_.undo.trigger()
    assert queries.record(engine, "official", official_id)["name"] == "Paul Chan"
    assert name.get() == "Paul Chan"
    window.actions_.redo.trigger()
    assert name.get() == "Paul M P Chan"


def test_filter_narrows_the_tree_and_esc_clears_it(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_box.hasFocus()
    qtbot.keyClicks(window.filter_box, "green finance")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=3000)
    model = window.model
    session = model.index(0, 0)
    assert labels(model, session) == ["Co-operation areas (1)"]
    areas = model.index(0, 0, session)
    assert labels(model, areas) == ["4. Finance (1 of 3 measures)"]  # what was found
    finance = model.index(0, 0, areas)
    assert len(labels(model, finance)) == 1 and labels(model, finance)[0].startswith("4.3")
    assert window.tree.isExpanded(finance)
    assert window.filter_box.notice.text() == "1 record matches."
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    assert window.filter_box.text() == "" and not model.filtering
    assert len(labels(model, model.index(0, 0, model.index(0, 0)))) == 15


def test_export_from_the_menu_writes_the_same_csv_as_the_cli(window, qtbot, tmp_path,
                                                              db_path):
    target = tmp_path / "from-menu.csv"

    def save_as(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit).setText(str(target))
        dialog.accept()

    on_next_dialog(save_as)
    window.actions_.export_csv.trigger()
    assert target.exists()
    assert "Exported 91 records" in window.statusBar().currentMessage()
    cli = subprocess.run([sys.executable, "-m", "catalogue", "export", "--db", str(db_path),
                          "-"], capture_output=True, timeout=120, check=True)
    assert target.read_bytes() == cli.stdout


@pytest.mark.slow
def test_self_test_writes_a_screenshot(tmp_path):
    shot = tmp_path / "shots" / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "catalogue", "--db", str(tmp_path / "new.db"), "--self-test",
         "--screenshot", str(shot)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)


def test_self_test_fails_clearly_on_a_bad_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "catalogue", "--db", str(bad), "--self-test"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "is not a Catalogue database" in result.stderr
    assert "Traceback" not in result.stderr
