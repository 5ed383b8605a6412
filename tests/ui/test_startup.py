"""Starting the window: test runs leave the officer's own settings and data alone."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.ui import crash
from catalogue.ui.crash import CrashHandler, log_path


def snapshot(*folders: Path) -> dict[Path, bytes]:
    """Every file under `folders` with its bytes (missing folders hold nothing)."""
    return {path: path.read_bytes() for folder in folders if folder.exists()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.slow
def test_the_self_test_leaves_the_users_settings_and_data_folder_alone(tmp_path,
                                                                        seeded_template):
    home = tmp_path / "home"
    config, data = home / ".config", home / ".local" / "share"
    settings = config / "Catalogue" / "Catalogue.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nmarker=the officer's own\n", encoding="utf-8")
    (data / "Catalogue").mkdir(parents=True)
    shutil.copyfile(seeded_template, data / "Catalogue" / "catalogue.db")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_HOME": str(data), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CATALOGUE_DB", None)
    env.pop("CATALOGUE_SETTINGS_DIR", None)
    before = snapshot(config, data)

    def catalogue(*args: str) -> None:
        result = subprocess.run([sys.executable, "-m", "catalogue", *args], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr

    catalogue("--db", str(tmp_path / "other.db"), "--self-test",
              "--screenshot", str(tmp_path / "shot.png"))
    catalogue("--self-test")  # no --db: a throw-away catalogue, not the officer's
    assert snapshot(config, data) == before
    assert not list((tmp_path / "other.db").parent.glob("Catalogue*"))

    # The same folders do hold what a real window remembers: the check looks in the right place.
    real_window = ("from catalogue.ui.app import make_application, open_window\n"
                   "app = make_application(); window = open_window(None)\n"
                   "window.show(); app.processEvents(); window.close()\n")
    subprocess.run([sys.executable, "-c", real_window], env=env, check=True, timeout=120)
    assert "window" in settings.read_text(encoding="utf-8")


def test_a_headless_crash_is_logged_in_the_folder_given(qapp, tmp_path, capsys, monkeypatch):
    exits: list[int] = []
    monkeypatch.setattr(crash.QCoreApplication, "exit", exits.append)  # no loop to end here
    handler = CrashHandler(lambda: None, headless=True, log_dir=tmp_path)
    before = log_path().read_bytes() if log_path().exists() else None
    try:
        raise ZeroDivisionError("the count of areas was zero")
    except ZeroDivisionError as error:
        handler(type(error), error, error.__traceback__)
    assert "the count of areas was zero" in (tmp_path / log_path().name).read_text("utf-8")
    assert (log_path().read_bytes() if log_path().exists() else None) == before
    assert str(tmp_path) in capsys.readouterr().err
    assert exits == [1]


SPY = """
import sys, threading
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlalchemy":
            print("sqlalchemy imported on", threading.current_thread().name, flush=True)
sys.meta_path.insert(0, Spy())
from catalogue.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_the_first_record_shows_before_the_orm_is_imported_on_the_gui_thread(catalogue_file):
    """Time to interactive: the editor's first record is read with sqlite3, and SQLAlchemy
    is imported on a worker thread (its 0.5 s on the GUI thread held that record up)."""
    env = {**os.environ, "CATALOGUE_EXIT_WHEN_INTERACTIVE": "1"}
    result = subprocess.run([sys.executable, "-c", SPY, "--db", str(catalogue_file)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "record shown" in lines
    assert "sqlalchemy imported on MainThread" not in lines[:lines.index("record shown")]
