"""The CSV catalogue: one row per record, in catalogue order, safe to open in Excel.

UTF-8 with a BOM so Excel shows Chinese text right, RFC 4180 quoting (as `csv` does it),
and every text cell that a spreadsheet would run as a formula (CWE-1236) prefixed with an
apostrophe.

Every record's notes, the time it last changed (ISO 8601 UTC) and its stable identity
(uuid) follow; the Chinese fields close each row, in columns named after the English
ones they mirror (`area_zh`, `title_zh`, `text_zh`, `parties_zh`).

The rows are read with a few whole-table SQL queries through a DB-API connection (the
standard library's sqlite3 from the CLI, the engine's own connection from the window), so
the CLI does not even import SQLAlchemy. Two writers make the same bytes: the portable one
hands cells to Python's `csv` module; the one used for SQLite reads the text as UTF-8 bytes
and formats each record type's line directly, which makes exporting 100,000 records about
four times faster (tests check that both give byte-identical files on hostile text).
"""

import contextlib
import csv
import datetime
import functools
import gc
import io
import os
import re
import sqlite3
import stat
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.naming import measure_ref
from catalogue.storage.files import LOCKS_WHILE_BUILDING, claim, remove_dead

COLUMNS = (  # not a kind: the CSV's column names
    "record_type", "ref", "session", "area", "title", "text", "annex",
    "kind", "parties", "side", "role", "language", "notes", "updated_at", "uuid",
    "area_zh", "title_zh", "text_zh", "parties_zh", "conference")
"""The header; the first seven are the published interface, the rest may grow (at the
end only: scripts read columns by position too). `conference` names the conference of the
record's plenary, so the 4th plenaries of two conferences are told apart."""

FORMULA_SIGNS = frozenset("=+-@")
"""A cell whose first visible character is one of these is run as a formula."""
PROGRESS_EVERY = 1000
"""Records between progress calls."""
BOM = b"\xef\xbb\xbf"
LINE_END = b"\r\n"


class ExportError(Exception):
    """The catalogue could not be written; the message is one line for a person."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left behind."""


def _hidden(char: str) -> bool:
    """Spaces, controls and invisible formatting: LibreOffice ("trim spaces") and Excel
    look past them, so "  =1" and "\\x00=1" are formulas too."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


_PLAIN = "".join(chr(c) for c in range(0x21, 0x7f) if chr(c) not in "'=+-@")
"""Visible ASCII that is neither a sign nor an apostrophe: a cell starting with one of
these needs no closer look (most cells)."""
_PLAIN_STARTS = frozenset(["", *_PLAIN])


def _needs_prefix(cell: str) -> bool:
    # A cell that already looks neutralised (apostrophes, then a formula) gets one more
    # apostrophe, so that `restore` can always take exactly one off.
    if cell[:1] in _PLAIN_STARTS:
        return False
    rest = cell.lstrip("'")
    if rest.startswith(("\t", "\r")):
        return True
    shown = next((char for char in rest if not _hidden(char)), "")
    return shown in FORMULA_SIGNS


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe."""
    return f"'{cell}" if _needs_prefix(cell) else cell


def restore(cell: str) -> str:
    """Undo `neutralise` when reading a catalogue back."""
    return cell[1:] if cell.startswith("'") and _needs_prefix(cell[1:]) else cell


# -- reading ----------------------------------------------------------------------------------

Row = tuple[Any, ...]


class Tables(NamedTuple):
    """Every record's columns, listed the way the tree lists them (text as the driver
    gives it: bytes from sqlite3 here, str from other drivers). Listed rows keep the key
    they are listed under as their first column; every row goes on with the record's notes,
    updated_at and Chinese fields, and ends with its uuid (the CSV puts the uuid before the
    Chinese fields)."""

    sessions: list[Row]
    """(id, ordinal, title, date, place, notes, updated_at, title_zh, uuid, conference
    name), by conference name and ordinal."""
    areas: dict[int, list[Row]]
    """session id -> (session id, id, position, name, notes, updated_at, name_zh), by
    position."""
    measures: dict[int, list[Row]]
    """area id -> (area id, position, text, notes, updated_at, text_zh), by position."""
    officials: dict[int, list[Row]]
    """session id -> (session id, position, honorific, name, post, side, role, notes,
    updated_at, name_zh, post_zh)."""
    agreements: dict[int, list[Row]]
    """session id -> (session id, numeral, title, annex number or None, kind, parties,
    area names, notes, updated_at, title_zh, parties_zh, area Chinese names)."""
    annexes: dict[int, list[Row]]
    """session id -> (session id, number, title, language, notes, updated_at, title_zh)."""


