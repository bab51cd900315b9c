"""The top of a person's detail view: her identity and her household, as two
cards. ID numbers are masked for a user who may not see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import age_on
from fpdesk.output.masking import mask_phone
from fpdesk.services.people import PersonDetail, TimelineEntry
from fpdesk.ui import i18n, style
from fpdesk.ui.dialogs.contraception import episode_text
from fpdesk.ui.widgets.forms import label_for

GONE = (8, 9)  # moved out, died: listed in grey
MEMBER_ROWS = 5
# the code list whose Chinese label people.timeline uses as an entry's kind
KIND_CODES = {"marriages": codes.MARRIAGE_EVENT, "contraception": codes.METHOD,
              "services": codes.SERVICE_TYPE, "migrations": codes.MIGRATION_DIRECTION,
              "benefits": codes.BENEFIT_PROGRAM}


@dataclass(frozen=True)
class State:
    """What the add actions depend on: her open contraception episode and her
    ongoing pregnancy (both None for a man)."""

    episode: dict | None = None
    pregnancy: dict | None = None


def timeline_kind(entry: TimelineEntry) -> str:
    """The entry's kind in the interface language (people.timeline gives Chinese)."""
    if i18n.code_lang() == "zh":
        return entry.kind
    code_set = KIND_CODES.get(entry.table)
    if code_set:
        for zh, en in code_set.labels.values():
            if zh == entry.kind:
                return en
    fixed = {"births": QCoreApplication.translate("PersonHeader", "Birth"),
             "pregnancies": QCoreApplication.translate("PersonHeader", "Pregnancy")}
    return fixed.get(entry.table, entry.kind)


def _pair(grid: QGridLayout, row: int, column: int, key: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", "muted")
    label.setObjectName(f"label_{key}")
    value = QLabel("—")
    value.setObjectName(f"value_{key}")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    grid.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
    return value


def _label(name: str) -> str:
    """A field's label as a heading (the English ones are lower-case for messages)."""
    text = label_for(name)
    return text[:1].upper() + text[1:]


def _code(code_set: codes.CodeSet, value) -> str:
    return code_set.label(value, i18n.code_lang()) or "—"


class IdentityCard(QFrame):
    KEYS = (("sex", "ethnicity"), ("birth_date", "id_number"), ("marital_status", "first_marriage_date"),
            ("residence", "relation"), ("phone", "death_date"), ("method", "pregnancy"))

    def __init__(self, show_ids: bool, parent=None):
        super().__init__(parent)
        self.show_ids = show_ids
        self.setObjectName("identity")
        self.setProperty("kind", "card")
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        names = {"phone": self.tr("Phone"), "method": self.tr("Current method"),
                 "pregnancy": self.tr("Pregnancy")}
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for row, pair in enumerate(self.KEYS):
            for column, key in enumerate(pair):
                self.values[key] = _pair(grid, row, column, key, names.get(key) or _label(key))
                self.labels[key] = grid.itemAtPosition(row, column * 2).widget()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self.KEYS), 1)

    def summary(self, person: dict, today: date) -> str:
        """女 · 36岁 · 已婚 · 户籍在册"""
        parts = [_code(codes.SEX, person["sex"]),
                 self.tr("age %1").replace("%1", str(age_on(person["birth_date"], today)))]
        if person.get("marital_status"):
            parts.append(_code(codes.MARITAL_STATUS, person["marital_status"]))
        parts.append(_code(codes.RESIDENCE, person["residence"]))
        return " · ".join(parts)

    def show_person(self, person: dict, state: State, today: date) -> None:
        v = self.values
        v["sex"].setText(_code(codes.SEX, person["sex"]))
        v["ethnicity"].setText(_code(codes.ETHNICITY, person.get("ethnicity")))
        v["birth_date"].setText(self.tr("%1 (age %2)").replace("%1", i18n.format_date(person["birth_date"]))
                                .replace("%2", str(age_on(person["birth_date"], today))))
        number = person.get("id_number") or ""
        v["id_number"].setText((number if self.show_ids else idcard.mask(number)) or "—")
        v["marital_status"].setText(_code(codes.MARITAL_STATUS, person.get("marital_status")))
        v["first_marriage_date"].setText(i18n.format_date(person.get("first_marriage_date")) or "—")
        v["residence"].setText(self._residence(person))
        v["relation"].setText(_code(codes.RELATION, person.get("relation")))
        phone = person.get("phone")
        v["phone"].setText((phone if self.show_ids else mask_phone(phone)) or "—")
        v["death_date"].setText(i18n.format_date(person.get("death_date")) or "—")
        v["method"].setText(episode_text(state.episode) if state.episode else "—")
        v["pregnancy"].setText(self._pregnancy(state.pregnancy))
        woman = person["sex"] == 2
        for key, shown in (("method", woman), ("pregnancy", woman), ("death_date", bool(person.get("death_date")))):
            v[key].setVisible(shown)
            self.labels[key].setVisible(shown)

    def _residence(self, person: dict) -> str:
        text = _code(codes.RESIDENCE, person["residence"])
        since = {2: person.get("left_date"), 3: person.get("arrived_date"), 8: person.get("left_date")}
        when = since.get(person["residence"])
        return self.tr("%1 (since %2)").replace("%1", text).replace("%2", i18n.format_date(when)) if when else text

    def _pregnancy(self, pregnancy: dict | None) -> str:
        if not pregnancy:
            return "—"
        if pregnancy.get("edd"):
            return self.tr("Ongoing, due %1").replace("%1", i18n.format_date(pregnancy["edd"]))
        return self.tr("Ongoing")


