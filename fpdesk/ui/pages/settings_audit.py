"""系统设置 → 审计日志 (administrator only): the hash chain's state and the
entries, newest first, in a lazy model that reads one block of rows at a time."""

from __future__ import annotations

import json
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.services import audit, backup
from fpdesk.ui import i18n, style
from fpdesk.ui.background import run_with_busy_dialog

BLOCK = 200
CACHED_BLOCKS = 4


class AuditModel(QAbstractTableModel):
    """`count` rows; `data()` reads the block of BLOCK entries holding the row asked for."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.username: str | None = None
        self.total = 0
        self.blocks: OrderedDict[int, list[audit.AuditRow]] = OrderedDict()
        self.actions = {
            "create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
            "view": self.tr("Viewed"), "login": self.tr("Signed in"), "login_failed": self.tr("Wrong password"),
            "login_locked": self.tr("Account locked"), "login_refused": self.tr("Sign-in refused"),
            "user_add": self.tr("Account added"), "user_passwd": self.tr("Password changed"),
            "user_lock": self.tr("Account disabled"), "user_unlock": self.tr("Account enabled"),
            "setting": self.tr("Settings changed"), "import": self.tr("Package loaded"),
            "demo": self.tr("Demo generated"), "backup": self.tr("Backed up"), "restore": self.tr("Restored"),
        }
        self.headers = [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                        self.tr("Record concerned"), self.tr("What was done")]
        self.refresh()

    def refresh(self, username: str | None = None) -> None:
        self.beginResetModel()
        self.username = username or None
        self.blocks.clear()
        with self.db.read_session() as session:
            self.total = audit.count(session, username=self.username)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def entry(self, row: int) -> audit.AuditRow | None:
        block = row // BLOCK
        if block not in self.blocks:
            with self.db.read_session() as session:
                self.blocks[block] = audit.entries(session, limit=BLOCK, offset=block * BLOCK,
                                                   username=self.username)
            if len(self.blocks) > CACHED_BLOCKS:
                self.blocks.popitem(last=False)
        rows = self.blocks[block]
        return rows[row % BLOCK] if row % BLOCK < len(rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        detail = json.dumps(e.detail, ensure_ascii=False) if e.detail else ""
        record = " ".join(p for p in (e.table, e.uid) if p)
        action = self.actions.get(e.action, e.action)
        return (str(e.id), e.at.replace("T", " ")[:19], e.username, action, record, detail)[index.column()]


class AuditTab(QWidget):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.chain = QLabel(self.tr("The chain has not been checked yet."))
        self.chain.setObjectName("audit_chain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)   # the head, to copy
        self.verify_button = QPushButton(self.tr("Check the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("User name (empty: everyone)"))
        self.user.setMinimumWidth(self.user.fontMetrics().horizontalAdvance(self.user.placeholderText()) + 40)
        self.user.returnPressed.connect(lambda: self.model.refresh(self.user.text().strip()))
        self.model = AuditModel(db, self)
        self.view = QTableView()
        self.view.setObjectName("audit_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.chain, 1)
        top.addWidget(self.verify_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: entries written since
        self.model.refresh(self.user.text().strip())
        super().showEvent(event)

    def verify(self) -> audit.ChainState:
        db = self.db
        self.model.refresh(self.user.text().strip())

        def work(_progress):
            anchors = backup.audit_anchors(db)
            with db.read_session() as session:
                return audit.verify(session, anchors), len(anchors)
        state, anchors = run_with_busy_dialog(work, self.tr("Checking the audit log…"), self.tr("Audit log"),
                                              self)
        if state.intact:
            # the chain is unkeyed: only a head kept elsewhere shows a log rewritten whole
            self.chain.setText(self.tr("The audit log's chain holds: %1 entries, each linked to the one before, "
                                       "checked against %2 chain heads recorded in backups. Note its head on "
                                       "paper now and then (fpdesk audit verify --anchor checks it later): %3")
                               .replace("%1", f"{state.entries:,}").replace("%2", str(anchors))
                               .replace("%3", f"{state.head_id}:{state.head}" if state.head else "—"))
            self.chain.setProperty("kind", "muted")
        else:
            self.chain.setText(self.tr("The audit log has been tampered with: %1").replace("%1", i18n.said(state.problem)))
            self.chain.setProperty("kind", "error")
        style.repolish(self.chain)
        return state
