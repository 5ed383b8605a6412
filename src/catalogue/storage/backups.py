"""Backups: copies taken with SQLite's online backup API into `backups/` beside the file.

Consistent even while the app has the file open. A backup is named STEM-STAMP-REASON.db
only once it has been copied under a temporary name and verified, and a catalogue's
backups are the files whose names parse as exactly that for its own stem: so plenary.db
never counts, rotates or offers plenary-archive.db's backups, and a failed or killed
backup never counts toward the KEEP_BACKUPS kept nor resets the daily clock.
"""

import contextlib
import datetime
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from catalogue.i18n import translate
from catalogue.kinds import KINDS
from catalogue.storage.checks import check_catalogue_file, inspect_file
from catalogue.storage.engine import connect
from catalogue.storage.errors import FULL_TEXT, StoreError, disk_full
from catalogue.storage.files import (
    SQLITE_SIDE_FILES,
    bounded,
    building,
    give_to_owner,
    journals_left_aside,
    journals_set_aside,
    put_in_place,
    remove_dead,
)
from catalogue.storage.location import real_path
from catalogue.storage.lock import WriterLock

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
DAILY = datetime.timedelta(days=1)
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
"""Backup file names: STEM-STAMP-REASON.db, so names sort by time."""
REASON = r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*"
"""Why a backup was taken: words of letters and digits, each starting with a letter, so
no reason can be mistaken for another catalogue's stamp."""
NAME = r"-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>" + REASON + r")\.db"
PREFIX_MOST_BYTES = 140
"""A backup's name is its prefix and at most 41 more bytes: within NAME_MOST_BYTES, so its
temporary name keeps the whole of it (and leftovers of killed backups can be recognised)."""


class Backup(NamedTuple):
    path: Path
    taken: datetime.datetime
    reason: str
    counts: dict[str, int]
    """Rows per table."""


def backup_folder(path: Path) -> Path:
    """Beside the real file, wherever a symlink to it lives."""
    return real_path(path).parent / BACKUP_FOLDER


def make_backup_folder(path: Path) -> Path:
    """The backups folder of the catalogue at `path`, made (0700, its owner's) if new;
    StoreError naming it when something else is in its place."""
    folder = backup_folder(path)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if not folder.is_dir():  # a file, or a link to nothing
            raise StoreError(translate("Storage", "{folder} is not a folder").format(
                folder=folder)) from None
    else:
        give_to_owner(folder, real_path(path))
    return folder


def _stamp() -> str:
    return datetime.datetime.now().strftime(BACKUP_STAMP)


def backup_prefix(path: Path) -> str:
    """What the names of `path`'s backups start with: its stem for a `.db` file
    (plenary.db -> plenary-...), else its whole name and ".catalogue" (plenary.old ->
    plenary.old.catalogue-...), so catalogues that share a stem never share backups;
    bounded in length, so a long name can still be backed up."""
    return bounded(path.stem if path.suffix == ".db" else f"{path.name}.catalogue",
                   PREFIX_MOST_BYTES)


def _parse(path: Path, name: str) -> tuple[datetime.datetime, str] | None:
    """When and why a backup of `path` was taken, from its name; None for any other file."""
    match = re.fullmatch(re.escape(backup_prefix(path)) + NAME, name)
    if match is None:
        return None
    try:
        return datetime.datetime.strptime(match["stamp"], BACKUP_STAMP), match["reason"]
    except ValueError:
        return None


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per record table; a table the file's revision does not have yet counts 0 (a
    file from before conferences)."""
    names = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {info.table: connection.execute(f"SELECT count(*) FROM {info.table}").fetchone()[0]
            if info.table in names else 0 for info in KINDS.values()}


COPY_STEP_PAGES = 1024
"""Pages copied between two calls of a copy's `checkpoint` (4 MB): Cancel is heard soon."""


def copy_database(source_path: Path, target: Path,
                  checkpoint: Callable[[], None] | None = None) -> None:
    """Copy a catalogue into an existing empty file as one self-contained file (no WAL),
    then verify the copy: SQLite's quick_check, and the same record counts as the
    catalogue had at the moment it was copied. `checkpoint()` is called between steps of
    the copy and may raise to stop it (the caller removes the partial file)."""
    source = connect(source_path, read_only=True)
    copy = sqlite3.connect(str(target))
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = table_counts(source)
        if checkpoint is None:
            source.backup(copy)
        else:
            source.backup(copy, pages=COPY_STEP_PAGES, progress=lambda *_: checkpoint())
            checkpoint()
        copy.execute("PRAGMA journal_mode=DELETE")
        verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok" or table_counts(copy) != expected:
            raise StoreError(translate("Storage", "the copy did not match the catalogue"))
    finally:
        copy.close()
        source.close()


