"""What happens when a person selects, saves, adds, deletes, moves, undoes or filters.

The main window only wires widgets to these methods. Every change becomes an undo command
that calls the services through the document; the tree and editor follow the `Changes` the
document reports. A record with unsaved edits is never left silently: selecting another
record, undoing, adding, opening another database or closing the window asks first. Focus
moving into the tree is not leaving, and after Cancel the tree's selection is back on the
record the editor shows, so what is highlighted is what Delete or Move acts on.
"""

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTreeView, QWidget

from catalogue import naming
from catalogue.i18n import EN, spoken, translate
from catalogue.kinds import (
    EDITABLE,
    GROUPS,
    KINDS,
    ORDERED,
    Kind,
    ListKey,
    ListKind,
    RecordKey,
    adds_under,
    list_key_of,
    parse_kind,
)
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, Conflict, Key, NotFound, ServiceError
from catalogue.ui import conflict as conflicts
from catalogue.ui import tree_state
from catalogue.ui.commands import (
    AddCommand,
    DeleteCommand,
    EditCommand,
    FieldsCommand,
    MoveCommand,
    NewPlenaryCommand,
    ServiceCommand,
)
from catalogue.ui.dialogs import (
    AddRecordDialog,
    ask_add_as_new,
    ask_unsaved,
    confirm_delete,
    show_error,
)
from catalogue.ui.document import CatalogueDocument
from catalogue.ui.editors import DetailEditor
from catalogue.ui.tree_model import CatalogueTreeModel, Node

if TYPE_CHECKING:
    from catalogue.queries import SearchResult

queries = lazy_import("catalogue.queries")


