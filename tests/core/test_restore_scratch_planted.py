"""What else a restore's sweep of the temporary folder meets (break7): links planted in
place of scratch folders or claims (never followed: what they point at stays), another
user's folders and files (never removed, not even by root), the scratch copies of older
versions (removed where a lock proves their maker dead, kept where nothing can), and two
restores at once (neither ever loses its copy to the other's sweep)."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.workflows import restore_scratch

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="links, users and kill -9 are POSIX's here")

NEW = "catalogue-restore-"


def entries(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def dead_claimed(folder: Path, hexes: str) -> Path:
    """A claimed scratch folder whose claim nobody locks (its maker was killed)."""
    made = folder / f"{NEW}{hexes * 16}"
    made.mkdir()
    (made / "backup.db").write_bytes(b"a dead restore's copy")
    made.with_name(made.name + ".held").touch()
    return made


def test_a_planted_link_is_never_followed(tmp_path, monkeypatch):
    """Links named as scratch folders of each kind, and as claims, to a folder of the
    user's own with a `held` in it: the previous sweep opened `link/held`, took its lock
    and emptied the folder the link points at."""
    victim = tmp_path / "precious"
    victim.mkdir()
    (victim / "held").touch()
    (victim / "plenary.db").write_bytes(b"the only copy")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    (temporary / f"{NEW}abcd1234").symlink_to(victim)  # the previous version's kind
    (temporary / f"{NEW}{'1' * 16}").symlink_to(victim)  # a claimed one's, unclaimed
    (temporary / f"{NEW}{'2' * 16}").symlink_to(victim)  # ... claimed by a dead claim
    (temporary / f"{NEW}{'2' * 16}.held").touch()
    (temporary / f"{NEW}{'3' * 16}").symlink_to(victim)  # ... its claim a link too
    (temporary / f"{NEW}{'3' * 16}.held").symlink_to(victim / "held")
    (temporary / ".catalogue-restore.db.0123abcd.scratch").symlink_to(victim / "plenary.db")
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    with restore_scratch() as scratch:
        scratch.write_bytes(b"copy")
    assert sorted(os.listdir(victim)) == ["held", "plenary.db"]
    assert (victim / "plenary.db").read_bytes() == b"the only copy"
    assert entries(temporary) == {f"{NEW}abcd1234", f"{NEW}{'1' * 16}", f"{NEW}{'2' * 16}",
                                  f"{NEW}{'3' * 16}", f"{NEW}{'3' * 16}.held",
                                  ".catalogue-restore.db.0123abcd.scratch"}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can make files of another user's to plant")
def test_another_users_leftovers_are_never_removed_not_even_by_root(tmp_path, monkeypatch):
    """Dead leftovers of each kind, one set this user's (removed), one set another user's
    (uid 65534, kept, whatever their locks say)."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    theirs: list[Path] = []
    for owner, hexes in ((os.getuid(), "a"), (65534, "b")):
        claimed = dead_claimed(tmp_path, hexes)
        unclaimed = tmp_path / f"{NEW}{hexes * 15}c"
        unclaimed.mkdir()
        previous = tmp_path / f"{NEW}{hexes * 7}1"
        previous.mkdir()
        (previous / "held").touch()
        older = tmp_path / f".catalogue-restore.db.{hexes * 8}.scratch"
        older.write_bytes(b"a dead restore's copy")
        made = [claimed, claimed / "backup.db", claimed.with_name(claimed.name + ".held"),
                unclaimed, previous, previous / "held", older]
        for path in made:
            os.chown(path, owner, owner)
        if owner != os.getuid():
            theirs = made
    with restore_scratch():
        pass
    assert entries(tmp_path) == {path.name for path in theirs if path.parent == tmp_path}
    assert all(path.exists() for path in theirs)


HOLD_OLD = r"""
import sys, tempfile, time
from pathlib import Path
from catalogue.storage.files import building
# how version 379056d made a restore's scratch copy
with building(Path(tempfile.gettempdir()) / "catalogue-restore.db", "scratch") as copy:
    copy.write_bytes(b"a copy of a backup")
    Path(f"{copy}-journal").write_bytes(b"its journal")
    print(copy, flush=True)
    time.sleep(600)
"""


def test_an_older_versions_scratch_copy_goes_when_its_lock_says_its_maker_is_dead(
        tmp_path, monkeypatch):
    """379056d's restores built their copy beside a name in the temporary folder and held
    its lock for its life: a killed one's copy is removed with its journal, a live one's
    kept. A folder of 350e5c8's (TemporaryDirectory: no lock, no held) is kept: nothing
    tells a killed restore's from a live one's (README)."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    makers = [subprocess.Popen([sys.executable, "-c", HOLD_OLD], stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
              for _ in range(2)]
    try:
        copies = [Path(maker.stdout.readline().strip()) for maker in makers if maker.stdout]
        oldest = tmp_path / f"{NEW}k7x2_q9z"
        oldest.mkdir()
        (oldest / "backup.db").write_bytes(b"a copy of a backup")
        makers[0].send_signal(signal.SIGKILL)
        makers[0].wait()
        with restore_scratch():
            pass
        assert entries(tmp_path) == {copies[1].name, f"{copies[1].name}-journal",
                                     oldest.name}
        assert copies[1].read_bytes() == b"a copy of a backup"
    finally:
        for maker in makers:
            maker.kill()
            maker.wait()


RESTORES = r"""
import os, sys
from catalogue.workflows import restore_scratch
for turn in range(int(sys.argv[1])):
    with restore_scratch() as scratch:
        mine = f"{os.getpid()} {turn}".encode() * 100
        scratch.write_bytes(mine)
        os.sched_yield()
        (scratch.parent / "backups").mkdir()
        assert scratch.read_bytes() == mine, "another restore took this one's copy"
"""


def test_two_restores_at_once_never_take_each_others_copy(tmp_path):
    """Two real processes each making, using and removing scratch folders 500 times while
    sweeping the same temporary folder: neither loses its copy, and nothing is left."""
    restores = [subprocess.Popen([sys.executable, "-c", RESTORES, "500"], text=True,
                                 stderr=subprocess.PIPE,
                                 env={**os.environ, "TMPDIR": str(tmp_path)})
                for _ in range(2)]
    results = [(restore.wait(), restore.communicate()[1]) for restore in restores]
    assert results == [(0, ""), (0, "")]
    assert entries(tmp_path) == set()
