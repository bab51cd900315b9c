"""家庭户: the form for one household. A new household gets the next free
4-digit number of its village and group (and a matching address) filled in;
the clerk may type another."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.domain.codes import CodeSet
from fpdesk.services import office, people, records
from fpdesk.services.people import next_household_no  # noqa: F401 - the dialog's helper, kept importable here
from fpdesk.services.context import Actor
from fpdesk.ui.dialogs.person import FIELD_WIDTH
from fpdesk.ui.household_view import group_label
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog

DEFAULT_GROUPS = tuple(f"{n:02d}" for n in range(1, 21))  # a village nobody has set groups for yet


def groups_of(session, village_code: str | None) -> list[str]:
    """The groups set up for the village and those its households use."""
    if not village_code:
        return []
    found = set(office.village_groups(session, village_code)) | set(people.groups(session, village_code))
    return sorted(found) or list(DEFAULT_GROUPS)


def suggested_address(village_name: str, group_no: str | None, household_no: str | None) -> str | None:
    """东庄村1组12号, in the style of the office's addresses."""
    if not (village_name and group_no and household_no and group_no.isdigit()):
        return None
    return f"{village_name}{int(group_no)}组{int(household_no[-4:])}号"


def household_specs(villages: CodeSet, groups: CodeSet) -> list[FieldSpec]:
    return [
        FieldSpec("village_code", "code", villages, required=True),
        FieldSpec("group_no", "code", groups),
        FieldSpec("household_no", max_length=18),
        FieldSpec("address", max_length=200),
        FieldSpec("hukou_type", "code", codes.HUKOU_TYPE),
        FieldSpec("phone", max_length=30),
        FieldSpec("one_child_cert_no", max_length=40),
        FieldSpec("one_child_cert_date", "date"),
        FieldSpec("two_daughters", "bool"),
    ]


def _group_codes(groups: list[str]) -> CodeSet:
    return CodeSet("group", {g: (group_label(g), group_label(g)) for g in groups})


class HouseholdDialog(RecordDialog):
    """New household (uid None; `village`/`group` preselected) or a correction of `uid`."""

    def __init__(self, db: Database, actor: Actor, *, uid: str | None = None,
                 village: str | None = None, group: str | None = None, parent=None):
        with db.read_session() as session:
            self.village_list = people.villages(session)
            stored = records.get(session, "households", uid) if uid else {}
            village = stored.get("village_code") or village or \
                (self.village_list[0].code if self.village_list else None)
            groups = groups_of(session, village)
        self.village_names = {v.code: v.name for v in self.village_list}
        villages = CodeSet("village", {v.code: (v.name, v.name) for v in self.village_list})
        title = QCoreApplication.translate("HouseholdDialog", "Edit household") if uid \
            else QCoreApplication.translate("HouseholdDialog", "New household")
        initial = None if uid else {"village_code": village, "group_no": group, "hukou_type": 2}
        self._suggested: dict[str, str | None] = {"household_no": None, "address": None}
        super().__init__(db, actor, "households", household_specs(villages, _group_codes(groups)),
                         title=title, uid=uid, initial=initial, parent=parent)
        self.setObjectName("household_dialog")
        self.form.relabel("village_code", self.tr("Village"), star=True)
        self.form.relabel("address", self.tr("Address"))
        self.form.relabel("phone", self.tr("Phone"))
        self.form.relabel("one_child_cert_no", self.tr("One-child certificate no."))
        self.form.relabel("two_daughters", self.tr("Two-daughter household"))
        self.form.fields["household_no"].setPlaceholderText(self.tr("18 digits: village 12 + group 2 + number 4"))
        self.form.even_fields(FIELD_WIDTH)
        self.form.fields["village_code"].currentIndexChanged.connect(self._village_changed)
        self.form.fields["group_no"].currentIndexChanged.connect(lambda _i: self._suggest())
        if not uid:
            self._suggest()

    # -- choices that follow the village -------------------------------------------
    def _village_changed(self, _index: int) -> None:
        village = self.form.fields["village_code"].value()
        combo = self.form.fields["group_no"]
        current = combo.value()
        with self.db.read_session() as session:
            groups = groups_of(session, village)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for group in groups:
            combo.addItem(group_label(group), group)
        combo.set_value(current if current in groups else None)
        combo.blockSignals(False)
        self._suggest()

    def _suggest(self) -> None:
        """Fill a new household's number and address, unless the clerk has typed their own."""
        if self.uid:
            return
        village = self.form.fields["village_code"].value()
        group = self.form.fields["group_no"].value()
        with self.db.read_session() as session:
            number = next_household_no(session, village, group)
        values = {"household_no": number,
                  "address": suggested_address(self.village_names.get(village, ""), group, number)}
        for name, value in values.items():
            field = self.form.fields[name]
            if field.value() in (None, self._suggested[name]):
                field.set_value(value)
                self._suggested[name] = value

