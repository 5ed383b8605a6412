"""A real X server with a window manager, for the window tests the offscreen platform cannot
show: focus moving between widgets and windows, modal questions opened in the middle of a
mouse click, keys the focused field sees before the window's shortcuts.

Qt picks its platform once per process (tests/conftest.py makes it offscreen), so the tests
marked `xserver` run in a pytest of their own, started by `run_xserver_tests` with DISPLAY
and QT_QPA_PLATFORM=xcb. `python -m tests.ui.xserver` runs them by hand.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget

TOOLS = ("Xvfb", "openbox", "xdotool")
SCREEN = "1280x1024x24"
X_TESTS = Path(__file__).with_name("test_x_editing.py")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _wait(ready: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start within {timeout:.0f} s")
        time.sleep(0.05)


@contextmanager
def x_display() -> Iterator[str]:
    """Xvfb on a free display number (Xvfb picks it: no race with other test runs) with
    openbox managing its windows; yields the DISPLAY value."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN,
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    openbox = None
    folder = Path(tempfile.mkdtemp(prefix="catalogue-x-"))
    try:
        readable, _, _ = select.select([read_end], [], [], 15)
        number = os.read(read_end, 16).decode().strip() if readable else ""
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        display = f":{number}"
        ready = folder / "openbox-ready"
        env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": str(folder)}
        openbox = subprocess.Popen(["openbox", "--sm-disable", "--startup", f"touch {ready}"],
                                   env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        _wait(ready.exists, "openbox")
        yield display
    finally:
        os.close(read_end)
        for process in (openbox, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def run_xserver_tests(*pytest_args: str) -> subprocess.CompletedProcess[str]:
    """The `xserver` tests in their own pytest, on a new X display with openbox."""
    with x_display() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-m", "xserver", "-p", "no:cacheprovider",
             *pytest_args, str(X_TESTS)], env=env, capture_output=True, text=True,
            timeout=600, cwd=Path(__file__).parents[2])


# -- driving the window as a person does: input through the X server -----------------------

SHOTS = Path(tempfile.gettempdir()) / "catalogue-x-shots"
"""Where the tests leave pictures of the window at the moments that matter."""


def xdotool(*args: str) -> None:
    """Keys and clicks through the X server (XTEST), to whichever window has the focus."""
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def click(widget: QWidget, point: QPoint | None = None) -> None:
    """A real left click on `widget` (at its centre by default)."""
    at = widget.mapTo(widget.window(), point if point is not None else widget.rect().center())
    xdotool("mousemove", "--sync", "--window", str(int(widget.window().winId())),
            str(at.x()), str(at.y()), "click", "1")


def shot(window: QWidget, name: str) -> Path:
    """The window as drawn (`grab`), and the whole screen with any dialog over it."""
    from PySide6.QtGui import QGuiApplication

    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    window.grab().save(str(path))
    QGuiApplication.primaryScreen().grabWindow(0).save(str(SHOTS / f"{name}-screen.png"))
    return path


if __name__ == "__main__":
    result = run_xserver_tests(*sys.argv[1:])
    print(result.stdout, result.stderr, sep="\n")
    sys.exit(result.returncode)
