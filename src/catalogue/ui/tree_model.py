"""The tree by area: a QAbstractItemModel over small plain nodes, loaded lazily.

Plenary -> "Co-operation areas (15)" -> area -> its measures and the agreements that serve
it; "Officials (12)", "Agreements (20)", "Annexes (8)". A node's children are read from the
database only when the view asks for them (`fetchMore`), so a 100,000-record catalogue opens
as fast as the seed. After a change the model re-reads only the lists the service's
`Changes` name and moves, inserts or removes rows in place, so selection and expansion
survive. Filtering narrows the tree to a set of keys found by the search query in SQL.
"""

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from catalogue import naming
from catalogue.i18n import translate
from catalogue.kinds import GROUPS, ROOT, Kind, ListKey, ListKind
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, Item, Key
from catalogue.storage.casefold import match_spans
from catalogue.ui.icons import badge

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from catalogue.queries import SearchResult

queries = lazy_import("catalogue.queries")
Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, KEY_ROLE) -> the node's (kind, id) key."""

LISTING = frozenset(ListKind) - {ListKind.SESSION}
"""Nodes whose children are a list read by its key: the root, the groups and the areas (a
plenary's children are its groups, made here)."""
TOOLTIPS = {Kind.CONFERENCE: "name", Kind.SESSION: "title", Kind.AREA: "name", Kind.MEASURE: "text",
            Kind.OFFICIAL: "post", Kind.AGREEMENT: "title", Kind.ANNEX: "title"}
"""The field a record's tooltip shows in full."""
_IN_TWO_LANGUAGES: dict[str, str] = {Kind.AREA: "name", Kind.MEASURE: "text",
                                     Kind.AGREEMENT: "title", Kind.ANNEX: "title"}
"""The field a row's label shows in the window's language (its Chinese one is `name`_zh)."""
_PARENTS = LISTING | {Kind.SESSION}
"""The nodes with lists under them: the others never have children."""
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Made once: the view asks for every row's flags, and OR-ing Qt's enums costs each time."""
_DISPLAY, _TOOLTIP, _DECORATION = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole))
_KEY = int(KEY_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _DECORATION, _KEY})
"""The roles data() answers, as plain ints: a view asks each painted row for a dozen roles,
and comparing with Qt's enums costs a Python enum lookup each time (a filter's repaint spent
a fifth of its time there)."""


@dataclass(eq=False, slots=True)
class Node:
    kind: str
    id: int
    values: dict[str, Any] = field(default_factory=dict)
    parent: "Node | None" = None
    children: "list[Node] | None" = None
    row: int = 0
    count: int = 0
    key: Key = field(init=False)
    """(kind, id), made once: the view's calls read it hundreds of times a filter."""

    def __post_init__(self) -> None:
        self.key = (self.kind, self.id)  # type: ignore[assignment]

    @property
    def list_key(self) -> ListKey | None:
        """The key to read this node's children with, or None for a leaf."""
        if self.kind in LISTING:
            return self.key  # type: ignore[return-value]
        return None


