"""The figures on the 首页, each one indexed query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fpdesk.db.models import Household, Person, Region
from fpdesk.domain.codes import MARRIED
from fpdesk.domain.dates import birth_window
from fpdesk.domain.periods import Period, date_range, statistical_year, statistical_year_of
from fpdesk.services import settings

HUKOU = (1, 2)      # the 户籍 population (T1): on the register, or registered here and away
RESIDENT = (1, 3)   # the 常住 population (T3): on the register, or arrived from elsewhere


@dataclass(frozen=True)
class HomeCounts:
    office_name: str
    on: date
    people: int                 # 户籍, as T1's 期末人口
    residents: int              # 常住
    households: int
    women_15_49: int            # 常住
    married_women_15_49: int    # 常住, as T3's 已婚育龄妇女
    births_this_year: int       # T2's 出生数 from the start of the statistical year to `on`
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


def births_so_far(session: Session, year: Period, on: date) -> int:
    """Live births of the year up to `on`, counted as T2 counts them (the report's own rule)."""
    from fpdesk.services.statistics import ReportError, compute_report

    if on < year.start:
        return 0
    try:
        report = compute_report(session, date_range(year.start, min(year.end, on)), tables=["T2"])
    except ReportError:     # no office region yet
        return 0
    return report.table("T2")["rows"][-1]["births"] or 0


def home_counts(session: Session, on: date) -> HomeCounts:
    alive = select(Person.uid).where(Person.deleted.is_(False), Person.death_date.is_(None))
    resident = alive.where(Person.residence.in_(RESIDENT))
    first, last = birth_window(on, 15, 49)
    women = resident.where(Person.sex == 2, Person.birth_date.between(first, last))
    year = statistical_year(statistical_year_of(on))
    return HomeCounts(
        office_name=office_name(session),
        on=on,
        people=_count(session, alive.where(Person.residence.in_(HUKOU))),
        residents=_count(session, resident),
        households=_count(session, select(Household.uid).where(Household.deleted.is_(False))),
        women_15_49=_count(session, women),
        married_women_15_49=_count(session, women.where(Person.marital_status.in_(MARRIED))),
        births_this_year=births_so_far(session, year, on),
        year=year,
    )
