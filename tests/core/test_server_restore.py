"""Restoring a backup over a team catalogue (a real PostgreSQL the test session starts):
the database's owner puts a local backup in its place in one transaction, after backing
the catalogue up (before-restore); an editor who is not the owner is refused with one line
and nothing changes; a restore whose proof fails commits nothing. The roles are set up as
the README's "Team catalogue" section says."""

import os

import pytest
from sqlmodel import SQLModel

from catalogue import storage
from catalogue.kinds import KINDS, Kind
from catalogue.spec import Cancelled
from catalogue.storage.server import ServerAddress, make_server_engine
from catalogue.workflows import (
    RESTORE_STEPS,
    backup_server,
    export_file,
    export_location,
    restore_server,
)
from tests.helpers import run

MEASURES = KINDS[Kind.MEASURE].table


def rows(engine) -> dict[str, list[tuple]]:
    """Every row of every table of the catalogue, in primary-key order; all but the
    records' versions, which a restore puts past the replaced ones (test_break2), and the
    restore's own history entry, which the backup cannot hold (test_restore_history)."""
    from sqlalchemy import select

    def kept(table, row) -> bool:
        return not (table.name == "change_set" and '"restore_backup"' in row.label)

    with engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
            select(*(column for column in table.c if column.name != "version")).order_by(
                *table.primary_key.columns)) if kept(table, row)]
            for table in SQLModel.metadata.sorted_tables}


def server_rows(address: ServerAddress) -> dict[str, list[tuple]]:
    engine = make_server_engine(address, read_only=True)
    try:
        return rows(engine)
    finally:
        engine.dispose()


def file_rows(path) -> dict[str, list[tuple]]:
    engine = storage.make_engine(path, read_only=True)
    try:
        return rows(engine)
    finally:
        engine.dispose()


def change_it(pg_server, address: ServerAddress) -> None:
    """What happened after the backup: a measure reworded, another deleted."""
    pg_server.psql(f"UPDATE {MEASURES} SET text = 'Reworded after the backup' "
                   f"WHERE id = (SELECT min(id) FROM {MEASURES})", address.database)
    pg_server.psql(f"DELETE FROM {MEASURES} WHERE id = (SELECT max(id) FROM {MEASURES})",
                   address.database)


def backups_of(address: ServerAddress) -> list:
    return storage.list_backups(address.backup_path(storage.app_data_dir()))


@pytest.fixture
def team(pg_server, pg_empty):
    """The README's set-up on a new database: an owner role that owns the database, the
    editors' group that owns the tables (each editor acts as it), alice in both, carol an
    editor only; alice opens the empty database first and so makes the catalogue."""
    from catalogue.workflows import open_server

    suffix = f"{os.getpid()}_{pg_server.counter}"
    owner, editors = f"owner_{suffix}", f"editors_{suffix}"
    alice, carol = f"alice_{suffix}", f"carol_{suffix}"
    name = pg_empty.database
    pg_server.psql("CREATE EXTENSION IF NOT EXISTS pg_trgm", name)
    pg_server.psql(f"CREATE ROLE {owner} NOLOGIN; CREATE ROLE {editors} NOLOGIN; "
                   f"ALTER DATABASE {name} OWNER TO {owner}; "
                   f"CREATE ROLE {alice} LOGIN IN ROLE {editors}, {owner}; "
                   f"ALTER ROLE {alice} SET role = '{editors}'; "
                   f"CREATE ROLE {carol} LOGIN IN ROLE {editors}; "
                   f"ALTER ROLE {carol} SET role = '{editors}'")
    pg_server.psql(f"GRANT CREATE ON SCHEMA public TO {editors}", name)
    as_alice = ServerAddress(pg_server.url(name, user=alice))
    open_server(as_alice).engine.dispose()
    yield as_alice, ServerAddress(pg_server.url(name, user=carol)), owner
    pg_server.drop_database(name)
    pg_server.psql(f"DROP ROLE {alice}; DROP ROLE {carol}; DROP ROLE {owner}; "
                   f"DROP ROLE {editors}")


