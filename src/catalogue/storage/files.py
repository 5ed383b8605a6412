"""Writing files so that a failure leaves nothing behind and pushes nothing good out.

Every file Catalogue makes (a new catalogue, a backup, a restored file) is built beside its
target under a temporary name of its own, readable by the user only from its first byte,
checked, and only then renamed into place.
"""

import contextlib
import errno
import hashlib
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from catalogue.storage.oslock import lock, try_lock

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_sqlite_files(path: Path) -> None:
    """Remove an SQLite file and the journal files beside it, where they exist."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


NAME_MOST_BYTES = 200
"""Temporary names keep at most this much of their target's name, so they stay within the
255 bytes file systems allow however long it is."""


def bounded(name: str, most: int = NAME_MOST_BYTES) -> str:
    """`name`, or when longer than `most` bytes its start and a hash of the whole (so two
    long names that start alike still differ). Measured as the file system stores it
    (os.fsencode), so names that are not valid UTF-8 work too."""
    raw = os.fsencode(name)
    if len(raw) <= most:
        return name
    digest = hashlib.sha1(raw).hexdigest()[:10]
    start = raw[:most - 11].decode(errors="ignore")  # whole characters only
    return f"{start}~{digest}"


def partial_name(target: Path, tag: str = "partial") -> Path:
    """A hidden name beside `target` that no other process uses and no listing matches."""
    return target.with_name(f".{bounded(target.name)}.{os.urandom(4).hex()}.{tag}")


def create_private(path: Path) -> int:
    """Create a new file readable by the user only (0600 from the start, never chmod-ed
    after its contents are written); an open descriptor to it."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                   0o600)


def give_to_owner(file: int | Path, like: Path) -> None:
    """Root making a file for a catalogue it does not own (`sudo catalogue restore`) gives
    it to the owner of `like` (the catalogue, else its folder), as SQLite does with the
    journal files it makes: the owner must still be able to open, lock and back up their
    own catalogue. Nothing for anyone else, nor for files of root's own."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    with contextlib.suppress(OSError):
        owner = os.stat(like)
        if owner.st_uid != 0 or owner.st_gid != 0:
            if isinstance(file, int):
                os.fchown(file, owner.st_uid, owner.st_gid)
            else:
                os.chown(file, owner.st_uid, owner.st_gid, follow_symlinks=False)


@contextlib.contextmanager
def building(target: Path, tag: str = "partial") -> Iterator[Path]:
    """Yield a new, empty, private file beside `target`; whatever is left of it when the
    block ends (it failed, or another process placed its file first) is removed.

    The block builds (and checks) the file; the caller moves it with `put_in_place`.
    SQLite gives the journal files it makes the database file's mode, so they are
    private too. The builder holds the file's lock until the block ends (or the process
    does), so a later build of the same target can tell a killed builder's file, and
    remove it, from a live one's (`remove_dead`).
    """
    remove_dead(target.parent, re.compile(re.escape(f".{bounded(target.name)}.")
                                          + r"[0-9a-f]{8}\." + re.escape(tag)))
    while True:
        partial = partial_name(target, tag)
        handle = _claimed(partial, target if target.exists() else target.parent)
        if handle is not None:
            break
    if not LOCKS_WHILE_BUILDING:
        os.close(handle)
    try:
        yield partial
    finally:
        remove_sqlite_files(partial)
        if LOCKS_WHILE_BUILDING:
            os.close(handle)


LOCKS_WHILE_BUILDING = sys.platform != "win32"
"""Files being built are locked by their builder (POSIX advisory locks; on Windows a lock
would stop SQLite writing the file, and an open file cannot be renamed)."""
UNLOCKED_DEAD_AFTER_SECONDS = 24 * 3600
"""Where builders cannot lock their files (Windows): a partial file a day old is dead."""


def _claimed(path: Path, like: Path | None = None, *, always: bool = False) -> int | None:
    """A new private file at `path` (given to the owner of `like`, if any), open and
    claimed (`always`: locked on every system, see `claim`); None when a cleaner took it
    for a dead maker's before we locked it (take another name then)."""
    handle = create_private(path)
    try:
        if like is not None:
            give_to_owner(handle, like)
        if claim(path, handle, always=always):
            return handle
    except BaseException:
        os.close(handle)
        raise
    os.close(handle)
    return None


