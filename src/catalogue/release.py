"""Read a plenary press release into plain records: text in, dataclasses out.

Pure (no database, no Qt) so it is cheap to test on damaged variants. Press releases arrive
hard-wrapped, with Windows line endings, non-breaking spaces, stray blank lines in the middle
of a sentence and list items with or without bullets; the parser first rebuilds whole
paragraphs, then reads the sections. A text it cannot read is refused with `ReleaseError`,
whose message says what is missing, never with a half-read result.
"""

import bisect
import datetime
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from catalogue import vocabulary
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.vocabulary import AGREEMENT_KINDS, CONFERENCE, Role, Side

MAX_RELEASE_BYTES = 1_000_000
"""Real releases are under 30 KB: a larger file is refused unread, so a wrong file cannot
eat memory or time."""


class ReleaseError(ValueError):
    """The text cannot be read as a plenary press release; the message says why."""


@dataclass(frozen=True)
class ParsedOfficial:
    honorific: str
    name: str
    post: str
    side: str
    role: str


@dataclass(frozen=True)
class ParsedArea:
    name: str
    measures: tuple[str, ...]


@dataclass(frozen=True)
class ParsedAgreement:
    numeral: str
    title: str
    kind: str
    annex: int | None = None


@dataclass(frozen=True)
class ParsedAnnex:
    number: int
    title: str
    language: str


@dataclass(frozen=True)
class ReleaseParagraph:
    """A paragraph of the release as rebuilt, with where it starts in the text, so a person
    can find it: its number among the paragraphs and the line its first words are on."""

    number: int
    line: int
    text: str

    def position(self) -> str:
        return translate("Release", "paragraph {number}, line {line}").format(
            number=self.number, line=self.line)


@dataclass(frozen=True)
class Release:
    ordinal: int
    title: str
    place: str
    month_day: tuple[int, int] | None
    officials: tuple[ParsedOfficial, ...] = field(default=())
    areas: tuple[ParsedArea, ...] = field(default=())
    agreements: tuple[ParsedAgreement, ...] = field(default=())
    annexes: tuple[ParsedAnnex, ...] = field(default=())
    conference: str = CONFERENCE
    unplaced: tuple[ReleaseParagraph, ...] = field(default=())
    """Paragraphs the parser could not place in any record: never dropped silently, they are
    shown before an import (the preview, `catalogue import --dry-run`)."""
    remarks: tuple[ReleaseParagraph, ...] = field(default=(), compare=False)
    """Paragraphs read as what a leader said (no record holds remarks): told, not listed
    as unplaced. Not compared: their line numbers change with the wrapping."""

    @property
    def sides(self) -> tuple[str, str]:
        """The two governments of the release's conference."""
        return conference_sides(self.conference)

    def record_counts(self) -> dict[Kind, int]:
        """How many records of each kind cataloguing this release makes."""
        return {Kind.SESSION: 1, Kind.AREA: len(self.areas),
                Kind.MEASURE: sum(len(area.measures) for area in self.areas),
                Kind.OFFICIAL: len(self.officials), Kind.AGREEMENT: len(self.agreements),
                Kind.ANNEX: len(self.annexes)}

    def resolve_date(self, given: datetime.date | None) -> datetime.date:
        """The plenary's date: `given` (from --date or curated data) checked against the text.

        Releases say "today (April 26)" without a year, so the year must come from outside.
        A day that exists in no year (February 30) is named as such, never as a mismatch.
        """
        if self.month_day is not None:
            month, day = self.month_day
            try:
                datetime.date(2000, month, day)  # a leap year: February 29 is a real date
            except ValueError:
                raise ReleaseError(translate(
                    "Release", "the release gives a date that does not exist ({month} {day})"
                ).format(month=_MONTHS[month - 1], day=day)) from None
        if given is None:
            raise ReleaseError(
                "the release gives no year for the plenary: pass --date YYYY-MM-DD"
            )
        if self.month_day and self.month_day != (given.month, given.day):
            month, day = self.month_day
            raise ReleaseError(
                f"--date {given.isoformat()} does not match the release's date "
                f"({_MONTHS[month - 1]} {day})"
            )
        return given


