"""Hearing other officers' changes on a team catalogue, and who else is connected.

PostgreSQL only; on a file nothing here runs (one window holds the file's lock, so nobody
else changes it). Every change set is announced with pg_notify in its own transaction, so
listeners hear of it exactly when it commits, never of one rolled back; the payload is
small (the change set's id and the writing window's token) and listeners read the rest.
A window listens on a connection of its own, on a thread (Listener), and knows who else
has the catalogue open from pg_stat_activity: each window names its connections
`catalogue:<officer>` (application_name) and its listener's `catalogue-live:<officer>`;
a window is there while its listener is, and its own listener is left out by its pid.
"""

from __future__ import annotations

import contextlib
import datetime
import secrets
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

CHANNEL = "catalogue_changes"
APP_PREFIX = "catalogue:"
"""The start of a window's connections' application_name; the officer's name follows
(URL-quoted: the server keeps only 63 bytes of printable ASCII)."""
LIVE_PREFIX = "catalogue-live:"
"""The same for a window's listener: one per open window, so it counts who is there."""
SENDER = "catalogue_sender"
"""The key of a connection's `info` that holds its window's token."""
HELLO = "hello"
"""A listener's payload when it starts: the others look again at who is connected."""
BYE = "bye"
"""'bye <pid>': a listener leaving; the others drop it at once."""
RESTORED = "restored"
"""A backup was restored over the catalogue: no change set says what changed, so every
window reads all it shows again."""
WAIT_SECONDS = 0.25
"""How long the listener waits for a notification before it looks at its stop flag."""
PRESENCE_SECONDS = 5.0
"""How often the listener asks who is connected (others' arrivals are also announced)."""
RETRY_SECONDS = 3.0
"""After a lost connection, how long before the listener connects again."""


@dataclass(frozen=True)
class Peer:
    """Another officer with the catalogue open (their earliest connection)."""

    officer: str
    since: datetime.datetime | None = None
    """Connected since, in UTC (naive); None when the server does not tell this role."""


@dataclass(frozen=True)
class Identity:
    """One window's connections: the token its change sets carry, and its officer."""

    token: str
    officer: str


_identities: weakref.WeakKeyDictionary[Any, Identity] = weakref.WeakKeyDictionary()


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def login_role(engine: Engine) -> str:
    """The role named in the server's address ('' when libpq's default is used)."""
    return str(engine.url.username or "")


def application_name(officer: str, prefix: str = APP_PREFIX) -> str:
    """`catalogue:<officer>` as the server keeps it (63 bytes of printable ASCII)."""
    quoted = quote(officer, safe=" @._-")
    limit = 63 - len(prefix)
    cut = quoted[:limit]
    if "%" in cut[-2:]:  # never half of an escape
        cut = cut[:cut.rindex("%")]
    return prefix + cut


def officer_of(name: str, role: str) -> str:
    """The officer a connection's application_name names (its role when it names none)."""
    prefix = next((prefix for prefix in (LIVE_PREFIX, APP_PREFIX) if name.startswith(prefix)),
                  None)
    officer = unquote(name[len(prefix):]) if prefix is not None else ""
    return officer or role


