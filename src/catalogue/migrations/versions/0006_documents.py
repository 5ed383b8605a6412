"""Annex documents: files (kept inside the catalogue) and web addresses attached to an
annex or an agreement.

Revision ID: 0006
Revises: 0003

A new table only, so nothing existing is rebuilt; plain SQL types, so it runs on
PostgreSQL as well (a BLOB there is BYTEA). Exactly one owner per document, and a
document goes with its owner (ON DELETE CASCADE; undo puts both back).
"""

import sqlalchemy as sa
from alembic import op

from catalogue.kinds import KINDS, Kind

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _owner(kind: Kind) -> sa.Column:
    table = KINDS[kind].table
    return sa.Column(f"{table}_id", sa.Integer,
                     sa.ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=True)


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner(Kind.ANNEX),
        _owner(Kind.AGREEMENT),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("media_type", sa.String, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=True),
        sa.Column("url", sa.String, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=True),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
        sa.CheckConstraint("(annex_id IS NULL) <> (agreement_id IS NULL)",
                           name="ck_document_one_owner"),
    )
    op.create_index("ix_document_annex_id", "document", ["annex_id"])
    op.create_index("ix_document_agreement_id", "document", ["agreement_id"])


def downgrade() -> None:
    op.drop_index("ix_document_agreement_id", "document")
    op.drop_index("ix_document_annex_id", "document")
    op.drop_table("document")
