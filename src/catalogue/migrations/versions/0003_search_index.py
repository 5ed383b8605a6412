"""Full-text search: an FTS5 index over every record's words, kept in step by triggers.

Revision ID: 0003
Revises: 0002

The trigram tokenizer matches any run of three or more characters, so a search finds parts
of words and Chinese text (which has no spaces between words) alike. Each row's rowid is
the record's id times 8 plus a code for its kind, so triggers update and delete by rowid
rather than scanning the index. Foreign-key cascades fire the delete triggers too.

On PostgreSQL the same words (storage.search.WORDS) get a GIN trigram index (pg_trgm) per
table instead, which the server keeps in step itself: no triggers, no second copy.
"""

from alembic import op

from catalogue.storage.search import SOURCES, create_server_index

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in create_server_index():
            op.execute(statement)
        return
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
               "body, tokenize = 'trigram case_sensitive 0')")
    for _kind, code, table, body in SOURCES:
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


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for _kind, _code, table, _body in SOURCES:
            op.execute(f"DROP INDEX {table}_search")
        return
    for _kind, _code, table, _body in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {table}_search_{event}")
    op.execute("DROP TABLE search_index")
