"""Undoable restores from the history: an earlier version of a record, a deleted record.

Both call the history services through the document (one new change set each, source
'restore'), so they appear in the history themselves; undo writes the inverse change set,
as every other command does (history is never rewritten).
"""

from typing import TYPE_CHECKING, Any

from catalogue.kinds import KINDS, Key, Kind, RecordKey, list_key_of
from catalogue.spec import FIELDS, Origin, Snapshot, Source
from catalogue.ui.commands import ErrorHandler, FieldsCommand, ServiceCommand
from catalogue.ui.document import CatalogueDocument

if TYPE_CHECKING:
    from catalogue.history import DeletedRecord


def _editable(kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
    return {name: values.get(name) for name in FIELDS[kind]}


class RestoreVersionCommand(FieldsCommand):
    """The first redo runs history.restore_version; undo puts back the values it replaced,
    and a later redo the values it wrote (both as plain edits of those fields)."""

    def __init__(self, document: CatalogueDocument, kind: Kind, record_id: int,
                 change_id: int, text: str, on_error: ErrorHandler | None) -> None:
        super().__init__(document, text, on_error)
        self.kind, self.record_id, self.change_id = kind, record_id, change_id
        self.old: dict[str, Any] | None = None
        self.new: dict[str, Any] = {}
        self.version: int | None = None
        """The record's version after the last redo or undo: the next one is made on it,
        so undoing a restore someone has changed since is a conflict, as for an edit."""

    def again(self) -> Origin:
        return self.document.origin(Source.RESTORE, self.label)

    def redo(self) -> None:
        def restore() -> None:
            if self.old is None:
                before = _editable(self.kind, self.document.record(self.kind, self.record_id))
                self.document.restore_version(self.kind, self.record_id, self.change_id)
                restored = self.document.record(self.kind, self.record_id)
                after = _editable(self.kind, restored)
                self.old = {name: value for name, value in before.items()
                            if after.get(name) != value}
                self.new = {name: after[name] for name in self.old}
                self.version = restored.get("version")
                if self.version is not None:
                    self.document.note_written(self.kind, self.record_id, self.version)
            else:
                self._save(self.new, self.again())

        self._run(restore)

    def undo(self) -> None:
        self._run(lambda: self._save(self.old or {}, self.undoing()))


class RestoreDeletedCommand(ServiceCommand):
    """The first redo runs history.restore_deleted (the record and what went with it, by
    the change set that deleted it); undo deletes it again, and a later redo restores that
    snapshot, as undoing and redoing a delete does."""

    def __init__(self, document: CatalogueDocument, deleted: "DeletedRecord", text: str,
                 on_error: ErrorHandler | None) -> None:
        super().__init__(document, text, on_error)
        self.kind = deleted.entry.kind
        self.change_set_id = deleted.entry.change_set_id
        values = deleted.values
        parent = KINDS[self.kind].parent
        self.parent_id = values.get("area_id" if parent == Kind.AREA else "session_id")
        self.record_id: int | None = None
        self.snapshot: Snapshot | None = None
        self.expanded = True

    def redo(self) -> None:
        def restore() -> None:
            if self.snapshot is None:
                changes = self.document.restore_deleted(self.change_set_id)
                self.record_id = next(key.id for key in changes.updated
                                      if key.kind == self.kind)
            else:
                self.document.restore(self.snapshot,
                                      self.document.origin(Source.RESTORE, self.label))

        self._run(restore)

    def undo(self) -> None:
        def remove() -> None:
            assert self.record_id is not None
            self.snapshot = self.document.delete(self.kind, self.record_id, self.undoing())

        self._run(remove)

    def shown(self, undone: bool) -> Key | None:
        if not undone and self.record_id is not None:
            return RecordKey(self.kind, self.record_id)
        if self.parent_id is None:
            return None
        return list_key_of(self.kind, int(self.parent_id))
