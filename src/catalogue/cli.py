"""The `catalogue` command: the GUI by default, and export/import for scripts.

Every failure a person can cause (a missing or binary file, a text that is not a press
release, an unwritable output, a database that is not a catalogue) ends as one line on
stderr and a non-zero exit, never a traceback, and leaves the database as it was. Heavy
imports (SQLModel, Qt) happen inside the subcommands so `--help` and `--version` are quick.
"""

import argparse
import contextlib
import dataclasses
import datetime
import os
import re
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from catalogue import __version__, cli_words
from catalogue.errors import one_line
from catalogue.i18n import translate

EXIT_FAILURE = 1
EXIT_USAGE = 2
SEARCH_LIMIT = 200
"""Matches `search` prints without --limit or --all (queries.SEARCH_LIMIT, which this module
does not import to keep --help quick)."""


class CliError(Exception):
    """A failure to report as one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: scripts read stderr."""
        raise CliError(
            translate("Cli", "{message} (see '{prog} --help')").format(
                message=message, prog=self.prog
            ),
            EXIT_USAGE,
        )


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # the right form, a day that never was
            raise argparse.ArgumentTypeError(
                translate("Cli", "--date {text} is not a day of the calendar").format(text=text)
            ) from None
        raise argparse.ArgumentTypeError(
            translate("Cli", "--date must be YYYY-MM-DD, not {text!r}").format(text=text)
        ) from None


MAX_DEMO_RECORDS = 1_000_000
"""demo-data's largest catalogue: without a limit a typo (an extra 0) filled the disk for
hours."""


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a whole number of at least 1, not {text!r}"
                      ).format(text=text))
    return number


