"""The window's actions: text, shortcut, icon and tooltip in one place, for menus, the
toolbar and the tree's context menu alike."""

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QTreeView, QWidget

from catalogue.i18n import translate


@dataclass
class Actions:
    new_db: QAction
    open_db: QAction
    connect_server: QAction
    demo_db: QAction
    export_csv: QAction
    import_release: QAction
    restore_backup: QAction
    quit: QAction
    save: QAction
    revert: QAction
    undo: QAction
    redo: QAction
    add: QAction
    delete: QAction
    move_up: QAction
    move_down: QAction
    find: QAction
    expand_all: QAction
    collapse_all: QAction
    about: QAction
    export_spreadsheet: QAction
    reload: QAction
    shortcuts: QAction
    guide: QAction
    record_history: QAction
    recently_deleted: QAction
    activity: QAction
    officer_name: QAction
    new_plenary: QAction
    back_up_now: QAction


Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def _action(parent: QObject, text: str, shortcut: Shortcut | None = None,
            icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None and isinstance(parent, QWidget):
        action.setIcon(parent.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def action_texts() -> dict[str, tuple[str, str]]:
    """Each action's (text, tip) in the current language: made once and again at each
    change of language (retranslate_actions)."""
    return {
        "new_db": (translate("MainWindow", "&New database..."),
                   translate("MainWindow", "Create a new catalogue filled from the bundled "
                             "press release")),
        "open_db": (translate("MainWindow", "&Open database..."),
                    translate("MainWindow", "Open another catalogue file")),
        "connect_server": (translate("MainWindow", "Connect to &team server..."),
                           translate("MainWindow", "Open the office's catalogue on a "
                                     "PostgreSQL server")),
        "demo_db": (translate("MainWindow", "New de&mo catalogue..."),
                    translate("MainWindow", "Create a new catalogue of synthetic records, "
                              "to try Catalogue at scale")),
        "export_csv": (translate("MainWindow", "&Export CSV..."),
                       translate("MainWindow", "Write the whole catalogue as a CSV file "
                                 "for Excel")),
        "import_release": (translate("MainWindow", "&Import press release..."),
                           translate("MainWindow", "Add a plenary from its press release")),
        "restore_backup": (translate("MainWindow", "&Restore backup..."),
                           translate("MainWindow", "Put one of the automatic backups in "
                                     "this catalogue's place")),
        "quit": (translate("MainWindow", "&Quit"), ""),
        "save": (translate("MainWindow", "&Save record"),
                 translate("MainWindow", "Save the changes to this record")),
        "revert": (translate("MainWindow", "Re&vert record"),
                   translate("MainWindow", "Put back the saved values of this record")),
        "undo": (translate("MainWindow", "&Undo"), ""),
        "redo": (translate("MainWindow", "&Redo"), ""),
        "add": (translate("MainWindow", "&Add..."),
                translate("MainWindow", "Add an area, measure, official, agreement or annex")),
        "delete": (translate("MainWindow", "&Delete"),
                   translate("MainWindow", "Delete the selected record")),
        "move_up": (translate("MainWindow", "Move u&p"),
                    translate("MainWindow", "Move the selected record up its list")),
        "move_down": (translate("MainWindow", "Move do&wn"),
                      translate("MainWindow", "Move the selected record down its list")),
        "find": (translate("MainWindow", "&Find"),
                 translate("MainWindow", "Filter the tree to records containing words")),
        "expand_all": (translate("MainWindow", "E&xpand all"), ""),
        "collapse_all": (translate("MainWindow", "&Collapse all"), ""),
        "about": (translate("MainWindow", "&About Catalogue"), ""),
        "export_spreadsheet": (translate("MainWindow", "Export spreads&heet..."),
                               translate("MainWindow", "Write the whole catalogue as an .xlsx "
                                         "workbook for Excel or LibreOffice, every cell kept "
                                         "as text")),
        "reload": (translate("MainWindow", "&Reload"),
                   translate("MainWindow", "Read the catalogue again from its file")),
        "shortcuts": (translate("MainWindow", "&Keyboard shortcuts"), ""),
        "guide": (translate("MainWindow", "&User guide"), ""),
        "record_history": (translate("MainWindow", "Record &history"),
                           translate("MainWindow", "Show the selected record's changes, or its "
                                     "fields again")),
        "recently_deleted": (translate("MainWindow", "Recentl&y Deleted..."),
                             translate("MainWindow", "List deleted records and restore one "
                                       "with what went with it")),
        "activity": (translate("MainWindow", "&Activity..."),
                     translate("MainWindow", "Every change to the catalogue, by officer, date "
                               "and record type")),
        "officer_name": (translate("MainWindow", "&Officer name..."),
                         translate("MainWindow", "The name recorded with your changes")),
        "new_plenary": (translate("MainWindow", "New &plenary..."),
                        translate("MainWindow", "Start an empty plenary session of a "
                                  "conference, to fill in by hand")),
        "back_up_now": (translate("MainWindow", "&Back up Now"),
                        translate("MainWindow", "Back the catalogue up now, as it is saved "
                                  "(as catalogue backup does); Restore backup lists it")),
    }


def create_actions(window: QWidget) -> Actions:
    pixmap = QStyle.StandardPixmap
    keys: dict[str, tuple[Shortcut | None, QStyle.StandardPixmap | None]] = {
        "new_db": (QKeySequence.StandardKey.New, pixmap.SP_FileIcon),
        "open_db": (QKeySequence.StandardKey.Open, pixmap.SP_DialogOpenButton),
        "connect_server": ("Ctrl+Shift+O", None),
        "demo_db": (None, None),
        "export_csv": ("Ctrl+E", pixmap.SP_DialogSaveButton),
        "import_release": ("Ctrl+I", None),
        "restore_backup": (None, None),
        "quit": (QKeySequence.StandardKey.Quit, None),
        "save": (QKeySequence.StandardKey.Save, pixmap.SP_DialogApplyButton),
        "revert": (None, pixmap.SP_DialogResetButton),
        "undo": (QKeySequence.StandardKey.Undo, pixmap.SP_ArrowBack),
        "redo": ("Ctrl+Shift+Z", pixmap.SP_ArrowForward),
        "add": (Qt.Key.Key_Insert, pixmap.SP_FileDialogNewFolder),
        "delete": (QKeySequence.StandardKey.Delete, pixmap.SP_TrashIcon),
        "move_up": ("Alt+Up", pixmap.SP_ArrowUp),
        "move_down": ("Alt+Down", pixmap.SP_ArrowDown),
        "find": (QKeySequence.StandardKey.Find, None),
        "expand_all": ("Ctrl+Shift+Right", None),
        "collapse_all": ("Ctrl+Shift+Left", None),
        "about": (None, None),
        "export_spreadsheet": (None, None),
        "reload": ("F5", pixmap.SP_BrowserReload),
        "shortcuts": (None, None),
        "guide": (QKeySequence.StandardKey.HelpContents, pixmap.SP_DialogHelpButton),
        "record_history": ("Ctrl+H", None),
        "recently_deleted": ("Ctrl+Shift+D", None),
        "activity": ("Ctrl+Shift+A", None),
        "officer_name": (None, None),
        "new_plenary": ("Ctrl+Shift+N", None),
        "back_up_now": ("Ctrl+B", None),
    }
    texts = action_texts()
    actions = Actions(**{name: _action(window, texts[name][0], key, icon, texts[name][1])
                         for name, (key, icon) in keys.items()})
    actions.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in vars(actions).values():
        _name_plainly(action)
    return actions


def plain_text(text: str) -> str:
    """`text` without its mnemonic: '&Save' -> 'Save', '儲存(&S)' -> '儲存'."""
    return re.sub(r"\s*\(&\w\)|&", "", text)


def _name_plainly(action: QAction) -> None:
    """The name Help > Keyboard shortcuts lists and a toolbar button shows: without the
    mnemonic, whether it is marked in the word ('&Save') or after it ('儲存(&S)')."""
    plain = plain_text(action.text())
    action.setProperty("plainText", plain)
    action.setIconText(plain.removesuffix("..."))


def retranslate_actions(actions: Actions) -> None:
    """Every action's text and tip again, in the language now installed."""
    for name, (text, tip) in action_texts().items():
        action = getattr(actions, name)
        action.setText(text)
        _name_plainly(action)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)


def menu_titles() -> dict[str, str]:
    """The menus' and toolbar's titles by objectName, in the current language."""
    return {"fileMenu": translate("MainWindow", "&File"),
            "editMenu": translate("MainWindow", "&Edit"),
            "viewMenu": translate("MainWindow", "&View"),
            "helpMenu": translate("MainWindow", "&Help"),
            "mainToolbar": translate("MainWindow", "Main toolbar")}


def build_menus(window: QMainWindow, a: Actions, tree: QTreeView) -> None:
    """The menu bar and toolbar; keys that also mean something in a text field (Insert,
    Delete, Alt+arrows) act on the tree only."""
    bar = window.menuBar()
    titles = menu_titles()
    file_menu = bar.addMenu(titles["fileMenu"])
    file_menu.setObjectName("fileMenu")
    file_menu.addActions([a.new_db, a.open_db, a.connect_server, a.demo_db])
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.revert])
    file_menu.addSeparator()
    file_menu.addActions([a.new_plenary, a.import_release, a.export_csv, a.export_spreadsheet,
                          a.back_up_now, a.restore_backup])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(titles["editMenu"])
    edit_menu.setObjectName("editMenu")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.add, a.delete, a.move_up, a.move_down])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addActions([a.recently_deleted, a.officer_name])
    view_menu = bar.addMenu(titles["viewMenu"])
    view_menu.setObjectName("viewMenu")
    view_menu.addActions([a.expand_all, a.collapse_all])
    view_menu.addSeparator()
    view_menu.addAction(a.reload)
    view_menu.addSeparator()
    view_menu.addActions([a.record_history, a.activity])
    from catalogue.ui.language import LanguageMenu  # it needs the window, built by now

    view_menu.addMenu(LanguageMenu(window))
    help_menu = bar.addMenu(titles["helpMenu"])
    help_menu.setObjectName("helpMenu")
    help_menu.addActions([a.guide, a.shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    toolbar = QToolBar(titles["mainToolbar"])
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    toolbar.addActions([a.save, a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.add, a.delete, a.move_up, a.move_down])
    toolbar.addSeparator()
    toolbar.addAction(a.export_csv)
    window.addToolBar(toolbar)
    for action in (a.add, a.delete, a.move_up, a.move_down):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tree.addAction(action)


def retranslate_menus(window: QMainWindow) -> None:
    """The menus' and the toolbar's titles again, in the language now installed."""
    for name, title in menu_titles().items():
        widget = window.findChild(QWidget, name)
        if isinstance(widget, QMenu):
            widget.setTitle(title)
        elif isinstance(widget, QToolBar):
            widget.setWindowTitle(title)


def update_actions(a: Actions, *, writable: bool, editable: bool, dirty: bool,
                   can_move: tuple[bool, bool], undo_text: str | None,
                   redo_text: str | None, replaying: bool = False) -> None:
    """Enable what can be done now and name what undo and redo would do.

    `writable`: the catalogue may be changed now; `editable`: the selected record may be
    deleted; `undo_text`/`redo_text`: the command's name, or None when there is none;
    `replaying`: an undo or redo waits on its conflict dialog, so neither can be pressed
    (they name the steps as they were: none is done until the officer chooses)."""
    a.add.setEnabled(writable)
    a.delete.setEnabled(writable and editable)
    a.move_up.setEnabled(writable and can_move[0])
    a.move_down.setEnabled(writable and can_move[1])
    a.save.setEnabled(writable and dirty)
    a.revert.setEnabled(dirty)
    a.undo.setEnabled(writable and undo_text is not None and not replaying)
    a.redo.setEnabled(writable and redo_text is not None and not replaying)
    a.restore_backup.setEnabled(writable)
    a.import_release.setEnabled(writable)
    a.new_plenary.setEnabled(writable)
    # The toolbar's buttons keep fixed labels (a label naming the command made every button
    # after them jump at each change); the menu and the tooltips name the command.
    a.undo.setIconText(translate("MainWindow", "Undo"))
    a.redo.setIconText(translate("MainWindow", "Redo"))
    for action, text in ((a.undo, translate("MainWindow", "&Undo {what}").format(what=undo_text)
                          if undo_text else translate("MainWindow", "&Undo")),
                         (a.redo, translate("MainWindow", "&Redo {what}").format(what=redo_text)
                          if redo_text else translate("MainWindow", "&Redo"))):
        action.setText(text)
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                         for key in action.shortcuts())  # Redo: Ctrl+Y too (walk6)
        action.setToolTip(f"{plain_text(text)} ({keys})")
        action.setStatusTip(action.toolTip())  # the menu item's line in the status bar too


def show_context_menu(tree: QTreeView, a: Actions, at: QPoint) -> None:
    """The tree's right-click menu: add, delete and move."""
    menu = QMenu(tree)
    menu.addActions([a.add, a.delete])
    menu.addSeparator()
    menu.addActions([a.move_up, a.move_down])
    menu.exec(tree.viewport().mapToGlobal(at))
