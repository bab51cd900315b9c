"""Choosing a period the way FORMATS.md §1 names them: a statistical year,
one of its quarters, a calendar month, or a range of dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from fpdesk.domain import periods
from fpdesk.domain.periods import Period
from fpdesk.ui.widgets.fields import DateField

KINDS = ("year", "quarter", "month", "range")


class PeriodPicker(QWidget):
    """Kind, then the year (and quarter or month), or two dates for a range.
    `period()` is None while a range is incomplete or reversed."""

    changed = Signal()

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, text in zip(KINDS, (self.tr("Statistical year"), self.tr("Quarter"), self.tr("Month"),
                                      self.tr("Date range"))):
            self.kind.addItem(text, kind)
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(periods.statistical_year_of(today))
        self.part = QComboBox()
        self.start, self.end = DateField(), DateField()
        self.to = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.start, self.to, self.end):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.changed)
        self.part.currentIndexChanged.connect(self.changed)
        self.start.edited.connect(self.changed)
        self.end.edited.connect(self.changed)
        self._today = today
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Q%1").replace("%1", str(q)), q)
            self.part.setCurrentIndex(int(periods.quarter_of(self._today).text.split("Q")[1]) - 1)
        elif kind == "month":
            for m in range(1, 13):
                self.part.addItem(self.tr("Month %1").replace("%1", str(m)), m)
            self.part.setCurrentIndex(self._today.month - 1)
        self.part.blockSignals(False)
        self.year.blockSignals(True)   # a month counts calendar years, the others statistical years
        self.year.setValue(self._today.year if kind == "month" else periods.statistical_year_of(self._today))
        self.year.blockSignals(False)
        self.year.setVisible(kind != "range")
        self.part.setVisible(kind in ("quarter", "month"))
        for widget in (self.start, self.to, self.end):
            widget.setVisible(kind == "range")
        self.changed.emit()

    def period(self) -> Period | None:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "year":
            return periods.statistical_year(year)
        if kind == "quarter":
            return periods.quarter(year, self.part.currentData())
        if kind == "month":
            return periods.month(year, self.part.currentData())
        start, end = self.start.value(), self.end.value()
        if start is None or end is None or end < start:
            return None
        return periods.date_range(start, end)

    def set_period(self, period: Period) -> None:
        """Show `period` (tests and restoring the last choice)."""
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        if period.kind == "range":
            self.start.set_value(period.start)
            self.end.set_value(period.end)
            return
        if period.kind == "month":
            self.year.setValue(period.start.year)
            self.part.setCurrentIndex(period.start.month - 1)
            return
        year = periods.statistical_year_of(period.end)
        self.year.setValue(year)
        if period.kind == "quarter":
            self.part.setCurrentIndex(int(period.text.split("Q")[1]) - 1)
