"""The rows of the eleven registers (帐/册), one SQL statement each, for
fpdesk.output.ledgers to lay out.

Each function returns the statement's result unread: named rows (tuples with
the columns' names as attributes) streamed as the register is built, already
ordered by village code first. `village` narrows a register to one village
(None: the whole township). Who is listed is written beside each query; the
counting rules of every register are in docs/ledgers.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from fpdesk.db.models import Benefit, Birth, Contraception, Household, Marriage, Migration, Person, Service
from fpdesk.domain import codes
from fpdesk.domain.dates import birth_window
from fpdesk.domain.periods import Period

LIVING = (1, 2, 3)        # on the register, away, or arrived: not moved out, not dead
# every health-check item but the pregnancy test (done only at her request: no register counts it)
CHECK_ITEMS = tuple(item for item in codes.HEALTH_CHECK_ITEMS if item.key != "pregnancy")

Rows = Iterable[tuple]


def _in_village(session: Session, stmt, village: str | None) -> Rows:
    """Run `stmt`, narrowed to the chosen village if one was chosen."""
    return session.execute(stmt if village is None else stmt.where(Household.village_code == village))


# -- registers of state, as of a day (育龄妇女花名册, 全员人口登记册) ---------------------------
def on_register(on: date):
    """The SQL condition for a person on the register on `on`: not deleted, born on or before
    it, residence 1, 2 or 3 as it is now, and no death date on or before it."""
    return and_(Person.deleted.is_(False), Person.residence.in_(LIVING), Person.birth_date <= on,
                or_(Person.death_date.is_(None), Person.death_date > on))


def _place_columns():
    return (Household.village_code, Household.group_no, Household.household_no)


def _place_order():
    return (Household.village_code, Household.group_no, Household.household_no, Person.relation,
            Person.birth_date, Person.uid)


def _children(on: date, sex: int):
    """Her living children of one sex born on or before `on`: live births whose child has not
    died by then (index: mother_uid, birth_date)."""
    child = aliased(Person)
    died = (select(child.uid).where(child.uid == Birth.child_uid,
                                    or_(child.death_date <= on, and_(child.residence == 9, child.death_date.is_(None))))
            .exists())
    return (select(func.count()).select_from(Birth)
            .where(Birth.mother_uid == Person.uid, Birth.deleted.is_(False), Birth.birth_date <= on,
                   Birth.sex == sex, or_(Birth.outcome.is_(None), Birth.outcome != 2), ~died)
            .scalar_subquery())


def _current_method(on: date):
    """The method of her latest episode open on `on` (index: woman_uid, start_date)."""
    return (select(Contraception.method)
            .where(Contraception.woman_uid == Person.uid, Contraception.deleted.is_(False),
                   Contraception.start_date <= on,
                   or_(Contraception.end_date.is_(None), Contraception.end_date > on))
            .order_by(Contraception.start_date.desc()).limit(1)
            .scalar_subquery())


def women(session: Session, on: date, village: str | None) -> Rows:
    """(village, group, household no, name, relation, birth date, ID number, marital status,
    first marriage, sons, daughters, current method, residence, left, arrived) of every woman
    aged 15–49 on the register on `on`, by village, group, household, relation, birth date."""
    first, last = birth_window(on, 15, 49)
    stmt = (select(*_place_columns(), Person.name, Person.relation, Person.birth_date, Person.id_number,
                   Person.marital_status, Person.first_marriage_date, _children(on, 1), _children(on, 2),
                   _current_method(on), Person.residence, Person.left_date, Person.arrived_date)
            .join(Household, Household.uid == Person.household_uid)
            .where(Person.sex == 2, Person.birth_date.between(first, last), on_register(on))
            .order_by(*_place_order()))
    return _in_village(session, stmt, village)


def population(session: Session, on: date, village: str | None) -> Rows:
    """(village, group, household no, name, relation, sex, birth date, ethnicity, ID number,
    marital status, hukou, residence, phone, left, arrived) of everyone on the register on `on`."""
    stmt = (select(*_place_columns(), Person.name, Person.relation, Person.sex, Person.birth_date,
                   Person.ethnicity, Person.id_number, Person.marital_status, Household.hukou_type,
                   Person.residence, Person.phone, Person.left_date, Person.arrived_date)
            .join(Household, Household.uid == Person.household_uid)
            .where(on_register(on))
            .order_by(*_place_order()))
    return _in_village(session, stmt, village)


# -- registers of events in a period (出生, 死亡, 婚姻变动, 人口流动) ------------------------------
def births(session: Session, period: Period, village: str | None) -> Rows:
    """Every birth dated in the period, live or stillborn, in the village of the child's
    household (the mother's when the child has no record), by village and birth date."""
    mother, father, child = aliased(Person), aliased(Person), aliased(Person)
    child_home = select(child.household_uid).where(child.uid == Birth.child_uid, child.deleted.is_(False))
    home = func.coalesce(child_home.scalar_subquery(), mother.household_uid)
    child_name = select(child.name).where(child.uid == Birth.child_uid, child.deleted.is_(False)).scalar_subquery()
    child_residence = (select(child.residence).where(child.uid == Birth.child_uid, child.deleted.is_(False))
                       .scalar_subquery())
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, mother.name,
                   mother.id_number, father.name, child_name, Birth.sex, child_residence, Birth.birth_date,
                   Birth.order, Birth.delivery, Birth.place, Birth.weight_g, Birth.outcome, Birth.certificate_no,
                   Birth.reported_date)
            .join(mother, mother.uid == Birth.mother_uid)
            .outerjoin(father, father.uid == Birth.father_uid)
            .join(Household, Household.uid == home)
            .where(Birth.deleted.is_(False), mother.deleted.is_(False),
                   Birth.birth_date.between(period.start, period.end))
            .order_by(Household.village_code, Birth.birth_date, Household.household_no, mother.name, Birth.uid))
    return _in_village(session, stmt, village)


