"""Nothing lost, for real (issue #12): each storage defect an adversarial test found, shown
with real processes, files, mounts and signals, never mocks.

Tests that need root (tmpfs and bind mounts) or a user without privileges skip with the
reason when the machine cannot give them that.
"""

import contextlib
import datetime
import itertools
import os
import pty
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue import queries, storage
from catalogue.kinds import Kind
from catalogue.storage import (
    DamagedError,
    backup_folder,
    backup_if_due,
    check_catalogue_file,
    first_screen,
    list_backup_files,
    list_backups,
    make_backup,
    make_engine,
)
from catalogue.storage.engine import connect
from catalogue.workflows import create_catalogue

SEED_RECORDS = 91
SEED_COUNTS = {"plenary_session": 1, "area": 15, "measure": 35, "official": 12,
               "agreement": 20, "annex": 8, "conference": 1}


# -- helpers -----------------------------------------------------------------------------------


def environment(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **extra}
    if "CATALOGUE_DB" not in extra:
        env.pop("CATALOGUE_DB", None)
    return env


def command(*args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "catalogue", *args]


def cli(*args: str | bytes, cwd: Path | None = None, env: dict[str, str] | None = None,
        prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, *command(*args)], capture_output=True, text=True,
                          encoding="utf-8", errors="backslashreplace", cwd=cwd,
                          env=env or environment(), timeout=180)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command printed, after checking it is exactly one line."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "unexpected" not in result.stderr, result.stderr
    return result.stderr.strip()


def exported_rows(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, result.stderr
    return len(result.stdout.strip().splitlines()) - 1


def counts(path: Path) -> dict[str, int]:
    connection = storage.connect(path, read_only=True)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in SEED_COUNTS}
    finally:
        connection.close()


