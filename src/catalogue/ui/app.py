"""Starting the GUI: the application object, translations, the database, the window.

`--self-test --screenshot OUT.png` opens the real window, selects the first measure of the
first area, saves a 1280x800 picture and exits; CI and the packaged build use it to prove
the app starts on a machine with no screen (QT_QPA_PLATFORM=offscreen). It, and a probe
run not given CATALOGUE_SETTINGS_DIR, keep their settings, crash log and (without --db)
catalogue in a throw-away folder: a test run must never change the officer's window size
or data folder.
"""

import argparse
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from catalogue import __version__, i18n
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.storage import StoreError, first_screen, resolve_db_path
from catalogue.storage.location import DB_ENV_VAR, DB_FILE_NAME, chosen_location, names_server
from catalogue.storage.server import ServerAddress
from catalogue.ui import language
from catalogue.ui.crash import LOG_NAME, CrashHandler
from catalogue.ui.icons import app_icon, resource_folder
from catalogue.ui.main_window import MainWindow
from catalogue.ui.safety import open_for_window, open_server_for_window

SELF_TEST_SIZE = (1280, 800)
SHOWN_PROBE = "CATALOGUE_EXIT_WHEN_SHOWN"
"""Benchmarks set this: the app prints 'window shown' once its window is up, then quits."""
INTERACTIVE_PROBE = "CATALOGUE_EXIT_WHEN_INTERACTIVE"
"""Benchmarks set this: the app prints 'record shown' once the editor shows its first record
and a 0 ms timer has then fired (the event loop is free: the officer can work), then quits."""
WARM_UP_LATEST_MS = 400
"""The warm-up (and with it the whole-file check) starts after the first record is shown, or
after this long when none is (an empty catalogue, a window without focus)."""
SETTINGS_DIR = "CATALOGUE_SETTINGS_DIR"
"""A folder for the settings instead of the user's own store (tests, benchmarks)."""


def make_application(settings_dir: str | os.PathLike[str] | None = None) -> QApplication:
    """The application; settings go to `settings_dir` (else $CATALOGUE_SETTINGS_DIR) when
    given, else to the platform's per-user store."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Catalogue")
    app.setApplicationName("Catalogue")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    settings_dir = settings_dir or os.environ.get(SETTINGS_DIR)
    if settings_dir:
        # An INI file there on every platform (the native store, the Windows registry or a
        # macOS plist, has no folder to move).
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          os.fspath(settings_dir))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """Qt translates every message, the core's too; catalogue_en.qm gives the English plural
    forms ("1 record matches"), which Qt needs even in the source language."""
    if app.findChild(QTranslator, "catalogue_en") is None:
        translator = QTranslator(app)
        translator.setObjectName("catalogue_en")
        qm = resource_folder().joinpath("translations", "catalogue_en.qm")
        if translator.load(str(qm)):
            app.installTranslator(translator)
        else:
            warnings.warn(f"{qm} is missing: reinstall Catalogue to compile it", stacklevel=2)
    # The language chosen in View > Language, else the locale's (Chinese for zh_HK,
    # zh_CN...): its translators, and its QLocale for dates and numbers; English is C's
    # locale with digits grouped, so a count (%Ln) reads "20,000" rather than "20000".
    language.start()
    i18n.install(QCoreApplication.translate)


def open_window(db: str | None, *, interactive: bool = True) -> MainWindow | None:
    """The main window on a catalogue, or None when the officer chose not to open it.

    Not `interactive` (the self-test), the whole file is checked before the window opens
    and any question becomes a StoreError, so nothing waits on a dialog nobody sees."""
    chosen = chosen_location(db)
    if names_server(chosen):  # a team catalogue: no file to check, no first screen to read
        return MainWindow(open_server_for_window(ServerAddress(str(chosen))), None)
    path = resolve_db_path(db)
    # the window checks the file once it is shown
    opened = open_for_window(path, check_later=interactive, interactive=interactive)
    if opened is None:
        return None
    try:
        first = first_screen(path)
    except StoreError:
        first = None  # the window reads its first screen through the ORM instead
        if not opened.checked:  # unreadable already: check now, offering a backup if damaged
            opened.close()
            opened = open_for_window(path, interactive=interactive)
            if opened is None:
                return None
    return MainWindow(opened, first)


def run(args: argparse.Namespace) -> int:
    """The window until it closes. The benchmarks give their probe runs folders of their own
    (settings, data), so what they time is a start like the officer's."""
    probe = os.environ.get(SHOWN_PROBE) or os.environ.get(INTERACTIVE_PROBE)
    if not (args.self_test or (probe and not os.environ.get(SETTINGS_DIR))):
        return _run(args, None)
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="catalogue-self-test-"))
    try:
        return _run(args, scratch)
    finally:
        if not (scratch / LOG_NAME).exists():  # kept when it holds a crash's details
            shutil.rmtree(scratch, ignore_errors=True)


