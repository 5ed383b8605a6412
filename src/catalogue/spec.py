"""What the services accept and report, without the database: record kinds, field rules,
Changes, snapshots and errors.

The window imports this (not services.py) while it is being built, so it can be shown before
SQLAlchemy is imported.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from catalogue.i18n import tr
from catalogue.vocabulary import Role, Side

RecordKey = tuple[str, int]
"""(kind, id) of a record, or of a list: ("areas" | "officials" | "agreements" | "annexes",
session id), ("area", id) for an area's measures and agreements, ("root", 0) for plenaries."""

EDITABLE_KINDS = ("area", "measure", "official", "agreement", "annex")
ORDERED_KINDS = ("area", "measure", "official", "agreement")
LIST_OF_KIND = {"area": "areas", "official": "officials", "agreement": "agreements",
                "annex": "annexes"}


@dataclass(frozen=True)
class Changes:
    """What a service call changed: records whose fields changed, lists whose members did."""

    updated: frozenset[RecordKey] = frozenset()
    lists: frozenset[RecordKey] = frozenset()

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.updated | other.updated, self.lists | other.lists)


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
        raise Cancelled(tr("cancelled; nothing was changed"))


@dataclass(frozen=True)
class FieldSpec:
    label: str
    kind: type = str
    required: bool = True
    max_length: int = 1000
    choices: tuple[str, ...] = ()


NOTES = FieldSpec("Notes", required=False, max_length=10_000)

FIELDS: dict[str, dict[str, FieldSpec]] = {
    "session": {
        "ordinal": FieldSpec("Ordinal", int),
        "title": FieldSpec("Title", max_length=500),
        "date": FieldSpec("Date", datetime.date),
        "place": FieldSpec("Place", max_length=200),
        "notes": NOTES,
    },
    "area": {"name": FieldSpec("Name", max_length=200), "notes": NOTES},
    "measure": {"text": FieldSpec("Text", max_length=20_000), "notes": NOTES},
    "official": {
        "honorific": FieldSpec("Honorific", max_length=40),
        "name": FieldSpec("Name", max_length=200),
        "post": FieldSpec("Post", max_length=1000),
        "side": FieldSpec("Side", choices=tuple(side.value for side in Side)),
        "role": FieldSpec("Role", choices=tuple(role.value for role in Role)),
        "notes": NOTES,
    },
    "agreement": {
        "numeral": FieldSpec("Numeral", max_length=15),
        "title": FieldSpec("Title", max_length=2000),
        "kind": FieldSpec("Kind", required=False, max_length=200),
        "parties": FieldSpec("Parties", required=False, max_length=4000),
        "annex_id": FieldSpec("Annex", int, required=False),
        "area_ids": FieldSpec("Areas", tuple, required=False),
        "notes": NOTES,
    },
    "annex": {
        "number": FieldSpec("Number", int),
        "title": FieldSpec("Title", max_length=2000),
        "language": FieldSpec("Language note", required=False, max_length=200),
        "notes": NOTES,
    },
}
"""The fields people may edit, per record kind, with what a valid value is."""


@dataclass(frozen=True)
class ImportResult:
    session_id: int
    counts: dict[str, int]
    replaced: bool


@dataclass(frozen=True)
class Snapshot:
    """All a deleted record took with it, so `restore_record` puts it back exactly."""

    kind: str
    row: dict[str, Any]
    children: tuple[dict[str, Any], ...] = ()
    links: tuple[tuple[int, int], ...] = ()
    holders: tuple[int, ...] = ()




@dataclass(frozen=True)
class Item:
    """One record as the tree shows it."""

    kind: str
    id: int
    values: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> RecordKey:
        return (self.kind, self.id)
