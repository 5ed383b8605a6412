"""Issue #17 items 4 and 5 in the window: the editor shows the English and Chinese fields
side by side, saves the Chinese one, the tree shows the record in the window's language,
and Chinese text is drawn with its own region's face."""

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from catalogue import i18n, queries
from catalogue.ui.cjk import FACES
from tests.helpers import measure_editor, select


def test_the_editor_shows_english_and_chinese_side_by_side(window, qtbot, engine):
    select(window, "12.1")
    form = window.editor.forms["measure"]
    english, chinese = measure_editor(window), form.fields["text_zh"].widget
    assert isinstance(chinese, QPlainTextEdit) and chinese.isVisible()
    headings = [label.text() for label in form.findChildren(QLabel, "languageHeading")]
    assert headings == ["English", "中文"]
    left, right = english.mapTo(form, english.rect().topLeft()), chinese.mapTo(
        form, chinese.rect().topLeft())
    assert left.y() == right.y() and left.x() < right.x(), "one row, English first"

    chinese.setPlainText("推動滬港兩地生態環境產業合作")
    assert window.editor.dirty
    window.actions_.save.trigger()
    assert not window.editor.dirty
    record = queries.record(engine, "measure", window.editor.record_id)
    assert record["text_zh"] == "推動滬港兩地生態環境產業合作"
    assert record["text"].startswith("To promote exchanges"), "the English text is untouched"
    assert FACES["zh_Hant"][0] in chinese.font().families(), "Hong Kong forms"
    window.undo_stack.undo()
    assert queries.record(engine, "measure", window.editor.record_id)["text_zh"] == ""
    window.undo_stack.redo()
    assert chinese.toPlainText() == "推動滬港兩地生態環境產業合作"
    chinese.setPlainText("推动沪港两地生态环境产业合作")
    assert chinese.font().families().index(FACES["zh_Hans"][0]) >= 0, "mainland forms"


def test_the_tree_shows_the_record_in_the_windows_language(window, qtbot, engine):
    select(window, "12.1")
    window.editor.forms["measure"].fields["text_zh"].widget.setPlainText("推動合作")
    window.actions_.save.trigger()
    index = window.tree.currentIndex()
    assert window.model.data(index).startswith("12.1  To promote exchanges")
    try:
        i18n.set_language("zh_Hant")
        assert window.model.data(index) == "12.1  推動合作"
        select(window, "12.2")  # no Chinese: the English text stands in
        assert window.model.data(window.tree.currentIndex()).startswith("12.2  ")
        assert "推動" not in window.model.data(window.tree.currentIndex())
    finally:
        i18n.set_language(None)


def test_an_area_name_has_its_chinese_name_beside_it(window, qtbot):
    select(window, "1.")
    form = window.editor.forms["area"]
    assert isinstance(form.fields["name_zh"].widget, QLineEdit)
    assert set(form.fields) >= {"name", "name_zh", "notes"}


def drawn(text: str, font) -> bytes:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font.setPixelSize(48)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return bytes(image.constBits())


def test_traditional_and_simplified_are_drawn_in_their_regions_forms(qapp):
    """骨 is the same character in both scripts, drawn differently in Hong Kong and on the
    mainland: each script's face draws its own form (with fonts-noto-cjk installed)."""
    import pytest
    from PySide6.QtGui import QFont, QFontDatabase

    from catalogue.ui.cjk import font_for

    if not {"Noto Sans CJK HK", "Noto Sans CJK SC"} <= set(QFontDatabase.families()):
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    base = QFont("Noto Sans")
    hong_kong, mainland = font_for(base, "zh_Hant"), font_for(base, "zh_Hans")
    assert drawn("骨", hong_kong) != drawn("骨", mainland)
    assert drawn("A", hong_kong) == drawn("A", mainland), "Latin text keeps its own face"
