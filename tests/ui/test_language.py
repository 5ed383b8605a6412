"""View > Language switches the window's language at run time, without a restart: menus,
actions, the editor, the filter box, the tree and the status bar are named again, Qt's own
buttons too (qtbase_zh_TW / qtbase_zh_CN), and the choice is remembered."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from catalogue import i18n
from catalogue.ui import language
from catalogue.ui.language import SYSTEM, LanguageMenu
from tests.helpers import measure_editor, select


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose(qtbot, window, which: str) -> None:
    """What clicking the entry in View > Language does."""
    menu = window.findChild(LanguageMenu)
    assert isinstance(menu, LanguageMenu)
    menu.choices[which].trigger()
    QApplication.processEvents()  # the LanguageChange events Qt posted


def close_button_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    return box.button(QDialogButtonBox.StandardButton.Close).text()


def test_the_language_menu_lists_each_language_by_its_own_name(window):
    view = next(menu for menu in window.menuBar().findChildren(QMenu)
                if menu.objectName() == "viewMenu")
    language_menu = window.findChild(LanguageMenu)
    assert language_menu.menuAction() in view.actions()
    assert [action.text() for action in language_menu.actions() if not action.isSeparator()] \
        == ["English", "繁體中文", "简体中文", "System default"]
    assert language_menu.choices[SYSTEM].isChecked()  # nothing chosen yet: the locale's


def test_switching_language_at_run_time_names_everything_again(qtbot, window):
    english_menus = menu_titles(window)
    assert english_menus == ["&File", "&Edit", "&View", "&Help"]
    english_close = close_button_text()
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        assert menu_titles(window) == ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"]
        assert window.actions_.save.text() == "儲存記錄(&S)"
        assert window.actions_.save.iconText() == "儲存記錄"  # the toolbar's, no "(S)"
        assert window.windowTitle().startswith("會議目錄 - ")
        assert "項措施" in window.counts.text()
        assert window.filter_box.placeholderText() == "篩選記錄（Ctrl+F）"
        assert window.editor.save_button.text() == "儲存"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "記錄"
        assert window.findChild(LanguageMenu).title() == "語言(&L)"
        assert close_button_text() not in ("Close", english_close)  # Qt's own, zh_TW
        assert language.chosen() == i18n.TRADITIONAL  # remembered for the next start

        choose(qtbot, window, i18n.SIMPLIFIED)
        assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "查看(&V)", "帮助(&H)"]
        assert window.windowTitle().startswith("会议目录 - ")
        assert "项措施" in window.counts.text()
        assert close_button_text() != english_close

        choose(qtbot, window, i18n.EN)
        assert menu_titles(window) == english_menus
        assert window.actions_.save.text() == "&Save record"
        assert window.windowTitle().startswith("Catalogue - ")
        assert "measures" in window.counts.text()
        assert window.editor.save_button.text() == "Save"
        assert close_button_text() == english_close
        assert language.chosen() == i18n.EN
    finally:
        choose(qtbot, window, SYSTEM)
    assert language.chosen() == SYSTEM
    assert language.current() == i18n.EN  # the tests' locale is C


def label_of(window, widget) -> str:
    """The label of the form row holding `widget` (on its own, or paired with its Chinese
    field in one row)."""
    layout = window.editor.form.layout_
    while widget is not None:
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text()
        widget = widget.parentWidget()
    raise AssertionError("the widget is in no labelled row")


def test_the_record_form_is_labelled_anew_and_what_was_typed_stays(qtbot, window):
    select(window, "1.1")
    editor = measure_editor(window)
    assert label_of(window, editor) == "&Text"
    assert window.editor.heading.text().startswith("Measure 1.1")
    editor.appendPlainText(" typed before the switch")
    assert window.editor.dirty
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        assert label_of(window, editor) == "內容(&T)"
        assert window.editor.form.context.text().startswith("屬合作範疇 1.")
        assert editor.toPlainText().endswith(" typed before the switch")
        assert window.editor.dirty
        window.editor.revert()
        choose(qtbot, window, i18n.SIMPLIFIED)  # not dirty: the heading is named again
        assert window.editor.heading.text().startswith("措施 1.1")
        assert window.editor.form.context.text().startswith("属合作领域 1.")
    finally:
        choose(qtbot, window, SYSTEM)
    assert label_of(window, editor) == "&Text"
    assert window.editor.heading.text().startswith("Measure 1.1")


def test_the_user_guide_is_shown_in_the_window_language(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTextBrowser

    from catalogue.ui import help_dialogs

    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle() + "|" + dialog.findChild(QTextBrowser).toPlainText())
        dialog.reject()

    try:
        for which, title, words in ((i18n.TRADITIONAL, "會議目錄使用指南", "滬港合作會議"),
                                    (i18n.SIMPLIFIED, "会议目录使用指南", "沪港合作会议"),
                                    (i18n.EN, "Catalogue user guide",
                                     "Hong Kong/Shanghai Co-operation Conference")):
            choose(qtbot, window, which)
            QTimer.singleShot(0, read_and_close)
            help_dialogs.show_guide(window)
            shown_title, text = seen[-1].split("|", 1)
            assert shown_title == title and words in text
    finally:
        choose(qtbot, window, SYSTEM)
    for which in (i18n.TRADITIONAL, i18n.SIMPLIFIED):  # each heading of the English guide
        english = help_dialogs.guide_html().count("<h2>")
        assert help_dialogs.guide_html(which).count("<h2>") == english


def test_qt_file_dialog_is_wholly_chinese_where_qt_lacks_words(qtbot, window):
    """Qt's own zh_TW/zh_CN files lack the file dialog's "Look in" and "Files of type";
    Catalogue's translations fill them in (language.qt_gaps)."""
    from PySide6.QtWidgets import QFileDialog

    def labels() -> list[str]:
        dialog = QFileDialog(window)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        return [dialog.findChild(QLabel, name).text()
                for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel")]

    assert labels() == ["&Look in:", "Files of &type:", "File &name:"]
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        assert labels() == ["尋找於(&L)：", "檔案類型(&T)：", "檔名(&N)："]
        assert language.qt_gaps()[2] == "資料夾"
        choose(qtbot, window, i18n.SIMPLIFIED)
        assert labels() == ["查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："]
    finally:
        choose(qtbot, window, SYSTEM)


def test_the_choice_outlives_the_window_and_beats_the_locale(qtbot, window):
    """Chosen once, the language is the one the next start speaks (the tests' locale is C)."""
    try:
        choose(qtbot, window, i18n.SIMPLIFIED)
        language.apply(i18n.EN)  # as a new process starts: nothing installed yet
        language.start()
        assert language.current() == i18n.SIMPLIFIED
        assert i18n.translate("MainWindow", "&File") == "文件(&F)"
        assert i18n.day(datetime.date(2024, 4, 26)) == "2024年4月26日"
    finally:
        choose(qtbot, window, SYSTEM)
    language.start()
    assert language.current() == i18n.EN
    assert i18n.day(datetime.date(2024, 4, 26)) == "2024-04-26"


def test_an_agreement_opens_after_a_language_switch(qtbot, window):
    """Relabelling the agreement form once deleted its area and annex pickers (built again
    only to be thrown away): the next agreement shown raised "Internal C++ object
    (AreaPicker) already deleted"."""
    select(window, "(i)")
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        from PySide6.QtCore import QCoreApplication, QEvent

        # what deleteLater() left: the app's own loop deletes it at once; a test's nested
        # waits do not, so it is done here
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        select(window, "(ii)")
        form = window.editor.form
        assert form.area_picker.count() > 0 and form.annex_picker.count() > 0
        assert window.editor.heading.text()
    finally:
        choose(qtbot, window, SYSTEM)
    select(window, "(i)")
    assert window.editor.form.area_picker.count() > 0


def test_the_history_tab_is_named_again_in_a_new_language(qtbot, window):
    from PySide6.QtWidgets import QTabWidget

    tabs = window.findChild(QTabWidget, "editorTabs")
    panel = tabs.widget(1)
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        assert tabs.tabText(1) != "History"
        assert panel.list.headerItem().text(0) != "When"
        assert "this version" not in panel.restore_button.text()
    finally:
        choose(qtbot, window, SYSTEM)
    assert tabs.tabText(1) == "History" and panel.list.headerItem().text(0) == "When"


def test_an_open_activity_dialog_and_its_labels_follow_a_switch(qtbot, window):
    """The Activity dialog (modeless) kept its words and every change's label in the old
    language; labels were stored in the language of whoever saved them."""
    select(window, "(i)")
    dialog = window.history.show_activity()
    assert dialog is not None and dialog.list.topLevelItem(0).text(2).startswith("Import ")
    try:
        choose(qtbot, window, i18n.TRADITIONAL)
        messages = i18n.chinese_messages(i18n.TRADITIONAL)
        assert dialog.windowTitle() == messages[("Activity", "Activity")]
        assert dialog.list.headerItem().text(0) == messages[("Activity", "When")]
        first = dialog.list.topLevelItem(0).text(2)
        assert first.startswith(messages[("Naming", "Import {title}")].split("{")[0])
        assert not first.startswith("Import ")
    finally:
        choose(qtbot, window, SYSTEM)
    assert dialog.list.topLevelItem(0).text(2).startswith("Import ")
    dialog.close()


def test_the_editor_tabs_take_no_alt_letter_the_menus_use(qtbot, window):
    """The History tab was "&History" and the Help menu "&Help": Alt+H was ambiguous (the
    walk), and so was Alt+F for Fields and File. In every language."""
    from PySide6.QtWidgets import QTabWidget

    def letters(texts: list[str]) -> set[str]:
        return {text[text.index("&") + 1].lower() for text in texts
                if "&" in text and not text.endswith("&")}

    tabs = window.findChild(QTabWidget, "editorTabs")
    try:
        for which in (i18n.TRADITIONAL, i18n.SIMPLIFIED, SYSTEM):
            choose(qtbot, window, which)
            menus = letters(menu_titles(window))
            assert {"f", "h"} <= menus, menus
            assert not menus & letters([tabs.tabText(i) for i in range(tabs.count())])
    finally:
        choose(qtbot, window, SYSTEM)