def build_parser() -> argparse.ArgumentParser:
    cli_words.install()  # argparse's own words ("usage:", "options") in the locale's language
    parser = _Parser(
        prog="catalogue",
        description=translate(
            "Cli",
            "Catalogue of the Hong Kong/Shanghai Co-operation Conference. "
            "Without a command, opens the main window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Catalogue {__version__}",
                        help=translate("Cli", "show the version number and exit"))
    db_help = translate(
        "Cli",
        "the catalogue: a file, or postgresql://USER@HOST/DBNAME on a server (default: "
        "$CATALOGUE_DB, else the per-user app-data folder); created from the bundled press "
        "release if it does not exist (or the database is empty)",
    )
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "open the main window, select the first measure, save a "
            "screenshot (with --screenshot) and exit",
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help=translate("Cli", "where --self-test saves the window picture"),
    )
    # Hidden: prints how Qt's collator sorts Chinese (Hong Kong, mainland) and English, so
    # the packaged app's ICU data can be checked (tests/core/test_frozen_collation.py).
    parser.add_argument("--collation-check", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser(
        "export", help=translate("Cli", "write the catalogue as CSV (for scripts) or .xlsx "
                                 "(for spreadsheets)")
    )
    export.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    _narrowing(export)
    export.add_argument(
        "out",
        metavar="OUT",
        help=translate(
            "Cli", "the file to write: OUT.xlsx a spreadsheet workbook, OUT.csv (or a name "
            "without extension) the CSV, - the CSV on stdout"
        ),
    )

    importer = commands.add_parser(
        "import", help=translate("Cli", "add a plenary from its press release")
    )
    importer.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    importer.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace the plenary if it is already catalogued"),
    )
    importer.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the plenary's date (releases omit the year)"),
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "print what the import would add (counts, the tree, the "
                       "paragraphs not placed) and write nothing"),
    )
    importer.add_argument(
        "--allow-unplaced",
        action="store_true",
        help=translate("Cli", "import even when some paragraphs of the release could not be "
                       "placed in any record (they are listed)"),
    )
    importer.add_argument(
        "release", metavar="RELEASE.txt", help=translate("Cli", "the press release text")
    )

    search = commands.add_parser(
        "search", help=translate("Cli", "print the records that contain every word")
    )
    search.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    how_many = search.add_mutually_exclusive_group()
    how_many.add_argument(
        "--limit",
        type=_positive,
        default=SEARCH_LIMIT,
        metavar="N",
        help=translate("Cli", "print at most N matches (default 200)"),
    )
    how_many.add_argument(
        "--all",
        dest="limit",
        action="store_const",
        const=None,
        help=translate("Cli", "print every match"),
    )
    _narrowing(search)
    search.add_argument(
        "query", nargs="+", metavar="QUERY",
        help=translate("Cli", "words to look for; a measure's number, such as 12.1, finds "
                       "the measures so numbered (the first of area 12, in every plenary)")
    )

    plenary = commands.add_parser(
        "new-plenary", help=translate("Cli", "start an empty plenary, to fill in in the window")
    )
    plenary.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    plenary.add_argument("--conference", required=True, metavar="NAME", help=translate(
        "Cli", "the conference's full name, e.g. \"Hong Kong/Shanghai Co-operation "
        "Conference\"; a new one is added"))
    plenary.add_argument("--ordinal", required=True, type=_positive, metavar="N",
                         help=translate("Cli", "which plenary of the conference it is"))
    plenary.add_argument("--date", required=True, type=_iso_date, metavar="YYYY-MM-DD",
                         help=translate("Cli", "the day it was held"))
    plenary.add_argument("--place", required=True, metavar="PLACE",
                         help=translate("Cli", "where it was held"))
    plenary.add_argument("--title", metavar="TITLE", help=translate(
        "Cli", "its title (default: \"Seventh Plenary Session of the CONFERENCE\")"))
    plenary.add_argument("--sides", nargs=2, metavar=("SIDE_A", "SIDE_B"), help=translate(
        "Cli", "the two governments of a new conference (default: read from its name, "
        "e.g. \"Hong Kong SAR Government\" \"Beijing Municipal Government\")"))

    demo = commands.add_parser(
        "demo-data",
        help=translate(
            "Cli",
            "write a synthetic catalogue of N records into a new file, to try Catalogue at scale",
        ),
    )
    demo.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the new file to write (default: $CATALOGUE_DB, else the per-user app-data "
            "folder); it must not exist yet",
        ),
    )
    demo.add_argument(
        "--records",
        type=int,
        default=100_000,
        metavar="N",
        help=translate("Cli", "how many records (default 100000, at most 1000000)"),
    )

    backup = commands.add_parser(
        "backup", help=translate("Cli", "back up the catalogue into backups/ beside it")
    )
    backup.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    backups = commands.add_parser(
        "backups",
        help=translate(
            "Cli", "list the catalogue's backups, newest first: file name, time, reason and "
            "record counts, tab-separated"
        ),
    )
    backups.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=translate(
        "Cli", "the catalogue whose backups to list (default: $CATALOGUE_DB, else the "
        "per-user app-data folder); it need not exist any more"))

    restore = commands.add_parser(
        "restore",
        help=translate(
            "Cli", "put a backup in the catalogue's place (the current file is backed up first)"
        ),
    )
    restore.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    restore.add_argument(
        "backup", metavar="BACKUP", help=translate(
            "Cli", "a file from the backups folder (on a server: its owner only)")
    )
    edit = commands.add_parser(
        "edit", help=translate("Cli", "change one field of one record (checked as the window "
                               "checks it; remembered in the history)"))
    _plenary_options(edit, db_help)
    edit.add_argument("record_type", metavar="RECORD_TYPE", help=translate(
        "Cli", "session, area, measure, official, agreement or annex"))
    edit.add_argument("ref", metavar="REF", help=translate(
        "Cli", "the record's ref as the CSV prints it: 3.2 (a measure), xi (an agreement), "
        "4 (an area, official or annex), the ordinal (the plenary)"))
    edit.add_argument("field", metavar="FIELD", help=translate(
        "Cli", "the field to change (e.g. text, name, post, title, notes; an agreement's "
        "annex takes an annex number, its areas area numbers separated by commas)"))
    edit.add_argument("value", metavar="VALUE", help=translate("Cli", "the new value"))

    changes = commands.add_parser(
        "history", help=translate("Cli", "print the changes, newest first: time, officer, "
                                  "what was done and each field as old -> new"))
    _plenary_options(changes, db_help)
    changes.add_argument("--since", type=_since_date, metavar="YYYY-MM-DD", help=translate(
        "Cli", "only changes on or after this day (UTC)"))
    changes.add_argument("record", nargs="*", metavar="RECORD_TYPE REF", help=translate(
        "Cli", "only the changes to this record"))

    export_documents = commands.add_parser(
        "export-documents",
        help=translate("Cli", "write every annex document kept in the catalogue into FOLDER, "
                       "with an index (documents.csv) that also lists the web addresses"),
    )
    export_documents.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                                  help=db_help)
    export_documents.add_argument(
        "folder", metavar="FOLDER", help=translate(
            "Cli", "the folder to write into (made if missing); a file already there is "
                   "never written over: the new one gets a number"))
    copy = commands.add_parser(
        "copy",
        help=translate(
            "Cli", "copy a whole catalogue between a file and a PostgreSQL server (either "
            "way) into an empty destination, and prove the copy"
        ),
    )
    copy.add_argument("--db", metavar="SOURCE", default=argparse.SUPPRESS, help=translate(
        "Cli", "the catalogue to copy: a file, or postgresql://USER@HOST/DBNAME (default: "
        "$CATALOGUE_DB, else the per-user app-data folder)"))
    copy.add_argument("--to", metavar="DEST", required=True, help=translate(
        "Cli", "where to copy it: a new file, or an empty database "
        "postgresql://USER@HOST/DBNAME"))
    return parser


