"""The parser's cost grows with the text, not with its square, and only a regular file of
sane size is read: crafted text, devices and pipes end quickly with a one-line refusal."""

import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from catalogue.release import MAX_RELEASE_BYTES, ReleaseError, parse_release, read_release_file

TITLE = "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference"
SMALL, LARGE = 20_000, 200_000
RATIO = 20
"""Ten times the text: a linear parser takes about ten times as long, a quadratic one 100."""


def _fill(unit: str, size: int) -> str:
    return unit * (size // len(unit))


def _without_title(seed: str) -> str:
    return seed.split("\n", 3)[3]


def _names(count: int) -> list[str]:
    """Distinct capitalised names (Zaaa, Zaab, ...), so each one is a new official."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["Z" + letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26]
            for i in range(count)]


CRAFTED: dict[str, Callable[[str, int], str]] = {
    # _TITLE: `.+?` then an optional " held in [^()]+?" tried at every position
    "title with many 'held in'": lambda seed, n: (
        TITLE + _fill(" held in A", n) + " (x\n\n" + _without_title(seed)),
    "title with many '(with'": lambda seed, n: (
        TITLE + _fill(" (with", n) + "\n\n" + _without_title(seed)),
    # _TODAY: every "in " scanned lazily to the end of the run for " today ("
    "place with many 'in A' and no 'today'": lambda seed, n: seed.replace(
        " held in Hong Kong (with photos/video)", "").replace(
        "in Hong Kong today (April 26)", _fill("in A ", n)),
    # _read_officials: each official's sentence found by re-reading its paragraph
    "officials one per sentence": lambda seed, n: seed.replace(
        "The Chief Executive, Mr John Lee,", "".join(
            f"The Post, Mr {name}. " for name in _names(n // 20)) + "\n\nThe Chief "
        "Executive, Mr John Lee,", 1),
    # _AGREEMENTS_INTRO: `[\w-]+` tried from every letter of a long word
    "agreements intro after a long word": lambda seed, n: seed.replace(
        "In addition, twenty", _fill("a-", n) + " In addition, twenty"),
    # _MEMORANDUM: the language note `[^)]*` runs to the next ")" from every start
    "memorandum with open notes": lambda seed, n: seed.replace(
        "The document (Chinese only) is at Annex 1.",
        _fill('signed the "a" The document (', n)),
    # paragraphs(), which reads any text first: a sentence mended from thousands of
    # pieces, copied whole at each join
    "a sentence cut into many paragraphs": lambda seed, n: _fill("x\n\n", n),
}
SIZES = {"a sentence cut into many paragraphs": (100_000, MAX_RELEASE_BYTES)}
"""Copying is fast: its square shows only towards the size limit."""


class StillRunning(Exception):
    """The parse outran its generous budget (a quadratic parser on the large text)."""


def _seconds(text: str, budget: float) -> float:
    """This process's CPU seconds to parse or refuse `text`; StillRunning past `budget`
    seconds of wall time, so a regression fails the test instead of hanging it.

    CPU time, not wall time: on a shared machine another job's burst during the one large
    parse read as a quadratic cost (CI measured 0.13 s and then 2.9 s for ten times the
    text, which takes 1.4 s when nothing else runs). The collector is off while it runs:
    its full passes come when they come, and this measures the parser."""

    def stop(*_: object) -> None:
        raise StillRunning

    gc.collect()
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, budget)
    gc.disable()
    start = time.process_time()
    try:
        parse_release(text)
    except ReleaseError:
        pass
    finally:
        elapsed = time.process_time() - start
        gc.enable()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return elapsed


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM (POSIX)")
@pytest.mark.parametrize("kind", CRAFTED, ids=list(CRAFTED))
def test_crafted_text_costs_linear_time(seed_text, kind):
    sizes = SIZES.get(kind, (SMALL, LARGE))
    small, large = (CRAFTED[kind](seed_text, size) for size in sizes)
    assert len(large) - len(small) > (sizes[1] - sizes[0]) * 0.9
    small_seconds = min(_seconds(small, 60) for _ in range(5))
    budget = max(2.0, 2 * RATIO * small_seconds)  # twice the allowed ratio: failed anyway
    try:
        large_seconds = min(_seconds(large, budget) for _ in range(3))
    except StillRunning:
        pytest.fail(f"{kind}: {small_seconds:.3f} s for {len(small):,} characters, still "
                    f"running after {budget:.1f} s for {len(large):,}")
    assert large_seconds / small_seconds < RATIO, (
        f"{kind}: {small_seconds:.4f} s for {len(small):,} characters, {large_seconds:.4f} s "
        f"for {len(large):,}")


def test_a_text_over_the_limit_is_refused_at_once():
    with pytest.raises(ReleaseError, match=f"{MAX_RELEASE_BYTES:,}"):
        parse_release("x" * (MAX_RELEASE_BYTES + 1))


def test_a_file_over_the_limit_is_refused(tmp_path, seed_text):
    big = tmp_path / "big.txt"
    big.write_text(seed_text + "x" * MAX_RELEASE_BYTES, encoding="utf-8")
    with pytest.raises(ReleaseError, match=f"larger than {MAX_RELEASE_BYTES:,} bytes"):
        read_release_file(big)
    fine = tmp_path / "fine.txt"
    fine.write_text(seed_text, encoding="utf-8")
    assert read_release_file(fine) == seed_text


READ_IN_CHILD = """
import sys
from pathlib import Path
from catalogue.release import ReleaseError, read_release_file
try:
    read_release_file(Path(sys.argv[1]))
except ReleaseError as refused:
    print(refused)
else:
    print("read")
"""


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _read_in_child(path: Path) -> str:
    """read_release_file in a child with a timeout and 1 GB of memory: a device that never
    ends or a pipe nobody writes fails the test rather than hanging or swapping it."""
    try:
        done = subprocess.run([sys.executable, "-c", READ_IN_CHILD, str(path)],
                              capture_output=True, text=True, timeout=30,
                              preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path} was still going after 30 s")
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.strip()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_not_read_forever():
    said = _read_in_child(Path("/dev/zero"))
    assert said == "/dev/zero is not a regular file (a device, a pipe or a socket): " \
                   "not a press release"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "release.txt"
    os.mkfifo(fifo)
    assert "is not a regular file" in _read_in_child(fifo)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_the_import_command_refuses_a_fifo_in_one_line(tmp_path):
    fifo = tmp_path / "release.txt"
    os.mkfifo(fifo)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "catalogue", "import", "--db", str(tmp_path / "c.db"),
             str(fifo)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("catalogue import waited on a FIFO")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "is not a regular file" in done.stderr


def test_a_folder_is_still_called_a_folder(tmp_path):
    with pytest.raises(ReleaseError, match="is a folder"):
        read_release_file(tmp_path)
