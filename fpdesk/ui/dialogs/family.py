"""婚姻变动, 孕情 and 出生登记 for one person.

A new 婚姻变动 can set the person's marital status (and the date of a first
marriage) in the same transaction, as a migration sets her residence.

出生登记 saves the child (a person in the mother's household), the birth and
the outcome of her ongoing pregnancy in one transaction
(`people.register_birth`). A stillbirth is recorded as a birth with outcome 2
and no child person; her ongoing pregnancy is closed with outcome 2.
"""

from __future__ import annotations

from datetime import date, timedelta

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import people, records
from fpdesk.services.context import Actor
from fpdesk.ui import i18n
from fpdesk.ui.dialogs.base import EventDialog, add_note
from fpdesk.ui.dialogs.person_update import PersonUpdatingDialog
from fpdesk.ui.widgets.forms import FieldSpec

GESTATION = timedelta(days=280)  # 预产期 = 末次月经 + 280 天
STILLBIRTH = 2
FIRST_MARRIAGE = 21


def marital_change(event: int | None, on: date | None, first_marriage_date: date | None) -> dict:
    """The person fields a marriage event sets: her marital status (the event's
    code is the status it leads to), and for a first marriage its date when
    she has none yet."""
    if event is None or event not in codes.MARITAL_STATUS:
        return {}
    changes = {"marital_status": event}
    if event == FIRST_MARRIAGE and on and first_marriage_date is None:
        changes["first_marriage_date"] = on
    return changes


class MarriageDialog(PersonUpdatingDialog):
    """婚姻变动: the event, its date and the spouse; a new event can also update
    the person's marital status (and first-marriage date)."""

    starred = ("event",)
    status_field = "marital_status"

    def __init__(self, db: Database, actor: Actor, person_uid: str, *, uid: str | None = None,
                 today: date | None = None, parent=None):
        specs = [FieldSpec("event", "code", codes.MARRIAGE_EVENT),
                 FieldSpec("date", "date", required=True),
                 FieldSpec("spouse_name", max_length=40),
                 FieldSpec("spouse_id_number", "id")]
        title = self.tr("Correct marriage record") if uid else self.tr("Marriage event")
        super().__init__(db, actor, "marriages", specs, title=title, uid=uid,
                         fixed={"person_uid": person_uid}, today=today, parent=parent)
        self.setObjectName("marriage_dialog")
        self.relabel("date", self.tr("Date of the event"))
        self.add_person_update(person_uid, "update_marital_status", ("event", "date"))

    def person_changes(self) -> dict:
        return marital_change(self.form.fields["event"].value(), self.value_of("date"),
                              self.person["first_marriage_date"])

    def idle_text(self) -> str:
        return self.tr("Also update the person's marital status")

    def change_text(self, changes: dict) -> str:
        status = codes.MARITAL_STATUS.label(changes["marital_status"], i18n.code_lang())
        if "first_marriage_date" in changes:
            return (self.tr("Also set the person's marital status to: %1, first marriage on %2")
                    .replace("%1", status).replace("%2", i18n.format_date(changes["first_marriage_date"])))
        return self.tr("Also set the person's marital status to: %1").replace("%1", status)


class PregnancyDialog(EventDialog):
    """孕情: found, last period, due date; later its outcome."""

    def __init__(self, db: Database, actor: Actor, woman_uid: str, *, uid: str | None = None,
                 today: date | None = None, parent=None):
        specs = [FieldSpec("found_date", "date"), FieldSpec("lmp_date", "date"),
                 FieldSpec("edd", "date"),
                 FieldSpec("outcome", "code", codes.PREGNANCY_OUTCOME, required=True),
                 FieldSpec("outcome_date", "date")]
        title = self.tr("Pregnancy and its outcome") if uid else self.tr("New pregnancy")
        initial = None if uid else {"found_date": today, "outcome": 0}
        super().__init__(db, actor, "pregnancies", specs, title=title, uid=uid,
                         fixed={"woman_uid": woman_uid}, initial=initial, today=today, parent=parent)
        self.setObjectName("pregnancy_dialog")
        self.form.fields["lmp_date"].edited.connect(self._fill_edd)
        self.form.fields["outcome"].edited.connect(self._outcome_changed)
        if self.form.fields["outcome"].value() in (None, 0):  # not for a pregnancy already ended
            add_note(self, self.tr("A live birth is entered with “Register birth”: the child, the birth and "
                                   "the outcome of this pregnancy are saved together."))
        self._outcome_changed()

    def _fill_edd(self) -> None:
        lmp = self.value_of("lmp_date")
        edd = self.form.fields["edd"]
        if lmp and not edd.line.text().strip():
            edd.set_value(lmp + GESTATION)

    def _outcome_changed(self) -> None:
        ongoing = self.form.fields["outcome"].value() in (None, 0)
        self.set_enabled(("outcome_date",), not ongoing)


def default_relation(mother_relation: str | None, sex: int | None) -> str | None:
    """The child's relation to the head: her son/daughter when she is the head
    or the head's spouse, a grandchild when she is the head's daughter;
    otherwise the clerk picks."""
    if mother_relation in ("01", "02") and sex in (1, 2):
        return "03" if sex == 1 else "04"
    if mother_relation == "04":
        return "06"
    return None


