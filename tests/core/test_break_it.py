"""Defects an adversarial pass found in storage, each shown with real files, real
subprocesses of the `catalogue` command and, where it needs root, a user without
privileges; each test failed before its fix."""

import fcntl
import hashlib
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from catalogue.storage import list_backup_files, make_backup
from catalogue.storage.engine import connect
from catalogue.workflows import create_catalogue

SEED_MEASURES = 35


def run(*args: str, user: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("CATALOGUE_DB", None)
    return subprocess.run([*user, sys.executable, "-m", "catalogue", *args],
                          capture_output=True, text=True, env=env, timeout=180)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr.strip()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marked(path: Path) -> int:
    """How many measures carry the edit `mark` made."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT count(*) FROM measure WHERE text = 'MARKED'").fetchone()[0]
    finally:
        connection.close()


def mark(path: Path) -> None:
    connection = connect(path)  # with catalogue_fold, which the search index's triggers call
    try:
        connection.execute(
            "UPDATE measure SET text = 'MARKED' WHERE id = (SELECT min(id) FROM measure)")
        connection.commit()
    finally:
        connection.close()



@pytest.fixture
def catalogue(tmp_path: Path, seed_file: Path) -> Path:
    path = tmp_path / "plenary.db"
    shutil.copy(seed_file, path)
    return path


# -- restoring the oldest of the ten kept backups ---------------------------------------------


@pytest.mark.slow
def test_restoring_the_oldest_kept_backup_restores_it(catalogue):
    """Before: the backup taken before the restore rotated the chosen (oldest) backup away,
    then the restore failed with 'unable to open database file': the backup was gone."""
    mark(catalogue)
    backups = [make_backup(catalogue, "manual") for _ in range(10)]
    oldest = backups[0]
    assert list_backup_files(catalogue)[-1] == oldest
    connection = connect(catalogue)
    connection.execute("UPDATE measure SET text = 'LATER' WHERE text = 'MARKED'")
    connection.commit()
    connection.close()
    result = run("restore", "--db", str(catalogue), oldest.name)
    assert result.returncode == 0, result.stderr
    assert marked(catalogue) == 1, "the chosen backup was put in place"


# -- export never writes its CSV over a database ---------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("target", ["itself", "link", "backup", "other"])
def test_export_never_writes_over_a_database(catalogue, tmp_path, target):
    """Before: `catalogue export --db plenary.db plenary.db` replaced the catalogue with
    its CSV and exited 0; a backup or another catalogue named as the output went too."""
    if target == "itself":
        out = catalogue
    elif target == "link":
        out = tmp_path / "link.db"
        out.symlink_to(catalogue)
    elif target == "backup":
        out = make_backup(catalogue, "manual")
    else:
        out = tmp_path / "other.db"
        shutil.copy(catalogue, out)
    kept = {path: digest(path) for path in (catalogue, out.resolve())}
    message = one_line(run("export", "--db", str(catalogue), str(out)))
    assert "database" in message, message
    assert {path: digest(path) for path in kept} == kept
    assert out.is_symlink() == (target == "link")


# -- root working on somebody else's catalogue --------------------------------------------------


def _nobody() -> tuple[str, ...]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as another user")
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' on this machine")
    nobody = ("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups")
    if subprocess.run([*nobody, sys.executable, "-c", "pass"], capture_output=True,
                      timeout=60).returncode != 0:  # e.g. a Python installed in root's home
        pytest.skip(f"'nobody' cannot run {sys.executable} (its folders are private)")
    return nobody


@pytest.mark.slow
def test_root_never_takes_a_catalogue_away_from_its_owner(seed_text):
    """Before: `sudo catalogue restore` (or import --replace, backup) left the catalogue,
    its lock and its backups folder owned by root and private to root: its owner could
    no longer open, lock or back up their own catalogue."""
    nobody = _nobody()
    top = Path(tempfile.mkdtemp(prefix="catalogue-owner-"))  # tmp_path is root's only
    try:
        os.chmod(top, 0o755)
        folder = top / "home"
        folder.mkdir()
        shutil.chown(folder, "nobody", "nogroup")
        release = top / "release.txt"
        release.write_text(seed_text, encoding="utf-8")
        os.chmod(release, 0o644)
        _root_then_owner(folder / "plenary.db", release, nobody)
    finally:
        shutil.rmtree(top)


def _root_then_owner(path: Path, release: Path, nobody: tuple[str, ...]) -> None:
    folder = path.parent
    result = run("export", "--db", str(path), os.devnull, user=nobody)
    assert result.returncode == 0, result.stderr
    owner = os.stat(path).st_uid
    assert owner != 0
    assert run("backup", "--db", str(path)).returncode == 0
    backup = list_backup_files(path)[0]
    for args in (("import", "--replace", str(release)), ("restore", backup.name)):
        result = run(*args, "--db", str(path))
        assert result.returncode == 0, result.stderr
    made = [path, path.with_name("plenary.db.lock"), folder / "backups",
            *(folder / "backups").iterdir()]
    assert {str(file): os.stat(file).st_uid for file in made} == dict.fromkeys(
        map(str, made), owner)
    for args in (("import", "--replace", str(release)), ("backup",), ("restore", backup.name)):
        result = run(*args, "--db", str(path), user=nobody)
        assert result.returncode == 0, result.stderr


# -- the lock's message when its holder has not named itself yet -----------------------------


@pytest.mark.slow
def test_a_lock_whose_holder_is_unknown_is_said_plainly(catalogue, tmp_path, seed_text):
    """Before: 'plenary.db is being changed by ? (user ?, process ? on ?, since ?)' while
    the holder had not yet written (or had lost) its side file."""
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    handle = os.open(f"{catalogue}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        for holder in (None, "garbage", "[1, 2]"):
            if holder is not None:
                Path(f"{catalogue}.holder").write_text(holder, encoding="utf-8")
            message = one_line(run("import", "--replace", "--db", str(catalogue),
                                   str(release)))
            assert "being changed" in message and "?" not in message, message
    finally:
        os.close(handle)
    assert marked(catalogue) == 0


# -- a backups "folder" that is not a folder ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("what", ["file", "dangling link"])
def test_a_backups_folder_that_is_not_one_is_named(catalogue, what):
    """Before: 'cannot back up .../plenary.db: File exists', which does not say what is
    in the way."""
    backups = catalogue.with_name("backups")
    if what == "file":
        backups.write_text("not a folder", encoding="utf-8")
    else:
        backups.symlink_to(catalogue.with_name("gone"))
    message = one_line(run("backup", "--db", str(catalogue)))
    assert str(backups) in message and "not a folder" in message, message


def test_catalogues_that_share_a_stem_never_share_backups(tmp_path, seed_file):
    """plenary.db and plenary.old in one folder: each sees only its own backups (working
    on one used to push the other's out of the ten kept, and offer them to it)."""
    plenary = tmp_path / "plenary.db"
    old = tmp_path / "plenary.old"
    for path in (plenary, old):
        shutil.copy(seed_file, path)
    mine = make_backup(plenary, "manual")
    for _ in range(11):
        make_backup(old, "daily")
    assert list_backup_files(plenary) == [mine]
    assert len(list_backup_files(old)) == 10
    assert mine not in list_backup_files(old)


@pytest.mark.parametrize("length", [200, 240, 250])
def test_a_catalogue_with_a_long_name_is_created_backed_up_and_restored(tmp_path, length):
    """A name near the 255 bytes file systems allow: temporary and backup names used to be
    longer than that ("File name too long")."""
    path = tmp_path / ("p" * (length - 3) + ".db")
    create_catalogue(path)
    backup = make_backup(path, "before-restore")
    assert len(backup.name.encode()) <= 255 and list_backup_files(path) == [backup]
    result = run("restore", "--db", str(path), backup.name)
    assert result.returncode == 0, result.stderr
    assert len(list_backup_files(path)) == 2