def _plenary_options(command: argparse.ArgumentParser, db_help: str) -> None:
    """--db, --conference and --session: which catalogue, and which plenary in it."""
    command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    command.add_argument("--conference", metavar="NAME", help=translate(
        "Cli", "the conference the plenary belongs to (part of its name will do)"))
    command.add_argument("--session", type=_positive, metavar="N", help=translate(
        "Cli", "the plenary, by its ordinal (may be left out while the catalogue holds "
        "one plenary)"))


def _since_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "--since must be a day as YYYY-MM-DD, not {text!r}").format(
                text=text)) from None
def _narrowing(command: argparse.ArgumentParser) -> None:
    """--conference and --session: narrow an export or a search to one plenary."""
    command.add_argument("--conference", metavar="NAME", help=translate(
        "Cli", "only the plenaries of this conference (its full name, or a part of it that "
        "names one)"))
    command.add_argument("--session", type=_positive, metavar="N", help=translate(
        "Cli", "only plenary N (of --conference, when several conferences have one)"))


def main(argv: Sequence[str] | None = None) -> int:
    # A file name that is not UTF-8 is printed as the bytes it is, as Unix tools do.
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    try:
        args = build_parser().parse_args(argv)
        handler = {
            "export": _export,
            "import": _import,
            "search": _search,
            "new-plenary": _new_plenary,
            "demo-data": _demo_data,
            "backup": _backup,
            "backups": _backups,
            "restore": _restore,
            "edit": _edit,
            "history": _history,
            "export-documents": _export_documents,
            "copy": _copy,
        }.get(args.command, _gui)
        return handler(args)
    except CliError as error:
        return _fail(str(error), error.code)
    except KeyboardInterrupt:
        return _fail(translate("Cli", "interrupted; nothing was changed"), 130)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as error:
        return _fail(one_line(error), EXIT_FAILURE)
    finally:
        _tell_notices()


def _tell_notices() -> None:
    """One stderr line for each thing storage did on its own (a killed restore finished
    when the catalogue was next opened); nothing to ask when storage was never loaded."""
    backups = sys.modules.get("catalogue.storage.backups")
    for notice in backups.take_notices() if backups is not None else ():
        with contextlib.suppress(OSError, AttributeError, ValueError):
            print(f"catalogue: {notice}", file=sys.stderr)


