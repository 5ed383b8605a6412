"""A measure found by its number: officers read "measure 12.1" in a press release and type
12.1 into the filter (or `catalogue search 12.1`). A measure's number is its place (its
area's position, then its own), not one of its words, so the index alone found nothing
(walk7). Both engines, the same answers; the number's text is still found where typed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from catalogue import queries, services
from catalogue.kinds import Kind, RecordKey
from catalogue.storage.search import search_rowid
from catalogue.workflows import open_catalogue
from tests.helpers import run


def _numbered(engine, area_position: int, position: int) -> set[RecordKey]:
    """The measures numbered so, read straight from the tables."""
    with engine.connect() as connection:
        return {RecordKey(Kind.MEASURE, row[0]) for row in connection.execute(text(
            "SELECT measure.id FROM measure JOIN area ON measure.area_id = area.id "
            "WHERE area.position = :a AND measure.position = :p"),
            {"a": area_position, "p": position})}


def _words_of(engine, key: RecordKey) -> list[str]:
    return str(queries.record(engine, key.kind, key.id)["text"]).split()


@pytest.mark.both_engines
def test_a_measures_number_finds_the_measure(engine):
    wanted = _numbered(engine, 2, 3)
    assert len(wanted) == 1  # the seed: one plenary
    found = queries.search(engine, "2.3")
    assert wanted <= found.matches
    assert found.total == len(found.matches) == queries.count(engine, "2.3")
    (measure,) = wanted
    assert queries.search(engine, "9.99").matches == set()
    assert queries.count(engine, "9.99") == 0
    # with a word of its text: found; with a word it does not hold: not
    word = max(_words_of(engine, measure), key=len)
    assert measure in queries.search(engine, f"2.3 {word}").matches
    assert measure in queries.search(engine, f"{word.upper()} 2.3").matches
    assert measure not in queries.search(engine, "2.3 zzyzx").matches
    # two numbers: no measure has both places
    assert measure not in queries.search(engine, "2.3 2.4").matches
    # not numbers: a third part, a zero, letters
    for other in ("2.3.1", "0.3", "2.0", "b.3", "2.", ".3"):
        assert measure not in queries.search(engine, other).matches, other


@pytest.mark.both_engines
def test_a_number_typed_in_a_record_is_found_once_and_counted_once(engine):
    """A measure that is 2.3 and says "2.3" in its notes is one match, not two; another
    record that says it is found too, by its words."""
    (measure,) = _numbered(engine, 2, 3)
    services.update_record(engine, Kind.MEASURE, measure.id, {"notes": "see 2.3 above"})
    services.update_record(engine, Kind.AREA, 1, {"notes": "measure 2.3 continues this"})
    found = queries.search(engine, "2.3")
    assert {measure, RecordKey(Kind.AREA, 1)} <= found.matches
    assert found.total == len(found.matches) == queries.count(engine, "2.3")
    assert RecordKey(Kind.AREA, 1) in queries.search(engine, "2.3 continues").matches
    assert measure not in queries.search(engine, "2.3 continues").matches


def test_numbered_measures_past_the_limit_are_counted(demo_db):
    """One numbered measure a plenary (five in the demo): with a limit of 2 the first two
    in the search's order are shown and every one is counted, as for any word."""
    engine = open_catalogue(demo_db, read_only=True)
    try:
        wanted = _numbered(engine, 1, 2)
        assert len(wanted) == 5
        whole = queries.search(engine, "1.2", limit=None)
        assert wanted <= whole.matches
        found = queries.search(engine, "1.2", limit=2)
        assert found.more and found.total == len(whole.matches) == queries.count(engine, "1.2")
        # the first two in the search's order (a record's rowid), numbered or not
        assert found.matches == set(sorted(whole.matches, key=search_rowid)[:2])
    finally:
        engine.dispose()


def test_catalogue_search_prints_the_numbered_measure(catalogue_file):
    printed = run("search", "--db", str(catalogue_file), "2.3")
    assert printed.returncode == 0, printed.stderr
    assert any(line.split("\t")[:2] == ["measure", "2.3"]
               for line in printed.stdout.splitlines()), printed.stdout



@pytest.mark.both_engines
def test_a_number_typed_with_a_chinese_input_methods_stops_and_digits_is_found(engine):
    """walk8: a Chinese input method types a full stop as 。 (or ．) and may type digits
    full width: 2。3 and ２．３ found nothing, though they name measure 2.3 as 2.3 does."""
    (measure,) = _numbered(engine, 2, 3)
    for typed in ("2。3", "２．３", "２.３", "2．3"):
        assert measure in queries.search(engine, typed).matches, typed
        assert queries.count(engine, typed) == queries.count(engine, "2.3"), typed
    word = max(_words_of(engine, measure), key=len)
    assert measure in queries.search(engine, f"2。3 {word}").matches
    assert queries.search_words("2。3 ２．３ x。y") == ["2.3", "x。y"]


def test_search_help_says_a_measures_number_finds_it():
    """walk8: `catalogue search --help` said only "words to look for": an officer at a
    terminal had no way to learn that 12.1 finds measure 12.1."""
    helped = run("search", "--help")
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())
    assert "12.1" in text and "measure" in text
