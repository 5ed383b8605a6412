"""Conferences as records: a `conference` table, and each plenary pointing at its own.

Revision ID: 0004
Revises: 0003

One conference row is made per distinct `plenary_session.conference` string, with the two
governments that are its sides (read from its name; the seed's are the Hong Kong SAR and
Shanghai Municipal Governments), and the string column is replaced by `conference_id`
(one ordinal per conference, as before). On SQLite the plenary table is rebuilt, which
drops its full-text triggers (migration 0003): they are made again here.
"""

import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SESSION_WORDS = "{r}.title || ' ' || {r}.place || ' ' || {r}.notes"
"""The plenary's words in the search index (as 0003 indexes them); rowid = id * 8 + 1."""


def _sides(name: str) -> tuple[str, str]:
    """The sides a conference of this name has; a name that does not say them gets
    "Hong Kong SAR Government" and the name itself, for an officer to correct."""
    from catalogue.vocabulary import conference_sides

    return conference_sides(name) or ("Hong Kong SAR Government", name)


def _session_triggers() -> None:
    table, code = "plenary_session", 1
    new, old = SESSION_WORDS.format(r="new"), f"old.id * 8 + {code}"
    op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
               f"INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + {code}, {new});"
               " END")
    op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN "
               f"DELETE FROM search_index WHERE rowid = {old}; "
               f"INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + {code}, {new});"
               " END")
    op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
               f"DELETE FROM search_index WHERE rowid = {old}; END")


def _drop_session_triggers() -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS plenary_session_search_{event}")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    conference = op.create_table(
        "conference",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("side_a", sa.String, nullable=False),
        sa.Column("side_b", sa.String, nullable=False),
        sa.Column("name_zh", sa.String, nullable=False, server_default=""),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime, nullable=True),
    )
    bind = op.get_bind()
    names = [row[0] for row in bind.execute(sa.text(
        "SELECT DISTINCT conference FROM plenary_session ORDER BY conference"))]
    stamp = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    if names:
        op.bulk_insert(conference, [
            {"name": name, "side_a": sides[0], "side_b": sides[1], "name_zh": "", "notes": "",
             "updated_at": stamp} for name in names for sides in [_sides(name)]])
    if sqlite:
        _drop_session_triggers()
    with op.batch_alter_table("plenary_session") as batch:
        batch.add_column(sa.Column("conference_id", sa.Integer, nullable=True))
    bind.execute(sa.text(
        "UPDATE plenary_session SET conference_id = "
        "(SELECT conference.id FROM conference WHERE conference.name = "
        "plenary_session.conference)"))
    # SQLite rebuilds the table (it cannot drop a column of a unique constraint); other
    # databases alter it in place (the tables that point to it would refuse its drop)
    with op.batch_alter_table("plenary_session",
                              recreate="always" if sqlite else "auto") as batch:
        batch.alter_column("conference_id", existing_type=sa.Integer, nullable=False)
        batch.drop_column("conference")
        batch.create_foreign_key("fk_plenary_session_conference_id_conference", "conference",
                                 ["conference_id"], ["id"])
        batch.create_unique_constraint("uq_plenary_session_conference_id_ordinal",
                                       ["conference_id", "ordinal"])
        batch.create_index("ix_plenary_session_conference_id", ["conference_id"])
    if sqlite:
        _session_triggers()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_session_triggers()
    with op.batch_alter_table("plenary_session") as batch:
        batch.add_column(sa.Column("conference", sa.String, nullable=True))
    op.get_bind().execute(sa.text(
        "UPDATE plenary_session SET conference = "
        "(SELECT conference.name FROM conference WHERE conference.id = "
        "plenary_session.conference_id)"))
    with op.batch_alter_table("plenary_session",
                              recreate="always" if sqlite else "auto") as batch:
        batch.drop_index("ix_plenary_session_conference_id")
        batch.drop_constraint("uq_plenary_session_conference_id_ordinal", type_="unique")
        batch.drop_constraint("fk_plenary_session_conference_id_conference",
                              type_="foreignkey")
        batch.drop_column("conference_id")
        batch.alter_column("conference", existing_type=sa.String, nullable=False)
        batch.create_unique_constraint("uq_plenary_session_conference_ordinal",
                                       ["conference", "ordinal"])
    op.drop_table("conference")
    if sqlite:
        _session_triggers()
