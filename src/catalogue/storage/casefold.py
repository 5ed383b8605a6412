"""The case fold of the search, the same in a file and on a PostgreSQL server.

What a search compares is a record's words and the words typed, both folded twice: to
Simplified Chinese (catalogue.chinese, `catalogue_fold`), then by this case fold. The case
fold replaces every character by its Unicode full case folding (CaseFolding.txt, statuses
C and F: what Python's str.casefold gives), except İ (U+0130), which folds to a plain i
(its Turkic folding) instead of i and a combining dot, so "istanbul" finds "İSTANBUL" as
lower case does everywhere. Each character is folded alone, whatever is around it: Σ, σ
and ς are all σ; ß, ẞ and SS all ss; ﬁ is fi; the Kelvin sign K is k; Ά is ά (accents are
kept); ı stays ı.

Lower case is not enough, and the engines' differ: PostgreSQL's lower() follows the
server's C library (İ is i there, ς stays ς), FTS5's own case folding is a simpler table
(İ stays İ). So the fold is neither: it is one table, data/casefold.json, made from
Python's unicodedata by `python -m catalogue.storage.casefold data/casefold.json` (a test
checks it against str.casefold). A file folds with it in Python (`casefold`: str.casefold
itself where this Python's Unicode is the table's, else the table; registered on every
connection as the SQL function catalogue_casefold, which the index's triggers call); a
server with a SQL function of the same name holding the table as a constant (migration
0011). Both hold the same folded words and fold a query alike.

A fold may make a text longer (ß is ss, ŉ is ʼn): `folded_offsets` says which character of
the text each folded character came from, so the matches are marked on the text shown.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

CASEFOLD_FUNCTION = "catalogue_casefold"
"""The SQL function of the case fold, in a file (a Python function) and on a server."""
DATA_FILE = "casefold.json"
EXCEPTIONS = {"\u0130": "i"}
"""Where the fold is not str.casefold: İ folds to i (Unicode's Turkic folding of it)."""
UPPER_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def made_table() -> dict[str, Any]:
    """{"unicode": version, "folds": {character: folded}} for every character the fold
    changes, from this Python's own str.casefold (development only: the app reads the
    table shipped in the package)."""
    folds = {}
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        folded = EXCEPTIONS.get(character, character.casefold())
        if folded != character:
            folds[character] = folded
    return {"unicode": unicodedata.unidata_version, "folds": folds}


@cache
def fold_table() -> dict[str, Any]:
    """The table shipped in the package (data/casefold.json)."""
    text = resources.files("catalogue.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text))


@cache
def _translation() -> dict[int, str]:
    return {ord(character): folded for character, folded in fold_table()["folds"].items()}


@cache
def _pythons_own() -> bool:
    """Whether this Python's str.casefold is the table's (the same Unicode version), so the
    fold can be its much faster C loop, with İ replaced first."""
    return bool(unicodedata.unidata_version == fold_table()["unicode"])


def casefold(text: str) -> str:
    """`text` case-folded as the search folds it (see the module's docstring)."""
    if text.isascii():
        return text.lower()
    if _pythons_own():
        return text.replace("\u0130", "i").casefold()
    return text.translate(_translation())


def casefold_words(words: str | None) -> str | None:
    """The SQL function catalogue_casefold in a file (NULL stays NULL, as on a server)."""
    return None if words is None else casefold(words)


def search_fold(text: str) -> str:
    """`text` as the search compares it: folded to Simplified Chinese, then case-folded."""
    from catalogue.chinese import fold

    return casefold(fold(text))


def _same_places(text: str) -> str:
    """`text` folded to Simplified Chinese where that keeps its places (one character for
    one, as it does but for a few phrases), else `text` itself."""
    from catalogue.chinese import fold

    chinese = fold(text)
    return chinese if len(chinese) == len(text) else text


def folded_offsets(text: str) -> tuple[str, list[int]]:
    """`search_fold(text)` where it keeps the text's places (see _same_places), and for
    each of its characters the place in `text` of the character it came from: the case
    fold goes character by character."""
    folded, offsets = [], []
    for place, character in enumerate(_same_places(text)):
        one = casefold(character)
        folded.append(one)
        offsets += [place] * len(one)
    return "".join(folded), offsets


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The folded words as one expression, longest first, made once per filter (the tree
    asks for each row it paints), or None when there is none."""
    wanted = sorted({folded for word in words if (folded := search_fold(word))},
                    key=len, reverse=True)
    return re.compile("|".join(map(re.escape, wanted))) if wanted else None


def match_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each place in `text` where one of `words` occurs as the search finds
    it (both folded), longest words first, without overlaps, in order. A match that starts
    or ends inside what one character folds to (an s of ß) takes in that whole character."""
    pattern = _pattern(tuple(words))
    if pattern is None or not text:
        return []
    if text.isascii():  # folded one for one: the places are the text's own
        return [found.span() for found in pattern.finditer(text.lower())]
    same = _same_places(text)
    folded = casefold(same)
    if len(folded) == len(same):  # no character folds to more than one: the same places
        return [found.span() for found in pattern.finditer(folded)]
    folded, offsets = folded_offsets(text)
    spans: list[tuple[int, int]] = []
    for found in pattern.finditer(folded):
        start, end = offsets[found.start()], offsets[found.end() - 1] + 1
        if spans and start < spans[-1][1]:  # inside the character the last one ended in
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _class(characters: list[str]) -> str:
    """A regular expression's bracket contents for `characters` (none of them special in
    one: all beyond ASCII), consecutive code points as ranges."""
    runs: list[list[int]] = []
    for code in sorted(map(ord, characters)):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(first) if first == last else f"{chr(first)}-{chr(last)}"
                   for first, last in runs)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_casefold_function() -> str:
    """The CREATE FUNCTION statement of the server's catalogue_casefold (migration 0011).

    Locale-free, so IMMUTABLE for real: A-Z by lower() in the "C" collation, which changes
    those only (in the server's own, lower() follows its C library: a Turkish one makes I
    ı; translate() would be 80 times slower), then, only in a text with a character of the
    table beyond ASCII, the text cut into such characters and the runs between them, each
    character looked up in the table (a jsonb constant: a binary search). A text without
    one, like most English text, costs that lower() and one regular expression's scan."""
    folds = fold_table()["folds"]
    beyond = [character for character in folds if not character.isascii()]
    assert all(folds[letter] == letter.lower() for letter in UPPER_ASCII)
    assert set(folds) - set(beyond) == set(UPPER_ASCII)
    table = _literal(json.dumps({character: folds[character] for character in beyond},
                                ensure_ascii=False, sort_keys=True)) + "::jsonb"
    cased = _class(beyond)
    return f"""
CREATE OR REPLACE FUNCTION {CASEFOLD_FUNCTION}(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $casefold$
BEGIN
    words := lower(words COLLATE "C");  -- A-Z only, whatever the server's locale
    IF octet_length(words) = char_length(words) OR words !~ {_literal(f"[{cased}]")} THEN
        RETURN words;
    END IF;
    RETURN (SELECT string_agg(coalesce({table} ->> piece[1], piece[1]), '' ORDER BY number)
            FROM regexp_matches(words, {_literal(f"[{cased}]|[^{cased}]+")}, 'g')
            WITH ORDINALITY AS found(piece, number));
END
$casefold$
"""


if __name__ == "__main__":  # python -m catalogue.storage.casefold data/casefold.json
    Path(sys.argv[1]).write_text(json.dumps(made_table(), ensure_ascii=False, indent=0)
                                 + "\n", encoding="utf-8")
