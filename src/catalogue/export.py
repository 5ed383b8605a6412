"""The CSV catalogue: one row per record, in catalogue order, safe to open in Excel.

UTF-8 with a BOM so Excel shows Chinese text right, RFC 4180 quoting through `csv`, and
every text cell that Excel would run as a formula (CWE-1236) prefixed with an apostrophe.
"""

import contextlib
import csv
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from catalogue.i18n import tr
from catalogue.models import (
    Agreement,
    AgreementArea,
    Annex,
    Area,
    Measure,
    Official,
    PlenarySession,
)

COLUMNS = ("record_type", "ref", "session", "area", "title", "text", "annex",
           "kind", "parties", "side", "role", "language")
"""The header; the first seven are the published interface, the rest may grow."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The catalogue could not be written; the message is one line for a person."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left behind."""


def _needs_prefix(cell: str) -> bool:
    # A cell that already looks neutralised gets one more apostrophe, so that `restore`
    # can always take exactly one off.
    return cell.startswith(FORMULA_PREFIXES) or (
        cell.startswith("'") and _needs_prefix(cell[1:]))


def neutralise(cell: str) -> str:
    """Prefix a cell Excel would read as a formula with an apostrophe."""
    return f"'{cell}" if _needs_prefix(cell) else cell


def restore(cell: str) -> str:
    """Undo `neutralise` when reading a catalogue back."""
    return cell[1:] if cell.startswith("'") and _needs_prefix(cell[1:]) else cell


def catalogue_rows(engine: Engine) -> Iterator[dict[str, str]]:
    """Every record as a row, plenary by plenary: session, areas each with its measures,
    officials, agreements, annexes (the order of the tree)."""
    with Session(engine) as db:
        plenaries = db.exec(select(PlenarySession).order_by(PlenarySession.ordinal)).all()
        for plenary in plenaries:
            yield from _plenary_rows(db, plenary)


def _plenary_rows(db: Session, plenary: PlenarySession) -> Iterator[dict[str, str]]:
    sid = plenary.id
    session = str(plenary.ordinal)
    yield {"record_type": "session", "ref": session, "session": session,
           "title": plenary.title, "text": f"{plenary.date.isoformat()}, {plenary.place}"}
    areas = db.exec(select(Area.id, Area.position, Area.name).where(Area.session_id == sid)
                    .order_by(Area.position)).all()
    measures: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for area_id, position, text in db.exec(
            select(Measure.area_id, Measure.position, Measure.text).join(Area)
            .where(Area.session_id == sid).order_by(Measure.area_id, Measure.position)).all():
        measures[area_id].append((position, text))
    for area_id, area_position, name in areas:
        yield {"record_type": "area", "ref": str(area_position), "session": session,
               "area": name, "title": name}
        for position, text in measures[area_id]:
            yield {"record_type": "measure", "ref": f"{area_position}.{position}",
                   "session": session, "area": name, "text": text}
    for person in db.exec(select(Official).where(Official.session_id == sid)
                          .order_by(Official.position)).all():
        yield {"record_type": "official", "ref": str(person.position), "session": session,
               "title": f"{person.honorific} {person.name}", "text": person.post,
               "side": person.side, "role": person.role}
    area_names: dict[int, list[str]] = defaultdict(list)
    for agreement_id, name in db.exec(
            select(AgreementArea.agreement_id, Area.name).join(Area)
            .where(Area.session_id == sid).order_by(Area.position)).all():
        area_names[agreement_id].append(name)
    annex_numbers = dict(db.exec(select(Annex.id, Annex.number)
                                 .where(Annex.session_id == sid)).all())
    for agreement in db.exec(select(Agreement).where(Agreement.session_id == sid)
                             .order_by(Agreement.position)).all():
        annex = annex_numbers.get(agreement.annex_id) if agreement.annex_id else None
        yield {"record_type": "agreement", "ref": agreement.numeral, "session": session,
               "area": "; ".join(area_names[agreement.id]),  # type: ignore[index]
               "title": agreement.title, "annex": str(annex) if annex else "",
               "kind": agreement.kind, "parties": agreement.parties}
    for annex_row in db.exec(select(Annex).where(Annex.session_id == sid)
                             .order_by(Annex.number)).all():
        yield {"record_type": "annex", "ref": str(annex_row.number), "session": session,
               "title": annex_row.title, "language": annex_row.language}


def write_catalogue(rows: Iterable[dict[str, str]], stream: IO[str],
                    progress: Callable[[int], None] | None = None) -> int:
    """Write the header and `rows` to an open text stream; returns the record count."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for count, row in enumerate(rows, 1):
        writer.writerow([neutralise(row.get(column, "")) for column in COLUMNS])
        if progress is not None and count % 1000 == 0:
            progress(count)
    return count


def _default_file_mode() -> int:
    """What a plainly created file would get (mkstemp's 0600 is for the partial file only)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def export_csv(engine: Engine, destination: str | os.PathLike[str],
               progress: Callable[[int], None] | None = None) -> int:
    """Write the CSV catalogue to a file ('-' for stdout); returns the record count.

    A file is written beside its destination and renamed into place, so a failed export
    never leaves a truncated catalogue where a good one was.
    """
    if str(destination) == "-":
        stream = open(sys.stdout.fileno(), "w", encoding="utf-8-sig", newline="",  # noqa: SIM115
                      closefd=False)
        with stream:
            return write_catalogue(catalogue_rows(engine), stream, progress)
    target = Path(destination)
    if target.is_dir():
        raise ExportError(tr("{path} is a folder: give a file name for the CSV").format(
            path=target))
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                           dir=target.parent if str(target.parent) else ".")
    except OSError as error:
        raise ExportError(tr("cannot write {path}: {error}").format(
            path=target, error=error.strerror or error)) from None
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as stream:
            count = write_catalogue(catalogue_rows(engine), stream, progress)
        os.chmod(partial, _default_file_mode())
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.remove(partial)
        raise ExportError(tr("cannot write {path}: {error}").format(
            path=target, error=error.strerror or error)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(partial)
        raise
    return count