class HouseholdCard(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("household")
        self.setProperty("kind", "card")
        title = QLabel(self.tr("Household"))
        title.setFont(style.scaled_font(self.font(), 1.05, bold=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.values = {
            "household_no": _pair(grid, 0, 0, "household_no", _label("household_no")),
            "place": _pair(grid, 1, 0, "place", self.tr("Village / group")),
            "address": _pair(grid, 2, 0, "address", self.tr("Address")),
        }
        self.values["address"].setWordWrap(True)
        grid.setColumnStretch(1, 1)
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.members.setToolTip(self.tr("Double-click a member to open her or his record"))
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        members_label = QLabel(self.tr("Other members"))
        members_label.setProperty("kind", "muted")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        box.addWidget(title)
        box.addLayout(grid)
        box.addWidget(members_label)
        box.addWidget(self.members)
        box.addStretch(1)

    def show_household(self, detail: PersonDetail, person_uid: str) -> None:
        household = detail.household
        self.values["household_no"].setText(household.get("household_no") or "—")
        group = household.get("group_no")
        group_text = self.tr("Group %1").replace("%1", str(int(group)) if group and group.isdigit()
                                                 else group) if group else ""
        self.values["place"].setText(" ".join(t for t in (detail.village_name, group_text) if t))
        self.values["address"].setText(household.get("address") or "—")
        self.members.clear()
        for m in detail.members:
            if m.uid == person_uid:
                continue
            parts = [m.name, _code(codes.RELATION, m.relation), _code(codes.SEX, m.sex),
                     self.tr("age %1").replace("%1", str(m.age))]
            if m.residence != 1:
                parts.append(_code(codes.RESIDENCE, m.residence))
            item = QListWidgetItem("　".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, m.uid)
            if m.residence in GONE:
                item.setForeground(QColor(style.MUTED))
            self.members.addItem(item)
        if not self.members.count():
            item = QListWidgetItem(self.tr("(no other members)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.members.addItem(item)
        rows = min(self.members.count(), MEMBER_ROWS)  # as tall as its rows, up to a point
        self.members.setFixedHeight(rows * self.members.sizeHintForRow(0) + 2 * self.members.frameWidth() + 4)
