"""Findings of the eighth walk through the window as a new officer (Xvfb + openbox; English,
zh_HK and zh_CN windows; a file, a 100,000-record copy and the server copy), fixed: each
test failed on the code before its fix.

- a Chinese Add dialog said an official (area, agreement, annex) 已加到, had been added,
  before Add was pressed;
- 4。3 (a Chinese input method's full stop) found nothing;
- Enter on a filter that found nothing sent the focus, and the next keys, to the empty tree;
- the conflict dialog named an official's side and role in English in a Chinese window
  (the History tab's: tests/ui/test_side_and_role_names.py);
- after a Chinese window, the English counts in the status bar were cut short;
- a Chinese delete question kept the English space between its sentences;
- Activity named a measure with an ASCII colon and listed fields with an English comma.
"""

import pytest
from PySide6.QtWidgets import QApplication

from catalogue import i18n, queries
from catalogue.kinds import Kind
from catalogue.ui.dialogs import AddRecordDialog
from catalogue.ui.language import SYSTEM, LanguageMenu


@pytest.fixture
def chinese(window):
    """The window in each Chinese script in turn (the system's language after)."""
    menu = window.findChild(LanguageMenu)

    def choose(language: str) -> None:
        menu.choices[language].trigger()
        QApplication.processEvents()

    yield choose
    choose(SYSTEM)


@pytest.mark.parametrize("language", [i18n.TRADITIONAL, i18n.SIMPLIFIED])
def test_the_add_dialog_says_where_a_record_will_go_not_that_it_went(window, chinese,
                                                                      language):
    """Before Add was pressed, a Chinese Add dialog said an official, an area, an agreement
    or an annex 已加到 (had been added to) the end of the plenary's list; a measure's said
    it 會加到 (will be added)."""
    chinese(language)
    sid = queries.plenaries(window.session.engine)[0].id
    area = queries.children(window.session.engine, ("areas", sid))[3]
    dialog = AddRecordDialog(window.session.document, sid, (area.id, "Finance"),
                             Kind.OFFICIAL, window)
    try:
        said = dialog.where.text()
        assert said.startswith(("會加到", "会加到")) and "已" not in said, said
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(Kind.MEASURE))
        assert "會加到" in dialog.where.text() or "会加到" in dialog.where.text()
    finally:
        dialog.deleteLater()


def test_the_english_add_dialog_says_where_a_record_will_go_not_that_it_went(window):
    """"Added to the plenary at the end of its list." read as done before Add was pressed
    (walk8); it says what Add will do, as the measure's line does ("is added")."""
    sid = queries.plenaries(window.session.engine)[0].id
    dialog = AddRecordDialog(window.session.document, sid, None, Kind.OFFICIAL, window)
    try:
        said = dialog.where.text()
        assert said == "It is added to the plenary, at the end of its list.", said
    finally:
        dialog.deleteLater()


