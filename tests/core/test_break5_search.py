"""Break-it session 5 on a filter's search (its outline now read in fewer statements):
another officer writing between the search's statements, on a file as on a server. A
search reads its matches and every record above them as of ONE moment on both engines
(break3 made the server's one snapshot; a file's reads each took their own, as pysqlite
begins no transaction for a read)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.workflows import open_catalogue, open_server


def _second(request, engine_name: str):
    """Another officer's engine on the same catalogue (another connection: another
    process's, as far as the database can tell)."""
    if engine_name == "postgresql":
        return open_server(request.getfixturevalue("pg_catalogue")).engine
    return open_catalogue(request.getfixturevalue("catalogue_file"))


def _shown(found: queries.SearchResult) -> set:
    return {item.key for items in found.outline.values() for item in items}


@pytest.mark.both_engines
def test_a_plenary_deleted_between_a_search_s_statements_is_not_half_seen(
        request, engine_name, engine):
    """The plenary of the matched measures goes after the measures are read, before the
    plenaries are: the search shows them under it, as of its start. Failed on a file: the
    measures were shown with no plenary above them."""
    theirs = _second(request, engine_name)
    try:
        whole = queries.search(engine, "co", None)
        measure = min(key for key in whole.matches if key[0] == Kind.MEASURE)
        plenary = queries.record(engine, Kind.MEASURE, measure[1])["session_id"]
        deleted: list[int] = []

        def delete_once(connection, cursor, statement, parameters, context, many) -> None:
            if (not deleted and "FROM plenary_session" in statement
                    and "search_words" not in statement and "search_index" not in statement):
                deleted.append(plenary)
                services.delete_record(theirs, Kind.SESSION, plenary)

        event.listen(engine, "before_cursor_execute", delete_once)
        try:
            found = queries.search(engine, "co", None)
        finally:
            event.remove(engine, "before_cursor_execute", delete_once)
        assert deleted == [plenary]
        assert found.matches == whole.matches
        assert found.matches <= _shown(found), found.matches - _shown(found)
        assert (Kind.SESSION, plenary) in _shown(found)
        assert queries.search(engine, "co", None).matches < whole.matches  # gone now
    finally:
        theirs.dispose()


@pytest.mark.both_engines
def test_a_match_deleted_after_the_index_is_asked_is_still_shown(request, engine_name, engine):
    """A measure deleted between the index's answer and the reading of the matches: the
    search is as of its start, so the measure is still a match shown in the tree (not a
    match missing from it, which the window's count and the tree then disagreed on)."""
    theirs = _second(request, engine_name)
    try:
        whole = queries.search(engine, "co", None)
        measure = min(key for key in whole.matches if key[0] == Kind.MEASURE)
        deleted: list[int] = []

        def delete_once(connection, cursor, statement, parameters, context, many) -> None:
            if not deleted and "FROM measure JOIN area" in statement:
                deleted.append(measure[1])
                services.delete_record(theirs, Kind.MEASURE, measure[1])

        event.listen(engine, "before_cursor_execute", delete_once)
        try:
            found = queries.search(engine, "co", None)
        finally:
            event.remove(engine, "before_cursor_execute", delete_once)
        assert deleted == [measure[1]]
        assert found.matches == whole.matches
        assert found.matches <= _shown(found), found.matches - _shown(found)
    finally:
        theirs.dispose()


ODD_TEXTS = ["rates of 100% and 50_50 splits", r"a path C:\Temp\new and 5\%",
             "the \"quoted\" and 'single' words", "a lantern 🏮 festival 🎉",
             "under_score%percent\\back"]
ODD_QUERIES = ["%", "_", "\\", "%%", "100%", "50_50", "5\\%", r"C:\Temp", "\"quoted\"",
               "'single'", "🏮", "🎉 festival", "   ", "\t", "_score%", "%p", "e%p",
               "\\back", "'", "\"", "%_\\", "a%", "Ab_", "co %"]


def _odd_matches(engine) -> dict[str, frozenset]:
    area_id = queries.area_choices(engine, queries.plenaries(engine)[0].id)[0][0]
    for text in ODD_TEXTS:
        services.add_record(engine, Kind.MEASURE, area_id, {"text": text})
    return {query: queries.search(engine, query, None).matches for query in ODD_QUERIES}


def test_odd_characters_find_the_same_records_on_a_file_and_a_server(request):
    """`%`, `_`, `\\`, quotes, emoji and only spaces, searched for in the same catalogue
    on a file and on a server: the same records (each character as itself, never a
    pattern), and no refusal."""
    on_file = open_catalogue(request.getfixturevalue("catalogue_file"))
    on_server = open_server(request.getfixturevalue("pg_catalogue")).engine
    try:
        file_found, server_found = _odd_matches(on_file), _odd_matches(on_server)
    finally:
        on_file.dispose()
        on_server.dispose()
    assert file_found == server_found
    assert not file_found["   "] and not file_found["\t"]
    assert len(file_found["100%"]) == 1 and len(file_found["5\\%"]) == 1
    assert len(file_found["🏮"]) == 1
