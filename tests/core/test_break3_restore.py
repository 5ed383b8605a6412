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


def _server_state(engine) -> tuple[int, int]:
    from sqlalchemy import text

    with engine.connect() as connection:
        measures = connection.execute(text("SELECT count(*) FROM measure")).scalar_one()
        restores = connection.execute(text(
            "SELECT count(*) FROM change_set WHERE label LIKE '%restore_backup%'")).scalar_one()
    return measures, restores


def test_a_server_restore_killed_anywhere_is_whole_or_not_at_all(pg_catalogue, tmp_path):
    """SIGKILL of `catalogue restore` on a server at random moments: the catalogue as it
    was (its history without the restore) or the backup's (with it), never a partial
    before-restore file left in the backups folder."""
    import random
    import time

    from catalogue import storage
    from catalogue.workflows import open_server, restore_server

    backup = tmp_path / "demo.db"
    generate(backup, records=4_000, seed=9)
    engine = open_server(pg_catalogue).engine
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    folder = storage.backup_folder(pg_catalogue.backup_path(storage.app_data_dir()))
    rng = random.Random(5)
    try:
        before = _server_state(engine)
        restored = before
        for _attempt in range(6):
            process = subprocess.Popen(
                [sys.executable, "-m", "catalogue", "restore", str(backup), "--db",
                 pg_catalogue.url], env=environment, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.5, 4.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
            time.sleep(0.5)  # the server hears its client gone and rolls back
            measures, restores = _server_state(engine)
            assert restores in (restored[1], restored[1] + 1)
            if restores == restored[1]:  # not restored: as it was
                assert measures == restored[0]
            else:  # restored whole, and said
                assert measures == _measures_and_restores(backup)[0]
                restored = (measures, restores)
        restore_server(pg_catalogue, backup)  # one that runs to its end tidies up
        names = sorted(os.listdir(folder))
        assert [name for name in names if ".partial" in name] == [], names
    finally:
        engine.dispose()
