"""The window's actions: text, shortcut, icon and tooltip in one place, for menus, the
toolbar and the tree's context menu alike."""

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QTreeView, QWidget

from catalogue.i18n import translate


@dataclass
class Actions:
    new_db: QAction
    open_db: QAction
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


def create_actions(window: QWidget) -> Actions:
    pixmap = QStyle.StandardPixmap
    actions = Actions(
        new_db=_action(window, translate("MainWindow", "&New database..."),
                       QKeySequence.StandardKey.New, pixmap.SP_FileIcon,
                       translate("MainWindow", "Create a new catalogue filled from the bundled "
                                 "press release")),
        open_db=_action(window, translate("MainWindow", "&Open database..."),
                        QKeySequence.StandardKey.Open, pixmap.SP_DialogOpenButton,
                        translate("MainWindow", "Open another catalogue file")),
        demo_db=_action(window, translate("MainWindow", "New de&mo catalogue..."), None, None,
                        translate("MainWindow", "Create a new catalogue of synthetic records, "
                                  "to try Catalogue at scale")),
        export_csv=_action(window, translate("MainWindow", "&Export CSV..."), "Ctrl+E",
                           pixmap.SP_DialogSaveButton,
                           translate("MainWindow", "Write the whole catalogue as a CSV file "
                                     "for Excel")),
        import_release=_action(window, translate("MainWindow", "&Import press release..."),
                               "Ctrl+I", None,
                               translate("MainWindow", "Add a plenary from its press release")),
        restore_backup=_action(window, translate("MainWindow", "&Restore backup..."), None, None,
                               translate("MainWindow", "Put one of the automatic backups in "
                                         "this catalogue's place")),
        quit=_action(window, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit),
        save=_action(window, translate("MainWindow", "&Save record"),
                     QKeySequence.StandardKey.Save, pixmap.SP_DialogApplyButton,
                     translate("MainWindow", "Save the changes to this record")),
        revert=_action(window, translate("MainWindow", "Re&vert record"), None,
                       pixmap.SP_DialogResetButton,
                       translate("MainWindow", "Put back the saved values of this record")),
        undo=_action(window, translate("MainWindow", "&Undo"), QKeySequence.StandardKey.Undo,
                     pixmap.SP_ArrowBack),
        redo=_action(window, translate("MainWindow", "&Redo"), "Ctrl+Shift+Z",
                     pixmap.SP_ArrowForward),
        add=_action(window, translate("MainWindow", "&Add..."), Qt.Key.Key_Insert,
                    pixmap.SP_FileDialogNewFolder,
                    translate("MainWindow", "Add an area, measure, official, agreement or annex")),
        delete=_action(window, translate("MainWindow", "&Delete"), QKeySequence.StandardKey.Delete,
                       pixmap.SP_TrashIcon, translate("MainWindow", "Delete the selected record")),
        move_up=_action(window, translate("MainWindow", "Move &up"), "Alt+Up", pixmap.SP_ArrowUp,
                        translate("MainWindow", "Move the selected record up its list")),
        move_down=_action(window, translate("MainWindow", "Move do&wn"), "Alt+Down",
                          pixmap.SP_ArrowDown,
                          translate("MainWindow", "Move the selected record down its list")),
        find=_action(window, translate("MainWindow", "&Find"), QKeySequence.StandardKey.Find, None,
                     translate("MainWindow", "Filter the tree to records containing words")),
        expand_all=_action(window, translate("MainWindow", "E&xpand all"), "Ctrl+Shift+Right"),
        collapse_all=_action(window, translate("MainWindow", "&Collapse all"), "Ctrl+Shift+Left"),
        about=_action(window, translate("MainWindow", "&About Catalogue")),
        export_spreadsheet=_action(
            window, translate("MainWindow", "Export &spreadsheet..."), None, None,
            translate("MainWindow", "Write the whole catalogue as an .xlsx workbook for Excel "
                      "or LibreOffice, every cell kept as text")),
        reload=_action(window, translate("MainWindow", "&Reload"), "F5", pixmap.SP_BrowserReload,
                       translate("MainWindow", "Read the catalogue again from its file")),
        shortcuts=_action(window, translate("MainWindow", "&Keyboard shortcuts")),
        guide=_action(window, translate("MainWindow", "&User guide"),
                      QKeySequence.StandardKey.HelpContents, pixmap.SP_DialogHelpButton),
        record_history=_action(window, translate("MainWindow", "Record &history"), "Ctrl+H",
                               None, translate("MainWindow", "Show the selected record's "
                                               "changes, or its fields again")),
        recently_deleted=_action(window, translate("MainWindow", "Recentl&y Deleted..."),
                                 "Ctrl+Shift+D", None,
                                 translate("MainWindow", "List deleted records and restore "
                                           "one with what went with it")),
        activity=_action(window, translate("MainWindow", "&Activity..."), "Ctrl+Shift+A", None,
                         translate("MainWindow", "Every change to the catalogue, by officer, "
                                   "date and record type")),
        officer_name=_action(window, translate("MainWindow", "&Officer name..."), None, None,
                             translate("MainWindow", "The name recorded with your changes")),
        new_plenary=_action(window, translate("MainWindow", "New &plenary..."), "Ctrl+Shift+N",
                            None, translate("MainWindow", "Start an empty plenary session of a "
                                            "conference, to fill in by hand")),
    )
    actions.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in vars(actions).values():  # the name Help > Keyboard shortcuts lists
        action.setProperty("plainText", action.text().replace("&", ""))
    return actions


def build_menus(window: QMainWindow, a: Actions, tree: QTreeView) -> None:
    """The menu bar and toolbar; keys that also mean something in a text field (Insert,
    Delete, Alt+arrows) act on the tree only."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a.new_db, a.open_db, a.demo_db])
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.revert])
    file_menu.addSeparator()
    file_menu.addActions([a.new_plenary, a.import_release, a.export_csv, a.export_spreadsheet,
                          a.restore_backup])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.add, a.delete, a.move_up, a.move_down])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addActions([a.recently_deleted, a.officer_name])
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([a.expand_all, a.collapse_all])
    view_menu.addSeparator()
    view_menu.addAction(a.reload)
    view_menu.addSeparator()
    view_menu.addActions([a.record_history, a.activity])
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([a.guide, a.shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
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


def update_actions(a: Actions, *, writable: bool, editable: bool, dirty: bool,
                   can_move: tuple[bool, bool], undo_text: str | None,
                   redo_text: str | None) -> None:
    """Enable what can be done now and name what undo and redo would do.

    `writable`: the catalogue may be changed now; `editable`: the selected record may be
    deleted; `undo_text`/`redo_text`: the command's name, or None when there is none."""
    a.add.setEnabled(writable)
    a.delete.setEnabled(writable and editable)
    a.move_up.setEnabled(writable and can_move[0])
    a.move_down.setEnabled(writable and can_move[1])
    a.save.setEnabled(writable and dirty)
    a.revert.setEnabled(dirty)
    a.undo.setEnabled(writable and undo_text is not None)
    a.redo.setEnabled(writable and redo_text is not None)
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
        action.setToolTip(f"{text.replace('&', '')} "
                          f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")


def show_context_menu(tree: QTreeView, a: Actions, at: QPoint) -> None:
    """The tree's right-click menu: add, delete and move."""
    menu = QMenu(tree)
    menu.addActions([a.add, a.delete])
    menu.addSeparator()
    menu.addActions([a.move_up, a.move_down])
    menu.exec(tree.viewport().mapToGlobal(at))
