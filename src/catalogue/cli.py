"""The `catalogue` command: the GUI by default, and export/import for scripts.

Every failure a person can cause (a missing or binary file, a text that is not a press
release, an unwritable output, a database that is not a catalogue) ends as one line on
stderr and a non-zero exit, never a traceback, and leaves the database as it was. Heavy
imports (SQLModel, Qt) happen inside the subcommands so `--help` and `--version` are quick.
"""

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from catalogue import __version__
from catalogue.i18n import tr

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A failure to report as one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: scripts read stderr."""
        raise CliError(tr("{message} (see '{prog} --help')").format(
            message=message, prog=self.prog), EXIT_USAGE)


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("--date must be YYYY-MM-DD, not {text!r}").format(text=text)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="catalogue",
        description=tr("Catalogue of the Hong Kong/Shanghai Co-operation Conference. "
                       "Without a command, opens the main window."),
    )
    parser.add_argument("--version", action="version", version=f"Catalogue {__version__}")
    db_help = tr("the catalogue database (default: $CATALOGUE_DB, else the per-user app-data "
                 "folder); created from the bundled press release if it does not exist")
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--self-test", action="store_true",
                        help=tr("open the main window, select the first measure, save a "
                                "screenshot (with --screenshot) and exit"))
    parser.add_argument("--screenshot", metavar="OUT.png", help=tr("where --self-test saves "
                                                                   "the window picture"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser("export", help=tr("write the CSV catalogue"))
    export.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    export.add_argument("out", metavar="OUT.csv", help=tr("the CSV file to write, - for stdout"))

    importer = commands.add_parser("import", help=tr("add a plenary from its press release"))
    importer.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    importer.add_argument("--replace", action="store_true",
                          help=tr("replace the plenary if it is already catalogued"))
    importer.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                          help=tr("the plenary's date (releases omit the year)"))
    importer.add_argument("release", metavar="RELEASE.txt", help=tr("the press release text"))

    search = commands.add_parser("search", help=tr("print the records that contain every "
                                                   "word"))
    search.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    search.add_argument("query", nargs="+", metavar="QUERY", help=tr("words to look for"))

    demo = commands.add_parser("demo-data", help=tr("write a synthetic catalogue of N records "
                                                    "into a new file, to try Catalogue at "
                                                    "scale"))
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    demo.add_argument("--records", type=int, default=100_000, metavar="N",
                      help=tr("how many records (default 100000)"))

    backup = commands.add_parser("backup", help=tr("back up the catalogue into backups/ "
                                                   "beside it"))
    backup.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    restore = commands.add_parser("restore", help=tr("put a backup in the catalogue's place "
                                                     "(the current file is backed up first)"))
    restore.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    restore.add_argument("backup", metavar="BACKUP", help=tr("a file from the backups folder"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        handler = {"export": _export, "import": _import, "search": _search,
                   "demo-data": _demo_data, "backup": _backup,
                   "restore": _restore}.get(args.command, _gui)
        return handler(args)
    except CliError as error:
        print(f"catalogue: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        print(tr("catalogue: interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except Exception as error:
        return _report_failure(error)


def _report_failure(error: Exception) -> int:
    """Known failures become their message; anything else says what it was, in one line."""
    from catalogue.db import StoreError
    from catalogue.export import ExportError
    from catalogue.release import ReleaseError
    from catalogue.services import ServiceError

    if isinstance(error, StoreError | ExportError | ReleaseError | ServiceError):
        message = str(error)
    else:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):
            detail = str(getattr(error, "orig", error)).splitlines()[0]
            message = tr("the database could not be used: {detail}").format(detail=detail)
        else:
            message = tr("unexpected {name}: {detail}").format(
                name=type(error).__name__, detail=str(error).splitlines()[0] if str(error) else "")
    print(f"catalogue: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _open(args: argparse.Namespace):
    from catalogue.db import open_catalogue, resolve_db_path

    return open_catalogue(resolve_db_path(args.db))


def _export(args: argparse.Namespace) -> int:
    """Reads with the standard library's sqlite3 alone: no SQLAlchemy import, no ORM."""
    import sqlite3

    from catalogue.db import open_to_read, read_failed, record_totals, resolve_db_path
    from catalogue.export import export_csv

    path = resolve_db_path(args.db)
    connection = open_to_read(path)
    progress = ProgressLine(tr("Exporting"))
    try:
        if args.out != "-" and progress.shown:
            total = sum(record_totals(connection).values())
            count = export_csv(connection, args.out, lambda done: progress(done, total))
        else:
            count = export_csv(connection, args.out)
    except sqlite3.DatabaseError as error:
        raise read_failed(path, error) from None
    finally:
        progress.finish()
        connection.close()
    if args.out != "-":
        print(tr("Wrote {count} records to {path}").format(count=count, path=args.out))
    return 0


