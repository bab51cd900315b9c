"""提醒服务: counts per rule at a glance, the list filtered by rule, village,
group and status (sorted as FORMATS.md §2), and per item 办理 (the
pre-filled dialog of the satisfying record), 本人拒绝 and 查看档案. The
township list is computed off the GUI thread; after a save only that
person's items are recomputed, so a worked item disappears at once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QThread
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain.reminders import RULE_NAMES
from fpdesk.services import reminders
from fpdesk.services.context import Actor
from fpdesk.services.reminder_cache import reminder_list
from fpdesk.services.reminders import ReminderRow
from fpdesk.ui import i18n, style
from fpdesk.ui.pages import reminder_actions as actions
from fpdesk.ui.pages import reminder_export as export
from fpdesk.ui.widgets.list_view import list_view
from fpdesk.ui.widgets.place_filter import PlaceFilter, group_number

ItemRole = Qt.ItemDataRole.UserRole + 1


class ReminderModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReminderRow] = []
        self.village_names: dict[str, str] = {}
        self.headers = [self.tr("Rule"), self.tr("Name"), self.tr("Village / group"), self.tr("Target date"),
                        self.tr("Status"), self.tr("Detail")]

    def set_rows(self, rows: list[ReminderRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ItemRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and row.status == "overdue":
            return style.error_color()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        village = self.village_names.get(row.village_code, row.village_code)
        if row.group_no:
            village += " " + self.tr("Group %1").replace("%1", group_number(row.group_no))
        return (f"{row.rule} {i18n.rule_name(row.rule)}", row.name,
                village,
                i18n.format_date(row.target_date), self._status(row),
                i18n.in_language(row.detail, row.detail_en))[index.column()]

    def _status(self, row: ReminderRow) -> str:
        if row.status == "overdue":
            return self.tr("Overdue %1 days").replace("%1", str(row.days_overdue))
        return self.tr("Due")


class Computation(QThread):
    """The township list for a date, off the GUI thread."""

    def __init__(self, db: Database, on: date, parent=None):
        super().__init__(parent)
        self.db, self.on = db, on
        self.rows: list[ReminderRow] = []

    def run(self) -> None:
        # the result stays on the thread object: handing thousands of Python
        # objects through a queued signal upsets PySide's reference counting
        self.rows = reminder_list(self.db, self.on)


class RemindersPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date],
                 open_person: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock, self.open_person = db, actor, clock, open_person
        self.all_rows: list[ReminderRow] = []
        self.worker: Computation | None = None
        style.make_page(self)
        title = style.page_title(self.tr("Service reminders"))
        self.state = QLabel()
        self.state.setProperty("kind", "muted")
        self.counts = QGridLayout()
        self.rule_buttons: dict[str, QToolButton] = {}
        for i, rule in enumerate(RULE_NAMES):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setCheckable(True)
            button.setMinimumWidth(170)
            button.clicked.connect(lambda _c=False, r=rule: self._pick_rule(r))
            self.rule_buttons[rule] = button
            self.counts.addWidget(button, i // 6, i % 6)
        self.rule = QComboBox()
        self.rule.addItem(self.tr("All rules"), None)
        for rule in RULE_NAMES:
            self.rule.addItem(f"{rule} {i18n.rule_name(rule)}", rule)
        self.place = PlaceFilter(db, self)
        self.village, self.group = self.place.village, self.place.group
        self.status = QComboBox()
        self.status.addItem(self.tr("Due and overdue"), None)
        self.status.addItem(self.tr("Overdue"), "overdue")
        self.status.addItem(self.tr("Due"), "due")
        for combo in (self.rule, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.place.changed.connect(self.apply_filter)
        self.refresh_button = QPushButton(self.tr("Recompute"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print the list…"))
        self.print_button.clicked.connect(lambda: export.preview(self))
        self.excel_button = QPushButton(self.tr("Save as Excel…"))
        self.excel_button.clicked.connect(lambda: export.save_as(self, ".xlsx"))
        filters = QHBoxLayout()
        for widget in (self.rule, self.village, self.group, self.status):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.state)
        filters.addWidget(self.refresh_button)

        self.model = ReminderModel(self)
        self.model.village_names = self.place.village_names()
        self.view = list_view(self.model, (190, 90, 140, 130, 150))
        self.view.doubleClicked.connect(lambda _i: self.complete())
        self.complete_button = QPushButton(self.tr("Record the service…"))
        self.decline_button = QPushButton(self.tr("Declined by the person"))
        self.person_button = QPushButton(self.tr("Open record"))
        self.complete_button.clicked.connect(self.complete)
        self.decline_button.clicked.connect(self.decline)
        self.person_button.clicked.connect(self._open_person)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        for button in (self.person_button, self.decline_button, self.complete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(title)
        layout.addLayout(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self._show_counts()

    # -- computing ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.worker is not None:
            return
        self.state.setText(self.tr("Computing the list…"))
        self.refresh_button.setEnabled(False)
        self.worker = Computation(self.db, self.clock(), self)
        QCoreApplication.instance().aboutToQuit.connect(self.settle)
        self.worker.finished.connect(self._worker_finished)
        self.worker.start()

    def _computed(self, rows: list[ReminderRow]) -> None:
        self.all_rows = rows
        self.state.setText(self.tr("As of %1").replace("%1", i18n.format_date(self.clock())))
        self._show_counts()
        self.apply_filter()

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        self.refresh_button.setEnabled(True)
        self._computed(worker.rows)
        worker.deleteLater()

    def settle(self) -> None:
        """Block until the list is there (screenshots, tests, quitting)."""
        if self.worker is not None:
            self.worker.wait()
            self._worker_finished()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.all_rows and self.worker is None:
            self.refresh()

    # -- filtering -----------------------------------------------------------------
    def show_rule(self, rule: str | None) -> None:
        """Filter to one rule (None: all), keeping the place and status filters."""
        self.rule.setCurrentIndex(self.rule.findData(rule))

    def _pick_rule(self, rule: str) -> None:
        self.rule.setCurrentIndex(self.rule.findData(None if self.rule.currentData() == rule else rule))

    def _keep(self, row: ReminderRow) -> bool:
        rule, village = self.rule.currentData(), self.place.village_code()
        group, status = self.place.group_no(), self.status.currentData()
        return ((rule is None or row.rule == rule) and (village is None or row.village_code == village)
                and (group is None or row.group_no == group) and (status is None or row.status == status))

    def apply_filter(self) -> None:
        for rule, button in self.rule_buttons.items():
            button.setChecked(rule == self.rule.currentData())
        self.model.set_rows([r for r in self.all_rows if self._keep(r)])
        self._update_buttons()

    def _show_counts(self) -> None:
        counted = Counter((r.rule, r.status) for r in self.all_rows)
        for rule, button in self.rule_buttons.items():
            tally = (self.tr("Due %1 · Overdue %2").replace("%1", str(counted[(rule, "due")]))
                     .replace("%2", str(counted[(rule, "overdue")])))
            button.setText(f"{rule} {i18n.rule_name(rule)}\n{tally}")

    # -- actions -------------------------------------------------------------------
    def selected(self) -> ReminderRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], ItemRole) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        editable = item is not None and self.actor is not None and self.actor.may_edit
        self.complete_button.setEnabled(editable)
        self.decline_button.setEnabled(editable and actions.can_decline(item))
        self.person_button.setEnabled(item is not None)

    def _open_person(self) -> None:
        item = self.selected()
        if item:
            self.open_person(item.person_uid)

    def complete(self) -> None:
        item = self.selected()
        if item is None or self.actor is None or not self.actor.may_edit:
            return
        dialog = actions.completion_dialog(self.db, self.actor, item, self.clock(), self)
        dialog.saved.connect(lambda _uid: self.person_changed(item.person_uid))
        dialog.exec()

    def decline(self) -> None:
        item = self.selected()
        if item is None or not actions.can_decline(item):
            return
        answer = QMessageBox.question(
            self, self.tr("Declined by the person"),
            self.tr("Record that %1 was offered this service today and declined it?").replace("%1", item.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actions.record_declined(self.db, self.actor, item, self.clock())
        self.person_changed(item.person_uid)

    def person_changed(self, uid: str) -> None:
        """Recompute one person's items (after any save) and update the list in place."""
        with self.db.read_session() as session:
            fresh = reminders.compute(session, self.clock(), person=uid)
        self.all_rows = sorted([r for r in self.all_rows if r.person_uid != uid] + fresh,
                               key=reminders.sort_key)
        self._show_counts()
        self.apply_filter()