def _query(connection: Any, sql: str) -> list[Row]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _grouped(rows: list[Row]) -> dict[Any, list[Row]]:
    """Rows (sorted by their first column) listed under it, in the order given, keeping
    it: groupby runs in C, where a loop appending 80,000 rows would not."""
    return {key: list(group) for key, group in groupby(rows, key=itemgetter(0))}


def _sorted(rows: list[Row]) -> list[Row]:
    """Rows in the order of their first two columns. For the 80,000 measures, a scan in
    storage order sorted here (they are nearly in order already) is about 60 ms quicker
    than SQLite walking the area index and sorting each area's measures itself."""
    rows.sort(key=itemgetter(0, 1))
    return rows


Plenaries = Collection[int] | None
"""The ids of the plenaries an export is narrowed to (None: the whole catalogue)."""


def read_tables(connection: Any, plenaries: Plenaries = None) -> Tables:
    """The whole catalogue in seven queries with no parameters (plain SQL, any database);
    with `plenaries`, only those plenaries are listed (and so written)."""
    served: dict[int, list[Any]] = defaultdict(list)
    served_zh: dict[int, list[Any]] = defaultdict(list)
    for agreement_id, name, name_zh in _query(connection, (
            "SELECT agreement_area.agreement_id, area.name, area.name_zh FROM agreement_area "
            "JOIN area ON area.id = agreement_area.area_id ORDER BY area.position")):
        served[agreement_id].append(name)
        if name_zh:
            served_zh[agreement_id].append(name_zh)
    agreements = _grouped([
        (session_id, numeral, title, annex, kind, parties, served.get(agreement_id, []),
         notes, updated_at, title_zh, parties_zh, served_zh.get(agreement_id, []), uuid)
        for session_id, agreement_id, numeral, title, annex, kind, parties, notes, updated_at,
        title_zh, parties_zh, uuid
        in _query(connection, "SELECT g.session_id, g.id, g.numeral, g.title, x.number, "
                              "g.kind, g.parties, g.notes, g.updated_at, g.title_zh, "
                              "g.parties_zh, g.uuid FROM agreement g "
                              "LEFT JOIN annex x ON x.id = g.annex_id "
                              "ORDER BY g.session_id, g.position")])
    return Tables(
        sessions=[session for session in _query(
            connection, "SELECT s.id, s.ordinal, s.title, s.date, s.place, s.notes, "
                        "s.updated_at, s.title_zh, s.uuid, c.name FROM plenary_session s "
                        "JOIN conference c ON c.id = s.conference_id ORDER BY c.name, s.ordinal")
            if plenaries is None or session[0] in plenaries],
        areas=_grouped(_query(connection, "SELECT session_id, id, position, name, notes, "
                                          "updated_at, name_zh, uuid FROM area "
                                          "ORDER BY session_id, position")),
        measures=_grouped(_sorted(_query(connection, "SELECT area_id, position, text, notes, "
                                                     "updated_at, text_zh, uuid FROM measure"))),
        officials=_grouped(_query(connection, (
            "SELECT session_id, position, honorific, name, post, side, role, notes, updated_at, "
            "name_zh, post_zh, uuid FROM official ORDER BY session_id, position"))),
        agreements=agreements,
        annexes=_grouped(_query(connection, "SELECT session_id, number, title, language, notes, "
                                            "updated_at, title_zh, uuid FROM annex "
                                            "ORDER BY session_id, number")),
    )


