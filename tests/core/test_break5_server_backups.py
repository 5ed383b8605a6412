"""Break-it session 5 on server backups (rotation merged today): what a tester found.

Two server databases that share a name (the same database on two servers, on two sockets
or ports) were backed up under ONE name (`cat_local`), so once rotation came in each
server's backups evicted the other's: ten backups of one server and the other had none
left. Now each server database has a name of its own; the backups taken under the old,
shared name are still listed and restorable, and no rotation ever removes them (whose
they are cannot be told). And a server backup is one self-contained file (no -wal beside
it), so listing the backups leaves no -wal/-shm files behind. Real PostgreSQL servers,
real files, the real command line."""

import datetime
import os
import shutil
from pathlib import Path

import pytest

from catalogue import storage
from catalogue.storage.backups import BACKUP_STAMP, KEEP_BACKUPS, backup_prefix
from catalogue.storage.server import ServerAddress
from catalogue.workflows import backup_server, open_server
from tests.helpers import run
from tests.pg_server import running_server


def test_same_database_name_on_two_servers_is_named_apart():
    """The name a server database's backups are kept under tells apart everything that
    tells the databases apart: socket folder, host, port, and a database name that only
    differs in characters a file name cannot hold."""
    data = Path("/data")
    addresses = [
        "postgresql://u@/cat?host=/run/a", "postgresql://u@/cat?host=/run/b",
        "postgresql://u@/cat?host=/run/a&port=5433", "postgresql://u@db.example/cat",
        "postgresql://u@db.example:5433/cat", "postgresql://u@other.example/cat",
        "postgresql://u@db.example/a%20b", "postgresql://u@db.example/a_b",
        "postgresql://u@db.example/a", "postgresql://u@b.example/a_db.example",
        "postgresql://u@db.example:99999/cat", "postgresql://u@/cat?host=/run/a&port=x",
    ]
    names = {backup_prefix(ServerAddress(url).backup_path(data)) for url in addresses}
    assert len(names) == len(addresses), sorted(names)
    # one database under one name, whoever connects, with what password, port said or not
    assert (ServerAddress("postgresql://a@db.example/cat").backup_path(data)
            == ServerAddress("postgresql://b@db.example:5432/cat", "pw").backup_path(data))
    assert (ServerAddress("postgresql://u@/cat?host=/run/a").backup_path(data)
            == ServerAddress("postgresql://u@/cat?port=5432&host=/run/a").backup_path(data))


def _backups_of(address: ServerAddress) -> list[Path]:
    return storage.list_backup_files(address.backup_path(storage.app_data_dir()))


@pytest.mark.slow
def test_two_servers_with_one_database_name_never_evict_each_others_backups(
        pg_server, pg_template):
    """One database name on two servers (two sockets here): ten backups of the second
    server leave the first's backup where it was, and each server lists only its own
    new backups. Failed before: the first server's backup was evicted (LOST)."""
    name = f"twin_{os.getpid()}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    with running_server() as second:
        try:
            second.psql(f"CREATE DATABASE {name} ENCODING 'UTF8' LOCALE 'C.UTF-8' "
                        "TEMPLATE template0")
            first = ServerAddress(pg_server.url(name))
            other = ServerAddress(second.url(name))
            open_server(other).engine.dispose()
            kept, _ = backup_server(first)
            made = [backup_server(other)[0] for _ in range(KEEP_BACKUPS)]
            assert kept.exists(), "the first server's only backup was evicted"
            assert _backups_of(first) == [kept]
            assert _backups_of(other) == made[::-1]
            listed = run("backups", "--db", first.url)
            assert listed.returncode == 0, listed.stderr
            assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == [kept.name]
        finally:
            pg_server.drop_database(name)


def _shared_backups(address: ServerAddress, source: Path, count: int) -> list[Path]:
    """`count` copies of a real backup under the name every server database called
    `address.database` shared before (STEM@HOST, `local` for a socket), days old."""
    folder = source.parent
    shared = address.shared_backup_path(storage.app_data_dir())
    made = []
    for days in range(count, 0, -1):
        stamp = (datetime.datetime.now() - datetime.timedelta(days=days)).strftime(BACKUP_STAMP)
        target = folder / f"{backup_prefix(shared)}-{stamp}-manual.db"
        shutil.copyfile(source, target)
        made.append(target)
    return made


