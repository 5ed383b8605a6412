"""The window survives painting: Python's own None, True and False are never freed.

PySide6 6.12.0 drops a reference to None at every paint of an item view and at every
processEvents (a filtered tree's paint lost about 170). On Python 3.11 None is an object
like any other: the app, started with about 8,400 references to it, aborted within its
first thousand paints ("deallocating None"), and with it whatever was being typed. From
Python 3.12 None, True and False are immortal, so the project needs 3.12
(pyproject.toml, packaging/find_python.sh). These tests paint a filtered tree a few
thousand times in a subprocess (the abort would end the test run itself)."""

import json
import os
import subprocess
import sys

PAINTS = 3000
"""Several times what aborted the app on Python 3.11 with PySide6 6.12.0."""

PAINTING = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from catalogue.ui.app import make_application, open_window
app = make_application()
window = open_window(sys.argv[1])
window.resize(1000, 700)
window.show()
window.controller.apply_filter("green")
for _ in range(5):
    app.processEvents()
    window.tree.viewport().repaint()
counts = lambda: [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]
before = counts()
for _ in range(int(sys.argv[2])):
    window.tree.viewport().repaint()
    app.processEvents()
after = counts()
print(json.dumps([b - a for a, b in zip(before, after)]))
window.close()
"""


def painted(catalogue_file, tmp_path, paints: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PAINTING, str(catalogue_file), str(paints)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
             "CATALOGUE_SETTINGS_DIR": str(tmp_path)})


def test_the_window_survives_thousands_of_paints_of_a_filtered_tree(catalogue_file,
                                                                      tmp_path):
    ran = painted(catalogue_file, tmp_path, PAINTS)
    assert ran.returncode == 0, ran.stderr[-2000:]


def test_painting_keeps_the_references_to_none_true_and_false(catalogue_file, tmp_path):
    """Where they can be counted (before 3.12: after, an immortal's count is fixed), a
    paint may keep a few more (a cache filling) but loses none for good."""
    ran = painted(catalogue_file, tmp_path, 20)
    assert ran.returncode == 0, ran.stderr[-2000:]
    changes = json.loads(ran.stdout.strip().splitlines()[-1])
    assert all(change >= -5 for change in changes), (
        f"references to None, True, False changed by {changes} over 20 paints")


def test_the_project_runs_on_a_python_where_none_is_immortal():
    """The installer bundles this interpreter: 3.11 and PySide6 6.12 abort (above)."""
    assert sys.version_info >= (3, 12), sys.version
