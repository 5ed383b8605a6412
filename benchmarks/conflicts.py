"""No lost update under load (issue #16 item 4), as figures for `make bench`.

10 processes (officers), each saving 100 edits to measures they all share (a few records,
so their edits overlap all the time): each reads the record (the version its editor would
hold), thinks for a moment, then saves on that version; a Conflict is counted, and the
officer keeps theirs (saves again on the version the conflict reported, as the dialog's
"Keep mine" does). Afterwards the history says, for every save, which version it was
written over; a save written over a version other than the one its officer read
overwrote a change that officer never saw: a lost update. The same load saved the old
way (no version given, last write wins) shows what the check prevents.

    python benchmarks/conflicts.py                      # a new file, and a server if found
    python benchmarks/conflicts.py --db postgresql://user@/name?host=/socket/folder

Prints the figures and writes benchmarks/conflicts.json (`make bench` puts them in
results.json with the others).
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFICERS = 10
EDITS = 100
SHARED = 12
"""How many measures the officers share: few, so that edits overlap."""
RETRIES = 20


def engine_for(db: str):  # -> Engine (SQLAlchemy imported in the function)
    from catalogue.storage.server import ServerAddress
    from catalogue.workflows import open_catalogue, open_server

    if db.startswith("postgresql://"):
        return open_server(ServerAddress(db)).engine
    return open_catalogue(Path(db))


def shared_measures(engine) -> list[int]:
    from sqlalchemy import text

    with engine.connect() as connection:
        return [int(row[0]) for row in connection.execute(text(
            f"SELECT id FROM measure ORDER BY id LIMIT {SHARED}"))]


def worker(db: str, number: int, checked: bool, tag: str) -> None:
    """One officer's 100 saves; prints one JSON line per save that went through."""
    from catalogue import queries, services
    from catalogue.kinds import Kind
    from catalogue.spec import Conflict, Origin, ServiceError, Source

    engine = engine_for(db)
    rng = random.Random(number)
    records = shared_measures(engine)
    origin = Origin(Source.COMMAND_LINE, officer=f"officer {number}")
    conflicts = refused = 0
    for edit in range(EDITS):
        record_id = rng.choice(records)
        version = int(queries.record(engine, Kind.MEASURE, record_id)["version"])
        time.sleep(rng.random() * 0.004)  # the officer types
        token = f"Officer {number} edit {edit} ({tag})."
        for _ in range(RETRIES):
            try:
                services.update_record(engine, Kind.MEASURE, record_id, {"text": token},
                                       origin=origin, version=version if checked else None)
            except Conflict as conflict:
                conflicts += 1
                version = conflict.version  # keep mine, on the version now seen
                continue
            except ServiceError:  # the file busy beyond the wait: try again
                refused += 1
                time.sleep(0.01)
                continue
            print(json.dumps({"token": token, "read": version}), flush=True)
            break
    print(json.dumps({"conflicts": conflicts, "refused": refused}), flush=True)
    engine.dispose()


def run_load(db: str, checked: bool) -> dict[str, float]:
    """Start the officers at once; count saves, conflicts and lost updates."""
    from sqlalchemy import text

    tag = f"{'checked' if checked else 'unchecked'} {random.randrange(10**9)}"
    start = time.perf_counter()
    processes = [subprocess.Popen(
        [sys.executable, str(Path(__file__)), "--worker", str(number), "--db", db,
         "--tag", tag] + ([] if checked else ["--unchecked"]), stdout=subprocess.PIPE,
        text=True) for number in range(OFFICERS)]
    read: dict[str, int] = {}
    conflicts = refused = 0
    for process in processes:
        out, _ = process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"an officer's process failed ({process.returncode})")
        for line in out.splitlines():
            said = json.loads(line)
            if "token" in said:
                read[said["token"]] = said["read"]
            else:
                conflicts += said["conflicts"]
                refused += said["refused"]
    seconds = time.perf_counter() - start
    engine = engine_for(db)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT fields FROM change WHERE kind = 'measure' AND operation = 'update' "
                "ORDER BY id")).scalars().all()
            finals = dict(connection.execute(text(
                f"SELECT id, text FROM measure WHERE id IN "
                f"({', '.join(map(str, shared_measures(engine)))})")).all())
    finally:
        engine.dispose()
    lost = saved = 0
    for fields in rows:
        changed = json.loads(fields)
        new_text = changed.get("text", [None, None])[1]
        if new_text not in read:
            continue
        saved += 1
        written_over = changed["version"][0]
        if written_over != read[new_text]:
            lost += 1  # it overwrote a version its officer had not read
    stale_finals = sum(1 for value in finals.values() if value not in read)
    return {"saves": saved, "conflicts": conflicts, "lost_updates": lost,
            "busy_retries": refused, "seconds": seconds, "final_not_a_save": stale_finals}


def fresh_file(folder: Path, name: str) -> str:
    path = folder / f"shared{name}.db"
    engine_for(str(path)).dispose()
    return str(path)


def measure(server_url: str | None = None, with_server: bool = True) -> dict[str, float | None]:
    """The figures on a new file (and on a server: `server_url`, else one started here
    when PostgreSQL's binaries are installed): checked saves, and the old way."""
    results: dict[str, float | None] = {}
    folder = Path(tempfile.mkdtemp(prefix="catalogue-conflicts-"))
    for name, checked in (("", True), ("_unchecked", False)):
        figures = run_load(fresh_file(folder, name), checked)
        for key, value in figures.items():
            results[f"sqlite{name}_{key}"] = value
    if server_url is not None:
        results.update(_server_figures(lambda: server_url))
    elif with_server:
        results.update(_started_server_figures())
    return results


def _server_figures(database) -> dict[str, float | None]:
    results: dict[str, float | None] = {}
    for name, checked in (("", True), ("_unchecked", False)):
        figures = run_load(database(), checked)
        for key, value in figures.items():
            results[f"server{name}_{key}"] = value
    return results


def _started_server_figures() -> dict[str, float | None]:
    """A PostgreSQL started for the bench, as the tests start theirs (tests/pg_server.py);
    no figures (None) when its binaries are not installed."""
    sys.path.insert(0, str(HERE.parent))
    try:
        from tests.pg_server import find_binaries, running_server
    except ImportError:
        return {"server_lost_updates": None}
    if find_binaries() is None:
        return {"server_lost_updates": None}
    with running_server() as server:
        return _server_figures(lambda: server.url(server.new_database("bench")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a server database to measure on (else a new file)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--unchecked", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tag", default="", help=argparse.SUPPRESS)
    parser.add_argument("--no-server", action="store_true",
                        help="the file only, even when PostgreSQL is installed")
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.db, args.worker, checked=not args.unchecked, tag=args.tag)
        return 0
    results = measure(args.db, with_server=not args.no_server)
    for key, value in results.items():
        print(f"{key:<34} {value if value is not None else '-':>10}")
    (HERE / "conflicts.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
