"""The operating system's file locks, the one way Catalogue knows whether another process
still holds something: the system lets go when the process ends, however it ends."""

import sys

if sys.platform == "win32":
    import msvcrt

    def try_lock(handle: int) -> bool:
        """Lock the open file `handle` without waiting; False when another holds it."""
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def lock(handle: int) -> None:
        """Lock the open file `handle`, waiting while another holds it."""
        msvcrt.locking(handle, msvcrt.LK_LOCK, 1)

    def unlock(handle: int) -> None:
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def try_lock(handle: int) -> bool:
        """Lock the open file `handle` without waiting; False when another holds it."""
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def lock(handle: int) -> None:
        """Lock the open file `handle`, waiting while another holds it."""
        fcntl.flock(handle, fcntl.LOCK_EX)

    def unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
