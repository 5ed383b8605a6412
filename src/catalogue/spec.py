"""What the services accept and report, without the database: field rules, keys of what
changed, snapshots and errors.

The window imports this (not services.py) while it is being built, so it can be shown before
SQLAlchemy is imported.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from catalogue.i18n import QT_TRANSLATE_NOOP, translate
from catalogue.kinds import Key, Kind, ListKey, RecordKey
from catalogue.lazy import lazy_import
from catalogue.vocabulary import Role

release = lazy_import("catalogue.release")  # its parser is not needed to show the window



@dataclass(frozen=True)
class Changes:
    """What a service call changed: records whose fields changed, lists whose members did."""

    updated: frozenset[RecordKey] = frozenset()
    lists: frozenset[ListKey] = frozenset()

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.updated | other.updated, self.lists | other.lists)


class Source(StrEnum):
    """Where a change came from, as a change set records it (stored text: never renamed)."""

    WINDOW = "window"
    COMMAND_LINE = "command line"
    IMPORT = "import"
    UNDO = "undo"
    RESTORE = "restore"


OFFICER_SETTING = "history/officer"
"""The settings key (QSettings) of the name the window records as the officer; when it is
empty the operating-system user is recorded."""


@dataclass(frozen=True)
class Origin:
    """Who made a change and from where, told to every service so its change set says so.

    `officer` empty: the operating-system user. `label` empty: the service names the change
    itself ("Edit measure 3.2"); undo passes its own ("Undo Edit measure 3.2")."""

    source: Source = Source.WINDOW
    officer: str = ""
    label: str = ""


def origin_of(value: "Origin | Source | str | None", default: Source) -> Origin:
    """An Origin from what a caller passed: an Origin, a Source (or its text) or nothing."""
    if isinstance(value, Origin):
        return value
    return Origin(Source(value) if value else default)


class ServiceError(Exception):
    """A change was refused; the message is one line for a person."""


class ValidationError(ServiceError):
    """Values that cannot be saved, with a message per field (field name -> message)."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class NotFound(ServiceError):
    """The record no longer exists (deleted elsewhere, or a stale id)."""


class AlreadyCatalogued(ServiceError):
    """The plenary is already in the catalogue and --replace was not given."""


class Cancelled(ServiceError):
    """A progress callback asked to stop; everything the work had done was undone."""


