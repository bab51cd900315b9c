"""Input widgets for record forms. Each has `value()` (raising FieldInputError
for text it cannot read) and `set_value(v)`, so forms treat them alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QCheckBox, QComboBox, QHBoxLayout, QLineEdit,
                               QMenu, QToolButton, QWidget, QWidgetAction)

from fpdesk.domain.codes import CodeSet
from fpdesk.domain.dates import DateInputError, format_iso, parse_date_input
from fpdesk.ui import i18n


class FieldInputError(ValueError):
    """Text in a field that cannot be read as its type; the message is for the clerk."""


class DateField(QWidget):
    """A date typed as 20261122, 2026-11-22, 2026/11/22 … or picked from a calendar."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText("2026-11-22")
        self.line.setMaxLength(20)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        menu.aboutToShow.connect(self._sync_calendar)
        self.line.editingFinished.connect(self._normalise)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def value(self) -> date | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_date_input(text)
        except DateInputError as exc:
            raise FieldInputError(str(exc) if i18n.lang() == "zh_CN" else exc.message_en) from None

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_iso(value))

    def _normalise(self) -> None:
        try:
            value = self.value()
        except FieldInputError:
            self.edited.emit()
            return
        if value is not None:
            self.line.setText(format_iso(value))
        self.edited.emit()

    def _sync_calendar(self) -> None:
        try:
            value = self.value()
        except FieldInputError:
            value = None
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        self.edited.emit()


class CodeField(QComboBox):
    """A choice from a CodeSet; the first entry is blank unless the field is required."""

    edited = Signal()

    def __init__(self, codes: CodeSet, required: bool = False, parent=None):
        super().__init__(parent)
        self.codes = codes
        if not required:
            self.addItem("", None)
        for value, label in codes.choices(i18n.code_lang()):
            self.addItem(f"{value} {label}" if isinstance(value, int) else label, value)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)


class TextField(QLineEdit):
    edited = Signal()

    def __init__(self, max_length: int = 100, parent=None):
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.editingFinished.connect(self.edited.emit)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))


class IdNumberField(TextField):
    """An ID number; upper-cases the check character as it is typed."""

    def __init__(self, parent=None):
        super().__init__(18, parent)
        self.setPlaceholderText(self.tr("18-digit ID number"))
        self.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)


class IntField(TextField):
    def __init__(self, parent=None):
        super().__init__(9, parent)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise FieldInputError(self.tr("Enter a whole number")) from None


class MoneyField(TextField):
    def __init__(self, parent=None):
        super().__init__(14, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> float | None:
        text = self.text().strip().replace(",", "")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise FieldInputError(self.tr("Enter an amount such as 960.00")) from None
        if amount.as_tuple().exponent < -2:
            raise FieldInputError(self.tr("At most two decimal places"))
        return float(amount)

    def set_value(self, value) -> None:
        self.setText("" if value is None else f"{value:.2f}")


class BoolField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.toggled.connect(lambda _b: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value) -> None:
        self.setChecked(bool(value))