def plenary_index(connection: Any) -> tuple[list[tuple[int, str]], list[Row]]:
    """(id, name) of every conference by name, and (id, conference id, ordinal) of every
    plenary: what narrowing an export or a search to one plenary chooses from."""
    conferences = [(int(row[0]), _text(row[1])) for row in _query(
        connection, "SELECT id, name FROM conference ORDER BY name")]
    return conferences, _query(connection, "SELECT id, conference_id, ordinal FROM "
                                           "plenary_session ORDER BY conference_id, ordinal")


class Layout(NamedTuple):
    """How each record type becomes an output row; `in_catalogue_order` calls these.
    `measures` makes an area's measures in one call (there are 80,000 of them)."""

    session: Callable[[Row], Any]
    area: Callable[[Row, Row], Any]
    measures: Callable[[Row, Row, list[Row]], Iterable[Any]]
    official: Callable[[Row, Row], Any]
    agreement: Callable[[Row, Row], Any]
    annex: Callable[[Row, Row], Any]


def in_catalogue_order(tables: Tables, layout: Layout) -> Iterator[Any]:
    """Plenary by plenary: the session, its areas each with its measures, officials,
    agreements, annexes (the order of the tree)."""
    return chain.from_iterable(in_runs(tables, layout))


def in_runs(tables: Tables, layout: Layout) -> Iterator[list[Any]]:
    """`in_catalogue_order` in lists (an area with its measures, a plenary's officials...),
    so a writer handles a few thousand lists rather than 100,000 single rows."""
    for session in tables.sessions:
        sid = session[0]
        yield [layout.session(session)]
        for area in tables.areas.get(sid, ()):
            yield [layout.area(session, area),
                   *layout.measures(session, area, tables.measures.get(area[1], []))]
        yield [layout.official(session, official) for official in tables.officials.get(sid, ())]
        yield [layout.agreement(session, agreement)
               for agreement in tables.agreements.get(sid, ())]
        yield [layout.annex(session, annex) for annex in tables.annexes.get(sid, ())]


# -- the portable writer: cells through Python's csv module -----------------------------------

Record = tuple[str, ...]
"""One CSV row, a cell per column of COLUMNS."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else str(value)


def _record(*cells: Any) -> Record:
    """A row's cells as text, one per column."""
    return tuple(_text(cell) for cell in cells)


def iso_utc(value: Any) -> str:
    """An `updated_at` as ISO 8601 UTC ("2024-04-26T08:30:00Z"), to the second: the
    database keeps UTC without a zone (models.now). Empty when unknown: NULL, or a value
    that is not a time (written past the services)."""
    try:
        stamp = value if isinstance(value, datetime.datetime) else (
            datetime.datetime.fromisoformat(_text(value)))
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(datetime.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):  # None gives "", which is no time either
        return ""
    return stamp.replace(microsecond=0).isoformat() + "Z"


CELLS = Layout(
    session=lambda s: _record(Kind.SESSION, s[1], s[1], "", s[2],
                              f"{_text(s[3])}, {_text(s[4])}", "", "", "", "", "", "", s[5],
                              iso_utc(s[6]), s[8], "", s[7], "", "", s[9]),
    area=lambda s, a: _record(Kind.AREA, a[2], s[1], a[3], a[3], "", "", "", "", "", "", "",
                              a[4], iso_utc(a[5]), a[7], a[6], a[6], "", "", s[9]),
    measures=lambda s, a, measures: [
        _record(Kind.MEASURE, measure_ref(a[2], m[1]), s[1], a[3], "", m[2], "", "", "", "", "",
                "", m[3], iso_utc(m[4]), m[6], a[6], "", m[5], "", s[9]) for m in measures],
    official=lambda s, o: _record(Kind.OFFICIAL, o[1], s[1], "",
                                  f"{_text(o[2])} {_text(o[3])}", o[4], "", "", "", o[5], o[6],
                                  "", o[7], iso_utc(o[8]), o[11], "", o[9], o[10], "", s[9]),
    agreement=lambda s, g: _record(Kind.AGREEMENT, g[1], s[1], "; ".join(map(_text, g[6])),
                                   g[2], "", g[3], g[4], g[5], "", "", "", g[7], iso_utc(g[8]),
                                   g[12], "; ".join(map(_text, g[11])), g[9], "", g[10], s[9]),
    annex=lambda s, x: _record(Kind.ANNEX, x[1], s[1], "", x[2], "", "", "", "", "", "", x[3],
                               x[4], iso_utc(x[5]), x[7], "", x[6], "", "", s[9]),
)
"""Each record type as a tuple of cells, one per column of COLUMNS."""


