"""The 育龄妇女 roster as a lazy table model (Anki's browser model).

`set_filter` asks `roster.roster_uids` for the matching uids, already sorted
in SQL, and keeps only that list. `data()` loads the display rows of the
block of BLOCK uids around the row asked for with `roster.roster_rows`, and
keeps the last CACHED_BLOCKS blocks: painting the first screen of a
15,000-woman roster reads about one hundred rows, not fifteen thousand.
`sort()` asks SQL again with the column's SORT_KEYS key.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from fpdesk.db.engine import Database
from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import format_iso
from fpdesk.services import context, roster
from fpdesk.services.context import Actor
from fpdesk.services.roster import RosterFilter, RosterRow
from fpdesk.ui.widgets.place_filter import group_number
from fpdesk.ui import i18n

UidRole = Qt.ItemDataRole.UserRole + 1   # the person's uid (str)
SortRole = Qt.ItemDataRole.UserRole + 2  # a raw value to compare (str or int)
RowRole = Qt.ItemDataRole.UserRole + 3   # the whole RosterRow, or None before it is loaded

BLOCK = 100
CACHED_BLOCKS = 3

# (column, the SORT_KEYS key a click on its header sorts by; None: not sortable)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "name"),
    ("id_number", None),
    ("age", "age"),
    ("place", "village"),
    ("marital", "marital"),
    ("children", "children"),
    ("method", "method"),
    ("last_check", "last_check"),
    ("residence", "residence"),
)
COLUMN_KEYS = tuple(key for key, _sort in COLUMNS)
NUMERIC = {"age"}


class RosterModel(QAbstractTableModel):
    def __init__(self, db: Database, actor: Actor | None,
                 clock: Callable[[], date] = context.today, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.clock = clock
        # No signed-in role (no accounts yet): IDs stay masked.
        self.show_ids = actor is not None and actor.may_see_ids
        self.filter = RosterFilter()
        self.sort_key = "village"
        self.descending = False
        self.on = clock()
        self.uids: list[str] = []
        self._blocks: OrderedDict[int, dict[str, RosterRow]] = OrderedDict()
        self.blocks_loaded = 0  # how many times a block was read (for tests and the bench)
        self.headers = {
            "name": self.tr("Name"),
            "id_number": self.tr("ID number"),
            "age": self.tr("Age"),
            "place": self.tr("Village / group"),
            "marital": self.tr("Marital status"),
            "children": self.tr("Children"),
            "method": self.tr("Current method (since)"),
            "last_check": self.tr("Last check"),
            "residence": self.tr("Residence"),
        }

    # -- the query ---------------------------------------------------------------
    def set_filter(self, flt: RosterFilter, sort: str | None = None,
                   descending: bool | None = None) -> None:
        """Run the query again (also after a save: `refresh`)."""
        self.beginResetModel()
        self.filter = flt
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        self.on = self.clock()
        self.uids = self._query()
        self._blocks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def _query(self) -> list[str]:
        with self.db.read_session() as session:
            return roster.roster_uids(session, self.filter, self.on, self.sort_key, self.descending)

    def sort_column(self) -> int:
        """The column that shows the current sort key."""
        return next(i for i, (_key, sort) in enumerate(COLUMNS) if sort == self.sort_key)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """ORDER BY the column's key in SQL; a column without a key is ignored.
        The selection and other persistent indexes follow their woman."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        followed = [self.uids[p.row()] if 0 <= p.row() < len(self.uids) else None for p in persistent]
        self.sort_key, self.descending = key, descending
        self.uids = self._query()
        self._blocks.clear()
        where = {uid: row for row, uid in enumerate(self.uids)}
        moved = []
        for old, uid in zip(persistent, followed):
            row = where.get(uid) if uid is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, old.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- lazy rows ---------------------------------------------------------------
    def row_at(self, row: int) -> RosterRow | None:
        """The display row of `row`, loading its block if needed (None: the
        woman was deleted since the query ran)."""
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            uids = self.uids[block * BLOCK:(block + 1) * BLOCK]
            with self.db.read_session() as session:
                rows = roster.roster_rows(session, uids, self.on)
            self.blocks_loaded += 1
            self._blocks[block] = rows
            while len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self.uids[row])

    def cached_row_count(self) -> int:
        """How many display rows are held now (at most BLOCK × CACHED_BLOCKS)."""
        return sum(len(rows) for rows in self._blocks.values())

    # -- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.uids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[COLUMNS[section][0]]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return self.tr("This column cannot be sorted")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.uids):
            return None
        if role == UidRole:
            return self.uids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SortRole, RowRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if key in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_at(index.row())
        if role == RowRole:
            return row
        if row is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == SortRole:
            return self.sort_value(row, key)
        text = self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, key, text)
        return text

    # -- what a cell shows ---------------------------------------------------------
    def text(self, row: RosterRow, key: str) -> str:
        lang = i18n.code_lang()
        if key == "name":
            return row.name
        if key == "id_number":
            if not row.id_number:
                return ""
            return row.id_number if self.show_ids else idcard.mask(row.id_number)
        if key == "age":
            return str(row.age)
        if key == "place":
            if not row.group_no:
                return row.village_name
            group = self.tr("Group %1").replace("%1", group_number(row.group_no))
            return f"{row.village_name} {group}"
        if key == "marital":
            return codes.MARITAL_STATUS.label(row.marital_status, lang)
        if key == "children":
            return self.children_text(row.sons, row.daughters)
        if key == "method":
            if row.method is None:
                return self.tr("No current method")
            method = codes.METHOD.label(row.method, lang)
            return f"{method} {format_iso(row.method_since)}" if row.method_since else method
        if key == "last_check":
            return format_iso(row.last_check)
        if key == "residence":
            return codes.RESIDENCE.label(row.residence, lang)
        raise KeyError(key)

    def children_text(self, sons: int, daughters: int) -> str:
        """1子1女, 2子, 1女, 无."""
        if sons and daughters:
            return (self.tr("%1 son(s) %2 daughter(s)").replace("%1", str(sons))
                    .replace("%2", str(daughters)))
        if sons:
            return self.tr("%1 son(s)").replace("%1", str(sons))
        if daughters:
            return self.tr("%1 daughter(s)").replace("%1", str(daughters))
        return self.tr("None")

    def tooltip(self, row: RosterRow, key: str, text: str) -> str | None:
        if key == "place" and row.household_no:
            return self.tr("Household number: %1").replace("%1", row.household_no)
        if key == "id_number" and row.id_number and not self.show_ids:
            return self.tr("Full ID numbers are shown to clerks and administrators only")
        return text or None

    def sort_value(self, row: RosterRow, key: str):
        """Raw values (codes, counts, ISO dates) for proxies and actions."""
        if key == "name":
            return row.name
        if key == "id_number":
            return self.text(row, key)  # masked for a viewer
        if key == "age":
            return row.age
        if key == "place":
            return row.household_no or f"{row.village_name} {row.group_no or ''}"
        if key == "marital":
            return -1 if row.marital_status is None else row.marital_status
        if key == "children":
            return row.sons + row.daughters
        if key == "method":
            return -1 if row.method is None else row.method
        if key == "last_check":
            return format_iso(row.last_check)
        return row.residence
