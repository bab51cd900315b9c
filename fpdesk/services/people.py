"""People and households as the records pages show them: the township and
village → group → household tree, a household with its members, a person's
detail with the timeline of all her/his records, the small questions the
person dialogs ask (her open contraception episode, her ongoing pregnancies,
her children), and registering a birth."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fpdesk.db.models import (Benefit, Birth, Contraception, Household, Marriage, Migration,
                              Person, Pregnancy, Region, Service)
from fpdesk.domain import codes
from fpdesk.domain.dates import age_on, format_iso, format_zh
from fpdesk.services import audit, records
from fpdesk.services.context import Actor


@dataclass(frozen=True)
class Village:
    code: str
    name: str


@dataclass(frozen=True)
class Child:
    uid: str
    name: str
    sex: int
    birth_date: date


@dataclass(frozen=True)
class HouseholdRow:
    uid: str
    household_no: str | None
    village_code: str
    group_no: str | None
    address: str | None
    head_name: str | None
    members: int


@dataclass(frozen=True)
class MemberRow:
    uid: str
    name: str
    sex: int
    birth_date: date
    age: int
    relation: str | None
    id_number: str | None
    residence: int
    marital_status: int | None


@dataclass(frozen=True)
class TimelineEntry:
    date: date | None
    table: str
    uid: str
    kind: str       # a short Chinese label: 初婚, 出生, 宫内节育器, 健康检查 …
    summary: str    # in Chinese
    summary_en: str = ""   # the same in English (a free-text result stays as typed)


@dataclass(frozen=True)
class PersonDetail:
    person: dict
    household: dict
    village_name: str
    members: list[MemberRow]
    timeline: list[TimelineEntry] = field(default_factory=list)


def villages(session: Session) -> list[Village]:
    query = select(Region.code, Region.name).where(
        Region.level == "village", Region.deleted.is_(False)).order_by(Region.code)
    return [Village(code, name) for code, name in session.execute(query)]


def townships(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every township the database knows, in code order."""
    query = select(Region.code, Region.name).where(
        Region.level == "township", Region.deleted.is_(False)).order_by(Region.code)
    return [(code, name) for code, name in session.execute(query)]


def groups(session: Session, village_code: str) -> list[str]:
    query = select(Household.group_no).where(
        Household.village_code == village_code, Household.deleted.is_(False),
        Household.group_no.is_not(None)).distinct().order_by(Household.group_no)
    return list(session.scalars(query))


def households_in(session: Session, village_code: str, group_no: str | None) -> list[HouseholdRow]:
    # counted per household through the household_uid index: grouping the
    # whole persons table instead cost 60–120 ms a village on the 60,000 demo
    members = (select(func.count()).where(Person.household_uid == Household.uid, Person.deleted.is_(False),
                                          Person.residence.in_((1, 2, 3)))
               .correlate(Household).scalar_subquery())
    head = select(Person.name).where(Person.uid == Household.head_uid).correlate(Household).scalar_subquery()
    query = (select(Household.uid, Household.household_no, Household.village_code, Household.group_no,
                    Household.address, head, members)
             .where(Household.village_code == village_code, Household.deleted.is_(False))
             .order_by(Household.household_no, Household.uid))
    if group_no:
        query = query.where(Household.group_no == group_no)
    return [HouseholdRow(*row) for row in session.execute(query)]


def household_numbers(session: Session, prefix: str) -> list[str]:
    """Every household number starting with `prefix`, deleted households' too
    (a range on the household_no index)."""
    query = select(Household.household_no).where(Household.household_no >= prefix,
                                                 Household.household_no < prefix + "\uffff")
    return [number for (number,) in session.execute(query)]


LAST_NUMBER = 9999


def next_household_no(session: Session, village_code: str | None, group_no: str | None) -> str | None:
    """村代码12位 + 组号2位 + the next free 4-digit number: one past the highest
    ever given in that group, or the first gap once 9999 is taken; None without
    a village and group. A deleted household keeps its number (it still
    travels to the county, marked deleted), so the number is not given again."""
    if not village_code or not group_no:
        return None
    prefix = village_code + group_no
    used = {int(number[14:]) for number in household_numbers(session, prefix)
            if len(number) == 18 and number[14:].isdigit()}
    number = max(used, default=0) + 1
    if number > LAST_NUMBER:
        number = next((n for n in range(1, LAST_NUMBER + 1) if n not in used), None)
        if number is None:
            return None
    return f"{prefix}{number:04d}"