def test_a_number_typed_with_an_input_methods_full_stop_goes_to_the_measure(window, qtbot):
    """4。3 (a Chinese input method's full stop) said 'No record contains "4。3"'; found, the
    row's 4.3 is marked as 4.3 typed is."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.filter_box.setText("4。3")  # as an input method commits it (keyClicks aborts)
    qtbot.waitUntil(lambda: window.model.filtering
                    and window.controller.filter_text == "4。3", timeout=5000)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Down)
    assert window.tree.currentIndex().data().startswith("4.3  ")
    node = window.model.node(window.tree.currentIndex())
    assert window.model.marks(node) == ("4.3",)


def test_the_conflict_dialog_names_an_officials_side_and_role_as_the_editor_does(qtbot):
    """Two officers changing one official's side: a Chinese window's conflict dialog
    showed "Hong Kong SAR Government" and "Shanghai Municipal Government" beside an
    editor that named them 香港特別行政區政府 and 上海市人民政府; what it saves stays
    English."""
    import datetime

    from catalogue.spec import FIELDS, ChangedBy, Conflict
    from catalogue.ui import language
    from catalogue.ui.conflict import Choice, ConflictDialog

    theirs = {name: "" for name in FIELDS[Kind.OFFICIAL]}
    theirs.update(name="John Lee", side="Shanghai Municipal Government", role="Attended")
    mine = {**theirs, "side": "Hong Kong SAR Government", "role": "Led a delegation"}
    conflict = Conflict(Kind.OFFICIAL, 1, {}, theirs, 3, ChangedBy(
        "Mr Lee", datetime.datetime(2026, 11, 28, 5, 20), "Edit official Mr John Lee"))
    language.apply(i18n.TRADITIONAL)
    try:
        dialog = ConflictDialog(None, Kind.OFFICIAL, "Mr John Lee", conflict, mine,
                                ["side", "role"])
        qtbot.addWidget(dialog)
        assert dialog.shown["side"] == ("香港特別行政區政府", "上海市人民政府")
        assert dialog.shown["role"] == ("率團", "出席")
        dialog.choice = Choice.MINE
        assert dialog.values() == {"side": "Hong Kong SAR Government",
                                   "role": "Led a delegation"}
    finally:
        language.apply(i18n.EN)


def test_enter_on_a_filter_that_found_nothing_leaves_the_typing_in_the_box(window, qtbot):
    """99.9 and Enter: nothing found, yet the focus went to the empty tree, and the
    officer's next keys (Backspace, 4.3) went there, lost; the box keeps it now. Enter with
    the box empty still goes to the whole tree."""
    from PySide6.QtCore import Qt

    from tests.ui.test_finding import type_filter

    type_filter(qtbot, window, "99.9")
    assert window.model.rowCount() == 0
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Down):
        qtbot.keyClick(window.filter_box, key)
        assert window.filter_box.hasFocus(), key
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_3)
    assert window.filter_box.text() == "99.3"
    window.filter_box.clear()
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tree.hasFocus())
    assert not window.model.filtering


def test_the_counts_are_whole_after_the_language_changes(window, chinese, qtbot):
    """Switched from Traditional Chinese back to English, the status bar said '15 areas ·
    35 measures · 12 officials · 20 agreeme…' with room to spare: the counts kept the
    width of the Chinese words, fixed when the last message went."""
    chinese(i18n.TRADITIONAL)
    bar = window.statusBar()
    bar.showMessage("已儲存官員 Mr John Lee")
    qtbot.wait(20)
    bar.clearMessage()
    qtbot.wait(20)
    chinese(SYSTEM)
    qtbot.wait(50)
    assert window.counts.text().endswith("8 annexes")
    assert window.counts.shown_text() == window.counts.text()
    bar.showMessage("Exported 91 records")  # and with a short message beside them
    qtbot.wait(50)
    window.counts.setText(window.counts.text().replace("8 annexes", "1,008 annexes"))
    qtbot.wait(50)
    assert window.counts.shown_text() == window.counts.text()


@pytest.mark.parametrize("language", [i18n.TRADITIONAL, i18n.SIMPLIFIED])
def test_a_chinese_delete_question_has_no_space_between_its_sentences(window, chinese,
                                                                       language):
    """'不會一併刪除其他記錄。 您可以按 Ctrl+Z 復原。': the English sentences' space was kept
    between two Chinese ones, which full stops already part."""
    from tests.helpers import on_next_dialog, select

    chinese(language)
    select(window, "4.3")
    seen: list[str] = []

    def read(box) -> None:
        seen.append(box.informativeText())
        box.reject()

    on_next_dialog(read)
    window.actions_.delete.trigger()
    assert seen and "Ctrl+Z" in seen[0] and "。 " not in seen[0], seen
    assert queries.record(window.session.engine, Kind.MEASURE,
                          window.editor.record_id) is not None  # cancelled: still there


@pytest.mark.parametrize("language", [i18n.TRADITIONAL, i18n.SIMPLIFIED])
def test_the_activity_lists_name_records_and_fields_with_chinese_punctuation(
        window, chinese, language):
    """Activity in a Chinese window: '措施: A new measure' (an ASCII colon, beside
    合作範疇「Finance」) and '所屬方, 角色' (an English comma, where Chinese lists with 、)."""
    from catalogue import history, services
    from catalogue.ui.activity import _fields_changed, record_name

    engine = window.session.engine
    area = queries.children(engine, ("areas", queries.plenaries(engine)[0].id))[3]
    services.add_record(engine, Kind.MEASURE, area.id, {"text": "A new measure"})
    services.update_record(engine, Kind.OFFICIAL, 1, {
        "side": "Shanghai Municipal Government", "role": "Attended"})
    chinese(language)
    edit, add = history.activity(engine, limit=2)
    assert record_name(add).endswith("：A new measure"), record_name(add)
    assert _fields_changed(edit) in ("所屬方、角色", "所属方、角色")
