"""The one look of a refusal said inside a window or dialog (a value that cannot be saved,
a plenary already catalogued, a server that said no): red, wrapped, hidden until there is
something to say, and kept beside what was typed."""

from PySide6.QtWidgets import QLabel

BOXED = ("QLabel#validationMessage { color: #a4000f; background: #fdecea; "
         "border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")


def refusal_label(name: str = "", *, boxed: bool = False) -> QLabel:
    """A hidden label for refusals: red text in a dialog, or a red box (`boxed`) above a
    form or list, where it must stand out from the fields around it."""
    label = QLabel()
    label.setWordWrap(True)
    if boxed:
        label.setObjectName("validationMessage")
        label.setStyleSheet(BOXED)
    else:
        label.setStyleSheet("color: #a4000f;")
        if name:
            label.setObjectName(name)
    label.hide()
    return label
