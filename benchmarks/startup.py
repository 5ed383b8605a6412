"""Start-up time: process start to main window shown, for the app and a bare Qt window.

Each figure is the median of several runs, and the app's is also given as a ratio against
a bare PySide6 QMainWindow process measured in the same run (the floor on this machine).
"Cold" runs drop the OS page cache first when the machine allows it (root on Linux).

    python benchmarks/startup.py [--frozen dist/Catalogue/catalogue] [--runs 7]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("window shown", flush=True), app.quit()))
app.exec()
"""

BARE_EDITOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QTreeView
app = QApplication(sys.argv[:1])
model = QStandardItemModel()
model.appendRow(QStandardItem("Sixth Plenary Session - 2024-04-26, Hong Kong"))
tree = QTreeView()
tree.setModel(model)
editor = QTextEdit()
editor.setPlainText("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
splitter = QSplitter()
splitter.addWidget(tree)
splitter.addWidget(editor)
window = QMainWindow()
window.setCentralWidget(splitter)
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("record shown", flush=True), app.quit()))
app.exec()
"""
"""The floor of time to interactive: a window with a tree and an editor showing a text."""


def drop_caches() -> bool:
    """Empty the page cache so the next start reads from disk; False where not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_to_shown(command: list[str], env: dict[str, str], timeout: float = 120,
                  line: str = "window shown") -> float:
    """Seconds from starting `command` to its `line` ('window shown', 'record shown')."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env)
    assert process.stdout is not None
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        return _read_until(process, start, command, line)
    finally:
        watchdog.cancel()


def _read_until(process: subprocess.Popen, start: float, command: list[str], line: str
                ) -> float:
    assert process.stdout is not None
    for output in process.stdout:
        if output.strip() == line:
            elapsed = time.perf_counter() - start
            process.wait(timeout=60)
            return elapsed
    process.wait(timeout=60)
    raise RuntimeError(f"{command[0]} exited ({process.returncode}) without '{line}'")


def measure(command: list[str], env: dict[str, str], runs: int, cold: bool) -> float:
    times = []
    for _ in range(runs):
        if cold:
            drop_caches()
        times.append(time_to_shown(command, env))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, help="the packaged app's executable")
    parser.add_argument("--db", type=Path, help="database to open (default: a new seed copy)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    db = args.db or work / "seed.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CATALOGUE_EXIT_WHEN_SHOWN": "1",
           "XDG_CONFIG_HOME": str(work / "config"), "CATALOGUE_SETTINGS_DIR": str(work / "config")}
    commands = {"bare QMainWindow": [sys.executable, "-c", BARE_WINDOW],
                "catalogue (unfrozen)": [sys.executable, "-m", "catalogue", "--db", str(db)]}
    if args.frozen:
        commands["catalogue (frozen)"] = [str(args.frozen), "--db", str(db)]
    time_to_shown(commands["catalogue (unfrozen)"], env)  # creates the database once
    cold = drop_caches()
    print(f"{'start-up to window shown':<24} {'warm s':>8} {'ratio':>6} "
          f"{'cold s' if cold else '':>8}")
    warm_floor = None
    for name, command in commands.items():
        warm = measure(command, env, args.runs, cold=False)
        warm_floor = warm_floor or warm  # the bare window comes first: the floor
        cold_time = measure(command, env, max(3, args.runs // 2), cold=True) if cold else None
        print(f"{name:<24} {warm:8.3f} {warm / warm_floor:6.2f} "
              f"{'' if cold_time is None else f'{cold_time:8.3f}'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
