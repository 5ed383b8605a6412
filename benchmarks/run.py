"""Catalogue's speed and memory benchmarks (`make bench`): not tests, figures.

Every figure is a ratio against a floor measured in the same run on the same machine, or a
latency, because the machines here are shared and noisy. Prints a table and writes
benchmarks/results.json. The 100,000-record database is generated once into
benchmarks/work/ and reused by later runs.

    python benchmarks/run.py [--records 100000] [--queries 60]
"""

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import p95  # noqa: E402
from live import save_to_shown  # noqa: E402
from server_search import on_a_server, server_ratio  # noqa: E402
from startup import BARE_EDITOR, BARE_WINDOW, time_to_shown  # noqa: E402

WORK = HERE / "work"
TARGETS = {"startup_seed_ratio": 2.0, "startup_100k_ratio": 2.0,
           "interactive_seed_ratio": 2.0, "interactive_100k_ratio": 2.0, "search_p95_ms": 50.0,
           "export_100k_ratio": 2.0, "peak_rss_mb": 250.0, "save_history_ratio": 1.2,
           "sqlite_lost_updates": 0.0, "server_lost_updates": 0.0,
           "live_refresh_p95_ms": 1000.0,
           "server_search_p95_ms": 50.0}
SHOWN_PROBE = "CATALOGUE_EXIT_WHEN_SHOWN"
INTERACTIVE_PROBE = "CATALOGUE_EXIT_WHEN_INTERACTIVE"

SEARCH_AND_MEASURE = r"""
import json, os, resource, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from catalogue.ui.app import make_application, open_window
app = make_application()
window = open_window(sys.argv[1])
window.resize(1280, 800)
window.show()
app.processEvents()
window.warm_up()  # as the app does just after showing the window: the ORM is imported on a
while not window.session.warm:  # worker thread, then the engine made and the heap frozen
    app.processEvents()
    time.sleep(0.01)
window.controller.apply_filter("warm up")  # first use: statement caches, code paths
window.controller.apply_filter("")
app.processEvents()
asked, counted = set(), {}
window.controller.uncounted.connect(asked.add)  # more matched than shown: counted after
window.filter_box.counted.connect(lambda text, total: counted.setdefault(text, time.perf_counter()))
latencies, totals = [], []
for query in json.loads(sys.argv[2]):
    start = time.perf_counter()
    window.filter_box.setText(query)
    window.filter_box.timer.stop()  # the typing pause's search: apply_filter is measured
    window.controller.apply_filter(query)
    app.processEvents()
    latencies.append((time.perf_counter() - start) * 1000)
    while query in asked and query not in counted and time.perf_counter() - start < 60:
        app.processEvents()
        time.sleep(0.0005)
    totals.append((counted.get(query, time.perf_counter()) - start) * 1000
                  if query in asked else latencies[-1])
window.controller.apply_filter("")
window.close()
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"latencies": latencies, "counted": totals, "peak_rss_mb": peak_kb / 1024}))
"""


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(measures: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """The median of `runs` measurements of each, taken in turn (floor, then each app
    command, round after round), so a busy spell on this shared machine slows every side of
    a ratio rather than one."""
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            times[name].append(measure())
    return {name: statistics.median(values) for name, values in times.items()}


def startup(commands: dict[str, list[str]], env: dict[str, str], runs: int = 7
            ) -> dict[str, float]:
    """Seconds from process start to window shown ("floor": a bare QMainWindow; "seed",
    "100k": `commands`) and to the first record shown in the editor with the event loop free
    again ("ready floor": a bare window with a tree and an editor showing a text; "ready
    seed", "ready 100k"), every one taken in turn, round after round."""
    ready_env = {**{k: v for k, v in env.items() if k != SHOWN_PROBE}, INTERACTIVE_PROBE: "1"}
    floors = {"floor": [sys.executable, "-c", BARE_WINDOW],
              "ready floor": [sys.executable, "-c", BARE_EDITOR]}
    measures = {}
    for name, command in {"floor": floors["floor"], **commands}.items():
        measures[name] = lambda command=command: time_to_shown(command, env)
    for name, command in {"floor": floors["ready floor"], **commands}.items():
        measures[f"ready {name}"] = lambda command=command: time_to_shown(
            command, ready_env, line="record shown")
    return interleaved(measures, runs)


def big_database(records: int) -> Path:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"catalogue-{records}.db"
    if not path.exists():
        print(f"generating {records:,} records into {path} (once) ...", flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "catalogue", "demo-data", "--db", str(path),
                        "--records", str(records)], check=True, stdout=subprocess.DEVNULL)
        print(f"  took {time.perf_counter() - start:.1f} s", flush=True)
    return path