def _fail(message: str, code: int) -> int:
    """One line on stderr (if there still is one), then the exit status."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        print(f"catalogue: {message}", file=sys.stderr)
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (`catalogue search x | head -1`): stop quietly, as Unix tools
    do, and keep Python from complaining about stdout at exit."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_FAILURE


def _export(args: argparse.Namespace) -> int:
    """A file is read with the standard library's sqlite3 alone: no SQLAlchemy import, no
    ORM; a server through the portable writer."""
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import export_location

    if args.out == "-" and sys.stdout is None:
        raise CliError(translate("Cli", "standard output is closed: give a file name"))
    progress = ProgressLine(translate("Cli", "Exporting"))
    try:
        count = export_location(
            resolve_location(args.db),
            args.out,
            progress if args.out != "-" and progress.shown else None,
            conference=args.conference,
            session=args.session,
        )
    finally:
        progress.finish()
    if args.out != "-":
        print(translate("Cli", "Wrote %n record(s) to {path}", None, count).format(path=args.out))
    return 0


def _import(args: argparse.Namespace) -> int:
    """Ctrl+C is noted, not raised, from here to the end of the process: the import stops
    at its next step and rolls back (nothing changed), or, once it has been committed,
    finishes and says the import was saved. A KeyboardInterrupt inside the database code
    could not tell which, and SQLAlchemy would print its traceback."""
    if args.dry_run:
        return _import_dry_run(args)
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda *_: pressed.append(1))

    from catalogue.spec import Cancelled
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import import_file, import_server

    progress = ProgressLine(translate("Cli", "Importing"))

    def step(done: int, total: int) -> bool:
        return not pressed and progress(done, total)

    try:
        location = resolve_location(args.db)
        release, result = (import_server if isinstance(location, ServerAddress)
                           else import_file)(
            location,  # type: ignore[arg-type]
            Path(args.release),
            date=args.date,
            replace=args.replace,
            progress=step,
            allow_unplaced=args.allow_unplaced,
        )
    except Cancelled:
        if pressed:
            raise CliError(translate("Cli", "interrupted; nothing was changed"), 130) from None
        raise
    finally:
        progress.finish()
    verb = translate("Cli", "Replaced") if result.replaced else translate("Cli", "Imported")
    print(f"{verb} {release.title}")
    for kind, count in result.counts.items():
        print(f"  {kind:<10} {count:>6}")
    if release.unplaced:
        print(translate("Cli", "Not placed in any record (add what they say by hand):"))
        for paragraph in release.unplaced:
            print(f"  {paragraph.position()}: {paragraph.text}")
    if pressed:
        raise CliError(translate("Cli", "interrupted after the import was saved"), 130)
    return 0


def _import_dry_run(args: argparse.Namespace) -> int:
    """The summary the window's preview shows, on stdout; nothing is written. The exit
    status says whether the same import without --dry-run would go through."""
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import preview_file

    summary, refusal = preview_file(resolve_location(args.db), Path(args.release),
                                    date=args.date, replace=args.replace,
                                    allow_unplaced=args.allow_unplaced)
    print(summary)
    print(translate("Cli", "Dry run: nothing was written."))
    if refusal is not None:
        raise CliError(refusal)
    return 0


def _search(args: argparse.Namespace) -> int:
    """One line per match: record type, ref (as in the CSV) and its words, tab-separated."""
    from catalogue import queries
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import search_location

    if sys.stdout is None:
        raise CliError(translate("Cli", "standard output is closed: nowhere to print matches"))
    text = " ".join(args.query)
    if not text.split():
        raise CliError(translate("Cli", "give at least one word to search for"), EXIT_USAGE)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(
            translate("Cli", "the words to search for are not valid UTF-8 text"), EXIT_USAGE
        ) from None
    engine = search_location(resolve_location(args.db))
    try:
        plenaries = _plenaries(engine, args.conference, args.session)
        if plenaries is None:
            result = queries.search(engine, text, args.limit)
            lines = queries.match_lines(result, text)
        else:  # every match, then those of the plenaries chosen, then the limit
            result = queries.narrowed(queries.search(engine, text, None), set(plenaries))
            lines = queries.match_lines(result, text)
            if args.limit is not None and len(lines) > args.limit:
                lines = lines[:args.limit]
                result = dataclasses.replace(result, more=True)
    finally:
        engine.dispose()
    for kind, ref, words in lines:
        print(f"{kind}\t{ref}\t{words}")
    count = len(lines)
    if count == 0:
        print(
            translate("Cli", "catalogue: no records match {query!r}").format(query=text),
            file=sys.stderr,
        )
        return EXIT_FAILURE
    if result.more:
        found = translate("Cli", "%n record(s) shown; more match (add words to narrow it, "
                          "or give --limit N or --all)", None, count)
    else:
        found = translate("Cli", "%n record(s) match", None, count)
    print(found, file=sys.stderr)
    return 0


def _plenaries(engine: object, conference: str | None, session: int | None) -> list[int] | None:
    """What --conference and --session choose (workflows.choose_plenaries)."""
    from catalogue.workflows import choose_plenaries

    if conference is None and session is None:
        return None
    connection = engine.raw_connection()  # type: ignore[attr-defined]
    try:
        return choose_plenaries(connection.driver_connection, conference, session)
    finally:
        connection.close()


def _new_plenary(args: argparse.Namespace) -> int:
    """Start an empty plenary; a second with the same conference and ordinal is refused."""
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import new_plenary

    fields = {"ordinal": args.ordinal, "date": args.date, "place": args.place}
    if args.title is not None:
        fields["title"] = args.title
    made = new_plenary(resolve_location(args.db), args.conference, fields,
                       tuple(args.sides) if args.sides else None)
    print(translate("Cli", "Added the {title}").format(title=made.title))
    return 0


class ProgressLine:
    """A progress line on a terminal (and nothing when stderr is a file or a pipe)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.shown:
            percent = 100 * done // max(total, 1)
            print(
                "\r" + translate("Cli", "{label}: {done:,} / %Ln record(s) ({percent}%)", None,
                                 total).format(label=self.label, done=done, percent=percent),
                end="",
                file=sys.stderr,
                flush=True,
            )
        return True

    def finish(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def _demo_data(args: argparse.Namespace) -> int:
    from catalogue.demo import generate
    from catalogue.storage import resolve_db_path

    if args.records < 1:
        raise CliError(translate("Cli", "--records must be at least 1"), EXIT_USAGE)
    if args.records > MAX_DEMO_RECORDS:  # ten times the scale the benchmarks measure
        raise CliError(translate("Cli", "--records can be at most {most:,}").format(
            most=MAX_DEMO_RECORDS), EXIT_USAGE)
    path = resolve_db_path(args.db)
    progress = ProgressLine(translate("Cli", "Generating"))
    try:
        count = generate(path, args.records, progress=progress)
    finally:
        progress.finish()
    print(translate("Cli", "Wrote %n record(s) to {path}", None, count).format(path=path))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import back_up

    path = resolve_location(args.db)
    made = back_up(path)  # the window's File > Back Up Now does the same
    if isinstance(path, ServerAddress):
        print(translate("Cli", "Backed up {address} ({count} records) to {path}").format(
            address=path, count=made.records, path=made.path))
        return 0
    print(translate("Cli", "Backed up to {path}").format(path=made.path))
    return 0


def _backups(args: argparse.Namespace) -> int:
    """One line per backup, newest first: file name, ISO 8601 time with the local offset,
    reason, and the record count per type (`measure=35`, types as the CSV's record_type).
    Read from the backups folder alone, so a catalogue lost or damaged can still be
    restored."""
    from catalogue.kinds import KINDS
    from catalogue.storage import app_data_dir, backup_folder, list_backups
    from catalogue.storage.server import ServerAddress, resolve_location

    if sys.stdout is None:
        raise CliError(translate("Cli", "standard output is closed: nowhere to list backups"))
    location = resolve_location(args.db)
    path = (location.backup_path(app_data_dir()) if isinstance(location, ServerAddress)
            else location)
    shared = (location.shared_backup_path(app_data_dir())
              if isinstance(location, ServerAddress) else None)
    found = list_backups(path, shared)
    for backup in found:
        counts = " ".join(f"{kind}={backup.counts[info.table]}" for kind, info in KINDS.items())
        print(f"{backup.path.name}\t{backup.taken.astimezone().isoformat(timespec='seconds')}"
              f"\t{backup.reason}\t{counts}")
    if not found:
        print(translate("Cli", "catalogue: {path} has no backups yet (in {folder})").format(
            path=path, folder=backup_folder(path)), file=sys.stderr)
    return 0


def _no_such_backup(path: Path, name: str, shared: Path | None = None) -> CliError:
    """One line that names the backups there are, so the next try can be right."""
    from catalogue.storage import list_backup_files

    names = [file.name for file in list_backup_files(path, shared)]
    if not names:
        return CliError(translate("Cli", "{name}: no such backup; {path} has no backups yet"
                                  ).format(name=name, path=path))
    return CliError(translate("Cli", "{name}: no such backup; the backups are: {names}").format(
        name=name, names=", ".join(names)))


def _restore(args: argparse.Namespace) -> int:
    from catalogue.storage import StoreError, app_data_dir
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import find_backup, restore, restore_server

    path = resolve_location(args.db)
    if isinstance(path, ServerAddress):  # its owner only; backups are local files
        named = path.backup_path(app_data_dir())
        try:
            backup = find_backup(named, args.backup)
        except StoreError:
            raise _no_such_backup(named, args.backup,
                                  path.shared_backup_path(app_data_dir())) from None
        kept, restored = restore_server(path, backup)
        print(translate("Cli", "The replaced catalogue was saved as {path}").format(path=kept))
        print(translate("Cli", "Restored {address} ({count} records) from {backup}").format(
            address=path, count=restored.records, backup=backup))
        return 0
    try:
        backup = find_backup(path, args.backup)
    except StoreError:  # no such file (a link to nothing is said again by the listing)
        raise _no_such_backup(path, args.backup) from None
    saved = restore(path, backup, "catalogue restore")
    if saved is not None:
        print(translate("Cli", "The replaced catalogue was saved as {path}").format(path=saved))
    print(translate("Cli", "Restored {path} from {backup}").format(path=path, backup=backup))
    return 0


def _plenary(engine: Any, args: argparse.Namespace) -> Any:
    """The plenary --session and --conference name; the only one when neither is needed."""
    from catalogue import queries

    plenaries = queries.plenaries(engine)
    if args.conference:
        wanted = args.conference.casefold()
        plenaries = [p for p in plenaries
                     if wanted in str(p.values["conference_name"]).casefold()]
        if not plenaries:
            raise CliError(translate("Cli", "no plenary of a conference named {name!r}").format(
                name=args.conference))
    if args.session is not None:
        chosen = [p for p in plenaries if p.values["ordinal"] == args.session]
        if not chosen:
            raise CliError(translate("Cli", "there is no plenary {n} (there are: {known})").format(
                n=args.session, known=", ".join(
                str(ordinal) for ordinal in sorted({p.values["ordinal"] for p in plenaries}))))
        if len(chosen) > 1:
            raise CliError(translate(
                "Cli", "plenary {n} is in several conferences: give --conference").format(
                    n=args.session), EXIT_USAGE)
        return chosen[0]
    if len(plenaries) == 1:
        return plenaries[0]
    if not plenaries:
        raise CliError(translate("Cli", "the catalogue holds no plenary"))
    raise CliError(translate(  # two or more: no singular needed
        "Cli", "the catalogue holds {count} plenaries: give --session (one of {known})").format(
            count=len(plenaries), known=", ".join(
                str(ordinal) for ordinal in sorted({p.values["ordinal"] for p in plenaries}))),
        EXIT_USAGE)


def _record_type(type_text: str) -> Any:
    """The kind RECORD_TYPE names; one line when none does (checked before the file is
    opened, so a typo never upgrades or locks it)."""
    from catalogue.kinds import KINDS, parse_kind

    kind = parse_kind(type_text)
    if kind is None:
        raise CliError(translate("Cli", "no record type {kind!r} (one of: {kinds})").format(
            kind=type_text, kinds=", ".join(KINDS)), EXIT_USAGE)
    return kind


def _edit_field(kind: Any, given: str) -> str:
    """The field FIELD names for `kind` (an agreement's `annex` and `areas` by their own
    names); one line when it has none."""
    from catalogue.kinds import Kind, ListKind
    from catalogue.spec import FIELDS

    aliases = {Kind.ANNEX.value: "annex_id", ListKind.AREAS.value: "area_ids"}
    field = aliases.get(given, given) if kind == Kind.AGREEMENT else given
    if field not in FIELDS[kind]:
        raise CliError(translate("Cli", "a {kind} has no field {field!r} (its fields: "
                                 "{fields})").format(kind=kind, field=given,
                                                     fields=", ".join(FIELDS[kind])),
                       EXIT_USAGE)
    return field


def _record_named(engine: Any, args: argparse.Namespace, type_text: str, ref: str) -> Any:
    """(kind, id, plenary) of the record RECORD_TYPE REF names; one line when none does."""
    from catalogue import queries
    from catalogue.kinds import KINDS, Kind

    kind = _record_type(type_text)
    plenary = _plenary(engine, args)
    if kind == Kind.SESSION and args.session is None and ref.strip().isdigit():
        args.session = int(ref)
        plenary = _plenary(engine, args)
    record_id = queries.record_by_ref(engine, plenary.id, kind, ref)
    if record_id is None:
        raise CliError(translate("Cli", "{plenary} has no {kind} {ref}").format(
            plenary=plenary.values["title"].split(" of the ")[0], kind=KINDS[kind].name(),
            ref=ref))
    return kind, record_id, plenary


def _edit_value(engine: Any, kind: Any, plenary: Any, field: str, value: str) -> Any:
    """VALUE as the services take it: an annex by its number, areas by their numbers."""
    from catalogue import queries
    from catalogue.kinds import Kind

    if field == "annex_id":
        if not value.strip():
            return None
        annex = queries.record_by_ref(engine, plenary.id, Kind.ANNEX, value)
        if annex is None:
            raise CliError(translate("Cli", "there is no annex {ref}").format(ref=value))
        return annex
    if field == "area_ids":
        areas = []
        for ref in re.split(r"[\s,;]+", value.strip()):
            if not ref:
                continue
            area = queries.record_by_ref(engine, plenary.id, Kind.AREA, ref)
            if area is None:
                raise CliError(translate("Cli", "there is no co-operation area {ref}").format(
                    ref=ref))
            areas.append(area)
        return areas
    return value


def _edit(args: argparse.Namespace) -> int:
    """Change one field through the services, as the window's editor does: the same
    checks, the same history (source 'command line', the operating-system user)."""
    from catalogue import naming, queries, services
    from catalogue.spec import Source, ValidationError
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import writing_location

    field = _edit_field(_record_type(args.record_type), args.field)  # before the file opens
    with writing_location(resolve_location(args.db), "catalogue edit") as engine:
        kind, record_id, plenary = _record_named(engine, args, args.record_type, args.ref)
        value = _edit_value(engine, kind, plenary, field, args.value)
        try:
            cleaned = services.clean_fields(engine, kind, record_id, None, {field: value})
        except ValidationError as error:
            raise CliError(f"{args.field}: {error}") from None
        before = queries.record(engine, kind, record_id)
        what = naming.describe(kind, before)
        old = before.get(field)
        if _same(old, cleaned[field]):
            print(translate("Cli", "{what}: {field} is already that; nothing changed").format(
                what=what, field=args.field))
            return 0
        services.update_record(engine, kind, record_id, {field: value},  # on what was read:
                               origin=Source.COMMAND_LINE,  # a change since is a conflict
                               version=before["version"])
    print(translate("Cli", "{what}: {field}: {old} -> {new}").format(
        what=what, field=args.field, old=_shown(old), new=_shown(cleaned[field])))
    return 0


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, list | tuple) or isinstance(new, list | tuple):
        return sorted(old or ()) == sorted(new or ())
    return bool(old == new)


