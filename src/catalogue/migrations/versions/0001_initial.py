"""The first schema: plenaries, areas, measures, officials, agreements, annexes and links.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _session_fk() -> sa.Column:
    return sa.Column("session_id", sa.Integer,
                     sa.ForeignKey("plenary_session.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "plenary_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conference", sa.String, nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("place", sa.String, nullable=False),
        sa.UniqueConstraint("conference", "ordinal"),
    )
    op.create_table(
        "area",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.UniqueConstraint("session_id", "name"),
    )
    op.create_index("ix_area_session_id", "area", ["session_id"])
    op.create_table(
        "measure",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("area.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.String, nullable=False),
    )
    op.create_index("ix_measure_area_id", "measure", ["area_id"])
    op.create_table(
        "official",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("honorific", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("post", sa.String, nullable=False),
        sa.Column("side", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
    )
    op.create_index("ix_official_session_id", "official", ["session_id"])
    op.create_table(
        "annex",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_fk(),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.UniqueConstraint("session_id", "number"),
    )
    op.create_index("ix_annex_session_id", "annex", ["session_id"])
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("numeral", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("parties", sa.String, nullable=False),
        sa.Column("annex_id", sa.Integer, sa.ForeignKey("annex.id", ondelete="SET NULL"),
                  nullable=True),
        sa.UniqueConstraint("session_id", "numeral"),
    )
    op.create_index("ix_agreement_session_id", "agreement", ["session_id"])
    op.create_index("ix_agreement_annex_id", "agreement", ["annex_id"])
    op.create_table(
        "agreement_area",
        sa.Column("agreement_id", sa.Integer,
                  sa.ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("area.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_agreement_area_area_id", "agreement_area", ["area_id"])


def downgrade() -> None:
    for table in ("agreement_area", "agreement", "annex", "official", "measure", "area",
                  "plenary_session"):
        op.drop_table(table)
