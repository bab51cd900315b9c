"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
    QWidget,
)

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import context, dashboard
from fpdesk.services.context import Actor
from fpdesk.ui import i18n, search
from fpdesk.ui.pages import registry

PAGE_NAMES = ("home", "records", "women", "reminders", "ledgers", "reports", "exchange",
              "quality", "settings")
NAV_MIN_WIDTH = 180
NAV_ITEM_HEIGHT = 42
NAV_TEXT_MARGIN = 56  # the item padding and selection bar of style.STYLESHEET, and some air
DEFAULT_SIZE = QSize(1280, 720)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor | None,
                 clock: Callable[[], date] = context.today, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.clock = clock
        self.restored = False   # a backup was put in place: the program must start afresh
        with db.read_session() as session:
            self.office = dashboard.office_name(session)

        title = "fpdesk " + self.tr("Township population and family-planning service records")
        self.setWindowTitle(f"{title} — {self.office}" if self.office else title)

        # Pages that do something (pages/registry.py); the others are listed, greyed out.
        self.pages: dict[str, QWidget] = {name: make(self) for name, make in registry.PAGES.items()}
        labels = {
            "home": self.tr("Home"),
            "records": self.tr("Person records"),
            "women": self.tr("Women of childbearing age"),
            "reminders": self.tr("Service reminders"),
            "ledgers": self.tr("Ledgers and cards"),
            "reports": self.tr("Statistical reports"),
            "exchange": self.tr("Data exchange"),
            "quality": self.tr("Data quality"),
            "settings": self.tr("Settings"),
        }

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        widest = max(self.navigation.fontMetrics().horizontalAdvance(text) for text in labels.values())
        width = max(NAV_MIN_WIDTH, widest + NAV_TEXT_MARGIN)
        self.navigation.setFixedWidth(width)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for name in PAGE_NAMES:
            item = QListWidgetItem(labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(width, NAV_ITEM_HEIGHT))
            if name in self.pages:
                self.stack.addWidget(self.pages[name])
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("Not available yet"))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_search()
        self.resize(DEFAULT_SIZE)
        self.show_page("home")
        # Settle the size before a native window exists, so showing it does not resize it.
        self.ensurePolished()
        self.layout().activate()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        office = self.office or self.tr("(office not set)")
        if self.actor is None:
            user = self.tr("No user accounts")
        else:
            role = codes.ROLE.label(self.actor.role, i18n.code_lang())
            user = self.tr("User: %1 (%2)").replace("%1", self.actor.username).replace("%2", role)
        self.office_label = QLabel(self.tr("Office: %1").replace("%1", office))
        self.user_label = QLabel(user)
        self.path_label = QLabel(self.tr("Database: %1").replace("%1", str(self.db.path)))
        self.path_label.setToolTip(str(self.db.path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.office_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addWidget(label)
        self.path_label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.path_label, 1)

    # -- global search (fpdesk/ui/search.py) --------------------------------------
    def _build_search(self) -> None:
        """The find box at the top right, focused by Ctrl+F; a hit opens the person."""
        self.search_box = search.install(self)

    def page_names(self) -> list[str]:
        """The pages that can be shown, in navigation order."""
        return [name for name in PAGE_NAMES if name in self.pages]

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def show_page(self, name: str) -> bool:
        """Show page `name`; False (and nothing changes) if it is not open yet."""
        if name not in PAGE_NAMES:
            raise KeyError(name)
        page = self.pages.get(name)
        if page is None:
            return False
        self.stack.setCurrentWidget(page)
        row = PAGE_NAMES.index(name)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return True

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        if not self.show_page(name):  # a disabled item made current from code
            self.navigation.setCurrentRow(PAGE_NAMES.index(self.current_page()))

    def restored_close(self) -> None:
        """After a restore: the pages hold the old data, so the window closes."""
        self.restored = True
        self.close()

    def show_reminders(self, rule: str | None = None) -> None:
        """Show the reminder list, filtered to one rule."""
        page = self.pages.get("reminders")
        if page is not None:
            self.show_page("reminders")
            page.show_rule(rule)

    def open_person(self, uid: str) -> None:
        """Show one person's detail (on the records page, once it exists)."""
        page = self.pages.get("records")
        if page is not None:
            self.show_page("records")
            page.open_person(uid)
