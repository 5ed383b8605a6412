"""Live refresh on a team catalogue (issue #16 item 10): the time from one officer's save
to another officer's window showing it, on a real PostgreSQL server started for the run.

The other window is a real one in a process of its own (offscreen), on the same server as
a different role; it prints the wall-clock time at which each change set it heard has been
applied to its tree. This process saves as the first officer through the services (the
save the window's Save makes), one edit at a time with a short random pause between, and
takes save start -> shown. Both processes read one clock (same machine).

    python benchmarks/live.py [--saves 50]
"""

import argparse
import json
import os
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import p95

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

OTHER_WINDOW = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from catalogue.ui.app import make_application, open_window
app = make_application()
window = open_window(sys.argv[1])
window.show()
while not window.session.listener.listening.is_set():
    app.processEvents()
    time.sleep(0.01)
def shown(batch):  # connected after the window's own slot: the tree has it by now
    now = time.time()
    for news in batch:
        print(json.dumps({"set": news.set_id, "shown": now}), flush=True)
window.session.feed.arrived.connect(shown)
print("ready", flush=True)
app.exec()
"""


def _line(process: subprocess.Popen, timeout: float) -> str:
    """The other window's next line ('' when it said nothing for `timeout` seconds)."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline().strip() if ready else ""


def save_to_shown(saves: int = 50) -> dict[str, float | None]:
    """p50 and p95 of save -> shown in the other window, in ms (None without a server)."""
    try:
        sys.path.insert(0, str(ROOT))
        from tests.pg_server import running_server
    except ImportError:  # the test extras (pytest) are not installed
        return {"live_refresh_p50_ms": None, "live_refresh_p95_ms": None}
    from catalogue import queries, services
    from catalogue.kinds import ROOT as TOP
    from catalogue.kinds import Kind, ListKey, ListKind
    from catalogue.spec import Origin, Source
    from catalogue.storage import live
    from catalogue.storage.server import ServerAddress
    from catalogue.workflows import open_server

    try:
        context = running_server()
        server = context.__enter__()
    except BaseException:  # pytest's skip (a BaseException): no PostgreSQL binaries here
        return {"live_refresh_p50_ms": None, "live_refresh_p95_ms": None}
    work = Path(tempfile.mkdtemp(prefix="catalogue-bench-live-"))
    process = None
    try:
        database = server.new_database("bench")
        for role in ("alice", "bob"):
            server.psql(f"CREATE ROLE {role} LOGIN")
        engine = open_server(ServerAddress(server.url(database))).engine
        engine.dispose()
        server.psql("GRANT ALL ON ALL TABLES IN SCHEMA public TO alice, bob; "
                    "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO alice, bob", database)
        engine = open_server(ServerAddress(server.url(database, user="alice"))).engine
        live.identify(engine, "alice")
        session_id = queries.children(engine, TOP)[0].id
        areas = queries.children(engine, ListKey(ListKind.AREAS, session_id))
        measures = [item.id for area in areas
                    for item in queries.children(engine, ListKey(ListKind.AREA, area.id))
                    if item.kind == Kind.MEASURE]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data")}
        process = subprocess.Popen(
            [sys.executable, "-c", OTHER_WINDOW, server.url(database, user="bob")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        if _line(process, 120) != "ready":
            raise RuntimeError("the other window did not start")
        rng = random.Random(16)
        origin = Origin(Source.WINDOW, officer="alice")
        latencies = []
        for number in range(saves):
            measure = rng.choice(measures)
            started = time.time()
            services.update_record(engine, Kind.MEASURE, measure,
                                   {"text": f"Save {number} of the live refresh bench."},
                                   origin=origin)
            line = _line(process, 30)
            if not line:
                raise RuntimeError(f"save {number} never reached the other window")
            latencies.append((json.loads(line)["shown"] - started) * 1000)
            time.sleep(rng.uniform(0.2, 0.5))  # an officer's pace, not a burst
        engine.dispose()
        latencies.sort()
        return {"live_refresh_p50_ms": statistics.median(latencies),
                "live_refresh_p95_ms": p95(latencies)}
    finally:
        if process is not None:
            process.kill()
            process.wait()
        context.__exit__(None, None, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args()
    print(json.dumps(save_to_shown(args.saves), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
