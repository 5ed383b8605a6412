"""Help (#13 item 14): a user guide bundled as HTML, and the keyboard shortcuts generated
from the window's actions so the list stays true."""

import dataclasses
import tomllib
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableWidget, QTextBrowser

from tests.helpers import on_next_dialog

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_every_shortcut_of_the_actions(window):
    help_menu = next(action.menu() for action in window.menuBar().actions()
                     if action.text() == "&Help")
    assert [action.text() for action in help_menu.actions() if not action.isSeparator()] == [
        "&User guide", "&Keyboard shortcuts", "&About Catalogue"]
    seen: list[str] = []

    def read(dialog) -> None:
        table = dialog.findChild(QTableWidget)
        seen.extend(table.item(row, 1).text() for row in range(table.rowCount()))
        dialog.reject()

    on_next_dialog(read)
    window.actions_.shortcuts.trigger()
    keys = " | ".join(seen)
    for field in dataclasses.fields(window.actions_):
        for shortcut in getattr(window.actions_, field.name).shortcuts():
            text = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            assert text in keys, f"{field.name}: {text} missing from {keys}"
    assert "F5" in keys and "Esc" in keys


def test_the_user_guide_is_bundled_html_shown_in_a_text_browser(window):
    guide = resources.files("catalogue.resources").joinpath("guide", "user-guide.html")
    assert guide.is_file()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["catalogue.resources"]
    assert "guide/*.html" in package_data
    seen: list[str] = []

    def read(dialog) -> None:
        seen.append(dialog.findChild(QTextBrowser).toPlainText())
        dialog.reject()

    on_next_dialog(read)
    window.actions_.guide.trigger()
    assert "Filter" in seen[0] and "F5" in seen[0] and "Save" in seen[0]


def test_every_guide_says_a_measure_is_found_by_its_number():
    """walk8: the filter finds a measure by the number the press release gives it (12.1),
    but no guide said so, and a new officer had no way to learn it."""
    for name in ("user-guide.html", "user-guide.zh_Hant.html", "user-guide.zh_Hans.html"):
        text = resources.files("catalogue.resources").joinpath("guide", name).read_text(
            encoding="utf-8")
        section = text.split("<h2>", 3)[2]  # the filter's (after the opening one)
        assert "Ctrl+F" in section and "12.1" in section, name
