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

import pytest
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


@pytest.mark.slow
def test_a_server_restore_killed_anywhere_is_whole_or_not_at_all(pg_catalogue, tmp_path):
    """SIGKILL of `catalogue restore` on a server at random moments: the catalogue as it
    was (its history without the restore) or the backup's (with it), never a partial
    before-restore file taken for a backup (the next test: its partial files)."""
    import random
    import time

    from catalogue.workflows import open_server

    backup = tmp_path / "demo.db"
    generate(backup, records=4_000, seed=9)
    engine = open_server(pg_catalogue).engine
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
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
            measures, restores = _server_state(engine)
            assert restores in (restored[1], restored[1] + 1)
            if restores == restored[1]:  # not restored: as it was
                assert measures == restored[0]
            else:  # restored whole, and said
                assert measures == _measures_and_restores(backup)[0]
                restored = (measures, restores)
    finally:
        engine.dispose()


def test_a_server_restore_killed_during_its_before_restore_copy_leaves_no_partial_file(
        pg_catalogue, tmp_path):
    """Killed while it copies the catalogue into its before-restore file: the partial
    file (and its journal) is removed by the next backup of that server catalogue, as a
    file catalogue's next backup removes its killed ones (server backups left them for
    ever, each as large as the catalogue)."""
    from catalogue import storage
    from catalogue.demo import generate as make
    from catalogue.storage.backups import backup_prefix
    from catalogue.workflows import backup_server, copy_catalogue, restore_server

    bigger = tmp_path / "bigger.db"
    make(bigger, records=6_000, seed=2)
    restore_server(pg_catalogue, bigger)  # so that the before-restore copy takes a while
    backup = tmp_path / "small.db"
    copy_catalogue(pg_catalogue, backup)
    folder = storage.backup_folder(pg_catalogue.backup_path(storage.app_data_dir()))
    prefix = "." + backup_prefix(pg_catalogue.backup_path(storage.app_data_dir()))
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "catalogue", "restore", str(backup), "--db", pg_catalogue.url],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while process.poll() is None:  # killed once its partial before-restore file is there
            if any(name.startswith(prefix) and name.endswith(".partial")
                   for name in os.listdir(folder)):
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the restore ended before it was killed"
    backup_server(pg_catalogue)
    left = [name for name in os.listdir(folder) if name.startswith(prefix)]
    assert left == [], left
