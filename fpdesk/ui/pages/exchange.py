"""上报交换: write the submission package for the county (incremental or
full, with the period's report, password-protected), read its check code
to the county; and, at the county, load townships' packages and see who has
sent which period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain.periods import month_before
from fpdesk.package import Cancelled
from fpdesk.services.context import SYSTEM, Actor
from fpdesk.ui import i18n, style
from fpdesk.ui.background import keep_until_finished, run_with_progress
from fpdesk.ui.pages import exchange_tables as tables
from fpdesk.ui.widgets.period_picker import PeriodPicker

MIN_PASSWORD = 8


class ErrorCount(QThread):
    """How many error-level findings the data check has (None if it could not run)."""

    def __init__(self, db: Database, on: date, parent=None):
        super().__init__(parent)
        self.db, self.on = db, on
        self.errors: int | None = None

    def run(self) -> None:
        from fpdesk.services.quality import run_check

        try:
            with self.db.read_session() as session:
                self.errors = run_check(session, self.on, integrity_connection=self.db.engine.raw_connection
                                        ).counts["error"]
        except Exception:  # noqa: BLE001 - the page says nothing then; the export is unaffected
            self.errors = None


class ExchangePage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date],
                 show_quality: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor or SYSTEM, clock
        self.show_quality = show_quality
        self.quality_check: ErrorCount | None = None
        self.last_export = None
        self.last_import = None
        style.make_page(self)
        tabs = QTabWidget()
        tabs.addTab(self._export_tab(), self.tr("Send to the county"))
        tabs.addTab(self._import_tab(), self.tr("Receive packages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(style.page_title(self.tr("Submission and exchange")))
        layout.addWidget(tabs, 1)
        self.reload()

    # -- sending ---------------------------------------------------------------------
    def _export_tab(self) -> QWidget:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Changes since the last package"), False)
        self.kind.addItem(self.tr("Everything (full package)"), True)
        self.with_report = QCheckBox(self.tr("Include the statistical report for"))
        self.with_report.setChecked(True)
        self.period = PeriodPicker(self.clock())
        self.period.set_period(month_before(self.clock()))   # the month being reported
        report_row = QHBoxLayout()
        report_row.addWidget(self.with_report)
        report_row.addWidget(self.period)
        report_row.addStretch(1)
        self.recipient = QLineEdit(self.tr("County health commission"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD)))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("What to send"), self.kind)
        form.addRow(self.tr("Report"), report_row)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        self.quality_note = QLabel()
        self.quality_note.setObjectName("quality_note")
        self.quality_note.setWordWrap(True)
        self.quality_note.setTextFormat(Qt.TextFormat.RichText)
        self.quality_note.linkActivated.connect(lambda _link: self.show_quality and self.show_quality())
        self.export_button = QPushButton(self.tr("Write the package…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.export_state = QLabel()
        self.export_state.setObjectName("export_state")
        self.export_state.setWordWrap(True)
        self.check_code = QLabel()
        self.check_code.setObjectName("check_code")
        self.check_code.setFont(style.scaled_font(self.font(), 3.0, bold=True))
        self.check_code.setProperty("kind", "cardValue")
        box = QGroupBox(self.tr("New package"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.quality_note)
        box_layout.addWidget(self.export_button)
        box_layout.addWidget(self.export_state)
        box_layout.addWidget(self.check_code)
        self.export_history = tables.history_table(tables.EXPORT_HEADINGS)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(style.section_title(self.tr("Packages sent")))
        layout.addWidget(self.export_history, 1)
        return page

    # -- the data check before sending (the clerk may still send) ---------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.quality_check is None:
            self.count_errors()

    def count_errors(self) -> None:
        """Count the data check's errors off the GUI thread; the note links to the 数据质量 page."""
        self.quality_note.setText(self.tr("Checking the records for errors…"))
        # parentless and kept alive until it ends: the page may go away while it runs
        self.quality_check = keep_until_finished(ErrorCount(self.db, self.clock()))
        self.quality_check.finished.connect(self._errors_counted)
        self.quality_check.start()

    def settle(self) -> None:
        if self.quality_check is not None:
            self.quality_check.wait()
            self._errors_counted()

    def _errors_counted(self) -> None:
        errors = self.quality_check.errors if self.quality_check else None
        if errors is None:
            self.quality_note.setText("")
        elif errors == 0:
            self.quality_note.setText(self.tr("The data check finds no errors."))
        else:
            page = self.tr("Data quality")
            link = f'<a href="quality">{page}</a>'
            self.quality_note.setText(
                self.tr("The data check finds %1 errors: see the %2 page. They travel as they are and the "
                        "county sees them too; you may still send the package.")
                .replace("%1", str(errors)).replace("%2", link))

    def export_problem(self) -> str | None:
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD:
            return self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_PASSWORD))
        if password != self.confirm.text():
            return self.tr("The two passwords differ.")
        if self.with_report.isChecked() and self.period.period() is None:
            return self.tr("Enter the first and last day of the period.")
        return None

    def export_to(self, path: Path):
        """Write, verify and record the package at `path`; show its check code."""
        from fpdesk.package.writer import export_package

        problem = self.export_problem()
        if problem:
            self.export_state.setText(problem)
            return None
        db, actor = self.db, self.actor
        full, password = self.kind.currentData(), self.password.text() or None
        period = self.period.period().text if self.with_report.isChecked() else None
        recipient = self.recipient.text().strip() or None
        try:
            result = run_with_progress(
                lambda progress, cancelled: export_package(db, actor, path, full=full, period=period,
                                                           password=password, recipient=recipient,
                                                           progress=progress, cancelled=cancelled),
                self.tr("Writing and verifying the package…"), self.tr("Submission and exchange"), self)
        except Cancelled:
            self.export_state.setText(self.tr("Cancelled: no package was written."))
            return None
        except Exception as exc:  # noqa: BLE001 - shown to the clerk; nothing was written
            self.export_state.setText(self.tr("No package was written: %1").replace("%1", _said(exc)))
            return None
        self.last_export = result
        self.check_code.setText(result.check_code)
        self.export_state.setText(tables.export_summary(result))
        self.reload()
        return result

    def _export_clicked(self) -> None:
        problem = self.export_problem()
        if problem:
            self.export_state.setText(problem)
            return
        name = f"上报包-{self.clock().strftime('%Y%m%d')}.fpx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package"), str(Path.home() / name),
                                              self.tr("Submission packages (*.fpx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".fpx") else path + ".fpx"))

    # -- receiving -------------------------------------------------------------------
    def _import_tab(self) -> QWidget:
        self.import_button = QPushButton(self.tr("Load a package…"))
        self.import_button.clicked.connect(self._import_clicked)
        self.import_state = QLabel()
        self.import_state.setObjectName("import_state")
        self.import_state.setWordWrap(True)
        self.refusals = tables.history_table(tables.REFUSAL_HEADINGS)
        self.refusals.setMaximumHeight(160)
        self.sent_period = QComboBox()
        self.sent_period.currentIndexChanged.connect(lambda _i: self._fill_townships())
        self.townships = tables.history_table(tables.TOWNSHIP_HEADINGS)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        period_row = QHBoxLayout()
        period_row.addWidget(style.section_title(self.tr("Townships and what they sent")))
        period_row.addStretch(1)
        period_row.addWidget(QLabel(self.tr("Period")))
        period_row.addWidget(self.sent_period)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.import_state)
        layout.addWidget(self.refusals)
        layout.addLayout(period_row)
        layout.addWidget(self.townships, 1)
        return page

    def import_from(self, path: Path, password: str | None = None):
        """Verify and load the package at `path`; show the summary."""
        from fpdesk.package.apply import import_package

        db, actor = self.db, self.actor
        try:
            summary = run_with_progress(
                lambda progress, cancelled: import_package(db, actor, path, password=password,
                                                           progress=progress, cancelled=cancelled),
                self.tr("Verifying and loading the package…"), self.tr("Submission and exchange"), self)
        except Cancelled:
            self.import_state.setText(self.tr("Cancelled: nothing was changed."))
            tables.fill(self.refusals, [])
            return None
        except Exception as exc:  # noqa: BLE001 - the package was refused whole; nothing changed
            self.import_state.setText(self.tr("The package was refused and nothing was changed: %1")
                                      .replace("%1", _said(exc)))
            tables.fill(self.refusals, [])
            return None
        self.last_import = summary
        self.import_state.setText(tables.import_summary(summary))
        tables.fill(self.refusals, tables.refusal_rows(summary))
        self.reload()
        return summary

    def _import_clicked(self) -> None:
        from fpdesk.package.reader import is_encrypted

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a package"), str(Path.home()),
                                              self.tr("Submission packages (*.fpx)"))
        if not path:
            return
        password = None
        if is_encrypted(Path(path)):
            password, ok = QInputDialog.getText(self, self.tr("Password"), self.tr("The package's password:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
        self.import_from(Path(path), password)

    # -- history ---------------------------------------------------------------------
    def reload(self) -> None:
        with self.db.read_session() as session:
            self.sent, self.known = tables.load_history(session)
            tables.fill(self.export_history, tables.export_rows(session))
        periods = sorted({row.period for row in self.sent if row.period}, reverse=True)
        current = self.sent_period.currentData()
        self.sent_period.blockSignals(True)
        self.sent_period.clear()
        self.sent_period.addItem(self.tr("Latest of each"), None)
        for period in periods:
            self.sent_period.addItem(period, period)
        self.sent_period.setCurrentIndex(max(0, self.sent_period.findData(current)))
        self.sent_period.blockSignals(False)
        self._fill_townships()

    def _fill_townships(self) -> None:
        tables.fill(self.townships, tables.township_rows(self.known, self.sent, self.sent_period.currentData()))


def _said(exc: Exception) -> str:
    """A full disk or a damaged file in plain words; any other refusal as it was raised."""
    from fpdesk.db.guard import explain

    said = explain(exc)
    return i18n.in_language(*said) if said else i18n.message(exc)
