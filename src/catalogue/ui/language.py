"""The window's language: English, Traditional Chinese (Hong Kong) or Simplified Chinese.

The locale decides (catalogue.i18n.language: zh_HK, zh_TW, zh_MO Traditional; zh_CN, zh_SG
Simplified; else English) unless View > Language chose one, which is remembered (QSettings
"ui/language"). Switching installs the new translators at once: Qt then sends every widget a
LanguageChange event, and the main window retranslates what it shows (`retranslate_window`)
without a restart. Qt's own strings (standard buttons, file dialogs) come from Qt's
qtbase_zh_TW / qtbase_zh_CN, Hong Kong and Macau reading Taiwan's Traditional.
"""

import datetime
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from catalogue import i18n
from catalogue.i18n import EN, LANGUAGES, SIMPLIFIED, TRADITIONAL, translate
from catalogue.ui.icons import resource_folder

if TYPE_CHECKING:
    from catalogue.ui.main_window import MainWindow

SETTING = "ui/language"
"""'en', 'zh_Hant' or 'zh_Hans' once chosen in View > Language; absent: the system's."""
SYSTEM = ""
NAMES = {EN: "English", TRADITIONAL: "繁體中文", SIMPLIFIED: "简体中文"}
"""Each language by its own name, as language menus show them (never translated)."""
LOCALES = {TRADITIONAL: "zh_HK", SIMPLIFIED: "zh_CN"}
"""The QLocale of each Chinese language; English is C's, digits grouped."""
QT_OWN = {TRADITIONAL: "qtbase_zh_TW", SIMPLIFIED: "qtbase_zh_CN"}
"""Qt's translations of its own strings: Qt ships Taiwan's Traditional, not Hong Kong's."""
_TRANSLATORS = ("catalogue_zh", "qtbase_zh")
"""objectNames of the translators a language installs (catalogue_en stays: English plurals)."""

_current = EN


def current() -> str:
    """The language the window speaks now."""
    return _current


def system_language() -> str:
    """The locale's language: the environment as gettext reads it, else (Windows, macOS,
    where no variable is set) the system's user-interface languages."""
    if any(os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        return i18n.language()
    for name in QLocale.system().uiLanguages():
        return i18n.language_of(name) or EN
    return EN


def chosen() -> str:
    """The language chosen in View > Language, or SYSTEM."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def remember(language: str) -> None:
    settings = QSettings()
    if language == SYSTEM:
        settings.remove(SETTING)
    else:
        settings.setValue(SETTING, language)


def apply(language: str) -> None:
    """Speak `language` from now on: its translators replace the last one's, and the
    default locale (dates, numbers) becomes the language's. Qt then posts LanguageChange."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for name in _TRANSLATORS:
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.setObjectName("")  # deleted later: not found again before then
            old.deleteLater()
    if language != EN:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Installed last is asked first: Catalogue's own messages before Qt's.
        _install(app, "qtbase_zh", QT_OWN[language], qt_folder)
        _install(app, "catalogue_zh", f"catalogue_{language}",
                 str(resource_folder().joinpath("translations")))
    _current = language
    i18n.set_language(language)
    locale = QLocale(LOCALES[language]) if language in LOCALES else QLocale(QLocale.Language.C)
    if language == EN:  # English as C reads it, digits grouped ("20,000")
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)


def _install(app: QCoreApplication, name: str, file: str, folder: str) -> None:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(file, folder):
        app.installTranslator(translator)
    else:  # a missing Qt file leaves Qt's own buttons English; ours means a broken install
        translator.setObjectName("")
        translator.deleteLater()


def missing() -> list[str]:
    """The translation files the current language needs but could not load (the
    self-test fails on any: a bundle that dropped Qt's qtbase_zh_* shows English buttons)."""
    app = QCoreApplication.instance()
    if _current == EN or app is None:
        return []
    return [f"{file}.qm" for name, file in (("qtbase_zh", QT_OWN[_current]),
                                            ("catalogue_zh", f"catalogue_{_current}"))
            if app.findChild(QTranslator, name) is None]


def qt_gaps() -> list[str]:
    """Qt's own strings that its zh_TW and zh_CN translations lack (Qt 6.x: the file
    dialog's "Look in" and "Files of type" labels and its Folder type). Written out here so
    lupdate files them, under Qt's contexts, in catalogue_zh_*.ts, whose translator Qt asks
    before its own; tests/ui/test_language.py reads them back."""
    return [translate("QFileDialog", "&Look in:"),
            translate("QFileDialog", "Files of &type:"),
            translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
            translate("QAbstractFileIconProvider", "%1 File",
                      "%1 is a file name suffix, for example txt")]


def start() -> None:
    """At start: the language chosen last time, else the system's."""
    apply(chosen() or system_language())


def long_date(day: datetime.date) -> str:
    """A day as the language writes it: '26 April 2024', '2024年4月26日'."""
    if _current != EN:
        return i18n.day(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# -- View > Language ----------------------------------------------------------------------


class LanguageMenu(QMenu):
    """English / 繁體中文 / 简体中文 / System default, one ticked; choosing one switches now."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        for language in (EN, TRADITIONAL, SIMPLIFIED, SYSTEM):
            action = self.addAction(NAMES.get(language, ""))
            action.setCheckable(True)
            action.setData(language)
            self.group.addAction(action)
            self.choices[language] = action
            if language == SIMPLIFIED:
                self.addSeparator()
        self.choices[chosen()].setChecked(True)
        self.group.triggered.connect(lambda action: self.choose(action.data()))
        self.retranslate()

    def choose(self, language: str) -> None:
        """Remember `language` (SYSTEM: follow the locale) and speak it now."""
        remember(language)
        self.choices[language].setChecked(True)
        apply(language or system_language())

    def retranslate(self) -> None:
        self.setTitle(translate("Language", "&Language"))
        self.choices[SYSTEM].setText(translate("Language", "System default"))


def retranslate_window(window: "MainWindow") -> None:
    """Every text the window set from a message, set again in the current language (the
    rest, computed when shown: tree rows, dialogs, status messages, follows by itself)."""
    from catalogue.ui.actions import retranslate_actions, retranslate_menus

    retranslate_actions(window.actions_)
    retranslate_menus(window)
    for menu in window.findChildren(LanguageMenu):
        menu.retranslate()
    window.filter_box.retranslate()
    window.editor.retranslate()
    window.model.retranslate()
    window.controller.name_shown_again()
    window.setWindowTitle(window.viewing.title() + "[*]")
    window.statusBar().clearMessage()
    window.refresh()
    window._show_read_only()
    window.live.retranslate()
