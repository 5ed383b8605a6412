"""Notes and a last-changed time on every record.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("plenary_session", "area", "measure", "official", "annex", "agreement")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("notes", sa.String, nullable=False, server_default=""))
            batch.add_column(sa.Column("updated_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_at")
            batch.drop_column("notes")
