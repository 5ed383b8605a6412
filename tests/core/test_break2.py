"""Break-it findings of the second round (restore, unique races, server search): each test
failed on the code before its fix."""

import pytest

from catalogue import queries


@pytest.mark.both_engines
@pytest.mark.parametrize("query", ["Hong\x00", "\x00", "Ho\x00ng Kong", "\x00\x00"])
def test_a_search_with_a_nul_character_is_the_search_without_it(engine, query):
    """A NUL pasted into the filter box: PostgreSQL refuses any text holding one (the
    driver's text was shown as "Search failed: ... [SQL: ...]"), FTS5 called it an
    unterminated string, and a lone NUL matched every record. Saved text never holds one
    (spec drops it), so the search is the one without it."""
    plain = query.replace("\x00", "")
    expected = set(queries.search(engine, plain).matches) if plain.strip() else set()
    assert set(queries.search(engine, query).matches) == expected
    assert queries.count(engine, query) == queries.count(engine, plain)
