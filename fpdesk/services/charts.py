"""The figures behind the 统计报表 page's charts, each one set-based query,
for the whole database or the villages of one region (a township of a county).

- births by month with the sex ratio (live births by birth date, as T2);
- the population pyramid on a date (户籍, five-year bands, as T1's basis);
- reminders worked in the period against the items overdue on its last day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from fpdesk.domain.periods import Period

BAND_YEARS = 5
TOP_BAND = 85   # 85 and over in one band


@dataclass(frozen=True)
class MonthBirths:
    month: str          # 2026-03
    male: int
    female: int

    @property
    def sex_ratio(self) -> float | None:
        return round(self.male / self.female * 100, 1) if self.female else None


def _in_villages(person: str, villages: set[str] | None) -> tuple[str, dict]:
    """SQL limiting `person` (a uid column) to people of households in `villages`
    (None: everyone), and its parameter."""
    if villages is None:
        return "", {}
    return (f" AND {person} IN (SELECT p.uid FROM persons p JOIN households h ON h.uid = p.household_uid "
            f"WHERE h.village_code IN (SELECT value FROM json_each(:villages)))",
            {"villages": json.dumps(sorted(villages))})


def births_by_month(session: Session, period: Period, villages: set[str] | None = None) -> list[MonthBirths]:
    """Every month of the period (months without births too); `villages` limits
    them to mothers of those villages (one township of a county database)."""
    where, extra = _in_villages("mother_uid", villages)
    rows = dict(((m, (male, female)) for m, male, female in session.execute(text(
        "SELECT substr(birth_date, 1, 7), sum(sex = 1), sum(sex = 2) FROM births "
        "WHERE deleted = 0 AND outcome = 1 AND birth_date BETWEEN :start AND :end" + where + " GROUP BY 1"),
        {"start": period.start.isoformat(), "end": period.end.isoformat(), **extra})))
    out = []
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        key = f"{year:04d}-{month:02d}"
        male, female = rows.get(key, (0, 0))
        out.append(MonthBirths(key, male or 0, female or 0))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True)
class Band:
    label: str          # 0–4, 5–9 … 85+
    male: int
    female: int


def pyramid(session: Session, on: date, villages: set[str] | None = None) -> list[Band]:
    """Persons on the household register (residence 1 and 2) alive on `on`, by completed age."""
    counts: dict[tuple[int, int], int] = {}
    where, extra = _in_villages("uid", villages)
    for band, sex, count in session.execute(text(
        "SELECT min((CAST(strftime('%Y', :on) AS INTEGER) - CAST(strftime('%Y', birth_date) AS INTEGER)"
        "  - (strftime('%m-%d', :on) < strftime('%m-%d', birth_date))) / :width, :top), sex, count(*) "
        "FROM persons WHERE deleted = 0 AND residence IN (1, 2) AND birth_date <= :on "
        "AND (death_date IS NULL OR death_date > :on)" + where + " GROUP BY 1, 2"),
            {"on": on.isoformat(), "width": BAND_YEARS, "top": TOP_BAND // BAND_YEARS, **extra}):
        counts[(band, sex)] = count
    bands = []
    for band in range(TOP_BAND // BAND_YEARS + 1):
        low = band * BAND_YEARS
        label = f"{low}+" if low >= TOP_BAND else f"{low}–{low + BAND_YEARS - 1}"
        bands.append(Band(label, counts.get((band, 1), 0), counts.get((band, 2), 0)))
    return bands


# What "worked" means for each rule: the records that satisfy it, dated in the period.
WORKED_SQL = {
    "R01": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 1 AND date BETWEEN :start AND :end",
    "R02": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 4 AND date BETWEEN :start AND :end",
    "R03": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 5 AND date BETWEEN :start AND :end",
    "R04": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 2 AND date BETWEEN :start AND :end",
    "R05": "SELECT count(*) FROM services WHERE deleted = 0 AND type IN (3, 9) AND date BETWEEN :start AND :end",
    "R06": "SELECT count(*) FROM contraception WHERE deleted = 0 AND method IN (3, 4) "
           "AND end_date BETWEEN :start AND :end",
    "R07": "SELECT count(*) FROM contraception WHERE deleted = 0 AND method = 3 AND end_reason IS NOT NULL "
           "AND end_date BETWEEN :start AND :end",
    "R08": "SELECT count(*) FROM pregnancies WHERE deleted = 0 AND outcome_date BETWEEN :start AND :end",
    "R09": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 7 AND date BETWEEN :start AND :end",
    "R10": "SELECT count(*) FROM services WHERE deleted = 0 AND type = 10 AND date BETWEEN :start AND :end",
    "R11": "SELECT count(*) FROM benefits WHERE deleted = 0 AND program = 1 "
           "AND confirmed_date BETWEEN :start AND :end",
    "R12": "SELECT count(*) FROM benefits WHERE deleted = 0 AND program = 5 "
           "AND confirmed_date BETWEEN :start AND :end",
}


# the column naming the person in each rule's table
WORKED_PERSON = {"contraception": "woman_uid", "pregnancies": "woman_uid"}


def reminders_worked(session: Session, period: Period, villages: set[str] | None = None) -> dict[str, int]:
    """Per rule, the satisfying records dated in the period (declined services count: they were offered)."""
    bounds = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    out = {}
    for rule, sql in WORKED_SQL.items():
        table = sql.split(" FROM ", 1)[1].split()[0]
        where, extra = _in_villages(WORKED_PERSON.get(table, "person_uid"), villages)
        out[rule] = session.execute(text(sql + where), {**bounds, **extra}).scalar() or 0
    return out
