"""Every record gets a stable identity (uuid); every change is remembered (change sets).

Revision ID: 0005
Revises: 0003

Existing records get a uuid4 each. On SQLite the search index's triggers (0003) are dropped
first (writing the uuids would rewrite every record's words; making the column NOT NULL
rebuilds each table, which drops its triggers anyway) and made again afterwards; the
index's rows are keyed by id and stay as they are.
"""

import importlib
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("conference", "plenary_session", "area", "measure", "official", "annex", "agreement")
"""Every record table (the conference table is made by 0004)."""


def _search_sources() -> list[tuple[object, int, str, str]]:
    return list(importlib.import_module(
        "catalogue.migrations.versions.0003_search_index").SOURCES)


def _drop_search_triggers() -> None:
    """Without them while the uuids are written: a uuid is no word of the index, and each
    UPDATE would rewrite the record's words (doubling the index, taking minutes)."""
    for _kind, _code, table, _body in _search_sources():
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")


def _search_triggers() -> None:
    """The search index's triggers as 0003 made them (SQLite only: FTS5)."""
    _drop_search_triggers()
    for _kind, code, table, body in _search_sources():
        new, old = body.format(r="new"), f"old.id * 8 + {code}"
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + {code}, {new});"
                   " END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = {old}; "
                   f"INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + {code}, {new});"
                   " END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = {old}; END")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _drop_search_triggers()
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uuid", sa.String, nullable=True))
        ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            bind.execute(sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
                         [{"uuid": str(uuid.uuid4()), "id": record_id} for record_id in ids])
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String, nullable=False)
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    if bind.dialect.name == "sqlite":
        _search_triggers()
    op.create_table(
        "change_set",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("officer", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("label", sa.String, nullable=False),
    )
    op.create_table(
        "change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("change_set_id", sa.Integer,
                  sa.ForeignKey("change_set.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("record_uuid", sa.String, nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("operation", sa.String, nullable=False),
        sa.Column("fields", sa.String, nullable=False),
    )
    op.create_index("ix_change_change_set_id", "change", ["change_set_id"])
    op.create_index("ix_change_record_uuid", "change", ["record_uuid"])


def downgrade() -> None:
    op.drop_table("change")
    op.drop_table("change_set")
    for table in TABLES:
        op.drop_index(f"ix_{table}_uuid", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")
    if op.get_bind().dialect.name == "sqlite":
        _search_triggers()
