"""What the cards (卡) print, read for fpdesk.output.card_data to arrange.

Women's cards are read set-based: the women, their household members,
spouses, marriages, births, pregnancies, contraception episodes and services
in one query each, whether for one woman or a whole village. Records dated
after `on` are left out, so a card printed for an earlier date shows what was
known then. Every row is a named tuple (the columns' names as attributes).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from fpdesk.db.models import Birth, Contraception, Household, Marriage, Person, Pregnancy, Service
from fpdesk.domain import codes
from fpdesk.domain.dates import birth_window

LIVING = (1, 2, 3)              # on the register, away, or arrived: not moved out, not dead
# the health-check items a card prints: never the pregnancy test (done only at
# her request, and nothing on paper shows it)
CARD_ITEMS = tuple(item for item in codes.HEALTH_CHECK_ITEMS if item.key != "pregnancy")

PERSON_FIELDS = (Person.uid, Person.household_uid, Person.name, Person.sex, Person.birth_date, Person.id_number,
                 Person.ethnicity, Person.relation, Person.residence, Person.marital_status,
                 Person.first_marriage_date, Person.phone)
HOUSEHOLD_FIELDS = (Household.uid.label("hh_uid"), Household.household_no, Household.village_code,
                    Household.group_no, Household.address, Household.head_uid, Household.hukou_type,
                    Household.phone.label("hh_phone"), Household.one_child_cert_no, Household.one_child_cert_date,
                    Household.two_daughters)
MARRIAGE_FIELDS = (Marriage.person_uid, Marriage.date, Marriage.event, Marriage.spouse_uid, Marriage.spouse_name,
                   Marriage.spouse_id_number)
PREGNANCY_FIELDS = (Pregnancy.woman_uid, Pregnancy.found_date, Pregnancy.lmp_date, Pregnancy.edd, Pregnancy.outcome,
                    Pregnancy.outcome_date)
EPISODE_FIELDS = (Contraception.woman_uid, Contraception.method, Contraception.no_method_reason,
                  Contraception.start_date, Contraception.end_date, Contraception.end_reason,
                  Contraception.device_type, Contraception.lifespan_years, Contraception.provider)


@dataclass
class CardRecords:
    """Everything the women's cards need, keyed by woman (or household) uid; `women` are
    person rows with their household's columns (HOUSEHOLD_FIELDS), in card order."""
    women: list
    members: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    persons: dict[str, object] = field(default_factory=dict)
    marriages: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    births: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    pregnancies: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    episodes: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    services: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def dated(value: date | None, on: date) -> bool:
    """A record belongs on a card printed for `on` unless it is dated later."""
    return value is None or value <= on


def _women_query() -> Select:
    return (select(*PERSON_FIELDS, *HOUSEHOLD_FIELDS)
            .join(Household, Household.uid == Person.household_uid)
            .where(Person.deleted.is_(False), Person.sex == 2))


