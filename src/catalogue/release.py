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
_ITEM = re.compile(rf"^{_BULLET}?\((?P<numeral>[ivxlcdm]+)\)\s*(?P<rest>.*)$", re.IGNORECASE)
_ITEM_HEAD = re.compile(rf"{_BULLET}?\([ivxlcdm]+\)", re.IGNORECASE)
_HEAD = 200
"""Characters of a paragraph enough to tell a list item (the bullet and the numeral)."""
_BULLETED = re.compile(rf"^{_BULLET}\S")
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
    text = _LINE_BREAKS.sub("\n", text)
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = normalise_space(raw)
        if not line or (current and _is_item(line)):
            if current:
                blocks.append(current)
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return _mend_breaks([" ".join(lines) for lines in blocks])


def _mend_breaks(found: list[str]) -> list[str]:
    """Join a paragraph that a stray blank line cut in the middle of a sentence.

    The pieces are joined once at the end (joining at each cut copied the growing
    paragraph every time: quadratic on a text cut into thousands of pieces), and a
    paragraph is judged by its head and its last piece, never by the whole of it."""
    heads: list[str] = []
    pieces: list[list[str]] = []
    for paragraph in found:
        if pieces and _continues(heads[-1], pieces[-1][-1], paragraph):
            pieces[-1].append(paragraph)
            if len(heads[-1]) < _HEAD:
                heads[-1] = f"{heads[-1]} {paragraph[:_HEAD]}"[:_HEAD]
        else:
            heads.append(paragraph[:_HEAD])
            pieces.append([paragraph])
    return [" ".join(parts) for parts in pieces]


def _continues(head: str, last: str, paragraph: str) -> bool:
    """Whether `paragraph` goes on the one that begins with `head` and ends with `last`."""
    if _is_item(paragraph) or _ends_sentence(last):
        return False
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
    r"^(?P<ordinal>[A-Za-z0-9-]{1,40}) Plenary Session of the (?P<conference>.{1,200}?)"
    r"(?: held in (?P<place>[^()]{1,100}?))?(?:\s?\((?:with|photos)[^)]{0,100}\))?\.?$"
)
_TODAY = re.compile(
    r"\bin (?P<place>[A-Z][\w' -]{0,60}?) today \((?P<month>" + "|".join(_MONTHS)
    + r") (?P<day>\d{1,2})\)"
)
_TODAY_DATE = re.compile(r"\btoday \((?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})\)")
_AREAS_INTRO = re.compile(r"consensus on the following (?P<count>[\w-]+) co-operation areas",
                          re.IGNORECASE)
_SIGNING = re.compile(r"\bsign(?:ed|ing)\b", re.IGNORECASE)
_AGREEMENTS_INTRO = re.compile(
    r"(?<![\w-])(?P<count>[\w-]+) (?:co-operation )?agreements were signed", re.IGNORECASE)
