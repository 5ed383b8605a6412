"""Where the catalogue lives and how it is opened, upgraded, backed up, locked and checked.

Everything SQLite-specific stays in this module (pragmas, file checks, the online backup
API, the per-user path), so the rest of the code can later run against a shared PostgreSQL
server through the same SQLModel engine URL.

A catalogue is an official record, so this module follows the habits of the most trusted
desktop stores: it checks a file (read-only) before writing a byte to it, backs up before
anything risky (an upgrade, a replace, a restore, and once a day), never writes over a file
it could not read, and lets one writer at a time hold a file.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from catalogue.i18n import tr

if TYPE_CHECKING:  # SQLAlchemy is imported when an engine is made, not before: the window
    from sqlalchemy.engine import Engine  # is shown first (see first_screen)

APP_NAME = "Catalogue"
DB_ENV_VAR = "CATALOGUE_DB"
DB_FILE_NAME = "catalogue.db"
KNOWN_REVISIONS = ("0001", "0002", "0003")
"""The schema revisions this version can read, oldest first (its Alembic migrations)."""
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
FIRST_REVISION = KNOWN_REVISIONS[0]
SEARCH_KINDS = {1: "session", 2: "area", 3: "measure", 4: "official", 5: "agreement",
                6: "annex"}
"""Codes in the search index's rowids (id * 8 + code), as migration 0003 writes them."""
BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
DAILY = datetime.timedelta(days=1)
KIND_TABLES = {"session": "plenary_session", "area": "area", "measure": "measure",
               "official": "official", "agreement": "agreement", "annex": "annex"}
RECORD_TABLES = tuple(KIND_TABLES.values())
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
"""Backup file names: STEM-STAMP-REASON.db, so names sort by time."""


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


# -- where -----------------------------------------------------------------------------------


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


# -- engines ---------------------------------------------------------------------------------


