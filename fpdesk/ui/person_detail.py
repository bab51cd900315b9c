"""One person's record on the 人员档案 page: who she (he) is, her household,
the timeline of all her records, and the clerk's actions that add a record.

Opening a person is written to the audit log (`people.person_detail`); the
reload after a save is not (she is already open). A double-click on a
timeline entry opens its dialog for correction. A read-only user sees no
add actions, masked ID numbers, and dialogs that cannot save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fpdesk.db.engine import Database
from fpdesk.services import context, people, records
from fpdesk.services.context import Actor, PermissionDenied
from fpdesk.services.people import PersonDetail, TimelineEntry
from fpdesk.ui import i18n, style
from fpdesk.ui.dialogs.benefit import BenefitDialog
from fpdesk.ui.dialogs.contraception import (
    ContraceptionDialog,
    EndEpisodeDialog,
    SwitchMethodDialog,
)
from fpdesk.ui.dialogs.delete import DeleteRecordDialog
from fpdesk.ui.dialogs.family import BirthDialog, MarriageDialog, PregnancyDialog
from fpdesk.ui.dialogs.migration import DeathDialog, MigrationDialog
from fpdesk.ui.dialogs.service import ServiceDialog
from fpdesk.ui.person_header import HouseholdCard, IdentityCard, State, timeline_kind
from fpdesk.ui.widgets.forms import RecordDialog

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
FEMALE, DIED = 2, 9
# a correction of a timeline entry: table → its dialog
CORRECTIONS = {"marriages": MarriageDialog, "births": BirthDialog, "pregnancies": PregnancyDialog,
               "contraception": ContraceptionDialog, "services": ServiceDialog,
               "migrations": MigrationDialog, "benefits": BenefitDialog}


class PersonDetailView(QWidget):
    back_requested = Signal()   # the clerk wants to go back to the list
    changed = Signal(str)       # a record of this person was saved (uid of the person)

    def __init__(self, db: Database, actor: Actor, clock: Callable[[], date] = context.today,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.clock = db, actor, clock
        self._uid: str | None = None
        self.detail: PersonDetail | None = None
        self.state = State()
        self.dialog: RecordDialog | None = None  # the dialog open now (for tests)
        self.setObjectName("person_detail")
        self.setProperty("kind", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.back = QPushButton(self.tr("← Back"))
        self.back.setObjectName("back")
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setProperty("kind", "title")
        self.title.setFont(style.scaled_font(self.font(), 1.6, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setProperty("kind", "muted")
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        self.card_button = QPushButton(self.tr("Print her card…"))
        self.card_button.setObjectName("print_card")
        card_menu = QMenu(self.card_button)     # which card: the office's, or the village's (minimal)
        if actor.may_see_ids:
            card_menu.addAction(self.tr("Office card (full record)"), lambda: self.print_card("office"))
        card_menu.addAction(self.tr("Village card (births only, ID and phone masked)"),
                            lambda: self.print_card("village"))
        self.card_button.setMenu(card_menu)
        heading.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)

        self.identity = IdentityCard(actor.may_see_ids)
        self.household = HouseholdCard()
        self.household.members.itemDoubleClicked.connect(self._member_opened)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.identity, 3)
        cards.addWidget(self.household, 2)

        self.actions = self._action_buttons()
        self.action_bar = QWidget()
        self.action_bar.setObjectName("actions")
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        caption = QLabel(self.tr("Add:"))
        caption.setProperty("kind", "muted")
        bar.addWidget(caption)
        for button in self.actions.values():
            bar.addWidget(button)
        bar.addStretch(1)

        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setColumnCount(4)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Record"), self.tr("Event"),
                                       self.tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setStyleSheet("QTreeView::item { padding: 3px 8px 3px 2px; }")
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.timeline.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.itemActivated.connect(self._entry_activated)
        self.timeline.itemSelectionChanged.connect(self._selection_changed)
        hint = QLabel(self.tr("Double-click a record to correct it.") if actor.may_edit
                      else self.tr("Double-click a record to see it."))
        hint.setProperty("kind", "muted")
        self.delete_button = QPushButton(self.tr("Delete record…"))
        self.delete_button.setObjectName("delete_entry")
        self.delete_button.setToolTip(self.tr("Delete a record entered by mistake or twice (with a reason)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.delete_button.setVisible(actor.may_edit)
        timeline_title = QLabel(self.tr("Records"))
        timeline_title.setFont(style.scaled_font(self.font(), 1.15, bold=True))
        timeline_head = QHBoxLayout()
        timeline_head.addWidget(timeline_title)
        timeline_head.addStretch(1)
        timeline_head.addWidget(hint)
        timeline_head.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(cards)
        layout.addWidget(self.action_bar)
        layout.addLayout(timeline_head)
        layout.addWidget(self.timeline, 1)
        self.action_bar.setHidden(not actor.may_edit)  # a viewer adds nothing

    # -- public ------------------------------------------------------------------
    def show_person(self, uid: str) -> None:
        """Open `uid` (written to the audit log as a 'view')."""
        with self.db.session() as session:
            detail = people.person_detail(session, self.actor, uid, self.clock())
            state = self._state(session, detail.person)
        self._uid = uid
        self._fill(detail, state)

    def current_uid(self) -> str | None:
        return self._uid

    def reload(self) -> None:
        """Read the open person again (after a save; not audited again)."""
        if not self._uid:
            return
        today = self.clock()
        with self.db.read_session() as session:
            person = records.get(session, "persons", self._uid)
            household = records.get(session, "households", person["household_uid"])
            village = next((v.name for v in people.villages(session) if v.code == household["village_code"]),
                           household["village_code"])
            detail = PersonDetail(person, household, village,
                                  people.members_of(session, household["uid"], today),
                                  people.timeline(session, self._uid))
            state = self._state(session, person)
        self._fill(detail, state)

    def entries(self) -> list[TimelineEntry]:
        return list(self.detail.timeline) if self.detail else []

    # -- filling -------------------------------------------------------------------
    def _state(self, session, person: dict) -> State:
        if person["sex"] != FEMALE:
            return State()
        ongoing = people.ongoing_pregnancies(session, person["uid"])
        pregnancy = records.get(session, "pregnancies", ongoing[-1]) if ongoing else None
        return State(people.open_episode(session, person["uid"]), pregnancy)

    def _fill(self, detail: PersonDetail, state: State) -> None:
        self.detail, self.state = detail, state
        person, today = detail.person, self.clock()
        self.title.setText(person["name"])
        self.subtitle.setText(self.identity.summary(person, today))
        self.identity.show_person(person, state, today)
        self.household.show_household(detail, person["uid"])
        self._fill_timeline(detail.timeline)
        self._update_actions(person, state)
        self.card_button.setVisible(person["sex"] == FEMALE)

    # -- her card ------------------------------------------------------------------
    def card_file(self, variant: str | None = None) -> Path:
        """Her 育龄妇女信息卡 (the office or the village card; by default the
        one for the role) as a PDF in a temporary folder."""
        from fpdesk.output.jobs import person_card

        from fpdesk.ui.pdf_preview import scratch_pdf

        return person_card(self.db, self.actor, self._uid, self.clock(),
                           scratch_pdf(f"育龄妇女信息卡-{self.detail.person['name']}.pdf"), variant).path

    def print_card(self, variant: str | None = None) -> None:
        from fpdesk.ui.pdf_preview import preview_and_forget

        try:
            preview_and_forget(self.card_file(variant), self)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk; nothing was changed
            QMessageBox.warning(self, self.tr("Print her card…"), i18n.message(exc))

    def _fill_timeline(self, entries: list[TimelineEntry]) -> None:
        self.timeline.clear()
        categories = self._categories()
        for entry in entries:
            summary = entry.summary if i18n.code_lang() == "zh" else (entry.summary_en or entry.summary)
            item = QTreeWidgetItem([i18n.format_date(entry.date) or "—", categories.get(entry.table, ""),
                                    timeline_kind(entry), summary])
            item.setData(0, ENTRY_ROLE, (entry.table, entry.uid))
            if entry.table == "services" and "本人拒绝" in entry.summary:
                item.setForeground(3, QColor(style.MUTED))
            self.timeline.addTopLevelItem(item)
        if not entries:
            empty = QTreeWidgetItem(["", "", self.tr("No records yet"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addTopLevelItem(empty)

    def _categories(self) -> dict[str, str]:
        return {"marriages": self.tr("Marriage"), "births": self.tr("Birth"),
                "pregnancies": self.tr("Pregnancy"), "contraception": self.tr("Contraception"),
                "services": self.tr("Service"), "migrations": self.tr("Migration"),
                "benefits": self.tr("Benefit")}

    # -- actions -------------------------------------------------------------------
    def _action_buttons(self) -> dict[str, QToolButton]:
        texts = {"marriage": self.tr("Marriage event"), "birth": self.tr("Register birth"),
                 "pregnancy": self.tr("Pregnancy / outcome"), "contraception": self.tr("Contraceptive method"),
                 "service": self.tr("Service record"), "migration": self.tr("Migration"),
                 "death": self.tr("Death"), "benefit": self.tr("Benefit / subsidy")}
        buttons = {}
        for key, text in texts.items():
            button = QToolButton()
            button.setObjectName(f"add_{key}")
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if key in ("pregnancy", "contraception"):
                button.setText(f"{text} ▾")
                button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                button.setMenu(QMenu(button))
            else:
                button.clicked.connect(lambda _checked=False, k=key: self.start(k))
            buttons[key] = button
        return buttons

    def _update_actions(self, person: dict, state: State) -> None:
        woman, dead = person["sex"] == FEMALE, person["residence"] == DIED
        for key, button in self.actions.items():
            button.setVisible(woman or key not in ("birth", "pregnancy", "contraception"))
            button.setEnabled(key == "death" or not dead)
            button.setToolTip(self.tr("The person has died") if dead and key != "death" else "")
        self.actions["death"].setText(self.tr("Correct date of death") if dead else self.tr("Death"))
        menu = self.actions["pregnancy"].menu()
        menu.clear()
        if state.pregnancy:
            menu.addAction(self.tr("Record the outcome…"), lambda: self.start("pregnancy_outcome"))
        else:
            menu.addAction(self.tr("New pregnancy…"), lambda: self.start("pregnancy_new"))
        menu = self.actions["contraception"].menu()
        menu.clear()
        if state.episode:
            menu.addAction(self.tr("Change method…"), lambda: self.start("contraception_switch"))
            menu.addAction(self.tr("Stop the method…"), lambda: self.start("contraception_end"))
        else:
            menu.addAction(self.tr("Start a method…"), lambda: self.start("contraception_start"))

    def start(self, action: str) -> RecordDialog:
        """Open the dialog of an add action (window-modal) and return it."""
        uid, today = self._uid, self.clock()
        common = {"today": today, "parent": self}
        makers = {
            "marriage": lambda: MarriageDialog(self.db, self.actor, uid, **common),
            "birth": lambda: BirthDialog(self.db, self.actor, uid, **common),
            "pregnancy_new": lambda: PregnancyDialog(self.db, self.actor, uid, **common),
            "pregnancy_outcome": lambda: PregnancyDialog(self.db, self.actor, uid,
                                                         uid=self.state.pregnancy["uid"], **common),
            "contraception_start": lambda: ContraceptionDialog(self.db, self.actor, uid, **common),
            "contraception_switch": lambda: SwitchMethodDialog(self.db, self.actor, uid,
                                                               self.state.episode, **common),
            "contraception_end": lambda: EndEpisodeDialog(self.db, self.actor, self.state.episode, **common),
            "service": lambda: ServiceDialog(self.db, self.actor, uid, **common),
            "migration": lambda: MigrationDialog(self.db, self.actor, uid, **common),
            "death": lambda: DeathDialog(self.db, self.actor, uid, **common),
            "benefit": lambda: BenefitDialog(self.db, self.actor, uid, **common),
        }
        return self._open(makers[action]())

    def edit_entry(self, table: str, uid: str) -> RecordDialog:
        """Open a timeline record for correction (read-only for a viewer)."""
        dialog = CORRECTIONS[table](self.db, self.actor, self._uid, uid=uid, today=self.clock(), parent=self)
        return self._open(dialog)

    def selected_entry(self) -> tuple[str, str] | None:
        items = self.timeline.selectedItems()
        return items[0].data(0, ENTRY_ROLE) if items else None

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected_entry() is not None)

    def delete_selected(self) -> None:
        """Soft-delete the selected timeline record, with the reason the clerk gives."""
        entry = self.selected_entry()
        if entry is None or not self.actor.may_edit:
            return
        item = self.timeline.selectedItems()[0]
        what = " ".join(t for t in (item.text(0), item.text(1), item.text(2)) if t)
        dialog = DeleteRecordDialog(
            self.tr("Delete record"), self.tr("Delete this record of %1: %2?").replace("%1", self.title.text())
            .replace("%2", what),
            self.tr("Delete only a record entered by mistake or twice; correct a wrong detail instead "
                    "(double-click). The deleted record is kept in the database, written to the audit "
                    "log with the reason, and goes to the county with the next package."), self)
        self.dialog = dialog
        if not dialog.exec():
            return
        try:
            with self.db.session() as session:
                records.delete(session, self.actor, entry[0], entry[1], dialog.reason_text())
        except (PermissionDenied, records.RecordNotFound) as exc:
            QMessageBox.warning(self, self.tr("Delete record"), i18n.message(exc))
            return
        self._saved(entry[1])

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.layout().activate()  # its size settled before it becomes a window
        dialog.open()
        return dialog

    def _saved(self, _uid: str) -> None:
        self.reload()
        self.changed.emit(self._uid)

    def _entry_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, ENTRY_ROLE)
        if key:
            self.edit_entry(*key)

    def _member_opened(self, item: QListWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        if uid:
            self.show_person(uid)
