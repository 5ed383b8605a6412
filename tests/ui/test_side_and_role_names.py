"""An official's side and role in the window's language (walk7: a Chinese window showed
"Shanghai Municipal Government" and "Led a delegation" in English). What is stored,
exported and compared stays the English value."""

from PySide6.QtWidgets import QApplication, QComboBox

from catalogue import i18n, naming, queries
from catalogue.kinds import Kind
from catalogue.ui.language import SYSTEM, LanguageMenu
from tests.helpers import select


def _combo(window, name: str) -> QComboBox:
    widget = window.editor.forms[Kind.OFFICIAL].fields[name].widget
    assert isinstance(widget, QComboBox)
    return widget


def test_a_chinese_window_names_an_officials_side_and_role_and_keeps_them_english(
        window, qtbot):
    select(window, "Mr Gong Zheng")
    side, role = _combo(window, "side"), _combo(window, "role")
    assert (side.currentText(), role.currentText()) == ("Shanghai Municipal Government",
                                                        "Led a delegation")
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        # named again where they are, the record's values untouched
        assert (side.currentText(), role.currentText()) == ("上海市人民政府", "率團")
        assert [side.itemText(row) for row in range(side.count())] == [
            "香港特別行政區政府", "上海市人民政府", "中央有關部門"]
        assert not window.editor.dirty
        role.setCurrentIndex(role.findText("出席"))
        window.actions_.save.trigger()
        official = queries.record(window.session.engine, Kind.OFFICIAL, 2)
        assert (official["side"], official["role"]) == ("Shanghai Municipal Government",
                                                         "Attended")
        menu.choices[i18n.SIMPLIFIED].trigger()
        QApplication.processEvents()
        assert (side.currentText(), role.currentText()) == ("上海市人民政府", "出席")
        assert side.itemText(0) == "香港特别行政区政府"
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    assert (side.currentText(), role.currentText()) == ("Shanghai Municipal Government",
                                                        "Attended")


def test_a_government_of_a_place_without_a_chinese_name_is_shown_as_stored(window):
    """Never half translated ("Foshan市人民政府"); the sister conferences' are named."""
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.SIMPLIFIED].trigger()
        QApplication.processEvents()
        assert naming.side_or_role("Foshan Municipal Government") == (
            "Foshan Municipal Government")
        assert naming.side_or_role("Beijing Municipal Government") == "北京市人民政府"
        assert naming.side_or_role("Guangdong Provincial Government") == "广东省人民政府"
        assert naming.side_or_role("Macao SAR Government") == "澳门特别行政区政府"
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()


def test_the_history_tab_names_an_officials_side_and_role_as_the_editor_does(window, qtbot):
    """walk8: in a Chinese window the editor said 上海市人民政府 and 出席 while the History
    tab, beside it, said the change was "Hong Kong SAR Government" -> "Shanghai Municipal
    Government" and "Led a delegation" -> "Attended"."""
    select(window, "Mr John Lee")
    side, role = _combo(window, "side"), _combo(window, "role")
    side.setCurrentIndex(side.findData("Shanghai Municipal Government"))
    role.setCurrentIndex(role.findData("Attended"))
    window.actions_.save.trigger()
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        views = window.history
        views.tabs.setCurrentWidget(views.panel)
        qtbot.waitUntil(lambda: not views.panel._stale and views.panel.key is not None)
        text = views.panel.diff.toPlainText()
        for name in ("香港特別行政區政府", "上海市人民政府", "率團", "出席"):
            assert name in text
        for stored in ("Government", "Led a delegation", "Attended"):
            assert stored not in text
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    panel = window.history.panel  # read again in English
    qtbot.waitUntil(lambda: "Hong Kong SAR Government" in panel.diff.toPlainText())
    assert "Attended" in panel.diff.toPlainText()
