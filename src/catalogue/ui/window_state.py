"""What the window remembers between starts: its size and the splitter's position."""

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = [560, 720]


def restore(window: QMainWindow, splitter: QSplitter) -> None:
    """Put back the size and split saved last time, else sensible defaults."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    split = settings.value("window/splitter")
    if isinstance(split, QByteArray) and not split.isEmpty():
        splitter.restoreState(split)
    else:
        splitter.setSizes(DEFAULT_SPLIT)


def save(window: QMainWindow, splitter: QSplitter) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
