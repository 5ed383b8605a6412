"""`catalogue history --session N` (a plenary's changes, no record named): it said
"catalogue: unexpected ValueError: no list ListKey(kind=<ListKind.SESSION: ...>, id=1)",
because the plenary's records were read through queries.children's SESSION list, which
the tree no longer asks for (each group's list is asked for instead)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import run


def test_a_plenarys_history_is_printed(tmp_path: Path, seed_file: Path):
    db = tmp_path / "c.db"
    shutil.copy(seed_file, db)
    edited = run("edit", "--db", str(db), "area", "1", "notes", "checked")
    assert edited.returncode == 0, edited.stderr
    shown = run("history", "--db", str(db), "--session", "6")
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr and "unexpected" not in shown.stderr
    assert "\"checked\"" in shown.stdout
