"""The filtered tree's plain rows are drawn without the style (ui.tree_view.MatchDelegate:
places measured once, each kind's icon drawn once), a filter being a screenful of rows
repainted at every pause in typing. They must look exactly as the style draws them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from catalogue import services
from catalogue.kinds import Kind
from catalogue.ui.tree_view import MatchDelegate
from catalogue.workflows import open_catalogue

TEXTS = ["Promote green finance – «Straße» and 綠色金融 co-operation",
         "A very long measure on green finance " * 8,
         "綠色金融合作 green"]


def rendered(window, lean: bool) -> QImage:
    delegate = window.tree.itemDelegate()
    assert isinstance(delegate, MatchDelegate)
    delegate.lean = lean
    try:
        return window.tree.viewport().grab().toImage()
    finally:
        delegate.lean = True


def test_plain_rows_drawn_lean_look_as_the_style_draws_them(qtbot, catalogue_file):
    """Every row of a filtered tree, icons, marks, elided and Chinese text included, at two
    widths; then with one row selected (the style draws that one; the rest lean)."""
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    engine = open_catalogue(catalogue_file)
    for record_id, text in enumerate(TEXTS, start=1):
        services.update_record(engine, Kind.MEASURE, record_id, {"text": text})
    engine.dispose()
    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    try:
        for query in ("green", "綠色 finance", "ss"):
            window.filter_box.setText(query)
            window.filter_box.timer.stop()
            window.controller.apply_filter(query)
            qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
            assert window.model.found is not None and window.model.found.matches
            for width in (900, 330):
                window.resize(width + 500, 700)
                window.splitter.setSizes([width, 500])
                qtbot.wait(10)
                lean, styled = rendered(window, True), rendered(window, False)
                assert lean.size() == styled.size()
                assert lean == styled, (query, width)
        first = window.model.first_match()
        window.tree.setCurrentIndex(first)
        window.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(10)
        assert rendered(window, True) == rendered(window, False)
    finally:
        window.filter_box.setText("")
        window.close()
