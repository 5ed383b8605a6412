"""Which lists of the tree are open and which record is selected, kept as paths of keys.

A path ("session 1 / areas 1 / area 12 / measure 40") outlives the model's resets, so the
same state comes back after a filter is cleared, after a reload, and (saved in QSettings
per catalogue file) at the next start; lists on the way are read when they are needed.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from catalogue.spec import Key
from catalogue.ui.tree_model import CatalogueTreeModel

TreePath = tuple[Key, ...]


@dataclass
class TreeState:
    expanded: list[TreePath] = field(default_factory=list)
    current: TreePath | None = None


def capture(tree: QTreeView, model: CatalogueTreeModel, *, expanded_too: bool = True
            ) -> TreeState:
    """The open lists (only those loaded can be open) and the selected node; not
    `expanded_too`, the selected node only (walking every open list of a big tree takes
    longer than a search)."""
    expanded: list[TreePath] = []

    def walk(parent: QModelIndex, prefix: TreePath) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                path = (*prefix, model.node(index).key)
                expanded.append(path)
                walk(index, path)

    if expanded_too:
        walk(QModelIndex(), ())
    current = tree.currentIndex()
    return TreeState(expanded, model.path_of(current) if current.isValid() else None)


def expand(tree: QTreeView, model: CatalogueTreeModel, paths: list[TreePath]) -> None:
    for path in paths:
        index = model.index_at(path)
        if index.isValid():
            tree.expand(index)


def reveal(tree: QTreeView, model: CatalogueTreeModel, path: TreePath) -> QModelIndex:
    """Select the node at `path` (else the first with its key), open the lists above it and
    scroll it into view."""
    index = model.index_at(path)
    if not index.isValid() and path:
        index = model.find(path[-1], list(path[:-1]))
    if not index.isValid():
        return index
    parent = index.parent()
    while parent.isValid():
        tree.expand(parent)
        parent = parent.parent()
    tree.setCurrentIndex(index)
    tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    return index


def restore(tree: QTreeView, model: CatalogueTreeModel, state: TreeState) -> None:
    expand(tree, model, state.expanded)
    if state.current is not None:
        reveal(tree, model, state.current)


# -- between starts, per catalogue ---------------------------------------------------------------


def _key(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]
    return f"catalogues/{digest}/tree"


def save(catalogue: Path, state: TreeState) -> None:
    QSettings().setValue(_key(catalogue), json.dumps(
        {"expanded": state.expanded, "current": state.current}))


def _path(keys: list[list[object]]) -> TreePath:
    """Keys read back from JSON: plain (kind, id) tuples, as the model's nodes give them."""
    return tuple((str(kind), int(str(id_))) for kind, id_ in keys)  # type: ignore[misc]


def load(catalogue: Path) -> TreeState | None:
    """What `save` kept for this catalogue, or None (nothing kept, or not readable)."""
    text = QSettings().value(_key(catalogue))
    try:
        data = json.loads(str(text)) if text else None
        if data is None:
            return None
        current = data["current"]
        return TreeState([_path(path) for path in data["expanded"]],
                         _path(current) if current else None)
    except (ValueError, TypeError, KeyError):
        return None