class CatalogueTreeModel(QAbstractItemModel):
    filtered = Signal(str, object)
    """The filter changed: (its text, the SearchResult), or ("", None) when cleared."""

    def __init__(self, engine: "Engine | Callable[[], Engine]", parent: QObject | None = None,
                 preload: "dict[Key, list[Item]] | None" = None) -> None:
        """`engine` may be a callable that makes it on first use; `preload` holds lists
        already read (the first screen), used once instead of asking the database."""
        super().__init__(parent)
        self._engine_source = engine
        self._preload = dict(preload or {})
        self._visible: frozenset[Key] | None = None
        self._outline: dict[Key, list[Item]] = {}
        self.found: SearchResult | None = None
        self.words: tuple[str, ...] = ()
        """The words filtered for, which the tree highlights."""
        self.before_filter: list[tuple[Key, ...]] = []
        """The paths open before the filter started, opened again when it is cleared."""
        self.last_current: tuple[Key, ...] | None = None
        """Where the selected node was, kept while a filter hides it."""
        self._root = Node(ListKind.ROOT, 0)
        self._by_key: dict[Key, list[Node]] = {}
        self._rebuild()

    # -- the nodes ---------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if index.isValid():
            return index.internalPointer()
        return self._root

    def index_of(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def _make(self, item: Item, parent: Node, row: int = 0, count: int = 0) -> Node:
        node = Node(item.kind, item.id, dict(item.values), parent, None, row, count)
        self._by_key.setdefault(node.key, []).append(node)
        return node

    def _forget(self, node: Node) -> None:
        nodes = self._by_key.get(node.key, [])
        if node in nodes:
            nodes.remove(node)
        for child in node.children or []:
            self._forget(child)

    @property
    def _engine(self) -> "Engine":
        source = self._engine_source
        return source() if callable(source) else source

    def _read(self, node: Node) -> list[Item]:
        """The items under `node`, as the database (and the filter) have them now."""
        if node.key in self._preload:
            return self._preload.pop(node.key)
        if self._visible is not None:  # filtering: the outline read with the search
            if node.kind == Kind.SESSION:
                return [Item(group, node.id, {"count": len(self._outline[ListKey(group, node.id)])})
                        for group in GROUPS if ListKey(group, node.id) in self._outline]
            return list(self._outline.get(node.key, []))
        if node.kind == Kind.SESSION:
            counts = queries.group_counts(self._engine, node.id)
            return [Item(group, node.id, {"count": counts[group]}) for group in GROUPS]
        return queries.children(self._engine, node.key)

    def _load(self, node: Node) -> None:
        self._adopt(node, self._read(node))

    def _adopt(self, node: Node, items: list[Item]) -> None:
        """Make `items` the children of `node` (callers signal the view as they need), each
        with its row and count as it is made: a filter makes some 300 nodes a keystroke."""
        node.children = [self._make(item, node, row, _listed(item.values))
                         for row, item in enumerate(items)]
        node.count = _counted(node, items)

    def _rebuild(self) -> None:
        """A new root with the plenaries (everything at once when filtering)."""
        self._root = Node(ListKind.ROOT, 0)
        self._by_key = {}
        if self._visible is None:
            self._load(self._root)
        else:
            self._load_all(self._root)

    # -- Qt's model interface ----------------------------------------------------------------

    # index, parent and hasChildren are called for every node at each expandAll and paint:
    # kept to the fewest Python steps
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = (parent.internalPointer() if parent.isValid() else self._root).children
        if column != 0 or children is None or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent.parent is None:  # the root's children: top level
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._root.children or [])
        if parent.column() != 0:
            return 0
        return len(parent.internalPointer().children or [])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        node = parent.internalPointer() if parent.isValid() else self._root
        if node.children is not None:
            return bool(node.children)
        if node.kind in GROUPS:
            return node.count > 0
        return node.kind in _PARENTS

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return node.children is None and node.kind in _PARENTS

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.children is not None:
            return
        items = self._read(node)
        if not items:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(items) - 1)
        self._adopt(node, items)
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node = index.internalPointer()
        if role == _DISPLAY:
            return self.label(node)
        if role == _TOOLTIP:
            return self.tooltip(node)
        if role == _DECORATION:
            return badge(self.kind_icon(node))
        return node.key

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CatalogueTreeModel", "Record")
        return None

    def retranslate(self) -> None:
        """Every row and the heading again in the language now installed (each is named
        when drawn; the layout change makes the view measure them again)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # -- what a node says --------------------------------------------------------------------

    @staticmethod
    def kind_icon(node: Node) -> str:
        """Which badge (ui.icons) the node's row shows."""
        return "group" if node.kind in GROUPS else str(node.kind)

    def label(self, node: Node, whole: bool = False) -> str:
        """The row's text; `whole`: long texts not cut to a summary (the filtered tree's
        painter elides them itself, around the words found)."""
        if node.kind in GROUPS:
            return naming.group_label(node.kind, node.count)
        values = node.values
        if whole and self.words and node.kind in _IN_TWO_LANGUAGES:
            values = self._where_found(node.kind, values)
        total = values.get("measures")
        if node.kind == Kind.AREA and self.filtering and total is not None and (
                total != node.count):  # "4. Finance (1 of 9 measures)": what was found
            return translate("CatalogueTreeModel", "{area} ({shown} of {measures})").format(
                area=naming.label(node.kind, values), shown=node.count,
                measures=naming.counted(Kind.MEASURE, int(total)))
        if node.kind == Kind.AREA:  # "4. Finance (3 measures)", as groups give their counts
            return translate("CatalogueTreeModel", "{area} ({measures})").format(
                area=naming.label(node.kind, values),
                measures=naming.counted(Kind.MEASURE, node.count))
        return naming.label(node.kind, values,
                            sys.maxsize if whole else naming.SUMMARY_LENGTH)

    def _where_found(self, kind: str, values: dict[str, Any]) -> dict[str, Any]:
        """`values` with the other language's field shown when the filter's words are in
        it and not in the window's: an English window's row found by its Chinese text
        showed its English, unmarked, and nothing said why it matched."""
        name = _IN_TWO_LANGUAGES[kind]
        english, chinese = values.get(name), values.get(f"{name}_zh")
        if not (english and chinese):
            return values  # one language only: that one is shown
        shown = naming.shown(values, name)
        other = chinese if shown == english else english
        if match_spans(shown, self.words) or not match_spans(str(other), self.words):
            return values
        return {**values, name: chinese, f"{name}_zh": english}  # shown() takes the other

    def summary(self, node: Node) -> str:
        """What a group holds, for the editor's pane when a group row is selected."""
        plenary = naming.session_name(node.parent.values) if node.parent else ""
        members = GROUPS[node.kind].members  # type: ignore[index]
        counted = naming.counted(members, node.count)
        if members == Kind.AREA:
            if node.children is None:
                self.fetchMore(self.index_of(node))
            counted = translate("CatalogueTreeModel", "{areas} with {measures}").format(
                areas=counted, measures=naming.counted(
                    Kind.MEASURE, sum(child.count for child in node.children or [])))
        text = translate("CatalogueTreeModel", "{counted} in the {plenary}.").format(
            counted=counted, plenary=plenary)
        return text + "\n\n" + (
            translate("CatalogueTreeModel", "Only what the filter found is counted; Esc shows "
                      "everything.") if self.filtering else
            translate("CatalogueTreeModel", "Select one in the tree to see and edit it."))

    def tooltip(self, node: Node) -> str | None:
        values = node.values
        field = TOOLTIPS.get(node.kind)  # type: ignore[call-overload]
        text = naming.shown(values, field) if field else None
        if node.kind == Kind.AGREEMENT and values.get("annex_number"):
            text = translate("CatalogueTreeModel", "{title}\n\nText at Annex {number}").format(
                title=text, number=values["annex_number"])
        return f"<p style='white-space:pre-wrap'>{_escape(text)}</p>" if text else None

    # -- following changes -------------------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Bring the loaded part of the tree in line with what a service call changed."""
        stale: list[Node] = []
        for listed in changes.lists:
            stale += [node for node in self._nodes_listing(listed)]
        for key in changes.updated:
            stale += [node.parent for node in self._by_key.get(key, []) if node.parent]
        done: set[int] = set()
        for node in stale:
            if id(node) not in done:
                done.add(id(node))
                self._sync(node)

    def _nodes_listing(self, key: ListKey) -> list[Node]:
        """Nodes whose children are the list `key` (a group node or an area node)."""
        if key == ROOT:
            return [self._root]
        return [node for node in self._by_key.get(key, []) if node.list_key == key]

    def _sync(self, node: Node) -> None:
        """Re-read one node's children and patch the rows: remove, move, insert, refresh."""
        items = self._read(node)
        parent = self.index_of(node)
        if node.children is not None:
            self._patch_rows(node, parent, items)
        node.count = _counted(node, items)
        if node.parent is not None:
            here = self.index_of(node)
            self.dataChanged.emit(here, here)

    def _patch_rows(self, node: Node, parent: QModelIndex, items: list[Item]) -> None:
        assert node.children is not None
        wanted = {item.key for item in items}
        for row in reversed(range(len(node.children))):
            if node.children[row].key not in wanted:
                self.beginRemoveRows(parent, row, row)
                self._forget(node.children.pop(row))
                self._renumber(node)
                self.endRemoveRows()
        for target, item in enumerate(items):
            keys = [child.key for child in node.children]
            if target < len(keys) and keys[target] == item.key:
                pass
            elif item.key in keys:
                source = keys.index(item.key, target)
                self.beginMoveRows(parent, source, source, parent, target)
                node.children.insert(target, node.children.pop(source))
                self._renumber(node)
                self.endMoveRows()
            else:
                self.beginInsertRows(parent, target, target)
                child = self._make(item, node)
                if child.list_key is not None:
                    # A row that appears through a change (a restored area) comes with its
                    # children, so nothing fetches inside the insert notification.
                    self._load(child)
                node.children.insert(target, child)
                self._renumber(node)
                self.endInsertRows()
            child = node.children[target]
            child.values = dict(item.values)
            if child.kind in GROUPS or child.kind == Kind.AREA:
                child.count = _listed(item.values) if child.children is None else \
                    _counted(child, [Item(c.kind, c.id) for c in child.children])
        self._renumber(node)
        if node.children:
            self.dataChanged.emit(self.index(0, 0, parent),
                                  self.index(len(node.children) - 1, 0, parent))
            for child in node.children:
                if child.children and child.kind == Kind.AREA:
                    self._refresh_labels(child)

    def _refresh_labels(self, node: Node) -> None:
        """Measure labels carry their area's number: refresh them when the area moves."""
        assert node.children is not None
        position = node.values.get("position")
        for child in node.children:
            if child.kind == Kind.MEASURE:
                child.values["area_position"] = position
        here = self.index_of(node)
        self.dataChanged.emit(self.index(0, 0, here),
                              self.index(len(node.children) - 1, 0, here))

    @staticmethod
    def _renumber(node: Node) -> None:
        for row, child in enumerate(node.children or []):
            child.row = row

    # -- finding and filtering ---------------------------------------------------------------

    def find(self, key: Key, path: list[Key] | None = None) -> QModelIndex:
        """The index of the first node with `key`, loading the lists on `path` on the way."""
        for step in path or []:
            for node in list(self._by_key.get(step, [])):
                if node.children is None:
                    self.fetchMore(self.index_of(node))
        nodes = self._by_key.get(key, [])
        return self.index_of(nodes[0]) if nodes else QModelIndex()

    def set_filter(self, found: "SearchResult | None", text: str = "") -> None:
        """Show only a search's matches and the nodes above them (None shows everything).
        The result carries its outline, so this reads nothing from the database."""
        self.beginResetModel()
        self._visible = found.visible if found is not None else None
        self._outline = found.outline if found is not None else {}
        self.found = found
        self.words = tuple(queries.search_words(text)) if found is not None else ()
        self._rebuild()
        self.endResetModel()
        self.filtered.emit(text if found is not None else "", found)

    def path_of(self, index: Index) -> tuple[Key, ...]:
        """The keys from the top of the tree down to `index`: where a node is, in a form
        that outlives the model's resets (a filter, a reload, the next start)."""
        keys: list[Key] = []
        node: Node | None = self.node(index) if index.isValid() else None
        while node is not None and node.parent is not None:
            keys.append(node.key)
            node = node.parent
        return tuple(reversed(keys))

    def index_at(self, path: Sequence[Key]) -> QModelIndex:
        """The node at `path`, reading the lists on the way; invalid when it is not there."""
        node = self._root
        for key in path:
            if node.children is None:
                self.fetchMore(self.index_of(node))
            found = next((child for child in node.children or [] if child.key == tuple(key)),
                         None)
            if found is None:
                return QModelIndex()
            node = found
        return self.index_of(node)

    def marks(self, node: Node) -> tuple[str, ...]:
        """The words to mark in `node`'s row: the filter's in a record it found, none in
        the rows above them (a group's "Co-operation areas", a conference's name), which
        were marked wherever a word happened to be in them though nothing there matched."""
        found = self.found
        return self.words if found is not None and node.key in found.matches else ()

    def first_match(self) -> QModelIndex:
        """The first record the filter found, in the tree's order (invalid when none)."""
        matches = self.found.matches if self.found is not None else frozenset()

        def first(node: Node) -> Node | None:
            for child in node.children or []:
                if child.key in matches:
                    return child
                found = first(child)
                if found is not None:
                    return found
            return None

        node = first(self._root)
        return self.index_of(node) if node is not None else QModelIndex()

    @property
    def filtering(self) -> bool:
        return self._visible is not None

    def _load_all(self, node: Node) -> None:
        """Every list under `node`, depth first in the tree's order (the order _by_key keeps
        a record's several nodes in: find gives the first)."""
        pending = [node]
        while pending:
            node = pending.pop()
            self._load(node)
            pending += [child for child in reversed(node.children or [])
                        if child.kind in _PARENTS]

    def reset(self, engine: "Engine | Callable[[], Engine]") -> None:
        """Show another database (or the same one read again)."""
        self.beginResetModel()
        self._engine_source = engine
        self._preload = {}
        self._visible = None
        self._outline = {}
        self.found, self.words = None, ()
        self.before_filter, self.last_current = [], None
        self._rebuild()
        self.endResetModel()
        self.filtered.emit("", None)


def _listed(values: dict[str, Any]) -> int:
    """The count a list gave with a row: a group's members, an area's measures."""
    return int(values.get("count", values.get("measures", 0)))


def _counted(node: Node, items: list[Item]) -> int:
    """What a node's label counts of `items`, its children: an area counts its measures
    (not the agreements that serve it), a group or the root everything."""
    if node.kind == Kind.AREA:
        return sum(1 for item in items if item.kind == Kind.MEASURE)
    return len(items)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
