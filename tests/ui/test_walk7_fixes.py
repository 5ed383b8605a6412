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

And of the seventh (English, zh_HK and zh_CN windows under Xvfb + openbox, on a file and
on PostgreSQL): a paired field's Alt+letter did nothing; a Chinese window headed the
editor, and named a measure's area, in English; the history's field names broke across
lines and its English diffs kept letters inside other words; 'Added measure' said not
which; undoing a delete while filtered left the editor empty beside the selected row;
Help > Keyboard shortcuts missed Esc in the editor and Ctrl+Shift+R.
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


HO = Origin(Source.WINDOW, officer="Ms Ho")


def post_last(window, engine) -> None:
    """What the server's listener does when a change set commits elsewhere."""
    from sqlalchemy import text

    from catalogue import live

    with engine.connect() as connection:
        set_id = int(connection.execute(text("SELECT max(id) FROM change_set")).scalar_one())
    (news,) = live.read_news(engine, [set_id], "other")
    window.session.feed.post(news)


def third_change_while_choosing(window, engine, record_id: int, also=None):
    """Ms Ho saves the wording while Ms Chan's undo dialog is open; Ms Chan chooses Undo
    it, and the box saying so is looked at (`also` first, in the dialog), then OK'd.
    What was seen while the box was up."""
    seen: dict[str, object] = {}

    def meanwhile(dialog) -> None:
        version = queries.record(engine, Kind.MEASURE, record_id)["version"]
        services.update_record(engine, Kind.MEASURE, record_id,
                               {"text": "Her colleague's wording."}, origin=HO,
                               version=version)
        if also is not None:
            also()
        click_button("Undo it")(dialog)

    def look(box) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen["said"] = box.text()
            seen["editor"] = measure_editor(window).toPlainText()
            seen["dirty"] = window.editor.dirty
            seen["banner"] = (window.live.banner.isVisible(),
                              window.live.banner.text.text())
        finally:
            click_button("OK")(box)

    answers = AnswerEvery(meanwhile, limit=1, last=look)
    window.actions_.undo.trigger()
    assert len(answers.stop()) == 2
    return seen


def test_the_box_about_a_third_change_has_the_newest_behind_it(window, qtbot, engine):
    """While the box says Ms Ho changed it again, the editor already shows her wording
    and the banner says it was her (it showed Ms Chan's wording, the banner gone)."""
    record_id = she_saves_her_wording(window)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})
    post_last(window, engine)
    qtbot.waitUntil(window.live.banner.isVisible)
    seen = third_change_while_choosing(window, engine, record_id)
    assert str(seen["said"]).startswith("Ms Ho changed measure 12.1 again while you were "
                                        "choosing"), seen
    assert seen["editor"] == "Her colleague's wording.", seen
    visible, banner = seen["banner"]  # type: ignore[misc]
    assert visible and banner.startswith("Changed by Ms Ho at "), seen
    # and so after OK: the step kept, to undo again with the newest
    assert measure_editor(window).toPlainText() == "Her colleague's wording."
    assert not window.editor.dirty
    assert window.live.banner.isVisible()
    assert window.live.banner.text.text().startswith("Changed by Ms Ho at ")
    assert window.undo_stack.canUndo()


def test_the_box_about_a_third_change_keeps_what_she_typed(window, qtbot, engine):
    """Typing in the editor (however it came there) stays on screen through the box and
    after it; the banner tells of the newest change, which Compare can show."""
    record_id = she_saves_her_wording(window)
    he_saves(engine, Kind.MEASURE, record_id, {"text": "His wording."})

    def types() -> None:
        measure_editor(window).setPlainText("Her typing, unsaved.")

    seen = third_change_while_choosing(window, engine, record_id, also=types)
    assert seen["editor"] == "Her typing, unsaved." and seen["dirty"], seen
    visible, banner = seen["banner"]  # type: ignore[misc]
    assert visible and banner.startswith("Changed by Ms Ho at "), seen
    assert measure_editor(window).toPlainText() == "Her typing, unsaved."
    assert window.editor.dirty
    assert queries.record(engine, Kind.MEASURE, record_id)["text"] == "Her colleague's wording."
    window.editor.revert()


