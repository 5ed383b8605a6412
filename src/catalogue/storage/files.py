"""Writing files so that a failure leaves nothing behind and pushes nothing good out.

Every file Catalogue makes (a new catalogue, a backup, a restored file) is built beside its
target under a temporary name, checked, and only then renamed into place.
"""

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_sqlite_files(path: Path) -> None:
    """Remove an SQLite file and the journal files beside it, where they exist."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def partial_name(target: Path, tag: str = "partial") -> Path:
    """The temporary name a file is built under beside `target` (no listing matches it)."""
    return target.with_name(f"{target.name}.{tag}")


@contextlib.contextmanager
def building(target: Path, tag: str = "partial") -> Iterator[Path]:
    """Yield a temporary path beside `target`; if the block fails, remove what it made.

    The block builds (and checks) the file; the caller renames it with `put_in_place`.
    """
    partial = partial_name(target, tag)
    remove_sqlite_files(partial)
    try:
        yield partial
    except BaseException:
        remove_sqlite_files(partial)
        raise


def put_in_place(partial: Path, target: Path, mode: int = 0o600) -> None:
    """Give the built file its mode and rename it over `target` in one step."""
    os.chmod(partial, mode)
    os.replace(partial, target)


def build_beside(target: Path, build: Callable[[Path], None], tag: str = "partial") -> None:
    """Build a file with `build(temporary_path)` and rename it to `target` once built."""
    with building(target, tag) as partial:
        build(partial)
        put_in_place(partial, target)
