"""break3: a file of 0010 whose upgrade (to 0011, now on to the head) is killed (SIGKILL at
random moments in a real `python -m catalogue search` process) opens afterwards, at 0010
untouched or at the head whole, with a before-upgrade backup, and then finds what an
upgrade left alone finds."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue import queries
from catalogue.demo import generate
from catalogue.storage.backups import list_backup_files
from catalogue.storage.engine import connect
from catalogue.storage.schema import SCHEMA_HEAD, run_alembic
from catalogue.workflows import open_catalogue

QUERIES = ("strasse", "istanbul", "οδυσσευς", "educat", "hong kong", "ss", "co-op", "ﬁ",
           "e", "trade", "İ")


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _made_0010(tmp_path: Path) -> Path:
    path = tmp_path / "old" / "catalogue.db"
    generate(path, records=6_000, seed=11)
    plain = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0010"))
        with plain.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE measure SET text = 'ΟΔΥΣΣΕΥΣ İSTANBUL Straße ﬁnance' WHERE id % 7 = 0")
    finally:
        plain.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert _revision(path) == "0010"
    return path


def _found(path: Path) -> dict[str, frozenset]:
    engine = open_catalogue(path)
    try:
        return {query: queries.search(engine, query, None).matches for query in QUERIES}
    finally:
        engine.dispose()


@pytest.mark.slow
def test_an_upgrade_killed_anywhere_leaves_a_file_that_opens_and_finds_the_same(tmp_path):
    old = _made_0010(tmp_path)
    reference = tmp_path / "reference" / "catalogue.db"
    reference.parent.mkdir()
    shutil.copyfile(old, reference)
    expected = _found(reference)
    rng = random.Random(3)
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    for attempt in range(12):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        path = folder / "catalogue.db"
        shutil.copyfile(old, path)
        process = subprocess.Popen(
            [sys.executable, "-m", "catalogue", "search", "trade", "--db", str(path)],
            env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        revision = _revision(path)
        assert revision in ("0010", SCHEMA_HEAD)  # untouched, or upgraded whole
        found = _found(path)
        assert found == expected, attempt
        assert any("before-upgrade" in file.name for file in list_backup_files(path)), attempt
        leftovers = sorted(file.name for file in folder.iterdir()
                           if file.name not in ("catalogue.db", "backups"))
        assert set(leftovers) <= {"catalogue.db-wal", "catalogue.db-shm", "catalogue.db.lock"}, \
            leftovers