def claim(path: Path | str, handle: int, *, always: bool = False) -> bool:
    """Lock the new file open as `handle` for as long as it is open (waiting only while a
    cleaner holds it, a moment) and check that `path` still names it: False when a
    cleaner took it meanwhile for a dead builder's (take another name then). A partial
    file is locked only where locks stop nobody else (LOCKS_WHILE_BUILDING); `always`
    locks on every system (a scratch folder's claim, which nothing ever writes)."""
    if not (LOCKS_WHILE_BUILDING or always):
        return True
    lock(handle)
    return _still_named(path, handle)


def names(path: Path | str, handle: int) -> bool:
    """Whether `path` still names the file open as `handle`."""
    try:
        named, opened = os.stat(path, follow_symlinks=False), os.fstat(handle)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def remove_dead(folder: Path, pattern: re.Pattern[str], *,
                unlocked_after: float | None = UNLOCKED_DEAD_AFTER_SECONDS,
                held: Callable[[Path], Path] = lambda path: path,
                remove: Callable[[Path], None] = remove_sqlite_files) -> None:
    """Remove the partial files in `folder` (names matching `pattern`, and their SQLite
    journal files) whose builder was killed (kill -9, a power cut): a live builder holds
    its file's lock, so one whose lock can be taken has none any more. The system let go
    of the lock when the builder ended: nothing guesses. Where there are no such locks,
    only files older than `unlocked_after` seconds go (None: none do). `held` names the
    file whose lock tells for an entry (a scratch folder's: `scratch_folder`), `remove`
    removes a dead one."""
    try:
        with os.scandir(folder) as entries:
            found = [entry.name for entry in entries if pattern.fullmatch(entry.name)]
    except OSError:
        return  # the build itself will say what is wrong with the folder
    for name in found:
        path = folder / name
        lock_file = held(path)
        try:
            handle = os.open(lock_file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                             | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue  # another user's, or not made yet
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                continue
            if LOCKS_WHILE_BUILDING:
                dead = try_lock(handle) and names(lock_file, handle)
            else:
                dead = unlocked_after is not None and (
                    time.time() - os.fstat(handle).st_mtime > unlocked_after)
            if dead:
                remove(path)
        except OSError:
            pass  # not ours to remove
        finally:
            os.close(handle)


HELD = "held"
"""The file inside a scratch folder made by the previous version (8d5a20e) whose lock its
maker held while it worked in it; folders made so are still removed when dead."""
CLAIM = ".held"
"""A scratch folder's claim: the file `<name>.held` BESIDE the folder `<name>`, made and
locked before the folder exists and removed only after the folder is gone. So a folder
without its claim is never a live maker's, and a claim whose lock can be taken is a dead
one's: nothing is guessed at either edge of a folder's life (break7; with `held` inside, a
maker killed before it existed or after it went left a folder no sweep could tell from
one being made)."""
SCRATCH_LOCKS = True
"""Claims are locked on every system: nothing ever writes one, so on Windows too (where
`msvcrt.locking` is mandatory) the lock stops nothing but another taker of the lock."""
SCRATCH_RANDOM_BYTES = 8
"""A claimed folder's name is its prefix and this many random bytes in hex (16 digits),
never the 8 characters of mkdtemp's names, so the older folders are told by their name."""


def _ours(status: os.stat_result) -> bool:
    """Whether a file is this user's (where there are users: not on Windows, whose
    temporary folder is the user's own anyway)."""
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()


def _still_named(path: Path | str, handle: int) -> bool:
    """Whether `path` still names the open `handle`. On Windows an open file cannot be
    removed or renamed by anyone (Python opens without FILE_SHARE_DELETE), so it does."""
    return sys.platform == "win32" or names(path, handle)


def _let_go(path: Path, handle: int) -> None:
    """Remove a claim and let go of its lock; never raises. On POSIX the file goes while
    still locked (a sweeper that opened it before then finds it no longer named); on
    Windows an open file cannot be removed, so it is closed first (a sweeper taking the
    lock in between finds the folder gone and removes the claim itself)."""
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(path)
        return
    with contextlib.suppress(OSError):
        os.unlink(path)
    with contextlib.suppress(OSError):
        os.close(handle)


def _remove_scratch(folder: Path) -> None:
    """Remove a scratch folder: all in it but HELD, then HELD, then the folder, so a maker
    of the previous version killed meanwhile leaves at most an empty folder, never a copy
    of a catalogue without the file whose lock tells (break6). A symbolic link is never
    followed: one planted in place of a folder is not emptied. Never raises: a folder
    planted deep enough to exhaust the recursion of rmtree (RecursionError, not an
    OSError) stopped every restore."""
    import shutil

    with contextlib.suppress(Exception):
        if not stat.S_ISDIR(folder.lstat().st_mode):
            return
        for child in folder.iterdir():
            if child.name == HELD:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        (folder / HELD).unlink(missing_ok=True)
        folder.rmdir()


def _remove_dead_folder(folder: Path) -> None:
    """A dead maker's scratch folder, if it is this user's and a folder (a symbolic link
    planted in its place is not followed): another user's, planted in a shared temporary
    folder, is not ours to remove (not even for root)."""
    with contextlib.suppress(OSError):
        status = folder.lstat()
        if stat.S_ISDIR(status.st_mode) and _ours(status):
            _remove_scratch(folder)


def _sweep_claimed(folder: Path, claim_path: Path) -> None:
    """Remove `folder` and its claim when the claim's lock can be taken (its maker is
    dead: the system let go of the lock), the claim still named and this user's."""
    try:
        handle = os.open(claim_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return  # another user's, a link, or gone meanwhile
    try:
        status = os.fstat(handle)
        if not (stat.S_ISREG(status.st_mode) and _ours(status) and try_lock(handle)
                and _still_named(claim_path, handle)):
            os.close(handle)
            return
    except BaseException:
        os.close(handle)
        raise
    _remove_dead_folder(folder)  # the folder before its claim, as its maker does
    _let_go(claim_path, handle)


def _sweep_unclaimed(folder: Path, claim_path: Path) -> None:
    """Remove a folder whose claim is gone (its maker was killed after removing neither,
    or between the two): a live maker made its claim before the folder and removes it
    after, so none is using it. The sweeper claims the name while it removes the folder,
    so that no other sweeper or maker takes it meanwhile; a claim there already (a maker,
    a sweeper) leaves it alone."""
    try:
        status = folder.lstat()
        if not (stat.S_ISDIR(status.st_mode) and _ours(status)):
            return
        handle = _claimed(claim_path, always=True)
    except OSError:
        return
    if handle is None:
        return
    _remove_dead_folder(folder)
    _let_go(claim_path, handle)


def sweep_scratch(root: Path, prefix: str) -> None:
    """Remove the scratch folders in `root` whose maker is dead, by the locks the system
    holds for live ones: claimed ones (`CLAIM`), and those of the previous version
    (`HELD` inside, whose lock can be taken). Never raises, so nothing left in a
    temporary folder can stop the work that sweeps it."""
    claimed = re.compile(re.escape(prefix) + f"[0-9a-f]{{{2 * SCRATCH_RANDOM_BYTES}}}")
    try:
        found = set(os.listdir(root))
    except OSError:
        return
    for name in sorted(found):
        with contextlib.suppress(Exception):
            if name.endswith(CLAIM) and claimed.fullmatch(name[:-len(CLAIM)]):
                _sweep_claimed(root / name[:-len(CLAIM)], root / name)
            elif claimed.fullmatch(name) and name + CLAIM not in found:
                _sweep_unclaimed(root / name, root / (name + CLAIM))
    with contextlib.suppress(Exception):
        remove_dead(root, re.compile(
            re.escape(prefix) + f"(?![0-9a-f]{{{2 * SCRATCH_RANDOM_BYTES}}}"
            + f"(?:{re.escape(CLAIM)})?$)" + r"[\w.-]+"),
            unlocked_after=None, held=lambda folder: folder / HELD,
            remove=lambda folder: _remove_previous(folder, prefix))


def _claim_of(folder: Path) -> Path:
    return folder.with_name(folder.name + CLAIM)


def _claim_new_name(root: Path, prefix: str) -> tuple[Path, int]:
    """A new scratch folder's name in `root` (the folder not made) and its claim's open,
    locked handle."""
    while True:
        folder = root / f"{prefix}{os.urandom(SCRATCH_RANDOM_BYTES).hex()}"
        try:
            handle = _claimed(_claim_of(folder), always=True)
        except FileExistsError:
            continue
        if handle is not None:  # else a sweeper took it for a dead one's: another name
            return folder, handle


def _new_scratch(root: Path, prefix: str) -> tuple[Path, int]:
    """A new private folder in `root` and its claim's open, locked handle; the claim is
    made first, so the folder never exists without it."""
    while True:
        folder, handle = _claim_new_name(root, prefix)
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:  # planted, or a dead one the next sweep removes
            _let_go(_claim_of(folder), handle)
            continue
        except BaseException:
            _let_go(_claim_of(folder), handle)
            raise
        return folder, handle


def _remove_previous(folder: Path, prefix: str) -> None:
    """A dead maker's folder of the previous version (HELD inside, its lock taken by the
    caller), if this user's: moved first to a new name claimed as a scratch folder's, so a
    sweeper killed while removing it leaves a claimed folder the next sweep removes, not
    one emptied of its HELD that no sweep could tell from one being made."""
    with contextlib.suppress(OSError):
        status = folder.lstat()
        if not (stat.S_ISDIR(status.st_mode) and _ours(status)):
            return
        moved, handle = _claim_new_name(folder.parent, prefix)
        try:
            if os.path.lexists(moved):  # planted: a rename would replace an empty folder
                raise FileExistsError(moved)
            os.rename(folder, moved)
        except OSError:
            _let_go(_claim_of(moved), handle)
            _remove_scratch(folder)  # in place, as the previous version did
            return
        _remove_scratch(moved)
        _let_go(_claim_of(moved), handle)


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A new private folder in the temporary folder, removed with everything in it when
    the block ends. Its maker holds the lock of its claim (`CLAIM`, beside it) from before
    the folder exists until after it is gone, so a maker killed at any moment (kill -9, a
    power cut) leaves a folder and claim the next maker removes, and never a live one's: a
    restore killed so left its copy of a whole catalogue behind for good (break5), and an
    empty folder at either edge of its life (break6)."""
    import tempfile

    root = Path(tempfile.gettempdir())
    sweep_scratch(root, prefix)
    folder, handle = _new_scratch(root, prefix)
    try:
        yield folder
    finally:
        _remove_scratch(folder)  # its claim still held: no sweeper is in it meanwhile
        _let_go(_claim_of(folder), handle)


def remove_own(path: Path) -> None:
    """Remove a dead builder's SQLite file and its journal files if it is this user's
    (another user's, in a shared temporary folder, is not ours to remove) and not a
    symbolic link: the journals first, so a remover killed meanwhile leaves the file
    whose lock tells, never a journal nothing names as dead."""
    with contextlib.suppress(OSError):
        status = path.lstat()
        if stat.S_ISREG(status.st_mode) and _ours(status):
            for suffix in SQLITE_SIDE_FILES:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{path}{suffix}")
            os.remove(path)


def put_in_place(partial: Path, target: Path, *, replace: bool = True) -> bool:
    """Rename the built file to `target` in one step. With `replace=False` a file already
    at `target` wins (another process placed its own first): False, and nothing moved."""
    if replace:
        os.replace(partial, target)
        return True
    try:
        os.link(partial, target)  # fails when the target exists: check and place at once
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links (FAT, some network drives)
        if target.exists():
            return False
        os.rename(partial, target)
        return True
    os.remove(partial)
    return True


@contextlib.contextmanager
def journals_set_aside(path: Path, replacement: Path) -> Iterator[None]:
    """Move the -wal and -shm of `path` aside for the block, which replaces the file with
    `replacement`: put back if the block fails (committed edits may live only in the
    -wal), removed once it has succeeded. Each aside name records the file (inode) its
    journal belongs to and the one replacing it, so when the process is killed inside the
    block the next writer can tell by the facts on disk which file is in place
    (`journals_left_aside`)."""
    try:
        belongs = os.stat(path).st_ino
    except FileNotFoundError:  # a catalogue gone, its journals maybe not
        belongs = 0
    replacing = os.stat(replacement).st_ino
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in SQLITE_SIDE_FILES[:2]:
            side = Path(f"{path}{suffix}")
            if side.exists():
                aside = partial_name(side, f"{belongs}-{replacing}.aside")
                os.replace(side, aside)
                moved.append((aside, side))
        yield
    except BaseException:
        for aside, side in reversed(moved):
            os.replace(aside, side)
        raise
    for aside, _ in moved:
        with contextlib.suppress(OSError):
            os.remove(aside)


ASIDE = r"[0-9a-f]{8}\.(?P<belongs>\d+)-(?P<replacing>\d+)\.aside"


def journals_left_aside(path: Path) -> tuple[int, int]:
    """Settle the journals a replacement of `path` killed inside `journals_set_aside` left
    aside; the caller holds the writer's lock, so no replacement is running. Journals of
    the file still at `path` (killed before the rename) are put back where nothing has
    taken their place (an -shm, only an index SQLite rebuilds, is removed); journals of the
    file that was replaced (killed after the rename) are removed, since a journal never
    fits another file and the replaced file was backed up whole before the rename. Any
    other (neither file is at `path`) is left alone. Returns how many -wal files were put
    back and how many removed."""
    try:
        current = os.stat(path).st_ino
        names = os.listdir(path.parent)
    except OSError:
        return 0, 0
    put_back = removed = 0
    for suffix in SQLITE_SIDE_FILES[:2]:
        side = Path(f"{path}{suffix}")
        pattern = re.compile(re.escape(f".{bounded(side.name)}.") + ASIDE)
        for name in names:
            match = pattern.fullmatch(name)
            if match is None:
                continue
            aside = path.parent / name
            with contextlib.suppress(OSError):
                if int(match["belongs"]) == current and suffix == "-wal":
                    if not side.exists() or os.path.getsize(side) == 0:
                        os.replace(aside, side)
                        put_back += 1
                elif current in (int(match["belongs"]), int(match["replacing"])):
                    os.remove(aside)  # an -shm is only an index, rebuilt from the -wal
                    removed += suffix == "-wal"
    return put_back, removed


def build_beside(target: Path, build: Callable[[Path], None], tag: str = "partial") -> None:
    """Build a file with `build(temporary_path)` and rename it to `target` once built."""
    with building(target, tag) as partial:
        build(partial)
        put_in_place(partial, target)


def write_verified(target: Path, data: bytes, *, replace: bool = True) -> bool:
    """Write `data` as the file `target`: built beside it under a temporary name, synced,
    read back and compared (SHA-256), then renamed into place, so a failure leaves the
    target as it was. With `replace=False` a file already at `target` is never written
    over: False, and nothing written (the caller picks another name)."""
    with building(target) as partial:
        with open(partial, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if hashlib.sha256(partial.read_bytes()).digest() != hashlib.sha256(data).digest():
            raise OSError(errno.EIO, "the file written differs from the data", str(target))
        return put_in_place(partial, target, replace=replace)