def test_backups_under_the_old_shared_name_are_listed_restorable_and_never_rotated(
        pg_catalogue):
    """Backups taken before each server database had a name of its own: `catalogue
    backups` lists them with the new ones, `catalogue restore` finds them by name, and
    however many new backups are taken, none of them is removed."""
    first, _ = backup_server(pg_catalogue)
    shared = _shared_backups(pg_catalogue, first, KEEP_BACKUPS + 2)
    result = run("backup", "--db", pg_catalogue.url)
    assert result.returncode == 0, result.stderr
    assert all(path.exists() for path in shared)
    listed = run("backups", "--db", pg_catalogue.url)
    assert listed.returncode == 0, listed.stderr
    names = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert len(names) == 2 + len(shared)
    assert set(names) >= {path.name for path in shared} | {first.name}
    restored = run("restore", shared[0].name, "--db", pg_catalogue.url)
    assert restored.returncode == 0, restored.stderr
    assert all(path.exists() for path in shared)


def test_a_server_backup_is_one_file_and_listing_leaves_nothing_beside_it(pg_catalogue):
    """`catalogue backup` then `catalogue backups` on a server catalogue: the backups
    folder holds the backup alone (it was left in WAL mode, so every listing made a -wal
    and an -shm beside every backup, and rotation left those behind for ever)."""
    result = run("backup", "--db", pg_catalogue.url)
    assert result.returncode == 0, result.stderr
    listed = run("backups", "--db", pg_catalogue.url)
    assert listed.returncode == 0, listed.stderr
    made = _backups_of(pg_catalogue)
    prefix = backup_prefix(pg_catalogue.backup_path(storage.app_data_dir()))
    beside = sorted(name for name in os.listdir(made[0].parent) if name.startswith(prefix))
    assert beside == [path.name for path in made]


def _whole(path: Path) -> dict[str, int]:
    """The file as it is on disk, no -wal read (a backup is one file): SQLite's verdict
    and its record counts."""
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return storage.backups.table_counts(connection)
    finally:
        connection.close()


@pytest.mark.slow
def test_a_local_disk_that_fills_while_a_server_backup_is_written_keeps_no_broken_backup(
        pg_catalogue, tmp_path, monkeypatch):
    """Server backups onto ever larger small disks (root: tmpfs): each is refused, with
    nothing left, or is a whole catalogue with every record. Failed before: where the
    rows fitted in the -wal but not in the file, closing the copy could not move them in,
    the file was put in place without its -wal and reported backed up, malformed (and it
    counted among the 10 kept, evicting a good one)."""
    import subprocess

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    counts = _whole(backup_server(pg_catalogue)[0])
    disk = tmp_path / "disk"
    disk.mkdir()
    outcomes = []
    for kilobytes in range(200, 2000, 40):
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs",
                               str(disk)], capture_output=True, text=True)
        if done.returncode:
            pytest.skip(f"cannot mount here: {done.stderr.strip()}")
        try:
            monkeypatch.setenv("XDG_DATA_HOME", str(disk))
            try:
                made, _ = backup_server(pg_catalogue)
            except storage.StoreError as refused:
                assert "\n" not in str(refused)
                folder = disk / "Catalogue" / "servers" / "backups"
                assert not folder.exists() or not os.listdir(folder), os.listdir(folder)
                outcomes.append("refused")
            else:
                assert _whole(made) == counts, f"{kilobytes} KB: {made.name}"
                assert os.listdir(made.parent) == [made.name]
                outcomes.append("made")
        finally:
            if subprocess.run(["umount", str(disk)], capture_output=True).returncode:
                subprocess.run(["umount", "-l", str(disk)], capture_output=True)
    assert "refused" in outcomes and outcomes[-1] == "made", outcomes
