"""Shared fixtures. Qt runs offscreen for every test, set here so no display is needed."""

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Counts in the window follow the locale ("%Ln": 20,000 or 20.000): one locale for all.
os.environ["LC_ALL"] = "C.UTF-8"
# Window geometry and splitter settings go to a throw-away folder, not the tester's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="catalogue-test-config-")
# The per-user data folder (default catalogue, error log) too.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="catalogue-test-data-")

import pytest

from catalogue import bundled
from catalogue.demo import generate
from catalogue.release import Release, parse_release
from catalogue.storage.server import ServerAddress
from catalogue.workflows import create_catalogue, open_catalogue, open_server
from tests.pg_server import PgServer, running_server


@pytest.fixture(scope="session")
def seed_text() -> str:
    return bundled.seed_release_text()


@pytest.fixture(scope="session")
def seed_release(seed_text: str) -> Release:
    return parse_release(seed_text)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "catalogue.db"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A new catalogue made once per run by the real code path (open_catalogue on a new
    path: the Alembic migrations, then the bundled release), closed and checkpointed, so
    each test can start from a copy of it instead of running the migrations again."""
    path = tmp_path_factory.mktemp("template") / "catalogue.db"
    open_catalogue(path).dispose()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    assert [file.name for file in path.parent.iterdir()] == [path.name], "one closed file"
    return path


@pytest.fixture
def catalogue_file(request, db_path: Path, seeded_template: Path) -> Path:
    """db_path holding the seeded catalogue, as a fresh catalogue leaves it: a copy of the
    template, readable by the user only. A test marked `fresh_catalogue` gets the path
    still empty, so the engine (or the window) creates the catalogue itself."""
    if request.node.get_closest_marker("fresh_catalogue") is None:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seeded_template, db_path)
        os.chmod(db_path, 0o600)
    return db_path


ENGINES = ("sqlite", "postgresql")
"""What a catalogue can be kept in: a file, or a database on a PostgreSQL server."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `both_engines` that takes `engine` runs on a file and on a server."""
    if ("engine" in metafunc.fixturenames
            and metafunc.definition.get_closest_marker("both_engines") is not None):
        metafunc.parametrize("engine_name", ENGINES, indirect=True)


@pytest.fixture
def engine_name(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """A real PostgreSQL started for this test session (tests/pg_server.py); the tests that
    use it skip when its binaries are missing, and fail then under CI=true."""
    with running_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A server database holding the new catalogue, made once by the real code path (an
    empty database opened: the migrations, then the bundled release); tests get copies."""
    name = pg_server.new_database("template")
    open_server(ServerAddress(pg_server.url(name))).engine.dispose()
    return name


@pytest.fixture
def pg_catalogue(pg_server: PgServer, pg_template: str) -> ServerAddress:
    """A copy of the seeded catalogue in a database of its own, dropped after the test."""
    pg_server.counter += 1
    name = f"test_{os.getpid()}_{pg_server.counter}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield ServerAddress(pg_server.url(name))
    pg_server.drop_database(name)


@pytest.fixture
def pg_empty(pg_server: PgServer) -> ServerAddress:
    """A new, empty server database (UTF-8, C.UTF-8), dropped after the test."""
    name = pg_server.new_database("empty")
    yield ServerAddress(pg_server.url(name))
    pg_server.drop_database(name)


@pytest.fixture
def engine(request, engine_name: str):
    if engine_name == "postgresql":
        engine = open_server(request.getfixturevalue("pg_catalogue")).engine
    else:
        engine = open_catalogue(request.getfixturevalue("catalogue_file"))
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A demo catalogue of 2,345 records over five plenaries, generated once; tests read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert generate(path, 2_345) == 2_345
    return path


@pytest.fixture(scope="session")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new catalogue (the bundled release) made once by the real creation path and
    checkpointed into one file; tests copy it rather than change it."""
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    create_catalogue(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path
