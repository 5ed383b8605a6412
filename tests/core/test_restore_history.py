"""A backup restored is written in the history, on a file and on a server: one change set
that says who restored which backup and when, that Activity (history.activity) and
`catalogue history` show first. It touches no one record (the whole catalogue was
replaced), so a record's own history and a filter by record type leave it out."""

import datetime

from catalogue import history, storage
from catalogue.kinds import Kind
from catalogue.spec import Origin, Source
from catalogue.storage.server import make_server_engine
from catalogue.workflows import backup_server, open_catalogue, restore, restore_server
from tests.helpers import run


def newest_entry(engine) -> history.ChangeEntry:
    try:
        return history.activity(engine, limit=1)[0]
    finally:
        engine.dispose()


def assert_restore_entry(entry: history.ChangeEntry, officer: str, name: str) -> None:
    assert entry.whole and entry.operation == history.BACKUP_RESTORED
    assert entry.label == f"Restore backup {name}"
    assert entry.officer == officer and entry.source == Source.RESTORE.value
    assert entry.fields == {} and entry.record_id == 0
    assert abs(datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
               - entry.at) < datetime.timedelta(minutes=5)  # UTC, as every change set


def test_a_file_restore_is_written_in_the_history(catalogue_file):
    backup = storage.make_backup(catalogue_file, "manual")
    restore(catalogue_file, backup, "a test", Origin(Source.RESTORE, officer="Ms Chan"))
    engine = open_catalogue(catalogue_file)
    assert_restore_entry(newest_entry(engine), "Ms Chan", backup.name)
    engine = open_catalogue(catalogue_file)
    try:
        assert not history.activity(engine, kind=Kind.MEASURE, limit=1)[0].whole
        assert [e.officer for e in history.activity(engine, officer="Ms Chan")] == ["Ms Chan"]
    finally:
        engine.dispose()


def test_a_file_restore_from_the_command_line_shows_in_catalogue_history(catalogue_file):
    made = run("backup", "--db", str(catalogue_file))
    assert made.returncode == 0, made.stderr
    name = storage.list_backups(catalogue_file)[0].path.name
    restored = run("restore", "--db", str(catalogue_file), name)
    assert restored.returncode == 0, restored.stderr
    listed = run("history", "--db", str(catalogue_file))
    assert listed.returncode == 0, listed.stderr
    first, second = listed.stdout.splitlines()[:2]
    assert first.endswith(f"  Restore backup {name}  (restore)"), first
    assert second == "", "no record lines under it: the whole catalogue was replaced"
    csv_run = run("history", "--db", str(catalogue_file), "--since", "2000-01-01")
    assert csv_run.stdout.splitlines()[0] == first


def test_a_server_restore_is_written_in_the_history(pg_catalogue):
    backup, _ = backup_server(pg_catalogue)
    restore_server(pg_catalogue, backup, origin=Origin(Source.RESTORE, officer="Ms Chan"))
    assert_restore_entry(newest_entry(make_server_engine(pg_catalogue, read_only=True)),
                         "Ms Chan", backup.name)
    listed = run("history", "--db", pg_catalogue.url)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].endswith(
        f"  Ms Chan  Restore backup {backup.name}  (restore)")


def test_the_activity_csv_names_no_record_for_a_restore(catalogue_file, tmp_path):
    backup = storage.make_backup(catalogue_file, "manual")
    restore(catalogue_file, backup, "a test", Origin(Source.RESTORE, officer="Ms Chan"))
    engine = open_catalogue(catalogue_file)
    try:
        out = tmp_path / "activity.csv"
        history.activity_csv(history.activity(engine, limit=1), out)
    finally:
        engine.dispose()
    row = out.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert row[1:8] == ["Ms Chan", "restore", f"Restore backup {backup.name}", "", "", "",
                        history.BACKUP_RESTORED]
