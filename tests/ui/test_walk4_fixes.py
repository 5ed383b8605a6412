"""Findings of the fourth walk through the window as a new officer (filter, restore):

- a filtered row whose found word lay past the row's elided end showed no mark at all,
  so the officer could not see why it matched (most rows, in a narrow tree);
- the filter said what it found twice (above the tree and in the status bar, in other
  words), and the status bar's copy wiped what a restore said it had done (and where the
  catalogue as it was is kept) as soon as the restored filter had searched again.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage

from catalogue import services
from catalogue.kinds import Kind
from catalogue.storage.backups import make_backup
from catalogue.ui.tree_view import HIGHLIGHT
from catalogue.workflows import open_catalogue
from tests.helpers import on_next_dialog

LONG = "Strengthen exchanges of talents and experts in the two places: the Zanzibarine plan"
"""Within the tree's summary of a measure (naming.SUMMARY_LENGTH), its word near the end."""


def marked_pixels(image: QImage, rect) -> int:
    marked = QColor(HIGHLIGHT).rgb()
    return sum(1 for y in range(rect.top(), rect.bottom() + 1)
               for x in range(rect.left(), rect.right() + 1)
               if image.pixel(x, y) == marked)


def test_a_word_past_the_elided_end_is_shown_with_the_label_s_beginning(qapp):
    from PySide6.QtWidgets import QApplication

    from catalogue.ui.tree_view import shown_label

    metrics = QFontMetrics(QApplication.font())
    text = "(xvi) " + LONG
    width = metrics.horizontalAdvance(text) // 3
    shown = shown_label(metrics, text, ["zanzibarine"], width, Qt.TextElideMode.ElideRight)
    assert "Zanzibarine" in shown and shown.startswith("(xvi) ") and "\u2026" in shown
    assert metrics.horizontalAdvance(shown) <= width
    # a Chinese label: its number ends at a full-width colon, its words at any character
    annex = "附件 6：" + LONG
    shown = shown_label(metrics, annex, ["zanzibarine"], width, Qt.TextElideMode.ElideRight)
    assert shown.startswith("附件 6：\u2026") and "Zanzibarine" in shown, shown
    measure = "1.15  加強兩地在海運方面的人才交流，推動航運服務業合作及海運人才培訓"
    shown = shown_label(metrics, measure, ["人才培訓"], metrics.horizontalAdvance(measure) * 2 // 3,
                        Qt.TextElideMode.ElideRight)
    assert shown.startswith("1.15  加強") and shown.endswith("人才培訓"), shown
    # a word already in sight, no word at all, or a label that fits: elided as Qt elides
    for words, whole in ((["strengthen"], text), ([], text), (["zanzibarine"], "(i) Short")):
        assert shown_label(metrics, whole, words, width, Qt.TextElideMode.ElideRight) == (
            metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width))


def test_a_row_whose_word_lies_past_its_elided_end_shows_it_marked(qtbot, catalogue_file):
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    engine = open_catalogue(catalogue_file)
    services.update_record(engine, Kind.MEASURE, 1, {"text": LONG})
    engine.dispose()
    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    try:
        window.resize(830, 700)
        window.splitter.setSizes([330, 500])
        window.filter_box.setText("zanzibarine")
        qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
        row = window.model.first_match()
        assert row.isValid() and row.data().endswith("Zanzibarine plan")
        window.tree.clearSelection()
        window.tree.setCurrentIndex(window.model.index(0, 0))  # the row itself plain
        qtbot.wait(10)
        rect = window.tree.visualRect(row)
        assert rect.right() < window.tree.viewport().width() + 5  # elided, not scrolled
        image = window.tree.viewport().grab().toImage()
        assert marked_pixels(image, rect) > 50
    finally:
        window.filter_box.setText("")
        window.close()


def test_a_restore_s_message_stays_once_the_filter_has_searched_again(window, qtbot,
                                                                       catalogue_file):
    from catalogue.ui.safety import RestoreDialog

    make_backup(catalogue_file, "manual")
    window.filter_box.setText("finance")
    qtbot.waitUntil(lambda: window.model.filtering)

    def choose(dialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        dialog.accept()

    on_next_dialog(choose)
    window.actions_.restore_backup.trigger()
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: window.model.filtering and window.model.found is not None
                    and not window.filter_box.timer.isActive())
    qtbot.wait(200)  # the filter's answer and any count have arrived
    assert "Restored" in window.statusBar().currentMessage()
    assert "match" in window.filter_box.notice.text()  # said once, above the tree


def test_clearing_the_filter_leaves_the_status_bar_s_last_message(window, qtbot):
    window.filter_box.setText("finance")
    qtbot.waitUntil(lambda: window.model.filtering)
    window.actions_.back_up_now.trigger()
    said = window.statusBar().currentMessage()
    assert said
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    assert not window.model.filtering
    assert window.statusBar().currentMessage() == said


BEYOND = ("Strengthen exchanges of talents and experts in many fields of the two places, "
          "including those of the Zanzibarine programme and its partners")
"""Longer than the tree's summary of a measure (naming.SUMMARY_LENGTH): the word is past it."""


def test_a_word_past_the_tree_s_summary_of_a_long_text_is_shown_marked(qtbot, catalogue_file):
    """The tree's label of a long text is its first 90 letters; a filtered row draws the
    whole text, so a word found past them is brought into sight as above."""
    from catalogue.naming import SUMMARY_LENGTH
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    assert BEYOND.lower().index("zanzibarine") > SUMMARY_LENGTH
    engine = open_catalogue(catalogue_file)
    services.update_record(engine, Kind.MEASURE, 1, {"text": BEYOND})
    engine.dispose()
    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    try:
        window.resize(1300, 700)
        window.splitter.setSizes([800, 500])
        window.filter_box.setText("zanzibarine")
        qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
        row = window.model.first_match()
        assert row.isValid() and "Zanzibarine" not in row.data()  # the summary stays
        window.tree.setCurrentIndex(window.model.index(0, 0))
        qtbot.wait(10)
        image = window.tree.viewport().grab().toImage()
        assert marked_pixels(image, window.tree.visualRect(row)) > 50
    finally:
        window.filter_box.setText("")
        window.close()