def test_redo_names_ctrl_y_wherever_its_keys_are_listed(window, qtbot):
    """Ctrl+Y redoes as well as Ctrl+Shift+Z: Redo's tooltip and status tip (with a step
    to redo and without), Help > Keyboard shortcuts and the user guide's key table name both; Undo's
    tooltip names its one key, as before."""
    from importlib import resources

    from catalogue.ui.help_dialogs import shortcut_rows

    actions = window.actions_
    assert actions.redo.toolTip() == "Redo (Ctrl+Shift+Z, Ctrl+Y)"
    record_id = she_saves_her_wording(window)
    assert record_id
    assert actions.undo.toolTip() == "Undo Edit measure 12.1 (Ctrl+Z)"
    actions.undo.trigger()
    assert actions.redo.toolTip() == "Redo Edit measure 12.1 (Ctrl+Shift+Z, Ctrl+Y)"
    assert actions.redo.statusTip() == actions.redo.toolTip(), "hovering Edit > Redo"
    assert ("Redo", "Ctrl+Shift+Z, Ctrl+Y") in shortcut_rows(actions)
    guides = resources.files("catalogue.resources").joinpath("guide")
    for name in ("user-guide.html", "user-guide.zh_Hant.html", "user-guide.zh_Hans.html"):
        keys = [line for line in guides.joinpath(name).read_text(encoding="utf-8")
                .splitlines() if 'class="key"' in line and "Ctrl+Shift+Z" in line]
        assert keys and all("Ctrl+Y" in line for line in keys), (name, keys)


def show_history(window, qtbot):
    views = window.history
    views.tabs.setCurrentWidget(views.panel)
    qtbot.waitUntil(lambda: not views.panel._stale and views.panel.key is not None)
    return views.panel


def test_the_history_what_column_takes_the_room_there_is(window, qtbot):
    """When, Who and From as wide as their contents, What the rest: it was cut short
    ("Import Sixth ...") with empty room to its right (the modes were set before the
    columns existed)."""
    from PySide6.QtWidgets import QHeaderView

    select(window, "12.1")
    panel = show_history(window, qtbot)
    header = panel.list.header()
    qtbot.waitUntil(lambda: header.length() > 0)
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    room = panel.list.viewport().width()
    assert header.length() >= room - 1, (header.length(), room)
    label = panel.entries[0].label
    wanted = panel.list.fontMetrics().horizontalAdvance(label)
    others = sum(header.sectionSize(column) for column in (0, 1, 3))
    if others + wanted + 40 < room:  # it fits: shown whole
        assert header.sectionSize(2) >= wanted, (header.sectionSize(2), wanted)


def test_coming_back_to_the_history_shows_the_current_version(window, qtbot):
    """She looks at the history (the current version selected), edits on the Fields tab,
    comes back: her new change, the current version, is selected (the one that was
    current stayed selected, an older one now), as it is after a look at the fields with
    nothing changed. An older change she chose stays chosen
    through a reading again with nothing new; once she restores it, the restore (the
    current version) is selected, not the change she restored from."""
    select(window, "12.1")
    measure_editor(window).setPlainText("First wording.")
    window.actions_.save.trigger()
    panel = show_history(window, qtbot)
    assert panel.selected() is panel.entries[0]
    views = window.history
    views.tabs.setCurrentIndex(0)
    measure_editor(window).setPlainText("Second wording.")
    window.actions_.save.trigger()
    panel = show_history(window, qtbot)
    assert panel.entries[0].fields["text"][1] == "Second wording."
    assert panel.selected() is panel.entries[0], [e.label for e in panel.entries]
    assert panel.note.text() == "This is the current version."
    panel.list.setCurrentItem(panel.list.topLevelItem(1))  # an older one, chosen, then
    views.tabs.setCurrentIndex(0)  # a look at the fields, nothing changed
    panel = show_history(window, qtbot)
    assert panel.selected() is panel.entries[0], "back on the tab: the current version"
    panel.list.setCurrentItem(panel.list.topLevelItem(1))
    chosen = panel.selected().change_id
    panel.follow(*panel.key)  # read again while shown, nothing new (a new language)
    panel.load()
    assert panel.selected().change_id == chosen
    panel.restore_button.click()
    qtbot.waitUntil(lambda: not panel._stale and panel.entries[0].change_id > chosen)
    assert panel.selected() is panel.entries[0], [e.label for e in panel.entries]
    assert measure_editor(window).toPlainText() == "First wording."


