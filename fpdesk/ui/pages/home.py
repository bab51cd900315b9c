"""首页: the office's headline figures for today."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fpdesk.db.engine import Database
from fpdesk.domain.reminders import RULE_NAMES
from fpdesk.services import context, dashboard
from fpdesk.services.reminder_cache import reminder_list
from fpdesk.ui import i18n, style
from fpdesk.ui.background import Worker, keep_until_finished

COLUMNS = 3
RULE_COLUMNS = 4


class HomePage(QWidget):
    """A title with the office and the date, then one card per figure of
    `dashboard.home_counts`. The value labels are named `value_<field>`."""

    def __init__(self, db: Database, clock: Callable[[], date] = context.today,
                 open_reminders: Callable[[str], None] | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.open_reminders = open_reminders
        self.worker: Worker | None = None
        self.setObjectName("home")
        style.make_page(self)
        self.title = style.page_title()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setProperty("kind", "muted")
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backup_warning")
        self.backup_warning.setProperty("kind", "error")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()

        cards = [
            ("people", self.tr("Registered population")),
            ("residents", self.tr("Resident population")),
            ("households", self.tr("Households")),
            ("births_this_year", self.tr("Births this statistical year")),
            ("women_15_49", self.tr("Women aged 15–49")),
            ("married_women_15_49", self.tr("Married women aged 15–49")),
        ]
        # which population each figure counts (the reports' bases, DOMAIN.md §Reports)
        self.bases = {
            "people": self.tr("Hukou basis: on the register or away (as report T1)"),
            "residents": self.tr("Resident basis: on the register or arrived from elsewhere"),
            "women_15_49": self.tr("Resident population"),
            "married_women_15_49": self.tr("Resident population (as report T3)"),
        }
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
        layout.addSpacing(8)
        layout.addWidget(self.backup_warning)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(20)
        layout.addWidget(style.section_title(self.tr("Service reminders")))
        layout.addLayout(self._reminder_grid())
        layout.addStretch(1)
        self.refresh()

    def _reminder_grid(self) -> QGridLayout:
        """One link per rule: its due and overdue counts, opening that list."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.rule_links: dict[str, QPushButton] = {}
        for i, rule in enumerate(RULE_NAMES):
            link = QPushButton()
            link.setObjectName(f"reminders_{rule}")
            link.setProperty("kind", "link")
            link.setEnabled(self.open_reminders is not None)
            link.clicked.connect(lambda _c=False, r=rule: self.open_reminders(r))
            self.rule_links[rule] = link
            grid.addWidget(link, i // RULE_COLUMNS, i % RULE_COLUMNS)
        for column in range(RULE_COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

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
        for field, text in self.bases.items():
            self.notes[field].setText(text)
            self.notes[field].show()
        note = self.notes["births_this_year"]
        note.setText(self.tr("%1, live births counted as in report T2").replace("%1", i18n.period_label(counts.year)))
        note.show()
        self._warn_about_backups()
        self._count_reminders(today)

    def _warn_about_backups(self) -> None:
        state = dashboard.backup_state(self.db)
        where = self.tr("Settings → Backup and restore")
        if state.last_at is None:
            text = self.tr("No backup has been made yet: back up now (%1).").replace("%1", where)
        elif state.stale:
            text = self.tr("The last backup is %1 days old: back up now (%2).").replace(
                "%1", str(state.days_since)).replace("%2", where)
        elif state.all_on_database_disk:
            text = self.tr("Every backup is on this computer's own disk: copy one to a USB stick (%1).") \
                .replace("%1", where)
        else:
            text = ""
        self.backup_warning.setText(text)
        self.backup_warning.setVisible(bool(text))

    # -- reminder counts, off the GUI thread (the first list of a day takes seconds)
    def _count_reminders(self, today: date) -> None:
        if self.worker is not None:
            return
        for rule, link in self.rule_links.items():
            link.setText(f"{rule} {i18n.rule_name(rule)}\n{self.tr('Counting…')}")
        db = self.db
        self.worker = keep_until_finished(
            Worker(lambda _progress: Counter((r.rule, r.status) for r in reminder_list(db, today))))
        QCoreApplication.instance().aboutToQuit.connect(self.settle)
        self.worker.finished.connect(self._counted)
        self.worker.start()

    def _counted(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        counted = worker.result or Counter()
        for rule, link in self.rule_links.items():
            tally = (self.tr("Overdue %1 · Due %2").replace("%1", str(counted[(rule, "overdue")]))
                     .replace("%2", str(counted[(rule, "due")])))
            link.setText(f"{rule} {i18n.rule_name(rule)}\n{tally}")
            link.setProperty("overdue", counted[(rule, "overdue")] > 0)
            style.repolish(link)
        worker.deleteLater()

    def settle(self) -> None:
        """Block until the reminder counts are in (screenshots, tests, quitting)."""
        if self.worker is not None:
            self.worker.wait()
            self._counted()
