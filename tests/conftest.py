"""Shared fixtures. Qt runs offscreen for every test, set here so no display is needed."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window geometry and splitter settings go to a throw-away folder, not the tester's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="catalogue-test-config-")

import pytest

from catalogue import bundled
from catalogue.db import open_catalogue
from catalogue.demo import generate
from catalogue.release import Release, parse_release


@pytest.fixture(scope="session")
def seed_text() -> str:
    return bundled.seed_release_text()


@pytest.fixture(scope="session")
def seed_release(seed_text: str) -> Release:
    return parse_release(seed_text)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "catalogue.db"


@pytest.fixture
def engine(db_path: Path):
    engine = open_catalogue(db_path)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A demo catalogue of 2,345 records over five plenaries, generated once; tests read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert generate(path, 2_345) == 2_345
    return path