def members_of(session: Session, household_uid: str, on: date) -> list[MemberRow]:
    query = (select(Person.uid, Person.name, Person.sex, Person.birth_date, Person.relation,
                    Person.id_number, Person.residence, Person.marital_status)
             .where(Person.household_uid == household_uid, Person.deleted.is_(False))
             .order_by(Person.relation, Person.birth_date))
    return [MemberRow(uid, name, sex, birth, age_on(birth, on), rel, idn, res, mar)
            for uid, name, sex, birth, rel, idn, res, mar in session.execute(query)]


def person_detail(session: Session, actor: Actor, uid: str, on: date) -> PersonDetail:
    """Everything about one person; opening it is written to the audit log."""
    person = records.get(session, "persons", uid)
    household = records.get(session, "households", person["household_uid"])
    village = session.scalar(select(Region.name).where(Region.code == household["village_code"]))
    audit.record(session, actor, "view", "persons", uid)
    return PersonDetail(person, household, village or household["village_code"],
                        members_of(session, household["uid"], on), timeline(session, uid))


def _live(model):
    return model.deleted.is_(False)


def timeline(session: Session, uid: str) -> list[TimelineEntry]:
    """All of a person's records, newest first; each summary in Chinese and English."""
    entries: list[TimelineEntry] = []

    def add(when, table, row_uid, kind, zh, en):
        entries.append(TimelineEntry(when, table, row_uid, kind, zh, en))

    for m in session.scalars(select(Marriage).where(Marriage.person_uid == uid, _live(Marriage))):
        add(m.date, "marriages", m.uid, codes.MARRIAGE_EVENT.label(m.event),
            f"配偶 {m.spouse_name or '—'}", f"Spouse {m.spouse_name or '—'}")
    for b in session.scalars(select(Birth).where(Birth.mother_uid == uid, _live(Birth))):
        add(b.birth_date, "births", b.uid, "生育",
            f"第{b.order or '?'}孩，{codes.SEX.label(b.sex)}，{codes.DELIVERY.label(b.delivery)}",
            f"Child {b.order or '?'}, {codes.SEX.label(b.sex, 'en')}, {codes.DELIVERY.label(b.delivery, 'en')}")
    for p in session.scalars(select(Pregnancy).where(Pregnancy.woman_uid == uid, _live(Pregnancy))):
        outcome = codes.PREGNANCY_OUTCOME.label(p.outcome) if p.outcome else "妊娠中"
        outcome_en = codes.PREGNANCY_OUTCOME.label(p.outcome, "en") if p.outcome else "ongoing"
        add(p.found_date or p.lmp_date, "pregnancies", p.uid, "孕情",
            f"预产期 {format_zh(p.edd) or '—'}，{outcome}", f"Due {format_iso(p.edd) or '—'}, {outcome_en}")
    for c in session.scalars(select(Contraception).where(Contraception.woman_uid == uid, _live(Contraception))):
        device = f"{c.device_type}，" if c.device_type else ""
        if c.end_date:
            state = f"{format_zh(c.end_date)} 停用（{codes.END_REASON.label(c.end_reason)}）"
            state_en = f"ended {format_iso(c.end_date)} ({codes.END_REASON.label(c.end_reason, 'en')})"
        else:
            state, state_en = "使用中", "in use"
        add(c.start_date, "contraception", c.uid, codes.METHOD.label(c.method),
            f"{device}{state}", f"{c.device_type}, {state_en}" if c.device_type else state_en)
    for s in session.scalars(select(Service).where(Service.person_uid == uid, _live(Service))):
        add(s.date, "services", s.uid, codes.SERVICE_TYPE.label(s.type),
            "本人拒绝" if s.declined else (s.result or ""), "Declined" if s.declined else (s.result or ""))
    for g in session.scalars(select(Migration).where(Migration.person_uid == uid, _live(Migration))):
        add(g.date, "migrations", g.uid, codes.MIGRATION_DIRECTION.label(g.direction), g.place or "", g.place or "")
    for f in session.scalars(select(Benefit).where(Benefit.person_uid == uid, _live(Benefit))):
        add(f.paid_date or f.confirmed_date, "benefits", f.uid, codes.BENEFIT_PROGRAM.label(f.program),
            f"{f.year}年度 {f.amount or 0:.2f} 元，{codes.BENEFIT_STATUS.label(f.status)}",
            f"{f.year}: {f.amount or 0:.2f} yuan, {codes.BENEFIT_STATUS.label(f.status, 'en')}")
    return sorted(entries, key=lambda e: (e.date or date.min, e.table, e.uid), reverse=True)


