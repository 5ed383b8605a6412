"""Shared fixtures. Qt runs offscreen for every test, set here so no display is needed."""

import hashlib
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window geometry and splitter settings go to a throw-away folder, not the tester's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="catalogue-test-config-")
# The per-user data folder (default catalogue, error log) too.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="catalogue-test-data-")

import pytest

from catalogue import bundled
from catalogue.release import Release, parse_release
from catalogue.workflows import open_catalogue


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


def file_digest(path: Path) -> str:
    """The bytes of a file, to show an operation left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