_MEMORANDUM = re.compile(
    r"signed the [\"\u201c](?P<title>[^\"\u201c\u201d]{1,1000})[\"\u201d]\.? ?The document"
    r"(?: \((?P<language>[^()]{0,100})\))? is at Annex (?P<number>\d{1,9})(?!\d)"
)
_ANNEX_RANGE = re.compile(
    r"agreements \((?P<first>[ivxlcdm]{1,15})\) to \((?P<last>[ivxlcdm]{1,15})\)[^()]{0,300}?"
    r"(?:\((?P<language>[^()]{0,100})\))? ?are at Annexes (?P<low>\d{1,9}) to "
    r"(?P<high>\d{1,9})(?!\d)",
    re.IGNORECASE,
)
_ANNEX_SINGLE = re.compile(
    r"agreement \((?P<first>[ivxlcdm]{1,15})\)[^()]{0,300}?(?:\((?P<language>[^()]{0,100})\))?"
    r" ?is at Annex (?P<low>\d{1,9})(?!\d)",
    re.IGNORECASE,
)
_HONORIFIC = r"Mr|Mrs|Ms|Miss|Dr|Professor|Prof"
_OFFICIAL = re.compile(
    rf",\s+(?P<honorific>{_HONORIFIC})\.?\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_POST_LEAD_IN = re.compile(r"^.*(?:;\s*and\s|;\s|,\s*and\s|\sinclude\s|\sincludes\s|\sincluding\s)")
_CENTRAL_MARKERS = ("Central People's Government", "Central Committee", "State Council",
                    "Liaison Office", "Macao Affairs Office", "Macao Work Office")
_ITEM_END = re.compile(r"(?:;\s*and|;|\.)$")


def agreement_kind(title: str) -> str:
    """The kind of document a title names ('Memorandum of Understanding on ...' -> MoU)."""
    lowered = title.lower()
    matches = [kind for kind in AGREEMENT_KINDS if lowered.startswith(kind.lower())]
    return max(matches, key=len) if matches else ""


def official_side(post: str) -> str:
    """Which government a post belongs to, read from its wording."""
    if any(marker in post for marker in _CENTRAL_MARKERS):
        return Side.CENTRAL.value
    if "Shanghai" in post:
        return Side.SHANGHAI.value
    return Side.HONG_KONG.value


def parse_release(text: str) -> Release:
    """Read a press release; raise `ReleaseError` saying what is missing if it is not one."""
    if len(text) > MAX_RELEASE_BYTES:
        raise ReleaseError(translate(
            "Release", "the text is longer than {limit} characters: not a press release (they "
            "are under 30 KB)").format(limit=f"{MAX_RELEASE_BYTES:,}"))
    found = paragraphs(text)
    if not found:
        raise ReleaseError("the text is empty: not a plenary press release")
    title_at, title_match = _find_title(found)
    ordinal = ordinal_from_word(title_match["ordinal"])
    if ordinal is None:
        raise ReleaseError(f"cannot read the plenary's ordinal {title_match['ordinal']!r}")
    title = f"{title_match['ordinal']} Plenary Session of the {title_match['conference']}"
    body = found[title_at + 1:]
    intro_at = _find(body, _AREAS_INTRO)
    if intro_at is None:
        raise ReleaseError(
            "missing the co-operation areas (a paragraph like 'reached consensus on the "
            "following 15 co-operation areas')"
        )
    opening = " ".join(body[:intro_at])
    place = title_match["place"] or _place_from(opening)
    areas, after_areas = _read_areas(body, intro_at)
    agreements, annexes = _read_agreements(body[after_areas:])
    return Release(
        ordinal=ordinal,
        title=title,
        place=normalise_space(place),
        month_day=_month_day(opening),
        officials=tuple(_read_officials(body[:intro_at])),
        areas=areas,
        agreements=agreements,
        annexes=annexes,
        conference=normalise_space(title_match["conference"]),
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


_LED = re.compile(r"\blead(?:ing)? the delegations?\b|\bled the delegations?\b")


def _read_officials(opening: list[str]) -> list[ParsedOfficial]:
    """Each paragraph is read once: its sentences are found first, and an official's
    sentence looked up among them (finding it again for each official was quadratic)."""
    officials: dict[str, ParsedOfficial] = {}
    for paragraph in opening:
        sentences = _Sentences(paragraph)
        previous_end = 0
        for match in _OFFICIAL.finditer(paragraph):
            segment = paragraph[previous_end:match.start()]
            previous_end = match.end()
            sentence_starts = [m.end() for m in _SENTENCE_END.finditer(segment)]
            if sentence_starts:
                segment = segment[sentence_starts[-1]:]
            post = _POST_LEAD_IN.sub("", segment)
            post = re.sub(r"^[\s,;]*(?:(?:and|the|The)\s+)*", "", post).strip(" ,;")
            name = match["name"]
            if not post:
                continue
            official = ParsedOfficial(
                honorific=match["honorific"],
                name=name,
                post=post,
                side=official_side(post),
                role=(Role.LED if sentences.led(match.start()) else Role.ATTENDED).value,
            )
            first = officials.setdefault(name, official)
            if (first.honorific, first.post) != (official.honorific, official.post):
                raise ReleaseError(translate(
                    "Release", "{name} is named twice differently: {first} and {second}").format(
                    name=name, first=repr(f"{first.honorific} {name}, {first.post}"),
                    second=repr(f"{official.honorific} {name}, {official.post}")))
    return list(officials.values())


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


def _read_areas(body: list[str], intro_at: int) -> tuple[tuple[ParsedArea, ...], int]:
    found = _AREAS_INTRO.search(body[intro_at])
    assert found is not None, "_find located the intro with this pattern"
    stated = number_from_words(found["count"])
    areas: list[tuple[str, list[str]]] = []
    index = intro_at + 1
    while index < len(body) and not _SIGNING.search(body[index]):
        paragraph = body[index]
        if _ends_sentence(paragraph):
            if not areas:
                raise ReleaseError(
                    f"a measure comes before any co-operation area heading: {paragraph[:60]!r}"
                )
            areas[-1][1].append(paragraph)
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


def _read_agreements(
    rest: list[str],
) -> tuple[tuple[ParsedAgreement, ...], tuple[ParsedAnnex, ...]]:
    annexes = [ParsedAnnex(int(memorandum["number"]), memorandum["title"].strip(),
                           (memorandum["language"] or "").strip())
               for memorandum in _MEMORANDUM.finditer(" ".join(rest))]
    intro_at = _find(rest, _AGREEMENTS_INTRO)
    if intro_at is None:
        return (), _numbered(annexes)
    found = _AGREEMENTS_INTRO.search(rest[intro_at])
    assert found is not None, "_find located the intro with this pattern"
    stated = number_from_words(found["count"])
    items: list[tuple[str, str]] = []
    index = intro_at + 1
    while index < len(rest) and (match := _ITEM.match(rest[index])):
        title = _ITEM_END.sub("", match["rest"].strip()).strip()
        numeral = match["numeral"].lower()
        if not title:
            raise ReleaseError(f"agreement ({numeral}) has no title")
        number = roman_to_int(numeral)
        if number is None:  # malformed, or longer than a catalogue's numerals may be
            raise ReleaseError(translate(
                "Release", "agreement ({numeral}) is not a roman numeral Catalogue reads (at most "
                "{most} letters, well formed, such as xiv)").format(
                    numeral=numeral[:40], most=MAX_NUMERAL_LETTERS))
        if number != len(items) + 1:
            raise ReleaseError(translate(
                "Release", "agreement ({numeral}) is out of order: expected ({expected})").format(
                    numeral=numeral, expected=int_to_roman(len(items) + 1)))
        items.append((numeral, title))
        index += 1
    if stated is not None and stated != len(items):
        raise ReleaseError(
            f"the release states {stated} agreements but {len(items)} were found"
        )
    holders = _annex_holders(" ".join(rest[index:]), {numeral for numeral, _ in items})
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
            first = roman_to_int(match["first"])
            last = roman_to_int(match.groupdict().get("last") or match["first"])
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


def _annex_text(number: int, language: str) -> str:
    return f"{number} ({language})" if language else str(number)