def test_the_owner_restores_a_backup_in_one_proved_transaction(pg_server, pg_catalogue,
                                                               tmp_path):
    backup, _ = backup_server(pg_catalogue)
    change_it(pg_server, pg_catalogue)
    changed = server_rows(pg_catalogue)
    assert changed != file_rows(backup)
    saved, restored = restore_server(pg_catalogue, backup)
    assert server_rows(pg_catalogue) == file_rows(backup)  # every table, row for row
    export_location(pg_catalogue, tmp_path / "server.csv")
    export_file(backup, tmp_path / "backup.csv")
    assert (tmp_path / "server.csv").read_bytes() == (tmp_path / "backup.csv").read_bytes()
    assert restored.counts == {name: len(table) for name, table in file_rows(backup).items()}
    assert file_rows(saved) == changed  # the catalogue as it was is kept
    assert backups_of(pg_catalogue)[0].reason == "before-restore"
    assert backups_of(pg_catalogue)[0].path == saved


def test_an_editor_who_is_not_the_owner_is_refused_and_nothing_changes(pg_server, team):
    alice, carol, owner = team
    backup, _ = backup_server(carol)  # any editor may back up
    change_it(pg_server, alice)
    before, kept = server_rows(alice), len(backups_of(alice))
    with pytest.raises(storage.StoreError) as refused:
        restore_server(carol, backup)
    assert f"only the database's owner ({owner}, or a role in it)" in str(refused.value)
    assert carol.url.split("@")[0].split("//")[1] in str(refused.value)
    assert server_rows(alice) == before
    assert len(backups_of(alice)) == kept  # not even a before-restore backup
    saved, _ = restore_server(alice, backup)  # the owner may, acting as the editors
    assert server_rows(alice) == file_rows(backup)
    assert file_rows(saved) == before


def test_a_restore_whose_proof_fails_changes_nothing(pg_server, pg_catalogue):
    backup, _ = backup_server(pg_catalogue)
    change_it(pg_server, pg_catalogue)
    # the server itself spoils what is written (a trigger): the copy differs from the backup
    pg_server.psql(
        "CREATE FUNCTION spoil() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "NEW.text := NEW.text || ' (spoilt)'; RETURN NEW; END $$; "
        f"CREATE TRIGGER spoil BEFORE INSERT ON {MEASURES} FOR EACH ROW "
        "EXECUTE FUNCTION spoil()", pg_catalogue.database)
    before = server_rows(pg_catalogue)
    with pytest.raises(storage.StoreError, match=r"differs from .*nothing was changed"):
        restore_server(pg_catalogue, backup)
    assert server_rows(pg_catalogue) == before


def test_restore_on_a_server_from_the_command_line(pg_server, team):
    alice, carol, owner = team
    made = run("backup", "--db", alice.url)
    assert made.returncode == 0, made.stderr
    name = backups_of(alice)[0].path.name
    change_it(pg_server, alice)
    before = server_rows(alice)
    refused = run("restore", "--db", carol.url, name)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert f"only the database's owner ({owner}" in refused.stderr
    assert server_rows(alice) == before
    missing = run("restore", "--db", alice.url, "nope.db")
    assert missing.returncode == 1 and name in missing.stderr
    restored = run("restore", "--db", alice.url, name)
    assert restored.returncode == 0, restored.stderr
    assert "Restored postgresql://" in restored.stdout and name in restored.stdout
    assert server_rows(alice) == file_rows(backups_of(alice)[1].path)
    assert backups_of(alice)[0].reason == "before-restore"
    listed = run("backups", "--db", alice.url)
    assert "before-restore" in listed.stdout.splitlines()[0]


