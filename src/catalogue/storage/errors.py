"""What storage refuses with: one line for a person, plus what a caller needs to act on it."""

from pathlib import Path


class StoreError(Exception):
    """The database cannot be used; the message is one line for a person."""


class DamagedError(StoreError):
    """The file is damaged. It is left exactly as it is; `newest_backup` may restore it."""

    def __init__(self, message: str, path: Path, newest_backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


class LockedError(StoreError):
    """Another window or command is writing to this catalogue."""

    def __init__(self, message: str, holder: dict[str, str]) -> None:
        super().__init__(message)
        self.holder = holder


SQLITE_FULL = 13  # SQLite's primary result code for "database or disk is full"
SQLITE_IOERR_SHMSIZE = 4874
"""SQLite could not grow a WAL file's index (-shm) beside it: on a full disk, its
"disk I/O error" when the file itself still fitted (break4)."""
FULL_TEXT = "database or disk is full"
"""What SQLite says for SQLITE_FULL, said for any full disk it met."""


def disk_full(error: BaseException) -> bool:
    """Whether `error`, or what it wraps (a driver's error, a StoreError raised while
    handling one), is a full disk or an exhausted quota, so it can be said plainly."""
    import errno
    import sqlite3

    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(current, sqlite3.Error) and getattr(
                current, "sqlite_errorcode", None) in (SQLITE_FULL, SQLITE_IOERR_SHMSIZE):
            return True
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None,
                    current.__cause__, current.__context__]
    return False


def size_text(size: int) -> str:
    """1,234,567 -> "1.2 MB" (decimal units, as file managers show them)."""
    if size < 1000:
        return f"{size} B"
    value = size / 1000
    for unit in ("kB", "MB", "GB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"