def copy_of(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


def need_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting needs root")


@contextlib.contextmanager
def mounted(*options: str, source: str, target: Path) -> Iterator[Path]:
    """`mount OPTIONS SOURCE TARGET` for the block; skips the test when it cannot mount."""
    need_root()
    if not target.exists():
        target.mkdir()
    done = subprocess.run(["mount", *options, source, str(target)], capture_output=True,
                          text=True)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        if "ro" in options and os.access(target, os.W_OK):
            pytest.skip("the bind mount did not become read-only")
        yield target
    finally:
        if subprocess.run(["umount", str(target)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


def unprivileged() -> tuple[str, ...]:
    """A command prefix that runs without the right to ignore file permissions: nothing
    for an ordinary user, setpriv dropping every capability for root."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return ()
    prefix = ("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--")
    if not shutil.which("setpriv"):
        pytest.skip("root cannot give up its privileges here (no setpriv)")
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o555)
        probe = subprocess.run([*prefix, sys.executable, "-c",
                                f"import os, sys; sys.exit(os.access({folder!r}, os.W_OK))"])
    if probe.returncode:
        pytest.skip("setpriv could not drop root's privileges here")
    return prefix


def fill(disk: Path, leave: int) -> Path:
    """Fill the file system of `disk` until about `leave` bytes are free."""
    filler = disk / "filler"
    size = max(shutil.disk_usage(disk).free - leave, 0)
    with open(filler, "wb") as stream, contextlib.suppress(OSError):
        stream.write(b"\0" * size)
    return filler


def plenary_stamp(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT updated_at FROM plenary_session").fetchone()[0]
    finally:
        connection.close()



@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogue of 10,000 records (about 16 MB): copying it takes long enough to be
    caught in the middle."""
    from catalogue.demo import generate

    path = tmp_path_factory.mktemp("big") / "big.db"
    generate(path, 10_000)
    return path


@pytest.fixture
def release_file(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "release" / "release.txt"
    path.parent.mkdir()
    path.write_text(seed_text, encoding="utf-8")
    return path


# -- 1. a backup belongs to its catalogue ----------------------------------------------------


@pytest.mark.slow
def test_backups_belong_to_their_own_catalogue(tmp_path, seed_file, release_file):
    plenary = copy_of(seed_file, tmp_path / "plenary.db")
    archive = copy_of(seed_file, tmp_path / "plenary-archive.db")
    for _ in range(10):
        make_backup(archive, "manual")
    made = cli("backup", "--db", str(plenary))
    assert made.returncode == 0, made.stderr
    reported = Path(made.stdout.strip().removeprefix("Backed up to "))
    assert reported.exists(), "the backup just reported was deleted"
    assert [backup.path for backup in list_backups(plenary)] == [reported]
    replaced = cli("import", "--db", str(plenary), "--replace", str(release_file))
    assert replaced.returncode == 0, replaced.stderr
    assert [backup.reason for backup in list_backups(plenary)] == ["before-replace", "manual"]
    assert len(list_backups(archive)) == 10
    assert all(b.path.name.startswith("plenary-archive-") for b in list_backups(archive))


def test_a_damaged_catalogue_is_offered_only_its_own_backups(tmp_path, seed_file):
    plenary = copy_of(seed_file, tmp_path / "plenary.db")
    archive = copy_of(seed_file, tmp_path / "plenary-archive.db")
    make_backup(archive, "manual")
    data = plenary.read_bytes()
    plenary.write_bytes(data[: len(data) // 3])
    line = one_line(cli("export", "--db", str(plenary), "-"))
    assert "is damaged" in line and "no backup of it exists" in line, line
    with pytest.raises(DamagedError) as refused:
        storage.prepare(plenary)
    assert refused.value.newest_backup is None


# -- 2. a failed backup never pushes a good one out ------------------------------------------


@pytest.mark.slow
def test_backups_that_fail_on_a_full_disk_leave_nothing_and_push_nothing_out(tmp_path,
                                                                             seed_file):
    with mounted("-t", "tmpfs", "-o", "size=3m", source="tmpfs",
                 target=tmp_path / "disk") as disk:
        plenary = copy_of(seed_file, disk / "plenary.db")
        two_days_ago = datetime.datetime.now() - datetime.timedelta(days=2)
        for number in range(4):  # four good backups, the newest two days old
            taken = two_days_ago + datetime.timedelta(minutes=number)
            made = make_backup(plenary, "daily")
            older = made.with_name(f"plenary-{taken:%Y%m%d-%H%M%S-%f}-daily.db")
            made.rename(older)
            os.utime(older, (taken.timestamp(), taken.timestamp()))
        good = sorted(os.listdir(backup_folder(plenary)))
        assert len(good) == 4
        size = plenary.stat().st_size
        for leave in (0, 8, 40, 100, 160, 200, 230, 250, 270, 290):  # KB, about one backup
            filler = fill(disk, leave * 1024 if leave * 1024 < size else size)
            result = cli("backup", "--db", str(plenary))
            filler.unlink()
            if result.returncode == 0:  # it fitted after all: then it is a whole backup
                good = sorted(os.listdir(backup_folder(plenary)))
                continue
            line = one_line(result)
            assert "cannot back up" in line and "full" in line, line
            assert sorted(os.listdir(backup_folder(plenary))) == good, "a failure left a file"
        daily = backup_if_due(plenary)
        assert daily is not None, "failed backups reset the daily clock"
        backups = list_backups(plenary)
        assert [b.path.name for b in backups[1:]] == sorted(good, reverse=True)
        for backup in backups:
            check_catalogue_file(backup.path)
            assert backup.counts == SEED_COUNTS
            assert backup.path.stat().st_mode & 0o777 == 0o600


@pytest.mark.slow
def test_a_killed_backup_leaves_nothing_that_counts(tmp_path, big_file):
    plenary = copy_of(big_file, tmp_path / "plenary.db")
    expected = counts(plenary)
    make_backup(plenary, "manual")
    folder = backup_folder(plenary)
    rng = random.Random(2)
    for _ in range(6):
        before = set(os.listdir(folder))
        child = subprocess.Popen(command("backup", "--db", str(plenary)), env=environment(),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            if set(os.listdir(folder)) - before:  # the copy has begun
                time.sleep(rng.uniform(0, 0.05))
                break
            time.sleep(0.001)
        child.kill()
        child.wait()
        for backup in list_backup_files(plenary):
            check_catalogue_file(backup)
            assert counts(backup) == expected, backup.name
        for name in os.listdir(folder):
            mode = (folder / name).stat().st_mode & 0o777
            assert mode == 0o600, f"{name} was made readable by others ({mode:o})"
    listed = len(list_backup_files(plenary))
    assert cli("backup", "--db", str(plenary)).returncode == 0
    assert len(list_backup_files(plenary)) == min(listed + 1, 10)


BUILDER = """
import sys, time
from pathlib import Path
from catalogue.storage.files import building
with building(Path(sys.argv[1])) as partial:
    Path(str(partial) + "-journal").write_bytes(b"journal")
    print(partial, flush=True)
    time.sleep(120)
"""


@pytest.mark.slow
def test_a_killed_builders_partial_file_is_removed_by_the_next_and_a_live_ones_never(
        tmp_path):
    """kill -9 during demo-data, export-documents or a new catalogue left its hidden
    partial file for good (the break-it session). The next build of the same target
    removes it once the system has let go of its builder's lock; a live builder's file
    is never taken, however old."""
    target = tmp_path / "demo.db"
    child = subprocess.Popen([sys.executable, "-c", BUILDER, str(target)],
                             stdout=subprocess.PIPE, text=True, env=environment())
    try:
        partial = Path(child.stdout.readline().strip())
        assert partial.exists() and partial.name.startswith(".demo.db.")
        with storage.files.building(target):
            pass
        assert partial.exists(), "a live builder's file was taken"
    finally:
        child.kill()
        child.wait()
    with storage.files.building(target):
        pass
    assert not partial.exists() and not Path(f"{partial}-journal").exists()
    assert os.listdir(tmp_path) == []


# -- 3. a path is a file name, never a URL --------------------------------------------------


@pytest.mark.parametrize(("name", "decoys"), [
    ("minutes?copy.db", ["minutes"]),
    ("plenary%20six.db", ["plenary six.db"]),
    ("Plenary #6.db", ["Plenary "]),
])
@pytest.mark.slow
def test_a_path_is_a_file_name_never_a_url(tmp_path, release_file, name, decoys):
    folder = tmp_path / "folder"
    folder.mkdir()
    for decoy in decoys:  # what a URL made of the name would open instead
        (folder / decoy).write_bytes(b"not this one")
    created = cli("export", "--db", name, "-", cwd=folder)
    assert exported_rows(created) == SEED_RECORDS
    assert (folder / name).is_file()
    replaced = cli("import", "--db", name, "--replace", str(release_file), cwd=folder)
    assert replaced.returncode == 0, replaced.stderr
    assert [b.reason for b in list_backups(folder / name)] == ["before-replace"]
    searched = cli("search", "--db", str(folder / name), "water", cwd=folder)
    assert searched.returncode == 0 and searched.stdout, searched.stderr
    os.chmod(folder / name, 0o400)  # opened read-only, by a user who cannot change it
    prefix = unprivileged()
    exported = cli("export", "--db", name, "-", cwd=folder, prefix=prefix)
    assert exported_rows(exported) == SEED_RECORDS
    searched = cli("search", "--db", name, "water", cwd=folder, prefix=prefix)
    assert searched.returncode == 0 and searched.stdout, searched.stderr
    for decoy in decoys:
        assert (folder / decoy).read_bytes() == b"not this one"
    made = {name, f"{name}-wal", f"{name}-shm", f"{name}.lock", f"{name}.holder", "backups",
            *decoys}
    assert set(os.listdir(folder)) <= made, os.listdir(folder)


@pytest.mark.slow
def test_a_server_address_is_refused_not_made_into_a_file(tmp_path, release_file):
    """A server that does not answer is one line naming it (its password never shown), and
    no file is made of its address; a path with `?`, `#` and `:` is a file all the same."""
    address = f"postgresql://officer:secret@/catalogue?host={tmp_path}/no-server-here"
    for args in (["export", "-"], ["search", "water"], ["backup"],
                 ["import", str(release_file)]):
        line = one_line(cli(args[0], "--db", address, *args[1:], cwd=tmp_path))
        assert line.startswith("catalogue: postgresql://officer@/catalogue"), line
        assert "secret" not in line, line
    line = one_line(cli("restore", "--db", address, "x.db", cwd=tmp_path))
    assert "no such backup" in line and "secret" not in line, line  # its owner restores
    line = one_line(cli("demo-data", "--db", address, "--records", "5", cwd=tmp_path))
    assert "works on a catalogue file only" in line and "secret" not in line, line
    line = one_line(cli("export", "-", cwd=tmp_path, env=environment(CATALOGUE_DB=address)))
    assert line.startswith("catalogue: postgresql://officer@/catalogue"), line
    assert os.listdir(tmp_path) == ["release"]
    odd = "postgresql:x?host=y#z.db"  # not the prefix: a file name
    made = cli("export", "--db", odd, "-", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / odd).is_file()


@pytest.mark.slow
def test_a_pipe_or_device_is_refused_in_one_line_never_waited_on(tmp_path):
    """--db naming a FIFO waited forever (the break-it session): nothing writes to it."""
    pipe = tmp_path / "catalogue.db"
    os.mkfifo(pipe)
    for db in (str(pipe), "/dev/null"):
        done = subprocess.run([sys.executable, "-m", "catalogue", "export", "--db", db, "-"],
                              capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert done.returncode != 0 and "is not a file" in one_line(done), done.stderr
    assert sorted(os.listdir(tmp_path)) == ["catalogue.db"]


# -- 4. symlinks ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("dangling", ["file", "folder"])
def test_a_dangling_symlink_is_refused_never_replaced(tmp_path, release_file, dangling):
    drive = tmp_path / "usb-drive"  # not mounted
    if dangling == "file":
        link, target = tmp_path / "catalogue.db", drive / "catalogue.db"
        link.symlink_to(target)
    else:
        (tmp_path / "Catalogue").symlink_to(drive)
        link, target = tmp_path / "Catalogue" / "catalogue.db", drive
    for args in (["export", "-"], ["search", "water"], ["backup"],
                 ["import", "--replace", str(release_file)], ["restore", "x.db"]):
        line = one_line(cli(args[0], "--db", str(link), *args[1:]))
        assert str(target) in line, line
    assert sorted(os.listdir(tmp_path)) == sorted(["release", link.name if dangling == "file"
                                                   else "Catalogue"])
    assert not drive.exists()
    with pytest.raises(storage.StoreError, match="does not exist"):
        storage.prepare(link, create=create_catalogue)


def test_restore_through_a_symlink_restores_the_file_it_points_to(tmp_path, seed_file):
    drive, home = tmp_path / "drive", tmp_path / "home"
    drive.mkdir()
    home.mkdir()
    real = copy_of(seed_file, drive / "real.db")
    link = home / "plenary.db"
    link.symlink_to(real)
    made = cli("backup", "--db", str(link))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip().removeprefix("Backed up to "))
    assert backup.parent == drive / "backups", "backups live beside the real file"
    connection = connect(real)  # with catalogue_fold, which the index's triggers call
    connection.execute("UPDATE area SET name = 'Changed after the backup' WHERE id = 1")
    connection.commit()
    connection.close()
    restored = cli("restore", "--db", str(link), backup.name)
    assert restored.returncode == 0, restored.stderr
    assert link.is_symlink() and link.resolve() == real, "restore replaced the symlink"
    connection = sqlite3.connect(real)
    names = {row[0] for row in connection.execute("SELECT name FROM area")}
    connection.close()
    assert "Changed after the backup" not in names


def test_no_url_is_made_of_a_path_anywhere():
    import catalogue

    for file in Path(catalogue.__file__).parent.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        assert "sqlite:///" not in text and 'f"file:' not in text, file


# -- 5. read-only folders and mounts ----------------------------------------------------------


def journal_mode_in_header(path: Path) -> str:
    return {1: "rollback", 2: "wal"}[path.read_bytes()[18]]


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_catalogue_on_a_read_only_mount_is_read_read_only(tmp_path, seed_file,
                                                            release_file, mode):
    source = tmp_path / "source"
    source.mkdir()
    original = copy_of(seed_file, source / "plenary.db")
    if mode == "delete":
        connection = sqlite3.connect(original)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
    header = journal_mode_in_header(original)
    assert header == ("wal" if mode == "wal" else "rollback")
    with mounted("--bind", "-o", "ro", source=str(source), target=tmp_path / "ro") as ro:
        path = ro / "plenary.db"
        assert exported_rows(cli("export", "--db", str(path), "-")) == SEED_RECORDS
        searched = cli("search", "--db", str(path), "water")
        assert searched.returncode == 0 and searched.stdout, searched.stderr
        line = one_line(cli("import", "--db", str(path), "--replace", str(release_file)))
        assert "cannot" in line and "not an SQLite file" not in line, line
        assert storage.prepare(path) is False
        totals = first_screen(path).totals
        assert sum(totals.values()) - totals[Kind.CONFERENCE] == SEED_RECORDS
        engine = make_engine(path, read_only=True)  # what the window's search worker uses
        try:
            assert queries.search(engine, "water").matches
            totals = queries.totals(engine)
            assert sum(totals.values()) - totals[Kind.CONFERENCE] == SEED_RECORDS
        finally:
            engine.dispose()
    assert sorted(os.listdir(source)) == ["plenary.db"]
    assert journal_mode_in_header(original) == header
    engine = make_engine(original, read_only=True)  # a folder it could write: still nothing
    try:
        assert queries.search(engine, "water").matches
    finally:
        engine.dispose()
    assert journal_mode_in_header(original) == header


@pytest.mark.slow
def test_a_wal_catalogue_in_a_folder_the_user_cannot_write(tmp_path, seed_file):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = copy_of(seed_file, folder / "plenary.db")
    os.chmod(folder, 0o555)
    try:
        prefix = unprivileged()
        assert exported_rows(cli("export", "--db", str(path), "-", prefix=prefix)) == \
            SEED_RECORDS
        searched = cli("search", "--db", str(path), "water", prefix=prefix)
        assert searched.returncode == 0 and searched.stdout, searched.stderr
        os.chmod(path, 0o000)
        line = one_line(cli("export", "--db", str(path), "-", prefix=prefix))
        assert "cannot open" in line, line
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o600)
    assert sorted(os.listdir(folder)) == ["plenary.db"]


# -- 6. one writer at a time ----------------------------------------------------------------

LOCKER = """
import os, random, sys, time
from pathlib import Path
from catalogue.storage import LockedError, WriterLock
path, log = Path(sys.argv[1]), sys.argv[2]
until = time.monotonic() + float(sys.argv[3])
rng = random.Random(os.getpid())
while time.monotonic() < until:
    lock = WriterLock(path, f"locker {os.getpid()}")
    try:
        lock.acquire()
    except LockedError:
        continue
    start = time.monotonic()
    time.sleep(rng.uniform(0, 0.002))
    end = time.monotonic()
    lock.release()
    with open(log, "a") as stream:
        stream.write(f"{start} {end}\\n")
"""


@pytest.mark.slow
def test_the_writer_lock_is_held_by_one_process_at_a_time(tmp_path, seed_file):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    log = tmp_path / "held.log"
    lockers = [subprocess.Popen([sys.executable, "-c", LOCKER, str(path), str(log), "3"],
                                env=environment()) for _ in range(4)]
    for locker in lockers:
        assert locker.wait(timeout=60) == 0
    held = sorted(tuple(map(float, line.split())) for line in log.read_text().splitlines())
    assert len(held) > 20
    overlaps = [(a, b) for a, b in itertools.pairwise(held) if b[0] < a[1]]
    assert not overlaps, f"{len(overlaps)} times two processes held the lock at once"


@pytest.mark.slow
def test_two_imports_at_once_one_waits_its_turn(tmp_path, big_file, release_file):
    path = copy_of(big_file, tmp_path / "plenary.db")
    first = cli("import", "--db", str(path), "--replace", str(release_file))
    assert first.returncode == 0, first.stderr
    expected = counts(path)
    wins = 0
    for _ in range(20):
        children = [subprocess.Popen(command("import", "--db", str(path), "--replace",
                                             str(release_file)),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=environment()) for _ in range(2)]
        results = [(*child.communicate(timeout=120), child.returncode) for child in children]
        for _, err, code in results:
            assert code == 0 or (err.count("\n") == 1 and "is being changed by" in err), err
        assert sum(code == 0 for *_, code in results) >= 1
        wins += sum(code == 0 for *_, code in results) == 1
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        assert counts(path) == expected
    assert wins >= 15, f"the two imports overlapped in only {wins} of 20 rounds"


# -- 7. first start, three at once -----------------------------------------------------------


@pytest.mark.slow
def test_three_first_starts_at_once_all_see_the_whole_seed(tmp_path):
    for round_ in range(20):
        path = tmp_path / f"round{round_}" / "new.db"
        children = [subprocess.Popen(command("export", "--db", str(path), "-"),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8", env=environment())
                    for _ in range(3)]
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, f"round {round_}: {err}"
            assert len(out.strip().splitlines()) - 1 == SEED_RECORDS, f"round {round_}"
        assert counts(path) == SEED_COUNTS
        assert not [name for name in os.listdir(path.parent) if "partial" in name]


# -- 8. an emptied or overwritten catalogue is restored from its own backup -----------------


@pytest.mark.parametrize("content", [b"", b"junk that is not a database\n" * 200])
def test_an_emptied_or_overwritten_catalogue_is_restored_from_its_own_backup(
        tmp_path, seed_file, content):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    backup = make_backup(path, "daily")
    path.write_bytes(content)
    line = one_line(cli("export", "--db", str(path), "-"))
    assert "damaged" in line and backup.name in line, line
    with pytest.raises(DamagedError) as refused:  # the window offers this backup
        storage.prepare(path, create=create_catalogue)
    assert refused.value.newest_backup == backup
    restored = cli("restore", "--db", str(path), backup.name)
    assert restored.returncode == 0, restored.stderr
    kept = Path(restored.stdout.splitlines()[0].split("saved as ")[1])
    assert kept.read_bytes() == content and kept.stat().st_mode & 0o777 == 0o600
    assert exported_rows(cli("export", "--db", str(path), "-")) == SEED_RECORDS


# -- 9. a failed restore keeps the edits that live only in the WAL ---------------------------

WAL_EDITOR = """
import os, sys
from catalogue.storage.engine import connect
connection = connect(sys.argv[1])
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE area SET name = 'Committed only in the WAL' WHERE id = 1")
connection.commit()
os._exit(0)  # no close, no checkpoint: the edit lives only in the -wal file
"""


def test_a_restore_whose_rename_fails_keeps_the_edits_in_the_wal(tmp_path, seed_file):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    backup = make_backup(path, "daily")
    subprocess.run([sys.executable, "-c", WAL_EDITOR, str(path)], check=True)
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    # the catalogue bound onto itself is a mount point: renaming over it fails (EBUSY)
    with mounted("--bind", source=str(path), target=path):
        line = one_line(cli("restore", "--db", str(path), backup.name))
        assert "cannot restore" in line, line
    assert wal.exists(), "the -wal was deleted before the rename"
    connection = sqlite3.connect(path)
    name = connection.execute("SELECT name FROM area WHERE id = 1").fetchone()[0]
    connection.close()
    assert name == "Committed only in the WAL"


# -- 15. Ctrl+C during import says what happened ---------------------------------------------


def interrupt(args: list[str | bytes], rng: random.Random) -> tuple[int, str, str]:
    """Run the command with stderr on a terminal (so it shows progress) and send SIGINT at
    a random moment, half the time just after the last progress line (near the commit).
    Returns the exit status and what it printed on stdout and on stderr."""
    master, slave = pty.openpty()
    child = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=slave, env=environment())
    os.close(slave)
    near_commit = rng.random() < 0.5
    started = time.monotonic()
    when = started + rng.uniform(0.2, 1.5) if not near_commit else None
    output, sent = b"", False
    while time.monotonic() - started < 120:
        if select.select([master], [], [], 0.001)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            output += chunk
            if near_commit and when is None and b"(100%)" in output:
                when = time.monotonic() + rng.uniform(0, 0.03)
        if not sent and when is not None and time.monotonic() >= when and child.poll() is None:
            child.send_signal(signal.SIGINT)
            sent = True
    assert child.stdout is not None
    out = child.stdout.read().decode()
    child.wait(timeout=60)
    os.close(master)
    return child.returncode, out, output.decode("utf-8", "replace")


@pytest.mark.slow
def test_ctrl_c_during_import_says_what_happened(tmp_path, seed_file, release_file):
    rng = random.Random(15)
    seen = set()
    for trial in range(15):
        path = copy_of(seed_file, tmp_path / f"trial{trial}.db")
        before = plenary_stamp(path)
        code, out, err = interrupt(command("import", "--db", str(path), "--replace",
                                           str(release_file)), rng)
        changed = plenary_stamp(path) != before
        assert "Traceback" not in err and "Exception" not in err, err
        last = err.replace("\r", "\n").strip().splitlines()[-1] if err.strip() else ""
        if code == 0:
            outcome = "finished"
            assert changed and out.startswith("Replaced")
        elif code == -signal.SIGINT:  # before Python's handler was set, or after Python
            outcome = "killed"        # took it down at exit, once everything was said
            assert changed == out.startswith("Replaced"), out
        else:
            assert code == 130, err
            saved = last == "catalogue: interrupted after the import was saved"
            assert saved or last == "catalogue: interrupted; nothing was changed", err
            assert saved == changed, f"trial {trial}: {last!r} but changed={changed}"
            outcome = "saved" if saved else "unchanged"
        seen.add(outcome)
        for suffix in ("", "-wal"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{path}{suffix}")
    assert "unchanged" in seen


# -- 16. messages that said the wrong thing ----------------------------------------------------


def test_an_impossible_date_is_named_as_such(tmp_path, seed_file, release_file):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    text = release_file.read_text(encoding="utf-8")
    seventh = tmp_path / "seventh.txt"
    seventh.write_text(text.replace("Sixth", "Seventh").replace("(April 26)", "(February 30)"),
                       encoding="utf-8")
    line = one_line(cli("import", "--db", str(path), "--date", "2025-03-02", str(seventh)))
    assert "does not match" not in line and "February 30" in line, line
    line = one_line(cli("import", "--db", str(path), "--date", "2025-02-30", str(release_file)))
    assert "YYYY-MM-DD" not in line and "2025-02-30" in line, line


@pytest.mark.slow
def test_closed_standard_output_is_said_plainly(tmp_path, seed_file):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    for args in (["export", "--db", str(path), "-"], ["search", "--db", str(path), "water"]):
        closed = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", *command(*args)],
                                capture_output=True, text=True, env=environment(), timeout=120)
        line = one_line(closed)
        assert "standard output is closed" in line, line


@pytest.mark.slow
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, big_file):
    path = copy_of(big_file, tmp_path / "plenary.db")
    for args in (["export", "--db", str(path), "-"], ["search", "--db", str(path), "the"]):
        child = subprocess.Popen(command(*args), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=environment())
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read().decode()
        child.wait(timeout=60)
        assert "Error" not in err and "Traceback" not in err, err
        if args[0] == "export":  # more than a pipe holds: the reader's going is noticed
            assert child.returncode != 0 and err == "", err


def test_a_home_folder_that_does_not_exist_is_said_plainly(tmp_path):
    line = one_line(cli("export", "-", env=environment(CATALOGUE_DB="~nosuchuser/c.db")))
    assert "~nosuchuser" in line, line
    assert "RuntimeError" not in line


@pytest.mark.slow
def test_arguments_that_are_not_utf8(tmp_path, seed_file, release_file):
    path = copy_of(seed_file, tmp_path / "plenary.db")
    line = one_line(cli("search", "--db", str(path), b"\xff\xfe"))
    assert "codec" not in line and "surrogates" not in line, line
    odd = os.fsencode(tmp_path) + b"/caf\xe9.db"  # a Latin-1 file name is still a file name
    assert exported_rows(cli("export", "--db", odd, "-")) == SEED_RECORDS
    assert os.path.exists(odd)


@pytest.mark.slow
def test_a_full_disk_is_said_plainly(tmp_path, seed_file, release_file):
    with mounted("-t", "tmpfs", "-o", "size=1m", source="tmpfs",
                 target=tmp_path / "disk") as disk:
        path = copy_of(seed_file, disk / "plenary.db")
        make_backup(path, "daily")
        fill(disk, 0)
        cases = {
            "import": ["import", "--db", str(path), "--replace", str(release_file)],
            "export": ["export", "--db", str(path), str(disk / "out.csv")],
            "new": ["export", "--db", str(disk / "new.db"), "-"],
            "backup": ["backup", "--db", str(path)],
        }
        for case, args in cases.items():
            line = one_line(cli(*args))
            assert str(disk) in line, (case, line)
            assert "full" in line or "No space left" in line, (case, line)


@pytest.mark.slow
def test_export_documents_on_a_full_disk_says_so_and_leaves_nothing(tmp_path, seed_file):
    """It stopped at the first file that did not fit, leaving half a folder and no index
    (the break-it session)."""
    from catalogue import services
    from catalogue.documents import DocumentFile, digest
    from catalogue.kinds import ListKey, ListKind, RecordKey
    from catalogue.storage.engine import make_engine

    path = copy_of(seed_file, tmp_path / "plenary.db")
    engine = make_engine(path)
    sid = queries.plenaries(engine)[0].id
    for annex in queries.children(engine, ListKey(ListKind.ANNEXES, sid))[:3]:
        data = os.urandom(400_000)
        services.attach_document(engine, RecordKey(Kind.ANNEX, annex.id),
                                 DocumentFile(f"annex-{annex.id}.bin", "", data, digest(data)))
    engine.dispose()
    with mounted("-t", "tmpfs", "-o", "size=1m", source="tmpfs",
                 target=tmp_path / "disk") as disk:
        line = one_line(cli("export-documents", "--db", str(path), str(disk / "out")))
        assert "nothing was exported" in line and str(disk / "out") in line, line
        assert "No space left" in line or "full" in line, line
        assert os.listdir(disk) == [], "no half folder, no hidden partial file"
        line = one_line(cli("export-documents", "--db", str(path), str(disk / "a" / "b" / "c")))
        assert "nothing was exported" in line and os.listdir(disk) == [], "nor the folders"
        (disk / "mine").mkdir()  # a folder the officer made is kept, empty as it was
        line = one_line(cli("export-documents", "--db", str(path), str(disk / "mine")))
        assert os.listdir(disk / "mine") == []