def test_the_x_server_walk7_tests_pass():
    """Keys typed through a real X server into the box: tests/ui/test_x_walk7.py."""
    from tests.xserver import assert_passed, run_under_x

    assert_passed(run_under_x("tests/ui/test_x_walk7.py"))


@pytest.mark.parametrize(("record", "key", "field"), [
    ("12. Healthcare", "n", "name"), ("12.1", "t", "text"),
    ("Sixth Plenary Session", "t", "title"), ("Annex 2", "t", "title"),
    ("12.1", "o", "notes")])
def test_alt_and_a_paired_fields_letter_puts_the_cursor_in_it(window, qtbot, record, key,
                                                              field):
    """A field with Chinese beside it (an area's Name, a measure's Text, a title): its
    label's Alt+letter, underlined, did nothing (the label's buddy was the row holding
    both fields, which takes no focus); it goes to the English field, as any field's."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    select(window, record)
    window.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    QTest.keyClick(window.tree, getattr(Qt.Key, f"Key_{key.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    widget = window.editor.form.fields[field].widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def test_a_chinese_window_heads_the_editor_with_the_chinese_name(window, qtbot):
    """The tree and the status bar named area 12 by its Chinese name in a Chinese window,
    the editor's heading by its English one ("合作範疇 12：Healthcare")."""
    from PySide6.QtWidgets import QApplication

    from catalogue import i18n
    from catalogue.ui.language import SYSTEM, LanguageMenu

    select(window, "12. Healthcare")
    window.editor.form.fields["name_zh"].set("醫療衞生")
    window.editor._on_edited()
    window.actions_.save.trigger()
    assert window.editor.heading.text() == "Co-operation area 12: Healthcare"
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        assert window.editor.heading.text() == "合作範疇 12：醫療衞生"
        window.controller.show_record(window.controller.shown())
        assert window.editor.heading.text() == "合作範疇 12：醫療衞生"
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()


def cell_lines(document, text: str) -> int:
    """How many lines the table cell that reads `text` takes as the document is laid out."""
    from PySide6.QtGui import QTextTable

    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        if isinstance(frame, QTextTable):
            for row in range(frame.rows()):
                for column in range(frame.columns()):
                    cell = frame.cellAt(row, column)
                    block = cell.firstCursorPosition().block()
                    if block.text().replace("\xa0", " ") == text:  # nowrap: no-break
                        return block.layout().lineCount()
        frames.extend(frame.childFrames())
    raise AssertionError(f"no cell reads {text!r}")


@pytest.mark.parametrize("which", ["en", "zh_Hant"])
def test_the_history_names_a_field_on_one_line(window, qtbot, which):
    """The diff's Field column: '名稱（中文）' broke after 中 beside two wide columns half
    empty (walk7, zh_HK); a field's name is kept whole on its line."""
    from PySide6.QtWidgets import QApplication

    from catalogue.ui.language import SYSTEM, LanguageMenu

    select(window, "12. Healthcare")
    window.editor.form.fields["name_zh"].set("醫療衞生")
    window.editor._on_edited()
    window.actions_.save.trigger()
    menu = window.findChild(LanguageMenu)
    try:
        if which != "en":
            menu.choices[which].trigger()
            QApplication.processEvents()
        panel = show_history(window, qtbot)
        document = panel.diff.document()
        document.setTextWidth(panel.diff.viewport().width())
        title = "Name (Chinese)" if which == "en" else "名稱（中文）"
        assert cell_lines(document, title) == 1
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()


