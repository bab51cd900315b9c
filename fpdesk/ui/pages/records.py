"""人员档案: find a household in the village → group → household tree (or by
the filter box), see it and its members on the right, double-click a member
for her full record (PersonDetailView, on this page)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QStackedWidget,
                               QTreeView, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.services import context, records
from fpdesk.services.context import Actor
from fpdesk.ui import style
from fpdesk.ui.household_view import HouseholdView
from fpdesk.ui.pages.records_actions import RecordsActions
from fpdesk.ui.pages.records_tree import (GROUP_ROLE, KEY_ROLE, KIND_ROLE, VILLAGE_ROLE, HouseholdCache,
                                          HouseholdTreeModel, find_households, is_short_number)

FILTER_DELAY_MS = 300
MIN_NAME_CHARACTERS = 2  # one character (a surname, an initial) matches half the township
TREE_WIDTH = 280
# Fixed, so that what a household shows never changes the main window's size constraints.
MINIMUM_SIZE = (960, 560)
READ_ONLY = Actor("", "viewer")


class RecordsPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date] = context.today,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor or READ_ONLY, clock
        self.setObjectName("records")
        self.setProperty("kind", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.detail = None

        self.cache = HouseholdCache(db)
        self.model = HouseholdTreeModel(self.cache, self)
        self.household_view = HouseholdView(db, self.actor, clock)
        self.household_view.person_activated.connect(self.open_person)
        self.actions_ = RecordsActions(self.household_view, self.model, self)
        self.actions_.changed.connect(self._changed)
        self.actions_.removed.connect(self._removed)

        self.stack = QStackedWidget()
        self.browse = self._browse()
        self.stack.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumSize(*MINIMUM_SIZE)

    # -- building ------------------------------------------------------------
    def _browse(self) -> QWidget:
        title = QLabel(self.tr("Person records"))
        title.setObjectName("title")
        title.setProperty("kind", "title")
        title.setFont(style.scaled_font(self.font(), 1.4, bold=True))
        subtitle = QLabel(self.tr("Find a household by village and group, or type its number or a "
                                  "name; double-click a member to open her record."))
        subtitle.setObjectName("subtitle")
        subtitle.setProperty("kind", "muted")
        subtitle.setWordWrap(True)

        self.filter = QLineEdit()
        self.filter.setObjectName("household_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Household no. or name"))
        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self.filter_timer.start())
        self.filter.returnPressed.connect(self.apply_filter)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("filter_note")
        self.filter_note.setProperty("kind", "muted")
        self.filter_note.hide()

        self.tree = QTreeView()
        self.tree.setObjectName("household_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.new_household = QPushButton(self.tr("New household"))
        self.new_household.setObjectName("new_household")
        self.new_household.clicked.connect(self._new_household)
        self.new_household.setVisible(self.actor.may_edit)

        left = QFrame()
        left.setProperty("kind", "card")
        box = QVBoxLayout(left)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(8)
        box.addWidget(self.filter)
        box.addWidget(self.filter_note)
        box.addWidget(self.tree, 1)
        box.addWidget(self.new_household)
        self.import_excel = QPushButton(self.tr("Import from Excel…"))
        self.import_excel.setObjectName("import_excel")
        self.import_excel.clicked.connect(self.open_excel_import)
        self.import_excel.setVisible(self.actor.may_edit)
        box.addWidget(self.import_excel)
        self.reconcile = QPushButton(self.tr("Reconcile lists…"))
        self.reconcile.setObjectName("reconcile")
        self.reconcile.setToolTip(self.tr("Compare the hospital's births or the civil-affairs marriages with fpdesk"))
        self.reconcile.clicked.connect(self.open_reconcile)
        box.addWidget(self.reconcile)

        splitter = QSplitter()
        splitter.setObjectName("records_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.household_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([TREE_WIDTH, 1000])
        splitter.setHandleWidth(12)
        left.setMinimumWidth(220)

        browse = QWidget()
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addSpacing(10)
        layout.addWidget(splitter, 1)
        return browse

    # -- the tree --------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) == "household":
            self.household_view.show_household(current.data(KEY_ROLE))

    def current_household(self) -> str | None:
        return self.household_view.current_uid()

    def select_household(self, uid: str) -> bool:
        """Show a household and select it in the tree (leaving the filter if it hides it)."""
        with self.db.read_session() as session:
            try:
                household = records.get(session, "households", uid)
            except records.RecordNotFound:
                return False
        index = self.model.find("household", uid, household["village_code"], household.get("group_no") or "")
        if not index.isValid() and self.model.searching:
            self._clear_filter()
            index = self.model.find("household", uid, household["village_code"],
                                    household.get("group_no") or "")
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QTreeView.ScrollHint.PositionAtCenter)
        if self.household_view.current_uid() != uid:
            self.household_view.show_household(uid)
        return True

    def _expanded(self) -> list[tuple[str, str | None]]:
        found = []
        for row in range(self.model.rowCount()):
            village = self.model.index(row, 0)
            if not self.tree.isExpanded(village):
                continue
            found.append((village.data(KEY_ROLE), None))
            for child in range(self.model.rowCount(village)):
                group = self.model.index(child, 0, village)
                if self.tree.isExpanded(group):
                    found.append((village.data(KEY_ROLE), group.data(KEY_ROLE)))
        return found

    def reload(self, select: str | None = None) -> None:
        """Read the tree again after a change, keeping what was open and selected."""
        select = select or self.current_household()
        self.cache.clear()
        if self.model.searching:
            self.apply_filter()
        else:
            expanded = self._expanded()
            self.model.reload()
            for village, group in expanded:
                index = self.model.find("group" if group is not None else "village",
                                        group if group is not None else village, village)
                if index.isValid():
                    self.tree.expand(index)
        if not select or not self.select_household(select):
            self.household_view.show_household(None)

    # -- the filter ------------------------------------------------------------
    def apply_filter(self) -> None:
        self.filter_timer.stop()
        text = self.filter.text().strip()
        if not text:
            if self.model.searching:
                self.model.reload()
                current = self.current_household()
                if current:
                    self.select_household(current)
            self.filter_note.hide()
            return
        if not text.isdigit() and len(text) < MIN_NAME_CHARACTERS:
            self.model.show_search([])
            self.filter_note.setText(self.tr("Type one more character"))
            self.filter_note.show()
            return
        scope = self.model.village_codes()
        village = self._current_village()
        short = is_short_number(text, self.actor.may_see_ids)
        if short and village:
            scope = [village]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = find_households(self.cache, scope, text, self.actor.may_see_ids)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.show_search(rows)
        note = self.tr("%1 households found").replace("%1", str(len(rows))) if rows \
            else self.tr("No household found")
        if short and village:
            note = self.tr("%1: %2").replace("%1", self.model.village_names.get(village, village)) \
                .replace("%2", note)
        self.filter_note.setText(note)
        self.filter_note.show()
        if len(rows) == 1:
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _current_village(self) -> str | None:
        """The village the clerk is working in: of the tree's current row, or of the household shown."""
        index = self.tree.currentIndex()
        if index.isValid():
            return index.data(VILLAGE_ROLE)
        household = self.household_view.household
        return household["village_code"] if household else None

    def _clear_filter(self) -> None:
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.filter_timer.stop()
        self.filter_note.hide()
        self.model.reload()

    # -- actions -----------------------------------------------------------------
    def _new_household(self) -> None:
        index = self.tree.currentIndex()
        village = index.data(VILLAGE_ROLE) if index.isValid() else None
        group = index.data(GROUP_ROLE) if index.isValid() else None
        self.actions_.new_household(village, group or None)

    def open_excel_import(self) -> None:
        from fpdesk.ui.dialogs.excel_import import ExcelImportDialog

        dialog = ExcelImportDialog(self.db, self.actor, self.clock(), self)
        dialog.exec()
        if dialog.imported:
            self.reload()

    def open_reconcile(self) -> None:
        from fpdesk.ui.dialogs.reconcile import ReconcileDialog

        ReconcileDialog(self.db, self.actor, self.clock(), self).exec()
        self.reload()

    def _changed(self, household: str, person: str) -> None:
        self.reload(household or None)
        self.household_view.refresh()
        if person:
            self.household_view.select_member(person)

    def _removed(self, _household: str) -> None:
        self.household_view.show_household(None)
        self.reload(None)

    # -- one person ------------------------------------------------------------
    def _detail_view(self):
        if self.detail is None:
            from fpdesk.ui.person_detail import PersonDetailView

            self.detail = PersonDetailView(self.db, self.actor, self.clock)
            self.detail.setObjectName("person_detail")
            self.detail.back_requested.connect(self.show_browse)
            self.detail.changed.connect(self._detail_changed)
            self.stack.addWidget(self.detail)
        return self.detail

    def open_person(self, uid: str) -> None:
        """Show one person's record; her household is selected behind it."""
        with self.db.read_session() as session:
            try:
                household = records.get(session, "persons", uid)["household_uid"]
            except records.RecordNotFound:
                household = None
        if household:
            self.select_household(household)
            self.household_view.select_member(uid)
        detail = self._detail_view()
        detail.show_person(uid)
        self.stack.setCurrentWidget(detail)

    def show_browse(self) -> None:
        self.stack.setCurrentWidget(self.browse)

    def showing_person(self) -> str | None:
        if self.detail is not None and self.stack.currentWidget() is self.detail:
            return self.detail.current_uid()
        return None

    def _detail_changed(self, uid: str) -> None:
        with self.db.read_session() as session:
            try:
                household = records.get(session, "persons", uid)["household_uid"]
            except records.RecordNotFound:
                household = self.current_household()
        self.reload(household)
        self.household_view.refresh()
        self.household_view.select_member(uid)
