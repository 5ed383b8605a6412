"""Paint Catalogue's application icon and write it in every size and format the builds use.

Run once after changing the design (`python packaging/make_icons.py`); the results are
committed in resources/ so builds need no drawing tools: PNGs for Linux and the window icon,
catalogue.ico for Windows (PyInstaller, NSIS) and catalogue.icns for macOS.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QLinearGradient,
    QPainter,
    QPen,
)

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def paint(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, size))
    gradient.setColorAt(0, QColor("#2a7f9e"))
    gradient.setColorAt(1, QColor("#1b4f72"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # Three index cards, fanned: a catalogue of records.
    for offset, shade in ((28, "#bcd9e6"), (14, "#e3f0f5"), (0, "#ffffff")):
        p.setBrush(QColor(shade))
        p.drawRoundedRect(QRectF((56 + offset) * s, (48 + offset) * s, 128 * s, 152 * s),
                          14 * s, 14 * s)
    if size >= 32:
        pen = QPen(QColor("#2a7f9e"))
        pen.setWidthF(max(1.0, 10 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        for row, length in enumerate((88, 64, 80, 48)):
            y = (84 + row * 28) * s
            p.drawLine(QPointF(80 * s, y), QPointF((80 + length) * s, y))
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    RESOURCES.mkdir(exist_ok=True)
    for size in SIZES:
        paint(size).save(str(RESOURCES / f"catalogue-{size}.png"))
    for name, fmt in (("catalogue.ico", b"ico"), ("catalogue.icns", b"icns")):
        writer = QImageWriter(str(RESOURCES / name), fmt)
        if not writer.write(paint(256)):
            print(f"cannot write {name}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(f"icons written to {RESOURCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
