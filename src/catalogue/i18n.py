"""Translation for the whole app, core and window alike, in one form tools can extract.

The convention (checked by tests/core/test_translations.py, which runs `pyside6-lupdate`):

- `translate("Context", "Text")`, with both a literal context and a literal text, anywhere
  (core or `ui/`); never `self.tr()` (its run-time context is the class of the instance,
  which lupdate cannot know) and never a helper that picks its context at run time.
- A count shown with a noun: `translate("Context", "%n record(s) match", None, count)`,
  positionally (lupdate ignores keywords), so each language gives its own plural forms;
  never a sentence glued from pieces or a singular/plural chosen in code.
- Words kept in tables and translated later: `QT_TRANSLATE_NOOP("Context", "Text")` marks
  them for extraction; `translate("Context", variable)` translates them when shown.

The core does not import Qt: the GUI installs Qt's `QCoreApplication.translate` with
`install()`, so the core's messages use the same translation files as the widgets.

English plurals. The source texts say "%n record(s) match"; their English forms ("%n
record matches" / "%n records match") are a translation like any other, kept in
resources/translations/catalogue_en.ts (`make translations` adds new numerus messages to it).
The window gets them from Qt: the build compiles that file to catalogue_en.qm with
`pyside6-lrelease` (setup.py) and the app installs it as a QTranslator. The command line has
no Qt, so the fallback below reads the same .ts: one file holds the English forms for both,
and Qt, once installed, is never bypassed.

Chinese. catalogue_zh_Hant.ts (Traditional, Hong Kong usage) and catalogue_zh_Hans.ts
(Simplified, mainland usage) translate every message; the window installs their .qm files
(ui/language.py), and the command line, without Qt, reads the .ts chosen by the locale
(`language()`: LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them), so
`LANG=zh_HK.UTF-8 catalogue search ...` answers in Traditional Chinese.
"""

import datetime
import os
from collections.abc import Callable, Mapping
from functools import cache

Translator = Callable[[str, str, "str | None", int], str]

ENGLISH = ("translations", "catalogue_en.ts")
"""In catalogue.resources: the English numerus forms."""

EN, TRADITIONAL, SIMPLIFIED = "en", "zh_Hant", "zh_Hans"
LANGUAGES = (EN, TRADITIONAL, SIMPLIFIED)
"""The languages Catalogue speaks; each but English has resources/translations/catalogue_<it>.ts."""
TRADITIONAL_REGIONS = {"HK", "TW", "MO"}
"""Chinese written in Traditional characters; elsewhere (CN, SG, none) Simplified."""


def language_of(tag: str) -> str | None:
    """The language for a locale name such as 'zh_HK.UTF-8', 'zh-Hant-TW', 'en_GB' or 'C';
    None for an empty one (look at the next variable)."""
    tag = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not tag:
        return None
    parts = tag.split("_")
    if parts[0].lower() != "zh":
        return EN
    rest = {part.upper() for part in parts[1:]}
    if "HANS" in rest:
        return SIMPLIFIED
    if "HANT" in rest or rest & TRADITIONAL_REGIONS:
        return TRADITIONAL
    return SIMPLIFIED


def language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the locale asks for: gettext's order, LANGUAGE (a list, first known
    entry) unless the locale is C, then LC_ALL, LC_MESSAGES, LANG; English when none is set."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    if locale.split(".")[0] not in ("C", "POSIX"):
        for entry in environ.get("LANGUAGE", "").split(":"):
            found = language_of(entry)
            if found is not None:
                return found
    return language_of(locale) or EN


@cache
def chinese_messages(which: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of catalogue_<which>.ts (one form for a count)."""
    from importlib import resources
    from xml.etree import ElementTree

    root = ElementTree.fromstring(resources.files("catalogue.resources").joinpath(
        "translations", f"catalogue_{which}.ts").read_bytes())
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            form = translation.find("numerusform")
            text = (form.text if form is not None else translation.text) or ""
            if text:
                messages[name, message.findtext("source", "")] = text
    return messages


@cache
def english_plurals() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (singular, plural) of each numerus message in catalogue_en.ts."""
    from importlib import resources  # only then: importing it cost the window 8 ms
    from xml.etree import ElementTree  # only when a count is shown without Qt

    root = ElementTree.fromstring(
        resources.files("catalogue.resources").joinpath(*ENGLISH).read_bytes())
    forms = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            singular, plural = (form.text or "" for form in message.iter("numerusform"))
            forms[name, message.findtext("source", "")] = (singular, plural)
    return forms


def _untranslated(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
    """Without Qt: the message in the locale's language (`language()`), else the source text
    with a count in its English form; %n replaced as Qt does."""
    which = _cli_language()
    chinese = chinese_messages(which).get((context, text)) if which != EN else None
    if chinese is not None:
        text = chinese
    elif n >= 0:
        forms = english_plurals().get((context, text))
        if forms is not None:
            text = forms[0] if n == 1 else forms[1]  # Qt's rule for English
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_spoken: str | None = None
"""The language the window chose (set_language); None: the locale's (the command line)."""


def _cli_language() -> str:
    global _spoken
    if _spoken is None:
        _spoken = language()
    return _spoken


def spoken() -> str:
    """The language Catalogue speaks now: the window's choice (`set_language`), else the
    locale's. The tree shows each record's English or Chinese fields by it."""
    return _cli_language()


def set_language(which: str) -> None:
    """The language messages and dates are in from now on (the window's choice)."""
    global _spoken
    _spoken = which


def day(date: "datetime.date") -> str:
    """A day as the language writes it: ISO in English ('2024-04-26'), '2024年4月26日' in
    Chinese."""
    if _cli_language() == EN:
        return date.isoformat()
    return f"{date.year}年{date.month}月{date.day}日"


_translate: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route every message through `translator(context, text, disambiguation, n)`."""
    global _translate
    _translate = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; with `n` >= 0, the plural form for n (%n is n)."""
    return _translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark `text` for extraction under `context`; it is translated where it is shown."""
    return text
