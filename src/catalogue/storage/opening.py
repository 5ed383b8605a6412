"""Opening a catalogue: created if new, upgraded (after a backup) if older, refused with a
clear message if damaged, foreign or newer; checked before a byte is written to it."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from catalogue.i18n import translate
from catalogue.storage.backups import finish_killed_restore, make_backup, rotate_backups
from catalogue.storage.checks import (
    check_catalogue_file,
    check_integrity,
    open_to_inspect,
    read_only_reason,
)
from catalogue.storage.engine import make_engine
from catalogue.storage.errors import StoreError, disk_full, size_text
from catalogue.storage.location import real_path
from catalogue.storage.lock import WriterLock
from catalogue.storage.schema import SCHEMA_HEAD, upgrade

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

Creator = Callable[[Path], None]
"""Makes a new catalogue at a path that does not exist yet (workflows.create_catalogue)."""


def prepare(path: Path, *, create: Creator | None = None, read_only: bool = False,
            check_later: bool = False, lock: WriterLock | None = None) -> bool:
    """Everything opening does but making the engine (so the window can show first).

    A missing file is made by `create`, or refused when it is None. With `check_later`, a
    current-format file skips the quick_check, and the answer is True: the caller must run
    check_integrity before changing anything. A file that needs an upgrade is always
    checked first, because nothing is upgraded until it is known whole, and is backed up
    and upgraded under the writer's lock (the caller's `lock`, else one taken for it).
    """
    path = real_path(path)
    if not path.exists():
        if create is None:
            raise StoreError(translate("Storage", "{path} does not exist").format(path=path))
        create(path)
    finish_killed_restore(path, locked=lock is not None and lock.held)
    # quick_check reads the whole file: once only, now or (check_later) after the window
    revision = check_catalogue_file(path, thorough=not check_later)
    if revision == SCHEMA_HEAD:
        return check_later
    if check_later:
        check_integrity(path)
    reason = read_only or read_only_reason(path)
    if reason:
        raise StoreError(translate(
            "Storage", "{path} needs an upgrade to this version's format but cannot be "
            "written ({reason})").format(path=path, reason=reason))
    held = lock is not None and lock.held
    with contextlib.nullcontext() if held else WriterLock(path, "Catalogue (upgrading)"):
        if check_catalogue_file(path, thorough=False) != SCHEMA_HEAD:  # nobody did meanwhile
            _back_up_and_upgrade(path)
    return False


def _back_up_and_upgrade(path: Path) -> None:
    """The before-upgrade backup, then the upgrade (one transaction). A full disk on the
    way is said as such, with the room there is and about how much is needed; the
    catalogue is as it was (the upgrade rolled back), so the backup just made of it is
    taken back too, leaving the space as it was for the next try. The oldest kept backup
    is pushed out only once the upgrade is done (or failed otherwise, its backup kept):
    pushed out for a backup then taken back, it was lost for nothing."""
    size = path.stat().st_size
    backup: Path | None = None
    try:
        backup = make_backup(path, "before-upgrade", rotate=False)
        upgrade(path)
    except Exception as error:
        if not disk_full(error):
            if backup is not None:
                rotate_backups(path, backup)
            raise
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
        try:
            free = size_text(shutil.disk_usage(path.parent).free)
        except OSError:
            free = "?"
        raise StoreError(translate(
            "Storage", "cannot upgrade {path} to this version's format: the disk is full "
            "({free} free in {folder}; the upgrade needs about {needed}: a backup of the "
            "catalogue and room to rewrite it); nothing was changed: free some space and "
            "open it again").format(path=path, free=free, folder=path.parent,
                                    needed=size_text(2 * size))) from None
    rotate_backups(path, backup)


def open_engine(path: Path, *, create: Creator | None = None, read_only: bool = False,
                lock: WriterLock | None = None) -> Engine:
    """Prepare the catalogue at `path` and make its engine."""
    prepare(path, create=create, read_only=read_only, lock=lock)
    return make_engine(real_path(path), read_only=read_only)


def open_to_read(path: Path, *, create: Creator | None = None) -> sqlite3.Connection:
    """A read-only sqlite3 connection for commands that only read (export), after the same
    checks as opening but the whole-file quick_check: a read that meets damage fails on the
    damaged page, and the caller names the file as damaged (read_failed)."""
    prepare(path, create=create, check_later=True)
    return open_to_inspect(real_path(path))