def identify(engine: Engine, officer: str) -> str:
    """Mark `engine`'s connections as one window's, for `officer`: their application_name,
    and a token its change sets carry so the window knows them as its own. The token ('' on
    a file, where nothing is announced)."""
    if not is_server(engine):
        return ""
    from sqlalchemy import event

    identity = Identity(secrets.token_hex(6), officer)
    name = application_name(officer)

    def named(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["application_name"] = name

    def remember(_dbapi_connection: Any, record: Any) -> None:
        record.info[SENDER] = identity.token

    event.listen(engine, "do_connect", named)
    event.listen(engine, "connect", remember)
    engine.dispose()  # connections made before this are made again, named
    _identities[engine] = identity
    return identity.token


def announce(connection: Connection, set_id: int) -> None:
    """Tell every listener, when this transaction commits, that change set `set_id` was
    written (by the window whose token the connection carries). Nothing on a file."""
    sender = str(connection.info.get(SENDER, ""))
    _notify(connection, f"{set_id} {sender}".strip())


def announce_restore(connection: Connection) -> None:
    """Tell every listener, when this transaction commits, that the whole catalogue was
    replaced (a restore). Nothing on a file."""
    _notify(connection, RESTORED)


def _notify(connection: Connection, payload: str) -> None:
    """`payload` to every listener when this transaction commits; nothing on a file."""
    if connection.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": payload})


def parse(payload: str) -> tuple[int, str] | None:
    """(change set id, sender) from a change's payload; None for any other."""
    words = payload.split()
    if not words or not words[0].isdigit():
        return None
    return int(words[0]), words[1] if len(words) > 1 else ""


def peers(connection: Any, own: set[int]) -> list[Peer]:
    """Who else has this catalogue open: one Peer per officer, from the listeners in
    pg_stat_activity, leaving out the backend pids in `own`. `connection` is psycopg's."""
    rows = connection.execute(
        "SELECT pid, usename, application_name, backend_start FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name LIKE %s",
        (LIVE_PREFIX + "%",)).fetchall()
    earliest: dict[str, datetime.datetime | None] = {}
    for pid, role, name, started in rows:
        if pid in own:
            continue
        officer = officer_of(str(name), str(role or ""))
        since = started.astimezone(datetime.UTC).replace(tzinfo=None) if started else None
        if officer not in earliest:
            earliest[officer] = since
        elif since is not None:
            first = earliest[officer]
            earliest[officer] = since if first is None else min(first, since)
    return [Peer(officer, since) for officer, since in sorted(earliest.items())]


class Listener:
    """A thread that LISTENs on a connection of its own, made as `engine` makes its
    connections (same address, role and options): `on_change(set_id, sender)` for every
    change set committed, `on_peers(list[Peer])` when who else is connected may have
    changed, `on_gap(False)` when it listens again after a lost connection (what was
    committed meanwhile was not heard) and `on_gap(True)` when a backup was restored over
    the catalogue. All are called on this thread. stop() ends it within WAIT_SECONDS."""

    def __init__(self, engine: Engine, on_change: Callable[[int, str], None],
                 on_peers: Callable[[list[Peer]], None],
                 on_gap: Callable[[bool], None] | None = None) -> None:
        self.engine = engine
        self.on_change = on_change
        self.on_peers = on_peers
        self.on_gap = on_gap
        self._lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="catalogue listener",
                                        daemon=True)
        self.listening = threading.Event()
        """Set once LISTEN is in place (tests wait for it)."""
        self.pid: int | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=WAIT_SECONDS * 8)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception:  # any failure of the connection: connect again
                self.listening.clear()
                self._lost = True
                self._stop.wait(RETRY_SECONDS)

    def _connect(self) -> Any:
        """A psycopg connection of our own, made by the engine (its address, role and
        options), named as this window's listener."""
        raw = self.engine.raw_connection()
        connection = raw.driver_connection
        assert connection is not None
        raw.detach()  # ours now, never returned to the pool
        connection.rollback()
        connection.autocommit = True
        identity = _identities.get(self.engine)
        officer = identity.officer if identity is not None else login_role(self.engine)
        connection.execute("SELECT set_config('application_name', %s, false)",
                           (application_name(officer, LIVE_PREFIX),))
        return connection

    def _listen(self) -> None:
        connection = self._connect()
        gone: set[int] = set()
        try:
            self.pid = int(connection.info.backend_pid)
            connection.execute(f"LISTEN {CHANNEL}")
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, HELLO))
            self.listening.set()
            if self._lost and self.on_gap is not None:
                self.on_gap(False)
            self._lost = False
            self.on_peers(peers(connection, {self.pid}))
            asked = _now()
            while not self._stop.is_set():
                look = False
                for notice in connection.notifies(timeout=WAIT_SECONDS):
                    if notice.pid == self.pid:
                        continue
                    heard = parse(notice.payload)
                    if heard is not None:
                        self.on_change(*heard)
                    elif notice.payload == RESTORED:
                        if self.on_gap is not None:
                            self.on_gap(True)
                    elif notice.payload.startswith(BYE):
                        with contextlib.suppress(ValueError, IndexError):
                            gone.add(int(notice.payload.split()[1]))
                        look = True
                    else:
                        look = True
                    if self._stop.is_set():
                        break
                if look or _now() - asked >= PRESENCE_SECONDS:
                    self.on_peers(peers(connection, {self.pid} | gone))
                    asked = _now()
            with contextlib.suppress(Exception):
                connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"{BYE} {self.pid}"))
        finally:
            self.listening.clear()
            with contextlib.suppress(Exception):
                connection.close()


def _now() -> float:
    import time

    return time.monotonic()
