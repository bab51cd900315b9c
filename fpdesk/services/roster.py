"""The 育龄妇女 roster and the people search, done in SQL.

The roster works like Anki's browser: `roster_uids` returns the matching
uids, sorted by an ORDER BY over indexed columns, and `roster_rows` loads
the display rows for just the uids a view is about to paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from fpdesk.db.models import Birth, Contraception, Household, Person, Region, Service
from fpdesk.domain.dates import age_on, birth_window

LIVING = (1, 2, 3)
SORT_KEYS = ("name", "age", "village", "marital", "method", "last_check", "residence", "children")


@dataclass(frozen=True)
class RosterFilter:
    village_code: str | None = None
    group_no: str | None = None
    marital: tuple[int, ...] = ()       # empty: any
    method: int | None = None           # -1: no current method
    residence: tuple[int, ...] = ()     # empty: 1, 2 and 3
    text: str = ""


@dataclass(frozen=True)
class RosterRow:
    uid: str
    name: str
    id_number: str | None
    birth_date: date
    age: int
    village_name: str
    group_no: str | None
    household_no: str | None
    marital_status: int | None
    sons: int
    daughters: int
    method: int | None
    method_since: date | None
    last_check: date | None
    residence: int


def text_condition(text: str):
    """Name fragment, pinyin initials (zxm → 张秀梅), ID fragment or household number.

    Every branch is on `persons` alone: an OR across persons and households
    made SQLite walk all households and fetch their people row by row."""
    text = text.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.isascii() and lowered.isalpha():
        return or_(Person.pinyin_initials.startswith(lowered, autoescape=True),
                   Person.name.contains(text, autoescape=True))
    if text.isascii() and text.rstrip("xX").isdigit():
        condition = Person.id_number.contains(text.upper(), autoescape=True)
        if len(text) >= 6:
            households = aliased(Household)
            upper = text[:-1] + chr(ord(text[-1]) + 1)  # household_no LIKE 'text%', on its index
            condition = or_(condition, Person.household_uid.in_(
                select(households.uid).where(households.household_no >= text, households.household_no < upper)))
        return condition
    return Person.name.contains(text, autoescape=True)


def _open_episode(on: date):
    """Her latest contraception episode open on `on` (index: woman_uid, start_date)."""
    return (select(Contraception.uid)
            .where(Contraception.woman_uid == Person.uid, Contraception.deleted.is_(False),
                   Contraception.start_date <= on,
                   or_(Contraception.end_date.is_(None), Contraception.end_date > on))
            .order_by(Contraception.start_date.desc(), Contraception.uid.desc())
            .limit(1).correlate(Person).scalar_subquery())


def _method_of(on: date):
    return (select(Contraception.method).where(Contraception.uid == _open_episode(on))
            .correlate(Person).scalar_subquery())


def _last_check(on: date):
    return (select(func.max(Service.date))
            .where(Service.person_uid == Person.uid, Service.type == 1,
                   Service.date <= on, Service.deleted.is_(False))
            .correlate(Person).scalar_subquery())


def _children_of(sex: int | None):
    """Her living children (现有子女): live births whose child has not died."""
    child = aliased(Person)
    died = select(child.uid).where(child.uid == Birth.child_uid,
                                   or_(child.death_date.is_not(None), child.residence == 9)).exists()
    condition = [Birth.mother_uid == Person.uid, Birth.deleted.is_(False),
                 or_(Birth.outcome.is_(None), Birth.outcome == 1), ~died]
    if sex is not None:
        condition.append(Birth.sex == sex)
    return select(func.count()).where(*condition).correlate(Person).scalar_subquery()


def _base(flt: RosterFilter, on: date) -> Select:
    first, last = birth_window(on, 15, 49)
    query = select(Person.uid).join(Household, Household.uid == Person.household_uid).where(
        Person.deleted.is_(False), Person.sex == 2, Person.birth_date.between(first, last),
        Person.residence.in_(flt.residence or LIVING))
    if flt.village_code:
        query = query.where(Household.village_code == flt.village_code)
    if flt.group_no:
        query = query.where(Household.group_no == flt.group_no)
    if flt.marital:
        query = query.where(Person.marital_status.in_(flt.marital))
    condition = text_condition(flt.text)
    if condition is not None:
        query = query.where(condition)
    return query


def roster_uids(session: Session, flt: RosterFilter, on: date, sort: str = "village",
                descending: bool = False) -> list[str]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort}")
    query = _base(flt, on)
    if flt.method == -1:
        query = query.where(_open_episode(on).is_(None))
    elif flt.method is not None:
        query = query.where(_method_of(on) == flt.method)
    columns = {
        "name": [Person.pinyin_key, Person.name],
        "age": [Person.birth_date],
        "village": [Household.village_code, Household.group_no, Household.household_no],
        "marital": [Person.marital_status],
        "method": [_method_of(on)],
        "last_check": [_last_check(on)],
        "residence": [Person.residence],
        "children": [_children_of(None)],
    }[sort]
    # a younger woman has the later birth date: age ascending is birth date descending
    reverse = descending != (sort == "age")
    order = [c.desc() if reverse else c.asc() for c in columns]
    # Core execution: ORM loading of 15,000 one-column rows costs as much as the query
    return list(session.connection().execute(query.order_by(*order, Person.name, Person.uid)).scalars())


def roster_rows(session: Session, uids: list[str], on: date) -> dict[str, RosterRow]:
    """Display rows for the given uids (one page of the view)."""
    if not uids:
        return {}
    episode = aliased(Contraception)
    query = (
        select(Person.uid, Person.name, Person.id_number, Person.birth_date, Region.name,
               Household.group_no, Household.household_no, Person.marital_status,
               _children_of(1), _children_of(2), episode.method, episode.start_date,
               _last_check(on), Person.residence)
        .join(Household, Household.uid == Person.household_uid)
        .outerjoin(Region, Region.code == Household.village_code)
        .outerjoin(episode, episode.uid == _open_episode(on))
        .where(Person.uid.in_(uids))
    )
    rows = {}
    for (uid, name, id_number, birth, village, group, hh_no, marital, sons, daughters,
         method_code, since, last, residence) in session.execute(query):
        rows[uid] = RosterRow(uid, name, id_number, birth, age_on(birth, on), village or "",
                              group, hh_no, marital, sons, daughters, method_code,
                              since, last, residence)
    return rows


@dataclass(frozen=True)
class PersonHit:
    uid: str
    name: str
    sex: int
    birth_date: date
    id_number: str | None
    village_name: str
    household_no: str | None
    residence: int


def search_people(session: Session, text: str, limit: int = 50) -> list[PersonHit]:
    """Everyone (any age or sex, moved-out and dead included) matching `text`.

    Two steps: the first `limit` uids from `persons` alone (a broad match such
    as an area code sorts 60,000 keys, not 60,000 joined rows), then their
    villages and household numbers."""
    condition = text_condition(text)
    if condition is None:
        return []
    uids = list(session.scalars(
        select(Person.uid).where(Person.deleted.is_(False), condition)
        .order_by(Person.residence.in_(LIVING).desc(), Person.pinyin_key, Person.name, Person.uid)
        .limit(limit)))
    if not uids:
        return []
    query = (
        select(Person.uid, Person.name, Person.sex, Person.birth_date, Person.id_number,
               Region.name, Household.household_no, Person.residence)
        .join(Household, Household.uid == Person.household_uid)
        .outerjoin(Region, Region.code == Household.village_code)
        .where(Person.uid.in_(uids))
    )
    hits = {uid: PersonHit(uid, name, sex, birth, idn, village or "", hh, res)
            for uid, name, sex, birth, idn, village, hh, res in session.execute(query)}
    return [hits[uid] for uid in uids if uid in hits]
