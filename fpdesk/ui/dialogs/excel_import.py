"""导入Excel…: bring an office's own register (.xlsx, .xls, .csv) in.

Choose a file; each sheet shows its first rows with the detected header row
and a field chooser above every column (the choices can be saved as a mapping
for next month's sheets); 试导入 runs the whole import and rolls it back, so
its counts, refused rows and warnings are exactly what 导入 would do; 导出问题行
writes the refused rows with a 原因 column; 导入 runs off the GUI thread with
progress and 取消 (a cancelled import writes nothing).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain.sheet_layout import FIELDS, Header, field_for
from fpdesk.domain.dates import format_iso
from fpdesk.domain.sheet_values import text_of
from fpdesk.services import excel_import
from fpdesk.services.context import Actor
from fpdesk.services.excel_import import ImportCancelled, ImportSummary
from fpdesk.services.sheet_reader import SheetFileError
from fpdesk.ui import i18n
from fpdesk.ui.background import run_with_progress
from fpdesk.ui.widgets.forms import label_for

PREVIEW_ROWS = 30
HEADER_COLOUR = QColor("#dbeafe")


def _shown(value) -> str:
    """A cell as the clerk typed it; a spreadsheet date as 2014-06-01."""
    if isinstance(value, (date, datetime)):
        return format_iso(value.date() if isinstance(value, datetime) else value)
    return text_of(value).replace("\n", " ")


class SheetPanel(QWidget):
    """One sheet: take it or not, its header row, a field chooser per column, its first rows."""

    def __init__(self, preview: excel_import.SheetPreview, field_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.preview, self.field_names = preview, field_names
        self.take = QCheckBox(self.tr("Import this sheet"))
        self.take.setObjectName("take_sheet")
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        last = preview.rows[-1][0] if preview.rows else 1
        self.header_row.setRange(1, max(1, last))
        self.note = QLabel()
        self.note.setProperty("kind", "muted")
        self.table = QTableWidget()
        self.table.setObjectName("sheet_preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.choosers: list[QComboBox] = []
        top = QHBoxLayout()
        top.addWidget(self.take)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Header row:")))
        top.addWidget(self.header_row)
        top.addSpacing(16)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        header = preview.header
        self.header_row.setValue(header.row if header else 1)
        self.take.setChecked(header is not None)
        self._fill(header)
        self.header_row.valueChanged.connect(lambda _v: self._fill(None))

    def _cells(self, number: int) -> list:
        return next((cells for n, cells in self.preview.rows if n == number), [])

    def _fill(self, header: Header | None) -> None:
        row = self.header_row.value()
        if header is None or header.row != row:
            labels = tuple("".join(str(c).split()) if c is not None else "" for c in self._cells(row))
            header = Header(row, row, labels, tuple(field_for(label) for label in labels))
            self.detected = None
        else:
            self.detected = header
        self.labels = list(header.labels)
        data = [(n, cells) for n, cells in self.preview.rows if n > header.first_row - 1]
        width = max([len(self.labels)] + [len(c) for _n, c in data])
        self.labels += [""] * (width - len(self.labels))
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(data) + 1)
        self.table.setHorizontalHeaderLabels([label or f"({i + 1})" for i, label in enumerate(self.labels)])
        self.table.setVerticalHeaderLabels([self.tr("Field")] + [str(n) for n, _c in data])
        self.choosers = []
        fields = list(header.fields) + [None] * (width - len(header.fields))
        for column in range(width):
            chooser = QComboBox()
            chooser.setObjectName(f"field_{column}")
            chooser.addItem(self.tr("(not imported)"), None)
            for name in FIELDS:
                chooser.addItem(self.field_names[name], name)
            chooser.setCurrentIndex(max(0, chooser.findData(fields[column])))
            self.table.setCellWidget(0, column, chooser)
            self.choosers.append(chooser)
        for r, (number, cells) in enumerate(data, start=1):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(_shown(value))
                if header.first_row <= number <= header.row:
                    item.setBackground(QBrush(HEADER_COLOUR))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 96), 220))
        self.header_first = header.first_row
        found = self.tr("Header found in row %1.").replace("%1", str(header.row)) if self.detected else \
            self.tr("No header was recognised: choose the header row and the fields by hand.")
        self.note.setText(found)

    def header(self) -> Header:
        fields = tuple(c.currentData() for c in self.choosers)
        return Header(self.header_row.value(), self.header_first, tuple(self.labels), fields)

    def mapping(self) -> dict[str, str | None]:
        return {label: chooser.currentData() for label, chooser in zip(self.labels, self.choosers) if label}


class ExcelImportDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, today: date | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today
        self.path: Path | None = None
        self.summary: ImportSummary | None = None
        self.imported = False
        self.setObjectName("excel_import_dialog")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.field_names = self._field_names()

        intro = QLabel(self.tr("Bring in a village's register kept in Excel or WPS (.xlsx, .xls, .csv). "
                               "Check the field under each column, try the import, then import."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setObjectName("excel_file")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("choose_file")
        choose.clicked.connect(self.choose_file)
        self.load_mapping = QPushButton(self.tr("Load column mapping…"))
        self.load_mapping.setObjectName("load_mapping")
        self.load_mapping.clicked.connect(self.choose_mapping)
        self.save_mapping = QPushButton(self.tr("Save column mapping…"))
        self.save_mapping.setObjectName("save_mapping")
        self.save_mapping.clicked.connect(self.ask_save_mapping)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.load_mapping)
        file_row.addWidget(self.save_mapping)

        self.sheets = QTabWidget()
        self.sheets.setObjectName("sheets")
        self.state = QLabel()
        self.state.setObjectName("import_state")
        self.state.setWordWrap(True)
        self.problems = QTableWidget(0, 5)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Sheet"), self.tr("Row"),
                                                 self.tr("Column"), self.tr("Reason")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        results = QWidget()
        box = QVBoxLayout(results)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.state)
        box.addWidget(self.problems, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sheets)
        split.addWidget(results)
        split.setSizes([380, 220])

        self.dry_run = QPushButton(self.tr("Try import"))
        self.dry_run.setObjectName("dry_run")
        self.dry_run.clicked.connect(lambda: self.run(dry=True))
        self.export = QPushButton(self.tr("Export problem rows…"))
        self.export.setObjectName("export_problems")
        self.export.clicked.connect(self.ask_export)
        self.go = QPushButton(self.tr("Import"))
        self.go.setObjectName("import")
        self.go.clicked.connect(lambda: self.run(dry=False))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dry_run)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)
        self._enable()

    def _field_names(self) -> dict[str, str]:
        extra = {"head_name": self.tr("Head's name"), "village": self.tr("Village"),
                 "method_date": self.tr("Method date"), "method": self.tr("Current method")}
        return {name: extra.get(name) or label_for(name) for name in FIELDS}

    def _enable(self) -> None:
        loaded = self.sheets.count() > 0
        for button in (self.dry_run, self.go, self.save_mapping, self.load_mapping):
            button.setEnabled(loaded)
        self.export.setEnabled(bool(self.summary and self.summary.refused))

    # -- the file ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a register"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, mapping: dict | None = None) -> bool:
        try:
            previews = excel_import.preview(path, PREVIEW_ROWS, mapping)
        except SheetFileError as exc:
            self.state.setText(i18n.message(exc))
            return False
        self.path = path
        self.file.setText(str(path))
        self.sheets.clear()
        for item in previews:
            self.sheets.addTab(SheetPanel(item, self.field_names), item.name)
        self.summary = None
        self.state.setText(self.tr("Check the fields, then try the import."))
        self.problems.setRowCount(0)
        self._enable()
        return True

    def panels(self) -> list[SheetPanel]:
        return [self.sheets.widget(i) for i in range(self.sheets.count())]

    # -- mappings ------------------------------------------------------------------------
    def mapping(self) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for panel in self.panels():
            if panel.take.isChecked():
                found.update(panel.mapping())
        return found

    def ask_save_mapping(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save column mapping"), str(Path.home() / "列对应.json"),
                                              self.tr("Column mapping (*.json)"))
        if path:
            self.save_mapping_to(Path(path))

    def save_mapping_to(self, path: Path) -> None:
        path.write_text(json.dumps(self.mapping(), ensure_ascii=False, indent=1), encoding="utf-8")
        self.state.setText(self.tr("Column mapping saved: %1").replace("%1", str(path)))

    def choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load column mapping"), str(Path.home()),
                                              self.tr("Column mapping (*.json)"))
        if path and self.path:
            try:
                mapping = excel_import.read_mapping(path)
            except SheetFileError as exc:
                self.state.setText(i18n.message(exc))
                return
            self.load_file(self.path, mapping)

    # -- running -------------------------------------------------------------------------
    def run(self, dry: bool) -> ImportSummary | None:
        if not self.path:
            return None
        chosen = [p for p in self.panels() if p.take.isChecked()]
        if not chosen:
            self.state.setText(self.tr("Tick at least one sheet to import."))
            return None
        sheets = [p.preview.name for p in chosen]
        headers = {p.preview.name: p.header() for p in chosen}
        db, actor, path, today = self.db, self.actor, self.path, self.today
        text = self.tr("Trying the import…") if dry else self.tr("Importing…")
        try:
            summary = run_with_progress(
                lambda progress, cancelled: excel_import.import_excel(
                    db, actor, path, sheets=sheets, headers=headers, dry_run=dry, today=today,
                    progress=progress, cancelled=cancelled),
                text, self.windowTitle(), self)
        except ImportCancelled:
            self.state.setText(self.tr("Cancelled: nothing was written."))
            return None
        except Exception as exc:  # noqa: BLE001 - a file or sheet that cannot be read; nothing was written
            self.state.setText(self.tr("Nothing was written: %1").replace("%1", i18n.message(exc)))
            return None
        self.summary = summary
        self.imported = self.imported or not dry
        self.show_summary(summary)
        self._enable()
        return summary

    def show_summary(self, summary: ImportSummary) -> None:
        rows = len({(n["sheet"], n["row"]) for n in summary.refused})
        counts = (self.tr("Trial run, nothing written: %1 new persons, %2 completed, %3 unchanged, %4 new households, "
                          "%5 methods; %6 rows refused, %7 warnings.") if summary.dry_run else
                  self.tr("Imported: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; "
                          "%6 rows refused, %7 warnings."))
        for i, value in enumerate((summary.inserted, summary.updated, summary.unchanged, summary.households_inserted,
                                   summary.episodes_inserted, rows, len(summary.warnings)), start=1):
            counts = counts.replace(f"%{i}", str(value))
        self.state.setText(counts)
        notes = [(self.tr("Refused"), n) for n in summary.refused] + [(self.tr("Warning"), n) for n in summary.warnings]
        self.problems.setRowCount(len(notes))
        for r, (kind, note) in enumerate(notes):
            for c, value in enumerate((kind, note["sheet"], note["row"], note["column"], i18n.said(note["reason"]))):
                self.problems.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.problems.resizeColumnsToContents()

    def ask_export(self) -> None:
        if not self.summary:
            return
        name = f"{self.path.stem}-问题行.xlsx" if self.path else "问题行.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export problem rows"), str(Path.home() / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            excel_import.write_problem_rows(self.summary, path)
        except OSError as exc:
            self.state.setText(self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.state.setText(self.tr("Problem rows written to %1: correct them there and import that file again.")
                           .replace("%1", str(path)))
