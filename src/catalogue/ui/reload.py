"""Reading the catalogue again: View > Reload (F5), and by itself in a read-only window when
the file changes on disk (the writer in another window saved).

A read-only window otherwise kept what it had read: its tree still said "4. Logistics"
while its editor, which reads on every selection, said "Logistics and Supply Chain". SQLite
writes a WAL catalogue's changes to its -wal file first and the main file only at a
checkpoint, so both are watched (and the folder, since the -wal comes and goes); a burst of
changes is one reload, and nothing happens when their sizes and times have not changed.
"""

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from catalogue.ui import tree_state
from catalogue.ui.controller import EditingController
from catalogue.ui.tree_model import CatalogueTreeModel
from catalogue.ui.tree_view import CatalogueTree

COALESCE_MS = 300
"""Changes closer together than this are read once."""
Stamp = tuple[tuple[int, int] | None, ...]


def stamp(path: Path) -> Stamp:
    """(modified, size) of the file and its -wal: what a reader would see change."""
    def one(name: str) -> tuple[int, int] | None:
        try:
            status = os.stat(name)
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    return one(str(path)), one(f"{path}-wal")


def reload(controller: EditingController, model: CatalogueTreeModel, tree: CatalogueTree,
           engine: Callable[[], object]) -> bool:
    """Read everything shown again, keeping the open lists, the selection and the filter;
    False when the person kept their unsaved changes instead."""
    if not controller.confirm_leave():
        return False
    if model.filtering:
        controller.apply_filter(controller.filter_text)
    else:
        state = tree_state.capture(tree, model)
        model.reset(engine)  # type: ignore[arg-type]
        tree_state.restore(tree, model, state)
    controller.show_node(controller.current_node())
    return True


class FileWatch(QObject):
    """Calls `changed()` once after the catalogue file changes on disk."""

    def __init__(self, changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changed = changed
        self.path: Path | None = None
        self.seen: Stamp = ()
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COALESCE_MS)
        self.watcher.fileChanged.connect(lambda _: self.timer.start())
        self.watcher.directoryChanged.connect(lambda _: self.timer.start())
        self.timer.timeout.connect(self._check)

    def watch(self, path: Path | None) -> None:
        """Watch `path` (None: nothing) from now on."""
        self.timer.stop()
        if self.watcher.files() or self.watcher.directories():
            self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        self.path = path
        if path is not None:
            self.seen = stamp(path)
            self._add_paths()

    def _add_paths(self) -> None:
        """The file, its -wal (when there is one) and its folder; a file replaced (a
        restore renames one into place) is watched again."""
        assert self.path is not None
        wanted = [str(self.path.parent), str(self.path), f"{self.path}-wal"]
        present = set(self.watcher.files() + self.watcher.directories())
        missing = [name for name in wanted if name not in present and os.path.exists(name)]
        if missing:
            self.watcher.addPaths(missing)

    def _check(self) -> None:
        if self.path is None:
            return
        self._add_paths()
        now = stamp(self.path)
        if now != self.seen:
            self.seen = now
            self.changed()