def read_release_file(path: Path) -> str:
    """The text of a press release file, or ReleaseError saying why it cannot be one.

    Only a regular file is opened, and at most MAX_RELEASE_BYTES + 1 bytes of it are read:
    a FIFO would block forever and /dev/zero never ends."""
    data = b""
    try:
        info = os.stat(path)
        mode, size = info.st_mode, info.st_size
        if stat.S_ISREG(mode) and size <= MAX_RELEASE_BYTES:
            # O_NONBLOCK: should a FIFO take the file's place after the stat, opening it
            # does not wait for a writer, and the fstat refuses it.
            handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_BINARY", 0))
            with open(handle, "rb") as stream:
                mode = os.fstat(handle).st_mode
                if stat.S_ISREG(mode):
                    data = stream.read(MAX_RELEASE_BYTES + 1)
                    size = len(data)
    except FileNotFoundError:
        raise ReleaseError(translate("Release", "{path}: no such file").format(
            path=path)) from None
    except OSError as error:
        raise ReleaseError(translate("Release", "cannot read {path}: {error}").format(
            path=path, error=error.strerror or error)) from None
    if stat.S_ISDIR(mode):
        raise ReleaseError(translate("Release", "{path} is a folder, not a press release"
                                     ).format(path=path))
    if not stat.S_ISREG(mode):
        raise ReleaseError(translate(
            "Release", "{path} is not a regular file (a device, a pipe or a socket): not a "
            "press release").format(path=path))
    if size > MAX_RELEASE_BYTES:
        raise ReleaseError(translate(
            "Release", "{path} is larger than {limit} bytes: not a press release (they are "
            "under 30 KB)").format(path=path, limit=f"{MAX_RELEASE_BYTES:,}"))
    if b"\0" in data:
        raise ReleaseError(translate("Release", "{path} is a binary file, not a press release"
                                     ).format(path=path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReleaseError(translate("Release", "{path} is not UTF-8 text").format(
            path=path)) from None


# ---------------------------------------------------------------------------------------------
# Words and numerals

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                  "nineteenth"]
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def number_from_words(word: str) -> int | None:
    """'15', 'fifteen', 'twenty-one' -> int; None when it is not a number."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS.index(word)
    if word in _TENS:
        return _TENS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _UNITS[1:10]:
        return _TENS[tens] + _UNITS.index(unit)
    return None


def ordinal_from_word(word: str) -> int | None:
    """'Sixth', '6th', 'Twenty-first' -> int; None when it is not an ordinal."""
    word = word.strip().lower()
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if digits:
        return int(digits.group(1))
    if word in _ORDINAL_UNITS[1:]:
        return _ORDINAL_UNITS.index(word)
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _ORDINAL_UNITS[1:10]:
        return _TENS[tens] + _ORDINAL_UNITS.index(unit)
    return None


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def int_to_roman(value: int) -> str:
    """1 -> 'i', 20 -> 'xx' (lower case, as the releases number agreements)."""
    if value < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


MAX_NUMERAL_LETTERS = 15
"""The longest numeral read (mmmdccclxxxviii, 3888, has 15 letters)."""


def roman_to_int(numeral: str) -> int | None:
    """'xiv' -> 14; None unless it is a well-formed numeral (so 'iiii' and 'vx' are refused)."""
    numeral = numeral.strip().lower()
    if (not numeral or not re.fullmatch(r"[ivxlcdm]+", numeral)
            or len(numeral) > MAX_NUMERAL_LETTERS):
        return None
    total, rest = 0, numeral
    for amount, letters in _ROMAN:
        while rest.startswith(letters):
            total += amount
            rest = rest[len(letters):]
    if rest or int_to_roman(total) != numeral:
        return None
    return total


# ---------------------------------------------------------------------------------------------
# Paragraphs

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x09\x0e-\x1f\x7f]")
_BULLET = r"(?:[-\u2013\u2014\u2022*\u00b7]\s*)"
_ITEM = re.compile(
    rf"^{_BULLET}?(?:\((?P<numeral>[ivxlcdm]+)\)|\((?P<digits>\d{{1,4}})\)"
    rf"|(?P<dotted>\d{{1,3}})\.(?=\s+[A-Z\u201c\"]))\s*(?P<rest>.*)$", re.IGNORECASE)
"""A numbered list item: (iv), (4) or 4. (a capital after it, so '2024. The' in a wrapped
sentence is no item), with or without a bullet before it."""
_ITEM_HEAD = re.compile(
    rf"{_BULLET}?(?:\([ivxlcdm]+\)|\(\d{{1,4}}\)|\d{{1,3}}\.\s+[A-Z\u201c\"])", re.IGNORECASE)
_BULLET_ITEM = re.compile(rf"^{_BULLET}(?P<rest>\S.*)$")
_HEAD = 200
"""Characters of a paragraph enough to tell a list item (the bullet and the numeral)."""
_BULLETED = re.compile(rf"^{_BULLET}\S")
_RULE = re.compile(r"^[*=_~\u2013\u2014-]{3,}$")
"""A line of asterisks or dashes under a title: a separator, like a blank line."""
_TERMINAL = (".", ";", ":", "!", "?", ".\"", ".\u201d")
_CONNECTORS = frozenset({
    "and", "or", "of", "the", "to", "in", "for", "on", "with", "between", "among", "by", "a",
    "an", "as", "at", "from", "into", "under", "its", "their", "our",
})


def normalise_space(text: str) -> str:
    """One line, single spaces: how every measure and title is stored."""
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub(" ", text)
    return " ".join(text.split())


def _is_item(paragraph: str) -> bool:
    """Read from the start only, so a long paragraph costs no more than a short one."""
    return bool(_ITEM_HEAD.match(paragraph, 0, _HEAD) or _BULLETED.match(paragraph, 0, _HEAD))


def _ends_sentence(paragraph: str) -> bool:
    return paragraph.endswith(_TERMINAL)


def _ends_with_connector(paragraph: str) -> bool:
    last = paragraph.rsplit(" ", 1)[-1].lower()
    return paragraph.endswith(",") or last in _CONNECTORS


def paragraphs(text: str) -> list[str]:
    """Rebuild whole paragraphs: join hard-wrapped lines, split list items, mend broken ones."""
    return [paragraph for _, paragraph in located_paragraphs(text)]


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t\u00a0\u3000"))


def located_paragraphs(text: str) -> list[tuple[int, str]]:
    """Whole paragraphs with the line (from 1) each begins on.

    An indented line begins a paragraph when it is indented deeper than the line before it
    or that line ended a sentence (releases that mark paragraphs by an indent instead of a
    blank line); text indented evenly throughout says nothing, and is read as if it were
    not indented."""
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    least = min((_indent(raw) for raw in lines if raw.strip()), default=0)
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = previous_indent = 0
    for number, raw in enumerate(lines, 1):
        line = normalise_space(raw)
        if _RULE.match(line):
            line = ""
        indent = _indent(raw)
        indented = indent > least and (indent > previous_indent
                                       or (bool(current) and _ends_sentence(current[-1])))
        if not line or (current and (_is_item(line) or indented)):
            if current:
                blocks.append((start, current))
            current, start = ([line], number) if line else ([], number)
            previous_indent = indent
            continue
        if not current:
            start = number
        current.append(line)
        previous_indent = indent
    if current:
        blocks.append((start, current))
    return _mend_breaks([(start, " ".join(lines)) for start, lines in blocks])


def _mend_breaks(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join a paragraph that a stray blank line cut in the middle of a sentence.

    The pieces are joined once at the end (joining at each cut copied the growing
    paragraph every time: quadratic on a text cut into thousands of pieces), and a
    paragraph is judged by its head and its last piece, never by the whole of it."""
    heads: list[str] = []
    starts: list[int] = []
    pieces: list[list[str]] = []
    for start, paragraph in found:
        if pieces and _continues(heads[-1], pieces[-1][-1], paragraph):
            pieces[-1].append(paragraph)
            if len(heads[-1]) < _HEAD:
                heads[-1] = f"{heads[-1]} {paragraph[:_HEAD]}"[:_HEAD]
        else:
            heads.append(paragraph[:_HEAD])
            starts.append(start)
            pieces.append([paragraph])
    return [(start, " ".join(parts)) for start, parts in zip(starts, pieces, strict=True)]


def _continues(head: str, last: str, paragraph: str) -> bool:
    """Whether `paragraph` goes on the one that begins with `head` and ends with `last`."""
    if _ends_sentence(last):
        return False
    if _is_item(paragraph):
        # "agreements (ii) to" + "(viii) signed by ...": a sentence wrapped before a numeral,
        # not a list (a list item ends "; and", and its intro ends with a colon).
        return (not _is_item(head) and last.rsplit(" ", 1)[-1] in _CONNECTORS
                and not last.endswith("; and"))
    if paragraph[:1].islower() or _ends_with_connector(last):
        return True
    # A list item cut short: its tail ends the way items end.
    return _is_item(head) and paragraph.endswith((";", "; and", "."))


# ---------------------------------------------------------------------------------------------
# Sections

# No pattern below repeats without bound where the rest of it may fail and be retried from
# each of many starts (crafted text made that quadratic: 24 s for 170 KB). Such a repeat is
# bounded ({0,100}: longer than any real name or note), or begins only where its run begins,
# or its class excludes a character that every start needs.
_TITLE = re.compile(
    r"^(?:The )?(?P<ordinal>[A-Za-z0-9-]{1,40}) (?P<plenary>Plenary(?: Session)?) of "
    r"(?P<the>the )?(?P<conference>.{1,200}?)"
    r"(?: held in (?P<place>[^()]{1,100}?))?(?:\s?\((?:with|photos)[^)]{0,100}\))?\.?$"
)
_TODAY = re.compile(
    r"\bin (?P<place>[A-Z][\w' -]{0,60}?) today \((?P<month>" + "|".join(_MONTHS)
    + r") (?P<day>\d{1,2})\)"
)
_VIDEO = re.compile(r"\b(?:through|via|by|over) video[- ]?conferenc(?:ing|es?)\b", re.IGNORECASE)
VIDEO_CONFERENCE = "Video conference"
"""The place of a plenary held by video conference (no city)."""
_TODAY_DATE = re.compile(r"\btoday \((?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})\)")
_AREAS_INTRO = re.compile(
    r"\bfollowing (?:(?P<count>[\w-]{1,20}) )?(?:co-operation areas|areas of co-operation"
    r"|areas)\b", re.IGNORECASE)
_SIGNING = re.compile(r"\bsign(?:ed|ing)\b", re.IGNORECASE)
_AGREEMENTS_INTRO = re.compile(
    r"(?<![\w-])(?P<count>[\w-]{1,20}) (?:co-operation )?(?:agreements|documents) were signed"
    r"|\bsigned the following(?: (?P<following>[\w-]{1,20}))?(?: co-operation)?"
    r"(?: agreements| documents)?", re.IGNORECASE)
_SIGNING_HEADING = re.compile(
    r"^[^.;:!?]{0,100}\b(?:Signing|Ceremony|Agreements?|Memorand(?:um|a))\b[^.;:!?]{0,100}$",
    re.IGNORECASE)
_MEMORANDUM = re.compile(
    r"signed the [\"\u201c](?P<title>[^\"\u201c\u201d]{1,1000})[\"\u201d]\.? ?The document"
    r"(?: \((?P<language>[^()]{0,100})\))? is at Annex (?P<number>\d{1,9})(?!\d)"
)
_ITEM_REF = r"[ivxlcdm]{1,15}|\d{1,4}"
_ANNEX_RANGE = re.compile(
    rf"agreements \((?P<first>{_ITEM_REF})\) to \((?P<last>{_ITEM_REF})\)[^()]{{0,300}}?"
    r"(?:\((?P<language>[^()]{0,100})\))? ?are at Annexes (?P<low>\d{1,9}) to "
    r"(?P<high>\d{1,9})(?!\d)",
    re.IGNORECASE,
)
_ANNEX_SINGLE = re.compile(
    rf"agreement \((?P<first>{_ITEM_REF})\)[^()]{{0,300}}?(?:\((?P<language>[^()]{{0,100}})\))?"
    r" ?is at Annex (?P<low>\d{1,9})(?!\d)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(r"^(?:Ends\s*/|Issued at HKT\b|NNNN$)", re.IGNORECASE)
"""The lines that close every government release: no record, nothing lost."""
_HONORIFIC = r"Mr|Mrs|Ms|Miss|Dr|Professor|Prof"
_POST_NOMINALS = r"SC|JP|GBM|GBS|SBS|BBS|MH|IDSM|PDSM|QC|KC"
_OFFICIAL = re.compile(
    rf",\s+(?P<honorific>{_HONORIFIC})\.?\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
    rf"(?P<letters>(?:,\s*(?:{_POST_NOMINALS})(?![\w-])){{0,6}})"
)
_REMARKS = re.compile(
    rf"^(?:[^.;]{{0,120}},\s*)?(?:(?:{_HONORIFIC})\.?\s+[A-Z][\w'\u2019-]{{0,40}}"
    r"(?:\s+[A-Z][\w'\u2019-]{0,40}){0,3}|The (?:Chief Executive|Chief Secretary|Financial "
    r"Secretary|Mayor|Vice Mayor|Governor|Vice Governor)(?: of [A-Z][\w ]{0,40}?)?)"
    r"\s+(?:also\s+|further\s+)?(?:said|says|added|noted|"
    r"stated|remarked|pointed out|expressed|stressed|emphasi[sz]ed|hoped|welcomed|thanked|"
    r"believed|highlighted|mentioned|indicated|looked forward|encouraged)\b"
)
"""A paragraph of what a leader said ('Mr Lee said that ...', 'Speaking at the plenary,
Mrs Lam added ...', 'The Chief Executive said, ...'): read, and told apart, but no record
holds it."""
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_POST_LEAD_IN = re.compile(r"^.*(?:;\s*and\s|;\s|,\s*and\s|\sinclude\s|\sincludes\s|\sincluding\s"
                           r"|\sincluded\s|\swere\s|\swas\s)")
_CENTRAL_MARKERS = ("Central People's Government", "Central Committee", "State Council",
                    "Liaison Office", "Macao Affairs Office", "Macao Work Office")
_HONG_KONG_MARKERS = ("Hong Kong", "HKSAR")
_MAINLAND_POSTS = ("Mayor", "Governor", "Provincial", "Municipal", "Province",
                   "People's Government", "Party Secretary")
"""Words of a post that only a Mainland government has: its side is the conference's
Mainland side even when the post does not name the place."""
_ITEM_END = re.compile(r"(?:;\s*and|;|\.)$")

HONG_KONG_SIDE = Side.HONG_KONG.value
def conference_sides(conference_name: str) -> tuple[str, str]:
    """The two governments of a conference (vocabulary.conference_sides); a name that does
    not name Hong Kong and one other place gives Hong Kong's side and '' (not known: to be
    given by hand)."""
    return vocabulary.conference_sides(conference_name) or (HONG_KONG_SIDE, "")


SEED_SIDES = conference_sides(CONFERENCE)


def agreement_kind(title: str) -> str:
    """The kind of document a title names ('Memorandum of Understanding on ...' -> MoU)."""
    lowered = title.lower()
    matches = [kind for kind in AGREEMENT_KINDS if lowered.startswith(kind.lower())]
    return max(matches, key=len) if matches else ""


def _place_of(government: str) -> str:
    for suffix in (" SAR Government", " Municipal Government", " Provincial Government",
                   " Autonomous Region Government"):
        if government.endswith(suffix):
            return government[:-len(suffix)]
    return government


def official_side(post: str, sides: tuple[str, str] = SEED_SIDES) -> str:
    """Which government a post belongs to, read from its wording and the conference's two
    sides: the Central markers first, then the side whose place the post names, then a
    Mainland post (a Mayor, a Governor) on the Mainland side; else Hong Kong's."""
    if any(marker in post for marker in _CENTRAL_MARKERS):
        return Side.CENTRAL.value
    named = [side for side in sides if side and side != HONG_KONG_SIDE
             and re.search(rf"\b{re.escape(_place_of(side))}\b", post)]
    if named:
        return named[0]
    hong_kong = HONG_KONG_SIDE if HONG_KONG_SIDE in sides else sides[0]
    others = [side for side in sides if side and side != hong_kong]
    if (len(others) == 1 and not any(marker in post for marker in _HONG_KONG_MARKERS)
            and any(word in post for word in _MAINLAND_POSTS)):
        return others[0]
    return hong_kong


def parse_release(text: str) -> Release:
    """Read a press release; raise `ReleaseError` saying what is missing if it is not one.

    Every paragraph is placed (a record, a heading, the closing lines), told as a leader's
    remarks, or kept in `Release.unplaced` with its position: none is dropped silently."""
    if len(text) > MAX_RELEASE_BYTES:
        raise ReleaseError(translate(
            "Release", "the text is longer than {limit} characters: not a press release (they "
            "are under 30 KB)").format(limit=f"{MAX_RELEASE_BYTES:,}"))
    found = [ReleaseParagraph(number, line, paragraph)
             for number, (line, paragraph) in enumerate(located_paragraphs(text), 1)]
    if not found:
        raise ReleaseError("the text is empty: not a plenary press release")
    texts = [paragraph.text for paragraph in found]
    title_at, title_match = _find_title(texts)
    ordinal = ordinal_from_word(title_match["ordinal"])
    if ordinal is None:
        raise ReleaseError(f"cannot read the plenary's ordinal {title_match['ordinal']!r}")
    conference = normalise_space(title_match["conference"])
    title = (f"{title_match['ordinal']} {title_match['plenary']} of "
             f"{title_match['the'] or ''}{title_match['conference']}")
    unplaced = [paragraph for paragraph in found[:title_at]
                if not _BOILERPLATE.match(paragraph.text)]
    body = found[title_at + 1:]
    intro_at = _find([paragraph.text for paragraph in body], _AREAS_INTRO)
    if intro_at is None:
        raise ReleaseError(
            "missing the co-operation areas (a paragraph like 'reached consensus on the "
            "following 15 co-operation areas')"
        )
    opening_text = " ".join(paragraph.text for paragraph in body[:intro_at])
    remarks = [paragraph for paragraph in body[:intro_at] if _REMARKS.match(paragraph.text)]
    sides = conference_sides(conference)
    officials, unread = _read_officials(
        [paragraph for paragraph in body[:intro_at] if paragraph not in remarks], sides)
    unplaced.extend(unread)
    place = title_match["place"] or _place_from(opening_text)
    areas, after_areas = _read_areas(body, intro_at, unplaced)
    agreements, annexes = _read_agreements(body[after_areas:], unplaced)
    return Release(
        ordinal=ordinal,
        title=normalise_space(title),
        place=normalise_space(place),
        month_day=_month_day(opening_text),
        officials=tuple(officials),
        areas=areas,
        agreements=agreements,
        annexes=annexes,
        conference=conference,
        unplaced=tuple(sorted(unplaced, key=lambda paragraph: paragraph.number)),
        remarks=tuple(remarks),
    )


def _find(found: list[str], pattern: re.Pattern[str], start: int = 0) -> int | None:
    for index in range(start, len(found)):
        if pattern.search(found[index]):
            return index
    return None


def _find_title(found: list[str]) -> tuple[int, re.Match[str]]:
    for index, paragraph in enumerate(found[:5]):
        match = _TITLE.match(paragraph)
        if match:
            return index, match
    raise ReleaseError(
        "missing the title (a line like 'Sixth Plenary Session of the Hong Kong/Shanghai "
        "Co-operation Conference held in Hong Kong')"
    )


def _place_from(opening: str) -> str:
    if _VIDEO.search(opening):
        return VIDEO_CONFERENCE
    match = _TODAY.search(opening)
    if not match:
        raise ReleaseError("missing the place of the plenary ('held in …' or 'in … today')")
    return match["place"]


def _month_day(opening: str) -> tuple[int, int] | None:
    """The plenary's month and day; a release that gives two different ones is refused."""
    dates = {(_MONTHS.index(match["month"]) + 1, int(match["day"]))
             for match in _TODAY_DATE.finditer(opening)}
    if len(dates) > 1:
        (month, day), (other_month, other_day) = sorted(dates)[:2]
        raise ReleaseError(translate(
            "Release", "the release gives two dates for the plenary: {first} and {second}"
            ).format(first=f"{_MONTHS[month - 1]} {day}",
                     second=f"{_MONTHS[other_month - 1]} {other_day}"))
    return dates.pop() if dates else None


_LED = re.compile(r"\blead(?:ing)? the delegations?\b|\bled the delegations?\b"
                  r"|\bco-chair(?:ed|ing)\b|\bchaired\b|\bconvened\b"
                  r"|\beach joined by (?:their|his|her) (?:respective )?delegations?\b")
"""The words of the sentence that names who led the plenary: each official it names led."""


def _read_officials(
    opening: list[ReleaseParagraph], sides: tuple[str, str],
) -> tuple[list[ParsedOfficial], list[ReleaseParagraph]]:
    """The officials named in the opening, and the opening's paragraphs that name none and
    give neither the date nor the place (unplaced).

    Each paragraph is read once: its sentences are found first, and an official's sentence
    looked up among them (finding it again for each official was quadratic)."""
    officials: dict[str, ParsedOfficial] = {}
    unread: list[ReleaseParagraph] = []
    for located in opening:
        paragraph = located.text
        sentences = _Sentences(paragraph)
        previous_end = 0
        named = False
        for match in _OFFICIAL.finditer(paragraph):
            segment = paragraph[previous_end:match.start()]
            previous_end = match.end()
            sentence_starts = [m.end() for m in _SENTENCE_END.finditer(segment)]
            if sentence_starts:
                segment = segment[sentence_starts[-1]:]
            post = _POST_LEAD_IN.sub("", segment)
            post = re.sub(r"^[\s,;]*(?:(?:and|the|The|Also|also)\s+)*", "", post).strip(" ,;")
            name = match["name"]
            if not post:
                continue
            named = True
            letters = normalise_space(match["letters"] or "")
            official = ParsedOfficial(
                honorific=match["honorific"],
                name=f"{name}{letters}" if letters else name,
                post=post,
                side=official_side(post, sides),
                role=(Role.LED if sentences.led(match.start()) else Role.ATTENDED).value,
            )
            first = officials.setdefault(name, official)
            if (first.honorific, first.post) != (official.honorific, official.post):
                raise ReleaseError(translate(
                    "Release", "{name} is named twice differently: {first} and {second}").format(
                    name=name, first=repr(f"{first.honorific} {name}, {first.post}"),
                    second=repr(f"{official.honorific} {name}, {official.post}")))
        if not named and not (_TODAY_DATE.search(paragraph) or _TODAY.search(paragraph)
                              or _VIDEO.search(paragraph) or _BOILERPLATE.match(paragraph)):
            unread.append(located)
    return list(officials.values()), unread


class _Sentences:
    """A paragraph's sentences, found once, and whether each says who led the delegations."""

    def __init__(self, paragraph: str) -> None:
        ends = list(_SENTENCE_END.finditer(paragraph))
        self.paragraph = paragraph
        self.after = [match.end() for match in ends]
        self.bounds = list(zip([0, *self.after], [m.start() + 1 for m in ends] + [len(paragraph)],
                               strict=True))
        self._led: dict[int, bool] = {}

    def led(self, offset: int) -> bool:
        """Whether the sentence around `offset` says its officials led the delegations."""
        index = bisect.bisect_right(self.after, offset)
        if index not in self._led:
            start, stop = self.bounds[index]
            self._led[index] = bool(_LED.search(self.paragraph, start, stop))
        return self._led[index]


_SIGNING_PART = re.compile(r"\b(?:Signing|Ceremony)\b", re.IGNORECASE)
_SIGNED_QUOTED = re.compile(r"\bsigned the [\"\u201c]")


def _ends_areas(paragraph: str, complete: bool) -> bool:
    """Whether the areas end before `paragraph`: at the closing lines, the signing part's
    heading ('Signing Ceremony'), the leaders' memorandum or an agreements intro; and,
    once every area the release counts has its measures (or it counts none), at any
    paragraph about a signing. Before then a measure that says 'signed co-operation
    agreements with ...' stays a measure."""
    if _BOILERPLATE.match(paragraph):
        return True
    if not _ends_sentence(paragraph) and _SIGNING_HEADING.match(paragraph):
        return bool(_SIGNING_PART.search(paragraph))
    if not _SIGNING.search(paragraph):
        return False
    return complete or bool(_SIGNED_QUOTED.search(paragraph)
                            or _AGREEMENTS_INTRO.search(paragraph))


def _read_areas(body: list[ReleaseParagraph], intro_at: int,
                unplaced: list[ReleaseParagraph]) -> tuple[tuple[ParsedArea, ...], int]:
    """The areas and their measures, from the paragraph after the intro to the signing or
    the closing lines: a paragraph that ends a sentence is a measure ('- ' bullets dropped),
    any other an area's heading. A sentence before the first heading is unplaced."""
    found = _AREAS_INTRO.search(body[intro_at].text)
    assert found is not None, "_find located the intro with this pattern"
    stated = number_from_words(found["count"]) if found["count"] else None
    areas: list[tuple[str, list[str]]] = []
    index = intro_at + 1
    while index < len(body):
        paragraph = body[index].text
        complete = stated is None or (len(areas) >= stated and bool(areas[-1][1]))
        if _ends_areas(paragraph, complete):
            break
        if (_SIGNING_HEADING.match(paragraph) and not _ends_sentence(paragraph)
                and index + 1 < len(body) and _ends_areas(body[index + 1].text, True)):
            break  # the heading of the signing part ('Co-operation Agreements')
        if _ends_sentence(paragraph):
            bulleted = _BULLET_ITEM.match(paragraph)
            if not areas:
                unplaced.append(body[index])
            else:
                areas[-1][1].append(bulleted["rest"] if bulleted else paragraph)
        else:
            areas.append((paragraph, []))
        index += 1
    seen: set[str] = set()
    for name, measures in areas:
        if not measures:
            raise ReleaseError(f"the co-operation area {name!r} has no measures")
        if name.casefold() in seen:
            raise ReleaseError(translate(
                "Release", "the co-operation area {name} is listed twice").format(
                name=repr(name)))
        seen.add(name.casefold())
    if stated is not None and stated != len(areas):
        raise ReleaseError(
            f"the release states {stated} co-operation areas but {len(areas)} were found"
        )
    return tuple(ParsedArea(name, tuple(measures)) for name, measures in areas), index


def _agreement_item(paragraph: str, count: int, numbered: bool
                    ) -> tuple[str, str] | None:
    """(numeral, title) of a list item, numbered (i), (1), 1. or only bulleted (then the
    next in order); None when the paragraph is no list item. `numbered`: whether the list
    so far is numbered (a bullet alone then is no item of it)."""
    match = _ITEM.match(paragraph)
    if match:
        if match["numeral"]:
            numeral = match["numeral"].lower()
            number = roman_to_int(numeral)
            if number is None:  # malformed, or longer than a catalogue's numerals may be
                raise ReleaseError(translate(
                    "Release", "agreement ({numeral}) is not a roman numeral Catalogue reads (at "
                    "most {most} letters, well formed, such as xiv)").format(
                        numeral=numeral[:40], most=MAX_NUMERAL_LETTERS))
            said = f"({numeral})"
            expected = f"({int_to_roman(count + 1)})"
        else:
            digits = match["digits"] or match["dotted"]
            number = int(digits)
            said = f"({digits})" if match["digits"] else f"{digits}."
            expected = f"({count + 1})" if match["digits"] else f"{count + 1}."
        if number != count + 1:
            raise ReleaseError(translate(
                "Release", "agreement {numeral} is out of order: expected {expected}").format(
                    numeral=said, expected=expected))
        rest = match["rest"]
    elif (bulleted := _BULLET_ITEM.match(paragraph)) and not numbered:
        said, rest = "-", bulleted["rest"]
    else:
        return None
    title = _ITEM_END.sub("", rest.strip()).strip()
    if not title:
        raise ReleaseError(f"agreement {said} has no title")
    return int_to_roman(count + 1), title


def _read_agreements(
    rest: list[ReleaseParagraph], unplaced: list[ReleaseParagraph],
) -> tuple[tuple[ParsedAgreement, ...], tuple[ParsedAnnex, ...]]:
    """Everything after the areas: signing headings, the leaders' memorandum, the lists of
    agreements (after 'N co-operation agreements were signed', '... signed the following',
    or a heading such as 'Signing Ceremony'), the annex statements and the closing lines.
    A paragraph that is none of these is unplaced."""
    annexes: list[ParsedAnnex] = []
    items: list[tuple[str, str]] = []
    stated: int | None = None
    statements: list[str] = []
    in_list = numbered = False
    for located in rest:
        paragraph = located.text
        if in_list:
            item = _agreement_item(paragraph, len(items), numbered)
            if item is not None:
                numbered = numbered or bool(_ITEM.match(paragraph))
                items.append(item)
                continue
        in_list = False
        placed = bool(_BOILERPLATE.match(paragraph))
        for memorandum in _MEMORANDUM.finditer(paragraph):
            annexes.append(ParsedAnnex(int(memorandum["number"]), memorandum["title"].strip(),
                                       (memorandum["language"] or "").strip()))
            placed = True
        intro = _AGREEMENTS_INTRO.search(paragraph)
        if intro is not None or (_SIGNING_HEADING.match(paragraph)
                                 and not _ends_sentence(paragraph)):
            count = (intro["count"] or intro["following"]) if intro is not None else None
            said = number_from_words(count) if count else None
            if said is not None:
                stated = (stated or 0) + said
            in_list = placed = True
            numbered = bool(items) and numbered
        if _ANNEX_RANGE.search(paragraph) or _ANNEX_SINGLE.search(paragraph):
            statements.append(paragraph)
            placed = True
        if not placed:
            unplaced.append(located)
    if stated is not None and stated != len(items):
        raise ReleaseError(
            f"the release states {stated} agreements but {len(items)} were found"
        )
    holders = _annex_holders(" ".join(statements), {numeral for numeral, _ in items})
    agreements = tuple(
        ParsedAgreement(numeral, title, agreement_kind(title), holders.get(numeral, (None,))[0])
        for numeral, title in items
    )
    titles = dict(items)
    for numeral, (number, language) in sorted(holders.items(), key=lambda item: item[1][0]):
        annexes.append(ParsedAnnex(number, titles[numeral], language))
    return agreements, _numbered(annexes)


def _numbered(annexes: list[ParsedAnnex]) -> tuple[ParsedAnnex, ...]:
    """The annexes by number, each once; two different documents at one annex are refused."""
    by_number: dict[int, ParsedAnnex] = {}
    for annex in annexes:
        first = by_number.setdefault(annex.number, annex)
        if first != annex:
            raise ReleaseError(translate(
                "Release", "Annex {number} is said to hold both {first} and {second}").format(
                number=annex.number, first=repr(first.title), second=repr(annex.title)))
    return tuple(sorted(by_number.values(), key=lambda annex: annex.number))


def _annex_holders(tail: str, numerals: set[str]) -> dict[str, tuple[int, str]]:
    """Agreement numeral -> (annex number, language note) from 'are at Annexes 2 to 8'."""
    holders: dict[str, tuple[int, str]] = {}
    for pattern in (_ANNEX_RANGE, _ANNEX_SINGLE):
        for match in pattern.finditer(tail):
            first = _item_number(match["first"])
            last = _item_number(match.groupdict().get("last") or match["first"])
            low = int(match["low"])
            high = int(match.groupdict().get("high") or match["low"])
            if first is None or last is None or last - first != high - low or high < low:
                raise ReleaseError(f"cannot match agreements to annexes in {match[0]!r}")
            for offset in range(high - low + 1):
                numeral = int_to_roman(first + offset)
                if numeral not in numerals:
                    raise ReleaseError(f"annex {low + offset} holds unknown agreement ({numeral})")
                held = (low + offset, (match["language"] or "").strip())
                said = holders.setdefault(numeral, held)
                if said != held:
                    raise ReleaseError(translate(
                        "Release", "agreement ({numeral}) is said to be at Annex {first} and at "
                        "Annex {second}").format(numeral=numeral, first=_annex_text(*said),
                                                 second=_annex_text(*held)))
    return holders


def _item_number(ref: str) -> int | None:
    """An agreement as an annex statement names it: (iv) or (4)."""
    return int(ref) if ref.isdigit() else roman_to_int(ref)


def _annex_text(number: int, language: str) -> str:
    return f"{number} ({language})" if language else str(number)
