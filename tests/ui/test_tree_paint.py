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


def test_a_long_text_is_elided_exactly_as_qt_elides_the_whole_of_it(qapp, catalogue_file):
    """tree_view.elided shapes only a beginning of a long text: for every label of the seed
    (English and Chinese, made long), and a few made to be hard (zero-width marks, one long
    word, spaces), at every width from 10 to 700 px, the same string as Qt's elidedText of
    the whole text."""
    from PySide6.QtGui import QFont, QFontMetrics

    from catalogue import queries
    from catalogue.ui.cjk import default_script, font_for
    from catalogue.ui.tree_view import elided

    engine = open_catalogue(catalogue_file)
    items = [item for listed in queries.search(engine, "the", None).outline.values()
             for item in listed]
    engine.dispose()
    labels = [str(item.values.get("text") or item.values.get("title") or "")
              for item in items]
    labels = [label * 4 for label in labels if label] + [
        "綠色金融合作" * 80, "e\u0301" * 900, "x" * 2000, " " * 700 + "end", "i" * 1500,
        "a" + "\u200b" * 2000 + " its end"]  # a beginning that fits: the whole is elided
    assert len(labels) > 20
    metrics = QFontMetrics(font_for(QFont(), default_script()))
    mode = Qt.TextElideMode.ElideRight
    for width in (10, 37, 120, 333, 700):
        for label in labels:
            assert elided(metrics, label, mode, width) == metrics.elidedText(
                label, mode, width), (width, label[:40])


def branches_rendered(window, lean: bool) -> QImage:
    window.tree.lean_branches = lean
    try:
        return window.tree.viewport().grab().toImage()
    finally:
        window.tree.lean_branches = True


def test_rows_without_children_skip_their_branches_and_look_the_same(qtbot, catalogue_file):
    """CatalogueTree.drawBranches draws nothing for a childless row when the style draws
    no lines: the whole tree, filtered and not, with a row selected, in Fusion, is the
    same image as Qt's own drawBranches gives; in the Windows style, which draws dotted
    lines, the lean way is not taken at all."""
    from PySide6.QtWidgets import QStyleFactory

    from catalogue.ui.app import make_application, open_window
    from catalogue.ui.tree_view import _branchless
    from tests.helpers import show_checked

    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    try:
        for name, lean in (("Fusion", True), ("Windows", False)):
            window.tree.setStyle(QStyleFactory.create(name))
            assert _branchless(window.tree) is lean
            for query in ("", "green", "the"):
                window.filter_box.setText(query)
                window.filter_box.timer.stop()
                window.controller.apply_filter(query)
                qtbot.wait(10)
                assert branches_rendered(window, True) == branches_rendered(window, False), (
                    name, query)
            window.tree.setCurrentIndex(window.model.first_match())
            window.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            qtbot.wait(10)
            assert branches_rendered(window, True) == branches_rendered(window, False), name
    finally:
        window.filter_box.setText("")
        window.close()