def _load(session: Session, women: Select, on: date) -> CardRecords:
    """Read the women selected by `women` and all their records, one query per kind."""
    rows = session.execute(women).all()
    loaded = CardRecords(rows)
    woman_uids = women.with_only_columns(Person.uid).order_by(None).scalar_subquery()
    household_uids = women.with_only_columns(Person.household_uid).order_by(None).scalar_subquery()
    for p in session.execute(select(*PERSON_FIELDS).where(Person.household_uid.in_(household_uids),
                                                          Person.deleted.is_(False))
                             .order_by(Person.relation, Person.birth_date, Person.uid)):
        loaded.members[p.household_uid].append(p)
        loaded.persons[p.uid] = p
    for m in session.execute(select(*MARRIAGE_FIELDS).where(Marriage.person_uid.in_(woman_uids),
                                                            Marriage.deleted.is_(False), Marriage.date <= on)
                             .order_by(Marriage.date, Marriage.uid)):
        loaded.marriages[m.person_uid].append(m)
    spouse_uids = select(Marriage.spouse_uid).where(Marriage.person_uid.in_(woman_uids),
                                                    Marriage.spouse_uid.is_not(None)).scalar_subquery()
    for p in session.execute(select(*PERSON_FIELDS).where(Person.uid.in_(spouse_uids), Person.deleted.is_(False))):
        loaded.persons.setdefault(p.uid, p)
    child = aliased(Person)
    for b in session.execute(select(Birth.mother_uid, Birth.birth_date, Birth.sex, Birth.order, Birth.outcome,
                                    Birth.delivery, Birth.place, Birth.certificate_no,
                                    child.name.label("child_name"))
                             .outerjoin(child, child.uid == Birth.child_uid)
                             .where(Birth.mother_uid.in_(woman_uids), Birth.deleted.is_(False), Birth.birth_date <= on)
                             .order_by(Birth.birth_date, Birth.order, Birth.uid)):
        loaded.births[b.mother_uid].append(b)
    for p in session.execute(select(*PREGNANCY_FIELDS).where(Pregnancy.woman_uid.in_(woman_uids),
                                                             Pregnancy.deleted.is_(False))
                             .order_by(Pregnancy.found_date, Pregnancy.lmp_date, Pregnancy.uid)):
        if dated(p.found_date or p.lmp_date, on):
            loaded.pregnancies[p.woman_uid].append(p)
    for c in session.execute(select(*EPISODE_FIELDS).where(
            Contraception.woman_uid.in_(woman_uids), Contraception.deleted.is_(False),
            or_(Contraception.start_date.is_(None), Contraception.start_date <= on))
            .order_by(Contraception.start_date, Contraception.uid)):
        loaded.episodes[c.woman_uid].append(c)
    for s in session.execute(select(Service.person_uid, Service.date, Service.type, Service.result, Service.declined,
                                    *(getattr(Service, item.column) for item in CARD_ITEMS),
                                    Service.provider, Service.next_date)
                             .where(Service.person_uid.in_(woman_uids), Service.deleted.is_(False), Service.date <= on)
                             .order_by(Service.person_uid, Service.date, Service.type)):
        loaded.services[s.person_uid].append(s)
    return loaded


def person_sex_name(session: Session, person_uid: str) -> tuple[int, str] | None:
    """(sex, name) of a person not deleted, None when there is none."""
    row = session.execute(select(Person.sex, Person.name).where(
        Person.uid == person_uid, Person.deleted.is_(False))).first()
    return (row.sex, row.name) if row else None


def woman_records(session: Session, person_uid: str, on: date) -> CardRecords:
    """One woman's card records (`women` is empty when she is not a woman on record)."""
    return _load(session, _women_query().where(Person.uid == person_uid), on)


def village_has_households(session: Session, village_code: str) -> bool:
    return session.scalar(select(Household.uid).where(Household.village_code == village_code).limit(1)) is not None


def village_women_records(session: Session, village_code: str, on: date) -> CardRecords:
    """Every woman aged 15–49 on `on` (not moved out, not dead) in the village with her
    records, ordered by group, household and name."""
    first, last = birth_window(on, 15, 49)
    women = (_women_query()
             .where(Household.village_code == village_code, Household.deleted.is_(False),
                    Person.birth_date.between(first, last), Person.residence.in_(LIVING))
             .order_by(Household.group_no, Household.household_no, Household.uid, Person.pinyin_key,
                       Person.name, Person.uid))
    return _load(session, women, on)


def household(session: Session, household_uid: str):
    """The household's row (HOUSEHOLD_FIELDS), None when there is none (or it is deleted)."""
    return session.execute(select(*HOUSEHOLD_FIELDS).where(
        Household.uid == household_uid, Household.deleted.is_(False))).first()


def household_members(session: Session, household_uid: str, on: date) -> list:
    """Its members born by `on` (PERSON_FIELDS rows), by relation to the head and birth date."""
    return session.execute(select(*PERSON_FIELDS).where(
        Person.household_uid == household_uid, Person.deleted.is_(False), Person.birth_date <= on)
        .order_by(Person.relation, Person.birth_date, Person.uid)).all()
