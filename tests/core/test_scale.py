"""Scale: the demo generator, cancellable long work (the tree of a large catalogue is in
tests/ui/test_tree_scale.py)."""

import datetime
import sqlite3
from dataclasses import replace

import pytest

from catalogue import queries
from catalogue.demo import PLENARY_SIZE, generate
from catalogue.export import ExportCancelled, export_csv
from catalogue.spec import Cancelled
from catalogue.storage import StoreError
from catalogue.workflows import open_catalogue
from tests.helpers import run


@pytest.mark.slow
def test_generator_writes_exactly_n_realistic_records(demo_db):
    connection = sqlite3.connect(demo_db)
    counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("plenary_session", "area", "measure", "official", "agreement",
                            "annex")}
    conferences = connection.execute("SELECT count(*) FROM conference").fetchone()[0]
    chinese = connection.execute("SELECT count(*) FROM measure WHERE text LIKE '%合作%' OR "
                                 "text LIKE '%交流%' OR text LIKE '%發展%'").fetchone()[0]
    connection.close()
    assert sum(counts.values()) == 2_345
    assert counts["plenary_session"] == 5 and conferences == 5
    assert counts["measure"] > counts["area"] * 10
    assert chinese > 0


@pytest.mark.slow
def test_generator_refuses_an_existing_file(demo_db):
    with pytest.raises(StoreError, match="already exists"):
        generate(demo_db, 10)


def test_cancelled_generation_leaves_nothing(tmp_path):
    target = tmp_path / "cancelled.db"
    heard: list[tuple[int, int]] = []

    def cancel_after_the_first_plenary(done: int, total: int) -> bool:
        heard.append((done, total))
        return len(heard) < 2

    with pytest.raises(Cancelled):
        generate(target, 2_000, progress=cancel_after_the_first_plenary)
    assert heard == [(PLENARY_SIZE, 2_000), (2 * PLENARY_SIZE, 2_000)]
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_import_changes_nothing(engine, seed_release):
    from catalogue.services import import_release
    from tests.helpers import dump

    before = dump(engine)
    other = replace(seed_release, ordinal=7, title="Seventh Plenary Session of the Hong "
                    "Kong/Shanghai Co-operation Conference")
    heard: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 50

    with pytest.raises(Cancelled, match="nothing was changed"):
        import_release(engine, other, date=datetime.date(2025, 4, 26), progress=cancel_midway)
    assert dump(engine) == before
    assert heard[0] == (0, 91) and heard[-1][0] >= 50
    imported = import_release(engine, other, date=datetime.date(2025, 4, 26),
                              progress=lambda done, total: heard.append((done, total)))
    assert heard[-1] == (91, 91) and sum(imported.counts.values()) == 91


@pytest.mark.slow
def test_a_cancelled_export_leaves_nothing(demo_db, tmp_path):
    engine = open_catalogue(demo_db, read_only=True)
    target = tmp_path / "out.csv"

    def cancel(done: int) -> None:
        raise ExportCancelled

    try:
        with pytest.raises(ExportCancelled):
            export_csv(engine, target, cancel)
        assert list(tmp_path.iterdir()) == []
        assert export_csv(engine, target) == 2_345
    finally:
        engine.dispose()


@pytest.mark.slow
def test_demo_data_command(tmp_path):
    result = run("demo-data", "--db", str(tmp_path / "cli.db"), "--records", "600")
    assert result.returncode == 0, result.stderr
    assert "Wrote 600 records" in result.stdout
    again = run("demo-data", "--db", str(tmp_path / "cli.db"), "--records", "600")
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.slow
def test_search_on_many_plenaries_finds_in_all_of_them(demo_db):
    engine = open_catalogue(demo_db, read_only=True)
    try:
        found = queries.search(engine, "Memorandum")
        sessions = {key[1] for key in found.visible if key[0] == "session"}
        assert len(sessions) >= 4
    finally:
        engine.dispose()