def catalogue_records(connection: Any, plenaries: Plenaries = None) -> Iterator[Record]:
    """Every record as a tuple of cells, in catalogue order."""
    return in_catalogue_order(read_tables(connection, plenaries), CELLS)


def write_records(records: Iterable[Record], stream: IO[str],
                  progress: Callable[[int], None] | None = None) -> int:
    """Write the header and `records` to an open text stream; returns the record count."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for count, record in enumerate(records, 1):
        writer.writerow([neutralise(cell) for cell in record])
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    return count


def write_catalogue(rows: Iterable[dict[str, str]], stream: IO[str],
                    progress: Callable[[int], None] | None = None) -> int:
    """`write_records` for rows given as dicts of column -> cell (missing cells empty)."""
    return write_records((tuple(row.get(column, "") for column in COLUMNS) for row in rows),
                         stream, progress)


# -- the SQLite writer: UTF-8 bytes formatted line by line ------------------------------------

_PLAIN_START = frozenset([b"", *(char.encode() for char in _PLAIN)])
"""First bytes of cells that need no closer look; any other cell is decoded and judged as
`neutralise` judges it."""


_quoted = re.compile(rb'[,"\n\r]').search
"""Whether a cell needs quotes. Not `b"," in cell`: bytes' `in` tries the cell as an
integer first and makes and drops a TypeError each time, which cost a fifth of an export."""


def cell_bytes(value: bytes) -> bytes:
    """One UTF-8 cell exactly as `write_records` writes it: neutralised, then quoted the
    way csv.QUOTE_MINIMAL quotes (a comma, a double quote or a line break inside)."""
    if value[:1] not in _PLAIN_START and _needs_prefix(value.decode("utf-8", "surrogateescape")):
        value = b"'" + value
    if _quoted(value):
        return b'"' + value.replace(b'"', b'""') + b'"'
    return value


def _number(value: int) -> bytes:
    return b"%d" % value if value >= 0 else cell_bytes(b"%d" % value)


def _line(kind: Kind, rest: bytes) -> bytes:
    """A line's format: the record_type cell (a Kind's value), then the rest of the line."""
    return kind.encode() + rest


_SESSION = _line(Kind.SESSION, b",%s,%s,,%s,%s,,,,,,,%s,%s,%s,,%s,,,%s")
_AREA = _line(Kind.AREA, b",%s,%s,%s,%s,,,,,,,,%s,%s,%s,%s,%s,,,%s")
_MEASURE = _line(Kind.MEASURE, b",%s,%s,%s,,%s,,,,,,,%s,%s,%s%s%s,,%s")
_MEASURE_HEAD = _line(Kind.MEASURE, b",%d.")
_OFFICIAL = _line(Kind.OFFICIAL, b",%s,%s,,%s,%s,,,,%s,%s,,%s,%s,%s,,%s,%s,,%s")
_AGREEMENT = _line(Kind.AGREEMENT, b",%s,%s,%s,%s,,%s,%s,%s,,,,%s,%s,%s,%s,%s,,%s,%s")
_ANNEX = _line(Kind.ANNEX, b",%s,%s,,%s,,,,,,,%s,%s,%s,%s,,%s,,,%s")


class _Stamps(dict[Any, bytes]):
    """`iso_utc` as bytes after `prefix`, remembered: the records of one import or edit
    share a stamp, so 100,000 records have a few hundred, and each line costs one
    dictionary look-up."""

    def __init__(self, prefix: bytes = b"") -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, value: Any) -> bytes:
        self[value] = stamp = self.prefix + iso_utc(value).encode()
        return stamp


def _notes(value: bytes) -> bytes:
    return value and cell_bytes(value)  # most records have none


def _uuid(value: bytes | None) -> bytes:
    """A uuid cell: as written by the services it needs neither quotes nor a prefix."""
    if value is None:
        return b""
    return value if _UUID(value) else cell_bytes(value)


_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch


def _lines() -> Layout:
    """Each record type as a finished line of UTF-8 (text read as bytes from sqlite3), with
    a cache of timestamps for one export."""
    stamp = _Stamps().__getitem__
    ends = _Stamps(b",,,,,,,,")  # a measure's line after its text when it has no notes

    def measures(s: Row, a: Row, rows: list[Row]) -> list[bytes]:
        """An area's measures: the prefix (type, area number, plenary, area name) and the
        conference cell are made once, and only each text, notes and stamp are looked at."""
        area_zh = b"," + _notes(a[6]) + b",,"  # area_zh, title_zh, then text_zh
        last = b",," + cell_bytes(s[9])  # parties_zh (empty), then the conference
        if a[2] < 0:  # a ref that starts with "-" is neutralised like any other cell
            return [_MEASURE % (
                cell_bytes(b"%d.%d" % (a[2], m[1])), _number(s[1]), cell_bytes(a[3]),
                cell_bytes(m[2]), _notes(m[3]), stamp(m[4]), _uuid(m[6]), area_zh, _notes(m[5]),
                cell_bytes(s[9])) for m in rows]
        head = _MEASURE_HEAD % a[2]
        tail = b",%s,%s,," % (_number(s[1]), cell_bytes(a[3]))
        lines = []
        for _, position, text, notes, updated, text_zh, uuid in rows:
            end = b",,,,,,,%s,%s" % (cell_bytes(notes), stamp(updated)) if notes else (
                ends[updated])
            end += b"," + _uuid(uuid) + area_zh + (text_zh and cell_bytes(text_zh)) + last
            if text[:1] not in _PLAIN_START:
                lines.append(b"%s%d%s%s%s" % (head, position, tail, cell_bytes(text), end))
            elif text.find(b",") >= 0 or _quoted(text):
                # most measures: quoted in the same step that builds the line
                lines.append(b'%s%d%s"%s"%s' % (head, position, tail,
                                                text.replace(b'"', b'""'), end))
            else:
                lines.append(b"%s%d%s%s%s" % (head, position, tail, text, end))
        return lines

    return Layout(
        session=lambda s: _SESSION % (
            _number(s[1]), _number(s[1]), cell_bytes(s[2]), cell_bytes(s[3] + b", " + s[4]),
            _notes(s[5]), stamp(s[6]), _uuid(s[8]), _notes(s[7]), cell_bytes(s[9])),
        area=lambda s, a: _AREA % (
            _number(a[2]), _number(s[1]), cell_bytes(a[3]), cell_bytes(a[3]), _notes(a[4]),
            stamp(a[5]), _uuid(a[7]), _notes(a[6]), _notes(a[6]), cell_bytes(s[9])),
        measures=measures,
        official=lambda s, o: _OFFICIAL % (
            _number(o[1]), _number(s[1]), cell_bytes(o[2] + b" " + o[3]), cell_bytes(o[4]),
            cell_bytes(o[5]), cell_bytes(o[6]), _notes(o[7]), stamp(o[8]), _uuid(o[11]),
            _notes(o[9]), _notes(o[10]), cell_bytes(s[9])),
        agreement=lambda s, g: _AGREEMENT % (
            cell_bytes(g[1]), _number(s[1]), cell_bytes(b"; ".join(g[6])), cell_bytes(g[2]),
            b"" if g[3] is None else _number(g[3]), cell_bytes(g[4]), cell_bytes(g[5]),
            _notes(g[7]), stamp(g[8]), _uuid(g[12]), _notes(b"; ".join(g[11])),
            _notes(g[9]), _notes(g[10]), cell_bytes(s[9])),
        annex=lambda s, x: _ANNEX % (
            _number(x[1]), _number(s[1]), cell_bytes(x[2]), cell_bytes(x[3]), _notes(x[4]),
            stamp(x[5]), _uuid(x[7]), _notes(x[6]), cell_bytes(s[9])),
    )


def _header() -> bytes:
    return ",".join(COLUMNS).encode() + LINE_END


def write_lines(runs: Iterable[list[bytes]], stream: IO[bytes],
                progress: Callable[[int], None] | None = None) -> int:
    """Write the BOM, the header and the lines of `runs` to a binary stream; returns the
    line count. Progress is reported at least every PROGRESS_EVERY lines."""
    stream.write(BOM + _header())
    batch: list[bytes] = []
    count = reported = 0
    for run in runs:
        batch += run
        count += len(run)
        if count - reported >= PROGRESS_EVERY:
            stream.write(LINE_END.join(batch) + LINE_END)
            batch.clear()
            reported = count
            if progress is not None:
                progress(count)
    if batch:
        stream.write(LINE_END.join(batch) + LINE_END)
    return count


def read_snapshot(connection: Any, text: type = str, plenaries: Plenaries = None) -> Tables:
    """`read_tables` from an sqlite3 connection in one read transaction, so every table is
    as of the same moment, with its text read as `text` (str or bytes); other connections
    are read as they are."""
    if not isinstance(connection, sqlite3.Connection):
        return read_tables(connection, plenaries)
    before = connection.text_factory
    connection.text_factory = text
    snapshot = not connection.in_transaction
    if snapshot:
        connection.execute("BEGIN")
    try:
        return read_tables(connection, plenaries)
    finally:
        if snapshot:
            connection.rollback()  # nothing was written; this only ends the read
        connection.text_factory = before


def sqlite_lines(connection: sqlite3.Connection, plenaries: Plenaries = None
                 ) -> Iterator[list[bytes]]:
    """Every record's line from an sqlite3 connection (its text read as UTF-8 bytes), in
    runs."""
    return in_runs(read_snapshot(connection, bytes, plenaries), _lines())


# -- the spreadsheet ----------------------------------------------------------------------------

SPREADSHEET_ROWS = 1_048_575
"""Records a worksheet holds below its header (Excel's and LibreOffice's limit)."""
SPREADSHEET_WIDTHS = {  # not a kind: column names
    "title": 50, "text": 80, "area": 30, "parties": 30, "notes": 40,
                      "updated_at": 21, "uuid": 37, "area_zh": 20, "title_zh": 30, "text_zh": 50,
                      "parties_zh": 20, "conference": 40}
"""Column widths in characters where the default (about 9) would hide most of a cell."""


def write_spreadsheet(records: Iterable[Record], stream: IO[bytes],
                      progress: Callable[[int], None] | None = None) -> int:
    """Write the header and `records` as an .xlsx workbook; returns the record count.

    Every cell is a text cell, written with write_string and XlsxWriter's conversions off,
    so a ref like 1.10 stays 1.10 (not the number 1.1), "=1+1" stays text and no address
    becomes a link; nothing needs the CSV's apostrophes. The header row is frozen and
    carries a filter. Rows go to temporary files as they are made (constant_memory), and
    the zipped workbook (about 5 MB for 100,000 records) to `stream` at the end."""
    import xlsxwriter  # type: ignore[import-untyped]  # loaded only for a spreadsheet

    zipped = io.BytesIO()  # a full disk then fails our write, not the zip module's close
    workbook = xlsxwriter.Workbook(zipped, {
        "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False})
    sheet = workbook.add_worksheet(translate("Export", "Catalogue"))
    bold = workbook.add_format({"bold": True})
    for column, name in enumerate(COLUMNS):
        sheet.write_string(0, column, name, bold)
        if name in SPREADSHEET_WIDTHS:
            sheet.set_column(column, column, SPREADSHEET_WIDTHS[name])
    count = 0
    for count, record in enumerate(records, 1):
        if count > SPREADSHEET_ROWS:
            raise ExportError(translate(
                "Export", "a spreadsheet holds at most {rows:,} records: export a CSV instead"
                ).format(rows=SPREADSHEET_ROWS))
        for column, cell in enumerate(record):
            if cell:
                sheet.write_string(count, column, cell)
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, count, len(COLUMNS) - 1)
    workbook.close()
    stream.write(zipped.getbuffer())
    return count


# -- files ------------------------------------------------------------------------------------


def _default_file_mode() -> int:
    """What a plainly created file would get (mkstemp's 0600 is for the partial file only)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """An export makes hundreds of thousands of tuples and byte strings, none in a cycle:
    the cyclic garbage collector's passes over them are pure cost (about 0.1 s for 100,000
    records), so it rests until the file is written."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


