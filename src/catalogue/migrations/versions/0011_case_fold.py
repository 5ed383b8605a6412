"""One case fold for the search, the same in a file and on a server.

Revision ID: 0011
Revises: 0010

The words a search compares were lower-cased differently by the two engines: FTS5's own
case folding in a file (İ stayed İ), the server's lower() on a server (İ became i, ς stayed
ς, so "οδυσσευς" did not find ΟΔΥΣΣΕΥΣ there). Both now hold every record's words folded
to Simplified Chinese (catalogue_fold) and then by `catalogue_casefold`, Unicode's full case
folding from one table (storage.casefold: ς is σ, ß is ss, ﬁ is fi, the Kelvin sign is k).

On SQLite the FTS5 index is made again with `case_sensitive 1` (its words are folded
already: FTS5's own folding on top could only make it find what a server does not), and
its triggers fold with catalogue_casefold, a function storage.engine registers on every
connection. On PostgreSQL catalogue_casefold is a SQL function made here, and each
table's generated `search_words` column (0010's lower(...)) and its trigram index are made
again over it. Either way the index is rebuilt from every record.
"""

import importlib
from types import ModuleType

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CASEFOLD = "catalogue_casefold"
"""The SQL function (storage.casefold.CASEFOLD_FUNCTION) that case-folds the words."""


def _bilingual() -> ModuleType:
    return importlib.import_module("catalogue.migrations.versions.0007_bilingual")


def _index(case_sensitive: int) -> None:
    """The FTS5 index made again, empty (its triggers fill it: 0007's _triggers)."""
    op.execute("DROP TABLE search_index")
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
               f"body, tokenize = 'trigram case_sensitive {case_sensitive}')")


def upgrade() -> None:
    bilingual = _bilingual()
    folded = {kind: f"{CASEFOLD}({words})" for kind, words in bilingual.WORDS.items()}
    if op.get_context().dialect.name == "sqlite":
        _index(case_sensitive=1)
        bilingual._triggers(folded)
    elif op.get_context().dialect.name == "postgresql":
        from catalogue.storage.casefold import create_casefold_function

        op.get_bind().exec_driver_sql(create_casefold_function())
        bilingual._server_search(folded)


def downgrade() -> None:
    bilingual = _bilingual()
    if op.get_context().dialect.name == "sqlite":
        _index(case_sensitive=0)
        bilingual._triggers(bilingual.WORDS)
    elif op.get_context().dialect.name == "postgresql":
        bilingual._server_search({kind: f"lower({words})"
                                  for kind, words in bilingual.WORDS.items()})
        op.execute(f"DROP FUNCTION {CASEFOLD}(text)")
