"""帐表卡册: choose a register or the women's cards, a period and a village;
preview and print, or save as PDF or XLSX."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from fpdesk.db.engine import Database
from fpdesk.output import jobs
from fpdesk.output.card_data import default_variant
from fpdesk.output.jobs import Job, Produced
from fpdesk.services import people
from fpdesk.services.context import SYSTEM, Actor
from fpdesk.ui import i18n, style
from fpdesk.ui.background import run_with_progress
from fpdesk.ui.widgets.period_picker import PeriodPicker

DESCRIPTIONS = {
    "women": QT_TRANSLATE_NOOP("LedgersPage", "Every woman aged 15–49, by village, group and household."),
    "population": QT_TRANSLATE_NOOP("LedgersPage", "Every person on the register, by household."),
    "births": QT_TRANSLATE_NOOP("LedgersPage", "Every birth in the period."),
    "deaths": QT_TRANSLATE_NOOP("LedgersPage", "Every death in the period."),
    "marriages": QT_TRANSLATE_NOOP("LedgersPage", "Every marriage event in the period."),
    "migrations": QT_TRANSLATE_NOOP("LedgersPage", "Every migration event in the period."),
    "contraception": QT_TRANSLATE_NOOP("LedgersPage", "Every contraception episode started or ended in the period."),
    "checks": QT_TRANSLATE_NOOP("LedgersPage", "Every reproductive-health check in the period."),
    "followups": QT_TRANSLATE_NOOP("LedgersPage", "Every follow-up, postnatal visit and counselling in the period."),
    "supplies": QT_TRANSLATE_NOOP("LedgersPage", "Every supply and folic-acid service in the period."),
    "benefits": QT_TRANSLATE_NOOP("LedgersPage", "Every benefit record of the benefit year (the calendar year the period ends in)."),
    jobs.WOMEN_CARDS: QT_TRANSLATE_NOOP("LedgersPage", "One card per woman aged 15–49 of the village, each starting on a new page."),
}


class LedgersPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date], parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor or SYSTEM, clock
        self.names = jobs.document_names()
        self.last: Produced | None = None
        style.make_page(self)

        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        for name, title in self.names.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.documents.addItem(item)
        self.documents.setMaximumWidth(260)
        self.documents.setSpacing(3)
        self.documents.currentRowChanged.connect(lambda _row: self._document_changed())

        self.period = PeriodPicker(clock())
        self.village = QComboBox()
        self.village.addItem(self.tr("Whole township"), None)
        with db.read_session() as session:
            for village in people.villages(session):
                self.village.addItem(village.name, village.code)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setProperty("kind", "muted")
        self.as_of = QLabel(i18n.format_date(clock()))
        self.variant = QComboBox()         # women's cards: the office's full card or the village card
        self.variant.setObjectName("card_variant")
        if self.actor.may_see_ids:
            self.variant.addItem(self.tr("Office card (full record)"), "office")
        self.variant.addItem(self.tr("Village card (births only, ID and phone masked)"), "village")
        self.variant.setCurrentIndex(self.variant.findData(default_variant(self.actor)))
        self.form = form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("As of"), self.as_of)     # the rosters: the state on the day
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Card"), self.variant)
        box = QGroupBox(self.tr("What to print"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.description)
        box_layout.addLayout(form)

        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self._save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self._save_as(".xlsx"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QVBoxLayout()
        right.addWidget(box)
        right.addLayout(buttons)
        right.addWidget(self.state)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.documents)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(style.page_title(self.tr("Registers and cards")))
        layout.addLayout(body, 1)
        self.documents.setCurrentRow(0)

    # -- choice --------------------------------------------------------------------
    def document(self) -> str:
        return self.documents.currentItem().data(Qt.ItemDataRole.UserRole)

    def choose(self, document: str, village: str | None = None, period=None) -> None:
        """Select a document (and a village and period) as the clerk would."""
        self.documents.setCurrentRow(list(self.names).index(document))
        self.village.setCurrentIndex(self.village.findData(village))
        if period is not None:
            self.period.set_period(period)

    def _document_changed(self) -> None:
        document = self.document()
        self.form.setRowVisible(self.period, jobs.takes_period(document))
        self.form.setRowVisible(self.as_of, not jobs.takes_period(document))
        self.xlsx_button.setEnabled(not jobs.is_card(document))
        self.form.setRowVisible(self.variant, jobs.is_card(document))
        self.description.setText(self.tr(DESCRIPTIONS[document]))

    def job(self) -> Job:
        document = self.document()
        period = self.period.period() if jobs.takes_period(document) else None
        variant = self.variant.currentData() if jobs.is_card(document) else None
        return Job(document, period, self.village.currentData(), self.clock(), variant)

    def _problem(self, job: Job) -> str | None:
        if jobs.takes_period(job.document) and job.period is None:
            return self.tr("Enter the first and last day of the period.")
        if jobs.is_card(job.document) and not job.village:
            return self.tr("Cards are printed one village at a time: choose a village.")
        return None

    # -- producing -----------------------------------------------------------------
    def produce(self, path: Path) -> Produced | None:
        """Write the chosen document to `path` off the GUI thread, with progress
        and cancel. Returns None (and says why) when nothing was written."""
        job = self.job()
        problem = self._problem(job)
        if problem:
            self.state.setText(problem)
            return None
        db, actor = self.db, self.actor
        try:
            produced = run_with_progress(
                lambda progress, cancelled: jobs.produce(db, actor, job, path, progress, cancelled),
                self.tr("Preparing %1…").replace("%1", self.names[job.document]),
                self.tr("Registers and cards"), self)
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the clerk
            if type(exc).__name__ == "Cancelled":
                self.state.setText(self.tr("Cancelled; no file was written."))
            else:
                self.state.setText(self.tr("Could not write %1: %2").replace("%1", str(path))
                                   .replace("%2", i18n.message(exc)))
            return None
        self.last = produced
        return produced

    def save_to(self, path: Path) -> Produced | None:
        produced = self.produce(path)
        if produced is not None:
            pages = (self.tr(", %1 pages").replace("%1", str(produced.pages))
                     if produced.pages is not None else "")
            self.state.setText(self.tr("Saved %1 (%2 rows%3).").replace("%1", str(produced.path))
                               .replace("%2", str(produced.rows)).replace("%3", pages))
        return produced

    def _save_as(self, suffix: str) -> None:
        job = self.job()
        name = jobs.default_file_name(job, self.names, self.village.currentText() if job.village else None,
                                      suffix)
        kind = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / name), kind)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.save_to(Path(path))

    def preview_file(self) -> Path | None:
        """The chosen document as a PDF in a temporary folder (for the preview)."""
        from fpdesk.ui.pdf_preview import scratch_pdf

        produced = self.produce(scratch_pdf(jobs.default_file_name(self.job(), self.names, None, ".pdf")))
        if produced is not None:
            self.state.setText(self.tr("%1 pages ready to print.").replace("%1", str(produced.pages)))
        return produced.path if produced else None

    def preview(self) -> None:
        from fpdesk.ui.pdf_preview import preview_and_forget

        path = self.preview_file()
        if path is None:
            return
        try:
            preview_and_forget(path, self)
        except Exception as exc:  # noqa: BLE001 - a broken printer driver must not lose the page
            QMessageBox.warning(self, self.tr("Print preview"), i18n.message(exc))
