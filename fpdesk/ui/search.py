"""查找: the search box at the top right of the main window (Ctrl+F).

Typing lists `roster.search_people` hits (the roster's matching: name,
pinyin initials such as zxm, an ID fragment or a household number) in a
panel under the box; Enter or a click opens the person, Esc closes the
panel. The panel is a child of the main window laid over the page, so the
box keeps the keyboard focus (and a screenshot of the window shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHeaderView, QLabel, QLineEdit, QSizePolicy,
                               QToolBar, QTreeView, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import age_on, format_iso
from fpdesk.services import roster
from fpdesk.services.context import Actor
from fpdesk.services.roster import LIVING, PersonHit
from fpdesk.ui import i18n, style

SEARCH_DELAY_MS = 250
LIMIT = 50
VISIBLE_ROWS = 12
BOX_WIDTH = 300
UidRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "sex", "birth", "village", "id_number", "residence")
BAR_STYLE = f"""
QToolBar#searchBar {{ background: white; border: none; border-bottom: 1px solid {style.BORDER};
                      padding: 6px 16px; spacing: 8px; }}
QFrame#searchPopup {{ background: white; border: 1px solid {style.BORDER}; }}
QFrame#searchPopup QTreeView {{ border: none; }}
QFrame#searchPopup QTreeView::item {{ padding: 4px 6px; }}
"""


class HitsModel(QAbstractTableModel):
    """The hits of one search, one row per person (UidRole: her/his uid)."""

    def __init__(self, show_ids: bool, parent=None):
        super().__init__(parent)
        self.show_ids = show_ids
        self.hits: list[PersonHit] = []
        self.on = date.today()

    def set_hits(self, hits: list[PersonHit], on: date) -> None:
        self.beginResetModel()
        self.hits, self.on = list(hits), on
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == UidRole:
            return hit.uid
        if role == Qt.ItemDataRole.ForegroundRole and hit.residence not in LIVING:
            return QColor(style.MUTED)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(hit, COLUMNS[index.column()])
        return None

    def text(self, hit: PersonHit, key: str) -> str:
        lang = i18n.code_lang()
        if key == "name":
            return hit.name
        if key == "sex":
            return codes.SEX.label(hit.sex, lang)
        if key == "birth":
            if hit.residence == 9:  # deceased: no age
                return format_iso(hit.birth_date)
            return (self.tr("%1 (age %2)").replace("%1", format_iso(hit.birth_date))
                    .replace("%2", str(age_on(hit.birth_date, self.on))))
        if key == "village":
            return hit.village_name
        if key == "id_number":
            if not hit.id_number:
                return ""
            return hit.id_number if self.show_ids else idcard.mask(hit.id_number)
        return codes.RESIDENCE.label(hit.residence, lang)


class SearchPopup(QFrame):
    """The panel of hits under the box: a list, and a line for "nothing
    found" or "only the first 50"."""

    def __init__(self, show_ids: bool, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.model = HitsModel(show_ids, self)
        self.list = QTreeView()
        self.list.setObjectName("searchHits")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderHidden(True)
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keyboard
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setObjectName("searchNote")
        self.note.setProperty("kind", "muted")
        self.note.setContentsMargins(10, 6, 10, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.hide()

    def show_hits(self, hits: list[PersonHit], on: date) -> None:
        self.model.set_hits(hits, on)
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        if not hits:
            self.note.setText(self.tr("Nobody found"))
        elif len(hits) >= LIMIT:
            self.note.setText(self.tr("Showing the first %1; type more to narrow the search")
                              .replace("%1", str(LIMIT)))
        self.list.setVisible(bool(hits))
        self.note.setVisible(not hits or len(hits) >= LIMIT)

    def wanted_size(self) -> tuple[int, int]:
        """Wide enough for every column, tall enough for VISIBLE_ROWS rows."""
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        width = sum(self.list.sizeHintForColumn(c) for c in range(len(COLUMNS)))
        width += self.list.verticalScrollBar().sizeHint().width() + 8
        height = 2
        if rows:
            height += rows * self.list.sizeHintForRow(0) + 4
        if self.note.isVisibleTo(self):
            width = max(width, self.note.sizeHint().width())
            height += self.note.sizeHint().height()
        return width, height

    def move_current(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = min(max(self.list.currentIndex().row() + step, 0), count - 1)
        self.list.setCurrentIndex(self.model.index(row, 0))

    def current_uid(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(UidRole) if index.isValid() else None


class GlobalSearch(QLineEdit):
    """The box; `open_person(uid)` is called for the hit the clerk picks."""

    def __init__(self, db: Database, actor: Actor | None, clock: Callable[[], date],
                 open_person: Callable[[str], None], overlay_parent: QWidget, parent=None):
        super().__init__(parent)
        self.db, self.clock, self.open_person = db, clock, open_person
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find a person (Ctrl+F): name, zxm, ID or household no."))
        self.setToolTip(self.tr("Name, pinyin initials (zxm), part of an ID number or a household number"))
        self.setFixedWidth(max(BOX_WIDTH, self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48))
        self.overlay_parent = overlay_parent
        self.popup = SearchPopup(actor is not None and actor.may_see_ids, overlay_parent)
        self.popup.list.clicked.connect(self._clicked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.textChanged.connect(self._text_changed)
        overlay_parent.installEventFilter(self)

    # -- searching -----------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (also by the clear button)
            self.timer.stop()
            self.popup.hide()

    def run_search(self) -> None:
        """Search for the text now and show the panel."""
        self.timer.stop()
        text = self.text().strip()
        if not text:
            self.popup.hide()
            return
        with self.db.read_session() as session:
            hits = roster.search_people(session, text, limit=LIMIT)
        self.popup.show_hits(hits, self.clock())
        self.place_popup()
        self.popup.show()
        self.popup.raise_()

    def place_popup(self) -> None:
        """Under the box, its right edge on the box's right edge."""
        width, height = self.popup.wanted_size()
        parent = self.overlay_parent
        width = min(max(width, self.width()), parent.width() - 16)
        below = self.mapTo(parent, QPoint(self.width(), self.height() + 2))
        height = min(height, parent.height() - below.y() - 8)
        self.popup.setGeometry(max(8, below.x() - width), below.y(), width, height)

    def choose(self) -> None:
        """Open the current hit (Enter)."""
        if self.timer.isActive() or not self.popup.isVisible():
            self.run_search()
        uid = self.popup.current_uid()
        if uid:
            self._open(uid)

    def _clicked(self, index: QModelIndex) -> None:
        self._open(index.data(UidRole))

    def _open(self, uid: str) -> None:
        self.popup.hide()
        self.selectAll()
        self.open_person(uid)

    # -- keys and focus ------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose()
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_ROWS,
                 Qt.Key.Key_PageUp: -VISIBLE_ROWS}
        if key in steps:
            if self.popup.isVisible():
                self.popup.move_current(steps[key])
            elif self.text().strip():
                self.run_search()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.overlay_parent and event.type() == QEvent.Type.Resize and self.popup.isVisible():
            QTimer.singleShot(0, self.place_popup)  # after the layout has moved the box
        return False

    def focus_box(self) -> None:
        """Ctrl+F."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


def install(window) -> GlobalSearch:
    """Put the box at the top right of `window` (a MainWindow: db, actor,
    clock, open_person) in a header bar, and bind Ctrl+F to it."""
    bar = QToolBar(QCoreApplication.translate("GlobalSearch", "Find"), window)
    bar.setObjectName("searchBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # not hidden by a right-click on the bar
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    bar.setStyleSheet(BAR_STYLE)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    box = GlobalSearch(window.db, window.actor, window.clock, lambda uid: window.open_person(uid), window)
    box.popup.setStyleSheet(BAR_STYLE)
    bar.addWidget(spacer)
    bar.addWidget(box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(box.focus_box)
    box.shortcut = shortcut
    return box
