"""break3: a search on a server reads its matches and the records above them in one
snapshot: another officer deleting an area (its measures with it) between the search's
statements made the search fail with a KeyError (READ COMMITTED: a snapshot per
statement), though its docstring promised one snapshot. The measures' areas now come in the
measures' own statement, so it is their plenary that goes between two statements here."""

from __future__ import annotations

from sqlalchemy import event

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.workflows import open_server


def test_a_search_meets_no_delete_made_between_its_statements(pg_catalogue):
    mine = open_server(pg_catalogue).engine
    theirs = open_server(pg_catalogue).engine
    try:
        whole = queries.search(mine, "co", None)
        measures = sorted(key for key in whole.matches if key[0] == Kind.MEASURE)
        assert measures
        plenary = queries.record(mine, Kind.MEASURE, measures[0][1])["session_id"]
        deleted: list[int] = []

        def delete_once(connection, cursor, statement, parameters, context, many) -> None:
            if (not deleted and "FROM plenary_session" in statement
                    and "search_words" not in statement):
                deleted.append(plenary)  # its measures are read: now the plenary goes
                services.delete_record(theirs, Kind.SESSION, plenary)

        event.listen(mine, "before_cursor_execute", delete_once)
        found = queries.search(mine, "co", None)
        assert deleted == [plenary]
        shown = {item.key for items in found.outline.values() for item in items}
        assert found.matches <= shown, found.matches - shown  # as of one moment
        assert (Kind.SESSION, plenary) in shown  # the plenary above them too
    finally:
        mine.dispose()
        theirs.dispose()
