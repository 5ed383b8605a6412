"""Where a catalogue lives: --db, then $CATALOGUE_DB, then the per-user data folder."""

import os
import sys
from pathlib import Path

APP_NAME = "Catalogue"
DB_ENV_VAR = "CATALOGUE_DB"
DB_FILE_NAME = "catalogue.db"


def app_data_dir() -> Path:
    """The platform's per-user folder for application data."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def resolve_db_path(given: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $CATALOGUE_DB, then the per-user default."""
    chosen = given or os.environ.get(DB_ENV_VAR) or app_data_dir() / DB_FILE_NAME
    return Path(chosen).expanduser()