def _shown(value: Any) -> str:
    """A value in `history` and `edit` output: text quoted (line breaks as \\n), nothing
    as (none)."""
    import json

    from catalogue.documents import listed

    if value is None or value == "":
        return translate("Cli", "(none)")
    if isinstance(value, dict) or (isinstance(value, list) and value
                                   and isinstance(value[0], dict)):
        return listed(value)  # documents: by name and size, never their bytes
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)


def _history(args: argparse.Namespace) -> int:
    """One block per change set, newest first: a line with the time (UTC), officer, label
    and source, then one line per record touched and per field: `old -> new`."""
    from catalogue import history
    from catalogue.export import iso_utc
    from catalogue.storage import StoreError
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import search_location

    if sys.stdout is None:
        raise CliError(translate("Cli", "standard output is closed: nowhere to print"))
    if args.record and len(args.record) != 2:
        raise CliError(translate("Cli", "give a record as RECORD_TYPE REF (e.g. measure 3.2)"),
                       EXIT_USAGE)
    location = resolve_location(args.db)
    if not isinstance(location, ServerAddress) and not location.exists():
        raise StoreError(translate("Cli", "{path} does not exist").format(path=location))
    engine = search_location(location)
    try:
        if args.record:
            kind, record_id, _plenary_item = _record_named(engine, args, *args.record)
            entries = history.record_history(engine, kind, record_id)
            if args.since is not None:
                entries = [e for e in entries if e.at.date() >= args.since]
        else:
            entries = history.activity(engine, since=args.since)
            if args.session is not None or args.conference:
                entries = _in_plenary(engine, entries, _plenary(engine, args).id)
        lines = _history_lines(engine, entries, every_field=bool(args.record), stamp=iso_utc)
    finally:
        engine.dispose()
    for line in lines:
        print(line)
    if not entries:
        print(translate("Cli", "catalogue: no changes"), file=sys.stderr)
    return 0


