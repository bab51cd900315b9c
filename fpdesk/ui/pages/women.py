"""育龄妇女: the roster of women aged 15–49 living in the township, filtered
by village, group, marital status, current method and residence, and by a
search (name, pinyin initials such as zxm, an ID fragment or a household
number). The table is the lazy RosterModel, sorted in SQL by a header click;
double-click or Enter on a woman opens her record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import context
from fpdesk.services.context import Actor
from fpdesk.services.roster import RosterFilter
from fpdesk.ui import i18n, style
from fpdesk.ui.models.roster_model import COLUMN_KEYS, COLUMNS, RosterModel, UidRole
from fpdesk.ui.widgets.place_filter import PlaceFilter

SEARCH_DELAY_MS = 250
MARRIED = (20, 21, 22, 23)
NO_METHOD = -1
CELL_PADDING = 14     # the cell's margins and some air
SORT_ARROW_ROOM = 20  # the header's sort indicator
MAX_EXTRA = 24        # at most this much wider than needed, when there is room


class WomenPage(QWidget):
    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date] = context.today,
                 open_person: Callable[[str], None] | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor, clock
        self.open_person = open_person or (lambda _uid: None)
        self.loaded = False
        self.setObjectName("women")
        style.make_page(self)

        title = style.page_title(self.tr("Women of childbearing age"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setProperty("kind", "muted")
        self.count_label.setFont(style.scaled_font(self.font(), 1.1))
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)

        self._build_filters()
        self.model = RosterModel(db, actor, clock, self)
        self.view = self._build_view()
        self.user_sized = self.fitting = False
        self._size_columns(self.view)
        self.view.horizontalHeader().sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        self.open_button = QPushButton(self.tr("Open record"))
        self.open_button.setObjectName("open_record")
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a woman or press Enter to open her record."))
        hint.setProperty("kind", "muted")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- building ------------------------------------------------------------------
    def _build_filters(self) -> None:
        lang = i18n.code_lang()
        self.place = PlaceFilter(self.db, self)
        self.village, self.group = self.place.village, self.place.group
        self.place.changed.connect(self.apply_filter)
        self.marital = QComboBox()
        self.marital.setObjectName("marital")
        for text, value in ((self.tr("Any marital status"), ()), (self.tr("Married"), MARRIED),
                            (self.tr("Never married"), (10,)),
                            (self.tr("Divorced or widowed"), (30, 40)),
                            (codes.MARITAL_STATUS.label(90, lang), (90,))):
            self.marital.addItem(text, value)
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method.addItem(self.tr("Any method"), None)
        for value, text in codes.METHOD.choices(lang):
            self.method.addItem(text, value)
        self.method.addItem(self.tr("No current method"), NO_METHOD)
        self.residence = QComboBox()
        self.residence.setObjectName("residence")
        self.residence.addItem(self.tr("Any residence"), ())
        for value in (1, 2, 3):
            self.residence.addItem(codes.RESIDENCE.label(value, lang), (value,))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zxm), ID or household number"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 48)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)

        for combo in (self.village, self.group, self.marital, self.method, self.residence):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.marital, self.method, self.residence):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(8)
        for combo in (self.village, self.group, self.marital, self.method, self.residence):
            self.filter_bar.addWidget(combo)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(self.search, 1)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("roster")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        view.setSortingEnabled(True)  # a header click calls model.sort: ORDER BY in SQL
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        view.activated.connect(self._open)  # double-click, and Enter
        return view

    def _size_columns(self, view: QTableView) -> None:
        """Wide enough for the header and the usual long values: nothing clipped.
        The last column (residence) takes the rest of the width."""
        lang = i18n.code_lang()
        villages = [self.village.itemText(i) for i in range(1, self.village.count())] or ["东庄村"]
        group = self.tr("Group %1").replace("%1", "12")
        samples = {
            "name": ["欧阳秀梅梅"],
            "id_number": ["61062819900517122X"],
            "age": ["49"],
            "place": [f"{v} {group}" for v in villages],
            "marital": [codes.MARITAL_STATUS.label(v, lang) for v in (10, 21, 22, 30, 40)],
            "children": [self.model.children_text(2, 2)],
            "method": [f"{label} 2026-11-22" for _v, label in codes.METHOD.choices(lang)]
            + [self.tr("No current method")],
            "last_check": ["2026-11-22"],
            "residence": [codes.RESIDENCE.label(1, lang)],
        }
        cells, headers = view.fontMetrics(), view.horizontalHeader().fontMetrics()
        self.natural_widths = []
        for column, key in enumerate(COLUMN_KEYS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max([cells.horizontalAdvance(text) for text in samples[key]]
                        + [headers.horizontalAdvance(title) + SORT_ARROW_ROOM])
            self.natural_widths.append(width + CELL_PADDING)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Give the columns some of the room the window has to spare, until
        the clerk resizes one by hand."""
        if self.user_sized:
            return
        widths = self.natural_widths
        spare = self.view.viewport().width() - sum(widths)
        extra = max(0, min(MAX_EXTRA, spare // len(widths)))
        self.fitting = True
        for column, width in enumerate(widths[:-1]):
            self.view.setColumnWidth(column, width + extra)
        self.fitting = False

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self.fitting and self.isVisible():
            self.user_sized = True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    # -- filtering -----------------------------------------------------------------
    def current_filter(self) -> RosterFilter:
        return RosterFilter(village_code=self.place.village_code(), group_no=self.place.group_no(),
                            marital=tuple(self.marital.currentData() or ()),
                            method=self.method.currentData(),
                            residence=tuple(self.residence.currentData() or ()),
                            text=self.search.text().strip())

    def apply_filter(self) -> None:
        """Run the query for the filters as they are now."""
        self.search_timer.stop()
        selected = self.selected_uid()
        self.model.set_filter(self.current_filter())
        self.loaded = True
        self.count_label.setText(self.tr("%1 women").replace("%1", f"{self.model.rowCount():,}"))
        if selected:
            self.select_uid(selected)
        self._update_buttons()

    def refresh(self) -> None:
        """Re-run the current query (after a save elsewhere)."""
        self.apply_filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.apply_filter()

    # -- sorting -------------------------------------------------------------------
    def _sort_indicator_changed(self, column: int, _order) -> None:
        if COLUMNS[column][1] is None:  # not sortable: put the arrow back where the sort is
            self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())

    # -- opening -------------------------------------------------------------------
    def selected_uid(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(UidRole)

    def select_uid(self, uid: str) -> bool:
        try:
            row = self.model.uids.index(uid)
        except ValueError:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person(index.data(UidRole))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_uid() is not None)
