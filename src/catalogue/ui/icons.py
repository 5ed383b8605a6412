"""Small badge icons per record type, painted at run time so they look the same on every
platform and need no icon theme (offscreen and frozen builds have none)."""

import importlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from catalogue.kinds import Kind

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_BADGES = {
    Kind.CONFERENCE: ("C", "#2f4f6f"),
    Kind.SESSION: ("P", "#5b4b8a"),
    "group": ("", "#8a8f98"),
    Kind.AREA: ("A", "#1f6f8b"),
    Kind.MEASURE: ("M", "#3a8d5d"),
    Kind.OFFICIAL: ("O", "#b5651d"),
    Kind.AGREEMENT: ("", "#9c3d54"),
    Kind.ANNEX: ("", "#6b6b2f"),
}
PAPER = "#fdfcf7"
SEAL = "#b3261e"


@cache
def badge(kind: str) -> QIcon:
    """A rounded square with the record type's letter (a folder-like bar for groups); a sheet
    of paper for the two kinds that are documents: an annex (a page with a folded corner)
    and an agreement (a page with a seal), where "G" and "X" said nothing."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_paint(kind, size))
    return icon


def _paint(kind: str, size: int) -> QPixmap:
    letter, colour = _BADGES.get(kind, ("?", "#777777"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    margin = size * 0.08
    if kind in (Kind.AGREEMENT, Kind.ANNEX):
        _page(painter, size, QColor(colour), seal=kind == Kind.AGREEMENT)
    elif kind == "group":
        painter.drawRoundedRect(QRectF(margin, size * 0.28, size - 2 * margin, size * 0.6),
                                size * 0.12, size * 0.12)
        painter.drawRoundedRect(QRectF(margin, size * 0.16, size * 0.45, size * 0.2),
                                size * 0.08, size * 0.08)
    else:
        painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                                size * 0.2, size * 0.2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def resource_folder() -> "Path | Traversable":
    """The files of catalogue.resources: their folder when installed as files, else (a zip)
    what importlib.resources finds; importing that cost 8 ms of every start."""
    package = importlib.import_module("catalogue.resources")  # data files, no stubs
    if package.__file__ and Path(package.__file__).parent.is_dir():
        return Path(package.__file__).parent
    from importlib import resources

    return resources.files(package)


def _page(painter: QPainter, size: int, ink: QColor, *, seal: bool) -> None:
    """A sheet with lines of text in the kind's colour; an annex's top corner is folded, an
    agreement carries a red seal. Lines sit on whole pixels, so they stay crisp at 16 px."""
    unit = size / 16
    width = max(1, round(unit))
    half = 0.5 if width % 2 else 0.0

    def at(value: float) -> float:
        return round(value * unit) + half

    left, top, right, bottom = at(2), at(1), at(13), at(14)
    fold = 0.0 if seal else round(4 * unit)
    outline = QPolygonF([QPointF(left, top), QPointF(right - fold, top),
                         QPointF(right, top + fold), QPointF(right, bottom),
                         QPointF(left, bottom)])
    painter.setPen(QPen(ink, width))
    painter.setBrush(QColor(PAPER))
    painter.drawPolygon(outline)
    if fold:
        painter.setBrush(ink.lighter(150))
        corner = QPointF(right - fold, top + fold)
        painter.drawPolygon(QPolygonF([QPointF(right - fold, top), corner,
                                       QPointF(right, top + fold)]))
    painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    rows = (4, 6, 8) if seal else (6, 8, 10)
    for number, row in enumerate(rows):
        short = seal and number == len(rows) - 1
        painter.drawLine(QPointF(at(4) - half, at(row)), QPointF(at(8 if short else 11) - half,
                                                                  at(row)))
    if seal:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SEAL))
        painter.drawEllipse(QPointF(10.5 * unit, 11 * unit), 2.6 * unit, 2.6 * unit)


@cache
def app_icon() -> QIcon:
    """The application's icon: the bundled PNGs when present, else a painted badge.

    Files on disk are added by name and size, so Qt decodes only the sizes it draws (eight
    decodes cost about 20 ms of start-up); from a zip they are read and decoded at once."""
    icon = QIcon()
    folder = resource_folder()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        candidate = folder.joinpath(f"catalogue-{size}.png")
        if isinstance(candidate, Path) and candidate.is_file():
            icon.addFile(str(candidate), QSize(size, size))
        elif candidate.is_file():
            pixmap = QPixmap()
            pixmap.loadFromData(candidate.read_bytes())
            icon.addPixmap(pixmap)
    return icon if not icon.isNull() else badge(Kind.SESSION)
