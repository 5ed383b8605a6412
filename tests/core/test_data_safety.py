"""Data safety: migrations, backups, damaged, read-only and locked files, the CLI's backup
and restore, and the lock a crashed process leaves behind."""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from catalogue import queries
from catalogue import storage as db
from catalogue.services import update_record
from catalogue.storage import (
    SCHEMA_HEAD,
    DamagedError,
    LockedError,
    StoreError,
    WriterLock,
    inspect_file,
    list_backups,
    make_backup,
    read_only_reason,
    restore_backup,
)
from catalogue.workflows import open_catalogue
from tests.helpers import REV1, dump, file_digest, run

SEED_TOTALS = {"session": 1, "area": 15, "measure": 35, "official": 12, "agreement": 20,
               "annex": 8, "conference": 1}


@pytest.fixture
def rev1(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(REV1, path)
    return path


def test_the_migration_head_is_what_db_knows():
    from alembic.script import ScriptDirectory

    from catalogue.migrations import __file__ as migrations
    from catalogue.storage import KNOWN_REVISIONS

    scripts = ScriptDirectory(os.path.dirname(migrations))
    assert scripts.get_current_head() == SCHEMA_HEAD
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(
        KNOWN_REVISIONS)


def test_a_first_revision_database_opens_upgraded_with_every_record(rev1):
    assert inspect_file(rev1) == "0001"
    engine = open_catalogue(rev1)
    try:
        assert inspect_file(rev1) == SCHEMA_HEAD
        assert queries.totals(engine) == SEED_TOTALS
        sid = queries.plenaries(engine)[0].id
        agreements = queries.children(engine, ("agreements", sid))
        assert agreements[1].values["annex_number"] == 2
        measure = queries.children(engine, ("area", queries.area_choices(engine, sid)[9][0]))[2]
        assert measure.values["text"].startswith("Strengthen the co-operation between the two")
        assert measure.values["notes"] == ""
        update_record(engine, "measure", measure.id, {"notes": "Checked\nafter upgrade"})
        assert queries.record(engine, "measure", measure.id)["notes"] == "Checked\nafter upgrade"
    finally:
        engine.dispose()
    backups = list_backups(rev1)
    assert [b.reason for b in backups] == ["before-upgrade"]
    assert inspect_file(backups[0].path) == "0001"
    assert backups[0].counts["measure"] == 35


@pytest.mark.fresh_catalogue
def test_new_databases_are_stamped_at_the_newest_revision(engine, db_path):
    assert inspect_file(db_path) == SCHEMA_HEAD


def test_a_newer_database_is_refused_untouched(engine, db_path):
    engine.dispose()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = file_digest(db_path)
    with pytest.raises(StoreError, match="newer version of Catalogue"):
        open_catalogue(db_path)
    assert file_digest(db_path) == before


def test_backups_keep_the_last_ten_and_restore_backs_up_first(engine, db_path):
    for number in range(12):
        make_backup(db_path, f"test{number}")
    backups = list_backups(db_path)
    assert len(backups) == 10
    assert backups[0].reason == "test11"
    assert backups[0].counts == {"plenary_session": 1, "area": 15, "measure": 35,
                                 "official": 12, "agreement": 20, "annex": 8,
                                 "conference": 1}
    before = dump(engine)
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    update_record(engine, "area", area.id, {"name": "Renamed after the backup"})
    engine.dispose()
    saved = restore_backup(db_path, backups[0].path)
    assert saved is not None and "before-restore" in saved.name
    restored = open_catalogue(db_path)
    try:
        assert dump(restored) == before
    finally:
        restored.dispose()
    assert any(b.reason == "before-restore" for b in list_backups(db_path))


@pytest.mark.parametrize("damage", ["truncated", "scribbled"])
def test_a_damaged_file_is_named_left_alone_and_a_backup_offered(engine, db_path, damage):
    backup = make_backup(db_path, "daily")
    engine.dispose()
    data = db_path.read_bytes()
    if damage == "truncated":
        db_path.write_bytes(data[: len(data) // 3])
    else:
        middle = len(data) // 2
        db_path.write_bytes(data[:middle] + b"\xde\xad" * 2048 + data[middle + 4096:])
    before = file_digest(db_path)
    with pytest.raises(DamagedError) as refused:
        open_catalogue(db_path)
    assert str(db_path) in str(refused.value) and "damaged" in str(refused.value)
    assert refused.value.newest_backup == backup
    assert file_digest(db_path) == before
    saved = restore_backup(db_path, backup)
    assert saved is not None and saved.name.endswith(".keep")
    assert file_digest(saved) == before
    reopened = open_catalogue(db_path)
    assert queries.totals(reopened) == SEED_TOTALS
    reopened.dispose()


def test_a_read_only_file_opens_read_only(engine, db_path, tmp_path):
    engine.dispose()
    os.chmod(db_path, 0o444)
    try:
        assert read_only_reason(db_path) == "the file is read-only"
        read_only = open_catalogue(db_path, read_only=True)
        assert queries.totals(read_only) == SEED_TOTALS
        sid = queries.plenaries(read_only)[0].id
        area = queries.children(read_only, ("areas", sid))[0]
        with pytest.raises(Exception, match="readonly"):
            update_record(read_only, "area", area.id, {"name": "Changed"})
        read_only.dispose()
        exported = run("export", "--db", str(db_path), str(tmp_path / "out.csv"))
        assert exported.returncode == 0, exported.stderr
    finally:
        os.chmod(db_path, 0o600)


def test_one_writer_at_a_time_and_a_crashed_holder_leaves_no_lock(db_path, engine):
    first = WriterLock(db_path, "test window")
    first.acquire()
    second = WriterLock(db_path, "second window")
    with pytest.raises(LockedError, match=f"process {os.getpid()}") as refused:
        second.acquire()
    assert refused.value.holder["app"] == "test window"
    second.release()  # not held: it must not touch the holder's lock
    assert first.holder()["app"] == "test window"
    first.release()
    holder_file = db_path.with_name(db_path.name + ".holder")
    assert not holder_file.exists()
    crashed = subprocess.run([sys.executable, "-c", (
        "import os; from pathlib import Path; from catalogue.storage import WriterLock; "
        f"WriterLock(Path({str(db_path)!r}), 'crashed').acquire(); os._exit(9)")])
    assert crashed.returncode == 9
    assert WriterLock(db_path, "reader").holder()["app"] == "crashed"  # its side file stays
    with WriterLock(db_path, "after the crash") as lock:  # but the system let go of its lock
        assert lock.holder()["app"] == "after the crash"
    assert not holder_file.exists()


@pytest.mark.slow
def test_cli_write_is_refused_while_another_writer_holds_the_file(db_path, engine, seed_text,
                                                                 tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    before = file_digest(db_path)
    with WriterLock(db_path, "the Catalogue window"):
        refused = run("import", "--db", str(db_path), "--replace", str(release))
        exported = run("export", "--db", str(db_path), "-")
    assert refused.returncode == 1 and "is being changed by the Catalogue window" in refused.stderr
    assert exported.returncode == 0
    assert file_digest(db_path) == before


@pytest.mark.slow
def test_cli_backup_and_restore(db_path, engine, tmp_path, seed_text):
    made = run("backup", "--db", str(db_path))
    assert made.returncode == 0, made.stderr
    backup = made.stdout.strip().removeprefix("Backed up to ")
    sid = queries.plenaries(engine)[0].id
    area = queries.children(engine, ("areas", sid))[0]
    update_record(engine, "area", area.id, {"name": "Changed after the backup"})
    engine.dispose()
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    assert run("import", "--db", str(db_path), "--replace", str(release)).returncode == 0
    assert any(b.reason == "before-replace" for b in list_backups(db_path))
    restored = run("restore", "--db", str(db_path), os.path.basename(backup))
    assert restored.returncode == 0, restored.stderr
    assert "saved as" in restored.stdout
    reopened = open_catalogue(db_path)
    assert queries.children(reopened, ("areas", sid))[0].values["name"] != \
        "Changed after the backup"
    reopened.dispose()
    missing = run("restore", "--db", str(db_path), "no-such-backup.db")
    assert missing.returncode == 1 and "no such backup" in missing.stderr


@pytest.mark.fresh_catalogue
def test_files_are_created_readable_by_the_user_only(engine, db_path):
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert make_backup(db_path, "test").stat().st_mode & 0o777 == 0o600
    assert db.backup_folder(db_path).stat().st_mode & 0o777 == 0o700
    with WriterLock(db_path, "test") as lock:
        made = [lock.file, lock.holder_file, db_path.with_name(db_path.name + "-wal"),
                db_path.with_name(db_path.name + "-shm")]
        assert {path.name: path.stat().st_mode & 0o777 for path in made} == {
            path.name: 0o600 for path in made}
