"""The filter's notice in Chinese reads as a sentence (a finding of the new-user walk:
"1 項記錄符合。" was terse), and its other messages say the count the same way: 找到 N 項
符合的記錄 (Traditional), 找到 N 项符合的记录 (Simplified, its Simplified form)."""

import pytest
from PySide6.QtCore import QLocale, Qt

from catalogue.i18n import EN, SIMPLIFIED, TRADITIONAL, translate
from catalogue.ui import language

FOUND = {TRADITIONAL: "找到 {n} 項符合的記錄", SIMPLIFIED: "找到 {n} 项符合的记录"}
"""How each script says how many records the filter found."""


@pytest.fixture(params=[TRADITIONAL, SIMPLIFIED])
def chinese(request):
    language.apply(request.param)
    yield request.param
    language.apply(EN)


def test_the_notice_says_how_many_were_found_as_a_sentence(window, qtbot, chinese):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "green finance")
    qtbot.waitUntil(lambda: window.model.filtering, timeout=3000)
    assert window.filter_box.notice.text() == FOUND[chinese].format(n=1) + "。"


def test_the_other_counts_of_the_filter_and_the_search_read_the_same(chinese):
    """More found than shown: the count found first, as above, then how many are shown;
    the command line's count the same."""
    many = translate("FilterBox", "{shown} of %Ln matching record(s) shown: add words to "
                     "narrow the search.", None, 1234).format(shown=200)
    total = QLocale().toString(1234)
    assert many.startswith(FOUND[chinese].format(n=total) + "，"), many
    assert "200" in many
    first = translate("FilterBox", "The first {shown} matching records shown (counting "
                      "the rest\u2026): add words to narrow the search.").format(shown=200)
    assert FOUND[chinese].split(" ")[-1][1:] in first, first  # 符合的記錄, as above
    assert translate("Cli", "%n record(s) match", None, 3) == FOUND[chinese].format(n=3)