def _sqlite_pragmas(read_only: bool):
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        """Per-connection settings: SQLite forgets foreign keys unless told every time.

        synchronous=FULL with WAL: a commit is on disk before it is reported, so a power cut
        never loses an edit the officer saw saved; the cost is one extra fsync per commit,
        invisible at the rate people edit.
        """
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return set_pragmas


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for `url`; SQLite connections get their pragmas on connect."""
    from sqlalchemy import event
    from sqlmodel import create_engine

    from catalogue import models  # noqa: F401  (the tables, for the ORM)

    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(read_only))
    return engine


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    return f"sqlite:///{path}"


# -- checking a file without writing to it -----------------------------------------------------


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _open_to_inspect(path: Path) -> sqlite3.Connection:
    try:
        return _read_only_connection(path)
    except sqlite3.Error as error:
        raise StoreError(tr("cannot open {path}: {error}").format(path=path, error=error)
                         ) from None


def inspect_file(path: Path, *, thorough: bool = True) -> str:
    """The schema revision of a Catalogue file, after checking it; never writes to it.

    Raises StoreError for a folder or a file that is not a catalogue, DamagedError for one
    that fails SQLite's quick_check. `thorough=False` leaves out the quick_check, which
    reads every page (about half a second for 100,000 records): the window runs it after
    it is shown, with changes held until it passes (see check_integrity).
    """
    if path.is_dir():
        raise StoreError(tr("{path} is a folder, not a Catalogue database").format(path=path))
    connection = _open_to_inspect(path)
    try:
        try:
            names = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            if "malformed" in str(error) or "corrupt" in str(error):
                raise _damaged(path, str(error)) from None
            raise StoreError(
                tr("{path} is not a Catalogue database (not an SQLite file)").format(path=path)
            ) from None
        if not set(RECORD_TABLES) <= names:
            raise StoreError(tr("{path} is not a Catalogue database").format(path=path))
        if thorough:
            _quick_check(connection, path)
        if "alembic_version" not in names:
            return FIRST_REVISION
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else FIRST_REVISION
    finally:
        connection.close()


def check_integrity(path: Path) -> None:
    """SQLite's quick_check over the whole file; DamagedError when it finds damage.

    Safe on a worker thread: it has its own read-only connection, and sqlite3 lets go of
    the GIL while it reads, so the window stays responsive meanwhile.
    """
    connection = _open_to_inspect(path)
    try:
        _quick_check(connection, path)
    finally:
        connection.close()


def _quick_check(connection: sqlite3.Connection, path: Path) -> None:
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from None
    if verdict != ["ok"]:
        raise _damaged(path, verdict[0] if verdict else "no answer from quick_check")


def _damaged(path: Path, detail: str) -> DamagedError:
    newest = newest_good_backup(path)
    advice = (tr("restore the newest good backup ({name})").format(name=newest.name)
              if newest else tr("no backup of it exists"))
    return DamagedError(
        tr("{path} is damaged ({detail}); it was left untouched; {advice}").format(
            path=path, detail=detail.splitlines()[0], advice=advice), path, newest)


def check_catalogue_file(path: Path, *, thorough: bool = True) -> str:
    """Refuse a file that is not a usable Catalogue database, without writing to it;
    returns its schema revision."""
    revision = inspect_file(path, thorough=thorough)
    if revision not in KNOWN_REVISIONS:
        raise StoreError(tr(
            "{path} was made by a newer version of Catalogue (schema {revision}); this "
            "version reads up to {head}: install the newer version").format(
                path=path, revision=revision, head=SCHEMA_HEAD))
    return revision


def read_only_reason(path: Path) -> str | None:
    """Why the file cannot be written, or None. Honours the permission bits even for root."""
    folder = path.parent
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return tr("the file is read-only")
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        return tr("its folder is read-only")
    return None


# -- creating and upgrading ------------------------------------------------------------------


def create_schema(path: Path) -> None:
    """A new file gets its tables from the migrations themselves, so every catalogue, new
    or upgraded, has exactly the same schema (tests check it matches the models)."""
    upgrade(path)


def _alembic(connection, action) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    with resources.as_file(resources.files("catalogue.migrations")) as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        config.attributes["connection"] = connection
        action(command, config)


def upgrade(path: Path) -> None:
    """Bring an older catalogue to the newest schema, in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite would otherwise cascade deletes
    through a rebuilt parent) and checked before the commit.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            def run(command, config) -> None:
                if (not connection.dialect.has_table(connection, "alembic_version")
                        and connection.dialect.has_table(connection, "area")):
                    command.stamp(config, FIRST_REVISION)  # made before migrations existed
                command.upgrade(config, "head")

            _alembic(connection, run)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if problems:
                raise StoreError(tr("upgrading {path} broke its links; nothing was changed"
                                    ).format(path=path))
    finally:
        engine.dispose()


def open_catalogue(path: Path, *, create: bool = True, read_only: bool = False) -> Engine:
    """Open the catalogue at `path`: created and seeded if new, upgraded (after a backup)
    if older, refused with a clear message if damaged, foreign or newer."""
    prepare(path, create=create, read_only=read_only)
    return make_engine(sqlite_url(path, read_only=read_only), read_only=read_only)


def prepare(path: Path, *, create: bool = True, read_only: bool = False,
            check_later: bool = False) -> bool:
    """Everything open_catalogue does but making the engine (so the window can show first).

    With `check_later`, a current-format file skips the quick_check, and the answer is True:
    the caller must run check_integrity before changing anything. A file that needs an
    upgrade is always checked first, because nothing is upgraded until it is known whole.
    """
    if not path.exists():
        if not create:
            raise StoreError(tr("{path} does not exist").format(path=path))
        create_seeded(path)
    # quick_check reads the whole file: once only, now or (check_later) after the window
    revision = check_catalogue_file(path, thorough=not check_later)
    if revision == SCHEMA_HEAD:
        return check_later
    if check_later:
        check_integrity(path)
    reason = read_only or read_only_reason(path)
    if reason:
        raise StoreError(tr("{path} needs an upgrade to this version's format but cannot "
                            "be written ({reason})").format(path=path, reason=reason))
    make_backup(path, "before-upgrade")
    upgrade(path)
    return False


class FirstScreen(NamedTuple):
    """What the window shows before it has an engine: the plenaries, the first one's groups
    and areas, and the record counts. Read with the standard library's sqlite3 alone."""

    lists: dict[tuple[str, int], list[tuple[str, int, dict[str, Any]]]]
    totals: dict[str, int]