class EditingController(QObject):
    status = Signal(str)
    """A short message for the status bar after a save, add, delete or move."""
    changed = Signal()
    """The catalogue or the selection changed: actions and counts may need updating."""
    uncounted = Signal(str)
    """A filter shows its first matches without their total: count them (off this thread)."""
    settled = Signal(object)
    """A conflict over this record (a RecordKey) was settled: a version was chosen."""
    overtaken = Signal(object, object)
    """While its conflict dialog was open, someone changed the record (a RecordKey) again
    (the Conflict says who): the editor shows the newest, the banner is to say who."""

    def __init__(self, window: QWidget, document: CatalogueDocument, model: CatalogueTreeModel,
                 tree: QTreeView, editor: DetailEditor, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.model = model
        self.tree = tree
        self.editor = editor
        self.undo_stack = undo_stack
        self.values: dict[str, Any] = {}
        self._restoring_selection = False
        self._entering = False
        """The tree is taking the focus (and Qt may make its first row current)."""
        self.filter_text = ""
        self.held: str | None = None
        """Why changes wait for now (the catalogue is still being checked), or None."""
        self._reselect = QTimer(self)
        """After Cancel: selects the edited record again once the click or key that moved
        the selection has been handled (a click goes on selecting its row)."""
        self._reselect.setSingleShot(True)
        self._reselect.setInterval(0)
        self._reselect.timeout.connect(self.reselect_shown)
        tree.installEventFilter(self)
        editor.escaped.connect(self.tree.setFocus)
        self.replay_pending: tuple[str | None, str | None] | None = None
        """While an undo or redo waits on its conflict dialog: what Undo and Redo named
        before it (the step is not done until the officer chooses), both off meanwhile."""

    def set_document(self, document: CatalogueDocument) -> None:
        self.document = document
        self.editor.show_nothing()
        self.values = {}
        self.changed.emit()  # what follows the editor (History, Documents) lets go too

    # -- selection ---------------------------------------------------------------------------

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def shown(self) -> RecordKey | None:
        """The record in the editor."""
        kind, record_id = self.editor.kind, self.editor.record_id
        return RecordKey(kind, record_id) if kind is not None and record_id is not None else None

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring_selection:
            return
        shown = self.shown()
        node = self.model.node(current) if current.isValid() else None
        if node is not None and node.key == shown:
            return
        if self._entering and shown is not None:
            self.reselect_shown()  # Qt picked a row as the focus came in: not a choice
            return
        if not self.confirm_leave():
            self.reselect_shown()
            self._reselect.start()
            return
        self.show_node(node)

    def reselect_shown(self) -> None:
        """Put the tree's selection on the record the editor shows, or on nothing when the
        filter hides it, without asking anything."""
        shown = self.shown()
        if shown is None:
            return
        index = self.model.find(shown, path_of(shown.kind, self.values))
        selection = self.tree.selectionModel()
        self._restoring_selection = True
        try:
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.tree.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._restoring_selection = False
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus coming into the tree is handled with `_entering` set: Qt then makes the
        first row current when none is, which must not ask to leave the record (Cancel
        gives the tree the focus back, and so asked again, forever)."""
        if watched is self.tree and event.type() == QEvent.Type.FocusIn and not self._entering:
            self._entering = True
            try:
                self.tree.event(event)
            finally:
                self._entering = False
            if not self.tree.currentIndex().isValid():
                self.reselect_shown()
            return True
        return super().eventFilter(watched, event)

    def show_node(self, node: Node | None) -> None:
        if node is None or node.kind not in KINDS:
            self.values = {}
            self.editor.show_nothing()
            if node is not None and node.kind in GROUPS:
                self.editor.heading.setText(self.model.label(node))
            self.changed.emit()
            return
        self.show_record(RecordKey(Kind(node.kind), node.id))

    def show_record(self, key: RecordKey) -> None:
        """Load a record into the editor (the tree may not show it: filtered out)."""
        try:
            self.values = self.document.record(key.kind, key.id)
        except NotFound:
            self.values = {}
            self.editor.show_nothing()
            self.changed.emit()
            return
        if key.kind == Kind.AGREEMENT:
            sid = self.values["session_id"]
            self.editor.set_choices(queries.area_choices(self.document.engine, sid),
                                    queries.annex_choices(self.document.engine, sid))
        if key.kind == Kind.OFFICIAL:  # the sides of its plenary's conference
            sides = queries.side_choices(self.document.engine, self.values["session_id"])
            side = self.values.get("side")
            self.editor.set_sides(sides if not side or side in sides else (*sides, side))
        self.editor.show_record(key.kind, key.id, self.values,
                                naming.heading(key.kind, self.values), self._context())
        self.changed.emit()

    def name_shown_again(self) -> None:
        """After a change of language: the editor's heading and context line in it, what was
        typed kept (a record not changed is simply shown again, its choices too)."""
        shown = self.shown()
        if shown is None:
            self.show_node(self.current_node())
        elif not self.editor.dirty:
            self.show_record(shown)
        else:
            self.editor.rename(naming.heading(shown.kind, self.values), self._context())

    def _context(self) -> str:
        """The line above a measure's form: the area it is in, named in the window's
        language as the tree names it (a Chinese window named it in English: walk7)."""
        if "area_name" not in self.values:
            return ""
        name = self.values["area_name"]
        if spoken() != EN and self.values.get("area_id") is not None:
            with contextlib.suppress(NotFound):  # its Chinese name, read only when spoken
                name = naming.shown(self.document.record(Kind.AREA, self.values["area_id"]),
                                    "name") or name
        return translate("EditingController", "In co-operation area {area}").format(
            area=f"{self.values['area_position']}. {name}")

    def select(self, key: Key, path: list[Key]) -> None:
        index = self.model.find(key, path)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def reveal(self, key: Key | None, expand: bool = False) -> None:
        """Select and show what an undo or redo changed, opening the lists above it."""
        if key is None:
            return
        if isinstance(key, ListKey) and key.kind == ListKind.AREA:
            key = RecordKey(Kind.AREA, key.id)  # an area's measures: show the area
        if isinstance(key, RecordKey):
            try:
                path = path_of(key.kind, queries.record(self.document.engine, key.kind, key.id))
            except NotFound:
                return
        else:
            path = [RecordKey(Kind.SESSION, key.id)] if key.kind not in (
                ListKind.ROOT, ListKind.CONFERENCE) else []
        index = self.model.find(key, path)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            if expand:
                self.tree.expand(index)
            if isinstance(key, RecordKey) and self.shown() != key and not self.editor.dirty:
                # current already (a filter put back the row of a delete undone): Qt said
                # nothing, and the editor said "No record selected" beside it (walk7)
                self.show_record(key)
        elif isinstance(key, RecordKey):  # filtered out: the editor shows it all the same
            self.show_record(key)
            self.reselect_shown()

    def session_of(self, node: Node | None) -> int | None:
        while node is not None and node.kind != Kind.SESSION:
            node = node.parent
        if node is not None:
            return node.id
        plenaries = queries.plenaries(self.document.engine)
        return plenaries[0].id if plenaries else None

    @staticmethod
    def area_of(node: Node | None) -> tuple[int, str] | None:
        while node is not None and node.kind not in (Kind.AREA, Kind.SESSION):
            node = node.parent
        if node is not None and node.kind == Kind.AREA:
            return node.id, str(node.values["name"])
        return None

    # -- unsaved changes ---------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """True when the editor may show something else (after saving or discarding)."""
        if not self.editor.dirty:
            return True
        self._reselect.stop()  # it would act in the middle of this question
        answer = ask_unsaved(self.window, naming.describe(self.editor.kind or "", self.values))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.revert()
            return True
        return False

    # -- changes -----------------------------------------------------------------------------

    def _failed(self, message: str) -> None:
        show_error(self.window, translate("EditingController", "Not changed"), message)

    def save(self) -> bool:
        """Validate and save the editor's changed fields. False when they were not saved:
        the editor then still holds them, unsaved, and says why."""
        kind, record_id = self.editor.kind, self.editor.record_id
        changed = self.editor.changed_values()
        if kind is None or record_id is None or not changed:
            return True
        if self.held is not None:
            self.status.emit(self.held)
            return False
        try:
            errors = self.document.validate(kind, record_id, None, changed)
        except ServiceError as error:  # not the values: the record is gone, the file refused
            return self._refused(kind, error)
        if errors:
            self.editor.show_errors(errors)
            return False
        form = self.editor.form
        assert form is not None
        old = {name: form.original[name] for name in changed}
        what = naming.describe(kind, {**self.values, **changed})  # by its new name
        command = EditCommand(self.document, kind, record_id, old, changed,
                              naming.edit_text(kind, self.values), None,
                              self.values.get("version"))
        self.undo_stack.push(command)  # still dirty: the document's signal leaves the editor be
        if isinstance(command.error, Conflict):
            return self._settle_save(kind, record_id, command.error)
        if command.failed:
            return self._refused(kind, command.error)
        command.on_error = self._failed  # for its undo and redo
        self.values = queries.record(self.document.engine, kind, record_id)
        self.editor.mark_saved(self.values, naming.heading(kind, self.values))
        self.status.emit(translate("EditingController", "Saved {what}").format(what=what))
        return True

    # -- someone else saved the record meanwhile (issue #16: no lost update) -------------------

    def _display(self, kind: Kind, values: dict[str, Any]) -> "conflicts.Display | None":
        if kind != Kind.AGREEMENT or values.get("session_id") is None:
            return None
        engine, sid = self.document.engine, values["session_id"]
        return conflicts.agreement_display(queries.area_choices(engine, sid),
                                           queries.annex_choices(engine, sid))

    def _settle_save(self, kind: Kind, record_id: int, conflict: Conflict,
                     comparing: bool = False) -> bool:
        """The save met someone else's change: both side by side. Keep theirs reloads
        the editor; Keep mine and Merge save the chosen values on their version (a new,
        undoable change; a third officer's change meanwhile asks again). Cancel leaves
        the editor as it was, what was typed still there, unsaved (`comparing`: the
        live banner's Compare asked, not a save, so no refusal is said)."""
        form = self.editor.form
        assert form is not None
        mine, preferred = form.values(), list(form.changed_values())
        what = naming.describe(kind, self.values)
        while True:
            if not conflicts.differing(kind, mine, conflict.theirs):  # they saved the same
                self.show_record(RecordKey(kind, record_id))
                return True
            choice, values, old = conflicts.ask(self.window, kind, what, conflict, mine,
                                                preferred, self._display(kind, self.values),
                                                nothing_typed=comparing and not preferred)
            if choice is None:
                if not comparing:
                    self.editor.show_errors({"": str(conflict)})
                return False
            if values:
                command = EditCommand(self.document, kind, record_id, old, values,
                                      naming.edit_text(kind, self.values), None,
                                      conflict.version)
                self.undo_stack.push(command)
                if isinstance(command.error, Conflict):
                    conflict = command.error
                    continue
                if command.failed:
                    return self._refused(kind, command.error)
                command.on_error = self._failed
            self.show_record(RecordKey(kind, record_id))
            self.settled.emit(RecordKey(kind, record_id))
            self.status.emit(conflicts.describe_choice(choice))
            return True

    def compare_saved(self) -> bool | None:
        """The live banner's Compare: the editor's values (typed or not) beside the record
        as another officer saved it, with the choices of a save conflict. True when the
        editor shows the record as saved after it; None when the record is gone."""
        shown = self.shown()
        form = self.editor.form
        if shown is None or form is None:
            return None
        try:
            conflict = queries.as_saved(self.document.engine, shown.kind, shown.id,
                                        form.values())
        except NotFound:
            return None
        return self._settle_save(shown.kind, shown.id, conflict, comparing=True)

    def _settle_replay(self, command: ServiceCommand, back: bool) -> bool:
        """An undo (`back`) or redo of an edit met someone else's change since: the same
        dialog, with what the undo or redo would put as mine. Keeping mine (some fields or
        all) writes those on their version as the undo or redo itself, and the step stays,
        undone or done (FieldsCommand.settle). Keeping theirs throughout changes nothing
        and the step leaves the stack: it no longer describes the record (only its Python
        attributes, read before, are used after). False: Cancel, for the caller to leave
        the step on the stack as it was."""
        conflict = command.error
        assert isinstance(conflict, Conflict)
        kind, record_id, step = conflict.kind, conflict.record_id, command.text()
        target = dict((getattr(command, "old", None) if back
                       else getattr(command, "new", None)) or {})
        try:
            values = queries.record(self.document.engine, kind, record_id)
        except NotFound:
            self._unstep(command, back, drop=True)
            return True
        mine = {**conflict.theirs, **target}
        asked = bool(conflicts.differing(kind, mine, conflict.theirs))
        choice, chosen, old = (None, {}, {}) if not asked else conflicts.ask(
            self.window, kind, naming.describe(kind, values), conflict, mine, list(target),
            self._display(kind, values), undoing=back,
            others=self._others_since(command, conflict, back))  # not asked: it holds that already
        if asked and choice is None:
            self.status.emit(conflicts.describe_choice(None))
            return False
        key = RecordKey(kind, record_id)
        self.replay_pending = None
        if chosen and isinstance(command, FieldsCommand):
            try:
                command.settle(chosen, old, conflict.version, back)
            except ServiceError as error:  # a third change meanwhile: say so, step kept
                self._unstep(command, back, drop=False)
                if isinstance(error, Conflict):  # the newest behind the box, not the old
                    self._show_now(key)
                    self.overtaken.emit(key, error)
                self._failed(self._changed_meanwhile(error, naming.describe(kind, values), back)
                             if isinstance(error, Conflict) else str(error))
                choice = None
            else:
                command.failed, command.error = False, None
                self.settled.emit(key)
        else:
            self._unstep(command, back, drop=True)
            self.settled.emit(key)
        self._show_now(key)  # as it now is, whoever's it is
        self.status.emit(conflicts.describe_choice(choice, back, step))
        return True

    def _show_now(self, key: RecordKey) -> None:
        """Select and show the record as it is saved now; typing in the editor stays on
        screen as it is (the banner tells of the newest, Compare shows it)."""
        if self.editor.dirty:
            return
        self.reveal(key)
        self.show_record(key)

    @staticmethod
    def _changed_meanwhile(conflict: Conflict, record: str, back: bool) -> str:
        """A third change while the undo's (`back`) or redo's dialog was open, in the
        undo's words: the save's "since it was opened; nothing was saved" did not say
        what happened to the step nor what to do (walk6)."""
        officer = conflict.by.officer if conflict.by else translate(
            "EditingController", "Someone else")
        return (translate(
            "EditingController", "{officer} changed {record} again while you were choosing;"
            " nothing was undone. Undo again to choose with the newest.") if back else translate(
            "EditingController", "{officer} changed {record} again while you were choosing;"
            " nothing was redone. Redo again to choose with the newest.")).format(
                officer=officer, record=record)

    def _others_since(self, command: ServiceCommand, conflict: Conflict,
                      back: bool) -> "dict[str, conflicts.Since]":
        """The fields others changed since the step's own change, from the history (what
        the step's version was is the command's); without a history, the step's own
        fields that hold something else now, by someone unknown."""
        kind, record_id = conflict.kind, conflict.record_id
        version = getattr(command, "version", None)
        found: dict[str, conflicts.Since] = {}
        if version is not None:
            try:
                found = conflicts.since_changes(kind, self.document.others_since(
                    kind, record_id, self.document.since_own(kind, record_id, version)))
            except ServiceError:  # the history could not be read: said as unknown below
                found = {}
        if not found:
            left = getattr(command, "new" if back else "old", None) or {}
            found = {name: conflicts.Since(conflict.theirs[name]) for name in left
                     if name in conflict.theirs and not conflicts.same(left[name],
                                                                       conflict.theirs[name])}
        return found

    def _settle_delete(self, conflict: Conflict, where: Key | None) -> None:
        """A delete, or the undo of an add, met someone else's change since: delete it
        all the same (a new undoable delete) or keep it (nothing changes)."""
        kind, record_id = conflict.kind, conflict.record_id
        try:
            values = queries.record(self.document.engine, kind, record_id)
        except NotFound:
            return
        if not conflicts.ask_delete(self.window, naming.describe(kind, values), conflict):
            self.reveal(RecordKey(kind, record_id))
            self.show_record(RecordKey(kind, record_id))
            self.status.emit(conflicts.describe_choice(conflicts.Choice.THEIRS))
            return
        command = DeleteCommand(self.document, kind, record_id,
                                naming.delete_text(kind, values), self._failed, where,
                                conflict.version)
        self.undo_stack.push(command)
        if isinstance(command.error, Conflict):  # a third change meanwhile: say so
            self._failed(str(command.error))
        elif not command.failed:
            self.status.emit(translate("EditingController", "Deleted {what}").format(
                what=naming.describe(kind, values)))

    def _refused(self, kind: Kind, error: ServiceError | None) -> bool:
        """Say why a save was refused; the typed values stay. A record deleted elsewhere
        can be added again as a new one with them."""
        self.editor.show_errors({"": str(error)})
        what = naming.describe(kind, self.values)
        if isinstance(error, NotFound) and kind in EDITABLE and ask_add_as_new(
                self.window, what, KINDS[kind].name()):
            self._add_as_new(kind)
        return False

    def _add_as_new(self, kind: Kind) -> None:
        """Add the editor's values as a new record where the vanished one was, and show it
        (the person then sees what was saved, so the save still answers False)."""
        form = self.editor.form
        assert form is not None
        parent_id = self.values["area_id" if KINDS[kind].parent == Kind.AREA else "session_id"]
        command = AddCommand(self.document, kind, parent_id, form.values(), None,
                             naming.add_text(kind), self._failed)
        self._restoring_selection = True  # the vanished record's row goes: not a leave
        try:
            self.undo_stack.push(command)
        finally:
            self._restoring_selection = False
        if command.failed or command.record_id is None:
            self.reselect_shown()
            return
        self.editor.revert()  # what was typed is in the new record now
        self.reveal(RecordKey(kind, command.record_id))
        self._say_added(kind, command.record_id)

    def _say_added(self, kind: Kind, record_id: int) -> None:
        """'Added measure 13.2', named as a save or a delete names its record ('Added
        measure' alone did not say which: walk7)."""
        try:
            what = naming.describe(kind, self.document.record(kind, record_id))
        except NotFound:  # gone meanwhile: the kind alone
            what = KINDS[kind].name()
        self.status.emit(translate("EditingController", "Added {what}").format(what=what))

    def revert(self) -> None:
        self.editor.revert()

    def add(self) -> None:
        if not self.confirm_leave():
            return
        node = self.current_node()
        session_id = self.session_of(node)
        if session_id is None:
            show_error(self.window, translate("EditingController", "Nothing to add to"),
                       translate("EditingController", "The catalogue has no plenary session "
                                 "yet: import one first."))
            return
        area = self.area_of(node)
        default = adds_under(node.kind if node else Kind.SESSION)
        dialog = AddRecordDialog(self.document, session_id, area, default, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, parent_id = dialog.kind, dialog.parent_id
        command = AddCommand(self.document, kind, parent_id, dialog.values(), None,
                             naming.add_text(kind), self._failed)
        self.undo_stack.push(command)
        if command.record_id is not None and not command.failed:
            self.reveal(RecordKey(kind, command.record_id))
            self.editor.form.focus_first() if self.editor.form else None
            self._say_added(kind, command.record_id)

    def delete(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in EDITABLE:
            return
        values = self.values if (node.kind, node.id) == (self.editor.kind,
                                                         self.editor.record_id) else \
            queries.record(self.document.engine, node.kind, node.id)
        what = naming.describe(node.kind, values)
        going = self._documents_going(node)
        if not confirm_delete(self.window, what,
                              (self._consequences(node, not going) + going).strip()):
            return
        if node.kind == Kind.SESSION and not self._backed_up():
            return
        self.editor.revert()
        command = DeleteCommand(self.document, Kind(node.kind), node.id,
                                naming.delete_text(node.kind, values), self._failed,
                                key_of(node.parent) if node.parent is not None else None,
                                values.get("version"))
        command.expanded = self.tree.isExpanded(self.tree.currentIndex())
        self.undo_stack.push(command)
        if isinstance(command.error, Conflict):
            self._settle_delete(command.error, command.where)
        elif not command.failed:
            self.status.emit(translate("EditingController", "Deleted {what}").format(what=what))

    def _backed_up(self) -> bool:
        """A plenary is backed up before it is deleted, as before an import replaces one:
        undo puts it back, and the backup keeps it after the window is closed."""
        from catalogue import storage, workflows

        try:
            if self.document.server is not None:  # copied into a local file
                saved, _copied = workflows.backup_server(self.document.server, "before-delete")
            else:
                saved = storage.make_backup(self.document.path, "before-delete")
        except (storage.StoreError, OSError) as error:
            show_error(self.window, translate("EditingController", "Not deleted"),
                       translate("EditingController", "The catalogue could not be backed up "
                                 "first, so nothing was deleted: {error}").format(error=error))
            return False
        self.status.emit(translate("EditingController", "Backed up to {name}").format(
            name=saved.name))
        return True

    def new_plenary(self) -> None:
        """Start an empty plenary from the File menu's dialog; a refusal (the same ordinal
        again) is said in the dialog, which keeps what was typed."""
        if not self.confirm_leave():
            return
        from catalogue.ui.plenary_dialog import NewPlenaryDialog

        dialog = NewPlenaryDialog(self.document, self.window)
        dialog.attempt = self._start_plenary
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.command is not None:
            command = dialog.command
            command.on_error = self._failed
            self.reveal(command.shown(False), expand=True)
            self.status.emit(translate("EditingController", "Added {what}").format(
                what=command.made.title))

    def _start_plenary(self, dialog: Any) -> str | None:
        """Push the dialog's new plenary; the refusal's one line, or None when it was made."""
        command = NewPlenaryCommand(self.document, dialog.conference(), dialog.sides(),
                                    dialog.fields(), naming.new_plenary_text(), None)
        self.undo_stack.push(command)
        if command.failed:
            return str(command.error)
        dialog.command = command
        return None

    def _consequences(self, node: Node, alone: bool = True) -> str:
        """What goes or changes with the record; `alone`: no documents go with it either
        (else 'Nothing else goes with it.' would contradict the line that follows)."""
        engine = self.document.engine
        if node.kind == Kind.SESSION:
            counts = queries.plenary_counts(engine, node.id)
            held = [naming.counted(kind, count) for kind, count in counts.items() if count]
            if not held:
                return translate("EditingController", "It holds no records yet. The catalogue "
                                 "is backed up first.")
            return translate("EditingController", "With it go its {records}. The catalogue is "
                             "backed up first.").format(records=", ".join(held))
        if node.kind == Kind.AREA:
            items = queries.children(engine, ListKey(ListKind.AREA, node.id))
            measures = sum(1 for item in items if item.kind == Kind.MEASURE)
            agreements = len(items) - measures
            text = translate("EditingController", "Its %n measure(s) will be deleted with it.",
                             None, measures)
            if agreements:
                text += " " + translate("EditingController", "%n agreement(s) will no longer "
                                        "list it.", None, agreements)
            return text
        if node.kind == Kind.ANNEX:
            holds = node.values.get("holds")
            if holds:
                return translate("EditingController", "Agreement ({numeral}) will no longer "
                                 "point to it.").format(numeral=holds)
        if node.kind == Kind.AGREEMENT:
            return translate("EditingController", "Its links to co-operation areas go with it.")
        return translate("EditingController", "Nothing else goes with it.") if alone else ""

    def _documents_going(self, node: Node) -> str:
        """The documents attached to an annex or agreement go with it (and come back with
        it on undo)."""
        if node.kind == Kind.SESSION:
            count = queries.plenary_document_count(self.document.engine, node.id)
            return " " + translate(
                "EditingController", "The %n document(s) attached to its annexes and "
                "agreements go with it.", None, count) if count else ""
        if node.kind not in (Kind.ANNEX, Kind.AGREEMENT):
            return ""
        count = len(queries.documents_of(self.document.engine, RecordKey(Kind(node.kind),
                                                                         node.id)))
        return " " + translate("EditingController", "Its %n attached document(s) go with it.",
                               None, count) if count else ""

    def move(self, delta: int) -> None:
        node = self.current_node()
        if node is None or node.kind not in ORDERED or not self.confirm_leave():
            return
        values = self.values if node.kind == Kind.MEASURE else node.values
        command = MoveCommand(self.document, Kind(node.kind), node.id, delta,
                              naming.move_text(node.kind, values, delta), self._failed)
        self.undo_stack.push(command)
        if not command.failed:
            self.status.emit(command.text())

    def collapse_all(self) -> None:
        """Collapse the tree. A record it hides is let go for its plenary (asking about
        unsaved changes first), so Delete never acts on a record nobody can see; if the
        officer cancels, the record being edited is shown again."""
        self.tree.collapseAll()
        current = top = self.tree.currentIndex()
        while top.parent().isValid():
            top = top.parent()
        if current.isValid() and top != current:
            self.tree.setCurrentIndex(top)
            self.tree.scrollTo(self.tree.currentIndex())  # expands to a record kept

    def expand_all(self) -> None:
        """Expand the tree and keep the selected record in view."""
        self.tree.expandAll()
        self.tree.scrollTo(self.tree.currentIndex())

    def undo(self) -> None:
        self._replay(back=True)

    def redo(self) -> None:
        self._replay(back=False)

    def _replay(self, back: bool) -> None:
        """Undo (`back`) or redo the next command (see _replay_step). When it takes away
        the record being typed in (an add undone from the new record's field) the focus
        goes to the tree, where that record was: it fell into the next record's first
        field, and the next Delete took a letter of the area's name."""
        focused = QApplication.focusWidget()
        typing = focused is not None and self.editor.isAncestorOf(focused)
        shown = (self.editor.kind, self.editor.record_id)
        self._replay_step(back)
        if typing and (self.editor.kind, self.editor.record_id) != shown:
            self.tree.setFocus()

    def _replay_step(self, back: bool) -> None:
        """Undo (`back`) or redo the next command, then select and show what it changed
        and say what was done: a change made out of sight is not trusted."""
        stack = self.undo_stack
        before = stack.index()
        if not self.confirm_leave():
            return
        if stack.index() != before:  # the typing was saved first: that is the newest change now
            self.status.emit(translate(
                "EditingController", "Saved first: {what}. Undo again takes that save back."
            ).format(what=stack.undoText()))
            return
        command = stack.command(stack.index() - 1 if back else stack.index())
        if not isinstance(command, ServiceCommand):
            return
        text = command.text()
        command.replaying = True
        self.replay_pending = (stack.undoText() if stack.canUndo() else None,
                               stack.redoText() if stack.canRedo() else None)
        try:
            stack.undo() if back else stack.redo()
        finally:
            command.replaying = False
        if isinstance(command.error, Conflict):
            conflict = command.error
            try:
                if isinstance(command, AddCommand | DeleteCommand):  # a delete, either way
                    self._unstep(command, back, drop=True)
                    self.replay_pending = None
                    self._settle_delete(conflict, None)
                elif not self._settle_replay(command, back):
                    self._unstep(command, back, drop=False)  # Cancel: the step stays
            finally:
                self.replay_pending = None
                self.changed.emit()  # Undo and Redo as the stack now is
            return
        self.replay_pending = None
        self.changed.emit()  # Undo and Redo name the next steps again
        if command.failed:
            return  # said by _failed
        self.reveal(command.shown(back), expand=back and command.expanded)
        self.status.emit((translate("EditingController", "Undone: {what}") if back else
                          translate("EditingController", "Redone: {what}")).format(what=text))

    def _unstep(self, command: ServiceCommand, back: bool, drop: bool) -> None:
        """Move the stack's index back over a replay that met a Conflict, running nothing:
        the step stays where it was (`drop` False), or leaves the stack (Qt deletes it)."""
        command.drop() if drop else command.pass_over()
        self.undo_stack.redo() if back else self.undo_stack.undo()

    def can_move(self, delta: int) -> bool:
        node = self.current_node()
        if node is None or node.kind not in ORDERED or node.parent is None:
            return False
        if node.kind == Kind.AGREEMENT and node.parent.kind == Kind.AREA:
            return False
        siblings = [child for child in node.parent.children or [] if child.kind == node.kind]
        position = siblings.index(node) + delta if node in siblings else -1
        return 0 <= position < len(siblings) and not self.model.filtering

    # -- following the document --------------------------------------------------------------

    def on_document_changed(self, changes: Changes) -> None:
        if self.model.filtering:  # the filtered tree is rebuilt from a new search
            self.apply_filter(self.filter_text)
        else:
            self.model.apply(changes)
        shown = self.shown()
        if shown is not None and not self.editor.dirty and (
                shown in changes.updated or self._list_touches(changes)):
            self.show_record(shown)
        self.changed.emit()

    def _list_touches(self, changes: Changes) -> bool:
        """A measure's ref depends on its area's and its own position: reload after moves."""
        return bool(changes.lists) and self.editor.kind in (Kind.MEASURE, Kind.AREA)

    # -- filter ------------------------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        """Filter now, on this thread (after a change, and for Esc)."""
        self.show_filter(text, queries.search(self.document.engine, text, counted=False)
                         if text.strip() else None)

    def show_filter(self, text: str, found: "SearchResult | None") -> None:
        """Narrow the tree to a search's result (None shows everything).

        The selected record stays selected and in view through every change of filter;
        clearing it opens again the lists that were open before it started."""
        self.filter_text = text
        model = self.model
        # a filtered tree is open throughout: only the open lists of the whole tree are
        # kept, to open them again when the filter is cleared
        state = tree_state.capture(self.tree, model, expanded_too=not model.filtering)
        if not model.filtering:
            model.before_filter = state.expanded
        model.last_current = state.current or model.last_current  # kept while one hides it
        self._restoring_selection = True
        try:
            model.set_filter(found, text)
            if found is not None:
                self.tree.expandAll()
            else:
                self.expand_top()
                tree_state.expand(self.tree, model, model.before_filter)
            current = model.last_current
            if current is not None and (found is None or current[-1] in found.visible):
                tree_state.reveal(self.tree, model, current)
        finally:
            self._restoring_selection = False
        # what was found is said above the tree (filter_box.FilterNotice), not again in the
        # status bar: there it said it twice, and wiped what was said last (a restore, a
        # backup) each time a filter answered or was cleared
        if found is not None and found.more and found.total is None:
            self.uncounted.emit(text)
        self.changed.emit()

    def expand_top(self) -> None:
        """Open the first plenary and its co-operation areas: the first screen officers want.

        Only one: with hundreds of plenaries, opening each would read all of them at start.
        """
        root = QModelIndex()
        if self.model.rowCount(root) == 0:
            return
        session = self.model.index(0, 0, root)
        if self.model.node(session).kind == Kind.CONFERENCE:  # several: open the first's
            self.tree.expand(session)
            if self.model.canFetchMore(session):
                self.model.fetchMore(session)
            if self.model.rowCount(session) == 0:
                return
            session = self.model.index(0, 0, session)
        self.tree.expand(session)
        if self.model.canFetchMore(session):
            self.model.fetchMore(session)
        areas = self.model.index(0, 0, session)
        if areas.isValid():
            self.tree.expand(areas)


def key_of(node: Node) -> Key:
    """A tree node's key as a RecordKey or ListKey (the node keeps a plain tuple)."""
    kind = parse_kind(node.kind)
    return RecordKey(kind, node.id) if kind is not None else ListKey(ListKind(node.kind), node.id)


def path_of(kind: Kind, values: dict[str, Any]) -> list[Key]:
    """The lists above a record in the unfiltered tree, to open on the way to it (its
    conference first: the tree shows one when the catalogue has several)."""
    above: list[Key] = []
    if values.get("conference_id") is not None:
        above.append(RecordKey(Kind.CONFERENCE, values["conference_id"]))
    if kind == Kind.SESSION or "session_id" not in values:
        return above
    session_id = values["session_id"]
    in_areas = kind in (Kind.AREA, Kind.MEASURE)
    path: list[Key] = [*above, RecordKey(Kind.SESSION, session_id),
                       list_key_of(Kind.AREA if in_areas else kind, session_id)]
    if kind == Kind.MEASURE:
        path.append(ListKey(ListKind.AREA, values["area_id"]))
    return path
