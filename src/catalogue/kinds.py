"""The one registry of record kinds: every fact about a kind of record is stated here once.

Tables, tree lists, editability, ordering, search codes, display names and what Add makes
are all read from `KINDS`; nothing else in Catalogue spells a kind out. Renaming a kind is
then one edit, and a misspelt kind is an AttributeError instead of a silent miss.

Qt-free and SQLAlchemy-free: the window reads this before the ORM is imported. The kinds'
string values are the CSV's `record_type` values and the keys stored in undo commands, so
they never change.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from catalogue.i18n import QT_TRANSLATE_NOOP, translate


class Kind(StrEnum):
    """A kind of record (the CSV's `record_type`)."""

    SESSION = "session"
    AREA = "area"
    MEASURE = "measure"
    OFFICIAL = "official"
    AGREEMENT = "agreement"
    ANNEX = "annex"
    CONFERENCE = "conference"


class ListKind(StrEnum):
    """A list the tree shows records in. `AREA` is one area's measures and agreements (its
    value equals Kind.AREA, so an area's record key and its list key are the same tuple);
    `SESSION` is one plenary's groups; `CONFERENCE` is one conference's plenaries (its
    value equals Kind.CONFERENCE, like AREA); `ROOT` is the conferences when there are
    several, else the plenaries."""

    ROOT = "root"
    SESSION = "session"
    AREAS = "areas"
    OFFICIALS = "officials"
    AGREEMENTS = "agreements"
    ANNEXES = "annexes"
    AREA = "area"
    CONFERENCE = "conference"


class RecordKey(NamedTuple):
    """A record: its kind and id."""

    kind: Kind
    id: int


class ListKey(NamedTuple):
    """A list of records: which list, and the id of what owns it (a plenary or an area;
    0 for the root)."""

    kind: ListKind
    id: int


ROOT = ListKey(ListKind.ROOT, 0)
Key = RecordKey | ListKey
"""What a node of the tree stands for: a record, or a list of records."""


@dataclass(frozen=True)
class KindInfo:
    """What Catalogue knows about one kind of record."""

    kind: Kind
    table: str
    """The database table (models.TABLES maps it to its SQLModel class)."""
    parent: Kind | None
    """The kind a record of this kind belongs to (None for a conference)."""
    list: ListKind
    """The list it is shown in, owned by its parent."""
    editable: bool
    """Officers may add and delete records of this kind from the window."""
    ordered: bool
    """Its records keep a position in their list and can be moved."""
    search_code: int
    """rowid = id * 8 + search_code in the full-text index (migration 0003 wrote these)."""
    singular: str
    """The display name, translated at run time through `name()` (context "Kinds"); counts
    are `naming.counted()`, whose numerus messages give each language its plurals."""
    adds: Kind
    """What Add makes when a record of this kind (or its list) is selected."""

    def name(self) -> str:
        """The display name in the current language."""
        return translate("Kinds", self.singular)


KINDS: dict[Kind, KindInfo] = {info.kind: info for info in (
    KindInfo(Kind.SESSION, "plenary_session", Kind.CONFERENCE, ListKind.CONFERENCE,
             editable=True, ordered=False, search_code=1,
             singular=QT_TRANSLATE_NOOP("Kinds", "plenary session"), adds=Kind.AREA),
    KindInfo(Kind.AREA, "area", Kind.SESSION, ListKind.AREAS, editable=True, ordered=True,
             search_code=2, singular=QT_TRANSLATE_NOOP("Kinds", "co-operation area"),
             adds=Kind.MEASURE),
    KindInfo(Kind.MEASURE, "measure", Kind.AREA, ListKind.AREA, editable=True, ordered=True,
             search_code=3, singular=QT_TRANSLATE_NOOP("Kinds", "measure"), adds=Kind.MEASURE),
    KindInfo(Kind.OFFICIAL, "official", Kind.SESSION, ListKind.OFFICIALS, editable=True,
             ordered=True, search_code=4, singular=QT_TRANSLATE_NOOP("Kinds", "official"),
             adds=Kind.OFFICIAL),
    KindInfo(Kind.AGREEMENT, "agreement", Kind.SESSION, ListKind.AGREEMENTS, editable=True,
             ordered=True, search_code=5, singular=QT_TRANSLATE_NOOP("Kinds", "agreement"),
             adds=Kind.AGREEMENT),
    KindInfo(Kind.ANNEX, "annex", Kind.SESSION, ListKind.ANNEXES, editable=True,
             ordered=False, search_code=6, singular=QT_TRANSLATE_NOOP("Kinds", "annex"),
             adds=Kind.ANNEX),
    KindInfo(Kind.CONFERENCE, "conference", None, ListKind.ROOT, editable=False,
             ordered=False, search_code=7, singular=QT_TRANSLATE_NOOP("Kinds", "conference"),
             adds=Kind.AREA),
)}
"""Every kind, in catalogue order (the order of the CSV and of the tree). The conference
comes last: it was added after the others, and listings that name every kind (backups,
counts) only grow at their end."""


@dataclass(frozen=True)
class GroupInfo:
    """One of the lists shown under a plenary as a heading ("Co-operation areas (15)")."""

    list: ListKind
    members: Kind
    title: str
    """Translated at run time through `name()` (context "Kinds")."""

    def name(self) -> str:
        return translate("Kinds", self.title)


GROUPS: dict[ListKind, GroupInfo] = {group.list: group for group in (
    GroupInfo(ListKind.AREAS, Kind.AREA, QT_TRANSLATE_NOOP("Kinds", "Co-operation areas")),
    GroupInfo(ListKind.OFFICIALS, Kind.OFFICIAL, QT_TRANSLATE_NOOP("Kinds", "Officials")),
    GroupInfo(ListKind.AGREEMENTS, Kind.AGREEMENT, QT_TRANSLATE_NOOP("Kinds", "Agreements")),
    GroupInfo(ListKind.ANNEXES, Kind.ANNEX, QT_TRANSLATE_NOOP("Kinds", "Annexes")),
)}
"""The groups under a plenary, in the order shown."""

EDITABLE = frozenset(kind for kind, info in KINDS.items() if info.editable)
ORDERED = frozenset(kind for kind, info in KINDS.items() if info.ordered)
BY_SEARCH_CODE = {info.search_code: kind for kind, info in KINDS.items()}
BY_TABLE = {info.table: kind for kind, info in KINDS.items()}
SESSION_LISTS = {info.list: kind for kind, info in KINDS.items() if info.parent is Kind.SESSION}
"""The lists a plenary owns -> the kind listed in each."""


def info(kind: str) -> KindInfo:
    """The facts of a kind given as text (a CLI argument, a stored key)."""
    return KINDS[Kind(kind)]


def parse_kind(text: str) -> Kind | None:
    """The kind named by `text`, or None when there is no such kind."""
    try:
        return Kind(text)
    except ValueError:
        return None


def list_key_of(kind: Kind, owner_id: int) -> ListKey:
    """The list a record of `kind` is shown in, given the id of its parent (the plenary,
    the area of a measure, or the conference of a plenary; ignored for a conference). A
    plenary is also listed at the ROOT while the catalogue has one conference."""
    facts = KINDS[kind]
    return ROOT if facts.list is ListKind.ROOT else ListKey(facts.list, owner_id)


def adds_under(key: str) -> Kind:
    """What Add makes when the node with this kind or list is selected."""
    kind = parse_kind(key)
    if kind is not None:
        return KINDS[kind].adds
    try:
        return SESSION_LISTS.get(ListKind(key), Kind.AREA)
    except ValueError:
        return Kind.AREA
