"""Chinese fields beside the English ones, searched in either script.

Revision ID: 0007
Revises: 0003

Adds `title_zh` (plenary, agreement, annex), `name_zh` (area, official), `text_zh`
(measure), `post_zh` (official) and `parties_zh` (agreement), empty for every record that
exists. On SQLite the search index's triggers are made again so the index holds these
fields too, every word folded to Simplified Chinese by `catalogue_fold` (a function
storage.engine.connect registers on each connection it opens: a connection without it
cannot write a record at all, so none can leave the index out of step). The stored text
is never converted; only the index is, and the index is rebuilt here for every record.

On PostgreSQL, which cannot call Python, the same fold is a SQL function made here from
OpenCC's tables (storage.serverfold: it gives what chinese.fold gives), and each record
table gets a stored generated column, `search_words`, holding its folded words (the FTS5
index's body, computed once per write by the server itself, whoever writes); 0003's
trigram indexes are replaced by ones on that column.
"""

import sqlalchemy as sa
from alembic import op

from catalogue.kinds import KINDS, Kind

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = {
    Kind.SESSION: ("title_zh",),
    Kind.AREA: ("name_zh",),
    Kind.MEASURE: ("text_zh",),
    Kind.OFFICIAL: ("name_zh", "post_zh"),
    Kind.AGREEMENT: ("title_zh", "parties_zh"),
    Kind.ANNEX: ("title_zh",),
}
"""The Chinese fields added, per kind."""

FOLD = "catalogue_fold"
"""The SQL function (storage.search.FOLD_FUNCTION) that folds the index's words."""

OLD_WORDS = {
    Kind.SESSION: "{r}.title || ' ' || {r}.place || ' ' || {r}.notes",
    Kind.AREA: "{r}.name || ' ' || {r}.notes",
    Kind.MEASURE: "{r}.text || ' ' || {r}.notes",
    Kind.OFFICIAL: "{r}.honorific || ' ' || {r}.name || ' ' || {r}.post || ' ' || {r}.notes",
    Kind.AGREEMENT:
        "'(' || {r}.numeral || ') ' || {r}.title || ' ' || {r}.parties || ' ' || {r}.notes",
    Kind.ANNEX: "{r}.title || ' ' || {r}.notes",
}
"""Migration 0003's words, which a downgrade puts back."""
WORDS = {kind: FOLD + "(" + body + "".join(f" || ' ' || {{r}}.{name}" for name in names)
         + ")" for (kind, body), names in zip(OLD_WORDS.items(), COLUMNS.values(), strict=True)}
"""The words a search looks at, per kind: 0003's and the Chinese fields, folded."""


def _triggers(words: dict[Kind, str]) -> None:
    """(Re)make the index's triggers over `words` and fill the index from every record."""
    op.execute("DELETE FROM search_index")
    for kind, body in words.items():
        code, table = KINDS[kind].search_code, KINDS[kind].table
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
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
        op.execute(f"INSERT INTO search_index (rowid, body) "
                   f"SELECT r.id * 8 + {code}, {body.format(r='r')} FROM {table} AS r")


SEARCH_COLUMN = "search_words"
"""The server's column of each record's folded words (storage.search reads it)."""


def _server_search(words: dict[Kind, str] | None) -> None:
    """Drop the server's trigram indexes (and the folded column); make them again over
    `words`: folded into a generated column (0007's), or 0003's plain expressions."""
    for kind, body in (words or OLD_WORDS).items():
        table = KINDS[kind].table
        op.execute(f"DROP INDEX IF EXISTS {table}_search")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {SEARCH_COLUMN}")
        if words is None:  # back to 0003's
            op.execute(f"CREATE INDEX {table}_search ON {table} USING gin "
                       f"(({body.format(r=table)}) gin_trgm_ops)")
            continue
        op.execute(f"ALTER TABLE {table} ADD COLUMN {SEARCH_COLUMN} text GENERATED ALWAYS "
                   f"AS ({body.replace('{r}.', '')}) STORED")
        op.execute(f"CREATE INDEX {table}_search ON {table} USING gin "
                   f"({SEARCH_COLUMN} gin_trgm_ops)")


def upgrade() -> None:
    for kind, names in COLUMNS.items():
        with op.batch_alter_table(KINDS[kind].table) as batch:
            for name in names:
                batch.add_column(sa.Column(name, sa.String, nullable=False, server_default=""))
    if op.get_context().dialect.name == "sqlite":
        _triggers(WORDS)
    elif op.get_context().dialect.name == "postgresql":
        from catalogue.storage.serverfold import create_fold_function

        op.get_bind().exec_driver_sql(create_fold_function())
        _server_search(WORDS)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        _server_search(None)
        op.execute(f"DROP FUNCTION {FOLD}(text)")
    for kind, names in COLUMNS.items():  # tables rebuilt without the fields (and triggers)
        with op.batch_alter_table(KINDS[kind].table) as batch:
            for name in reversed(names):
                batch.drop_column(name)
    if op.get_context().dialect.name == "sqlite":
        _triggers(OLD_WORDS)
