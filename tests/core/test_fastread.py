"""The sqlite3 reads the window uses before the ORM is imported give what the ORM gives."""

import pytest

from catalogue import queries
from catalogue.kinds import KINDS, Kind
from catalogue.spec import NotFound
from catalogue.storage import fastread


def test_the_fast_record_read_gives_what_queries_record_gives(engine, catalogue_file):
    with engine.connect() as connection:
        keys = [(kind, record_id) for kind, info in KINDS.items() for (record_id,) in
                connection.exec_driver_sql(f"SELECT id FROM {info.table}")]
    assert {kind for kind, _ in keys} == set(Kind)
    for kind, record_id in keys:  # every record of the seed catalogue, each kind
        assert fastread.record(catalogue_file, kind, record_id) == queries.record(
            engine, kind, record_id), (kind, record_id)


def test_the_fast_record_read_of_a_missing_record_is_none(engine, catalogue_file):
    assert fastread.record(catalogue_file, Kind.MEASURE, 10_000) is None
    with pytest.raises(NotFound):
        queries.record(engine, Kind.MEASURE, 10_000)
