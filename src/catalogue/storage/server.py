"""A catalogue on a PostgreSQL server (14 or newer, through psycopg 3).

Everything that differs from a file stays here: the address (a `postgresql://` URL, never
a file name, never stored), the checks a server database must pass (version, UTF-8, a
character type under which pg_trgm sees Chinese), creating its schema with the same
Alembic migrations and seeding it in one transaction, whether the role may write, and the
identity sequences after rows are written with explicit ids. Passwords come from libpq's
own places (~/.pgpass, PGPASSWORD, PGPASSFILE); Catalogue never writes one down.

The file-only machinery (the writer's lock, backups before risky steps, the fast sqlite3
readers) does not apply: the server keeps several writers apart itself, and a server
catalogue is backed up by copying it into a local file (workflows.backup_server).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, parse_qs, quote, unquote, urlencode, urlsplit

from catalogue.i18n import translate
from catalogue.kinds import KINDS
from catalogue.storage.errors import StoreError
from catalogue.storage.location import (
    SERVER_PREFIX,
    chosen_location,
    names_server,
    resolve_db_path,
)
from catalogue.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, run_alembic

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIN_SERVER_VERSION = 140000
CREATE_LOCK = 0x43415441  # "CATA": two officers opening one empty database create it once
UNICODE_PROBE = "香港上海"
"""Text that a trigram index must see: under a `C` character type pg_trgm drops it."""
UPGRADE_LOCK_WAIT_MS = 5000
"""How long an upgrade waits for a table another connection is using (an open transaction
holds its tables until it ends): long enough for a normal save (milliseconds) to finish,
short enough that a person is told rather than left waiting without end."""
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout expires
MAKING_WAIT_MS = 180_000
"""How long opening waits for another connection that is making or upgrading the catalogue
(upgrading 100,000 records took 73 s here). Past it the officer is told instead of left
waiting without end: an upgrader whose laptop was closed mid-way holds its lock until its
connection drops."""
CREATEDB = "createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 {name}"

Seeder = Callable[["Connection"], None]
"""Fills a catalogue whose schema was just made, on the same connection, in the same
transaction (workflows.seed_catalogue, or a copy)."""


def _place(parts: SplitResult) -> str:
    """The server's host, or the socket folder a `?host=` names; "" for libpq's default."""
    return parts.hostname or parse_qs(parts.query).get("host", [""])[0]


@dataclass(frozen=True)
class ServerAddress:
    """A catalogue on a server, as given to --db or $CATALOGUE_DB. str() never shows a
    password that the address may hold."""

    url: str
    password: str = field(default="", repr=False, compare=False)
    """Typed in the window's Connect dialog, for this session only: never stored. Empty:
    libpq's own places (~/.pgpass, PGPASSWORD)."""

    def __str__(self) -> str:
        parts = urlsplit(self.url)
        netloc = parts.netloc
        if "@" in netloc:
            user, _, host = netloc.rpartition("@")
            netloc = f"{user.split(':')[0]}@{host}"
        host = _place(parts)
        shown = f"{SERVER_PREFIX}{netloc}{parts.path}"
        return shown if parts.hostname or not host else f"{shown} (on {host})"

    def __repr__(self) -> str:  # tracebacks and logs too: never the password
        return f"ServerAddress({str(self)!r})"

    @property
    def database(self) -> str:
        return urlsplit(self.url).path.lstrip("/") or "?"

    def backup_path(self, data_dir: Path) -> Path:
        """Where this server's catalogue is named when it is backed up into local files
        (a name, never a file of its own: its backups go in the backups folder beside):
        the shared name and a hash of the host or socket folder, port and database, so
        one database name on two servers never shares backups (each rotated out the
        other's: break5)."""
        parts = urlsplit(self.url)
        query = parse_qs(parts.query)
        try:
            port = str(parts.port or int(query.get("port", [DEFAULT_PORT])[0]))
        except ValueError:  # libpq refuses it; the name need only be this address's own
            port = f"{parts.netloc}?{query.get('port')}"
        identity = "\0".join((_place(parts), port, unquote(self.database)))
        digest = hashlib.sha1(identity.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        return data_dir / "servers" / f"{self.shared_backup_path(data_dir).stem}~{digest}.db"

    def shared_backup_path(self, data_dir: Path) -> Path:
        """The name every database of this name on any socket or port of this host was
        backed up under before break5 (STEM@HOST, `local` for a socket): its backups are
        listed and restorable with backup_path's, never rotated (whose they are cannot be
        told)."""
        host = urlsplit(self.url).hostname or "local"
        name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{self.database}@{host}")
        return data_dir / "servers" / f"{name}.db"


DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The address of `database` on `host` (a name, an IP address, or a folder holding the
    server's Unix socket) as `--db` takes it; no password, ever."""
    who = quote(user, safe="") + "@" if user else ""
    if host.startswith("/"):  # a socket folder: libpq takes it as the host parameter
        query = {"host": host, **({"port": str(port)} if port != DEFAULT_PORT else {})}
        return f"{SERVER_PREFIX}{who}/{quote(database, safe='')}?{urlencode(query)}"
    place = f"[{host}]" if ":" in host else host  # an IPv6 address
    suffix = f":{port}" if port != DEFAULT_PORT else ""
    return f"{SERVER_PREFIX}{who}{place}{suffix}/{quote(database, safe='')}"


PASSWORD_NEEDED = ("no password supplied", "password authentication failed")
"""What libpq says when the server wants a password it was not given or did not accept."""


def needs_password(error: BaseException) -> bool:
    """Whether connecting failed for want of the right password (the window then asks)."""
    said = str(getattr(error, "orig", None) or error)
    return any(words in said for words in PASSWORD_NEEDED)


Location = Path | ServerAddress
"""Where a catalogue is: a file, or a database on a server."""


def resolve_location(given: str | os.PathLike[str] | None = None) -> Location:
    """--db wins, then $CATALOGUE_DB, then the per-user default: a server address, or the
    real file a path names (a path holding `?`, `#` or `:` is a file name all the same)."""
    chosen = chosen_location(given)
    if names_server(chosen):
        return ServerAddress(str(chosen))
    return resolve_db_path(chosen)


def make_server_engine(address: ServerAddress, *, read_only: bool = False) -> Engine:
    """An engine on the server database. A reader's transactions are read-only and see one
    snapshot (REPEATABLE READ), so an export is the catalogue as of one moment."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError

    from catalogue import models  # noqa: F401  (the tables, for the ORM)

    arguments: dict[str, Any] = {"application_name": "Catalogue", "connect_timeout": 10}
    if address.password:
        arguments["password"] = address.password
    # text always as UTF-8: a SQL_ASCII database otherwise gives bytes, on which the
    # driver's own start-up failed ("cannot use a string pattern on a bytes-like object")
    # before check_server could say what is wrong with the database
    arguments["client_encoding"] = "utf8"
    # A search's plan depends on the words typed (a rare word through the trigram index, a
    # common one in id order up to the limit): never a generic plan for a prepared
    # statement (the driver prepares one run five times). No JIT: its compiling costs more
    # than the short queries of a catalogue ever run.
    options = ["-c plan_cache_mode=force_custom_plan", "-c jit=off"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    arguments["options"] = " ".join(options)
    try:
        return create_engine(
            "postgresql+psycopg://" + address.url[len(SERVER_PREFIX):],
            connect_args=arguments, pool_pre_ping=True,
            isolation_level="REPEATABLE READ" if read_only else "READ COMMITTED")
    except (ArgumentError, ValueError) as error:
        raise StoreError(translate("Storage", "{address} is not a server address: {error}"
                                   ).format(address=address, error=error)) from None


def server_error(address: ServerAddress, error: BaseException) -> StoreError:
    """One line for what the driver said (a refused connection, a wrong password)."""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    return StoreError(translate("Storage", "{address}: {detail}").format(
        address=address, detail=detail[0] if detail else type(error).__name__))


def check_server(connection: Connection, address: ServerAddress) -> None:
    """Refuse a server older than 14, and a database that is not UTF-8 or whose character
    type hides Chinese from the trigram index, saying how to create a good one."""
    version = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
    if version < MIN_SERVER_VERSION:
        raise StoreError(translate(
            "Storage", "{address}: the server is PostgreSQL {version}; Catalogue needs 14 "
            "or newer").format(address=address, version=version // 10000))
    encoding = str(connection.exec_driver_sql("SHOW server_encoding").scalar_one())
    ctype = str(connection.exec_driver_sql("SHOW lc_ctype").scalar_one())
    sees_chinese = ctype not in ("C", "POSIX")
    if sees_chinese and connection.exec_driver_sql(
            "SELECT to_regprocedure('show_trgm(text)') IS NOT NULL").scalar_one():
        sees_chinese = bool(connection.exec_driver_sql(
            f"SELECT cardinality(show_trgm('{UNICODE_PROBE}')) > 0").scalar_one())
    if encoding != "UTF8" or not sees_chinese:
        raise StoreError(translate(
            "Storage", "{address}: the database must be UTF-8 with a Unicode character type "
            "(it is {encoding}, {ctype}), or search would not see Chinese; create it with: "
            "{command}").format(address=address, encoding=encoding, ctype=ctype,
                                command=CREATEDB.format(name=address.database)))


def catalogue_revision(connection: Connection) -> str | None:
    """The schema revision of the catalogue in the database; None when the database is
    empty; StoreError when it holds tables of something else."""
    # the catalogue read with this statement's snapshot (to_regclass may answer from a
    # cache that has not yet heard of tables another officer has just made)
    if connection.exec_driver_sql(
            "SELECT EXISTS (SELECT FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'alembic_version')").scalar_one():
        return str(connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one_or_none() or "")
    tables = connection.exec_driver_sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").scalar_one()
    if tables:
        raise StoreError(translate(
            "Storage", "the database holds other tables and no catalogue: give an empty "
            "database, or one made by Catalogue"))
    return None


def read_only_reason(connection: Connection) -> str | None:
    """Why this role cannot change the catalogue, or None when it may."""
    if connection.exec_driver_sql("SELECT pg_is_in_recovery()").scalar_one():
        return translate("Storage", "the server is a read-only standby")
    present = set(connection.exec_driver_sql(  # an older schema lacks newer kinds' tables
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
    checks = " AND ".join(
        f"has_table_privilege('{info.table}', '{privilege}')"
        for info in KINDS.values() if info.table in present
        for privilege in ("INSERT", "UPDATE", "DELETE")) or "true"
    if not connection.exec_driver_sql(f"SELECT {checks}").scalar_one():
        user = connection.exec_driver_sql("SELECT current_user").scalar_one()
        return translate("Storage", "the role {user} may only read this catalogue").format(
            user=user)
    return None


def record_count(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT " + " + ".join(
        f"(SELECT count(*) FROM {info.table})" for info in KINDS.values())).scalar_one())


@dataclass
class ServerCatalogue:
    """An opened server catalogue: its engine, and why it is read-only (None: writable)."""

    address: ServerAddress
    engine: Engine
    read_only: str | None


def _lock_timed_out(error: BaseException) -> bool:
    """Whether a driver's error is PostgreSQL giving up a wait at `lock_timeout`."""
    return getattr(getattr(error, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE


def _wait_for_making(connection: Connection, address: ServerAddress, wait_ms: int, *,
                     shared: bool) -> None:
    """Take the lock under which a catalogue is made or upgraded (shared: only wait until
    whoever holds it is done), waiting at most `wait_ms`; then no limit again."""
    from sqlalchemy.exc import DBAPIError

    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait_ms):d}")
    try:
        connection.exec_driver_sql(
            f"SELECT pg_advisory_xact_lock{'_shared' if shared else ''}({CREATE_LOCK})")
    except DBAPIError as error:
        if not _lock_timed_out(error):
            raise
        raise StoreError(translate(
            "Storage", "{address} is being made or upgraded by another connection (waited "
            "{seconds} s); nothing was changed: try again when it is done").format(
                address=address, seconds=wait_ms // 1000)) from None
    connection.exec_driver_sql("SET LOCAL lock_timeout = 0")


def open_server(address: ServerAddress, *, create: Seeder | None = None,
                read_only: bool = False, new_only: bool = False,
                wait_ms: int = MAKING_WAIT_MS) -> ServerCatalogue:
    """Check the server database, give an empty one the schema (and `create` its records,
    in the same transaction), upgrade an older one; an engine on it.

    With `new_only` (a copy's destination), a catalogue with records is refused and an
    empty one (no tables, or the schema and no records) is filled by `create`.
    Without `create`, an empty database is refused (nothing to read there). Another
    connection making or upgrading it is waited for, at most `wait_ms`.
    """
    from sqlalchemy.exc import SQLAlchemyError

    engine = make_server_engine(address)
    try:
        with engine.connect() as connection, connection.begin():
            check_server(connection, address)
            # waits while another officer makes the catalogue, so it is seen whole or not
            _wait_for_making(connection, address, wait_ms, shared=True)
            revision = catalogue_revision(connection)
            reason = read_only_reason(connection) if revision else None
            fillable = revision is None or (
                new_only and revision == SCHEMA_HEAD and record_count(connection) == 0)
        if revision and revision not in KNOWN_REVISIONS:
            raise StoreError(translate(
                "Storage", "{address} was made by a newer version of Catalogue (schema "
                "{revision}); this version reads up to {head}: install the newer version"
            ).format(address=address, revision=revision, head=SCHEMA_HEAD))
        if new_only and not fillable:
            raise StoreError(translate(
                "Storage", "{address} already holds a catalogue: copy into an empty database"
            ).format(address=address))
        if fillable and create is None:
            raise StoreError(translate("Storage", "{address} holds no catalogue").format(
                address=address))
        if (fillable or revision != SCHEMA_HEAD) and (read_only or reason):
            raise StoreError(translate(
                "Storage", "{address} needs its catalogue {made} but cannot be written "
                "({reason})").format(address=address, made=translate(
                    "Storage", "made") if fillable else translate("Storage", "upgraded"),
                                     reason=reason or translate("Storage", "read-only")))
        if fillable or revision != SCHEMA_HEAD:
            _make_or_upgrade(engine, address, create if fillable else None, new_only, wait_ms)
        with engine.connect() as connection:
            check_server(connection, address)  # pg_trgm exists now: see it index Chinese
    except SQLAlchemyError as error:
        engine.dispose()
        raise server_error(address, error) from None
    except BaseException:
        engine.dispose()
        raise
    if read_only or reason:
        engine.dispose()
        engine = make_server_engine(address, read_only=True)
    return ServerCatalogue(address, engine, reason or (translate(
        "Storage", "opened read-only") if read_only else None))


def _make_or_upgrade(engine: Engine, address: ServerAddress, create: Seeder | None,
                     new_only: bool, wait_ms: int) -> None:
    """Migrate (and fill) under a lock that keeps a second opener waiting, in one
    transaction: a failure leaves the database as it was."""
    with engine.connect() as connection, connection.begin():
        _wait_for_making(connection, address, wait_ms, shared=False)
        revision = catalogue_revision(connection)  # another officer may have done it
        if revision is not None and revision == SCHEMA_HEAD and not (
                new_only and record_count(connection) == 0):
            return
        # the migration's DDL waits for every open transaction on its tables: bounded
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {UPGRADE_LOCK_WAIT_MS}")
        # an administrator's statement_timeout (against runaway queries) cancelled an
        # upgrade that folds every record again (0012: 72 s for 100,000) each time it was
        # tried: it is bounded work, done once, in this transaction only
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        try:
            run_alembic(connection, lambda command, config: command.upgrade(config, "head"))
        except Exception as error:
            if not _lock_timed_out(error):
                raise
            raise StoreError(translate(
                "Storage", "{address} needs its catalogue upgraded, but another connection "
                "is using the catalogue (waited {seconds} s); nothing was changed: try again "
                "when it is closed").format(
                    address=address, seconds=UPGRADE_LOCK_WAIT_MS // 1000)) from None
        if create is not None:
            create(connection)
            sync_identities(connection)


def _tables() -> list[Any]:
    """Every catalogue table, parents before children (the models' metadata)."""
    from sqlmodel import SQLModel

    from catalogue import models  # noqa: F401  (the tables)

    return list(SQLModel.metadata.sorted_tables)


def sync_identities(connection: Connection, names: Collection[str] | None = None) -> None:
    """Move the id sequences of the tables `names` (None: all) past the ids written
    explicitly (a copy, an undone delete), so the next new record does not collide with
    one put back. Nothing on SQLite, whose next id is always past the largest."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" in table.c and table.c.id.primary_key and (names is None
                                                           or table.name in names):
            # never backwards: another officer's new row may hold an id not yet visible
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"greatest(coalesce(max(id), 0) + 1, "
                f"nextval(pg_get_serial_sequence('{table.name}', 'id'))), false) "
                f"FROM {table.name}")



COPY_BATCH = 5_000
"""Rows written per statement when a catalogue is copied."""
COPY_BYTES = 64 * 1024 * 1024
"""A copy's batches hold at most this many bytes of documents (one larger document alone)."""


def table_counts(connection: Connection) -> dict[str, int]:
    """Rows in every table of the catalogue (the models' tables), as this connection sees
    them: what a copy must have written at the other end."""
    return {table.name: int(connection.exec_driver_sql(
        f"SELECT count(*) FROM {table.name}").scalar_one())
            for table in _tables()}


def copy_rows(source: Connection, destination: Connection,
              each_batch: Callable[[], None] | None = None) -> None:
    """Every row of every table from one catalogue into an empty one, ids and all, parents
    before children (either engine at either end); then the id sequences past them.
    `each_batch` is called after each batch written (it may raise to stop the copy)."""
    from sqlalchemy import LargeBinary
    for table in _tables():
        binary = any(isinstance(column.type, LargeBinary) for column in table.columns)
        rows = source.execute(table.select().order_by(*table.primary_key.columns)
                              .execution_options(yield_per=1 if binary else COPY_BATCH))
        for batch in batches(rows.mappings()):
            destination.execute(table.insert(), batch)
            if each_batch is not None:
                each_batch()
    sync_identities(destination)


def batches(rows: Iterable[Mapping[Any, Any]], most_rows: int = COPY_BATCH,
            most_bytes: int = COPY_BYTES) -> Iterator[list[dict[str, Any]]]:
    """`rows` in lists of at most `most_rows`, and of at most `most_bytes` of binary values
    unless one row alone holds more: documents (up to 50 MB each) are never all in memory
    at once, as 5,000 of them would be. The rows are read as they are needed (the source
    streams them: yield_per)."""
    batch: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        values = dict(row)
        weight = sum(len(value) for value in values.values()
                     if isinstance(value, bytes | bytearray | memoryview))
        if batch and (len(batch) >= most_rows or size + weight > most_bytes):
            yield batch
            batch, size = [], 0
        batch.append(values)
        size += weight
    if batch:
        yield batch


def tidy(address: ServerAddress) -> None:
    """After a bulk load (a copy or a restore into the server): VACUUM (ANALYZE) every
    catalogue table, as autovacuum would some minutes later. Until then the trigram
    indexes keep the new rows in a pending list that every search reads one entry at a
    time, and the planner guesses from no statistics: a search right after a copy of
    100,000 records took several times as long. Outside any transaction (VACUUM cannot run
    in one); a role that may not vacuum a table only gets the server's warning, and a
    failure here changes nothing, so it is not reported."""
    from sqlalchemy.exc import SQLAlchemyError
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            for table in _tables():
                connection.exec_driver_sql(f"VACUUM (ANALYZE) {table.name}")
    except SQLAlchemyError:
        pass
    finally:
        engine.dispose()


def restore_refusal(connection: Connection, address: ServerAddress) -> str | None:
    """Why the officer on `connection` may not restore a backup over this catalogue, or
    None when they may. Restoring replaces everything every officer wrote, so it is the
    owner's: the role that owns the database (ALTER DATABASE ... OWNER TO), a role that
    logs in as a member of it, or a superuser. The login role (session_user) is what
    counts: editors act as their group through SET role, and the group's rights on the
    tables do not make every editor an owner."""
    user, owner, may = connection.exec_driver_sql(
        "SELECT session_user, pg_get_userbyid(datdba), pg_has_role(session_user, datdba, "
        "'MEMBER') FROM pg_database WHERE datname = current_database()").one()
    if may:
        return None
    return translate(
        "Storage", "{address}: only the database's owner ({owner}, or a role in it) may "
        "restore a backup over the team catalogue; {user} is not").format(
            address=address, owner=owner, user=user)


def delete_rows(connection: Connection) -> None:
    """Empty every table of the catalogue, children before parents, row by row: other
    officers see that only once it is committed (a TRUNCATE would show them empty tables
    in a snapshot taken before it)."""
    for table in reversed(_tables()):
        connection.execute(table.delete())


def highest_versions(connection: Connection) -> dict[str, int]:
    """The highest record version in each table that has versions (0 when empty)."""
    return {table.name: int(connection.exec_driver_sql(
        f"SELECT coalesce(max(version), 0) FROM {table.name}").scalar_one())
            for table in _tables() if "version" in table.c}


def lift_versions(connection: Connection, above: dict[str, int]) -> None:
    """Put each restored record's version past every version the replaced catalogue had
    (`above`, from highest_versions): a restore brings back older versions, and a window
    that read a record before it would otherwise save over an edit made after it whose
    version happens to equal the one it read (the change lost, no conflict)."""
    for table in _tables():
        highest = above.get(table.name, 0)
        if highest:
            connection.execute(table.update().values(version=table.c.version + highest))


def lock_tables(connection: Connection) -> None:
    """Keep other officers' writes out until this transaction ends; they may still read
    (EXCLUSIVE lets SELECT through), seeing the catalogue as it was before."""
    names = ", ".join(table.name for table in _tables())
    connection.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
