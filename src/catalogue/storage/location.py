"""Where a catalogue lives: --db, then $CATALOGUE_DB, then the per-user data folder.

A location is a file name, followed through symlinks to the real file once, at the start:
a link to a drive that is not mounted is refused, never replaced by a new catalogue.
"""

import os
import sys
from pathlib import Path

from catalogue.i18n import translate
from catalogue.storage.errors import StoreError

APP_NAME = "Catalogue"
DB_ENV_VAR = "CATALOGUE_DB"
DB_FILE_NAME = "catalogue.db"
SERVER_PREFIX = "postgresql://"
"""The one kind of location that names a database server rather than a file (server.py)."""


def app_data_dir() -> Path:
    """The platform's per-user folder for application data."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def chosen_location(given: str | os.PathLike[str] | None = None) -> str | os.PathLike[str]:
    """--db wins, then $CATALOGUE_DB, then the per-user default."""
    return given or os.environ.get(DB_ENV_VAR) or app_data_dir() / DB_FILE_NAME


def names_server(chosen: str | os.PathLike[str]) -> bool:
    """A `postgresql://` address (a str, as --db and the environment give it); anything
    else, `?`, `#` and `:` included, is a file name."""
    return isinstance(chosen, str) and chosen.startswith(SERVER_PREFIX)


def resolve_db_path(given: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $CATALOGUE_DB, then the per-user default; the real file it names.
    For the commands (and the window) that work on a file only: a server address is
    refused (resolve_location takes either)."""
    chosen = chosen_location(given)
    if names_server(chosen):  # not echoed: it may hold a password
        raise StoreError(translate(
            "Storage", "a PostgreSQL server address was given, but this works on a "
            "catalogue file only: give the catalogue's file name"))
    try:
        path = Path(chosen).expanduser()
    except RuntimeError:  # ~name of a user this computer does not know
        raise StoreError(translate(
            "Storage", "{path}: no home folder is known for {user}").format(
                path=chosen, user=os.fspath(chosen).split("/")[0].split(os.sep)[0])) from None
    return real_path(path)


def real_path(path: Path) -> Path:
    """The file `path` names, every symlink followed; StoreError when a link (to the file
    or to a folder on its way) points to nothing, as when a drive is not mounted."""
    for part in (path, *path.parents):
        if part.is_symlink() and not part.exists():
            raise StoreError(translate(
                "Storage", "{path} is a link to {target}, which does not exist (is its drive "
                "connected?)").format(path=part, target=_link_target(part)))
    try:
        return path.resolve()
    except (OSError, RuntimeError) as error:  # a loop of links
        raise StoreError(translate("Storage", "{path} cannot be followed: {error}").format(
            path=path, error=error)) from None


def _link_target(link: Path) -> str:
    try:
        return str(link.resolve())
    except (OSError, RuntimeError):
        return os.readlink(link)
