"""The `catalogue` command: the GUI by default, and export/import for scripts.

Every failure a person can cause (a missing or binary file, a text that is not a press
release, an unwritable output, a database that is not a catalogue) ends as one line on
stderr and a non-zero exit, never a traceback, and leaves the database as it was. Heavy
imports (SQLModel, Qt) happen inside the subcommands so `--help` and `--version` are quick.
"""

import argparse
import contextlib
import datetime
import os
import re
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from catalogue import __version__
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
    parser = _Parser(
        prog="catalogue",
        description=translate(
            "Cli",
            "Catalogue of the Hong Kong/Shanghai Co-operation Conference. "
            "Without a command, opens the main window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Catalogue {__version__}")
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser(
        "export", help=translate("Cli", "write the catalogue as CSV (for scripts) or .xlsx "
                                 "(for spreadsheets)")
    )
    export.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
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
    search.add_argument(
        "query", nargs="+", metavar="QUERY", help=translate("Cli", "words to look for")
    )

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
        help=translate("Cli", "how many records (default 100000)"),
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
        "backup", metavar="BACKUP", help=translate("Cli", "a file from the backups folder")
    )
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
            "demo-data": _demo_data,
            "backup": _backup,
            "backups": _backups,
            "restore": _restore,
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
    if pressed:
        raise CliError(translate("Cli", "interrupted after the import was saved"), 130)
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
        result = queries.search(engine, text, args.limit)
        lines = queries.match_lines(result, text)
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
    path = resolve_db_path(args.db)
    progress = ProgressLine(translate("Cli", "Generating"))
    try:
        count = generate(path, args.records, progress=progress)
    finally:
        progress.finish()
    print(translate("Cli", "Wrote %n record(s) to {path}", None, count).format(path=path))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from catalogue.storage import check_catalogue_file, make_backup
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import backup_server

    path = resolve_location(args.db)
    if isinstance(path, ServerAddress):
        target, copied = backup_server(path)
        print(translate("Cli", "Backed up {address} ({count} records) to {path}").format(
            address=path, count=copied.records, path=target))
        return 0
    if not path.exists():
        raise CliError(translate("Cli", "{path} does not exist").format(path=path))
    check_catalogue_file(path)
    print(translate("Cli", "Backed up to {path}").format(path=make_backup(path, "manual")))
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
    found = list_backups(path)
    for backup in found:
        counts = " ".join(f"{kind}={backup.counts[info.table]}" for kind, info in KINDS.items())
        print(f"{backup.path.name}\t{backup.taken.astimezone().isoformat(timespec='seconds')}"
              f"\t{backup.reason}\t{counts}")
    if not found:
        print(translate("Cli", "catalogue: {path} has no backups yet (in {folder})").format(
            path=path, folder=backup_folder(path)), file=sys.stderr)
    return 0


def _no_such_backup(path: Path, name: str) -> CliError:
    """One line that names the backups there are, so the next try can be right."""
    from catalogue.storage import list_backup_files

    names = [file.name for file in list_backup_files(path)]
    if not names:
        return CliError(translate("Cli", "{name}: no such backup; {path} has no backups yet"
                                  ).format(name=name, path=path))
    return CliError(translate("Cli", "{name}: no such backup; the backups are: {names}").format(
        name=name, names=", ".join(names)))


def _restore(args: argparse.Namespace) -> int:
    from catalogue.storage import StoreError
    from catalogue.storage.server import ServerAddress, resolve_location
    from catalogue.workflows import find_backup, refuse_server_restore, restore

    path = resolve_location(args.db)
    if isinstance(path, ServerAddress):
        raise refuse_server_restore(path)
    try:
        backup = find_backup(path, args.backup)
    except StoreError:  # no such file (a link to nothing is said again by the listing)
        raise _no_such_backup(path, args.backup) from None
    saved = restore(path, backup, "catalogue restore")
    if saved is not None:
        print(translate("Cli", "The replaced catalogue was saved as {path}").format(path=saved))
    print(translate("Cli", "Restored {path} from {backup}").format(path=path, backup=backup))
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
        from catalogue.ui.app import run
    except ImportError as error:
        raise CliError(
            translate("Cli", "the main window cannot start: {error}").format(error=error)
        ) from None
    return run(args)
