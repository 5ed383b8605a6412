"""The open catalogue as the GUI sees it: one engine, and a signal after every change.

Every change the GUI makes passes through here to a service function, and the `changed`
signal carries the service's `Changes`, so the tree, editor and status bar refresh only
what was touched. Nothing here writes SQL.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from catalogue.kinds import Kind
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, Snapshot, ValidationError
from catalogue.storage import StoreError, fastread

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

services = lazy_import("catalogue.services")
queries = lazy_import("catalogue.queries")


class CatalogueDocument(QObject):
    changed = Signal(object)
    """Emitted with the `Changes` of every successful service call."""

    def __init__(self, engine: "Engine | Callable[[], Engine]", path: Path,
                 parent: QObject | None = None) -> None:
        """`engine` may be a callable: the engine (and SQLAlchemy) is then made on first use,
        which lets the window show before that import."""
        super().__init__(parent)
        self._engine_source = engine
        self._engine: Engine | None = None if callable(engine) else engine
        self.path = path

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

    def update(self, kind: Kind, record_id: int, fields: dict[str, Any]) -> Changes:
        return self._emit(services.update_record(self.engine, kind, record_id, fields))

    def add(self, kind: Kind, parent_id: int, fields: dict[str, Any],
            position: int | None = None) -> int:
        new_id, changes = services.add_record(self.engine, kind, parent_id, fields, position)
        self._emit(changes)
        return new_id

    def delete(self, kind: Kind, record_id: int) -> Snapshot:
        snapshot, changes = services.delete_record(self.engine, kind, record_id)
        self._emit(changes)
        return snapshot

    def restore(self, snapshot: Snapshot) -> Changes:
        return self._emit(services.restore_record(self.engine, snapshot))

    def add_plenary(self, conference: str, fields: dict[str, Any],
                    sides: tuple[str, str] | None = None) -> Any:
        """Start an empty plenary (services.add_plenary); returns its NewPlenary."""
        made = services.add_plenary(self.engine, conference, fields, sides)
        self._emit(made.changes)
        return made

    def move(self, kind: Kind, record_id: int, delta: int) -> Changes:
        return self._emit(services.move_record(self.engine, kind, record_id, delta))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
