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
