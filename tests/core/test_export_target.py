"""Where `catalogue export` writes: devices and pipes are written through, never replaced;
folders and sockets are refused; any name the file system takes works; and the partial
files of killed exports are cleaned up, never those of a live one."""

import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.export import ExportError, export_csv

POSIX = pytest.mark.skipif(os.name != "posix", reason="devices, FIFOs and flock are POSIX")
ROOT = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0,
                          reason="only root can make a device node or replace /dev/null")


def catalogue(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([sys.executable, "-m", "catalogue", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=timeout)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    """The bundled catalogue (91 records) and its CSV written to a plain file."""
    path = tmp_path_factory.mktemp("target") / "catalogue.db"
    done = catalogue("export", "--db", str(path), str(path.with_suffix(".csv")))
    assert done.returncode == 0, done.stderr
    return path


def partials(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.endswith(".partial")}


@ROOT
def test_export_to_a_device_writes_through_it(seed_db, tmp_path):
    """As root, renaming over /dev/null made it a regular file for the whole machine. A
    private null device is tried first, so a regression cannot break the real one."""
    private = tmp_path / "null"
    os.mknod(private, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for device in (private, Path("/dev/null")):
        done = catalogue("export", "--db", str(seed_db), str(device))
        assert done.returncode == 0, done.stderr
        assert stat.S_ISCHR(os.stat(device).st_mode), f"{device} is no longer a device"
    assert partials(tmp_path) == set()


READ_FIFO = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"


@POSIX
@pytest.mark.parametrize("how", ["command", "function"])
def test_export_into_a_fifo_delivers_the_csv(seed_db, tmp_path, how):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", READ_FIFO, str(fifo)],
                              stdout=subprocess.PIPE)
    try:
        if how == "command":
            done = catalogue("export", "--db", str(seed_db), str(fifo), timeout=60)
            assert done.returncode == 0, done.stderr
        else:
            import sqlite3

            connection = sqlite3.connect(seed_db)
            try:
                assert export_csv(connection, fifo) == 91
            finally:
                connection.close()
        assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a file"
        delivered, _ = reader.communicate(timeout=30)
    finally:
        reader.kill()
        reader.wait()
    assert delivered == seed_db.with_suffix(".csv").read_bytes()


@POSIX
def test_a_folder_or_a_socket_is_refused_and_kept(seed_db, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    done = catalogue("export", "--db", str(seed_db), str(folder))
    assert done.returncode == 1 and "is a folder" in done.stderr
    place = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(place))
        done = catalogue("export", "--db", str(seed_db), str(place))
        assert done.returncode == 1
        assert done.stderr == (f"catalogue: {place} is not a regular file, a device or a "
                               "pipe: give a file name for the CSV\n")
        assert stat.S_ISSOCK(os.stat(place).st_mode)
    finally:
        server.close()
    assert partials(tmp_path) == set()


def test_a_name_as_long_as_the_file_system_allows_exports(seed_db, tmp_path):
    name = "c" * 246 + ".csv"
    assert len(name.encode()) == 250  # ext4 and tmpfs take 255 bytes
    done = catalogue("export", "--db", str(seed_db), str(tmp_path / name))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / name).read_bytes() == seed_db.with_suffix(".csv").read_bytes()
    assert partials(tmp_path) == set()


# -- partial files of exports that died --------------------------------------------------

HOLD_LOCK = """
import fcntl, os, sys
handle = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(handle, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    done = catalogue("demo-data", "--db", str(path), "--records", "20000", timeout=300)
    assert done.returncode == 0, done.stderr
    return path


def kill_mid_write(db: Path, out: Path) -> str:
    """Start an export, SIGKILL it once its partial file shows, and return that file's name."""
    for _ in range(5):
        exporter = subprocess.Popen([sys.executable, "-m", "catalogue", "export", "--db",
                                     str(db), str(out)], stderr=subprocess.DEVNULL)
        try:
            seen: set[str] = set()
            while not seen and exporter.poll() is None:
                seen = partials(out.parent)
            exporter.send_signal(signal.SIGKILL)
        finally:
            exporter.wait()
        if exporter.returncode == -signal.SIGKILL and seen and partials(out.parent) == seen:
            return seen.pop()
        for leftover in out.parent.glob(".*.partial"):  # killed past the rename: try again
            leftover.unlink()
    pytest.fail("the exporter always finished before it could be killed")


@pytest.mark.slow
@POSIX
def test_a_killed_exports_partial_is_cleaned_but_a_live_one_kept(big_db, seed_db, tmp_path):
    out = tmp_path / "out.csv"
    dead = kill_mid_write(big_db, out)
    assert dead.startswith(".cat-") and len(dead) <= 24, "a short name in the same folder"
    simulated = tmp_path / ".cat-dead0001.partial"
    simulated.write_text("half a catalogue", encoding="utf-8")
    others = [tmp_path / ".cat-dead0001.partial.keep", tmp_path / "notes.partial"]
    for other in others:
        other.write_text("not ours", encoding="utf-8")
    live = tmp_path / ".cat-live0001.partial"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(live)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        done = catalogue("export", "--db", str(seed_db), str(out))
        assert done.returncode == 0, done.stderr
        assert live.exists(), "the partial file of a live export was removed"
        assert not (tmp_path / dead).exists() and not simulated.exists()
        assert all(other.exists() for other in others)
        assert out.read_bytes() == seed_db.with_suffix(".csv").read_bytes()
    finally:
        holder.communicate("", timeout=30)
    assert partials(tmp_path) == {live.name, "notes.partial"}


@pytest.mark.slow
@POSIX
def test_a_partial_file_is_locked_while_it_is_written(big_db, tmp_path):
    """What the cleaner relies on: another process cannot take the lock mid-export."""
    import fcntl
    import sqlite3

    out = tmp_path / "out.csv"
    results: list[bool] = []

    def try_lock(done: int) -> None:
        (name,) = partials(tmp_path)
        handle = os.open(tmp_path / name, os.O_RDONLY)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            results.append(True)
        except BlockingIOError:
            results.append(False)
        finally:
            os.close(handle)

    connection = sqlite3.connect(big_db)
    try:
        assert export_csv(connection, out, try_lock) == 20_000
    finally:
        connection.close()
    assert results and not any(results)
    assert partials(tmp_path) == set()


def test_a_failed_export_removes_its_partial_file(tmp_path):
    class Broken:
        def cursor(self):
            raise OSError(5, "Input/output error")

    with pytest.raises(ExportError, match="cannot write"):
        export_csv(Broken(), tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []
