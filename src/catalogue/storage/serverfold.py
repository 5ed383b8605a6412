"""The Chinese fold on a PostgreSQL server: `catalogue_fold(text)`, a SQL function that
gives exactly what catalogue.chinese.fold gives (OpenCC's `t2s`), so a server's trigram
indexes hold the same folded words as a file's FTS5 index.

A server cannot call Python, so the fold is written in PL/pgSQL over OpenCC's own tables,
kept in the package as data/opencc_t2s_fold.json (made from the installed OpenCC's
dictionaries by `python -m catalogue.storage.serverfold`; a test checks the two agree).
OpenCC's t2s works in three steps, which the function repeats: compatibility ideographs
are normalised, one character for one; at each position the longest phrase of TSPhrases
that starts there is replaced whole; every other character is replaced by its first
reading in TSCharactersExt, else TSCharacters. Every character entry maps one character to
one, so the function uses translate() for them (in C, fast); phrases are looked up only
where a phrase can start. The tables are constants inside the function (no table read), so
it is truly IMMUTABLE and may be used in an index; text with nothing at or above U+2E80 is
returned as it is, as chinese.fold returns it.
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
                "characters": ("TSCharactersExt", "TSCharacters"),
                "phrases": ("TSPhrases",)}
"""OpenCC's dictionaries behind each table, first wins (as t2s.json orders them)."""


@cache
def fold_tables() -> dict[str, Any]:
    """{"opencc": version, "normal": {...}, "characters": {...}, "phrases": {...}}."""
    text = resources.files("catalogue.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_fold_function() -> str:
    """The CREATE FUNCTION statement (migration 0007 runs it on a server)."""
    tables = fold_tables()
    normal, characters, phrases = tables["normal"], tables["characters"], tables["phrases"]
    firsts = "".join(sorted({key[0] for key in phrases}))
    longest = max(len(key) for key in phrases)
    plain_from, plain_to = "".join(normal), "".join(normal.values())
    char_from, char_to = "".join(characters), "".join(characters.values())
    phrase_json = json.dumps(phrases, ensure_ascii=False, sort_keys=True)
    convert = f"translate(%s, {_literal(char_from)}, {_literal(char_to)})"
    return f"""
CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
DECLARE
    folded text;
    result text := '';
    phrase text;
    position_ integer := 1;
    run_start integer := 1;
    total integer;
    matched integer;
BEGIN
    IF words !~ '[\u2e80-\\U0010FFFF]' THEN
        RETURN words;
    END IF;
    folded := translate(words, {_literal(plain_from)}, {_literal(plain_to)});
    IF folded !~ {_literal("[" + firsts + "]")} THEN
        RETURN {convert % "folded"};
    END IF;
    total := char_length(folded);
    WHILE position_ < total LOOP
        matched := 0;
        IF strpos({_literal(firsts)}, substr(folded, position_, 1)) > 0 THEN
            FOR size IN REVERSE least({longest}, total - position_ + 1) .. 2 LOOP
                phrase := {_literal(phrase_json)}::jsonb ->> substr(folded, position_, size);
                IF phrase IS NOT NULL THEN
                    matched := size;
                    EXIT;
                END IF;
            END LOOP;
        END IF;
        IF matched > 0 THEN
            result := result
                || {convert % "substr(folded, run_start, position_ - run_start)"} || phrase;
            position_ := position_ + matched;
            run_start := position_;
        ELSE
            position_ := position_ + 1;
        END IF;
    END LOOP;
    RETURN result || {convert % "substr(folded, run_start)"};
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