def _import(args: argparse.Namespace) -> int:
    from catalogue.bundled import curation_for
    from catalogue.release import ReleaseError, parse_release, read_release_file
    from catalogue.services import import_release

    try:
        text = read_release_file(Path(args.release))
    except ReleaseError as error:
        raise CliError(str(error)) from None
    try:
        release = parse_release(text)
    except ValueError as error:
        raise CliError(tr("{path} is not a plenary press release: {reason}").format(
            path=args.release, reason=error)) from None
    curation = curation_for(release.ordinal)
    release.resolve_date(args.date or curation.date)  # refuse before touching the database
    from catalogue.db import WriterLock, make_backup, open_catalogue, resolve_db_path

    path = resolve_db_path(args.db)
    engine = open_catalogue(path)
    progress = ProgressLine(tr("Importing"))
    try:
        with WriterLock(path, "catalogue import"):
            if args.replace:
                make_backup(path, "before-replace")
            result = import_release(engine, release, date=args.date, curation=curation,
                                    replace=args.replace, progress=progress)
    finally:
        progress.finish()
        engine.dispose()
    verb = tr("Replaced") if result.replaced else tr("Imported")
    print(f"{verb} {release.title}")
    for kind, count in result.counts.items():
        print(f"  {kind:<10} {count:>6}")
    return 0


def _search(args: argparse.Namespace) -> int:
    """One line per match: record type, ref (as in the CSV) and its words, tab-separated."""
    from catalogue import queries

    text = " ".join(args.query)
    if not text.split():
        raise CliError(tr("give at least one word to search for"), EXIT_USAGE)
    engine = _open(args)
    try:
        result = queries.search(engine, text)
        lines = queries.match_lines(result)
    finally:
        engine.dispose()
    for kind, ref, words in lines:
        print(f"{kind}\t{ref}\t{words}")
    count = len(lines)
    if count == 0:
        print(tr("catalogue: no records match {query!r}").format(query=text), file=sys.stderr)
        return EXIT_FAILURE
    more = tr(" (more match: add words to narrow it)") if result.more else ""
    print((tr("1 record matches") if count == 1 else tr("{count} records match").format(
        count=count)) + more, file=sys.stderr)
    return 0


class ProgressLine:
    """A progress line on a terminal (and nothing when stderr is a file or a pipe)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.shown:
            percent = 100 * done // max(total, 1)
            print(f"\r{self.label}: {done:,} / {total:,} records ({percent}%)", end="",
                  file=sys.stderr, flush=True)
        return True

    def finish(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def _demo_data(args: argparse.Namespace) -> int:
    from catalogue.db import resolve_db_path
    from catalogue.demo import generate

    if args.records < 1:
        raise CliError(tr("--records must be at least 1"), EXIT_USAGE)
    path = resolve_db_path(args.db)
    progress = ProgressLine(tr("Generating"))
    try:
        count = generate(path, args.records, progress=progress)
    finally:
        progress.finish()
    print(tr("Wrote {count} records to {path}").format(count=count, path=path))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from catalogue.db import check_catalogue_file, make_backup, resolve_db_path

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CliError(tr("{path} does not exist").format(path=path))
    check_catalogue_file(path)
    print(tr("Backed up to {path}").format(path=make_backup(path, "manual")))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from catalogue.db import WriterLock, resolve_db_path, restore_backup

    path = resolve_db_path(args.db)
    backup = Path(args.backup)
    if not backup.is_file():
        candidate = path.parent / "backups" / args.backup
        if not candidate.is_file():
            raise CliError(tr("{path}: no such backup").format(path=backup))
        backup = candidate
    with WriterLock(path, "catalogue restore"):
        saved = restore_backup(path, backup)
    if saved is not None:
        print(tr("The replaced catalogue was saved as {path}").format(path=saved))
    print(tr("Restored {path} from {backup}").format(path=path, backup=backup))
    return 0


def _gui(args: argparse.Namespace) -> int:
    if args.screenshot and not args.self_test:
        raise CliError(tr("--screenshot goes with --self-test"), EXIT_USAGE)
    try:
        from catalogue.ui.app import run
    except ImportError as error:
        raise CliError(tr("the main window cannot start: {error}").format(error=error)) from None
    return run(args)