def _in_plenary(engine: Any, entries: list[Any], session_id: int) -> list[Any]:
    """The changes to records of one plenary: those it holds now, and those deleted from
    it (their parent link says so)."""
    from catalogue import queries
    from catalogue.kinds import GROUPS, Kind, ListKey

    mine: set[tuple[str, int]] = {(Kind.SESSION, session_id)}
    areas = set()
    for group in GROUPS:  # each group's list (queries.children has no plenary's list)
        for item in queries.children(engine, ListKey(group, session_id)):
            mine.add((item.kind, item.id))
            if item.kind == Kind.AREA:
                areas.add(item.id)
                mine |= {(m.kind, m.id) for m in queries.children(engine, item.key)  # type: ignore[arg-type]
                         if m.kind == Kind.MEASURE}

    def parent_in(entry: Any) -> bool:
        session = entry.fields.get("session_id", (None, None))
        area = entry.fields.get("area_id", (None, None))
        return session_id in session or any(a in areas for a in area if a is not None)

    return [e for e in entries if (e.kind, e.record_id) in mine or parent_in(e)]


def _history_lines(engine: Any, entries: list[Any], every_field: bool,
                   stamp: Any) -> list[str]:
    from itertools import groupby

    from catalogue import naming, queries
    from catalogue.spec import NotFound

    names: dict[tuple[str, int], str] = {}
    positions: dict[int, int] = {}

    def name(entry: Any) -> str:
        """How the record is called now; an add or a delete from its own fields (listing
        an import names thousands of records: no query for each)."""
        key = (entry.kind, entry.record_id)
        if key in names:
            return names[key]
        if entry.operation != "update":
            values = {field: old if old is not None else new
                      for field, (old, new) in entry.fields.items()}
            if "area_id" in values:
                if not positions:
                    positions.update(queries.area_positions(engine))
                values["area_position"] = positions.get(values["area_id"], "?")
            return naming.describe(entry.kind, values)
        try:
            names[key] = naming.describe(entry.kind, queries.record(
                engine, entry.kind, entry.record_id))
        except NotFound:
            names[key] = f"{entry.kind} #{entry.record_id}"
        return names[key]

    lines: list[str] = []
    for _set_id, group in groupby(entries, key=lambda entry: entry.change_set_id):
        block = list(group)
        first = block[0]
        if lines:
            lines.append("")
        lines.append(f"{stamp(first.at)}  {first.officer}  {first.label}  ({first.source})")
        for entry in block:
            if entry.whole:  # a backup restored: the header line says it all
                continue
            fields = {k: v for k, v in entry.fields.items() if k not in ("updated_at", "version")}
            if entry.operation != "update" and not every_field:
                sign = "+" if entry.operation == "add" else "-"
                lines.append(f"  {sign} {name(entry)}")
                continue
            head = {"add": translate("Cli", "added"), "delete": translate("Cli", "deleted"),
                    "update": ""}[entry.operation]
            lines.append(f"  {name(entry)}" + (f" ({head})" if head else ""))
            for field, (old, new) in fields.items():
                if _shown(old) != _shown(new):  # an add's empty notes: nothing to say
                    lines.append(f"    {field}: {_shown(old)} -> {_shown(new)}")
    return lines


