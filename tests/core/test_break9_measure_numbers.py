"""Break-it session 9 on a measure found by its number (12.1), on a file and on a server:
another officer writing between the statements of a count, odd number words, and many
plenaries numbering the same measure."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from catalogue import queries, services
from catalogue.kinds import Kind
from tests.core.test_break5_search import _second
from tests.core.test_measure_numbers import _numbered


@pytest.mark.both_engines
def test_a_count_reads_one_moment_when_the_numbered_measure_is_written_meanwhile(
        request, engine_name, engine):
    """The window's count (on its search thread) asks the index, then reads the measures
    the number names. Another officer types "2.3" into measure 2.3's notes in between:
    the index had not counted it (its words did not hold 2.3), then the number left it
    out (its words now do), so it was counted by neither: one short of what the search
    shows before and after. Read as of one moment, as the search itself is."""
    theirs = _second(request, engine_name)
    try:
        (measure,) = _numbered(engine, 2, 3)
        before = queries.count(engine, "2.3")
        assert before == queries.search(engine, "2.3", None).total
        written: list[int] = []

        def write_once(connection, cursor, statement, parameters, context, many) -> None:
            if not written and "FROM area" in statement and "area.position" in statement:
                written.append(measure.id)
                services.update_record(theirs, Kind.MEASURE, measure.id,
                                       {"notes": "as 2.3 says"})

        event.listen(engine, "before_cursor_execute", write_once)
        try:
            counted = queries.count(engine, "2.3")
        finally:
            event.remove(engine, "before_cursor_execute", write_once)
        assert written == [measure.id]
        assert counted == before
        assert queries.count(engine, "2.3") == queries.search(engine, "2.3", None).total \
            == before
    finally:
        theirs.dispose()
