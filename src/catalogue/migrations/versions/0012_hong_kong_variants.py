"""Hong Kong's variant characters folded as their standard forms, in a file and on a server.

Revision ID: 0012
Revises: 0011

The search folds every word to Simplified Chinese with OpenCC's t2s, which leaves Hong
Kong's own forms of some characters as they are: 衞 (衛), 綫 (線), 説 (說), 温 (溫) ... So
a record holding 衞生署 was found by 衞生 alone, not by 衛生 (standard Traditional) nor by
卫生 (Simplified: what an officer in Shanghai types). The fold now makes them standard
first (OpenCC's HKVariantsRev, storage.serverfold.normalising), in chinese.fold and in the
server's catalogue_fold alike.

Only a record whose words hold one of the characters that first step changes folds
differently, so only those are folded again: in a file their rows of the FTS5 index are
made again; on a server catalogue_fold is made again and those rows' notes written again,
which makes PostgreSQL compute their generated `search_words` (and trigram index entries)
anew.
Every other record's words are the same under either fold. (Folding every record again
took 24.7 s for 100,000 records in a file and 72 s on a server, and its index rewrite
left a nearly full disk with the upgrade's pages not yet written back.)

A downgrade folds nothing back: the words stay folded by this version's fold, which an
older version's queries of a Hong Kong form (folded its way) no longer find.
"""

import importlib
from types import ModuleType

from alembic import op

from catalogue.kinds import KINDS

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CASEFOLD = "catalogue_casefold"
"""The SQL function (storage.casefold.CASEFOLD_FUNCTION) that case-folds the words."""


def _bilingual() -> ModuleType:
    return importlib.import_module("catalogue.migrations.versions.0007_bilingual")


CHANGED = "catalogue_0012_changed"
"""A function of this migration's own connection (a file's): whether a record's words hold
a character the fold's first step changes."""


def _changed() -> str:
    """The characters the fold's first step changes, as a bracket expression's contents
    (all beyond ASCII: none is special in one, in PostgreSQL's ~)."""
    from catalogue.storage.serverfold import fold_tables, normalising

    return "".join(sorted(normalising(fold_tables())))


def upgrade() -> None:
    bilingual = _bilingual()
    changed = _changed()
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        from catalogue.storage.serverfold import create_fold_function

        op.get_bind().exec_driver_sql(create_fold_function())
    elif dialect == "sqlite":  # GLOB '*[...]*' over a thousand characters took 417 s for
        # the 100,000-record file (each letter compared with each), a regular expression's
        # class 44 s for the measures alone; a set's lookups take seconds
        characters = frozenset(changed)
        sqlite = op.get_bind().connection.driver_connection
        assert sqlite is not None  # a live connection: the migration runs on it
        sqlite.create_function(CHANGED, 1, lambda words: words is not None
                               and not words.isascii()
                               and not characters.isdisjoint(words), deterministic=True)
    for kind, words in bilingual.WORDS.items():
        code, table = KINDS[kind].search_code, KINDS[kind].table
        raw = words.removeprefix(bilingual.FOLD + "(").removesuffix(")")  # not folded
        if dialect == "sqlite":
            which = f"FROM {table} AS r WHERE {CHANGED}({raw.format(r='r')})"
            op.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT r.id * 8 + {code} "
                       f"{which})")
            op.execute(f"INSERT INTO search_index (rowid, body) SELECT r.id * 8 + {code}, "
                       f"{CASEFOLD}({words.format(r='r')}) {which}")
        elif dialect == "postgresql":  # a column its words are made of written again:
            # PostgreSQL computes the generated column anew only then (not for SET id = id)
            op.execute(f"UPDATE {table} SET notes = notes WHERE ({raw.replace('{r}.', '')}) "
                       f"~ '[{changed}]'")


def downgrade() -> None:
    """Nothing to undo in the schema (see above)."""