def queries_for(records_db: Path, count: int) -> list[str]:
    """Different queries an officer might type: whole and partial words, names, Chinese."""
    from catalogue import demo

    rng = random.Random(7)
    words = (list(demo.TOPICS) + list(demo.NAMES) + list(demo.GIVEN) + list(demo.CHINESE)
             + ["green finance", "youth intern", "mutual recog", "arbitration", "Memorandum",
                "Letter of Intent", "heritage", "talent", "深化", "金融", "Shanghai Culture"])
    chosen = []
    while len(chosen) < count:
        word = rng.choice(words)
        if rng.random() < 0.3 and len(word) > 5:
            word = word[: rng.randint(3, len(word) - 1)]
        if rng.random() < 0.2:
            word += " " + rng.choice(demo.TOPICS).split()[0]
        if word not in chosen:
            chosen.append(word)
    return chosen


def export_ratio(db_path: Path, env: dict[str, str], runs: int = 5) -> float:
    out = Path(tempfile.mkdtemp()) / "out.csv"

    def app() -> None:
        subprocess.run([sys.executable, "-m", "catalogue", "export", "--db", str(db_path),
                        str(out)], check=True, stdout=subprocess.DEVNULL, env=env)

    tables = ["plenary_session", "area", "measure", "official", "agreement", "annex"]
    sqlite_cli = shutil.which("sqlite3")
    if sqlite_cli:
        floor_command = [sqlite_cli, "-csv", str(db_path)]
        script = "".join(f"SELECT * FROM {table};\n" for table in tables)

        def floor() -> None:
            subprocess.run(floor_command, input=script, text=True, check=True,
                           stdout=subprocess.DEVNULL)
    else:  # no sqlite3 shell: Python's csv writer over the same rows is the floor
        reader = ("import csv, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                  "w = csv.writer(open(sys.argv[2], 'w', newline=''));"
                  + "".join(f"w.writerows(c.execute('SELECT * FROM {t}'));" for t in tables))

        def floor() -> None:
            subprocess.run([sys.executable, "-c", reader, str(db_path), str(out) + ".floor"],
                           check=True)
    medians = interleaved({"floor": lambda: timed(floor), "app": lambda: timed(app)}, runs)
    return medians["app"] / medians["floor"]


def import_seed_ms() -> float:
    from catalogue import bundled
    from catalogue import storage as db
    from catalogue.release import parse_release
    from catalogue.services import import_release

    release = parse_release(bundled.seed_release_text())
    curation = bundled.curation_for(release.ordinal)
    times = []
    for _ in range(5):
        path = Path(tempfile.mkdtemp()) / "seed.db"
        db.create_schema(path)
        engine = db.make_engine(path)
        start = time.perf_counter()
        import_release(engine, release, curation=curation)
        times.append((time.perf_counter() - start) * 1000)
        engine.dispose()
    return statistics.median(times)


class _NoHistory:
    """Within the block the services write no change sets (the floor of `save_ms`): the
    change set, its changes and the name of the change are left out, nothing else."""

    def __enter__(self) -> None:
        from catalogue import services

        self.saved = (services.ChangeLog.write, services.ChangeLog.record, services._named)
        services.ChangeLog.write = lambda self, db: 0  # type: ignore[method-assign]
        services.ChangeLog.record = lambda self, *args: None  # type: ignore[method-assign]
        services._named = lambda db, kind, row: {}

    def __exit__(self, *_: object) -> None:
        from catalogue import services

        services.ChangeLog.write, services.ChangeLog.record, services._named = self.saved