def first_screen(path: Path) -> FirstScreen:
    """Read the window's first screen without SQLAlchemy (about 0.5 s cheaper to start)."""
    connection = _read_only_connection(path)
    connection.row_factory = sqlite3.Row
    try:
        def rows(sql: str, *parameters: object) -> list[dict[str, Any]]:
            return [dict(row) for row in connection.execute(sql, parameters)]

        lists: dict[tuple[str, int], list[tuple[str, int, dict[str, Any]]]] = {}
        plenaries = rows("SELECT * FROM plenary_session ORDER BY ordinal")
        for plenary in plenaries:
            plenary["date"] = datetime.date.fromisoformat(plenary["date"])
        lists[("root", 0)] = [("session", p["id"], p) for p in plenaries]
        if plenaries:
            sid = plenaries[0]["id"]
            lists[("session", sid)] = [
                (group, sid, {"count": connection.execute(
                    f"SELECT count(*) FROM {table} WHERE session_id = ?", (sid,)).fetchone()[0]})
                for group, table in (("areas", "area"), ("officials", "official"),
                                     ("agreements", "agreement"), ("annexes", "annex"))]
            lists[("areas", sid)] = [
                ("area", a["id"], a) for a in rows(
                    "SELECT * FROM area WHERE session_id = ? ORDER BY position", sid)]
        return FirstScreen(lists, record_totals(connection))
    finally:
        connection.close()


def _table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in each record table, through a plain sqlite3 connection."""
    return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in RECORD_TABLES}


def record_totals(connection: sqlite3.Connection) -> dict[str, int]:
    """Records of each kind (session, area, ...), counted through a plain connection."""
    counts = _table_counts(connection)
    return {kind: counts[table] for kind, table in KIND_TABLES.items()}


def open_to_read(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """A read-only sqlite3 connection for commands that only read (export), after the same
    checks as open_catalogue but the whole-file quick_check: a read that meets damage
    fails on the damaged page, and the caller names the file as damaged (read_failed)."""
    prepare(path, create=create, check_later=True)
    return _open_to_inspect(path)


def read_failed(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """What to say when reading a catalogue fails: damage with the backup advice, else
    the error itself."""
    detail = str(error)
    if "malformed" in detail or "corrupt" in detail:
        return _damaged(path, detail)
    return StoreError(tr("{path} could not be read: {detail}").format(path=path,
                                                                      detail=detail))


def create_seeded(path: Path) -> None:
    """Create a catalogue filled from the bundled release.

    Built beside the target and renamed into place, so an interrupted first start never
    leaves a half-filled file that later opens as if it were complete.
    """
    from catalogue import bundled, release, services

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            tr("cannot create the folder for {path}: {error}").format(
                path=path, error=error.strerror or error)
        ) from None
    partial = path.with_name(path.name + ".partial")
    _remove_sqlite_files(partial)
    try:
        create_schema(partial)
        engine = make_engine(sqlite_url(partial))
        try:
            seed = release.parse_release(bundled.seed_release_text())
            curation = bundled.curation_for(seed.ordinal)
            services.import_release(engine, seed, date=curation.date, curation=curation)
        finally:
            engine.dispose()
        with contextlib.suppress(OSError):
            os.chmod(partial, 0o600)
        os.replace(partial, path)
    except OSError as error:
        _remove_sqlite_files(partial)
        raise StoreError(
            tr("cannot create {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    except BaseException:
        _remove_sqlite_files(partial)
        raise


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def search_index(engine: Engine, words: list[str], limit: int) -> list[tuple[str, int]]:
    """(kind, id) of records whose words contain every one of `words`, via the FTS5 index.

    Words of three or more characters are matched through the trigram index (as substrings,
    case-insensitively); shorter ones are checked with LIKE on the rows it returns (or, when
    every word is short, on every row).
    """
    if not words:
        return []
    long_words = [word for word in words if len(word) >= 3]
    short_words = [word for word in words if len(word) < 3]
    conditions, parameters = [], []
    if long_words:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + word.replace('"', '""') + '"' for word in long_words))
    for word in short_words:
        conditions.append("body LIKE ? ESCAPE '\\'")
        parameters.append("%" + word.replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%")
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT rowid FROM search_index WHERE {' AND '.join(conditions)} "
            "ORDER BY rowid LIMIT ?", (*parameters, limit)).all()
    return [(SEARCH_KINDS[rowid % 8], rowid // 8) for (rowid,) in rows]


# -- backups -----------------------------------------------------------------------------------


class Backup(NamedTuple):
    path: Path
    taken: datetime.datetime
    reason: str
    counts: dict[str, int]


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def make_backup(path: Path, reason: str) -> Path:
    """Copy the catalogue with SQLite's online backup API into backups/ beside it.

    Consistent even while the app has the file open; keeps the newest KEEP_BACKUPS.
    """
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
        target = folder / f"{path.stem}-{_stamp()}-{reason}.db"
        source = _read_only_connection(path)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            copy.close()
            source.close()
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(tr("cannot back up {path}: {error}").format(path=path, error=error)
                         ) from None
    for old in list_backup_files(path)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def _stamp() -> str:
    return datetime.datetime.now().strftime(BACKUP_STAMP)


def list_backup_files(path: Path) -> list[Path]:
    """Backups of this catalogue, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.db"), key=lambda p: p.name, reverse=True)