def _export_documents(args: argparse.Namespace) -> int:
    """One line per file written (its name in FOLDER), then what was written."""
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import export_documents

    progress = ProgressLine(translate("Cli", "Exporting documents"))
    try:
        result = export_documents(resolve_location(args.db), Path(args.folder),
                                  progress if progress.shown else None)
    finally:
        progress.finish()
    for name in result.files:
        print(name)
    print(translate("Cli", "Wrote %n document(s) to {folder}", None, len(result.files)).format(
        folder=args.folder) + translate("Cli", ", listed with %n web address(es) in {index}",
                                        None, result.links).format(index=result.index))
    return 0


def _copy(args: argparse.Namespace) -> int:
    """Copy, then print what was copied and how it was proved (tab-free, for people)."""
    from catalogue.kinds import KINDS
    from catalogue.storage.server import resolve_location
    from catalogue.workflows import copy_catalogue

    source, destination = resolve_location(args.db), resolve_location(args.to)
    if source == destination:
        raise CliError(translate("Cli", "--db and --to name the same catalogue"), EXIT_USAGE)
    result = copy_catalogue(source, destination)
    print(translate("Cli", "Copied %n record(s) from {source} to {destination}", None,
                    result.records).format(source=source, destination=destination))
    for kind, info in KINDS.items():
        print(f"  {kind:<10} {result.counts.get(info.table, 0):>6}")
    print(translate("Cli", "Proved: the same rows in all {tables} tables and an identical CSV "
                    "export (SHA-256 {digest})").format(tables=len(result.counts),
                                                       digest=result.digest))
    return 0


def _gui(args: argparse.Namespace) -> int:
    if args.screenshot and not args.self_test:
        raise CliError(translate("Cli", "--screenshot goes with --self-test"), EXIT_USAGE)
    try:
        from catalogue.ui.app import collation_check, run
    except ImportError as error:
        raise CliError(
            translate("Cli", "the main window cannot start: {error}").format(error=error)
        ) from None
    if getattr(args, "collation_check", False):
        return collation_check()
    return run(args)
