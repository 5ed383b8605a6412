"""Chinese text in the right regional glyphs: Hong Kong forms for Traditional, mainland forms
for Simplified.

The same Han character is drawn differently in Hong Kong, Taiwan and mainland fonts (骨, 說,
遍 ...), and a font picked by fallback shows whichever region its maker chose. So a widget
holding Chinese names the face for its script first among its fallbacks: the Noto Sans CJK
regional faces on Linux (Debian's fonts-noto-cjk, which the .deb recommends), then the
faces Windows and macOS ship (Microsoft JhengHei / YaHei, PingFang HK / SC). A face that
is not installed is skipped by Qt's matching.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from catalogue.chinese import HANS, HANT, script
from catalogue.i18n import spoken

FACES = {
    HANT: ("Noto Sans CJK HK", "Noto Sans HK", "Source Han Sans HK", "PingFang HK",
           "Microsoft JhengHei", "Noto Sans CJK TC"),
    HANS: ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
           "Microsoft YaHei"),
}
"""The CJK faces for each script, best first."""


def default_script() -> str:
    """The script of Chinese whose own script cannot be told: the window's, and Hong Kong's
    in an English window (the officers who write Traditional Chinese)."""
    return HANS if spoken() == HANS else HANT


def font_for(base: QFont, chinese_script: str) -> QFont:
    """`base` with the CJK faces for `chinese_script` after its own family: Latin text keeps
    the base face, Han characters take the regional one."""
    font = QFont(base)
    families = [family for family in base.families() or [base.family()]
                if family not in FACES[HANT] + FACES[HANS]]
    font.setFamilies([*families, *FACES[chinese_script]])
    return font


def show_script(widget: QWidget, text: str) -> None:
    """Give `widget` the faces for the script `text` is in (or the default script)."""
    wanted = script(text) or default_script()
    if widget.property("cjkScript") == wanted:
        return
    widget.setProperty("cjkScript", wanted)
    widget.setFont(font_for(widget.font(), wanted))