def list_backups(path: Path) -> list[Backup]:
    """Backups with their dates and record counts, newest first (unreadable ones skipped)."""
    found = []
    for file in list_backup_files(path):
        parts = file.stem[len(path.stem) + 1:].split("-", 3)
        try:
            taken = datetime.datetime.strptime("-".join(parts[:3]), BACKUP_STAMP)
            connection = _read_only_connection(file)
            try:
                counts = _table_counts(connection)
            finally:
                connection.close()
        except (ValueError, sqlite3.Error):
            continue
        found.append(Backup(file, taken, parts[3] if len(parts) > 3 else "", counts))
    return found


def newest_good_backup(path: Path) -> Path | None:
    for file in list_backup_files(path):
        with contextlib.suppress(StoreError):
            inspect_file(file)
            return file
    return None


def backup_if_due(path: Path) -> Path | None:
    """The daily backup: taken on open when the newest is more than a day old."""
    files = list_backup_files(path)
    if files:
        age = datetime.datetime.now().timestamp() - files[0].stat().st_mtime
        if age < DAILY.total_seconds():
            return None
    return make_backup(path, "daily")


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put a backup in the catalogue's place, after backing up what is there now.

    A damaged current file is kept byte for byte (copied, not read through SQLite), so a
    restore never loses anything. Returns the backup of the replaced file, if there was one.
    """
    check_catalogue_file(backup)
    saved: Path | None = None
    if path.exists():
        try:
            inspect_file(path)
            saved = make_backup(path, "before-restore")
        except DamagedError:
            saved = _keep_damaged_copy(path)
    partial = path.with_name(path.name + ".restoring")
    _remove_sqlite_files(partial)
    try:
        source = _read_only_connection(backup)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        os.chmod(partial, 0o600)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{path}{suffix}")
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as error:
        _remove_sqlite_files(partial)
        raise StoreError(tr("cannot restore {backup}: {error}").format(backup=backup,
                                                                       error=error)) from None
    return saved


def _keep_damaged_copy(path: Path) -> Path:
    import shutil

    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{_stamp()}-damaged.db.keep"
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            shutil.copy2(f"{path}{suffix}", f"{target}{suffix}")
    return target


# -- one writer at a time --------------------------------------------------------------------


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
                    raise LockedError(tr(
                        "{path} is being changed by {app} (user {user}, process {pid} on "
                        "{host}, since {since})").format(path=self.file.with_suffix(""),
                                                         **holder), holder) from None
                with contextlib.suppress(FileNotFoundError):
                    self.file.unlink()
                continue
            except OSError as error:
                raise StoreError(tr("cannot lock {path}: {error}").format(
                    path=self.file, error=error.strerror or error)) from None
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(me, stream)
            self.held = True
            return
        raise StoreError(tr("cannot lock {path}").format(path=self.file))

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
