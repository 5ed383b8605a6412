"""Break-it session 5: backups rotate by the time in their names, so a backup taken while
the computer's clock is behind the newest names (a clock reset to a past year, a laptop
set back, the hour an autumn clock change repeats) sorted as the oldest and rotation
removed it the moment it was made: `catalogue backup` said "Backed up to X" and X was
gone, every time, and the catalogue's state as it is now was in no backup at all. Now the
backup just made is never the one rotated out; the oldest of the others goes. Real
files, the real command line, on a file and on a server."""

import datetime
import shutil
from pathlib import Path

from catalogue import storage
from catalogue.storage.backups import BACKUP_STAMP, KEEP_BACKUPS, backup_prefix
from catalogue.workflows import backup_server
from tests.helpers import run


def _ahead(named: Path, source: Path, count: int) -> list[Path]:
    """`count` backups of `named`'s catalogue whose names say a time ahead of this clock
    (taken while it was a year ahead), oldest first."""
    made = []
    for days in range(count):
        stamp = (datetime.datetime.now() + datetime.timedelta(days=365 + days)).strftime(
            BACKUP_STAMP)
        target = storage.backup_folder(named) / f"{backup_prefix(named)}-{stamp}-manual.db"
        shutil.copyfile(source, target)
        made.append(target)
    return made


def _backed_up_to(stdout: str) -> Path:
    return Path(stdout.strip().rsplit(" to ", 1)[1])


def test_a_file_backup_taken_by_a_clock_set_back_is_kept(catalogue_file):
    first = run("backup", "--db", str(catalogue_file))
    assert first.returncode == 0, first.stderr
    ahead = _ahead(catalogue_file, _backed_up_to(first.stdout), KEEP_BACKUPS)
    result = run("backup", "--db", str(catalogue_file))
    assert result.returncode == 0, result.stderr
    made = _backed_up_to(result.stdout)
    assert made.exists(), "the backup just reported was rotated out"
    kept = storage.list_backup_files(catalogue_file)
    assert len(kept) == KEEP_BACKUPS and made in kept
    assert set(kept) == {made, *ahead[1:]}  # the oldest of the others went


def test_a_server_backup_taken_by_a_clock_set_back_is_kept(pg_catalogue):
    named = pg_catalogue.backup_path(storage.app_data_dir())
    first, _ = backup_server(pg_catalogue)
    _ahead(named, first, KEEP_BACKUPS)
    result = run("backup", "--db", pg_catalogue.url)
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip().rsplit(" to ", 1)[1])
    assert made.exists(), "the backup just reported was rotated out"
    assert made in storage.list_backup_files(named)
