"""Search on a team catalogue (issue #16 item 10): the same query set as the file's search
figure, typed into the window's filter the same way (the same code path: the controller,
queries.search, storage.search on the server engine: pg_trgm), on a PostgreSQL server
started for the run into which the 100,000-record file was copied (`catalogue copy`).

Like the file's `search_p95_ms` it is a latency, target <= 50 ms. Without PostgreSQL's
binaries (or the test extras, whose tests/pg_server.py starts the server) the figures are
None and the note says why.

    python benchmarks/server_search.py [--records 100000] [--queries 60]
"""

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from figures import p95

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

Measure = Callable[[str], dict[str, Any]]
"""The query set typed into a window on a catalogue (a path or URL): "latencies" (ms, to the
tree showing the first matches) and "counted" (ms, to the total shown as well)."""


def on_a_server(big_db: Path, env: dict[str, str], measure: Measure
                ) -> dict[str, float | str | None]:
    """server_search_p50_ms and server_search_p95_ms, with a note of what was measured."""
    import statistics

    none: dict[str, float | str | None] = {"server_search_p50_ms": None,
                                           "server_search_counted_p95_ms": None,
                                           "server_search_p95_ms": None}
    try:
        sys.path.insert(0, str(ROOT))
        from tests.pg_server import running_server
    except ImportError:
        return {**none, "server_search_note": "skipped: the test extras are not installed"}
    try:
        context = running_server()
        server = context.__enter__()
    except BaseException as error:  # pytest's skip (a BaseException): no binaries here
        return {**none, "server_search_note": f"skipped: {error}"}
    try:
        database = server.new_database("bench")
        url = server.url(database)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "catalogue", "copy", "--db", str(big_db),
                        "--to", url], check=True, stdout=subprocess.DEVNULL, env=env)
        copied = time.perf_counter() - started
        measured = measure(url)
    finally:
        context.__exit__(None, None, None)
    latencies, counts = sorted(measured["latencies"]), sorted(measured["counted"])
    return {"server_search_p50_ms": statistics.median(latencies),
            "server_search_p95_ms": p95(latencies),
            "server_search_counted_p95_ms": p95(counts),
            "server_search_note": f"{len(latencies)} queries; PostgreSQL "
                                  f"{server.bin.parent.name}; copy took {copied:.0f} s"}


def server_ratio(server: object, file: object) -> float | None:
    """The server's p95 over the file's in the same run ("as on SQLite"): a busy spell on
    this shared machine moves both, their ratio much less (None without a server figure)."""
    if not isinstance(server, float) or not isinstance(file, float) or file <= 0:
        return None
    return server / file


def main() -> int:
    """Only this figure (make bench measures it with the others)."""
    import argparse
    import json
    import tempfile

    from run import SEARCH_AND_MEASURE, big_database, queries_for

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=60)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
           "CATALOGUE_SETTINGS_DIR": str(work / "config")}
    big_db = big_database(args.records)
    query_set = queries_for(big_db, args.queries)

    def measure(where: str) -> dict[str, Any]:
        said = subprocess.run([sys.executable, "-c", SEARCH_AND_MEASURE, where,
                               json.dumps(query_set)], check=True, capture_output=True,
                              text=True, env=env).stdout.strip().splitlines()[-1]
        return dict(json.loads(said))

    on_file = measure(str(big_db))
    results = on_a_server(big_db, env, measure)
    for name, key in (("search_p95_ms", "latencies"), ("search_counted_p95_ms", "counted")):
        figures = sorted(on_file[key])
        results[f"{name} (file, same run)"] = p95(figures)
    results["server_search_p95_ratio"] = server_ratio(
        results["server_search_p95_ms"], results["search_p95_ms (file, same run)"])
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
