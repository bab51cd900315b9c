"""奖扶/补贴: one benefit record of a person (the recipient).

For 育儿补贴 (programme 5) the child is picked from her (his) children. The
amount is proposed from the administrator's rate table (rate × months / 12)
until the clerk types another.
"""

from __future__ import annotations

from datetime import date

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.domain.codes import CodeSet
from fpdesk.domain.dates import add_years, age_on, format_iso
from fpdesk.services import office_settings, people, records
from fpdesk.services.context import Actor
from fpdesk.ui.dialogs.base import EventDialog
from fpdesk.ui.widgets.forms import FieldSpec

CHILDCARE = 5        # 育儿补贴, per child under 3
CHILDCARE_AGE = 3
OWN_CHILD = {"01": ("03", "04"), "02": ("03", "04"), "04": ("06",)}  # her relation → her children's


def children_choices(db: Database, person: dict, today: date,
                     also: str | None = None) -> tuple[CodeSet, dict[str, date]]:
    """Her children (birth records, and the household's sons and daughters when
    she is the head or the head's spouse), youngest first, as a code list of
    uids; and their birth dates."""
    with db.read_session() as session:
        found = {c.uid: (c.name, c.sex, c.birth_date) for c in people.children_of(session, person["uid"])}
        relations = OWN_CHILD.get(person.get("relation"), ())
        for m in people.members_of(session, person["household_uid"], today):
            if m.relation in relations and m.uid != person["uid"]:
                found.setdefault(m.uid, (m.name, m.sex, m.birth_date))
        if also and also not in found:
            other = records.get(session, "persons", also)
            found[also] = (other["name"], other["sex"], other["birth_date"])
    labels = {}
    for uid, (name, sex, birth) in sorted(found.items(), key=lambda kv: kv[1][2], reverse=True):
        labels[uid] = (f"{name}（{codes.SEX.label(sex)}，{format_iso(birth)}）",
                       f"{name} ({codes.SEX.label(sex, 'en')}, {format_iso(birth)})")
    return CodeSet("children", labels), {uid: birth for uid, (_n, _s, birth) in found.items()}


def rate_for(rates, program: int | None, year: int | None) -> float | None:
    """The yuan per person per year of `program` in force in `year`."""
    usable = [r for r in rates if r.program == program and year and r.year <= year]
    return max(usable, key=lambda r: r.year).amount if usable else None


class BenefitDialog(EventDialog):
    """A new benefit for `person_uid` (uid None), or the correction of record `uid`."""

    starred = ("program",)

    def __init__(self, db: Database, actor: Actor, person_uid: str, *, uid: str | None = None,
                 today: date | None = None, parent=None):
        today = today or date.today()
        with db.read_session() as session:
            person = records.get(session, "persons", person_uid)
            stored_child = records.get(session, "benefits", uid)["child_uid"] if uid else None
            self.rates = office_settings.benefit_rates(session)
        children, births = children_choices(db, person, today, stored_child)
        specs = [FieldSpec("program", "code", codes.BENEFIT_PROGRAM),
                 FieldSpec("child_uid", "code", children),
                 FieldSpec("year", "int", required=True), FieldSpec("months", "int"),
                 FieldSpec("amount", "money"), FieldSpec("status", "code", codes.BENEFIT_STATUS),
                 FieldSpec("confirmed_date", "date"), FieldSpec("paid_date", "date")]
        initial = None
        if not uid:
            initial = {"year": today.year, "status": 1}
            young = [c for c, born in births.items() if age_on(born, today) < CHILDCARE_AGE
                     and add_years(born, CHILDCARE_AGE) > date(today.year, 1, 1)]
            if young:
                initial.update(program=CHILDCARE, child_uid=min(young, key=lambda c: births[c]))
        self._proposed: float | None = None
        title = self.tr("Correct benefit record") if uid else self.tr("Benefit or subsidy")
        super().__init__(db, actor, "benefits", specs, title=title, uid=uid,
                         fixed={"person_uid": person_uid}, initial=initial, today=today, parent=parent)
        self.setObjectName("benefit_dialog")
        self.relabel("amount", self.tr("Amount (yuan)"))
        for name in ("program", "year", "months"):
            self.form.fields[name].edited.connect(self._program_changed)
        self._program_changed()

    def _program_changed(self) -> None:
        program = self.form.fields["program"].value()
        self.set_enabled(("child_uid",), program == CHILDCARE)
        self._propose_amount(program)

    def _propose_amount(self, program) -> None:
        field = self.form.fields["amount"]
        current = self.value_of("amount")
        if field.text().strip() and current != self._proposed:
            return  # the clerk typed her own amount
        rate = rate_for(self.rates, program, self.value_of("year"))
        months = self.value_of("months")
        if rate is None or (months is not None and not 0 <= months <= 12):
            if field.text().strip():  # our proposal no longer fits
                field.set_value(None)
                self._proposed = None
            return
        self._proposed = round(rate * (12 if months is None else months) / 12, 2)
        field.set_value(self._proposed)
