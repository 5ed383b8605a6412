"""Backups: copies taken with SQLite's online backup API into `backups/` beside the file.

Consistent even while the app has the file open; the newest KEEP_BACKUPS are kept.
"""

import contextlib
import datetime
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

from catalogue.i18n import translate
from catalogue.kinds import KINDS
from catalogue.storage.checks import check_catalogue_file, inspect_file
from catalogue.storage.engine import connect
from catalogue.storage.errors import DamagedError, StoreError
from catalogue.storage.files import SQLITE_SIDE_FILES, building, put_in_place

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
DAILY = datetime.timedelta(days=1)
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
"""Backup file names: STEM-STAMP-REASON.db, so names sort by time."""


class Backup(NamedTuple):
    path: Path
    taken: datetime.datetime
    reason: str
    counts: dict[str, int]
    """Rows per table."""


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def _stamp() -> str:
    return datetime.datetime.now().strftime(BACKUP_STAMP)


def copy_database(source_path: Path, target: Path) -> None:
    """Copy a catalogue into a new single file (no WAL) with the online backup API."""
    source = connect(source_path, read_only=True)
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        copy.close()
        source.close()


def make_backup(path: Path, reason: str) -> Path:
    """Back the catalogue up into backups/ beside it; returns the backup's path."""
    folder = backup_folder(path)
    target = folder / f"{path.stem}-{_stamp()}-{reason}.db"
    try:
        folder.mkdir(exist_ok=True)
        with building(target) as partial:
            copy_database(path, partial)
            put_in_place(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(translate("Storage", "cannot back up {path}: {error}").format(
            path=path, error=error)) from None
    for old in list_backup_files(path)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backup_files(path: Path) -> list[Path]:
    """Backups of this catalogue, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.db"), key=lambda p: p.name, reverse=True)


def _counts(file: Path) -> dict[str, int]:
    connection = connect(file, read_only=True)
    try:
        return {info.table: connection.execute(f"SELECT count(*) FROM {info.table}"
                                               ).fetchone()[0] for info in KINDS.values()}
    finally:
        connection.close()


def list_backups(path: Path) -> list[Backup]:
    """Backups with their dates and record counts, newest first (unreadable ones skipped)."""
    found = []
    for file in list_backup_files(path):
        parts = file.stem[len(path.stem) + 1:].split("-", 3)
        try:
            taken = datetime.datetime.strptime("-".join(parts[:3]), BACKUP_STAMP)
            counts = _counts(file)
        except (ValueError, sqlite3.Error):
            continue
        found.append(Backup(file, taken, parts[3] if len(parts) > 3 else "", counts))
    return found


def newest_good_backup(path: Path) -> Path | None:
    for file in list_backup_files(path):
        with contextlib.suppress(StoreError):
            inspect_file(file)
            return file
    return None


def backup_if_due(path: Path) -> Path | None:
    """The daily backup: taken on open when the newest is more than a day old."""
    files = list_backup_files(path)
    if files:
        age = datetime.datetime.now().timestamp() - files[0].stat().st_mtime
        if age < DAILY.total_seconds():
            return None
    return make_backup(path, "daily")


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put a backup in the catalogue's place, after backing up what is there now.

    A damaged current file is kept byte for byte (copied, not read through SQLite), so a
    restore never loses anything. Returns the backup of the replaced file, if there was one.
    """
    check_catalogue_file(backup)
    saved: Path | None = None
    if path.exists():
        try:
            inspect_file(path)
            saved = make_backup(path, "before-restore")
        except DamagedError:
            saved = keep_damaged_copy(path)
    try:
        with building(path, "restoring") as partial:
            copy_database(backup, partial)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{path}{suffix}").unlink()
            put_in_place(partial, path)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(translate("Storage", "cannot restore {backup}: {error}").format(
            backup=backup, error=error)) from None
    return saved


def keep_damaged_copy(path: Path) -> Path:
    """Copy a damaged file (and its journal files) byte for byte into the backups folder."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{_stamp()}-damaged.db.keep"
    shutil.copy2(path, target)
    for suffix in SQLITE_SIDE_FILES[:2]:
        if Path(f"{path}{suffix}").exists():
            shutil.copy2(f"{path}{suffix}", f"{target}{suffix}")
    return target
