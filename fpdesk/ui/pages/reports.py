"""统计报表: the T1–T7 tables for a period, optionally beside the same period a
year earlier, the charts a head of office asks for, and the tables saved as
XLSX or PDF formatted like official statistical tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain.periods import month_before
from fpdesk.services import people
from fpdesk.services.context import SYSTEM, Actor
from fpdesk.ui import i18n, style
from fpdesk.ui.background import Worker, keep_until_finished, run_with_progress
from fpdesk.ui.pages import report_data
from fpdesk.ui.widgets.charts import BarsChart, BirthsChart, PyramidChart, WorkedChart
from fpdesk.ui.widgets.period_picker import PeriodPicker


class ReportsPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date], parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor or SYSTEM, clock
        self.worker: Worker | None = None
        self.result: report_data.ReportView | None = None
        style.make_page(self)

        self.period = PeriodPicker(clock())
        self.period.set_period(month_before(clock()))     # the month's tables, the office's usual job
        self.region = QComboBox()
        with db.read_session() as session:
            townships = people.townships(session)
        self.region.addItem(self.tr("All townships"), None)
        for code, name in townships:
            self.region.addItem(name, code)
        self.region.setVisible(len(townships) > 1)   # a county database
        self.compare = QCheckBox(self.tr("Compare with a year earlier"))
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self.refresh)
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button.clicked.connect(lambda: self._save_as(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self._save_as(".pdf"))
        self.state = QLabel()
        self.state.setProperty("kind", "muted")
        controls = QHBoxLayout()
        for widget in (self.period, self.region, self.compare, self.compute_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.xlsx_button)
        controls.addWidget(self.pdf_button)

        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        english = i18n.lang() != "zh_CN"
        for table_id in report_data.TABLE_TITLES:
            title = report_data.title(table_id, english)
            table = QTableWidget()
            table.setObjectName(f"table_{table_id}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            self.tables[table_id] = table
            self.tabs.addTab(table, f"{table_id} {title}")
        self.charts = self._charts()
        self.tabs.addTab(self.charts, self.tr("Charts"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(style.page_title(self.tr("Statistical reports")))
        layout.addLayout(controls)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        self._set_buttons()

    def _charts(self) -> QWidget:
        self.births_chart = BirthsChart(self.tr("Births by month and sex ratio"),
                                        (self.tr("Boys"), self.tr("Girls"), self.tr("Sex ratio (girls = 100)")))
        self.method_chart = BarsChart(self.tr("Married women by method (end of period)"))
        self.pyramid_chart = PyramidChart(self.tr("Population pyramid (end of period)"),
                                          (self.tr("Men"), self.tr("Women")))
        self.worked_chart = WorkedChart(self.tr("Reminders: worked in the period, overdue today"),
                                        (self.tr("Worked"), self.tr("Overdue")))
        page = QWidget()
        grid = QGridLayout(page)
        for i, chart in enumerate((self.births_chart, self.method_chart, self.pyramid_chart, self.worked_chart)):
            grid.addWidget(chart, i // 2, i % 2)
        return page

    # -- computing -------------------------------------------------------------------
    def refresh(self) -> None:
        period = self.period.period()
        if period is None:
            self.state.setText(self.tr("Enter the first and last day of the period."))
            return
        if self.worker is not None:
            return
        self.state.setText(self.tr("Computing…"))
        self.compute_button.setEnabled(False)
        db, region, compare, today = self.db, self.region.currentData(), self.compare.isChecked(), self.clock()
        self.worker = keep_until_finished(Worker(
            lambda _progress: report_data.compute(db, period, region, compare, today, i18n.code_lang())))
        self.worker.finished.connect(self._computed)
        self.worker.start()

    def settle(self) -> None:
        """Block until the tables are in (screenshots, tests)."""
        if self.result is None and self.worker is None:
            self.refresh()
        if self.worker is not None:
            self.worker.wait()
            self._computed()

    def _computed(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        self.compute_button.setEnabled(True)
        if worker.error is not None:
            self.state.setText(self.tr("Could not compute the tables: %1").replace("%1", i18n.message(worker.error)))
            return
        self.result = worker.result
        self.state.setText(i18n.period_label(self.result.period))
        for table_id, table in self.tables.items():
            self._fill(table, self.result.grid(table_id, english=i18n.lang() != "zh_CN"))
        t7 = self.tabs.indexOf(self.tables["T7"])     # its figures cover a calendar year: say which
        self.tabs.setTabText(t7, f"T7 {report_data.title('T7', i18n.lang() != 'zh_CN')}"
                             + self.tr(" (%1)").replace("%1", str(self.result.report.benefit_year)))
        self.births_chart.set_months(self.result.births)
        self.method_chart.set_items(self.result.methods)
        self.pyramid_chart.set_bands(self.result.bands)
        self.worked_chart.set_rows(self.result.worked)
        self._set_buttons()

    @staticmethod
    def _fill(table: QTableWidget, grid: report_data.Grid) -> None:
        table.clear()
        table.setColumnCount(len(grid.headings))
        table.setHorizontalHeaderLabels(grid.headings)
        table.setRowCount(len(grid.rows))
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(report_data.cell_text(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r in grid.emphasised:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.result is None and self.worker is None:
            self.refresh()

    # -- saving ----------------------------------------------------------------------
    def _set_buttons(self) -> None:
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(self.result is not None)

    def save_to(self, path: Path) -> int | None:
        """Write the tables on screen to `path` (.xlsx or .pdf)."""
        report = self.result.report
        pages = run_with_progress(lambda progress, cancelled: report_data.save(report, path, progress, cancelled),
                                  self.tr("Writing the tables…"), self.tr("Statistical reports"), self)
        self.state.setText(self.tr("Saved %1").replace("%1", str(path)))
        return pages

    def _save_as(self, suffix: str) -> None:
        if self.result is None:
            return
        kind = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
        name = f"统计报表-{self.result.period.text.replace('..', '至')}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / name), kind)
        if path:
            try:
                self.save_to(Path(path if path.lower().endswith(suffix) else path + suffix))
            except Exception as exc:  # noqa: BLE001 - shown to the clerk
                self.state.setText(self.tr("Could not write %1: %2").replace("%1", path).replace("%2", i18n.message(exc)))
