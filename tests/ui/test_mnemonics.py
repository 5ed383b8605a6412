"""Every Alt+letter in the editor reaches one thing: none is taken by the menu bar (whose
letters win), none by two of the editor's own labels or buttons, for every kind of record
and in every language. The walk found Alt+H (Help, Attach file, Honorific) and Alt+R (Role,
Revert) taken twice."""

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from catalogue import i18n
from catalogue.ui.language import SYSTEM, LanguageMenu
from tests.helpers import select

RECORDS = ("Sixth Plenary Session", "3.1", "Annex 2", "(i)", "Mr Paul Chan")


def letter(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text) - 1 else None


def editor_letters(window) -> list[tuple[str, str]]:
    editor = window.editor
    found = []
    for widget in editor.findChildren(QLabel) + editor.findChildren(QAbstractButton):
        if not widget.isVisibleTo(editor):
            continue
        key = letter(widget.text())
        if key is not None:
            found.append((key, widget.text()))
    return found


def test_each_alt_letter_in_the_editor_reaches_one_thing(qtbot, window):
    menu = window.findChild(LanguageMenu)
    problems = []
    try:
        for record, which in ((record, which) for record in RECORDS
                              for which in (SYSTEM, i18n.TRADITIONAL, i18n.SIMPLIFIED)):
            menu.choices[SYSTEM].trigger()
            QApplication.processEvents()
            select(window, record)
            menu.choices[which].trigger()
            QApplication.processEvents()
            menus = {letter(action.text()) for action in window.menuBar().actions()} - {None}
            assert {"f", "e", "v", "h"} <= menus
            found = editor_letters(window)
            keys = [key for key, _ in found]
            taken = [text for key, text in found if key in menus]
            twice = sorted({text for key, text in found if keys.count(key) > 1})
            if taken or twice:
                problems.append((record, which, taken, twice))
        assert not problems, "\n".join(map(str, problems))
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()


def test_each_menu_gives_each_alt_letter_once(qtbot, window):
    """In 繁體 the Edit menu had 復原(U) and 上移(U): the second needed two presses."""
    menu = window.findChild(LanguageMenu)
    problems = []
    try:
        for which in (SYSTEM, i18n.TRADITIONAL, i18n.SIMPLIFIED):
            menu.choices[which].trigger()
            QApplication.processEvents()
            for title in window.menuBar().actions():
                entries = [action.text() for action in title.menu().actions()
                           if not action.isSeparator()]
                keys = [letter(text) for text in entries]
                twice = sorted({text for text, key in zip(entries, keys, strict=True)
                                if key is not None and keys.count(key) > 1})
                if twice:
                    problems.append((which, title.text(), twice))
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    assert not problems, "\n".join(map(str, problems))