def _measures(engine, count: int, rng: random.Random) -> list[tuple[int, str]]:
    from sqlalchemy import text

    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, text FROM measure")).all()
    return [tuple(row) for row in rng.sample(rows, count)]  # type: ignore[misc]


def _revised(text: str, rng: random.Random) -> str:
    """The measure with its last word changed: an edit of the usual size."""
    return f"{text.rsplit(' ', 1)[0]} {rng.choice(['co-operation', 'exchanges', 'talent'])}."


def save_ms(db_path: Path, runs: int = 61) -> tuple[float, float]:
    """Milliseconds to save one edited measure through `update_record` on the 100,000-record
    catalogue (synchronous=FULL, as the app saves), with its change set and without (the
    floor), taken in turn round after round; medians."""
    from catalogue.kinds import Kind
    from catalogue.services import update_record
    from catalogue.workflows import open_catalogue

    engine = open_catalogue(db_path)
    rng = random.Random(15)
    picked = iter(_measures(engine, 2 * runs + 20, rng))

    def save() -> float:
        record_id, text = next(picked)
        return timed(lambda: update_record(engine, Kind.MEASURE, record_id,
                                           {"text": _revised(text, rng)}))

    def save_without() -> float:
        with _NoHistory():
            return save()

    for _ in range(10):  # statement caches, the pages every save reads
        save(), save_without()
    medians = interleaved({"floor": save_without, "app": save}, runs)
    engine.dispose()
    return medians["app"] * 1000, medians["floor"] * 1000


