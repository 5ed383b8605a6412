"""break4: server upgrades racing, killed, and waited on by a window's open transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from catalogue.storage.schema import SCHEMA_HEAD, run_alembic
from catalogue.storage.server import ServerAddress

OLDER = "0010"


def _plain(address: ServerAddress) -> Engine:
    return create_engine("postgresql+psycopg://" + address.url[len("postgresql://"):])


def _state(engine: Engine) -> tuple[str, int, list[tuple]]:
    with engine.connect() as connection:
        revision = connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one()
        count = connection.exec_driver_sql("SELECT count(*) FROM measure").scalar_one()
        texts = connection.exec_driver_sql("SELECT id, text FROM measure ORDER BY id").all()
    return revision, count, [tuple(row) for row in texts]


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.Popen([sys.executable, "-m", "catalogue", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


@pytest.fixture
def older_server(pg_catalogue: ServerAddress) -> Iterator[tuple[ServerAddress, Engine]]:
    plain = _plain(pg_catalogue)
    with plain.begin() as connection:
        run_alembic(connection, lambda command, config: command.downgrade(config, OLDER))
    yield pg_catalogue, plain
    plain.dispose()


@pytest.mark.slow
def test_four_openers_of_an_older_server_at_once(older_server):
    address, plain = older_server
    before = _state(plain)
    runs = [_start("--db", address.url, "search", "trade") for _ in range(4)]
    results = [(run.wait(120), *run.communicate()) for run in runs]
    for code, _out, err in results:
        assert "Traceback" not in err, err
        assert code == 0 or len(err.strip().splitlines()) == 1, err
    assert any(code == 0 for code, _, _ in results), results
    assert _state(plain)[0] == SCHEMA_HEAD
    assert _state(plain)[1:] == before[1:]


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
def test_an_upgrade_killed_midway_leaves_the_older_catalogue_whole(older_server, after):
    address, plain = older_server
    before = _state(plain)
    run = _start("--db", address.url, "search", "trade")
    time.sleep(after)  # where it is killed: any point is a valid point
    run.send_signal(signal.SIGKILL)
    run.communicate()
    state = _state(plain)
    assert state[0] in (OLDER, SCHEMA_HEAD)
    assert state[1:] == before[1:]
    again = _start("--db", address.url, "search", "trade")
    code = again.wait(120)
    _, err = again.communicate()
    assert code == 0, err
    assert _state(plain)[0] == SCHEMA_HEAD