def test_other_officers_never_see_a_half_restored_catalogue(pg_server, pg_catalogue):
    """The restore is stopped half-way (a trigger waits on a lock the test holds, after the
    backup's measures are written and every table before them replaced): another officer
    reading then sees the catalogue exactly as it was; once it commits, the backup's."""
    import threading

    from sqlalchemy import text

    backup, _ = backup_server(pg_catalogue)
    change_it(pg_server, pg_catalogue)
    before = server_rows(pg_catalogue)
    pg_server.psql(
        "CREATE FUNCTION halfway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_advisory_lock(4242); PERFORM pg_advisory_unlock(4242); RETURN NULL; "
        f"END $$; CREATE TRIGGER halfway AFTER INSERT ON {MEASURES} "
        "FOR EACH STATEMENT EXECUTE FUNCTION halfway()", pg_catalogue.database)
    holder = make_server_engine(pg_catalogue)
    failed: list[BaseException] = []

    def restoring() -> None:
        try:
            restore_server(pg_catalogue, backup)
        except BaseException as error:  # seen by the test below
            failed.append(error)

    try:
        with holder.connect() as holding:
            holding.execute(text("SELECT pg_advisory_lock(4242)"))
            worker = threading.Thread(target=restoring)
            worker.start()
            waiting = "0"
            while waiting == "0" and worker.is_alive():  # until it waits half-way
                waiting = pg_server.psql(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory' "
                    f"AND datname = '{pg_catalogue.database}'")
            assert waiting == "1", failed
            assert server_rows(pg_catalogue) == before
            holding.execute(text("SELECT pg_advisory_unlock(4242)"))
            worker.join()
    finally:
        holder.dispose()
    assert not failed, failed
    assert server_rows(pg_catalogue) == file_rows(backup)


@pytest.mark.parametrize("stop_at", [1, 6, RESTORE_STEPS])
def test_a_cancelled_restore_commits_nothing_and_keeps_no_before_restore(
        pg_server, pg_catalogue, stop_at):
    """Cancel (the window's, through progress) at the first step, while rows are being
    copied, and at the very last moment before the commit: the catalogue as it was, and
    no before-restore file of a restore that did not happen."""
    backup, _ = backup_server(pg_catalogue)
    change_it(pg_server, pg_catalogue)
    before = server_rows(pg_catalogue)
    folder = pg_catalogue.backup_path(storage.app_data_dir())
    backups = storage.list_backup_files(folder)
    heard: list[int] = []

    def progress(done: int, total: int) -> bool:
        heard.append(done)
        return done < stop_at

    with pytest.raises(Cancelled):
        restore_server(pg_catalogue, backup, progress)
    assert heard[-1] == stop_at
    assert server_rows(pg_catalogue) == before
    assert storage.list_backup_files(folder) == backups
    restore_server(pg_catalogue, backup)  # and it can then be done
    assert server_rows(pg_catalogue) == file_rows(backup)


def test_cancel_during_the_before_restore_copy_stops_it_and_leaves_nothing(
        pg_server, pg_catalogue):
    """Cancel while the catalogue as it is is being copied into its before-restore file
    (about 9 s at 20,000 records): the copy stops at its next batch, not at its end; no
    before-restore file (nor a partial one) is left, and the catalogue is as it was."""
    import os

    batches: list[int] = []
    backup, _ = backup_server(pg_catalogue, "manual", lambda: batches.append(1))
    assert len(batches) > 3  # a whole copy hears many batches (one table's rows each here)
    change_it(pg_server, pg_catalogue)
    before = server_rows(pg_catalogue)
    folder = storage.backup_folder(pg_catalogue.backup_path(storage.app_data_dir()))
    files = sorted(os.listdir(folder))
    heard: list[int] = []

    def progress(done: int, total: int) -> bool:
        heard.append(done)
        return heard.count(3) < 3  # step 3, the copy's start, its first batch: Cancel

    with pytest.raises(Cancelled):
        restore_server(pg_catalogue, backup, progress)
    assert heard.count(3) == 3, heard  # the copy stopped at its first batch, not its end
    assert 4 not in heard, "the restore went on past the copy"
    new = set(os.listdir(folder)) - set(files)  # but the journals of files read meanwhile
    assert {name for name in new if not (name.endswith(("-wal", "-shm"))
                                         and name[:-4] in files)} == set(), new
    assert server_rows(pg_catalogue) == before
