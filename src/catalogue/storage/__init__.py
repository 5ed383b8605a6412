"""Storage: where a catalogue lives and how it is opened, checked, upgraded, backed up and
locked. Everything SQLite-specific stays in this package (pragmas, file checks, the online
backup API, the full-text index), so the rest of the code can run on another database
through the same SQLModel tables.

A catalogue is an official record, so storage follows the habits of the most trusted
desktop stores: it follows a path to the real file once, checks a file (read-only) before
writing a byte to it, backs up before anything risky (an upgrade, a replace, a restore, and
once a day) and verifies each backup, builds every file beside its target under a name of
its own and renames it into place, and lets one writer at a time hold a file (an operating
system lock).

It imports nothing above it (no services, queries, release, workflows or ui): a new
catalogue is seeded by the caller's `create` function (see workflows).

Modules: location, engine, checks, schema, opening, backups, lock, files, fastread, search,
errors; server (a catalogue on PostgreSQL) and serverfold (its SQL Chinese fold). The names
most callers need are re-exported here.
"""

from catalogue.storage.backups import (
    Backup,
    backup_folder,
    backup_if_due,
    keep_damaged_copy,
    list_backup_files,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    take_notices,
)
from catalogue.storage.checks import (
    check_catalogue_file,
    check_integrity,
    inspect_file,
    read_failed,
    read_only_reason,
)
from catalogue.storage.engine import connect, make_engine
from catalogue.storage.errors import DamagedError, LockedError, StoreError
from catalogue.storage.fastread import FirstScreen, first_screen, record_totals
from catalogue.storage.files import build_beside, remove_sqlite_files
from catalogue.storage.location import app_data_dir, real_path, resolve_db_path
from catalogue.storage.lock import WriterLock
from catalogue.storage.opening import Creator, open_engine, open_to_read, prepare
from catalogue.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, create_schema, upgrade

__all__ = [
    "KNOWN_REVISIONS", "SCHEMA_HEAD", "Backup", "Creator", "DamagedError", "FirstScreen",
    "LockedError", "StoreError", "WriterLock", "app_data_dir", "backup_folder",
    "backup_if_due", "build_beside", "check_catalogue_file", "check_integrity", "connect",
    "create_schema", "first_screen", "inspect_file", "keep_damaged_copy",
    "list_backup_files", "list_backups", "make_backup", "make_engine", "newest_good_backup",
    "open_engine", "open_to_read", "prepare", "read_failed", "read_only_reason", "real_path",
    "record_totals", "remove_sqlite_files", "resolve_db_path", "restore_backup", "take_notices",
    "upgrade",
]