Writer = Callable[[Any, IO[bytes], Callable[[int], None] | None], int]
"""Writes the catalogue from a connection to an open binary stream; returns the count."""


def _write_xlsx(connection: Any, stream: IO[bytes], progress: Callable[[int], None] | None,
                plenaries: Plenaries = None) -> int:
    return write_spreadsheet(in_catalogue_order(read_snapshot(
        connection, plenaries=plenaries), CELLS), stream, progress)


def _write(connection: Any, stream: IO[bytes], progress: Callable[[int], None] | None,
           plenaries: Plenaries = None) -> int:
    """The CSV."""
    if isinstance(connection, sqlite3.Connection):
        with _collector_paused():
            return write_lines(sqlite_lines(connection, plenaries), stream, progress)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        return write_records(catalogue_records(connection, plenaries), text, progress)
    finally:
        text.flush()
        text.detach()  # the caller closes the file


def export_csv(source: Any, destination: str | os.PathLike[str],
               progress: Callable[[int], None] | None = None, *,
               plenaries: Plenaries = None) -> int:
    """Write the CSV catalogue to a file ('-' for stdout); returns the record count.

    `source` is a DB-API connection, or an SQLAlchemy engine to borrow one from. A file is
    written beside its destination and renamed into place, so a failed export never
    leaves a truncated catalogue where a good one was. A device or a FIFO is written
    through instead (renaming would replace it, /dev/null included).
    """
    write = functools.partial(_write, plenaries=plenaries)
    with _connection(source) as connection:
        if str(destination) == "-":
            sys.stdout.flush()
            with open(sys.stdout.fileno(), "wb", closefd=False) as stream:
                return write(connection, stream, progress)
        return _write_file(connection, Path(destination), progress, write)


