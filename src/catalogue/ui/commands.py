"""Undo and redo: every change is a QUndoCommand whose redo() and undo() call a service
function and its inverse through the document. Nothing here writes to the database itself.

A command whose service call fails (the record vanished, a constraint refused it) keeps the
error, reports it through `on_error` (when there is one) and makes itself obsolete, so the
stack never replays a change that did not happen. Each says what to show once it has run.
An edit is saved, undone and redone on the record's version it last saw: when someone else
has changed the record since, the call is a Conflict (nothing written), which is kept
for the controller to show as the conflict dialog, not reported as an error. An undo or
redo the controller replays (`replaying`) stays on the stack through a Conflict: Qt has
moved its index already, and the controller either moves it back (`pass_over`: Cancel
leaves the step where it was) or drops the step (`drop`) once the officer has chosen.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from catalogue.kinds import Key, Kind, RecordKey, list_key_of
from catalogue.naming import redo_text, undo_text
from catalogue.spec import Conflict, Origin, ServiceError, Snapshot, Source
from catalogue.ui.document import CatalogueDocument

ErrorHandler = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """Common failure handling: one message, and the command drops out of the stack."""

    def __init__(self, document: CatalogueDocument, text: str,
                 on_error: ErrorHandler | None) -> None:
        super().__init__(text)
        self.label = text
        """The text as made (a naming.Label keeps its recipe: the history reads it in
        every officer's language); Qt's copy in text() is plain."""
        self.document = document
        self.on_error = on_error
        self.failed = False
        self.error: ServiceError | None = None
        self.expanded = False
        """The record was open in the tree: undoing its delete opens it again."""
        self._done = False
        self.replaying = False
        """Undone or redone from the stack: a Conflict keeps the command (see pass_over)."""
        self._inert = False

    def shown(self, undone: bool) -> Key | None:
        """What to select once undone (`undone`) or redone: the record, or where it was."""
        return None

    def window(self) -> Origin:
        """Doing (and redoing) a command: a change from the window; a redo is named so in
        the history ("Redo Edit ..."), not as the edit made again."""
        again, self._done = self._done, True
        return self.document.origin(Source.WINDOW, redo_text(self.label) if again else "")

    def undoing(self) -> Origin:
        """Undoing it: the inverse change set, named after the command ("Undo Edit ...")."""
        return self.document.origin(Source.UNDO, undo_text(self.label))

    def _run(self, action: Callable[[], Any]) -> None:
        if self._inert:  # the stack only moves its index back over it (see pass_over)
            self._inert = False
            return
        self.failed, self.error = False, None
        try:
            action()
        except ServiceError as error:  # the services turn driver errors into these too
            self.failed, self.error = True, error
            if not (self.replaying and isinstance(error, Conflict)):
                self.setObsolete(True)
            if self.on_error is not None and not isinstance(error, Conflict):
                self.on_error(str(error))

    def pass_over(self) -> None:
        """The next undo or redo does nothing: the stack's index goes back over a step
        whose replay met a Conflict the officer cancelled, and the step stays as it was."""
        self._inert = True
        self.failed, self.error = False, None

    def drop(self) -> None:
        """The step no longer describes the record (the officer chose a version): the next
        undo or redo does nothing and the stack deletes it."""
        self.pass_over()
        self.setObsolete(True)


class FieldsCommand(ServiceCommand):
    """A step that writes some fields of one record: `new` when done, `old` when undone,
    each on the record's version it last saw (someone else's change since is a Conflict)."""

    kind: Kind
    record_id: int
    old: dict[str, Any] | None
    new: dict[str, Any]
    version: int | None
    """The version the next redo or undo expects to find; each raises it by one."""

    def _save(self, fields: dict[str, Any], origin: Origin) -> None:
        expected = None if self.version is None else self.document.since_own(
            self.kind, self.record_id, self.version)  # this window's other saves are no conflict
        self.document.update(self.kind, self.record_id, fields, origin, expected)
        if expected is not None:
            self.version = expected + 1

    def again(self) -> Origin:
        """Who a redo is in the history."""
        return self.window()

    def settle(self, chosen: dict[str, Any], replaced: dict[str, Any], version: int | None,
               back: bool) -> None:
        """Its undo (`back`) or redo met someone else's change and the officer chose
        `chosen` (`replaced`: their values of those fields) on their `version`: written as
        the undo or redo it is (so the history names it so), after which the step covers
        those fields alone and stays on the stack, undone or done as the officer asked,
        for Redo or Undo to take them back as with any other step. It used to become a new
        step under the old name: "Undo Edit measure 1.1" undid the undo, and Redo was off
        (walk5). A service error (a third change meanwhile) is raised, the step as it was."""
        kept = self.version
        self.version = version
        try:
            self._save(chosen, self.undoing() if back else self.again())
        except ServiceError:
            self.version = kept
            raise
        if back:
            self.new = {name: self.new[name] for name in chosen if name in self.new}
            self.old = dict(chosen)
        else:
            self.old = {name: replaced.get(name) for name in chosen}
            self.new = dict(chosen)

    def shown(self, undone: bool) -> Key | None:
        return RecordKey(self.kind, self.record_id)


class EditCommand(FieldsCommand):
    def __init__(self, document: CatalogueDocument, kind: Kind, record_id: int,
                 old: dict[str, Any], new: dict[str, Any], text: str,
                 on_error: ErrorHandler | None, version: int | None = None) -> None:
        """`version`: the record's version the edit was made on (the editor's)."""
        super().__init__(document, text, on_error)
        self.kind, self.record_id, self.old, self.new = kind, record_id, old, new
        self.version = version

    def redo(self) -> None:
        self._run(lambda: self._save(self.new, self.window()))

    def undo(self) -> None:
        self._run(lambda: self._save(self.old or {}, self.undoing()))


class AddCommand(ServiceCommand):
    """The first redo adds; undo deletes; later redos restore the same record and id."""

    def __init__(self, document: CatalogueDocument, kind: Kind, parent_id: int,
                 fields: dict[str, Any], position: int | None, text: str,
                 on_error: ErrorHandler) -> None:
        super().__init__(document, text, on_error)
        self.kind, self.parent_id, self.fields, self.position = kind, parent_id, fields, position
        self.record_id: int | None = None
        self.snapshot: Snapshot | None = None
        self.version = 1
        """The record's version once added (every new record starts at 1) or put back:
        undo deletes it only if nobody else has changed it since (else Conflict)."""

    def redo(self) -> None:
        def add() -> None:
            if self.snapshot is None:
                self.record_id = self.document.add(self.kind, self.parent_id, self.fields,
                                                   self.position, self.window())
            else:
                self.document.restore(self.snapshot, self.window())

        self._run(add)

    def undo(self) -> None:
        def remove() -> None:
            assert self.record_id is not None
            self.snapshot = self.document.delete(
                self.kind, self.record_id, self.undoing(),
                self.document.since_own(self.kind, self.record_id, self.version))
            self.version = int(self.snapshot.row.get("version") or 1)

        self._run(remove)

    def shown(self, undone: bool) -> Key | None:
        if undone or self.record_id is None:
            return list_key_of(self.kind, self.parent_id)
        return RecordKey(self.kind, self.record_id)


class DeleteCommand(ServiceCommand):
    def __init__(self, document: CatalogueDocument, kind: Kind, record_id: int, text: str,
                 on_error: ErrorHandler, where: Key | None = None,
                 version: int | None = None) -> None:
        """`where`: the tree node it was under, shown once the delete is redone;
        `version`: the record's version as the officer saw it (None: as it is)."""
        super().__init__(document, text, on_error)
        self.kind, self.record_id, self.where = kind, record_id, where
        self.snapshot: Snapshot | None = None
        self.version = version

    def shown(self, undone: bool) -> Key | None:
        return RecordKey(self.kind, self.record_id) if undone else self.where

    def redo(self) -> None:
        def remove() -> None:
            expected = None if self.version is None else self.document.since_own(
                self.kind, self.record_id, self.version)
            self.snapshot = self.document.delete(self.kind, self.record_id, self.window(),
                                                 expected)
            self.version = self.snapshot.row.get("version")  # what undo puts back

        self._run(remove)

    def undo(self) -> None:
        def restore() -> None:
            assert self.snapshot is not None
            self.document.restore(self.snapshot, self.undoing())

        self._run(restore)


