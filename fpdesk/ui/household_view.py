"""One household as the 人员档案 page shows it: number, address, hukou type,
phone, 光荣证 / 两女户, and its members in a table, with the clerk's actions
on the household and its members (none for a read-only user)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu,
                               QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import format_iso
from fpdesk.output.masking import shown_phone
from fpdesk.services import people, records
from fpdesk.services.context import Actor
from fpdesk.services.people import MemberRow
from fpdesk.ui import i18n, style
from fpdesk.ui.widgets.forms import label_for

NO_PARENT = QModelIndex()  # the default parent of Qt's model methods
UID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MEMBER_ROW_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMN_PADDING = 12
SHRINKABLE = ("relation", "residence")  # long labels in English (the last column stretches)
MIN_CODE_WIDTH = 64
GONE = (8, 9)  # moved out, died: listed in grey
COLUMNS = ("name", "relation", "sex", "birth_date", "age", "id_number", "residence", "marital_status")


def heading(text: str) -> str:
    """A field label as a heading: "household number" → "Household number" (Chinese unchanged)."""
    return text[:1].upper() + text[1:]


def group_label(group_no: str | None) -> str:
    """1组 / Group 1; 未分组 for none."""
    if not group_no:
        return QCoreApplication.translate("HouseholdView", "No group")
    number = str(int(group_no)) if group_no.isdigit() else group_no
    return QCoreApplication.translate("HouseholdView", "Group %1").replace("%1", number)


class MembersModel(QAbstractTableModel):
    def __init__(self, show_ids: bool, parent=None):
        super().__init__(parent)
        self.show_ids = show_ids
        self.rows: list[MemberRow] = []

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = COLUMNS[section]
        return self.tr("Age") if name == "age" else heading(label_for(name))

    def text(self, row: MemberRow, name: str) -> str:
        lang = i18n.code_lang()
        if name == "relation":
            return codes.RELATION.label(row.relation, lang)
        if name == "sex":
            return codes.SEX.label(row.sex, lang)
        if name == "birth_date":
            return format_iso(row.birth_date)
        if name == "id_number":
            if not row.id_number:
                return ""
            return row.id_number if self.show_ids else idcard.mask(row.id_number)
        if name == "residence":
            return codes.RESIDENCE.label(row.residence, lang)
        if name == "marital_status":
            return codes.MARITAL_STATUS.label(row.marital_status, lang)
        return str(getattr(row, name))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in (*SHRINKABLE, "marital_status"):
            return self.text(row, name)
        if role == UID_ROLE:
            return row.uid
        if role == MEMBER_ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = getattr(row, name)
            return "" if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and row.residence in GONE:
            return QColor(style.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "age":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _card() -> QFrame:
    card = QFrame()
    card.setProperty("kind", "card")
    return card


class HouseholdView(QWidget):
    """Shows one household. The edit actions (hidden for a read-only user) are
    QActions the records page connects (pages/records_actions.py)."""

    person_activated = Signal(str)

    def __init__(self, db: Database, actor: Actor, clock: Callable[[], date], parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor, clock
        self.household: dict | None = None
        self.village_name = ""

        self.empty = QLabel(self.tr("Choose a household on the left to see its members."))
        self.empty.setObjectName("household_empty")
        self.empty.setProperty("kind", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._update_actions()

    # -- building ------------------------------------------------------------
    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setVisible(self.actor.may_edit)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"button_{action.objectName()}")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setVisible(self.actor.may_edit)
        return button

    def _content(self) -> QWidget:
        self.edit_household = self._action("edit_household", self.tr("Edit household"))
        self.delete_household = self._action("delete_household", self.tr("Delete household"))
        self.add_member = self._action("add_member", self.tr("Add member"))
        self.edit_member = self._action("edit_member", self.tr("Edit member"))
        self.move_member = self._action("move_member", self.tr("Move to another household"))
        self.delete_member = self._action("delete_member", self.tr("Delete member"))
        self.open_member = QAction(self.tr("Open person record"), self)
        self.open_member.triggered.connect(self._open_selected)

        self.title = QLabel()
        self.title.setObjectName("household_title")
        self.title.setProperty("kind", "title")
        self.title.setFont(style.scaled_font(self.font(), 1.4, bold=True))
        self.place = QLabel()
        self.place.setObjectName("household_place")
        self.place.setProperty("kind", "muted")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.place, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self._button(self.edit_household))
        top.addWidget(self._button(self.delete_household))

        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        facts = [("household_no", heading(label_for("household_no"))),
                 ("hukou_type", heading(label_for("hukou_type"))),
                 ("phone", self.tr("Phone")), ("address", self.tr("Address")),
                 ("marks", self.tr("Marks"))]
        for i, (name, text) in enumerate(facts):
            caption = QLabel(text + self.tr(":"))
            caption.setProperty("kind", "muted")
            value = QLabel()
            value.setObjectName(f"fact_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = (i // 3, (i % 3) * 2) if name not in ("address", "marks") else (i - 2, 0)
            span = 1 if name not in ("address", "marks") else 5
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row, column + 1, 1, span)
            self.facts[name] = value
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)

        header = _card()
        box = QVBoxLayout(header)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(10)
        box.addLayout(top)
        box.addLayout(grid)

        self.members_title = QLabel()
        self.members_title.setObjectName("members_title")
        self.members_title.setFont(style.scaled_font(self.font(), 1.1, bold=True))
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.members_title)
        bar.addStretch(1)
        for action in (self.add_member, self.edit_member, self.move_member, self.delete_member):
            bar.addWidget(self._button(action))

        self.model = MembersModel(self.actor.may_see_ids, self)
        self.table = QTableView()
        self.table.setObjectName("members")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                          | Qt.AlignmentFlag.AlignVCenter)
        self.table.viewport().installEventFilter(self)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self._open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.no_members = QLabel()
        self.no_members.setObjectName("no_members")
        self.no_members.setProperty("kind", "muted")
        self.no_members.setWordWrap(True)

        members = _card()
        box = QVBoxLayout(members)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(8)
        box.addLayout(bar)
        box.addWidget(self.no_members)
        box.addWidget(self.table, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addWidget(members, 1)
        return content

    # -- showing -------------------------------------------------------------
    def current_uid(self) -> str | None:
        return self.household["uid"] if self.household else None

    def show_household(self, uid: str | None) -> None:
        if not uid:
            self.household = None
            self.model.set_rows([])
            self.stack.setCurrentIndex(0)
            self._update_actions()
            return
        with self.db.read_session() as session:
            try:
                household = records.get(session, "households", uid)
            except records.RecordNotFound:
                household = None
            if household is not None:
                names = {v.code: v.name for v in people.villages(session)}
                rows = people.members_of(session, uid, self.clock())
        if household is None:
            self.show_household(None)
            return
        self.household = household
        self.village_name = names.get(household["village_code"], household["village_code"])
        self.model.set_rows(rows)
        self._fill_header(household, rows)
        self.fit_columns()
        self.stack.setCurrentIndex(1)
        self._update_actions()

    def fit_columns(self) -> None:
        """Columns as wide as their contents with some air; when that is wider than
        the table (long English labels), the code columns give way (elided, with a tooltip)."""
        if not self.model.rows:
            return
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        widths = [header.sectionSize(c) + COLUMN_PADDING for c in range(len(COLUMNS))]
        excess = sum(widths) - self.table.viewport().width()
        shrinkable = [COLUMNS.index(n) for n in SHRINKABLE]
        room = sum(max(0, widths[c] - MIN_CODE_WIDTH) for c in shrinkable)
        if excess > 0 and room > 0:
            share = min(1.0, excess / room)
            for c in shrinkable:
                widths[c] -= int(max(0, widths[c] - MIN_CODE_WIDTH) * share + 0.5)
        for column, width in enumerate(widths[:-1]):  # the last one stretches
            header.resizeSection(column, width)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        selected = self.selected_member()
        self.show_household(self.current_uid())
        if selected:
            self.select_member(selected.uid)

    def _fill_header(self, household: dict, rows: list[MemberRow]) -> None:
        head = next((r for r in rows if r.uid == household.get("head_uid")), None) \
            or next((r for r in rows if r.relation == "01"), None)
        self.title.setText(self.tr("%1 household").replace("%1", head.name) if head
                           else self.tr("Household without a head"))
        number = household.get("household_no") or ""
        group = household.get("group_no")
        place = [self.village_name, group_label(group) if group else ""]
        if number[-4:].isdigit():
            place.append(self.tr("No. %1").replace("%1", number[-4:]))
        self.place.setText(" ".join(p for p in place if p))
        self.facts["household_no"].setText(number or "—")
        self.facts["hukou_type"].setText(
            codes.HUKOU_TYPE.label(household.get("hukou_type"), i18n.code_lang()) or "—")
        self.facts["phone"].setText(shown_phone(household.get("phone"), self.actor) or "—")
        self.facts["address"].setText(household.get("address") or "—")
        marks = []
        if household.get("one_child_cert_no") or household.get("one_child_cert_date"):
            text = self.tr("One-child certificate %1").replace("%1", household.get("one_child_cert_no") or "")
            if household.get("one_child_cert_date"):
                text += self.tr(" (issued %1)").replace("%1", i18n.format_date(household["one_child_cert_date"]))
            marks.append(text)
        if household.get("two_daughters"):
            marks.append(self.tr("Two-daughter household"))
        self.facts["marks"].setText(self.tr("; ").join(marks) if marks else "—")
        living = sum(1 for r in rows if r.residence not in GONE)
        if living == len(rows):
            self.members_title.setText(self.tr("Members (%1)").replace("%1", str(len(rows))))
        else:
            self.members_title.setText(self.tr("Members (%1, %2 moved out or died)")
                                       .replace("%1", str(living)).replace("%2", str(len(rows) - living)))
        self.no_members.setText(self.tr("This household has no members yet. Use “Add member” to "
                                        "register the head of household first.")
                                if self.actor.may_edit else self.tr("This household has no members."))
        self.no_members.setVisible(not rows)

    # -- members ---------------------------------------------------------------
    def selected_member(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows() if self.household else []
        return rows[0].data(MEMBER_ROW_ROLE) if rows else None

    def select_member(self, uid: str) -> bool:
        for row, member in enumerate(self.model.rows):
            if member.uid == uid:
                self.table.selectRow(row)
                return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_activated.emit(index.data(UID_ROLE))

    def _open_selected(self) -> None:
        member = self.selected_member()
        if member:
            self.person_activated.emit(member.uid)

    def _context_menu(self, position) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_member)
        if self.actor.may_edit:
            menu.addSeparator()
            for action in (self.edit_member, self.move_member, self.delete_member):
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        if not hasattr(self, "edit_household"):
            return
        has_household = self.household is not None
        has_member = self.selected_member() is not None
        for action in (self.edit_household, self.delete_household, self.add_member):
            action.setEnabled(has_household)
        for action in (self.edit_member, self.move_member, self.delete_member, self.open_member):
            action.setEnabled(has_member)
