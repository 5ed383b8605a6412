"""argparse's own words ("usage:", "options", its error messages) in the CLI's language.

argparse asks gettext for them, and Catalogue's translations are Qt Linguist files: the
command line routes argparse's gettext through `translate()` under the context "Argparse",
whose messages are listed here for lupdate. A message another Python version words
differently is not in the list and stays English.
"""

import argparse

from catalogue.i18n import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
)


def _gettext(text: str | None) -> str | None:
    """argparse's `_`: it also passes None (a sub-command group without a description)."""
    return translate("Argparse", text) if text else text


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate("Argparse", singular if n == 1 else plural)


def install() -> None:
    """argparse's words through Catalogue's translations from now on (before a parser is
    built: it names its sections when made)."""
    vars(argparse)["_"] = _gettext
    vars(argparse)["ngettext"] = _ngettext
