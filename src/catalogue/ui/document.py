"""The open catalogue as the GUI sees it: one engine, and a signal after every change.

Every change the GUI makes passes through here to a service function, and the `changed`
signal carries the service's `Changes`, so the tree, editor and status bar refresh only
what was touched. Nothing here writes SQL.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from catalogue.kinds import Kind, RecordKey
from catalogue.lazy import lazy_import
from catalogue.spec import OFFICER_SETTING, Changes, Origin, Snapshot, Source, ValidationError
from catalogue.storage import StoreError, fastread

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from catalogue.documents import DocumentFile
    from catalogue.history import ChangeEntry
    from catalogue.storage.server import ServerAddress

services = lazy_import("catalogue.services")
queries = lazy_import("catalogue.queries")
history = lazy_import("catalogue.history")


class CatalogueDocument(QObject):
    changed = Signal(object)
    """Emitted with the `Changes` of every successful service call."""

    def __init__(self, engine: "Engine | Callable[[], Engine]", path: Path,
                 parent: QObject | None = None, server: "ServerAddress | None" = None) -> None:
        """`engine` may be a callable: the engine (and SQLAlchemy) is then made on first use,
        which lets the window show before that import. `server`: a team catalogue, whose
        `path` only names its local backups."""
        super().__init__(parent)
        self.written: dict[tuple[str, int], set[int]] = {}
        """Per record, the versions this window's own saves made (issue #16): its undo and
        redo see past them, and only past them (see `since_own`)."""
        self._engine_source = engine
        self._engine: Engine | None = None if callable(engine) else engine
        self.path = path
        self.server = server
        self.officer = ""
        """Who the changes are recorded as when Settings names nobody ('': the services
        record the operating-system user; a team catalogue: the server role)."""

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            source = self._engine_source
            assert callable(source)
            self._engine = source()
        return self._engine

    def record(self, kind: str, record_id: int) -> dict[str, Any]:
        """One record's values for the editor (queries.record). Until the engine is made
        they are read with sqlite3, so the first record shows without waiting for the ORM's
        import; NotFound as queries.record raises it."""
        if self._engine is None:
            try:
                values = fastread.record(self.path, Kind(kind), record_id)
            except StoreError:
                values = None  # the ORM says what is wrong
            if values is not None:
                return values
        return queries.record(self.engine, kind, record_id)

    def _emit(self, changes: Changes) -> Changes:
        self.changed.emit(changes)
        return changes

    def validate(self, kind: Kind, record_id: int | None, parent_id: int | None,
                 fields: dict[str, Any]) -> dict[str, str]:
        """Field -> message for every value that cannot be saved (empty when all are fine)."""
        try:
            services.clean_fields(self.engine, kind, record_id, parent_id, fields)
        except ValidationError as error:
            return error.errors
        return {}

    def origin(self, source: Source = Source.WINDOW, label: str = "") -> Origin:
        """Who is changing the catalogue from the window: the name set in Settings
        (OFFICER_SETTING), else `officer`, else the operating-system user (the services'
        default)."""
        officer = QSettings().value(OFFICER_SETTING, "")
        return Origin(source, str(officer or "").strip() or self.officer, label)

    def update(self, kind: Kind, record_id: int, fields: dict[str, Any],
               origin: Origin | None = None, version: int | None = None) -> Changes:
        """Save `fields` on the record's `version` (services.Conflict when someone else
        changed it since; None: on whatever it holds)."""
        changes = services.update_record(self.engine, kind, record_id, fields,
                                         origin=origin or self.origin(), version=version)
        if version is not None:
            self.note_written(kind, record_id, version + 1)
        return self._emit(changes)

    def note_written(self, kind: str, record_id: int, version: int) -> None:
        """This window's own change left the record at `version`."""
        self.written.setdefault((kind, record_id), set()).add(version)

    def since_own(self, kind: str, record_id: int, version: int) -> int:
        """The version the record has if, since `version`, only this window changed it:
        what an undo or redo of a change that left it at `version` must find. A change by
        anyone else in between breaks the run, and the save is then a conflict."""
        made = self.written.get((kind, record_id), set())
        while version + 1 in made:
            version += 1
        return version

    def others_since(self, kind: Kind, record_id: int, version: int) -> "list[ChangeEntry]":
        """Others' changes to the record after `version` (not this window's own), newest
        first, from its history: what an undo's or redo's conflict names as changed since."""
        made = self.written.get((kind, record_id), set())
        found = []
        for entry in history.record_history(self.engine, kind, record_id):
            raised = entry.fields.get("version")
            if raised is None:
                continue
            if int(raised[1] or 0) <= version:
                break
            if int(raised[1]) not in made:
                found.append(entry)
        return found

    def add(self, kind: Kind, parent_id: int, fields: dict[str, Any],
            position: int | None = None, origin: Origin | None = None) -> int:
        new_id, changes = services.add_record(self.engine, kind, parent_id, fields, position,
                                              origin=origin or self.origin())
        self._emit(changes)
        return new_id

    def delete(self, kind: Kind, record_id: int, origin: Origin | None = None,
               version: int | None = None) -> Snapshot:
        """Delete on the record's `version` (services.Conflict when someone else changed
        it since; None: whatever it holds)."""
        snapshot, changes = services.delete_record(self.engine, kind, record_id,
                                                   origin=origin or self.origin(),
                                                   version=version)
        self._emit(changes)
        return snapshot

    def restore(self, snapshot: Snapshot, origin: Origin | None = None) -> Changes:
        return self._emit(services.restore_record(self.engine, snapshot,
                                                  origin=origin or self.origin()))

    def add_plenary(self, conference: str, fields: dict[str, Any],
                    sides: tuple[str, str] | None = None) -> Any:
        """Start an empty plenary (services.add_plenary); returns its NewPlenary."""
        made = services.add_plenary(self.engine, conference, fields, sides, self.origin())
        self._emit(made.changes)
        return made

    def move(self, kind: Kind, record_id: int, delta: int,
             origin: Origin | None = None) -> Changes:
        return self._emit(services.move_record(self.engine, kind, record_id, delta,
                                               origin=origin or self.origin()))

    def restore_deleted(self, what: int | str, origin: Origin | None = None) -> Changes:
        """Put a deleted record back (history.restore_deleted): a change set or a uuid."""
        return self._emit(history.restore_deleted(
            self.engine, what, origin=origin or self.origin(Source.RESTORE)))

    def restore_version(self, kind: Kind, record_id: int, change_id: int,
                        origin: Origin | None = None) -> Changes:
        """Put back a record's fields as of one change (history.restore_version)."""
        return self._emit(history.restore_version(
            self.engine, kind, record_id, change_id,
            origin=origin or self.origin(Source.RESTORE)))

    def attach(self, owner: RecordKey, file: "DocumentFile | None", url: str = "",
               origin: Origin | None = None) -> int:
        """Keep a file (or a web address) with an annex or agreement; its id."""
        new_id, changes = services.attach_document(self.engine, owner, file, url=url,
                                                   origin=origin or self.origin())
        self._emit(changes)
        return int(new_id)

    def store_document(self, owner: RecordKey, file: "DocumentFile", proceed: Any = None
                       ) -> tuple[int, Changes]:
        """Attach a file without telling anyone yet: safe on a worker thread (a large file
        takes a moment to write). `proceed()` answering False cancels before the commit;
        `announce` then tells the window on its own thread."""
        new_id, changes = services.attach_document(
            self.engine, owner, file, origin=self.origin(),
            progress=None if proceed is None else lambda _done, _total: bool(proceed()))
        return int(new_id), changes

    def announce(self, changes: Changes) -> Changes:
        return self._emit(changes)

    def detach(self, document_id: int, origin: Origin | None = None) -> dict[str, Any]:
        snapshot, changes = services.detach_document(self.engine, document_id,
                                                     origin or self.origin())
        self._emit(changes)
        return dict(snapshot)

    def restore_document(self, snapshot: dict[str, Any], origin: Origin | None = None
                         ) -> Changes:
        return self._emit(services.restore_document(self.engine, snapshot,
                                                    origin or self.origin()))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
