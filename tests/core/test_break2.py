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


def test_a_save_begun_before_a_server_restore_never_overwrites_an_edit_made_after_it(
        pg_catalogue, tmp_path):
    """A restore brought back the backup's (older) versions, so a version an officer read
    before it could come round again: Bob reads a record at version 3, the owner restores
    a backup of it at version 1, Alice saves it twice (version 3 again) and Bob's stale
    save was accepted over Alice's, her change lost without a conflict."""
    from sqlalchemy import text

    from catalogue.kinds import Kind
    from catalogue.services import update_record
    from catalogue.spec import Conflict
    from catalogue.storage.server import make_server_engine
    from catalogue.workflows import backup_server, restore_server

    bob = make_server_engine(pg_catalogue)
    alice = make_server_engine(pg_catalogue)

    def measure(engine) -> tuple[int, str]:
        with engine.connect() as connection:
            return tuple(connection.execute(text(
                "SELECT version, notes FROM measure WHERE id = 1")).one())

    try:
        backup, _ = backup_server(pg_catalogue)
        for notes in ("first", "second"):
            update_record(alice, Kind.MEASURE, 1, {"notes": notes},
                          version=measure(alice)[0])
        read_by_bob = measure(bob)
        restore_server(pg_catalogue, backup)
        for notes in ("Alice after the restore", "Alice again"):
            update_record(alice, Kind.MEASURE, 1, {"notes": notes},
                          version=measure(alice)[0])
        with pytest.raises(Conflict):
            update_record(bob, Kind.MEASURE, 1, {"notes": "Bob's stale save"},
                          version=read_by_bob[0])
        assert measure(alice)[1] == "Alice again"
    finally:
        bob.dispose()
        alice.dispose()


@pytest.mark.both_engines
@pytest.mark.parametrize("notes,query", [("ÄPFEL", "ä"), ("Ω ohm", "ω"), ("äpfel", "Ä")])
def test_a_short_word_with_letters_beyond_ascii_ignores_case_in_a_file_as_on_a_server(
        engine, notes, query):
    """The break-it session: the file checked one- and two-letter words with SQLite's LIKE,
    which ignores the case of ASCII letters only, so "ä" missed ÄPFEL there while a server
    found it."""
    from catalogue.kinds import Kind
    from catalogue.services import update_record

    update_record(engine, Kind.MEASURE, 1, {"notes": notes})
    assert (Kind.MEASURE, 1) in queries.search(engine, query).matches
