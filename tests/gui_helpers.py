"""Driving real dialogs in GUI tests: act on the next modal window as soon as it opens."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget


def on_next_dialog(action: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[QWidget]:
    """Call `action(dialog)` on the next modal dialog; returns a list that gets the dialog."""
    seen: list[QWidget] = []
    waited = [0]

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            seen.append(widget)
            action(widget)
        elif waited[0] < timeout_ms:
            waited[0] += 10
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return seen


def click_button(text_or_role: str | QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """An action that clicks a message box button, by standard button or by its text."""

    def click(dialog: QWidget) -> None:
        if isinstance(text_or_role, QMessageBox.StandardButton):
            assert isinstance(dialog, QMessageBox)
            dialog.button(text_or_role).click()
            return
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == text_or_role:
                button.click()
                return
        raise AssertionError(f"no button {text_or_role!r} in {dialog.windowTitle()!r}")

    return click


def show_checked(qtbot, window) -> None:
    """Show the window and wait for its whole-file check, after which changes are allowed."""
    window.show()
    qtbot.waitUntil(lambda: window.session.opened.checked, timeout=10_000)
