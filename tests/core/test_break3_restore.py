"""break3: a restore's history. A backup made before this version (any backup kept from
before 0011) is restored by a real `python -m catalogue restore` that is killed the moment
the backup's records are in the catalogue's place: the history must still say the backup
was restored (it said it only after the restored file was upgraded in place, so a kill or
a full disk during that upgrade left the catalogue replaced and the history silent)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue.demo import generate
from catalogue.storage.engine import connect
from catalogue.storage.schema import run_alembic
from catalogue.workflows import open_catalogue


def _made_0010(path: Path) -> None:
    generate(path, records=6_000, seed=5)
    plain = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0010"))
    finally:
        plain.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _measures_and_restores(path: Path) -> tuple[int, int] | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.01)
        try:
            measures = connection.execute("SELECT count(*) FROM measure").fetchone()[0]
            labels = connection.execute("SELECT label FROM change_set").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return measures, sum("restore_backup" in label for (label,) in labels)


def test_a_restore_killed_once_the_backup_is_in_place_has_said_so_in_the_history(tmp_path):
    backup = tmp_path / "kept" / "old-backup.db"
    backup.parent.mkdir()
    _made_0010(backup)
    restored_measures = _measures_and_restores(backup)[0]
    path = tmp_path / "catalogue.db"
    open_catalogue(path).dispose()
    before = _measures_and_restores(path)
    assert before is not None and before[0] != restored_measures
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "catalogue", "restore", str(backup), "--db", str(path)],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while process.poll() is None:  # killed as soon as the backup's records are in place
            seen = _measures_and_restores(path)
            if seen is not None and seen[0] == restored_measures:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.wait()
    open_catalogue(path).dispose()  # what the next open makes of it
    measures, restores = _measures_and_restores(path)
    assert measures in (before[0], restored_measures)
    if measures == restored_measures:
        assert restores == 1, "restored, and the history does not say so"
    shutil.rmtree(tmp_path / "kept")
