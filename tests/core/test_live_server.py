"""A NOTIFY round trip on the real PostgreSQL the test session starts (issue #16 items 5
and 9): a change set committed on one engine is heard by another engine's listener with
its id and the writer's token, and read back with who and what; a refused change is never
heard of; each listener sees the other officer connected, named by application_name. On
a file nothing is announced or identified."""

import queue

import pytest

from catalogue import live, queries, services
from catalogue.kinds import ROOT, Kind, ListKey, ListKind, RecordKey
from catalogue.spec import Origin, Source
from catalogue.storage import live as live_storage
from catalogue.workflows import open_server

ALICE = Origin(Source.WINDOW, officer="Alice Wong")
WAIT = 20.0
"""Seconds a round trip may take before the test gives up (not a timing assertion: a
loaded machine only makes it slower)."""


@pytest.fixture
def two_engines(pg_catalogue):
    engines = [open_server(pg_catalogue).engine for _ in range(2)]
    yield engines
    for engine in engines:
        engine.dispose()


def listening(engine, officer: str):
    """A started listener on `engine` for `officer`, and the queues it fills (a lost
    connection puts "gap" in `heard`, a restore "restored")."""
    token = live_storage.identify(engine, officer)
    heard: queue.Queue = queue.Queue()
    seen: queue.Queue = queue.Queue()
    listener = live_storage.Listener(engine, lambda set_id, sender: heard.put((set_id, sender)),
                                     seen.put,
                                     lambda restored: heard.put("restored" if restored
                                                                else "gap"))
    listener.start()
    assert listener.listening.wait(WAIT), "the listener did not connect"
    return token, listener, heard, seen


def first_measure(engine) -> int:
    session_id = queries.children(engine, ROOT)[0].id
    area_id = queries.children(engine, ListKey(ListKind.AREAS, session_id))[0].id
    return queries.children(engine, ListKey(ListKind.AREA, area_id))[0].id


def test_a_change_set_is_heard_by_the_other_listener_with_its_writer(two_engines):
    writer, reader = two_engines
    writer_token, writer_listener, _, writer_seen = listening(writer, "Alice Wong")
    _token, listener, heard, seen = listening(reader, "鄭小姐")
    try:
        measure_id = first_measure(writer)
        services.update_record(writer, Kind.MEASURE, measure_id, {"text": "Heard at once."},
                               origin=ALICE)
        set_id, sender = heard.get(timeout=WAIT)
        assert sender == writer_token != ""
        (news,) = live.read_news(reader, [set_id], sender)
        assert news.officer == "Alice Wong" and news.label.startswith("Edit measure")
        assert news.touching(RecordKey(Kind.MEASURE, measure_id)) is not None

        with writer.connect() as connection:  # announced, then rolled back: never heard
            live_storage.announce(connection, 10**6)
            connection.rollback()
        services.update_record(writer, Kind.MEASURE, measure_id, {"notes": "Second."})
        assert heard.get(timeout=WAIT)[0] == set_id + 1  # nothing came between

        def officers(seen_queue) -> set[str]:
            while True:
                peers = seen_queue.get(timeout=WAIT)
                if peers:
                    return {peer.officer for peer in peers}

        assert officers(seen) == {"Alice Wong"}  # not itself
        assert officers(writer_seen) == {"鄭小姐"}

        lost = listener.pid
        with writer.connect() as connection:  # the server drops the listener's connection
            connection.exec_driver_sql(f"SELECT pg_terminate_backend({lost})")
        assert heard.get(timeout=WAIT) == "gap"  # listening again, and says it missed some
        assert listener.pid != lost and listener.listening.is_set()
        services.update_record(writer, Kind.MEASURE, measure_id, {"notes": "Third."})
        assert heard.get(timeout=WAIT)[0] == set_id + 2
    finally:
        listener.stop()
        writer_listener.stop()


def test_connections_carry_the_officer_and_a_file_announces_nothing(pg_server, two_engines,
                                                                     engine):
    writer, _ = two_engines
    live_storage.identify(writer, "Alice Wong")
    with writer.connect() as connection:
        assert connection.exec_driver_sql("SHOW application_name").scalar_one() == (
            "catalogue:Alice Wong")
    assert live_storage.application_name("鄭" * 30).startswith("catalogue:%E9%84%AD")
    assert len(live_storage.application_name("鄭" * 30)) <= 63
    assert live_storage.officer_of(live_storage.application_name("鄭小姐"), "bob") == "鄭小姐"
    assert engine.dialect.name == "sqlite"
    assert live_storage.identify(engine, "Alice Wong") == ""
    with engine.begin() as connection:
        live_storage.announce(connection, 1)  # nothing to announce to: no error, no effect


def test_a_restore_is_heard_as_one_whole_change_at_its_commit(two_engines, pg_catalogue):
    """A restore writes no change set: it announces itself, once it has committed."""
    from catalogue.workflows import backup_server, restore_server

    _writer, reader = two_engines
    _token, listener, heard, _seen = listening(reader, "鄭小姐")
    try:
        backup, _ = backup_server(pg_catalogue)
        restore_server(pg_catalogue, backup)
        assert heard.get(timeout=WAIT) == "restored"
    finally:
        listener.stop()