def test_the_history_compares_english_by_words_and_chinese_by_characters():
    """An English wording replaced whole showed letters kept here and there inside other
    words ('M̶s Ho's wor̶d̶ing' against 'To support Hong Kong'), as if only they changed
    (walk7); words are compared whole, Chinese still character by character."""
    from catalogue.ui.history_tab import char_diff

    runs = char_diff("Ms Ho's wording of 1.1.", "To support Hong Kong enterprises")
    assert [text for tag, text in runs if tag == "equal" and text.strip()] == [], runs
    assert char_diff("His wording.", "Her wording.") == [
        ("delete", "His"), ("insert", "Her"), ("equal", " wording.")]
    assert char_diff("香港與上海加強合作", "香港和上海加強合作") == [
        ("equal", "香港"), ("delete", "與"), ("insert", "和"), ("equal", "上海加強合作")]


def test_adding_a_record_names_it_in_the_status_bar(window, qtbot):
    """'Added measure 13.2', as 'Saved measure 13.2' and 'Deleted measure 13.2' name it;
    it said 'Added measure', which one not said."""
    from tests.helpers import on_next_dialog

    select(window, "13. Sports")

    def fill(dialog) -> None:
        dialog.form().fields["text"].widget.setPlainText("Hold a joint marathon.")
        dialog.accept()

    on_next_dialog(fill)
    window.actions_.add.trigger()
    assert window.statusBar().currentMessage() == "Added measure 13.2"


def test_undoing_a_delete_while_filtered_shows_the_record_again(window, qtbot):
    """Filtered to 4.3, she deletes it, then undoes: the row came back selected but the
    editor said 'No record selected' (the filter put the row back as the current one
    before the undo revealed it, so Qt said nothing), and stayed so after Esc (walk7)."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "green finance")
    qtbot.waitUntil(lambda: window.model.filtering
                    and window.controller.filter_text == "green finance", timeout=5000)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Down)
    assert window.editor.heading.text() == "Measure 4.3"
    answers = AnswerEvery(click_button("Delete"))
    window.actions_.delete.trigger()
    assert len(answers.stop()) == 1
    assert window.editor.record_id is None
    window.actions_.undo.trigger()
    assert window.tree.currentIndex().data().startswith("4.3")
    assert window.editor.heading.text() == "Measure 4.3"
    assert window.editor.record_id is not None


def test_keyboard_shortcuts_lists_the_keys_that_are_not_menu_commands(window):
    """Help > Keyboard shortcuts 'lists every key' (README), but Restore this version
    (Ctrl+Shift+R, a History tab button) and Esc in the editor were nowhere in it."""
    from catalogue.ui.help_dialogs import shortcut_rows

    rows = dict(shortcut_rows(window.actions_))
    assert rows["History tab: restore the selected version"] == "Ctrl+Shift+R"
    assert rows["Editor: back to the tree"] == "Esc"


def test_a_chinese_window_names_a_measures_area_in_chinese(window, qtbot):
    """The line above a measure's form named its area in English in a Chinese window
    ('屬合作範疇 12. Healthcare') beside the tree's '12. 醫療衞生'."""
    from PySide6.QtWidgets import QApplication

    from catalogue import i18n
    from catalogue.ui.language import SYSTEM, LanguageMenu

    select(window, "12. Healthcare")
    window.editor.form.fields["name_zh"].set("醫療衞生")
    window.editor._on_edited()
    window.actions_.save.trigger()
    select(window, "12.1")
    context = window.editor.form.context
    assert context.text() == "In co-operation area 12. Healthcare"
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        assert "醫療衞生" in window.editor.form.context.text()
        assert "Healthcare" not in window.editor.form.context.text()
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()

