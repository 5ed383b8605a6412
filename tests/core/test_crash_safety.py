"""Crash safety with real processes: a child makes edits through the services and reports
each commit; it is killed with SIGKILL at random moments, and after every kill the file must
pass integrity_check, hold every edit reported committed, and hold nothing half-written.
Bounded: 20 kills per test, each child killed within a second of starting its work."""

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from catalogue import queries

pytestmark = pytest.mark.slow  # each test kills 20 real processes: about 20 s each

KILLS = 20

EDITOR = """
import sys
from pathlib import Path
from catalogue.workflows import open_catalogue
from catalogue import queries
from catalogue.services import update_record
engine = open_catalogue(Path(sys.argv[1]))
sid = queries.plenaries(engine)[0].id
measures = [item.id for area in queries.children(engine, ("areas", sid))
            for item in queries.children(engine, ("area", area.id)) if item.kind == "measure"]
start = int(sys.argv[2])
print("ready", flush=True)
for number in range(start, start + 100000):
    update_record(engine, "measure", measures[number % len(measures)], {"text": f"edit {number}"})
    print(number, flush=True)
"""

REPLACER = """
import dataclasses, sys
from pathlib import Path
from catalogue import bundled
from catalogue.workflows import open_catalogue
from catalogue.release import ParsedArea, parse_release
from catalogue.services import import_release
engine = open_catalogue(Path(sys.argv[1]))
seed = parse_release(bundled.seed_release_text())
curation = bundled.curation_for(seed.ordinal)
start = int(sys.argv[2])
print("ready", flush=True)
for number in range(start, start + 100000):
    tag = f"v{number}"
    areas = tuple(ParsedArea(f"{area.name} [{tag}]", tuple(f"{m} [{tag}]" for m in area.measures))
                  for area in seed.areas)
    import_release(engine, dataclasses.replace(seed, areas=areas), curation=curation,
                   replace=True)
    print(tag, flush=True)
"""


def run_and_kill(script: str, *args: str, rng: random.Random) -> list[str]:
    """Start the child, let it work for a random moment, SIGKILL it; return what it reported."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(rng.uniform(0.0, 0.6))
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return [line for line in output.splitlines() if line.strip()]


def integrity_ok(path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


@pytest.mark.parametrize("seed", [20261126])
def test_killed_editor_loses_no_committed_edit(engine, db_path, seed):
    rng = random.Random(seed)
    engine.dispose()
    reported: dict[int, int] = {}
    start = 0
    total = 0
    for _ in range(KILLS):
        done = [int(line) for line in run_and_kill(EDITOR, str(db_path), str(start), rng=rng)]
        total += len(done)
        assert integrity_ok(db_path)
        texts = _measure_texts(db_path)
        assert len(texts) == 35, "nothing lost, nothing half-written"
        for number in done:
            reported[number % 35] = max(reported.get(number % 35, -1), number)
        for slot, number in reported.items():
            saved = texts[slot]
            assert saved.startswith("edit "), saved
            assert int(saved.split()[1]) >= number, (slot, saved, number)
        start = (max(done) + 1) if done else start + 1
    assert total > KILLS, "the children committed edits before they were killed"


def _measure_texts(path) -> list[str]:
    from catalogue.workflows import open_catalogue

    engine = open_catalogue(path)
    try:
        sid = queries.plenaries(engine)[0].id
        return [item.values["text"] for area in queries.children(engine, ("areas", sid))
                for item in queries.children(engine, ("area", area.id))
                if item.kind == "measure"]
    finally:
        engine.dispose()


def test_killed_replace_leaves_the_plenary_entirely_old_or_new(engine, db_path):
    rng = random.Random(6)
    engine.dispose()
    replaced = 0
    start = 0
    newest_reported = -1
    for _ in range(KILLS):
        done = run_and_kill(REPLACER, str(db_path), str(start), rng=rng)
        replaced += len(done)
        assert integrity_ok(db_path)
        connection = sqlite3.connect(db_path)
        try:
            names = [row[0] for row in connection.execute("SELECT name FROM area")]
            texts = [row[0] for row in connection.execute("SELECT text FROM measure")]
            counts = [connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("plenary_session", "official", "agreement", "annex")]
        finally:
            connection.close()
        assert (len(names), len(texts), counts) == (15, 35, [1, 12, 20, 8])
        tags = {name.rsplit(" [", 1)[1] if " [" in name else "seed" for name in names}
        tags |= {text.rsplit(" [", 1)[1] if text.endswith("]") else "seed" for text in texts}
        assert len(tags) == 1, f"a mix of versions: {sorted(tags)}"
        if done:
            newest_reported = int(done[-1].removeprefix("v"))
            start = newest_reported + 2  # the next one may have committed unreported
        else:
            start += 2
        tag = tags.pop()
        if newest_reported >= 0:
            assert tag != "seed", "a reported replace was lost"
            assert int(tag.rstrip("]").removeprefix("v")) >= newest_reported
    assert replaced > 0