def deaths(session: Session, period: Period, village: str | None) -> Rows:
    """Every person whose death date is in the period, by village and death date."""
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name, Person.sex,
                   Person.birth_date, Person.id_number, Person.death_date, Person.relation,
                   Person.marital_status, Person.residence)
            .join(Household, Household.uid == Person.household_uid)
            .where(Person.deleted.is_(False), Person.death_date.between(period.start, period.end))
            .order_by(Household.village_code, Person.death_date, Household.household_no, Person.uid))
    return _in_village(session, stmt, village)


def marriages(session: Session, period: Period, village: str | None) -> Rows:
    """Every marriage event (初婚, 再婚, 复婚, 丧偶, 离婚) dated in the period."""
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name, Person.sex,
                   Person.birth_date, Person.id_number, Marriage.event, Marriage.date, Marriage.spouse_name,
                   Marriage.spouse_id_number)
            .join(Person, Person.uid == Marriage.person_uid)
            .join(Household, Household.uid == Person.household_uid)
            .where(Marriage.deleted.is_(False), Person.deleted.is_(False),
                   Marriage.date.between(period.start, period.end))
            .order_by(Household.village_code, Marriage.date, Household.household_no, Person.name, Marriage.uid))
    return _in_village(session, stmt, village)


def migrations(session: Session, period: Period, village: str | None) -> Rows:
    """Every migration record (流出, 流入, 返回, 迁出, 迁入) dated in the period."""
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name, Person.sex,
                   Person.birth_date, Person.id_number, Migration.direction, Migration.date, Migration.place,
                   Migration.reason, Migration.contact, Migration.verified_date)
            .join(Person, Person.uid == Migration.person_uid)
            .join(Household, Household.uid == Person.household_uid)
            .where(Migration.deleted.is_(False), Person.deleted.is_(False),
                   Migration.date.between(period.start, period.end))
            .order_by(Household.village_code, Migration.date, Household.household_no, Person.name, Migration.uid))
    return _in_village(session, stmt, village)


# -- registers of services and entitlements in a period --------------------------------------
def services(session: Session, period: Period, village: str | None, types: tuple[int, ...]) -> Rows:
    """(place, person, service, linked method) of every service of `types` dated in the period,
    declined ones included."""
    episode = aliased(Contraception)
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name,
                   Person.birth_date, Person.id_number, Service.date, Service.type,
                   *(getattr(Service, item.column) for item in CHECK_ITEMS), Service.result, Service.provider,
                   Service.declined, Service.next_date, episode.method)
            .join(Person, Person.uid == Service.person_uid)
            .join(Household, Household.uid == Person.household_uid)
            .outerjoin(episode, (episode.uid == Service.contraception_uid) & episode.deleted.is_(False))
            .where(Service.deleted.is_(False), Person.deleted.is_(False), Service.type.in_(types),
                   Service.date.between(period.start, period.end))
            .order_by(Household.village_code, Service.date, Household.household_no, Person.name, Service.type,
                      Service.uid))
    return _in_village(session, stmt, village)


def contraception(session: Session, period: Period, village: str | None) -> Rows:
    """Every contraception episode that started or ended in the period."""
    started = Contraception.start_date.between(period.start, period.end)
    ended = Contraception.end_date.between(period.start, period.end)
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name,
                   Person.birth_date, Person.id_number, Contraception.method, Contraception.no_method_reason,
                   Contraception.start_date, Contraception.end_date, Contraception.end_reason,
                   Contraception.device_type, Contraception.lifespan_years, Contraception.provider,
                   Contraception.informed_choice)
            .join(Person, Person.uid == Contraception.woman_uid)
            .join(Household, Household.uid == Person.household_uid)
            .where(Contraception.deleted.is_(False), Person.deleted.is_(False), or_(started, ended))
            .order_by(Household.village_code, Contraception.start_date, Household.household_no, Person.name,
                      Contraception.uid))
    return _in_village(session, stmt, village)


def benefits(session: Session, year: int, village: str | None) -> Rows:
    """Every benefit of the benefit year `year`, whatever its status, by village and programme."""
    child = aliased(Person)
    stmt = (select(Household.village_code, Household.group_no, Household.household_no, Person.name, Person.sex,
                   Person.birth_date, Person.id_number, Benefit.program, child.name.label("child_name"),
                   Benefit.months, Benefit.amount, Benefit.status, Benefit.confirmed_date, Benefit.paid_date)
            .join(Person, Person.uid == Benefit.person_uid)
            .join(Household, Household.uid == Person.household_uid)
            .outerjoin(child, (child.uid == Benefit.child_uid) & child.deleted.is_(False))
            .where(Benefit.deleted.is_(False), Person.deleted.is_(False), Benefit.year == year)
            .order_by(Household.village_code, Benefit.program, Household.group_no, Household.household_no,
                      Person.name, Benefit.uid))
    return _in_village(session, stmt, village)
