"""Small charts painted with QPainter (Qt Charts is not part of PySide6-Essentials).

Each chart has a title, draws to any size, and keeps its data in plain
attributes so tests can check what is drawn."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fpdesk.ui import style

MALE = QColor("#3b7dd8")
FEMALE = QColor("#e07a9b")
PLAIN = QColor("#1f5fa8")
ALERT = QColor(style.ERROR)
GRID = QColor(style.BORDER)
PAD = 8


class Chart(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QColor(style.BORDER))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(style.TEXT))
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(PAD, PAD, self.width() - 2 * PAD, line), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        area = QRectF(PAD, PAD + line + 6, self.width() - 2 * PAD, self.height() - 2 * PAD - line - 6)
        self.draw(painter, area, painter.fontMetrics().height())
        painter.end()

    def draw(self, painter: QPainter, area: QRectF, line: int) -> None:
        raise NotImplementedError

    @staticmethod
    def legend(painter: QPainter, x: float, y: float, items: list[tuple[str, QColor]]) -> None:
        for text, color in items:
            painter.fillRect(QRectF(x, y + 3, 10, 10), color)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(x + 14, y, 200, 16), Qt.AlignmentFlag.AlignLeft, text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text)


class BirthsChart(Chart):
    """Births per month, boys and girls side by side, the sex ratio under each month."""

    def __init__(self, title: str, labels: tuple[str, str, str], parent=None):
        super().__init__(title, parent)
        self.labels = labels            # (boys, girls, sex ratio)
        self.months: list = []          # MonthBirths

    def set_months(self, months: list) -> None:
        self.months = months
        self.update()

    def draw(self, painter: QPainter, area: QRectF, line: int) -> None:
        self.legend(painter, area.left(), area.top(), [(self.labels[0], MALE), (self.labels[1], FEMALE)])
        painter.setPen(QColor(style.MUTED))   # what the grey figures under the months are
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt.AlignmentFlag.AlignRight,
                         self.labels[2])
        if not self.months:
            return
        plot = QRectF(area.left(), area.top() + line + 4, area.width(), area.height() - 3 * line - 8)
        top = max(1, max(max(m.male, m.female) for m in self.months))
        slot = plot.width() / len(self.months)
        bar = max(2.0, slot * 0.35)
        for i, m in enumerate(self.months):
            x = plot.left() + i * slot + (slot - 2 * bar) / 2
            for j, (value, color) in enumerate(((m.male, MALE), (m.female, FEMALE))):
                height = plot.height() * value / top
                painter.fillRect(QRectF(x + j * bar, plot.bottom() - height, bar - 1, height), color)
            painter.setPen(QColor(style.TEXT))
            label = QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, m.month[5:])
            ratio = m.sex_ratio
            painter.setPen(QColor(style.MUTED))
            painter.drawText(label.translated(0, line), Qt.AlignmentFlag.AlignCenter,
                             "—" if ratio is None else f"{ratio:.0f}")


class BarsChart(Chart):
    """Horizontal bars with their values (the method mix)."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.items: list[tuple[str, float]] = []

    def set_items(self, items: list[tuple[str, float]]) -> None:
        self.items = items
        self.update()

    def draw(self, painter: QPainter, area: QRectF, line: int) -> None:
        if not self.items:
            return
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.items) + 8
        value_width = metrics.horizontalAdvance("000,000") + 8
        top = max(1, max(value for _, value in self.items))
        row = min(area.height() / len(self.items), line * 1.8)
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * row
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(area.left(), y, label_width - 6, row), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            width = (area.width() - label_width - value_width) * value / top
            painter.fillRect(QRectF(area.left() + label_width, y + row * 0.2, width, row * 0.6), PLAIN)
            painter.drawText(QRectF(area.left() + label_width + width + 4, y, value_width, row),
                             Qt.AlignmentFlag.AlignVCenter, f"{value:,.0f}")


class PyramidChart(Chart):
    """Men to the left, women to the right, youngest band at the bottom."""

    def __init__(self, title: str, labels: tuple[str, str], parent=None):
        super().__init__(title, parent)
        self.labels = labels
        self.bands: list = []   # Band

    def set_bands(self, bands: list) -> None:
        self.bands = bands
        self.update()

    def draw(self, painter: QPainter, area: QRectF, line: int) -> None:
        self.legend(painter, area.left(), area.top(), [(self.labels[0], MALE), (self.labels[1], FEMALE)])
        if not self.bands:
            return
        plot = QRectF(area.left(), area.top() + line + 4, area.width(), area.height() - line - 4)
        axis = painter.fontMetrics().horizontalAdvance("85–89") + 10
        half = (plot.width() - axis) / 2
        top = max(1, max(max(b.male, b.female) for b in self.bands))
        row = plot.height() / len(self.bands)
        for i, band in enumerate(self.bands):
            y = plot.bottom() - (i + 1) * row
            male, female = half * band.male / top, half * band.female / top
            painter.fillRect(QRectF(plot.left() + half - male, y + 1, male, row - 2), MALE)
            painter.fillRect(QRectF(plot.left() + half + axis, y + 1, female, row - 2), FEMALE)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(plot.left() + half, y, axis, row), Qt.AlignmentFlag.AlignCenter, band.label)


class WorkedChart(Chart):
    """Per rule: services worked in the period against items overdue now."""

    def __init__(self, title: str, labels: tuple[str, str], parent=None):
        super().__init__(title, parent)
        self.labels = labels
        self.rows: list[tuple[str, int, int]] = []   # (rule, worked, overdue)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        self.rows = rows
        self.update()

    def draw(self, painter: QPainter, area: QRectF, line: int) -> None:
        self.legend(painter, area.left(), area.top(), [(self.labels[0], PLAIN), (self.labels[1], ALERT)])
        if not self.rows:
            return
        plot = QRectF(area.left(), area.top() + line + 4, area.width(), area.height() - 2 * line - 6)
        top = max(1, max(max(w, o) for _, w, o in self.rows))
        slot = plot.width() / len(self.rows)
        bar = max(2.0, slot * 0.35)
        painter.setPen(QPen(GRID))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for i, (rule, worked, overdue) in enumerate(self.rows):
            x = plot.left() + i * slot + (slot - 2 * bar) / 2
            for j, (value, color) in enumerate(((worked, PLAIN), (overdue, ALERT))):
                height = plot.height() * value / top
                painter.fillRect(QRectF(x + j * bar, plot.bottom() - height, bar - 1, height), color)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, rule)
