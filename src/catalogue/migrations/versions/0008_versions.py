"""A version on every record, so no save overwrites a change it has not seen (issue #16).

Revision ID: 0008
Revises: 0007

Adds `version` (an integer, 1 for every record that exists) to every record table the
registry names: each kind has fields the editor saves, a conference's too. The services
raise it by one in the transaction of every change to a record's fields, with
`UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`, so a save made
against a version that is no longer current changes nothing and is reported as a
conflict. Plain ALTER TABLE on both engines: SQLite (3.35 or newer) adds and drops the
column in place, keeping the search index's triggers.
"""

import sqlalchemy as sa
from alembic import op

from catalogue.kinds import KINDS

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMN = "version"


def upgrade() -> None:
    for info in KINDS.values():
        op.add_column(info.table, sa.Column(COLUMN, sa.Integer, nullable=False,
                                            server_default="1"))


def downgrade() -> None:
    for info in KINDS.values():
        op.drop_column(info.table, COLUMN)
