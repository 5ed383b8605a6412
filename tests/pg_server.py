"""A real PostgreSQL for the tests, started by the test session itself in a temporary
folder and stopped at its end: initdb (UTF-8, the C.UTF-8 locale, under which pg_trgm sees
Chinese), a Unix socket in that folder and no TCP at all (listen_addresses=''). As root,
the server's programs run as the `postgres` user, which owns the folder.

The binaries are looked for in $PG_BIN, on PATH, then in /usr/lib/postgresql/NN/bin
(Debian's `postgresql` package), newest first. Without them the PostgreSQL tests skip with
the reason, except under CI=true, where they fail: CI must test the server.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def find_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and psql, or None."""
    candidates = [os.environ.get("PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    candidates += sorted((str(folder) for folder in Path("/usr/lib/postgresql").glob("*/bin")),
                         key=lambda name: int(Path(name).parent.name)
                         if Path(name).parent.name.isdigit() else 0, reverse=True)
    for candidate in candidates:
        if candidate and all((Path(candidate) / tool).is_file()
                             for tool in ("initdb", "pg_ctl", "psql", "postgres")):
            return Path(candidate)
    return None


@dataclass
class PgServer:
    """A running server: its socket folder and a way to run SQL as its superuser."""

    bin: Path
    folder: Path
    counter: int = 0

    @property
    def socket(self) -> Path:
        return self.folder

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """The catalogue's address of a database here (the Unix-socket form)."""
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser; its output (psql -At)."""
        result = subprocess.run(
            [str(self.bin / "psql"), "-h", str(self.socket), "-U", SUPERUSER, "-d", database,
             "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
            capture_output=True, text=True, timeout=60, check=False)
        if result.returncode:
            raise RuntimeError(result.stderr.strip())
        return result.stdout.strip()

    def new_database(self, prefix: str = "cat", *, locale: str = "C.UTF-8",
                     owner: str = SUPERUSER) -> str:
        """A new, empty database (the way the README says to make one)."""
        self.counter += 1
        name = f"{prefix}_{os.getpid()}_{self.counter}"
        self.psql(f"CREATE DATABASE {name} OWNER {owner} ENCODING 'UTF8' "
                  f"LOCALE '{locale}' TEMPLATE template0")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _as_server_user(command: list[str]) -> list[str]:
    """Root may not run PostgreSQL: run it as the postgres user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SUPERUSER, "--", *command]


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a server in a new temporary folder; stop it and remove the folder after."""
    binaries = find_binaries()
    if binaries is None:
        message = ("PostgreSQL's binaries (initdb, pg_ctl, postgres, psql) are not installed:"
                   " apt-get install postgresql, or set PG_BIN")
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="catalogue-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam(SUPERUSER)
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    environment = {**os.environ, "LC_ALL": "C.UTF-8"}
    try:
        subprocess.run(_as_server_user([
            str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
            "--encoding=UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True, env=environment, timeout=300)
        subprocess.run(_as_server_user([
            str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
            "-w", "-t", "120", "-o",
            f"-c listen_addresses='' -k {folder} -c fsync=off -c full_page_writes=off",
            "start"]), check=True, capture_output=True, env=environment, timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = folder / "server.log"
        said = getattr(error, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {said.decode(errors='replace')}"
                    f"{log.read_text() if log.exists() else ''}", pytrace=False)
    try:
        yield PgServer(binaries, folder)
    finally:
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m",
                                        "immediate", "-w", "stop"]),
                       capture_output=True, timeout=120, check=False)
        shutil.rmtree(folder, ignore_errors=True)