class BirthDialog(EventDialog):
    """出生登记 (uid None): the birth and the child; or a correction of birth `uid`."""

    starred = ("sex",)
    CHILD = ("name", "id_number", "relation")

    def __init__(self, db: Database, actor: Actor, mother_uid: str, *, uid: str | None = None,
                 today: date | None = None, parent=None):
        with db.read_session() as session:
            self.mother = records.get(session, "persons", mother_uid)
            order = people.next_birth_order(session, mother_uid)
        specs = [FieldSpec("birth_date", "date", required=True), FieldSpec("sex", "code", codes.SEX)]
        if not uid:
            specs += [FieldSpec("name", required=True, max_length=40), FieldSpec("id_number", "id"),
                      FieldSpec("relation", "code", codes.RELATION)]
        specs += [FieldSpec("order", "int"), FieldSpec("plurality", "int"),
                  FieldSpec("delivery", "code", codes.DELIVERY), FieldSpec("place", "code", codes.BIRTH_PLACE),
                  FieldSpec("weight_g", "int"), FieldSpec("outcome", "code", codes.BIRTH_OUTCOME),
                  FieldSpec("reported_date", "date"), FieldSpec("certificate_no", max_length=30)]
        title = self.tr("Correct birth record") if uid else self.tr("Register birth")
        initial = None if uid else {"order": order, "plurality": 1, "outcome": 1,
                                    "reported_date": today}
        self._relation_touched = False
        super().__init__(db, actor, "births", specs, title=title, uid=uid,
                         fixed={"mother_uid": mother_uid}, initial=initial, today=today, parent=parent)
        self.setObjectName("birth_dialog")
        self.relabel("weight_g", self.tr("Birth weight (g)"))
        self.relabel("outcome", self.tr("Live birth / stillbirth"))
        if not uid:
            self.relabel("name", self.tr("Child's name"))
            self.relabel("id_number", self.tr("Child's ID number"))
            self.relabel("relation", self.tr("Child's relation to head"))
            self.form.fields["sex"].edited.connect(self._sex_changed)
            self.form.fields["relation"].activated.connect(self._relation_picked)
            self.form.fields["outcome"].edited.connect(self._outcome_changed)
            add_note(self, self.tr("Saving adds the child to her household and records her ongoing "
                                   "pregnancy, if any, as ended in a live birth."))

    # -- the form follows the clerk ----------------------------------------------
    def _relation_picked(self, _index: int) -> None:
        self._relation_touched = True

    def _sex_changed(self) -> None:
        if self._relation_touched:
            return
        relation = default_relation(self.mother.get("relation"), self.form.fields["sex"].value())
        field = self.form.fields["relation"]
        field.blockSignals(True)
        field.set_value(relation)
        field.blockSignals(False)

    def _outcome_changed(self) -> None:
        self.set_enabled(self.CHILD, self.form.fields["outcome"].value() != STILLBIRTH)

    def _registers_child(self) -> bool:
        return not self.uid and self.form.fields["outcome"].value() != STILLBIRTH

    # -- the child -----------------------------------------------------------------
    def child(self) -> dict:
        return {name: self.value_of(name) for name in self.CHILD}

    def child_record(self, birth: dict) -> dict:
        return {"household_uid": self.mother["household_uid"], "sex": birth.get("sex"),
                "birth_date": birth.get("birth_date"), "residence": 1,
                "ethnicity": self.mother.get("ethnicity"), **self.child()}

    def validate(self, record: dict) -> list:
        found = super().validate(record)
        if self._registers_child():
            with self.db.read_session() as session:
                child = records.validate(session, "persons", self.child_record(record), self.today)
            seen = {(f.field, f.code) for f in found}
            found += [f for f in child if (f.field, f.code) not in seen]
        return found

    # -- saving ----------------------------------------------------------------------
    def write_records(self, session, record: dict, accept_warnings: bool) -> str:
        if self.uid:
            return super().write_records(session, record, accept_warnings)
        if record.get("outcome") == STILLBIRTH:
            return self._stillbirth(session, record, accept_warnings)
        # register_birth fills order, plurality and outcome itself when they are left empty
        birth = {k: v for k, v in record.items() if k != "mother_uid" and v is not None}
        _child, birth_uid = people.register_birth(session, self.actor, self.mother["uid"], birth, self.child(),
                                                  accept_warnings=accept_warnings, today=self.today)
        return birth_uid

    def _stillbirth(self, session, record: dict, accept_warnings: bool) -> str:
        birth_uid = records.create(session, self.actor, "births", {**record, "child_uid": None},
                                   accept_warnings=accept_warnings, today=self.today).uid
        for uid in people.ongoing_pregnancies(session, self.mother["uid"]):
            records.update(session, self.actor, "pregnancies", uid,
                           {"outcome": STILLBIRTH, "outcome_date": record.get("birth_date"),
                            "birth_uid": birth_uid}, accept_warnings=True, today=self.today)
        return birth_uid
