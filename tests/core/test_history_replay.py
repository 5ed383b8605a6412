"""The history is complete: replaying every change set, in order, on an empty catalogue
builds the current one exactly (every row, id, uuid, position, link and time), whatever
mix of edits, adds, deletes, moves, undos, restores and imports made it (issue #15).

The replay here is deliberately naive SQL over the stored JSON: if a service forgot to
record anything it touched, the two catalogues differ."""

import contextlib
import datetime
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from catalogue import history, queries
from catalogue.bundled import curation_for
from catalogue.kinds import KINDS, Kind
from catalogue.services import (
    ServiceError,
    add_record,
    delete_record,
    import_release,
    move_record,
    restore_record,
    update_record,
)
from catalogue.spec import Origin, Source
from catalogue.storage import create_schema
from catalogue.storage.engine import connect
from catalogue.storage.server import ServerAddress
from catalogue.workflows import open_catalogue, open_server
from tests.helpers import TABLES

EDITABLE = (Kind.AREA, Kind.MEASURE, Kind.OFFICIAL, Kind.AGREEMENT, Kind.ANNEX)
EDITS = {
    Kind.SESSION: ("place", st.sampled_from(["Shanghai", "Hong Kong", "香港"])),
    Kind.AREA: ("name", st.sampled_from(["Finance", "Trade", "Culture", "金融", "Sports"])),
    Kind.MEASURE: ("text", st.text(min_size=1, max_size=12).filter(str.strip)),
    Kind.OFFICIAL: ("post", st.sampled_from(["Chief", "Deputy", "Secretary"])),
    Kind.AGREEMENT: ("area_ids", st.lists(st.integers(0, 20), max_size=3)),
    Kind.ANNEX: ("number", st.integers(1, 12)),
}
NEW = {
    Kind.AREA: lambda n: {"name": f"New area {n}"},
    Kind.MEASURE: lambda n: {"text": f"New measure {n}."},
    Kind.OFFICIAL: lambda n: {"honorific": "Ms", "name": f"Person {n}", "post": "Officer",
                              "side": "Hong Kong", "role": "attended"},
    Kind.AGREEMENT: lambda n: {"numeral": ["xxx", "xl", "l", "lx"][n % 4], "title": "An MoU"},
    Kind.ANNEX: lambda n: {"number": 20 + n % 5, "title": "An annex"},
}

step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(list(EDITS)), st.integers(0, 99),
              st.data()),
    st.tuples(st.just("add"), st.sampled_from(EDITABLE), st.integers(0, 99),
              st.integers(1, 6)),
    st.tuples(st.just("delete"), st.sampled_from(EDITABLE), st.integers(0, 99)),
    st.tuples(st.just("move"), st.sampled_from([k for k in EDITABLE if KINDS[k].ordered]),
              st.integers(0, 99), st.sampled_from([-1, 1])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("restore deleted"), st.integers(0, 5)),
    st.tuples(st.just("restore version"), st.sampled_from(list(EDITS)), st.integers(0, 99),
              st.integers(0, 9)),
    st.tuples(st.just("import"), st.booleans()),
)


def ids(engine, kind: Kind) -> list[int]:
    with engine.connect() as connection:
        return list(connection.execute(text(
            f"SELECT id FROM {KINDS[kind].table} ORDER BY id")).scalars())


def pick(engine, kind: Kind, index: int) -> int | None:
    found = ids(engine, kind)
    return found[index % len(found)] if found else None


def perform(engine, action: tuple, undo: list, release) -> None:
    """One thing an officer might do, through the services; refusals are fine."""
    name = action[0]
    if name == "edit":
        _, kind, index, data = action
        record_id = pick(engine, kind, index)
        if record_id is None:
            return
        field, values = EDITS[kind]
        value = data.draw(values)
        if field == "area_ids":
            areas = ids(engine, Kind.AREA)
            value = sorted({areas[i % len(areas)] for i in value}) if areas else []
        old = {field: queries.record(engine, kind, record_id).get(field)}
        update_record(engine, kind, record_id, {field: value})
        undo.append(lambda: update_record(engine, kind, record_id, old,
                                          origin=Origin(Source.UNDO, label="Undo edit")))
    elif name == "add":
        _, kind, index, position = action
        parent = pick(engine, Kind.AREA if kind == Kind.MEASURE else Kind.SESSION, index)
        if parent is None:
            return
        new_id, _ = add_record(engine, kind, parent, NEW[kind](index), position)
        undo.append(lambda: delete_record(engine, kind, new_id, origin=Source.UNDO))
    elif name == "delete":
        _, kind, index = action
        record_id = pick(engine, kind, index)
        if record_id is None:
            return
        snapshot, _ = delete_record(engine, kind, record_id)
        undo.append(lambda: restore_record(engine, snapshot, origin=Source.UNDO))
    elif name == "move":
        _, kind, index, delta = action
        record_id = pick(engine, kind, index)
        if record_id is None:
            return
        move_record(engine, kind, record_id, delta)
        undo.append(lambda: move_record(engine, kind, record_id, -delta, origin=Source.UNDO))
    elif name == "undo":
        if undo:
            undo.pop()()
    elif name == "restore deleted":
        deleted = history.deleted_records(engine)
        if deleted:
            history.restore_deleted(engine, deleted[action[1] % len(deleted)].entry.record_uuid)
    elif name == "restore version":
        _, kind, index, back = action
        record_id = pick(engine, kind, index)
        if record_id is None:
            return
        entries = history.record_history(engine, kind, record_id)
        history.restore_version(engine, kind, record_id,
                                entries[back % len(entries)].change_id)
    elif name == "import":
        if action[1]:
            import_release(engine, release, curation=curation_for(6), replace=True)
        else:
            import_release(engine, release.__class__(**{**release.__dict__, "ordinal": 7}),
                           date=datetime.date(2025, 4, 26))


