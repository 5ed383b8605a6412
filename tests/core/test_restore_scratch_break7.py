"""break7: a real server restore (the CLI, a real PostgreSQL) whose temporary folder is odd:
named with spaces, `?`, `#`, `%` and other scripts, full, out of inodes, or not writable.
Each restore either works or is refused in one line, and leaves the temporary folder as it
found it; the server catalogue is unchanged by a refusal."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from catalogue.storage.engine import connect
from catalogue.storage.schema import run_alembic

pytestmark = [pytest.mark.slow,  # the command line in subprocesses
              pytest.mark.skipif(sys.platform == "win32", reason="TMPDIR and mounts")]


def restore(address: object, backup: Path, temporary: Path,
            data: Path) -> subprocess.CompletedProcess[str]:
    """`catalogue restore --db ADDRESS BACKUP` in a real process whose TMPDIR is
    `temporary` (its before-restore backups in `data`)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "TMPDIR": str(temporary),
           "XDG_DATA_HOME": str(data)}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([sys.executable, "-m", "catalogue", "restore", "--db", str(address),
                           str(backup)], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=300)


@pytest.fixture(scope="module")
def older_backup(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Path:
    """A backup of revision 0010: a restore upgrades it in its scratch copy (the scratch
    folder gets a backups folder and lock file of the upgrade's)."""
    path = tmp_path_factory.mktemp("older") / "older.db"
    shutil.copyfile(seed_file, path)
    plain = create_engine("sqlite://", creator=lambda: connect(path), poolclass=NullPool)
    try:
        with plain.begin() as connection:
            run_alembic(connection, lambda command, config: command.downgrade(config, "0010"))
    finally:
        plain.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.parametrize("name", ["with spaces", "what?", "#hash", "100%", "會議 ünï"])
def test_a_restore_through_an_oddly_named_temporary_folder(tmp_path, pg_catalogue,
                                                           older_backup, name):
    temporary = tmp_path / name / "tmp"
    temporary.mkdir(parents=True)
    done = restore(pg_catalogue.url, older_backup, temporary, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert list(temporary.iterdir()) == []


@contextmanager
def small_disk(target: Path, *options: str) -> Iterator[Path]:
    """A tmpfs mounted at `target` for the block (root only; skipped otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    target.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs",
                           str(target)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        if subprocess.run(["umount", str(target)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


def server_rows(address: object) -> int:
    from sqlalchemy import text

    from catalogue.storage.server import ServerAddress, make_server_engine

    assert isinstance(address, ServerAddress)
    engine = make_server_engine(address, read_only=True)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM change_set")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("disk", ["full", "no inodes", "read-only"])
def test_a_restore_whose_temporary_folder_is_full_or_read_only_is_refused_in_one_line(
        tmp_path, pg_catalogue, older_backup, disk):
    """Full: no room for the copy; no inodes: not even for the claim; read-only: nothing
    can be made there (Python's own probe passes TMPDIR over then, so the folder is named
    to the process directly, as a window's long-chosen temporary folder would be)."""
    options = {"full": ["size=4096k"], "no inodes": ["size=4096k", "nr_inodes=4"],
               "read-only": ["size=64k", "ro"]}[disk]
    with small_disk(tmp_path / "small", *options) as mounted:
        if disk == "full":
            with open(mounted / "filler", "wb") as stream:
                os.posix_fallocate(stream.fileno(), 0,
                                   shutil.disk_usage(mounted).free - 64 * 1024)
        if disk == "no inodes":
            for number in range(10):
                try:
                    (mounted / f"filler{number}").touch()
                except OSError:
                    break
        kept = sorted(path.name for path in mounted.iterdir())
        history = server_rows(pg_catalogue)
        env = {"TMPDIR": str(mounted)}
        script = ("import sys, tempfile; tempfile.tempdir = sys.argv[1]; "
                  "from catalogue.cli import main; sys.exit(main(sys.argv[2:]))")
        done = subprocess.run(
            [sys.executable, "-c", script, str(mounted), "restore", "--db", pg_catalogue.url,
             str(older_backup)], capture_output=True, text=True, encoding="utf-8",
            env={**os.environ, **env, "PYTHONIOENCODING": "utf-8",
                 "XDG_DATA_HOME": str(tmp_path / "data")}, timeout=300)
        assert done.returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert "cannot restore" in lines[0], lines[0]
        assert sorted(path.name for path in mounted.iterdir()) == kept
        assert server_rows(pg_catalogue) == history
