"""One error path: any exception, turned into one line a person can act on.

The CLI prints it after `catalogue:`; the window shows it in a dialog (and, for what
nobody expected, writes the traceback to a log file). Known refusals carry their own
message; failures of the database, the file system or the text encoding are named plainly;
only a bug is "unexpected", and even then in one line.
"""

import sqlite3

from catalogue.i18n import translate

KNOWN = ("StoreError", "ServiceError", "ReleaseError", "ExportError", "CliError")
"""Refusals whose message is already a sentence for a person (matched by class name, so
this module imports none of the layers that define them)."""


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _is_known(error: BaseException) -> bool:
    return any(cls.__name__ in KNOWN for cls in type(error).__mro__)


def is_expected(error: BaseException) -> bool:
    """True for a refusal or an environmental failure; False for what looks like a bug."""
    return _is_known(error) or isinstance(error, OSError | sqlite3.Error | UnicodeError) or (
        type(error).__module__.startswith("sqlalchemy"))


def detail(error: BaseException) -> str:
    """What went wrong, without the where: an OSError's reason, the database's message
    (a full disk said as such: SQLite says "disk I/O error" when only its -shm did not fit)."""
    from catalogue.storage.errors import FULL_TEXT, disk_full  # on an error's path only

    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if disk_full(error):
        return FULL_TEXT
    return _first_line(str(getattr(error, "orig", None) or error)) or type(error).__name__


def one_line(error: BaseException) -> str:
    """`error` as one line for a person."""
    if _is_known(error):
        return _first_line(str(error)) or type(error).__name__
    if type(error).__module__.startswith("sqlalchemy"):
        detail = _first_line(str(getattr(error, "orig", None) or error))
        return translate("Errors", "the database could not be used: {detail}").format(
            detail=detail)
    if isinstance(error, sqlite3.Error):
        return translate("Errors", "the database could not be used: {detail}").format(
            detail=_first_line(str(error)))
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else ""
        reason = error.strerror or _first_line(str(error)) or type(error).__name__
        return f"{where}: {reason}" if where else reason
    if isinstance(error, UnicodeError):  # the codec's own words help nobody
        return translate("Errors", "text that is not valid UTF-8 was given")
    return translate("Errors", "unexpected {name}: {detail}").format(
        name=type(error).__name__, detail=_first_line(str(error)))
