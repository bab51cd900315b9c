"""数据核对: load a hospital birth list or a civil-affairs marriage list and see
what agrees with fpdesk and what is missing on each side. A row only in the
outside list has a 登记 button that opens 出生登记 or 婚姻变动 pre-filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from fpdesk.db.engine import Database
from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import format_iso
from fpdesk.services import reconcile
from fpdesk.services.context import Actor
from fpdesk.services.reconcile import OutsideRow, Reconciliation
from fpdesk.services.sheet_reader import SheetFileError
from fpdesk.ui import i18n, style
from fpdesk.ui.background import run_with_busy_dialog

FIRST_MARRIAGE = 21
HOSPITAL = 1


def _table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            shown = format_iso(value) if isinstance(value, date) else ("" if value is None else str(value))
            table.setItem(r, c, QTableWidgetItem(shown))


class ReconcileDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, today: date | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today
        self.result: Reconciliation | None = None
        self.opened: list[QDialog] = []
        self.setObjectName("reconcile_dialog")
        self.setWindowTitle(self.tr("Reconcile with outside lists"))
        title = QLabel(self.tr("Reconcile with outside lists"))
        title.setFont(style.scaled_font(self.font(), 1.3, bold=True))
        intro = QLabel(self.tr("Load the hospital's birth list or the civil-affairs marriage registrations as a "
                               "spreadsheet. Records match by ID number when their dates are at most 7 days apart."))
        intro.setWordWrap(True)
        intro.setProperty("kind", "muted")
        self.kind = QComboBox()
        self.kind.setObjectName("list_kind")
        self.kind.addItem(self.tr("Births (hospital deliveries, birth certificates)"), "births")
        self.kind.addItem(self.tr("Marriage registrations (civil affairs)"), "marriages")
        load = QPushButton(self.tr("Load list…"))
        load.setObjectName("load_list")
        load.clicked.connect(self.choose_file)
        self.save = QPushButton(self.tr("Save as Excel…"))
        self.save.setObjectName("save_result")
        self.save.clicked.connect(self.ask_save)
        self.save.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List:")))
        top.addWidget(self.kind)
        top.addWidget(load)
        top.addStretch(1)
        top.addWidget(self.save)
        self.state = QLabel(self.tr("No list loaded."))
        self.state.setObjectName("reconcile_state")
        self.state.setWordWrap(True)
        self.rate = QLabel()
        self.rate.setObjectName("agreement_rate")
        self.rate.setFont(style.scaled_font(self.font(), 1.2, bold=True))

        outside = [self.tr("Row"), self.tr("Name"), self.tr("ID number"), self.tr("Date")]
        self.matched = _table(outside + [self.tr("In fpdesk"), self.tr("Date in fpdesk"), self.tr("Days apart")])
        self.matched.setObjectName("matched")
        self.only_outside = _table(outside + [self.tr("Details"), self.tr("Note"), ""])
        self.only_outside.setObjectName("only_outside")
        self.only_outside.horizontalHeader().setStretchLastSection(False)
        self.only_outside.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.only_fpdesk = _table([self.tr("Name"), self.tr("ID number"), self.tr("Date"), self.tr("Village code"),
                                   self.tr("Details")])
        self.only_fpdesk.setObjectName("only_fpdesk")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reconcile_tabs")
        self.tabs.addTab(self.matched, self.tr("Matched"))
        self.tabs.addTab(self.only_outside, self.tr("Only in the outside list"))
        self.tabs.addTab(self.only_fpdesk, self.tr("Only in fpdesk"))

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.rate)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)

    # -- loading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load list"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path, kind: str | None = None) -> Reconciliation | None:
        if kind:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        kind = self.kind.currentData()
        db = self.db

        def work(_progress):
            with db.read_session() as session:
                return reconcile.reconcile(session, path, kind)
        try:
            result = run_with_busy_dialog(work, self.tr("Reconciling…"), self.windowTitle(), self)
        except SheetFileError as exc:
            self.state.setText(i18n.message(exc))
            return None
        self.result = result
        self.show_result(result, path)
        self.save.setEnabled(True)
        return result

    def _id(self, number: str | None) -> str | None:
        return number if self.actor.may_see_ids or not number else idcard.mask(number)

    def show_result(self, result: Reconciliation, path: Path) -> None:
        self.rate.setText(self.tr("Agreement %1%   ·   error rate (误差率) %2%")
                          .replace("%1", f"{result.agreement_rate:.1f}").replace("%2", f"{result.error_rate:.1f}"))
        self.state.setText(self.tr("%1, sheet “%2”, %3 – %4: %5 matched, %6 only in the list, %7 only in fpdesk.")
                           .replace("%1", path.name).replace("%2", result.sheet)
                           .replace("%3", format_iso(result.start)).replace("%4", format_iso(result.end))
                           .replace("%5", str(len(result.matched))).replace("%6", str(len(result.only_outside)))
                           .replace("%7", str(len(result.only_fpdesk))))
        _fill(self.matched, [[m.outside.row, m.outside.name, self._id(m.outside.id_number), m.outside.date,
                              m.record.name, m.record.date, m.days_apart] for m in result.matched])
        _fill(self.only_outside, [[r.row, r.name, self._id(r.id_number), r.date, self._details(r),
                                   i18n.said(r.problem) if r.problem else
                                   (self.tr("On file, this record missing") if r.person_uid
                                                 else self.tr("Not on file")), None] for r in result.only_outside])
        for index, row in enumerate(result.only_outside):
            if row.person_uid and self.actor.may_edit:
                button = QPushButton(self.tr("Register…") if result.kind == "births" else self.tr("Enter…"))
                button.setObjectName(f"register_{index}")
                button.clicked.connect(lambda _checked=False, r=row: self.register(r))
                self.only_outside.setCellWidget(index, 6, button)
        _fill(self.only_fpdesk, [[r.name, self._id(r.id_number), r.date, r.village_code, i18n.said(r.detail)]
                                 for r in result.only_fpdesk])
        self.tabs.setTabText(0, self.tr("Matched (%1)").replace("%1", str(len(result.matched))))
        self.tabs.setTabText(1, self.tr("Only in the outside list (%1)").replace("%1", str(len(result.only_outside))))
        self.tabs.setTabText(2, self.tr("Only in fpdesk (%1)").replace("%1", str(len(result.only_fpdesk))))

    def _details(self, row: OutsideRow) -> str:
        if self.result and self.result.kind == "marriages":
            return " ".join(x for x in (row.spouse_name, self._id(row.spouse_id)) if x)
        return " ".join(x for x in (codes.SEX.label(row.sex, i18n.code_lang()), row.place) if x)

    # -- one click to enter what is missing ------------------------------------------------------
    def register(self, row: OutsideRow) -> QDialog:
        """Open 出生登记 for the mother or 婚姻变动 for the party on file, pre-filled."""
        from fpdesk.ui.dialogs.family import BirthDialog, MarriageDialog

        if self.result.kind == "births":
            dialog = BirthDialog(self.db, self.actor, row.person_uid, today=self.today, parent=self)
            dialog.form.set_values({"birth_date": row.date, "sex": row.sex,
                                    "place": HOSPITAL if row.place else None})
        else:
            spouse = (row.name, row.id_number) if row.person_is_spouse else (row.spouse_name, row.spouse_id)
            dialog = MarriageDialog(self.db, self.actor, row.person_uid, today=self.today, parent=self)
            dialog.form.set_values({"event": FIRST_MARRIAGE, "date": row.date, "spouse_name": spouse[0],
                                    "spouse_id_number": spouse[1]})
            for name in ("event", "date"):
                dialog.form.fields[name].edited.emit()
        self.opened.append(dialog)
        dialog.exec()
        return dialog

    # -- saving -------------------------------------------------------------------------------------
    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as Excel"), str(Path.home() / "数据核对.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            reconcile.write_xlsx(self.result, path, mask_ids=not self.actor.may_see_ids)
        except OSError as exc:
            self.state.setText(self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.state.setText(self.tr("Saved: %1").replace("%1", str(path)))