def mother_of(session: Session, child_uid: str) -> str | None:
    """The mother on the child's birth record (育儿补贴 is paid to her)."""
    return session.scalar(select(Birth.mother_uid).where(
        Birth.child_uid == child_uid, Birth.deleted.is_(False)).limit(1))


def ongoing_pregnancies(session: Session, woman_uid: str) -> list[str]:
    """Her pregnancies with no outcome yet (outcome empty or 0), oldest first."""
    return list(session.scalars(select(Pregnancy.uid).where(
        Pregnancy.woman_uid == woman_uid, Pregnancy.deleted.is_(False),
        or_(Pregnancy.outcome.is_(None), Pregnancy.outcome == 0))
        .order_by(Pregnancy.found_date, Pregnancy.uid)))


def open_episode(session: Session, woman_uid: str) -> dict | None:
    """Her contraception episode without an end date (the latest, should there be two)."""
    uid = session.scalar(select(Contraception.uid).where(
        Contraception.woman_uid == woman_uid, Contraception.deleted.is_(False),
        Contraception.end_date.is_(None))
        .order_by(Contraception.start_date.desc(), Contraception.uid.desc()).limit(1))
    return records.get(session, "contraception", uid) if uid else None


def children_of(session: Session, person_uid: str) -> list[Child]:
    """Her (or his) children on birth records, youngest first."""
    query = (select(Person.uid, Person.name, Person.sex, Person.birth_date)
             .join(Birth, Birth.child_uid == Person.uid)
             .where(or_(Birth.mother_uid == person_uid, Birth.father_uid == person_uid),
                    Birth.deleted.is_(False), Person.deleted.is_(False))
             .order_by(Person.birth_date.desc(), Person.uid))
    seen, out = set(), []
    for uid, name, sex, birth in session.execute(query):
        if uid not in seen:
            seen.add(uid)
            out.append(Child(uid, name, sex, birth))
    return out


def next_birth_order(session: Session, mother_uid: str) -> int:
    count = session.scalar(select(func.count()).select_from(Birth).where(
        Birth.mother_uid == mother_uid, Birth.deleted.is_(False)))
    return (count or 0) + 1


def register_birth(session: Session, actor: Actor, mother_uid: str, birth: dict, child: dict,
                   *, accept_warnings: bool = False, today: date | None = None) -> tuple[str, str]:
    """出生登记: the child as a person in the mother's household, the birth
    record, and the outcome of her ongoing pregnancy — one transaction.

    `birth` holds the birth fields (birth_date, sex, order, delivery, …);
    `child` the child's own (name, id_number, relation, …). Returns
    (child uid, birth uid).
    """
    mother = records.get(session, "persons", mother_uid)
    child_fields = {"household_uid": mother["household_uid"], "sex": birth.get("sex"),
                    "birth_date": birth.get("birth_date"), "residence": 1,
                    "ethnicity": mother.get("ethnicity"), "marital_status": None, **child}
    child_uid = records.create(session, actor, "persons", child_fields,
                               accept_warnings=accept_warnings, today=today).uid
    birth_fields = {"order": next_birth_order(session, mother_uid), "plurality": 1, "outcome": 1,
                    **birth, "mother_uid": mother_uid, "child_uid": child_uid}
    birth_uid = records.create(session, actor, "births", birth_fields,
                               accept_warnings=accept_warnings, today=today).uid
    ongoing = session.scalars(select(Pregnancy.uid).where(
        Pregnancy.woman_uid == mother_uid, Pregnancy.deleted.is_(False),
        Pregnancy.outcome.is_(None) | (Pregnancy.outcome == 0))).all()
    for uid in ongoing:
        records.update(session, actor, "pregnancies", uid,
                       {"outcome": 1, "outcome_date": birth.get("birth_date"), "birth_uid": birth_uid},
                       accept_warnings=True, today=today)
    return child_uid, birth_uid
