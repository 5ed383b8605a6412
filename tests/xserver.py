"""A real X server with a real window manager for the GUI tests that need one.

The Qt application is made once per process, with its platform chosen then (tests/conftest.py
picks offscreen), so tests that need X run in a pytest of their own: `run_under_x(FILE)`
starts `Xvfb` (on a display number it picks itself, so parallel runs never collide) and
`openbox`, runs `python -m pytest -m xserver FILE` there with QT_QPA_PLATFORM=xcb, and stops
both. Without Xvfb or openbox the calling test is skipped, except on CI (CI=true), where a
missing X server is a failure.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREEN = "1280x1024x24"
ROOT = Path(__file__).resolve().parent.parent


XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}
"""What Qt's xcb platform plugin needs beyond a desktop's usual X libraries."""


def require_x() -> None:
    """Skip (fail on CI) unless Xvfb, openbox and the libraries Qt's xcb plugin loads are
    installed."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    missing += [package for library, package in XCB_LIBRARIES.items()
                if ctypes.util.find_library(library) is None]
    if missing:
        message = f"{', '.join(missing)} not installed (apt-get install xvfb openbox " \
                  f"{' '.join(XCB_LIBRARIES.values())})"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI must run the X server tests")
        pytest.skip(message)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def x_display(timeout: float = 20) -> Iterator[str]:
    """Xvfb and openbox on a free display; yields its name (":N")."""
    require_x()
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN,
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    openbox: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read, "r") as stream:  # Xvfb writes the number once it listens
            number = stream.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        display = f":{number}"
        with tempfile.TemporaryDirectory(prefix="catalogue-openbox-") as folder:
            ready = Path(folder) / "ready"
            openbox = subprocess.Popen(
                ["openbox", "--sm-disable", "--startup", f"touch {ready}"],
                env={**os.environ, "DISPLAY": display}, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + timeout
            while not ready.exists():  # openbox runs --startup once it manages the screen
                if openbox.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("openbox did not start")
                time.sleep(0.05)
        yield display
    finally:
        if openbox is not None:
            _stop(openbox)
        _stop(xvfb)


def run_under_x(test_file: str, *args: str, timeout: float = 600
                ) -> subprocess.CompletedProcess[str]:
    """`python -m pytest -m xserver TEST_FILE ARGS` under a fresh X server and openbox."""
    with x_display() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "xserver",
             test_file, *args], cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=timeout)


def assert_passed(result: subprocess.CompletedProcess[str]) -> None:
    """The run passed and ran at least one test (nothing was silently skipped)."""
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert " passed" in output and " skipped" not in output, output[-3000:]
