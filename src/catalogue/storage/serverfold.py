"""The Chinese fold on a PostgreSQL server: `catalogue_fold(text)`, a SQL function that
gives exactly what catalogue.chinese.fold gives (Hong Kong's variant characters made
standard, then OpenCC's `t2s`), so a server's trigram indexes hold the same folded words
as a file's FTS5 index.

A server cannot call Python, so the fold is written in PL/pgSQL over OpenCC's own tables,
kept in the package as data/opencc_t2s_fold.json (made from the installed OpenCC's
dictionaries by `python -m catalogue.storage.serverfold`; a test checks the two agree).
OpenCC's t2s works in three steps, which the function repeats: compatibility ideographs
are normalised, one character for one (Hong Kong's variants too: `normalising`); at each
position the longest phrase of TSPhrases that starts there is replaced whole; every other
character is replaced by its first reading in TSCharactersExt, else TSCharacters.
Characters are looked up one by one in a jsonb object (a binary search; translate() over
a 5,000-character list was 80 times slower), phrases only where one starts with the next
two characters (about 0.6 ms for 170 Chinese characters). The tables are constants inside
the function (no table read), so it is truly IMMUTABLE and may be used in a generated
column and an index; text with nothing at or above U+2E80 is returned as it is, as
chinese.fold returns it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

FOLD_FUNCTION = "catalogue_fold"
DATA_FILE = "opencc_t2s_fold.json"
DICTIONARIES = {"normal": ("CJK_Compatibility_Ideographs",),
                "variants": ("HKVariantsRev",),
                "characters": ("TSCharactersExt", "TSCharacters"),
                "phrases": ("TSPhrases",)}
"""OpenCC's dictionaries behind each table, first wins (as t2s.json orders them).
"variants" is Hong Kong's forms of characters (衞 for 衛, 綫 for 線, 説 for 說 ...) and
their standard Traditional ones, which t2s alone leaves as they are: so 衛生 and 卫生 did
not find 衞生 (migration 0012)."""


@cache
def fold_tables() -> dict[str, Any]:
    """{"opencc": version, "normal": {...}, "characters": {...}, "phrases": {...}}."""
    text = resources.files("catalogue.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text))


def normalising(tables: dict[str, Any]) -> dict[str, str]:
    """The fold's first step, one character for one: compatibility ideographs to their
    unified forms, then Hong Kong's variant characters to standard Traditional ones (a
    compatibility ideograph may be one: U+F95C is 稜). What chinese.fold does before
    OpenCC's t2s, and catalogue_fold before its phrases and characters."""
    variants: dict[str, str] = tables["variants"]
    return {**variants, **{key: variants.get(value, value)
                           for key, value in tables["normal"].items()}}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_fold_function(tables: dict[str, Any] | None = None) -> str:
    """The CREATE FUNCTION statement (migrations 0007 and 0012 run it on a server), over
    the package's tables unless given others (a test makes an older version's so)."""
    tables = fold_tables() if tables is None else tables
    normal = normalising(tables)
    phrases = tables["phrases"]
    firsts = "".join(sorted({key[0] for key in phrases}))
    starts = {key[:2]: "" for key in phrases}  # every phrase's first two characters
    longest = max(len(key) for key in phrases)

    def json_literal(entries: dict[str, str]) -> str:
        return _literal(json.dumps(entries, ensure_ascii=False, sort_keys=True)) + "::jsonb"

    def each_character(text: str, table: dict[str, str]) -> str:  # one lookup a character
        return (f"ARRAY(SELECT coalesce({json_literal(table)} ->> one, one) "
                f"FROM unnest(string_to_array({text}, NULL)) WITH ORDINALITY "
                "AS given(one, number) ORDER BY number)")

    return f"""
CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
DECLARE
    normalised text;
    converted text[];
    result text := '';
    phrase text;
    position_ integer := 1;
    run_start integer := 1;
    total integer;
    matched integer;
BEGIN
    IF words !~ '[\u2e80-\U0010FFFF]' THEN
        RETURN words;
    END IF;
    normalised := words;
    IF words ~ {_literal("[" + "".join(normal) + "]")} THEN  -- seldom: look-alikes, variants
        normalised := array_to_string({each_character("words", normal)}, '');
    END IF;
    converted := {each_character("normalised", tables["characters"])};
    IF normalised !~ {_literal("[" + firsts + "]")} THEN
        RETURN array_to_string(converted, '');
    END IF;
    total := char_length(normalised);
    WHILE position_ < total LOOP
        matched := 0;
        IF strpos({_literal(firsts)}, substr(normalised, position_, 1)) > 0
                AND {json_literal(starts)} ? substr(normalised, position_, 2) THEN
            FOR size IN REVERSE least({longest}, total - position_ + 1) .. 2 LOOP
                phrase := {json_literal(phrases)} ->> substr(normalised, position_, size);
                IF phrase IS NOT NULL THEN
                    matched := size;
                    EXIT;
                END IF;
            END LOOP;
        END IF;
        IF matched > 0 THEN
            result := result || array_to_string(converted[run_start:position_ - 1], '')
                || phrase;
            position_ := position_ + matched;
            run_start := position_;
        ELSE
            position_ := position_ + 1;
        END IF;
    END LOOP;
    RETURN result || array_to_string(converted[run_start:total], '');
END
$fold$
"""


def read_dictionaries(folder: Path, opencc_dict: Path) -> dict[str, Any]:
    """The tables from OpenCC's .ocd2 dictionaries in `folder`, read as text through its
    own `opencc_dict` tool (development only: the app never runs it)."""
    from importlib.metadata import version

    import opencc  # noqa: F401  (only to name its version)

    tables: dict[str, Any] = {"opencc": version("OpenCC")}
    for table, names in DICTIONARIES.items():
        entries: dict[str, str] = {}
        for name in names:
            out = folder / f"{name}.txt"
            subprocess.run([str(opencc_dict), "-i", str(folder / f"{name}.ocd2"), "-o",
                            str(out), "-f", "ocd2", "-t", "text"], check=True)
            try:
                for line in out.read_text(encoding="utf-8").splitlines():
                    key, values = line.split("\t")
                    entries.setdefault(key, values.split(" ")[0])
            finally:
                out.unlink()
        if table != "phrases":  # a character kept as it is needs no entry (a phrase
            # kept whole does: it stops its characters from being converted one by one)
            entries = {key: value for key, value in entries.items() if key != value}
        tables[table] = dict(sorted(entries.items()))
    return tables


def opencc_tools() -> tuple[Path, Path]:
    """The installed OpenCC's dictionary folder and its opencc_dict tool."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    return clib / "share" / "opencc", clib / "bin" / "opencc_dict"


if __name__ == "__main__":  # python -m catalogue.storage.serverfold data/opencc_t2s_fold.json
    import tempfile

    folder, tool = opencc_tools()
    with tempfile.TemporaryDirectory() as scratch:
        for ocd2 in folder.glob("*.ocd2"):
            (Path(scratch) / ocd2.name).write_bytes(ocd2.read_bytes())
        made = read_dictionaries(Path(scratch), tool)
    Path(sys.argv[1]).write_text(json.dumps(made, ensure_ascii=False, indent=0) + "\n",
                                 encoding="utf-8")