def export_xlsx(source: Any, destination: str | os.PathLike[str],
                progress: Callable[[int], None] | None = None, *,
                plenaries: Plenaries = None) -> int:
    """Write the catalogue as an .xlsx workbook for spreadsheets (`write_spreadsheet`),
    beside its destination and renamed into place like the CSV; returns the count."""
    with _connection(source) as connection:
        return _write_file(connection, Path(destination), progress,
                           functools.partial(_write_xlsx, plenaries=plenaries))


EXPORTERS = {".csv": export_csv, ".xlsx": export_xlsx}
"""File name extension (lower case) -> the export that writes that format."""


def exporter_for(destination: str | os.PathLike[str]) -> Callable[..., int]:
    """The export a file name asks for: `.xlsx` the workbook; `.csv`, '-', a name with no
    extension, and whatever is there already and is not a file (a device, a pipe) the CSV.
    Any other extension is refused, so a typo or `.xls` never gets a file of another
    format under its name."""
    suffix = "" if str(destination) == "-" else Path(destination).suffix
    try:
        regular = stat.S_ISREG(os.stat(destination).st_mode) if suffix else True
    except OSError:
        regular = True  # a new file (or one the export will say it cannot write)
    if not suffix or not regular:
        return export_csv
    try:
        return EXPORTERS[suffix.lower()]
    except KeyError:
        raise ExportError(translate(
            "Export", "{path}: cannot write a {suffix} file; give a name ending in .xlsx "
            "(for spreadsheets) or .csv (for scripts)").format(
                path=destination, suffix=suffix)) from None


