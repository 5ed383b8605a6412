"""Translation for the whole app, core and window alike, in one form tools can extract.

The convention (checked by a test that runs `pyside6-lupdate`):

- `translate("Context", "Text")`, with both a literal context and a literal text, anywhere
  (core or `ui/`); never `self.tr()` (its run-time context is the class of the instance,
  which lupdate cannot know) and never a helper that picks its context at run time.
- Plurals: `translate("Context", "%n measures", None, count)`, so each language gives its
  own plural forms; never a sentence glued from pieces.
- Words kept in tables and translated later: `QT_TRANSLATE_NOOP("Context", "Text")` marks
  them for extraction; `translate(context, text)` translates them when shown.

The core does not import Qt: the GUI installs Qt's `QCoreApplication.translate` with
`install()`, so the core's messages use the same translation files as the widgets.
"""

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


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


def tr(text: str, context: str = "catalogue") -> str:
    """Old form, being replaced by `translate("Context", ...)` (not extractable by lupdate)."""
    return _translate(context, text, None, -1)
