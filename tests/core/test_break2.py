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


def test_a_restore_killed_while_copying_leaves_no_copy_after_the_next_open(catalogue_file):
    """A restore killed (kill -9) before it set the journals aside leaves its half-built
    copy of the backup (.NAME.XXXXXXXX.restoring, as big as the catalogue) and its journal;
    the next open settles a killed restore's leftovers but looked only when an -aside file
    was there, so the copies stayed until some later restore. A dead builder holds no lock
    on its file, as here."""
    from catalogue.workflows import open_catalogue

    folder = catalogue_file.parent
    dead = folder / f".{catalogue_file.name}.0123abcd.restoring"
    dead.write_bytes(catalogue_file.read_bytes())
    journal = folder / f"{dead.name}-journal"
    journal.write_bytes(b"\0" * 512)
    open_catalogue(catalogue_file).dispose()
    assert not dead.exists() and not journal.exists()


@pytest.mark.both_engines
def test_a_search_of_very_many_short_words_is_an_answer_not_the_drivers_text(engine):
    """A long text pasted into the filter box: each word shorter than a trigram was one more
    LIKE in a chain of ANDs, and past 1,000 of them SQLite refused ("Expression tree is too
    large (maximum depth 1000)", shown as the database failing). The server answered."""
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    query = " ".join(a + b for a in letters for b in letters)  # 1,296 different words
    assert queries.search(engine, query).matches == frozenset()
    assert queries.count(engine, query) == 0
    assert queries.search(engine, "Hong " + "ng " * 1500).matches == queries.search(
        engine, "Hong ng").matches