@contextlib.contextmanager
def _connection(source: Any) -> Iterator[Any]:
    if not hasattr(source, "raw_connection"):
        yield source
        return
    pooled = source.raw_connection()  # the engine's own DB-API connection, from its pool
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


PARTIAL_NAME = re.compile(r"\.cat-[a-z0-9_]{8}\.partial")
"""Partial files as `tempfile` names them here: short, so any name the file system takes
for the CSV works, and recognisable, so the next export can clean up after a killed one."""


def _cannot_write(target: Path, error: OSError) -> ExportError:
    return ExportError(translate("Export", "cannot write {path}: {error}").format(
        path=target, error=error.strerror or error))


def _give_a_file_name(target: Path, write: Writer, *, folder: bool) -> ExportError:
    if getattr(write, "func", write) is _write_xlsx:
        message = translate("Export", "{path} is a folder: give a file name for the "
                            "spreadsheet") if folder else translate(
            "Export", "{path} is not a regular file, a device or a pipe: give a file name "
            "for the spreadsheet")
    else:
        message = translate("Export", "{path} is a folder: give a file name for the CSV"
                            ) if folder else translate(
            "Export", "{path} is not a regular file, a device or a pipe: give a file name "
            "for the CSV")
    return ExportError(message.format(path=target))


def _write_file(connection: Any, target: Path, progress: Callable[[int], None] | None,
                write: Writer = _write) -> int:
    if target.is_symlink():  # the file it names is the export's, never the link replaced
        target = Path(os.path.realpath(target))
    existing = None
    try:
        mode = os.stat(target).st_mode
        existing = stat.S_IMODE(mode)
    except FileNotFoundError:
        mode = stat.S_IFREG
    except OSError as error:
        raise _cannot_write(target, error) from None
    if existing is not None and stat.S_ISREG(mode) and not os.access(target, os.W_OK):
        raise ExportError(translate(
            "Export", "cannot write {path}: it is read-only (its protection is kept; choose "
            "another name)").format(path=target))
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return _write_through(connection, target, progress, write)
    if not stat.S_ISREG(mode):
        raise _give_a_file_name(target, write, folder=stat.S_ISDIR(mode))
    folder = target.parent if str(target.parent) else Path(".")
    remove_dead(folder, PARTIAL_NAME, unlocked_after=None)  # what killed exports left
    stream, partial = _new_partial(folder, target)
    with stream:  # closing it, after the rename, releases the lock
        try:
            count = write(connection, stream, progress)
            stream.flush()
            os.fsync(stream.fileno())  # on the disk before it takes the target's name
            os.chmod(partial, _default_file_mode() if existing is None else existing)
            if not LOCKS_WHILE_BUILDING:
                stream.close()  # Windows renames no open file
            os.replace(partial, target)
            _sync_folder(folder)
        except OSError as error:
            _discard(stream, partial)
            raise _cannot_write(target, error) from None
        except BaseException:
            _discard(stream, partial)
            raise
    return count


