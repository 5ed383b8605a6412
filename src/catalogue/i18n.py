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
"""

from collections.abc import Callable
from functools import cache

Translator = Callable[[str, str, "str | None", int], str]

ENGLISH = ("translations", "catalogue_en.ts")
"""In catalogue.resources: the English numerus forms."""


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
    """Without Qt: the source text, and for a count its English form, %n replaced as Qt does."""
    if n < 0:
        return text
    forms = english_plurals().get((context, text))
    if forms is not None:
        text = forms[0] if n == 1 else forms[1]  # Qt's rule for English
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


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


LANGUAGES = ("en", "zh_Hant", "zh_Hans")
"""The window's languages: English, Traditional Chinese (Hong Kong), Simplified Chinese."""
_language: str | None = None


def language_of(locale_name: str) -> str:
    """The window's language for a locale name ("zh_HK.UTF-8", "zh-Hans-CN", "en_GB"):
    Hong Kong, Macau and Taiwan (and zh_Hant) read Traditional; the rest of Chinese
    Simplified; anything else English."""
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = {part.upper() for part in parts[1:]}
    return "zh_Hant" if rest & {"HANT", "HK", "MO", "TW"} else "zh_Hans"


def set_language(code: str | None) -> None:
    """The window's language from now on (one of LANGUAGES); None: the system's again."""
    global _language
    _language = code if code in LANGUAGES else None


def language() -> str:
    """The window's language (one of LANGUAGES): the one set, else the system locale's
    (LC_ALL, LC_MESSAGES, LANG, as Qt reads them on Linux; the OS's locale elsewhere)."""
    if _language is not None:
        return _language
    import os

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return language_of(os.environ[variable])
    import locale

    return language_of(locale.getlocale()[0] or "")
