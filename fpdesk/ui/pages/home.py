"""首页: the office's headline figures for today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from fpdesk.db.engine import Database
from fpdesk.services import context, dashboard
from fpdesk.ui import i18n, style

COLUMNS = 3


class HomePage(QWidget):
    """A title with the office and the date, then one card per figure of
    `dashboard.home_counts`. The value labels are named `value_<field>`."""

    def __init__(self, db: Database, clock: Callable[[], date] = context.today, parent=None):
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.setObjectName("home")
        style.make_page(self)
        self.title = style.page_title()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setProperty("kind", "muted")

        cards = [
            ("people", self.tr("Total population")),
            ("households", self.tr("Households")),
            ("births_this_year", self.tr("Births this statistical year")),
            ("women_15_49", self.tr("Women aged 15–49")),
            ("married_women_15_49", self.tr("Married women aged 15–49")),
        ]
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for index, (field, text) in enumerate(cards):
            grid.addWidget(self._card(field, text), index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(20)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    def _card(self, field: str, text: str) -> QFrame:
        card = QFrame()
        card.setProperty("kind", "card")
        card.setMinimumHeight(128)
        value = QLabel("—")
        value.setObjectName(f"value_{field}")
        value.setProperty("kind", "cardValue")
        value.setFont(style.scaled_font(self.font(), 2.6, bold=True))
        label = QLabel(text)
        label.setObjectName(f"label_{field}")
        label.setProperty("kind", "cardLabel")
        label.setFont(style.scaled_font(self.font(), 1.1))
        note = QLabel()
        note.setObjectName(f"note_{field}")
        note.setProperty("kind", "muted")
        note.setWordWrap(True)
        note.hide()
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(4)
        box.addWidget(value)
        box.addWidget(label)
        box.addWidget(note)
        box.addStretch(1)
        self.values[field] = value
        self.notes[field] = note
        return card

    def refresh(self) -> None:
        """Read today's figures again."""
        today = self.clock()
        with self.db.read_session() as session:
            counts = dashboard.home_counts(session, today)
        self.title.setText(counts.office_name or self.tr("(office not set)"))
        self.subtitle.setText(self.tr("Figures as of %1").replace("%1", i18n.format_date(today)))
        for field, label in self.values.items():
            label.setText(f"{getattr(counts, field):,}")
        note = self.notes["births_this_year"]
        note.setText(i18n.period_label(counts.year))
        note.show()
