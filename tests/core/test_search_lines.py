"""What `catalogue search` prints, in process: as many matches as asked for, each with the
snippet of its text around the first word that matched."""

import pytest

from catalogue import queries
from catalogue.queries import SNIPPET, snippet
from catalogue.services import update_record
from catalogue.workflows import open_to_search

LONG = ("Facilitate market access for service sectors in city planning, support the transfer "
        "of technological achievements. Encourage co-operation between the two places in city "
        "planning, deepen a mechanism for regular communication and green finance.")


def test_a_window_around_the_first_match_with_ellipses_where_cut():
    middle = snippet([LONG], ["technolog"])
    assert middle.startswith("…") and middle.endswith("…")
    assert "technological achievements" in middle
    assert len(middle) <= SNIPPET + 2
    assert middle[1] != " " and middle[-2] != " ", "cut at a space, not beside one"
    end = snippet([LONG], ["FINANCE", "green"])  # case and word order do not matter
    assert end.startswith("…") and end.endswith("green finance.")
    start = snippet([LONG], ["facilitate"])
    assert start.startswith("Facilitate market") and start.endswith("…")
    assert snippet(["Green Finance"], ["green"]) == "Green Finance", "short text whole"


def test_the_snippet_comes_from_where_the_words_are_and_stays_on_one_line():
    texts = ["Sports", "", "第一行\n合作備忘錄\t第二行"]  # own text, no place, notes
    assert snippet(texts, ["備忘"]) == "第一行 合作備忘錄 第二行"
    assert snippet(texts, ["sport"]) == "Sports"
    assert snippet(texts, ["nowhere"]) == "Sports", "no match in one text: its own text"
    chinese = "深化滬港合作，推動大灣區建設。" * 20
    cut = snippet([chinese], ["大灣區"])
    assert cut.endswith("…") and "大灣區" in cut and len(cut) == SNIPPET + 1


@pytest.mark.both_engines
@pytest.mark.parametrize(("limit", "lines", "more"), [(3, 3, True), (None, 18, False),
                                                      (18, 18, False), (17, 17, True),
                                                      (200, 18, False)])
def test_the_limit_and_all(engine, limit, lines, more):
    """Before: 200 at most, with no way to ask for more."""
    result = queries.search(engine, "Memorandum", limit)
    assert len(queries.match_lines(result, "Memorandum")) == lines and result.more is more


def test_all_reads_past_the_limit_of_sql_parameters(demo_db, monkeypatch):
    """`--all` on a large catalogue matches tens of thousands of records: they are read a
    chunk of ids at a time (SQLite builds allow as few as 32,766 parameters)."""
    monkeypatch.setattr(queries, "CHUNK", 100)
    engine = open_to_search(demo_db)
    try:
        chunked = queries.match_lines(queries.search(engine, "e", None), "e")
        monkeypatch.setattr(queries, "CHUNK", 100_000)
        whole = queries.match_lines(queries.search(engine, "e", None), "e")
    finally:
        engine.dispose()
    assert len(chunked) > 1000 and chunked == whole


@pytest.mark.both_engines
def test_a_match_in_the_notes_shows_the_notes(engine):
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[12]
    update_record(engine, "area", area.id, {"notes": "Ask about the dragon boat race.\nSoon."})
    [line] = queries.match_lines(queries.search(engine, "dragon"), "dragon")
    assert line == ("area", "13", "Ask about the dragon boat race. Soon.")
