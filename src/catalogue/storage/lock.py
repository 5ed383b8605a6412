"""One writer at a time: a lock file beside the catalogue naming who writes to it."""

from __future__ import annotations

import contextlib
import datetime
import os
from pathlib import Path

from catalogue.i18n import translate
from catalogue.storage.errors import LockedError, StoreError


class WriterLock:
    """A lock file beside the catalogue naming who writes to it (QLockFile's idea, Qt-free so
    the CLI honours it too). A lock left by a process that no longer runs is taken over."""

    def __init__(self, path: Path, who: str) -> None:
        self.file = path.with_name(path.name + ".lock")
        self.who = who
        self.held = False

    def acquire(self) -> None:
        import json
        import socket

        me = {"pid": str(os.getpid()), "host": socket.gethostname(), "user": _user(),
              "app": self.who, "since": datetime.datetime.now().isoformat(timespec="seconds")}
        for _ in range(2):
            try:
                handle = os.open(self.file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                holder = self.holder()
                if holder is not None and not _is_stale(holder):
                    raise LockedError(translate(
                        "Storage", "{path} is being changed by {app} (user {user}, process "
                        "{pid} on {host}, since {since})").format(path=self.file.with_suffix(""),
                                                         **holder), holder) from None
                with contextlib.suppress(FileNotFoundError):
                    self.file.unlink()
                continue
            except OSError as error:
                raise StoreError(translate("Storage", "cannot lock {path}: {error}").format(
                    path=self.file, error=error.strerror or error)) from None
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(me, stream)
            self.held = True
            return
        raise StoreError(translate("Storage", "cannot lock {path}").format(path=self.file))

    def holder(self) -> dict[str, str] | None:
        import json

        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        keys = ("pid", "host", "user", "app", "since")
        return {key: str(data.get(key, "?")) for key in keys} if isinstance(data, dict) else None

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.file.unlink()
            self.held = False

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _is_stale(holder: dict[str, str]) -> bool:
    """A lock from this machine whose process is gone (a crash) can be taken over."""
    import socket

    if holder.get("host") != socket.gethostname():
        return False
    try:
        pid = int(holder.get("pid", ""))
    except ValueError:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