def _run(args: argparse.Namespace, scratch: Path | None) -> int:
    """The window; with a `scratch` folder (a self-test or a probe run), settings, the crash
    log and, unless a catalogue is named, the catalogue go there."""
    app = make_application(scratch)
    handler = CrashHandler(lambda: app.activeWindow(), headless=args.self_test,
                           log_dir=scratch)
    handler.install()
    db = args.db
    if scratch is not None and not (db or os.environ.get(DB_ENV_VAR)):
        db = str(scratch / DB_FILE_NAME)
    try:
        window = open_window(db, interactive=not args.self_test)
        if window is None:
            return 1
    except StoreError as error:
        if args.self_test:
            print(f"catalogue: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, translate("App", "Catalogue"), str(error))
        return 1
    if args.self_test:
        code = self_test(app, window, Path(args.screenshot) if args.screenshot else None)
        return 1 if handler.count else code
    app.aboutToQuit.connect(window.stop_background_work)
    if os.environ.get(SHOWN_PROBE):  # queued first: it runs once the window is drawn
        QTimer.singleShot(0, lambda: (print("window shown", flush=True), app.quit()))
    if os.environ.get(INTERACTIVE_PROBE):  # connected first: it runs before the warm-up
        after_first_record(window, lambda: (print("record shown", flush=True), app.quit()))
    window.session.check_with_warm_up()
    after_first_record(window, window.warm_up)
    QTimer.singleShot(WARM_UP_LATEST_MS, window.warm_up)  # when no record is shown by then
    window.show()
    return app.exec()


def after_first_record(window: MainWindow, action: Callable[[], object]) -> None:
    """Run `action` once the editor has shown its first record and the events queued by
    then (painting it) are done. The warm-up waits for this: its ORM import, though on a
    worker thread, holds Python's interpreter lock most of the time, and the window's first
    paint and record took about 50 ms longer beside it."""
    def shown() -> None:
        if window.editor.record_id is not None:
            window.controller.changed.disconnect(shown)
            QTimer.singleShot(0, action)

    window.controller.changed.connect(shown)


def _first_measure(model: Any) -> tuple[QModelIndex, QModelIndex]:
    """The first area of the first plenary that has one (newest first, under the first
    conference when there are several), and its first row."""
    def rows(parent: QModelIndex) -> list[QModelIndex]:
        if model.canFetchMore(parent):
            model.fetchMore(parent)
        return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]

    for top in rows(QModelIndex()):
        plenaries = rows(top) if model.node(top).kind == Kind.CONFERENCE else [top]
        for plenary in plenaries:
            groups = rows(plenary)
            first_area = rows(groups[0])[0] if groups and rows(groups[0]) else None
            if first_area is not None:
                return first_area, model.index(0, 0, first_area) if rows(first_area) else (
                    QModelIndex())
    return QModelIndex(), QModelIndex()


def self_test(app: QApplication, window: MainWindow, screenshot: Path | None) -> int:
    """Show the window, select the first measure of the first area, save a picture."""
    window.resize(*SELF_TEST_SIZE)
    window.show()
    app.processEvents()
    model, tree = window.model, window.tree
    first_area, first_measure = _first_measure(model)
    if not first_measure.isValid() or model.node(first_measure).kind != Kind.MEASURE:
        print("catalogue: self-test failed: the first area has no measure", file=sys.stderr)
        return 1
    tree.expand(first_area)
    tree.setCurrentIndex(first_measure)
    app.processEvents()
    if window.editor.kind != Kind.MEASURE:
        print("catalogue: self-test failed: the editor did not show the measure",
              file=sys.stderr)
        return 1
    if language.missing():
        print(f"catalogue: self-test failed: {', '.join(language.missing())} could not be "
              "loaded", file=sys.stderr)
        return 1
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot)):
            print(f"catalogue: self-test failed: cannot write {screenshot}", file=sys.stderr)
            return 1
    print(f"self-test passed: {window.windowTitle().replace('[*]', '')}, "
          f"{window.counts.text()}")
    window.close()
    return 0


COLLATION_WORDS = ("香港", "上海", "中國", "一", "廣東", "三", "二", "十", "經濟")
"""Chinese words whose order differs by stroke count, by pinyin and by code point."""
COLLATION_ENGLISH = ("banana", "Eclair", "apple", "Cherry", "\u00e9clair", "Apple")


def collation_check() -> int:
    """The hidden --collation-check: one line per locale with COLLATION_WORDS as Qt's
    collator sorts them (stroke count under zh_HK, pinyin under zh_CN), then the English
    words under en_GB. Without ICU's collation data every line is in code point order and
    Qt warns "Could not create collator"."""
    from PySide6.QtCore import QCollator, QLocale

    for name, words in (("zh_HK", COLLATION_WORDS), ("zh_CN", COLLATION_WORDS),
                        ("en_GB", COLLATION_ENGLISH)):
        collator = QCollator(QLocale(name))
        print(name, " ".join(sorted(words, key=collator.sortKey)))
    return 0

