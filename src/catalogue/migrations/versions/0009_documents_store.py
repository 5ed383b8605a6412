"""The bytes of deleted and removed documents, kept once by their SHA-256 outside the
history's change rows.

Revision ID: 0009
Revises: 0008

Before this, a delete of an annex (or a plenary) kept its documents' bytes in base64
inside ONE change row, so an annex holding many large documents could not be deleted
(SQLite refuses a value over 1,000,000,000 bytes; PostgreSQL one over 1 GB). Now the
change row names each document by its SHA-256 and the bytes are here, once for the same
content. A new table only: change rows written before keep their base64 and still
restore (history reads both forms).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "document_store"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("sha256", sa.String, primary_key=True),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Documents are mostly compressed already (PDF, Office files): kept out of line
        # without a compression attempt, as the document table's bytes are read whole.
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN content SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table(TABLE)
