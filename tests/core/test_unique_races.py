"""Two officers saving the same unique thing at the same moment (the break-it session):
a conference's name, a plenary's ordinal, an area's name, an annex's number, an
agreement's numeral. Each service checks first, so the one who comes second is told; but
when both check before either commits, the database's own unique constraint stops the
second, and the loser used to get the driver's text (psycopg's "duplicate key value
violates unique constraint ...", SQLite's "UNIQUE constraint failed: ..."). Now: one clear
line, nothing changed. Two real connections; on a server, the second waits on the
first's uncommitted row, as it does between two officers."""

import datetime
import threading
import time

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from catalogue import queries, services
from catalogue.kinds import Kind
from catalogue.models import Annex, Area, Conference, PlenarySession
from catalogue.storage.server import make_server_engine
from catalogue.workflows import open_catalogue
from tests.helpers import dump

SIDES = ("Hong Kong", "Shanghai")


@pytest.fixture
def bob(request, engine_name: str, engine):
    """A second officer: an engine of their own on the same catalogue."""
    if engine_name == "postgresql":
        other = make_server_engine(request.getfixturevalue("pg_catalogue"))
    else:
        other = open_catalogue(request.getfixturevalue("catalogue_file"))
    yield other
    other.dispose()


def waiting_on_a_lock(engine, engine_name: str, thread: threading.Thread) -> bool:
    """Whether the officer's save (in `thread`) waits on the other's uncommitted row: on
    a server, pg_stat_activity says so; a file's writers wait in SQLite's busy handler,
    which nothing outside shows, so there the thread is only seen still running."""
    for _ in range(300):
        if engine_name != "postgresql":
            thread.join(0.5)
            return thread.is_alive()
        with engine.connect() as connection:
            if connection.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock'")).scalar_one():
                return True
        time.sleep(0.05)
    return False


def race(engine, bob, engine_name: str, first, second) -> BaseException | None:
    """`first(db)` adds Bob's row, uncommitted, in his transaction; `second()` is Alice's
    service call, started meanwhile; Bob commits once Alice waits. What Alice got."""
    failures: list[BaseException] = []

    def alice() -> None:
        try:
            second()
        except BaseException as error:
            failures.append(error)

    with Session(bob) as db:
        first(db)
        db.flush()
        saving = threading.Thread(target=alice)
        saving.start()
        assert waiting_on_a_lock(bob, engine_name, saving)
        db.commit()
    saving.join(60)
    assert not saving.is_alive()
    return failures[0] if failures else None


def refused_cleanly(error: BaseException | None, field: str, kind: str,
                    or_else: str | None = None) -> None:
    """The race's one line; or `or_else`, the line of a check that saw the other's row
    (a file's writer that waited for the other before it checked)."""
    assert isinstance(error, services.ServiceError), repr(error)
    if or_else is not None and str(error) == or_else:
        return
    said = str(error)
    assert "\n" not in said
    for raw in ("duplicate key", "UNIQUE constraint", "psycopg", "IntegrityError",
                "database is locked"):
        assert raw not in said, said
    assert said == (f"the {field} of this {kind} was taken a moment ago by another "
                    "officer's change; nothing was changed"), said


@pytest.mark.both_engines
def test_two_officers_adding_a_conference_of_one_name(engine, bob, engine_name):
    name = "Pearl River Summit"

    def bobs(db: Session) -> None:
        db.add(Conference(name=name, side_a=SIDES[0], side_b=SIDES[1]))

    before = dump(engine)
    error = race(engine, bob, engine_name, bobs, lambda: services.add_plenary(
        engine, name, {"ordinal": 1, "date": "2025-01-01", "place": "Hong Kong"},
        sides=SIDES))
    refused_cleanly(error, "name", "conference")
    with Session(engine) as db:  # Bob's conference, and nothing of Alice's
        assert len(db.exec(select(Conference).where(Conference.name == name)).all()) == 1
    assert dump(engine) == before  # the tables the first release had: untouched


@pytest.mark.both_engines
def test_two_officers_adding_a_plenary_of_one_ordinal(engine, bob, engine_name):
    with Session(engine) as db:
        conference = db.exec(select(Conference)).first()
        taken = set(db.exec(select(PlenarySession.ordinal)).all())
    ordinal = max(taken) + 1

    def bobs(db: Session) -> None:
        db.add(PlenarySession(conference_id=conference.id, ordinal=ordinal, title="Bob's",
                              date=datetime.date(2025, 1, 1), place="Shanghai"))

    error = race(engine, bob, engine_name, bobs, lambda: services.add_plenary(
        engine, conference.name, {"ordinal": ordinal, "date": "2025-02-01",
                                  "place": "Hong Kong"}))
    refused_cleanly(error, "ordinal", "plenary session")
    with Session(engine) as db:
        [title] = db.exec(select(PlenarySession.title).where(
            PlenarySession.ordinal == ordinal)).all()
    assert title == "Bob's"


@pytest.mark.both_engines
def test_two_officers_adding_an_area_of_one_name(engine, bob, engine_name):
    session_id = queries.plenaries(engine)[0].id

    def bobs(db: Session) -> None:
        db.add(Area(session_id=session_id, position=99, name="Tidal Energy"))

    error = race(engine, bob, engine_name, bobs, lambda: services.add_record(
        engine, Kind.AREA, session_id, {"name": "Tidal Energy"}))
    refused_cleanly(error, "name", "co-operation area")
    with Session(engine) as db:
        assert len(db.exec(select(Area).where(Area.name == "Tidal Energy")).all()) == 1


@pytest.mark.both_engines
def test_two_officers_adding_an_annex_of_one_number(engine, bob, engine_name):
    session_id = queries.plenaries(engine)[0].id

    def bobs(db: Session) -> None:
        db.add(Annex(session_id=session_id, number=99, title="Bob's annex"))

    error = race(engine, bob, engine_name, bobs, lambda: services.add_record(
        engine, Kind.ANNEX, session_id, {"number": 99, "title": "Alice's annex"}))
    refused_cleanly(error, "number", "annex")
    with Session(engine) as db:
        [title] = db.exec(select(Annex.title).where(Annex.number == 99)).all()
    assert title == "Bob's annex"


@pytest.mark.both_engines
def test_two_officers_naming_areas_alike_one_by_a_rename(engine, bob, engine_name):
    """The rename's clash surfaces at its commit, not at an insert: the same line."""
    session_id = queries.plenaries(engine)[0].id
    with Session(engine) as db:
        renamed = db.exec(select(Area).where(Area.session_id == session_id)).first()
    before = dump(engine)

    def bobs(db: Session) -> None:
        db.add(Area(session_id=session_id, position=99, name="Tidal Energy"))

    error = race(engine, bob, engine_name, bobs, lambda: services.update_record(
        engine, Kind.AREA, renamed.id, {"name": "Tidal Energy"}))
    refused_cleanly(error, "name", "co-operation area",
                    or_else="Name 'Tidal Energy' is already used in this plenary")
    with Session(engine) as db:
        assert db.get(Area, renamed.id).name == renamed.name
    assert len(dump(engine)["area"]) == len(before["area"]) + 1  # Bob's only
