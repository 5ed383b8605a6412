"""Chinese text: which script a text is in, and its script-folded form for the search index.

Stored text is never converted: officers type Traditional (Hong Kong) or Simplified
(Shanghai) and that is what is kept. Only the search index and the searched words are
folded to Simplified, so a Simplified query finds Traditional text and the reverse.
OpenCC (its own Python package) does the conversion; it is loaded the first time a text
with a Chinese character is folded, so reading a catalogue never pays for it (the window
loads it on its warm-up thread, see `load`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

HANT, HANS = "zh_Hant", "zh_Hans"
"""The two scripts, named as i18n.language() names the window's languages."""


@cache
def _converter(config: str) -> Any:
    import opencc  # ~15 ms with its dictionaries

    return opencc.OpenCC(config)


def load() -> None:
    """Load the converter and its first step's table now (the window's warm-up thread,
    once it is shown): else the first Chinese search, or the first paint of a Chinese
    row, waited ~15 ms for them."""
    _converter("t2s")
    _normalising()


_CJK_OR_BEYOND = re.compile("[\u2e80-\U0010ffff]")


def _plain(text: str) -> bool:
    """Nothing to convert: ASCII (most English records) or no character in CJK ranges (a
    dash or a quotation mark is not one; the tree asks this for every row it paints)."""
    return text.isascii() or _CJK_OR_BEYOND.search(text) is None


@cache
def _normalising() -> dict[int, str]:
    """The fold's first step as a str.translate table: compatibility ideographs and Hong
    Kong's variant characters (衞, 綫, 説 ...) to standard Traditional, one for one, from
    the tables the server's catalogue_fold is made of (storage.serverfold)."""
    from catalogue.storage.serverfold import fold_tables, normalising

    return str.maketrans(normalising(fold_tables()))


def fold(text: str) -> str:
    """`text` with Traditional characters converted to Simplified (everything else as it
    is): what the search index holds and what a query is matched in. Hong Kong's forms of
    a character are made standard first, which OpenCC's t2s alone leaves as they are
    (衞生 stayed 衞生, so neither 衛生 nor 卫生 found it)."""
    if _plain(text):
        return text
    return str(_converter("t2s").convert(text.translate(_normalising())))


def script(text: str) -> str:
    """HANT or HANS when `text` is written in that script, "" when it cannot be told (no
    Chinese, or only characters both scripts share)."""
    if _plain(text):
        return ""
    if _converter("t2s").convert(text) != text:
        return HANT
    if _converter("s2t").convert(text) != text:
        return HANS
    return ""
