"""The village → group → household tree of the 人员档案 page, and the
household search behind its filter box.

A village's groups and households are read when the village is first
expanded (`canFetchMore`/`fetchMore`): one `people.households_in` query per
village, never the whole township to paint the first screen. While the
filter box holds text the model shows the matching households as a flat
list instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from fpdesk.db.engine import Database
from fpdesk.services import office, people, roster
from fpdesk.services.people import HouseholdRow
from fpdesk.ui.household_view import group_label

NO_PARENT = QModelIndex()  # the default parent of Qt's model methods
KIND_ROLE = Qt.ItemDataRole.UserRole + 1    # "village" / "group" / "household"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2     # village code / group number / household uid
VILLAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the village code of any node
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4    # the group number ("" for none) of groups and households
SEARCH_LIMIT = 200
NO_GROUP = ""


def household_label(row: HouseholdRow) -> str:
    """0001 张建国户（4人）"""
    translate = QCoreApplication.translate
    number = row.household_no[-4:] if row.household_no else translate("HouseholdTree", "(no number)")
    if row.head_name:
        text = translate("HouseholdTree", "%1 %2 household (%3)").replace("%2", row.head_name)
    else:
        text = translate("HouseholdTree", "%1 (no head) (%3)")
    return text.replace("%1", number).replace("%3", str(row.members))


@dataclass(eq=False)
class Node:
    kind: str
    key: str
    label: str
    village: str
    group: str = NO_GROUP
    parent: Node | None = None
    children: list[Node] | None = None  # None: not read yet
    row: HouseholdRow | None = None

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


class HouseholdCache:
    """Each village's households (`people.households_in`), read on first use and
    shared by the tree and the filter box; `clear()` after anything is written."""

    def __init__(self, db: Database):
        self.db = db
        self._rows: dict[str, list[HouseholdRow]] = {}
        self._groups: dict[str, list[str]] = {}

    def clear(self) -> None:
        self._rows.clear()
        self._groups.clear()

    def village(self, code: str) -> tuple[list[str], list[HouseholdRow]]:
        """The village's groups (those with households and those set up for it) and households."""
        if code not in self._rows:
            with self.db.read_session() as session:
                rows = people.households_in(session, code, None)
                groups = set(office.village_groups(session, code))
            groups |= {row.group_no or NO_GROUP for row in rows}
            self._rows[code], self._groups[code] = rows, sorted(groups)
        return self._groups[code], self._rows[code]

    def households(self, codes: list[str]) -> list[HouseholdRow]:
        return [row for code in codes for row in self.village(code)[1]]


def _digits_match(row: HouseholdRow, text: str) -> bool:
    """12 or 0012 is the household numbered 0012; longer digits end or are part of the number."""
    number = row.household_no or ""
    if len(text) <= 4:
        return number[-4:].isdigit() and int(number[-4:]) == int(text)
    return number.endswith(text) if len(text) < 6 else text in number


def is_short_number(text: str, match_ids: bool = True) -> bool:
    """A household's own number (12, 0012), searched village by village: numbers
    repeat in every group. With `match_ids`, six digits or more search the
    whole township's household and ID numbers instead."""
    text = text.strip()
    return text.isascii() and text.isdigit() and (len(text) < 6 or not match_ids)


def find_households(cache: HouseholdCache, scope: list[str], text: str,
                    match_ids: bool = True) -> list[HouseholdRow]:
    """Households matching the filter text.

    A short number matches the households of the `scope` villages whose number
    holds it or whose 4-digit number it is. Anything else goes to
    `roster.search_people` for the whole township — a member's name or pinyin
    initials (zxm), or (with `match_ids`) 6+ digits of a household or ID number —
    and only the villages with a hit are read."""
    text = text.strip()
    if not text:
        return []
    if is_short_number(text, match_ids):
        return [row for row in cache.households(scope) if _digits_match(row, text)][:SEARCH_LIMIT]
    if text.isascii() and text.rstrip("xX").isdigit() and not match_ids:
        return []
    with cache.db.read_session() as session:
        hits = roster.search_people(session, text, limit=SEARCH_LIMIT)
    villages = list(dict.fromkeys(hit.household_no[:12] for hit in hits if hit.household_no))
    by_number = {row.household_no: row for row in cache.households(villages) if row.household_no}
    found: dict[str, HouseholdRow] = {}
    for hit in hits:
        row = by_number.get(hit.household_no)
        if row is not None:
            found.setdefault(row.uid, row)
    return list(found.values())