def _sync_folder(folder: Path) -> None:
    """The rename on the disk too (POSIX; Windows has no folder to open)."""
    if not LOCKS_WHILE_BUILDING:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _discard(stream: IO[bytes], partial: str) -> None:
    """Remove a failed partial file and close it; the bytes still buffered are dropped
    (on a full disk their flush would fail again, and replace the error that names the
    file with a bare "No space left on device")."""
    with contextlib.suppress(OSError):
        os.remove(partial)
    with contextlib.suppress(OSError):
        stream.close()


def _write_through(connection: Any, target: Path, progress: Callable[[int], None] | None,
                   write: Writer) -> int:
    """Write into a device or FIFO itself (a FIFO waits for its reader)."""
    try:
        with open(target, "wb") as stream:
            return write(connection, stream, progress)
    except OSError as error:
        raise _cannot_write(target, error) from None


def _new_partial(folder: Path, target: Path) -> tuple[IO[bytes], str]:
    """A new partial file in `folder`, open and locked for as long as this export lives."""
    while True:
        try:
            handle, partial = tempfile.mkstemp(prefix=".cat-", suffix=".partial", dir=folder)
        except OSError as error:
            raise _cannot_write(target, error) from None
        # Unbuffered: the writers write large pieces anyway, and a full disk then fails
        # the write itself, never the close after it (which would hide the target's name).
        stream = open(handle, "wb", buffering=0)  # noqa: SIM115 - the caller closes it
        if claim(partial, handle):
            return stream, partial
        stream.close()  # a cleaner took it, unlocked, for a dead export's: take another
