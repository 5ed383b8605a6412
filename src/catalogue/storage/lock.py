"""One writer at a time: an operating-system lock on a file beside the catalogue, held for
as long as the writer runs, and a side file naming the holder for the others' message.

The system lets go of the lock when the process ends, however it ends, so nothing guesses
whether a holder still runs, nobody deletes a lock file, and a crash leaves nothing to take
over. The side file is only information: written after the lock is taken, atomically
(a temporary file renamed), and removed by its holder alone, before it lets go.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from pathlib import Path

from catalogue.i18n import translate
from catalogue.storage.errors import LockedError, StoreError
from catalogue.storage.files import create_private, give_to_owner, partial_name
from catalogue.storage.oslock import try_lock, unlock

HOLDER_KEYS = ("pid", "host", "user", "app", "since")

_try_lock, _unlock = try_lock, unlock


class WriterLock:
    """The writer's lock on the catalogue at `path`; `who` names the holder to others.

    Two WriterLocks on one file exclude each other even within one process.
    """

    def __init__(self, path: Path, who: str) -> None:
        self.path = path
        self.file = path.with_name(path.name + ".lock")
        self.holder_file = path.with_name(path.name + ".holder")
        self.who = who
        self._handle: int | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        try:
            handle = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StoreError(translate("Storage", "cannot lock {path}: {error}").format(
                path=self.file, error=error.strerror or error)) from None
        give_to_owner(handle, self.path if self.path.exists() else self.path.parent)
        try:
            locked = _try_lock(handle)
        except OSError as error:
            os.close(handle)
            raise StoreError(translate("Storage", "cannot lock {path}: {error}").format(
                path=self.file, error=error.strerror or error)) from None
        if not locked:
            os.close(handle)
            holder = self.holder()
            if holder is None:  # not written yet (it is, just after the lock), or lost
                raise LockedError(translate(
                    "Storage", "{path} is being changed by another Catalogue window or "
                    "command, which has not said who it is").format(
                        path=self.file.with_suffix("")), dict.fromkeys(HOLDER_KEYS, "?"))
            raise LockedError(translate(
                "Storage", "{path} is being changed by {app} (user {user}, process {pid} on "
                "{host}, since {since})").format(path=self.file.with_suffix(""), **holder),
                holder)
        self._handle = handle
        self._name_holder()

    def _name_holder(self) -> None:
        """Write the side file; a full disk only leaves others without the holder's name."""
        import json  # here: at the top it cost the window's start 5 ms

        me = {"pid": str(os.getpid()), "host": _host(), "user": _user(),
              "app": self.who, "since": datetime.datetime.now().isoformat(timespec="seconds")}
        temporary = partial_name(self.holder_file, "writing")
        try:
            handle = create_private(temporary)
            give_to_owner(handle, self.file)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(me, stream)
            os.replace(temporary, self.holder_file)
        except OSError:
            with contextlib.suppress(OSError):
                os.remove(temporary)

    def holder(self) -> dict[str, str] | None:
        """Who holds the lock, as its side file names them (None when it names nobody)."""
        import json

        try:
            data = json.loads(self.holder_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return ({key: str(data.get(key, "?")) for key in HOLDER_KEYS}
                if isinstance(data, dict) else None)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.holder_file.unlink()  # ours: nobody else can hold the lock meanwhile
        try:
            _unlock(self._handle)
        finally:
            os.close(self._handle)
            self._handle = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _host() -> str:
    """This computer's name: from uname where there is one (importing socket for it cost
    10 ms of the window's start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