class MoveCommand(ServiceCommand):
    def __init__(self, document: CatalogueDocument, kind: Kind, record_id: int, delta: int,
                 text: str, on_error: ErrorHandler) -> None:
        super().__init__(document, text, on_error)
        self.kind, self.record_id, self.delta = kind, record_id, delta

    def redo(self) -> None:
        self._run(lambda: self.document.move(self.kind, self.record_id, self.delta,
                                             self.window()))

    def undo(self) -> None:
        self._run(lambda: self.document.move(self.kind, self.record_id, -self.delta,
                                             self.undoing()))

    def shown(self, undone: bool) -> Key | None:
        return RecordKey(self.kind, self.record_id)


class NewPlenaryCommand(ServiceCommand):
    """The first redo starts the plenary (and its conference, when new); undo deletes
    them; later redos put back the same records and ids."""

    def __init__(self, document: CatalogueDocument, conference: str,
                 sides: tuple[str, str] | None, fields: dict[str, Any], text: str,
                 on_error: ErrorHandler | None) -> None:
        super().__init__(document, text, on_error)
        self.conference, self.sides, self.fields = conference, sides, fields
        self.made: Any = None
        """The services' NewPlenary, once the first redo has run."""
        self.snapshots: list[Snapshot] = []
        """What undo deleted, plenary first, to put back in the reverse order."""

    @property
    def session_id(self) -> int | None:
        return None if self.made is None else int(self.made.session_id)

    def redo(self) -> None:
        def add() -> None:
            if self.made is None:
                self.made = self.document.add_plenary(self.conference, self.fields, self.sides)
            else:  # named as the first time: "New plenary", not "Restore ..."
                origin = self.document.origin(Source.WINDOW, self.label)
                for snapshot in reversed(self.snapshots):
                    self.document.restore(snapshot, origin)
                self.snapshots = []

        self._run(add)

    def undo(self) -> None:
        def remove() -> None:
            made, origin = self.made, self.undoing()
            self.snapshots = [self.document.delete(Kind.SESSION, made.session_id, origin)]
            if made.conference_added:
                self.snapshots.append(self.document.delete(Kind.CONFERENCE, made.conference_id,
                                                           origin))

        self._run(remove)

    def shown(self, undone: bool) -> Key | None:
        if undone or self.made is None:
            return None
        return RecordKey(Kind.SESSION, self.made.session_id)
