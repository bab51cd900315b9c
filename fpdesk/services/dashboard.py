"""The figures on the 首页, each one indexed query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fpdesk.db.models import Birth, Household, Person, Region
from fpdesk.domain.codes import MARRIED
from fpdesk.domain.dates import birth_window
from fpdesk.domain.periods import Period, statistical_year, statistical_year_of
from fpdesk.services import settings

LIVING = (1, 2, 3)  # on the register, away, or arrived: not moved out, not dead


@dataclass(frozen=True)
class HomeCounts:
    office_name: str
    on: date
    people: int
    households: int
    women_15_49: int
    married_women_15_49: int
    births_this_year: int
    year: Period


def _count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def backup_state(db, now: datetime | None = None):
    """Whether the 首页 should warn about backups (services.backup.status)."""
    from fpdesk.services import backup

    return backup.status(db, now)


def office_name(session: Session) -> str:
    code = settings.get(session, "office_region_code")
    if not code:
        return ""
    return session.scalar(select(Region.name).where(Region.code == code)) or code


def home_counts(session: Session, on: date) -> HomeCounts:
    living = select(Person.uid).where(Person.deleted.is_(False), Person.residence.in_(LIVING))
    first, last = birth_window(on, 15, 49)
    women = living.where(Person.sex == 2, Person.birth_date.between(first, last))
    year = statistical_year(statistical_year_of(on))
    births = select(Birth.uid).where(
        Birth.deleted.is_(False), Birth.outcome.is_not(2),
        Birth.birth_date.between(year.start, min(year.end, on)))
    return HomeCounts(
        office_name=office_name(session),
        on=on,
        people=_count(session, living),
        households=_count(session, select(Household.uid).where(Household.deleted.is_(False))),
        women_15_49=_count(session, women),
        married_women_15_49=_count(session, women.where(Person.marital_status.in_(MARRIED))),
        births_this_year=_count(session, births),
        year=year,
    )
