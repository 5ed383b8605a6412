"""Hong Kong's variant characters folded as their standard forms, in a file and on a server.

Revision ID: 0012
Revises: 0011

The search folds every word to Simplified Chinese with OpenCC's t2s, which leaves Hong
Kong's own forms of some characters as they are: 衞 (衛), 綫 (線), 説 (說), 温 (溫) ... So
a record holding 衞生署 was found by 衞生 alone, not by 衛生 (standard Traditional) nor by
卫生 (Simplified: what an officer in Shanghai types). The fold now makes them standard
first (OpenCC's HKVariantsRev, storage.serverfold.normalising), in chinese.fold and in the
server's catalogue_fold alike, and each record's words are folded again here: the FTS5
index filled again from every record in a file; on a server catalogue_fold made again and
each table's `search_words` column and trigram index made again over it.

A downgrade folds nothing back: the words stay folded by this version's fold, which an
older version's queries of a Hong Kong form (folded its way) no longer find.
"""

import importlib
from types import ModuleType

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CASEFOLD = "catalogue_casefold"
"""The SQL function (storage.casefold.CASEFOLD_FUNCTION) that case-folds the words."""


def _bilingual() -> ModuleType:
    return importlib.import_module("catalogue.migrations.versions.0007_bilingual")


def upgrade() -> None:
    bilingual = _bilingual()
    folded = {kind: f"{CASEFOLD}({words})" for kind, words in bilingual.WORDS.items()}
    if op.get_context().dialect.name == "sqlite":
        bilingual._triggers(folded)  # the same triggers; the index filled again
    elif op.get_context().dialect.name == "postgresql":
        from catalogue.storage.serverfold import create_fold_function

        op.get_bind().exec_driver_sql(create_fold_function())
        bilingual._server_search(folded)


def downgrade() -> None:
    """Nothing to undo in the schema (see above)."""
