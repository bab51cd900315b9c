"""数据质量: the database-wide data check (services.quality) run off the GUI
thread; counts by check and by village (by township at the county), then the
findings, filtered by severity, check and place. Double-click opens the record
with the field in question focused; a save runs the check again, so a fixed
finding leaves the list. The list prints or saves grouped by village, with a
blank 核实情况 column for the village clerks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QThread
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import checks
from fpdesk.domain.quality import DATABASE_CHECKS, check_name
from fpdesk.services import quality
from fpdesk.services.context import Actor
from fpdesk.services.quality import QualityFinding, QualityReport
from fpdesk.ui import i18n, style
from fpdesk.ui.background import keep_until_finished
from fpdesk.ui.pages import quality_actions as actions
from fpdesk.ui.widgets.list_view import list_view

FindingRole = Qt.ItemDataRole.UserRole + 1
CHUNK = 200     # rows handed to the view at a time (a lazy model: fetchMore)


class FindingModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QualityFinding] = []
        self.shown = 0
        self.place_names: dict[str, str] = {}
        self.headers = [self.tr("Level"), self.tr("Village"), self.tr("Name"), self.tr("Check"),
                        self.tr("Field"), self.tr("Reason")]

    def set_rows(self, rows: list[QualityFinding]) -> None:
        self.beginResetModel()
        self.rows, self.shown = rows, min(CHUNK, len(rows))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = min(CHUNK, len(self.rows) - self.shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.shown:
            return None
        f = self.rows[index.row()]
        if role == FindingRole:
            return f
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and f.severity == "error":
            return style.error_color()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = i18n.code_lang()
        return (severity_text(f.severity), self.place_names.get(f.village_code or "", f.village_code or "—"),
                f.name or "—", check_name(f.check, lang), checks.field_label(f.field, lang),
                i18n.said(f.message))[index.column()]


def severity_text(level: str) -> str:
    return (QCoreApplication.translate("QualityPage", "Error") if level == "error"
            else QCoreApplication.translate("QualityPage", "Warning"))


class Computation(QThread):
    """The check as of a date, off the GUI thread (SQLite's own checks on a second connection)."""

    def __init__(self, db: Database, on: date, parent=None):
        super().__init__(parent)
        self.db, self.on = db, on
        self.report: QualityReport | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            with self.db.read_session() as session:
                self.report = quality.run_check(session, self.on, integrity_connection=self.db.engine.raw_connection)
        except Exception as exc:  # noqa: BLE001 - shown on the page
            self.error = exc


def _combo(first: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(first, None)
    return combo


def _counts_table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setMaximumHeight(190)
    return table


class QualityPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date],
                 open_person: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock, self.open_person = db, actor, clock, open_person
        self.report: QualityReport | None = None
        self.worker: Computation | None = None
        self.dialog = None      # the record dialog open now (tests)
        with db.read_session() as session:
            self.place_names = quality.place_names(session)
        self.townships = {code for code in self.place_names if code.endswith("000")}
        self.county = len(self.townships) > 1
        style.make_page(self)
        self.state = QLabel()
        self.state.setProperty("kind", "muted")
        self.damaged = QLabel()
        self.damaged.setProperty("kind", "error")
        self.damaged.setWordWrap(True)
        self.damaged.setVisible(False)
        self.by_check = _counts_table([self.tr("Check"), self.tr("Level"), self.tr("Findings")])
        place = self.tr("Township") if self.county else self.tr("Village")
        self.by_place = _counts_table([place, self.tr("Errors"), self.tr("Warnings")])
        counts = QHBoxLayout()
        counts.addWidget(self.by_check, 3)
        counts.addWidget(self.by_place, 2)

        self.severity = _combo(self.tr("Errors and warnings"))
        self.severity.addItem(self.tr("Errors"), "error")
        self.severity.addItem(self.tr("Warnings"), "warning")
        self.check = _combo(self.tr("All checks"))
        for check in DATABASE_CHECKS:
            self.check.addItem(check_name(check, i18n.code_lang()), check)
        self.township = _combo(self.tr("All townships"))
        for code in sorted(self.townships):
            self.township.addItem(self.place_names[code], code)
        self.township.setVisible(self.county)
        self.village = _combo(self.tr("All villages"))
        self._fill_villages()
        self.township.currentIndexChanged.connect(self._fill_villages)
        for combo in (self.severity, self.check, self.township, self.village):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for widget in (self.severity, self.check, self.township, self.village):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.state)
        filters.addWidget(self.refresh_button)

        self.model = FindingModel(self)
        self.model.place_names = self.place_names
        self.view = list_view(self.model, (60, 110, 90, 190, 110))
        self.view.doubleClicked.connect(lambda _i: self.correct())

        self.print_button = QPushButton(self.tr("Print the list…"))
        self.print_button.clicked.connect(lambda: actions.preview(self))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: actions.save_as(self, ".pdf"))
        self.excel_button = QPushButton(self.tr("Save the township's list as Excel…") if self.county
                                        else self.tr("Save as Excel…"))
        self.excel_button.clicked.connect(lambda: actions.save_as(self, ".xlsx"))
        self.person_button = QPushButton(self.tr("Open person"))
        self.person_button.clicked.connect(self._open_person)
        self.correct_button = QPushButton(self.tr("Correct the record…"))
        self.correct_button.clicked.connect(self.correct)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.excel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.person_button)
        buttons.addWidget(self.correct_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(style.page_title(self.tr("Data quality")))
        layout.addWidget(self.damaged)
        layout.addLayout(counts)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- computing ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.worker is not None:
            return
        self.state.setText(self.tr("Checking the records…"))
        self.refresh_button.setEnabled(False)
        # parentless and kept alive until it ends: the page may go away while it runs
        self.worker = keep_until_finished(Computation(self.db, self.clock()))
        QCoreApplication.instance().aboutToQuit.connect(self.settle)
        self.worker.finished.connect(self._worker_finished)
        self.worker.start()

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        self.refresh_button.setEnabled(True)
        worker.deleteLater()
        if worker.report is None:
            self._show_damage(i18n.message(worker.error))
            self.state.setText("")
            return
        self.show_report(worker.report)

    def settle(self) -> None:
        """Block until the check is done (screenshots, tests, quitting)."""
        if self.worker is not None:
            self.worker.wait()
            self._worker_finished()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.report is None and self.worker is None:
            self.refresh()

    def _show_damage(self, problem: str) -> None:
        self.damaged.setText(self.tr(
            "The database file failed SQLite's own check: %1. Make a copy of the file now and ask for "
            "technical support; do not enter more records until it is repaired.").replace("%1", problem))
        self.damaged.setVisible(True)

    def show_report(self, report: QualityReport) -> None:
        self.report = report
        self.damaged.setVisible(False)
        if report.integrity != "ok":
            self._show_damage(report.integrity)
        counts = report.counts
        self.state.setText(self.tr("As of %1: %2 errors, %3 warnings").replace("%1", i18n.format_date(report.date))
                           .replace("%2", str(counts["error"])).replace("%3", str(counts["warning"])))
        self._fill_counts()
        self.apply_filter()

    def _fill_counts(self) -> None:
        findings = self.report.findings if self.report else []
        lang = i18n.code_lang()
        by_check = Counter(f.check for f in findings)
        rows = [(check_name(c, lang), severity_text(quality.severity_of(c)), n)
                for c in DATABASE_CHECKS if (n := by_check[c])]
        _fill(self.by_check, rows)
        place = quality.township_of if self.county else (lambda code: code or "")
        tally = Counter((place(f.village_code), f.severity) for f in findings)
        places = sorted({p for p, _s in tally})
        _fill(self.by_place, [(self.place_names.get(p, p or "—"), tally[(p, "error")], tally[(p, "warning")])
                              for p in places])

    # -- filtering -------------------------------------------------------------------
    def _fill_villages(self) -> None:
        township = self.township.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), None)
        for code, name in self.place_names.items():
            if not code.endswith("000") and (township is None or quality.township_of(code) == township):
                self.village.addItem(name, code)
        self.village.blockSignals(False)

    def _keep(self, f: QualityFinding) -> bool:
        severity, check = self.severity.currentData(), self.check.currentData()
        township, village = self.township.currentData(), self.village.currentData()
        return ((severity is None or f.severity == severity) and (check is None or f.check == check)
                and (township is None or quality.township_of(f.village_code) == township)
                and (village is None or f.village_code == village))

    def filtered(self) -> list[QualityFinding]:
        return [f for f in (self.report.findings if self.report else []) if self._keep(f)]

    def apply_filter(self) -> None:
        self.model.set_rows(self.filtered())
        self._update_buttons()

    # -- actions -------------------------------------------------------------------
    def selected(self) -> QualityFinding | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], FindingRole) if rows else None

    def _update_buttons(self) -> None:
        finding = self.selected()
        self.person_button.setEnabled(bool(finding and finding.person_uid))
        self.correct_button.setEnabled(finding is not None and self.actor is not None)
        has_rows = bool(self.model.rows)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(has_rows)
        self.excel_button.setEnabled(has_rows and (not self.county or self.township.currentData() is not None))

    def _open_person(self) -> None:
        finding = self.selected()
        if finding and finding.person_uid:
            self.open_person(finding.person_uid)

    def correct(self) -> None:
        """Open the finding's record with its field focused; a save runs the check again."""
        finding = self.selected()
        if finding is None or self.actor is None:
            return
        self.dialog = actions.open_record(self, finding)


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