def stored(kind: str, name: str, value):
    """A JSON value as SQLAlchemy stores it in SQLite (times with a space, to microseconds)."""
    if name == "updated_at" and value is not None:
        return datetime.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def replay(source, target: Path) -> None:
    """Apply every change, oldest first, to the empty catalogue at `target`."""
    with source.connect() as connection:
        changes = connection.execute(text(
            "SELECT kind, record_uuid, record_id, operation, fields FROM change "
            "ORDER BY change_set_id, id")).all()
    db = connect(target)  # with the SQL functions the search triggers call
    db.execute("PRAGMA foreign_keys=ON")
    for kind, uuid, record_id, operation, fields in changes:
        table = KINDS[Kind(kind)].table
        values = {name: stored(kind, name, pair[1]) for name, pair in json.loads(fields).items()}
        areas = values.pop("area_ids", None)
        if operation == "add":
            values |= {"id": record_id, "uuid": uuid}
            db.execute(f"INSERT INTO {table} ({', '.join(values)}) "
                       f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
        elif operation == "update" and values:
            db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in values)} "
                       "WHERE id = ?", [*values.values(), record_id])
        elif operation == "delete":
            db.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        if areas is not None and operation != "delete":
            db.execute("DELETE FROM agreement_area WHERE agreement_id = ?", (record_id,))
            db.executemany("INSERT INTO agreement_area VALUES (?, ?)",
                           [(record_id, area) for area in areas])
    db.commit()
    db.close()


class Drawn:
    """A fixed value where the property test draws one."""

    def __init__(self, value) -> None:
        self.value = value

    def draw(self, _strategy):
        return self.value


EVERYTHING = [
    ("import", True), ("import", False),
    ("edit", Kind.MEASURE, 3, Drawn("Changed.")), ("edit", Kind.AGREEMENT, 2, Drawn([0, 5])),
    ("edit", Kind.SESSION, 0, Drawn("香港")), ("add", Kind.MEASURE, 4, 1),
    ("add", Kind.AGREEMENT, 0, 2), ("delete", Kind.AREA, 1), ("undo",),
    ("delete", Kind.ANNEX, 2), ("delete", Kind.AREA, 5), ("move", Kind.OFFICIAL, 3, 1),
    ("undo",), ("restore deleted", 0), ("restore version", Kind.MEASURE, 3, -1),
    ("delete", Kind.MEASURE, 7), ("add", Kind.MEASURE, 7, 9), ("restore deleted", 0),
    ("edit", Kind.AREA, 20, Drawn("Trade")), ("delete", Kind.OFFICIAL, 0), ("undo",),
]
"""Every kind of change once, in an order that makes ids be reused and links be cut."""


def rows(engine) -> dict[str, list[tuple]]:
    """Every row of the record tables, read through the models' own column types, so a
    server's rows and a file's compare (a server's tables also hold its folded words)."""
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        return {table: sorted(connection.execute(SQLModel.metadata.tables[table].select()))
                for table in TABLES}


def rebuilt_equals_current(engine, folder: Path) -> None:
    rebuilt = folder / "rebuilt.db"
    create_schema(rebuilt)
    replay(engine, rebuilt)
    other = create_engine(f"sqlite:///{rebuilt}")
    try:
        assert rows(other) == rows(engine)
    finally:
        other.dispose()


@contextlib.contextmanager
def seeded(engine_name: str, folder: Path, seeded_template: Path, request):
    """An engine on a new seeded catalogue: a file, or a database on the session's server."""
    if engine_name == "postgresql":
        server, template = (request.getfixturevalue(name)
                            for name in ("pg_server", "pg_template"))
        server.counter += 1
        name = f"replay_{os.getpid()}_{server.counter}"
        server.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
        engine = open_server(ServerAddress(server.url(name))).engine
        try:
            yield engine
        finally:
            engine.dispose()
            server.drop_database(name)
        return
    path = folder / "catalogue.db"
    shutil.copyfile(seeded_template, path)
    engine = open_catalogue(path)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_replaying_every_kind_of_change_rebuilds_the_catalogue(
        seeded_template, seed_release, tmp_path, engine_name, request):
    undo: list = []
    refused = 0
    with seeded(engine_name, tmp_path, seeded_template, request) as engine:
        for action in EVERYTHING:
            try:
                perform(engine, action, undo, seed_release)
            except ServiceError:
                refused += 1
        assert refused == 0, "the script exercises the changes, not the refusals"
        rebuilt_equals_current(engine, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(actions=st.lists(step, min_size=1, max_size=12))
def test_replaying_every_change_set_rebuilds_the_catalogue(seeded_template, seed_release,
                                                           engine_name, request, actions):
    with tempfile.TemporaryDirectory() as folder, seeded(
            engine_name, Path(folder), seeded_template, request) as engine:
        undo: list = []
        for action in actions:
            with contextlib.suppress(ServiceError):  # refused: nothing written
                perform(engine, action, undo, seed_release)
        rebuilt_equals_current(engine, Path(folder))