Progress = Callable[[int, int], bool | None]
"""progress(done, total) during long work; returning False cancels it (Cancelled)."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress`; raise Cancelled when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(translate("Fields", "cancelled; nothing was changed"))


def one_line(text: str) -> str:
    """Single spaces on one line: how every name, title and measure is stored."""
    return str(release.normalise_space(text))


def tidy_notes(text: str) -> str:
    """Notes keep their line breaks; only the ends of lines and of the text are trimmed, and
    NUL characters (invisible, and no PostgreSQL text can hold one) dropped, so notes saved
    in a file can be copied to a team server."""
    text = text.replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.strip().replace("\r\n", "\n").split("\n"))


def roman_numeral(text: str) -> str:
    """A numeral in lower case, or ValueError when it is not a well-formed roman numeral."""
    text = text.lower()
    if release.roman_to_int(text) is None:
        raise ValueError(translate("Fields", "Numeral must be a roman numeral such as xiv"))
    return text


@dataclass(frozen=True)
class FieldSpec:
    """What a valid value of one field is. The rules live here as hooks, so no rule depends
    on how a field is labelled (labels are translated)."""

    label: str
    """Marked with QT_TRANSLATE_NOOP("Fields", ...): shown as translate("Fields", label)."""
    kind: type = str
    required: bool = True
    max_length: int = 1000
    choices: tuple[str, ...] = ()
    normalise: Callable[[str], str] = one_line
    """Tidies text as typed, before its length and choices are checked."""
    validate: Callable[[str], str] | None = None
    """The last word on tidied, checked text: returns what is stored, or raises ValueError
    with a message for a person."""

    @property
    def title(self) -> str:
        """The label in the current language."""
        return translate("Fields", self.label)


NOTES = FieldSpec(QT_TRANSLATE_NOOP("Fields", "Notes"), required=False, max_length=10_000,
                  normalise=tidy_notes)

FIELDS: dict[Kind, dict[str, FieldSpec]] = {
    Kind.SESSION: {
        "ordinal": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Ordinal"), int),
        "title": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Title"), max_length=500),
        "date": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Date"), datetime.date),
        "place": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Place"), max_length=200),
        "notes": NOTES,
    },
    Kind.AREA: {"name": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Name"), max_length=200),
                "notes": NOTES},
    Kind.MEASURE: {"text": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Text"), max_length=20_000),
                   "notes": NOTES},
    Kind.OFFICIAL: {
        "honorific": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Honorific"), max_length=40),
        "name": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Name"), max_length=200),
        "post": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Post"), max_length=1000),
        "side": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Side"), max_length=200),
        # which sides there are depends on the plenary's conference: services.side_choices
        "role": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Role"),
                          choices=tuple(role.value for role in Role)),
        "notes": NOTES,
    },
    Kind.AGREEMENT: {
        "numeral": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Numeral"), max_length=15,
                             validate=roman_numeral),
        "title": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Title"), max_length=2000),
        "kind": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Kind"), required=False, max_length=200),
        "parties": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Parties"), required=False,
                             max_length=4000),
        "annex_id": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Annex"), int, required=False),
        "area_ids": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Areas"), tuple, required=False),
        "notes": NOTES,
    },
    Kind.CONFERENCE: {
        "name": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Name"), max_length=300),
        "side_a": FieldSpec(QT_TRANSLATE_NOOP("Fields", "First side"), max_length=200),
        "side_b": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Second side"), max_length=200),
        "name_zh": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Chinese name"), required=False,
                             max_length=300),
        "notes": NOTES,
    },
    Kind.ANNEX: {
        "number": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Number"), int),
        "title": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Title"), max_length=2000),
        "language": FieldSpec(QT_TRANSLATE_NOOP("Fields", "Language note"), required=False,
                              max_length=200),
        "notes": NOTES,
    },
}
"""The fields people may edit, per record kind, with what a valid value is."""

CHINESE: dict[Kind, dict[str, str]] = {
    Kind.SESSION: {"title": "title_zh"},
    Kind.AREA: {"name": "name_zh"},
    Kind.MEASURE: {"text": "text_zh"},
    Kind.OFFICIAL: {"name": "name_zh", "post": "post_zh"},
    Kind.AGREEMENT: {"title": "title_zh", "parties": "parties_zh"},
    Kind.ANNEX: {"title": "title_zh"},
}
"""English field -> the Chinese field beside it (migration 0007), per kind. Stored as typed,
in either script; never converted or translated by the program."""


CHINESE_LABELS = {
    "title_zh": QT_TRANSLATE_NOOP("Fields", "Title (Chinese)"),
    "name_zh": QT_TRANSLATE_NOOP("Fields", "Name (Chinese)"),
    "text_zh": QT_TRANSLATE_NOOP("Fields", "Text (Chinese)"),
    "post_zh": QT_TRANSLATE_NOOP("Fields", "Post (Chinese)"),
    "parties_zh": QT_TRANSLATE_NOOP("Fields", "Parties (Chinese)"),
}


def _chinese_spec(name: str, english: FieldSpec) -> FieldSpec:
    """The Chinese field's rules: the English field's, except that it may stay empty."""
    return FieldSpec(CHINESE_LABELS[name], english.kind, required=False,
                     max_length=english.max_length, normalise=english.normalise,
                     validate=english.validate)


for _kind, _pairs in CHINESE.items():
    for _english, _chinese in _pairs.items():
        FIELDS[_kind][_chinese] = _chinese_spec(_chinese, FIELDS[_kind][_english])


@dataclass(frozen=True)
class ImportResult:
    session_id: int
    counts: dict[Kind, int]
    replaced: bool


@dataclass(frozen=True)
class Snapshot:
    """All a deleted record took with it, so `restore_record` puts it back exactly."""

    kind: Kind
    row: dict[str, Any]
    children: tuple[dict[str, Any], ...] = ()
    links: tuple[tuple[int, int], ...] = ()
    holders: tuple[int, ...] = ()
    documents: tuple[dict[str, Any], ...] = ()
    """The annex's or agreement's documents, bytes and all (they go with it)."""
    rows: tuple[tuple[Kind, tuple[dict[str, Any], ...]], ...] = ()
    """A plenary's records of every kind, (kind, rows) in the order they are put back
    (areas, measures, officials, annexes, agreements); its links are in `links`."""


@dataclass(frozen=True)
class Item:
    """One record (or, for the tree, one list under a plenary) as the tree shows it."""

    kind: str
    """A Kind, or a ListKind for a group of the tree."""
    id: int
    values: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> Key:
        # a plain tuple: equal to RecordKey/ListKey, and cheaper for the thousands of nodes
        return (self.kind, self.id)  # type: ignore[return-value]