class HouseholdTreeModel(QAbstractItemModel):
    def __init__(self, cache: HouseholdCache, parent=None):
        super().__init__(parent)
        self.cache = cache
        self.db = cache.db
        self.root = Node("root", "", "", "", children=[])
        self.village_names: dict[str, str] = {}
        self.searching = False
        self.reload()

    # -- filling -------------------------------------------------------------
    def reload(self) -> None:
        """Read the villages again; every village is read again when next expanded."""
        self.beginResetModel()
        with self.db.read_session() as session:
            villages = people.villages(session)
        self.village_names = {v.code: v.name for v in villages}
        self.root = Node("root", "", "", "", children=[])
        for village in villages:
            self.root.add(Node("village", village.code, village.name, village.code))
        self.searching = False
        self.endResetModel()

    def show_search(self, rows: list[HouseholdRow]) -> None:
        """A flat list of households (the filter's matches) with their village and group."""
        self.beginResetModel()
        self.root = Node("root", "", "", "", children=[])
        for row in rows:
            place = f"{self.village_names.get(row.village_code, row.village_code)} " \
                    f"{group_label(row.group_no or NO_GROUP)}"
            self.root.add(Node("household", row.uid, f"{place}  {household_label(row)}",
                               row.village_code, row.group_no or NO_GROUP, row=row))
        self.searching = True
        self.endResetModel()

    def village_codes(self) -> list[str]:
        return list(self.village_names)

    @staticmethod
    def _fill(node: Node, groups: list[str], rows: list[HouseholdRow]) -> None:
        node.children = []
        by_group: dict[str, Node] = {}
        for group in groups:
            by_group[group] = node.add(Node("group", group, group_label(group), node.key, group,
                                            children=[]))
        for row in rows:
            group = by_group[row.group_no or NO_GROUP]
            group.add(Node("household", row.uid, household_label(row), node.key, group.key, row=row))
        for group in by_group.values():
            text = QCoreApplication.translate("HouseholdTree", "%1 (%2 households)")
            group.label = text.replace("%1", group_label(group.key)).replace("%2", str(len(group.children)))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        node = self.node(parent)
        return node.kind == "village" and node.children is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        node = self.node(parent)
        if node.kind != "village" or node.children is not None:
            return
        groups, rows = self.cache.village(node.key)
        if not groups:
            node.children = []
            return
        pending = Node("village", node.key, node.label, node.village, children=[])
        self._fill(pending, groups, rows)
        self.beginInsertRows(parent, 0, len(pending.children) - 1)
        node.children = []
        for child in pending.children:
            node.add(child)
        self.endInsertRows()

    # -- finding -------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node)

    def find(self, kind: str, key: str, village: str | None = None,
             group: str | None = None) -> QModelIndex:
        """The index of a node, reading the village it is in if needed."""
        for top in self.root.children:
            if top.kind == kind and top.key == key:
                return self.index_of(top)
            if top.kind != "village" or (village is not None and top.key != village):
                continue
            if top.children is None:
                self.fetchMore(self.index_of(top))
            for child in top.children:
                if child.kind == kind and child.key == key:
                    return self.index_of(child)
                if group is not None and child.key != group:
                    continue
                for leaf in child.children:
                    if leaf.kind == kind and leaf.key == key:
                        return self.index_of(leaf)
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------
    def index(self, row: int, column: int, parent=NO_PARENT) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index=NO_PARENT) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.node(index).parent)

    def rowCount(self, parent=NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node.children else 0

    def columnCount(self, parent=NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent=NO_PARENT) -> bool:
        node = self.node(parent)
        if node.kind == "village" and node.children is None:
            return True
        return bool(node.children)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and node.row is not None:
                return node.row.household_no or node.label
            return node.label
        if role == KIND_ROLE:
            return node.kind
        if role == KEY_ROLE:
            return node.key
        if role == VILLAGE_ROLE:
            return node.village
        if role == GROUP_ROLE:
            return node.group if node.kind != "village" else None
        return None