def history_growth(db_path: Path, edits: int = 10_000) -> dict[str, float | None]:
    """The file's size (MB, WAL checkpointed) before and after `edits` saved edits of
    measures through the services, and the history's own share (change tables and their
    indexes) after. The saves here skip the per-commit fsync: speed is measured by
    `save_ms`, this is about bytes."""
    import sqlite3

    from sqlalchemy import event

    from catalogue.kinds import Kind
    from catalogue.services import update_record
    from catalogue.workflows import open_catalogue

    def size() -> float:
        connection = sqlite3.connect(db_path)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        return db_path.stat().st_size / 1e6

    def history_mb() -> float | None:
        connection = sqlite3.connect(db_path)
        try:
            return connection.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name IN ('change', 'change_set') OR "
                "name LIKE 'ix_change%'").fetchone()[0] / 1e6
        except sqlite3.Error:  # SQLite built without dbstat
            return None
        finally:
            connection.close()

    before, history_before = size(), history_mb()
    engine = open_catalogue(db_path)
    event.listen(engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA synchronous=OFF"))
    engine.dispose()  # connections from now on skip the fsync
    rng = random.Random(10_000)
    for record_id, text in _measures(engine, edits, rng):
        update_record(engine, Kind.MEASURE, record_id, {"text": _revised(text, rng)})
    engine.dispose()
    after = size()
    return {"file_100k_mb": before, "file_after_10k_edits_mb": after,
            "history_100k_mb": history_before, "history_after_10k_edits_mb": history_mb(),
            "bytes_per_edit": (after - before) * 1e6 / edits}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=60)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SHOWN_PROBE: "1",
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
           "CATALOGUE_SETTINGS_DIR": str(work / "config")}
    seed_db = work / "seed.db"
    big_db = big_database(args.records)
    run_db = work / "big.db"
    shutil.copy(big_db, run_db)
    app = [sys.executable, "-m", "catalogue", "--db"]
    time_to_shown([*app, str(seed_db)], env)  # creates the seed database
    time_to_shown([*app, str(run_db)], env)  # takes the daily backup once
    results: dict[str, float | str | None] = {}
    print("measuring start-up, search, memory, export, import ...", flush=True)
    started = startup({"seed": [*app, str(seed_db)], "100k": [*app, str(run_db)]}, env)
    results["startup_floor_s"] = started["floor"]
    results["startup_seed_s"] = started["seed"]
    results["startup_100k_s"] = started["100k"]
    results["startup_seed_ratio"] = started["seed"] / started["floor"]
    results["startup_100k_ratio"] = started["100k"] / started["floor"]
    results["interactive_floor_s"] = started["ready floor"]
    results["interactive_seed_s"] = started["ready seed"]
    results["interactive_100k_s"] = started["ready 100k"]
    results["interactive_seed_ratio"] = started["ready seed"] / started["ready floor"]
    results["interactive_100k_ratio"] = started["ready 100k"] / started["ready floor"]
    query_set = queries_for(run_db, args.queries)

    def searched(where: str) -> dict:  # the query set typed into a window's filter
        return dict(json.loads(subprocess.run(
            [sys.executable, "-c", SEARCH_AND_MEASURE, where, json.dumps(query_set)],
            check=True, capture_output=True, text=True, env=env
        ).stdout.strip().splitlines()[-1]))

    measured = searched(str(run_db))
    latencies = sorted(measured["latencies"])
    results["search_queries"] = len(latencies)
    results["search_p50_ms"] = statistics.median(latencies)
    results["search_p95_ms"] = p95(latencies)
    counts = sorted(measured["counted"])
    results["search_counted_p95_ms"] = p95(counts)
    results["peak_rss_mb"] = measured["peak_rss_mb"]
    print("measuring search on a PostgreSQL server (the same queries) ...", flush=True)
    results.update(on_a_server(run_db, env, searched))
    results["server_search_p95_ratio"] = server_ratio(results["server_search_p95_ms"],
                                                      results["search_p95_ms"])
    results["export_100k_ratio"] = export_ratio(run_db, env)
    results["import_seed_ms"] = import_seed_ms()
    print("measuring saving with history, and the file after 10,000 edits ...", flush=True)
    saved, saved_floor = save_ms(run_db)
    results["save_ms"] = saved
    results["save_no_history_ms"] = saved_floor
    results["save_history_ratio"] = saved / saved_floor
    results.update(history_growth(work / "edited.db" if shutil.copy(big_db, work / "edited.db")
                                  else big_db))
    print("measuring lost updates: 10 officers saving 100 edits each ...", flush=True)
    from conflicts import measure as conflict_figures  # benchmarks/conflicts.py

    results.update({key: None if value is None else float(value)
                    for key, value in conflict_figures().items()})
    print("measuring live refresh between two windows on a PostgreSQL server ...", flush=True)
    results.update(save_to_shown())  # None without PostgreSQL's binaries
    frozen = HERE.parent / "dist" / "Catalogue" / "catalogue"
    if frozen.exists():  # its own database: a bundle may be older than the source tree
        frozen_db = work / "frozen.db"
        time_to_shown([str(frozen), "--db", str(frozen_db)], env)
        results["frozen_startup_s"] = statistics.median(
            [time_to_shown([str(frozen), "--db", str(frozen_db)], env) for _ in range(7)])
    else:
        results["frozen_startup_s"] = None
    results["records"] = args.records
    results["machine"] = (f"{platform.node()}: {os.cpu_count()} cores, "
                          f"{platform.platform()}, Python {platform.python_version()}")
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\n{'figure':<22} {'value':>10} {'target':>8}")
    for key, value in results.items():
        if isinstance(value, float):
            target = TARGETS.get(key)
            verdict = "" if target is None else ("  met" if value <= target else "  MISSED")
            print(f"{key:<22} {value:10.3f} {'' if target is None else target:>8}{verdict}")
    print(f"\nmachine: {results['machine']}\nwrote {HERE / 'results.json'}")
    shutil.rmtree(work, ignore_errors=True)
    resource.getrusage(resource.RUSAGE_SELF)
    return 0


if __name__ == "__main__":
    sys.exit(main())
