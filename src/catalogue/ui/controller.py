"""What happens when a person selects, saves, adds, deletes, moves, undoes or filters.

The main window only wires widgets to these methods. Every change becomes an undo command
that calls the services through the document; the tree and editor follow the `Changes` the
document reports. A record with unsaved edits is never left silently: selecting another
record, undoing, adding, opening another database or closing the window asks first.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeView, QWidget

from catalogue import naming
from catalogue.i18n import translate
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
)
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, Key, NotFound
from catalogue.ui import tree_state
from catalogue.ui.commands import AddCommand, DeleteCommand, EditCommand, MoveCommand
from catalogue.ui.dialogs import AddRecordDialog, ask_unsaved, confirm_delete, show_error
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
        self.filter_text = ""
        self.held: str | None = None
        """Why changes wait for now (the catalogue is still being checked), or None."""

    def set_document(self, document: CatalogueDocument) -> None:
        self.document = document
        self.editor.show_nothing()
        self.values = {}

    # -- selection ---------------------------------------------------------------------------

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring_selection:
            return
        shown = (self.editor.kind, self.editor.record_id)
        node = self.model.node(current) if current.isValid() else None
        if node is not None and node.key == shown:
            return
        if not self.confirm_leave():
            self._restoring_selection = True
            self.tree.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._restoring_selection = False
            return
        self.show_node(node)

    def show_node(self, node: Node | None) -> None:
        if node is None or node.kind not in KINDS:
            self.values = {}
            self.editor.show_nothing()
            if node is not None and node.kind in GROUPS:
                self.editor.heading.setText(self.model.label(node))
            self.changed.emit()
            return
        try:
            self.values = queries.record(self.document.engine, node.kind, node.id)
        except NotFound:
            self.editor.show_nothing()
            self.changed.emit()
            return
        if node.kind == Kind.AGREEMENT:
            sid = self.values["session_id"]
            self.editor.set_choices(queries.area_choices(self.document.engine, sid),
                                    queries.annex_choices(self.document.engine, sid))
        context = ""
        if node.kind == Kind.MEASURE:
            context = translate("EditingController", "In co-operation area {area}").format(
                area=f"{self.values['area_position']}. {self.values['area_name']}")
        self.editor.show_record(Kind(node.kind), node.id, self.values,
                                naming.heading(node.kind, self.values), context)
        self.changed.emit()

    def select(self, key: Key, path: list[Key]) -> None:
        index = self.model.find(key, path)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

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
        """Validate and save the editor's changed fields; False if they cannot be saved."""
        kind, record_id = self.editor.kind, self.editor.record_id
        changed = self.editor.changed_values()
        if kind is None or record_id is None or not changed:
            return True
        if self.held is not None:
            self.status.emit(self.held)
            return False
        errors = self.document.validate(kind, record_id, None, changed)
        if errors:
            self.editor.show_errors(errors)
            return False
        form = self.editor.form
        assert form is not None
        old = {name: form.original[name] for name in changed}
        what = naming.describe(kind, {**self.values, **changed})  # by its new name
        command = EditCommand(self.document, kind, record_id, old, changed,
                              naming.edit_text(kind, self.values), self._failed)
        self.editor.mark_saved()
        self.undo_stack.push(command)
        if not command.failed:
            self.status.emit(translate("EditingController", "Saved {what}").format(what=what))
        return not command.failed

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
        what = KINDS[kind].name()
        command = AddCommand(self.document, kind, parent_id, dialog.values(), None,
                             naming.add_text(kind), self._failed)
        self.undo_stack.push(command)
        if command.record_id is not None and not command.failed:
            path: list[Key] = [RecordKey(Kind.SESSION, session_id)]
            if KINDS[kind].parent == Kind.AREA:  # a measure: open the plenary's areas first
                path.append(list_key_of(Kind.AREA, session_id))
            path.append(list_key_of(kind, parent_id))
            self.select(RecordKey(kind, command.record_id), path)
            self.editor.form.focus_first() if self.editor.form else None
            self.status.emit(translate("EditingController", "Added {what}").format(what=what))

    def delete(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in EDITABLE:
            return
        values = self.values if (node.kind, node.id) == (self.editor.kind,
                                                         self.editor.record_id) else \
            queries.record(self.document.engine, node.kind, node.id)
        what = naming.describe(node.kind, values)
        if not confirm_delete(self.window, what, self._consequences(node)):
            return
        self.editor.revert()
        command = DeleteCommand(self.document, Kind(node.kind), node.id,
                                naming.delete_text(node.kind, values), self._failed)
        self.undo_stack.push(command)
        if not command.failed:
            self.status.emit(translate("EditingController", "Deleted {what}").format(what=what))

    def _consequences(self, node: Node) -> str:
        engine = self.document.engine
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
        return translate("EditingController", "Nothing else goes with it.")

    def move(self, delta: int) -> None:
        node = self.current_node()
        if node is None or node.kind not in ORDERED or not self.confirm_leave():
            return
        values = self.values if node.kind == Kind.MEASURE else node.values
        self.undo_stack.push(MoveCommand(self.document, Kind(node.kind), node.id, delta,
                                         naming.move_text(node.kind, values, delta),
                                         self._failed))

    def undo(self) -> None:
        if self.confirm_leave():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.confirm_leave():
            self.undo_stack.redo()

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
        shown = (self.editor.kind, self.editor.record_id)
        if shown[0] is not None and not self.editor.dirty and (
                shown in changes.updated or self._list_touches(changes)):
            node = self.current_node()
            self.show_node(node if node is not None and node.key == shown else None)
        self.changed.emit()

    def _list_touches(self, changes: Changes) -> bool:
        """A measure's ref depends on its area's and its own position: reload after moves."""
        return bool(changes.lists) and self.editor.kind in (Kind.MEASURE, Kind.AREA)

    # -- filter ------------------------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        """Filter now, on this thread (after a change, and for Esc)."""
        self.show_filter(text, queries.search(self.document.engine, text)
                         if text.strip() else None)

    def show_filter(self, text: str, found: "SearchResult | None") -> None:
        """Narrow the tree to a search's result (None shows everything).

        The selected record stays selected and in view through every change of filter;
        clearing it opens again the lists that were open before it started."""
        self.filter_text = text
        model = self.model
        state = tree_state.capture(self.tree, model)
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
        if found is None:
            self.status.emit("")
        elif found.more:
            self.status.emit(translate("EditingController", "Showing {shown} of %Ln matching "
                                       "record(s): add words to narrow the search", None,
                                       found.total).format(shown=len(found.matches)))
        else:
            self.status.emit(translate("EditingController", "%n record(s) match", None,
                                       len(found.matches)))
        self.changed.emit()

    def expand_top(self) -> None:
        """Open the first plenary and its co-operation areas: the first screen officers want.

        Only one: with hundreds of plenaries, opening each would read all of them at start.
        """
        root = QModelIndex()
        if self.model.rowCount(root) == 0:
            return
        session = self.model.index(0, 0, root)
        self.tree.expand(session)
        if self.model.canFetchMore(session):
            self.model.fetchMore(session)
        areas = self.model.index(0, 0, session)
        if areas.isValid():
            self.tree.expand(areas)
