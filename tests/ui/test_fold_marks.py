"""The filter's words marked in the tree where the search found them, folded as it folds
them (migration 0011, storage.casefold): "ss" marks the ß of Straße, "k" the Kelvin sign,
"ς" every σ, even where a fold makes the text longer than what is shown."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from catalogue import services
from catalogue.kinds import Kind
from catalogue.ui.tree_view import HIGHLIGHT, spans
from catalogue.workflows import open_catalogue

MARKED = "Straße GROẞE 300 \u212a ΟΔΥΣΣΕΥΣ ﬁnance"


def marked(text: str, words: list[str]) -> list[str]:
    pieces = list(spans(text, words))
    assert "".join(text[start:end] for start, end, _ in pieces) == text, "every piece once"
    assert all(start < end for start, end, _ in pieces)
    return [text[start:end] for start, end, matched in pieces if matched]


def test_the_pieces_marked_are_the_characters_that_matched():
    assert marked(MARKED, ["ss"]) == ["ß", "ẞ"]
    assert marked("Straße STRASSE", ["strasse"]) == ["Straße", "STRASSE"]
    assert marked(MARKED, ["k"]) == ["\u212a"]
    assert marked(MARKED, ["ς"]) == ["Σ", "Σ", "Σ"]
    assert marked(MARKED, ["FIN"]) == ["ﬁn"]
    assert marked("ßßß finance…", ["finance"]) == ["finance"], "after longer folds"
    assert marked("香港特別行政區", ["特别"]) == ["特別"], "the other script"
    assert marked(MARKED, []) == [] and marked("", ["a"]) == []


def test_a_filter_marks_a_word_found_only_through_the_fold(qtbot, catalogue_file):
    """No other record holds "strasse": Straße is found, and marked, through its ß."""
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    engine = open_catalogue(catalogue_file)
    services.update_record(engine, Kind.MEASURE, 1, {"text": MARKED})
    engine.dispose()
    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    try:
        window.filter_box.setText("strasse")
        window.controller.apply_filter("strasse")
        qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
        assert window.model.found is not None
        assert set(window.model.found.matches) == {(Kind.MEASURE, 1)}
        window.tree.expandAll()
        image = window.tree.viewport().grab().toImage()
        colour = QColor(HIGHLIGHT).rgb()
        assert any(image.pixel(x, y) == colour for y in range(image.height())
                   for x in range(image.width()))
        window.filter_box.setText("")
        qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    finally:
        window.editor.revert()
        window.close()
        window.deleteLater()


def test_only_the_records_found_are_marked_not_the_rows_above_them(qtbot, catalogue_file):
    """A filter for "Co-operation" marks it in the records that hold it, not in the group
    rows above them ("Co-operation areas"), which the search did not find (walk7)."""
    from PySide6.QtCore import QModelIndex

    from catalogue.kinds import GROUPS
    from catalogue.ui.app import make_application, open_window
    from tests.helpers import show_checked

    make_application()
    window = open_window(str(catalogue_file))
    show_checked(qtbot, window)
    window.resize(1000, 2400)
    try:
        window.filter_box.setText("Co-operation")
        window.controller.apply_filter("Co-operation")
        qtbot.waitUntil(lambda: window.model.filtering, timeout=5000)
        window.tree.expandAll()
        model, tree = window.model, window.tree
        image = tree.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        colour = QColor(HIGHLIGHT).rgb()

        def marked(index: QModelIndex) -> bool:
            rect = tree.visualRect(index)
            return any(image.pixel(int(x * ratio), int(y * ratio)) == colour
                       for y in range(max(rect.top(), 0), rect.bottom())
                       for x in range(max(rect.left(), 0), rect.right()))

        rows, stack = [], [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if tree.visualRect(index).bottom() < tree.viewport().height():
                    rows.append(index)
                stack.append(index)
        groups = [index for index in rows if model.node(index).kind in GROUPS
                  and "Co-operation" in str(index.data())]
        found = [index for index in rows
                 if model.node(index).key in window.model.found.matches]
        assert groups and found, "the seed shows both on one screen"
        assert not any(marked(index) for index in groups)
        assert any(marked(index) for index in found)
    finally:
        window.close()
