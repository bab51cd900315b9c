"""系统设置 (administrator): reminder parameters, device lifespans, benefit
rates and general options; other roles see the values read-only. Then
备份与恢复 (settings_backup) and, for the administrator, 审计日志 (settings_audit)."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.domain.reminders import Params
from fpdesk.services import office_settings as ofs
from fpdesk.services.context import Actor, PermissionDenied
from fpdesk.ui import i18n, style
from fpdesk.ui.pages.settings_audit import AuditTab
from fpdesk.ui.pages.settings_backup import BackupTab
from fpdesk.ui.pages.settings_security import SecurityTab


def _spin(value: int | None, low: int = 0, high: int = 3650) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value or 0)
    return spin


class ParametersTab(QWidget):
    """One group per rule; integers as spin boxes, month lists as "1,3,6,12"."""

    def __init__(self, params: Params):
        super().__init__()
        self.inputs: dict[str, QWidget] = {}
        groups: dict[str, QFormLayout] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        for key, value in params.as_settings().items():
            rule = key.split(".")[0] if key.startswith("R") else self._rule_of(key)
            if rule not in groups:
                box = QGroupBox(f"{rule} {i18n.rule_name(rule)}")
                groups[rule] = QFormLayout(box)
                column.addWidget(box)
            if isinstance(value, list):
                widget = QLineEdit(",".join(map(str, value)))
            elif value is None:  # computed unless set (R03's lead)
                widget = QLineEdit()
                widget.setPlaceholderText(self.tr("computed"))
            else:
                widget = _spin(value)
            widget.setObjectName(f"param_{key}")
            widget.setMaximumWidth(180)
            groups[rule].addRow(self._label(key), widget)
            self.inputs[key] = widget
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @staticmethod
    def _rule_of(key: str) -> str:
        return {"check_interval_months": "R01", "menopause_age": "R07"}[key]

    def _label(self, key: str) -> str:
        by_key = {
            "R02.offset_days": self.tr("Target: days after the birth"),
            "R03.offset_days": self.tr("Target: days after the birth"),
            "R03.caesarean_offset_days": self.tr("Target after a caesarean: days after the birth"),
            "R03.opens_after_days": self.tr("Shown from: days after the birth"),
            "R08.offset_days": self.tr("Target: days after the due date"),
            "R09.offset_days": self.tr("Target: days after the last folic acid"),
            "R09.series_days": self.tr("Followed for days after the series starts"),
            "R10.interval_days": self.tr("Days between information checks"),
            "R11.age": self.tr("Age of entitlement"),
            "R12.age_limit": self.tr("Paid until the child's age"),
            "R12.offset_days": self.tr("Target: days after 1 January or the birth"),
            "R07.after_menopause_months": self.tr("Target: months after the menopause"),
        }
        by_name = {"lead_days": self.tr("Shown days before the target"),
                   "grace_days": self.tr("Days of grace before overdue"),
                   "check_interval_months": self.tr("Months between health checks"),
                   "menopause_age": self.tr("Age for IUD removal without a menopause date"),
                   "months": self.tr("Months after the start"),
                   "repeat_months": self.tr("Then every … months")}
        return by_key.get(key) or by_name.get(key.split(".")[-1], key)

    def values(self) -> dict:
        out = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                out[key] = widget.value()
                continue
            text = widget.text().strip()
            if key.endswith(".months"):
                parts = [p for p in text.replace("，", ",").split(",") if p.strip()]
                out[key] = [int(p) if p.strip().isdigit() else p.strip() for p in parts]
            else:
                out[key] = int(text) if text.isdigit() else (None if not text else text)
        return out


class TableTab(QWidget):
    """An editable table with add/remove buttons."""

    def __init__(self, headers: list[str], rows: list[list]):
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row in rows:
            self.add_row(row)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row(["" for _ in headers]))
        self.remove_button.clicked.connect(self.remove_rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def texts(self) -> list[list[str]]:
        return [[(self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]


def _number(text: str, kind=int):
    try:
        return kind(text)
    except ValueError:
        return None


class SettingsPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, on_restored=None, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.security_tab = SecurityTab(db, actor)
        self.backup_tab = BackupTab(db, actor, on_restored)
        self.audit_tab = AuditTab(db) if actor is None or actor.is_admin else None
        style.make_page(self)
        title = style.page_title(self.tr("Settings"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("settings_message")
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()
        editable = actor is not None and actor.is_admin
        self.save_button.setEnabled(editable)
        self.tabs.setEnabled(True)
        if not editable:
            self.message.setText(self.tr("Only the administrator can change settings."))
            for tab in (self.params_tab, self.devices_tab, self.rates_tab, self.general_tab):
                tab.setEnabled(False)

    def reload(self) -> None:
        with self.db.read_session() as session:
            params = ofs.reminder_params(session)
            devices = ofs.device_models(session)
            rates = ofs.benefit_rates(session)
            general = ofs.general(session)
        lang = i18n.code_lang()
        self.tabs.clear()
        self.params_tab = ParametersTab(params)
        self.devices_tab = TableTab(
            [self.tr("Method (3 IUD, 4 implant)"), self.tr("Model"), self.tr("Years of use")],
            [[d.method, d.model, d.lifespan_years] for d in devices])
        self.rates_tab = TableTab(
            [self.tr("Programme code"), self.tr("Year"), self.tr("Yuan per year")],
            [[r.program, r.year, f"{r.amount:.2f}"] for r in rates])
        self.rates_tab.setToolTip("；".join(f"{v} {codes.BENEFIT_PROGRAM.label(v, lang)}"
                                           for v in codes.BENEFIT_PROGRAM.values()))
        self.general_tab = QWidget()
        form = QFormLayout(self.general_tab)
        self.idle_minutes = _spin(general["idle_lock_minutes"], 0, 240)
        form.addRow(self.tr("Lock after idle minutes (0 = never)"), self.idle_minutes)
        self.tabs.addTab(self.params_tab, self.tr("Reminder rules"))
        self.tabs.addTab(self.devices_tab, self.tr("Device lifespans"))
        self.tabs.addTab(self.rates_tab, self.tr("Benefit rates"))
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.tabs.addTab(self.security_tab, self.tr("Encryption"))
        self.tabs.addTab(self.backup_tab, self.tr("Backup and restore"))
        if self.audit_tab is not None:
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))

    def _tab_changed(self, _index: int) -> None:
        """The 保存 button belongs to the setting tabs, not to backup or the audit log."""
        own = self.tabs.currentWidget() in (self.security_tab, self.backup_tab, self.audit_tab)
        self.save_button.setVisible(not own)
        self.message.setVisible(not own)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def save(self) -> None:
        devices = [ofs.DeviceRow(_number(m), model, _number(y)) for m, model, y in self.devices_tab.texts()]
        rates = [ofs.RateRow(_number(p), _number(y), _number(a, float)) for p, y, a in self.rates_tab.texts()]
        try:
            with self.db.session() as session:
                ofs.save_reminder_params(session, self.actor, self.params_tab.values())
                ofs.save_device_models(session, self.actor, devices)
                ofs.save_benefit_rates(session, self.actor, rates)
                ofs.save_general(session, self.actor, {"idle_lock_minutes": self.idle_minutes.value()})
        except (ofs.SettingsError, PermissionDenied) as exc:
            self.message.setProperty("kind", "error")
            self.message.setText(i18n.message(exc))
        else:
            self.message.setProperty("kind", "muted")
            self.message.setText(self.tr("Settings saved."))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
