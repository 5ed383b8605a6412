"""Translation hook for the Qt-free core.

The UI will be translated into Traditional and Simplified Chinese. Messages that the core
shows to people (CLI errors, validation messages) go through `tr()` so a catalogue can be
plugged in later with `install()`; the GUI installs a translator backed by Qt's
`QCoreApplication.translate` so the core and the widgets share one set of translations.
"""

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install(translate: Callable[[str, str], str]) -> None:
    """Route every core message through `translate(context, text)`."""
    global _translate
    _translate = translate


def tr(text: str, context: str = "catalogue") -> str:
    """The user-visible form of `text` in the current language."""
    return _translate(context, text)