def _why(error: BaseException) -> str:
    if isinstance(error, sqlite3.Error) and disk_full(error):
        return FULL_TEXT  # not "disk I/O error" when only its -shm did not fit
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def make_backup(path: Path, reason: str, checkpoint: Callable[[], None] | None = None,
                *, rotate: bool = True) -> Path:
    """Back the catalogue up into backups/ beside it; returns the backup's path. The oldest
    beyond KEEP_BACKUPS are removed only after the new one is verified and in place (with
    `rotate`; else by the caller's rotate_backups once it knows the new one stays).
    `checkpoint()` may raise while it copies (copy_database): then no backup is made and
    none removed."""
    if not re.fullmatch(REASON, reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    path = real_path(path)
    folder = backup_folder(path)
    target = folder / f"{backup_prefix(path)}-{_stamp()}-{reason}.db"
    try:
        make_backup_folder(path)
        remove_leftovers(path)
        with building(target) as partial:
            copy_database(path, partial, checkpoint)
            put_in_place(partial, target)
    except (OSError, sqlite3.Error, StoreError) as error:
        raise StoreError(translate("Storage", "cannot back up {path}: {error}").format(
            path=path, error=_why(error))) from None
    if rotate:
        rotate_backups(path, target)
    return target


def rotate_backups(path: Path, made: Path | None = None) -> None:
    """Remove the oldest backups of `path` beyond the KEEP_BACKUPS newest, by the times in
    their names; never `made`, the backup just taken: taken while the clock was behind the
    newest names (set back, reset to a past year) it sorted oldest and went the moment it
    was reported made (break5), so the others' oldest goes instead."""
    others = [file for file in list_backup_files(path) if file != made]
    for old in others[KEEP_BACKUPS - (made is not None):]:
        with contextlib.suppress(OSError):
            old.unlink()


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files of this catalogue's backups that were killed (one killed
    cannot clean up after itself; a live one holds its file's lock)."""
    folder = backup_folder(path)
    remove_dead(folder, re.compile(r"\." + re.escape(backup_prefix(path)) + NAME
                                   + r"\.[0-9a-f]{8}\.partial"))


def list_backup_files(path: Path, shared: Path | None = None) -> list[Path]:
    """Backups of this catalogue, newest first; with those named as `shared`'s (in the
    same folder: a server database's backups from before each had a name of its own,
    ServerAddress.shared_backup_path), which are listed but never rotated."""
    path = real_path(path)
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = [(parsed[0], folder / name) for name in os.listdir(folder)
             if (parsed := _parse_any(path, shared, name)) is not None
             and _plain_file(folder / name)]
    return [file for _, file in sorted(found, reverse=True)]


def _parse_any(path: Path, shared: Path | None, name: str
               ) -> tuple[datetime.datetime, str] | None:
    """`name` parsed as a backup of `path`, or else of `shared` (list_backup_files)."""
    parsed = _parse(path, name)
    return parsed if parsed is not None or shared is None else _parse(shared, name)


def _plain_file(path: Path) -> bool:
    """A regular file itself, not a link, pipe or device named like a backup (opening a
    pipe to count its records waited forever)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _counts(file: Path) -> dict[str, int]:
    connection = connect(file, read_only=True)
    try:
        return table_counts(connection)
    finally:
        connection.close()


def list_backups(path: Path, shared: Path | None = None) -> list[Backup]:
    """Backups with their dates and record counts, newest first (unreadable ones skipped);
    `shared` as list_backup_files's."""
    path = real_path(path)
    found = []
    for file in list_backup_files(path, shared):
        parsed = _parse_any(path, shared, file.name)
        try:
            counts = _counts(file)
        except sqlite3.Error:
            continue
        if parsed is not None:
            found.append(Backup(file, parsed[0], parsed[1], counts))
    return found


def newest_good_backup(path: Path) -> Path | None:
    for file in list_backup_files(path):
        with contextlib.suppress(StoreError):
            inspect_file(file)
            return file
    return None


def backup_if_due(path: Path) -> Path | None:
    """The daily backup: taken on open when the newest backup was taken more than a day
    ago, by the time in its name."""
    path = real_path(path)
    files = list_backup_files(path)
    parsed = _parse(path, files[0].name) if files else None
    if parsed is not None:
        age = datetime.datetime.now() - parsed[0]
        if datetime.timedelta(0) <= age < DAILY:
            return None
    return make_backup(path, "daily")


RESTORE_STEPS = 3
"""A file restore's steps for its progress (restore_backup's `checkpoint`)."""


def restore_backup(path: Path, backup: Path,
                   before_in_place: Callable[[Path], None] | None = None,
                   checkpoint: Callable[[int], None] | None = None) -> Path | None:
    """Put a backup in the catalogue's place, after backing up what is there now.

    The caller holds the writer's lock. A current file that is not a whole catalogue
    (damaged, emptied, written over) is kept byte for byte (copied, not read through
    SQLite), so a restore never loses anything. Its -wal is removed only once the restored
    file is in place (what a restore killed meanwhile left is settled by the next open or
    restore: finish_killed_restore). A "backup" that is the catalogue itself (by another
    name, a link) is refused, nothing changed. `before_in_place(copy)` may write to the
    backup's copy before it takes the catalogue's place (the history's word of the
    restore: in the file the moment it is restored, or the restore fails whole). Returns
    the backup of the replaced file, if there was one. `checkpoint(step)` is called while
    the backup is copied (step 1), once it is in the copy (2) and while the current file
    is backed up (3), and may raise (the window's Cancel) to stop: the catalogue and its
    backups are then exactly as they were, no file left (RESTORE_STEPS in all).
    """
    path = real_path(path)
    if path.exists() and backup.exists() and os.path.samefile(path, backup):
        raise StoreError(translate(
            "Storage", "cannot restore {backup}: it is the catalogue itself, not one of its "
            "backups; nothing was changed").format(backup=backup))
    check_catalogue_file(backup)
    finish_killed_restore(path, locked=True)
    saved: Path | None = None
    try:
        with building(path, "restoring") as partial:
            # copied before the current file is backed up: that backup rotates out the
            # oldest kept one, which may be the very backup being restored
            copy_database(backup, partial, None if checkpoint is None
                          else lambda: checkpoint(1))
            if before_in_place is not None:
                before_in_place(partial)
            if checkpoint is not None:
                checkpoint(2)
            if path.exists():
                try:
                    inspect_file(path)
                    # the last point Cancel is heard: once it is made, the restore ends
                    saved = make_backup(path, "before-restore", None if checkpoint is None
                                        else lambda: checkpoint(3))
                except StoreError:
                    saved = keep_damaged_copy(path)
            with journals_set_aside(path, partial):
                put_in_place(partial, path)
    except (OSError, sqlite3.Error, StoreError) as error:
        raise StoreError(translate("Storage", "cannot restore {backup}: {error}").format(
            backup=backup, error=_why(error))) from None
    return saved


def keep_damaged_copy(path: Path) -> Path:
    """Copy a damaged file (and its journal files) byte for byte into the backups folder."""
    folder = make_backup_folder(path)
    target = folder / f"{backup_prefix(path)}-{_stamp()}-damaged.db.keep"
    for suffix in ("", *SQLITE_SIDE_FILES[:2]):
        if os.path.exists(f"{path}{suffix}"):
            copy = Path(f"{target}{suffix}")
            with building(copy) as partial:
                with open(f"{path}{suffix}", "rb") as source, open(partial, "wb") as kept:
                    shutil.copyfileobj(source, kept)
                put_in_place(partial, copy)
    return target


_notices: list[str] = []


def take_notices() -> list[str]:
    """What storage did on its own that the officer should hear of (a killed restore
    finished), each one line, since the last call; the CLI prints them, the window shows
    them."""
    told = _notices[:]
    del _notices[:]
    return told


def finish_killed_restore(path: Path, *, locked: bool = False) -> None:
    """Settle what a restore killed between setting the catalogue's journals aside and
    putting the restored file in place left (journals_left_aside), under the writer's lock
    (`locked`: the caller holds it; else taken here, and nothing is done while a live
    writer holds it, which may be that restore). One notice says what was done."""
    path = real_path(path)
    try:  # a quick look first: this runs on every open (a restore killed before it set
        # the journals aside left only its half-built copy, as big as the catalogue)
        if not any(name.endswith((".aside", ".restoring")) for name in os.listdir(path.parent)):
            return
    except OSError:
        return
    if locked:
        back, removed = journals_left_aside(path)
    else:
        try:
            with WriterLock(path, "Catalogue (finishing a restore)"):
                back, removed = journals_left_aside(path)
        except StoreError:
            return
    remove_dead(path.parent, re.compile(re.escape(f".{bounded(path.name)}.")
                                        + r"[0-9a-f]{8}\.restoring"))
    remove_leftovers(path)  # its before-restore backup, if it was killed making it
    if back:
        _notices.append(translate(
            "Storage", "{path}: a restore was stopped before it put the backup in place; the "
            "catalogue is as it was, its latest changes put back").format(path=path))
    elif removed:
        _notices.append(translate(
            "Storage", "{path}: a restore was stopped just after putting the backup in place; "
            "it is finished now (the catalogue as it was is its newest before-restore backup)"
            ).format(path=path))
