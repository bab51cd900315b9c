"""Where a person stood on a day, rebuilt from the person's current fields and
dates (docs/report-rules.md §"Standing on a day"). T3, T4, T5 and T6 use it.

Persons carry their current state. On an earlier day E:
* not born yet (birth_date > E): not counted;
* dead on E: death_date ≤ E, or residence 9 with no death_date;
* moved out on E: residence 8 with left_date ≤ E or no left_date;
* residence 8 or 9 whose left/death date is after E: still at home (1) on E;
* residence 2 whose left_date is after E: at home (1) on E;
* residence 3 whose arrived_date is after E: not here yet;
* else the current residence.
Married on E = marital status 20–23 now and first_marriage_date empty or ≤ E.
A person counts in the village of her current household.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fpdesk.domain.codes import MARRIED
from fpdesk.domain.dates import age_on, birth_window
from fpdesk.services.statistics.common import Context

GONE = (8, 9)
CHILDBEARING = (15, 49)

WOMAN_COLUMNS = """p.uid, p.birth_date, p.residence, p.death_date, p.left_date, p.arrived_date,
       p.marital_status, p.first_marriage_date, p.checks_opt_out, h.village_code"""
# Candidates for T3 and T5: married now and aged 15–49 at period end.
MARRIED_WOMEN_SQL = f"""
SELECT {WOMAN_COLUMNS} FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND p.sex = 2 AND p.birth_date BETWEEN :oldest AND :youngest
  AND p.marital_status IN {tuple(sorted(MARRIED))}
"""
WOMEN_SQL = f"""
SELECT {WOMAN_COLUMNS} FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND p.uid IN (SELECT value FROM json_each(:uids))
"""


@dataclass(slots=True)
class Woman:
    uid: str
    birth_date: str
    residence: int
    death_date: str | None
    left_date: str | None
    arrived_date: str | None
    marital_status: int | None
    first_marriage_date: str | None
    checks_opt_out: bool
    village: str

    def residence_on(self, day: str) -> int | None:
        """Her residence code on `day` (ISO), None when not born or not arrived yet."""
        return residence_on(self.residence, self.birth_date, self.death_date, self.left_date,
                            self.arrived_date, day)

    def age_on(self, day: str) -> int:
        return age_on(date.fromisoformat(self.birth_date), date.fromisoformat(day))

    def childbearing_on(self, day: str) -> bool:
        """Aged 15–49 on `day` (completed years, as `dates.age_on`)."""
        oldest, youngest = childbearing_births(day)
        return oldest <= self.birth_date <= youngest

    def married_on(self, day: str) -> bool:
        return (self.marital_status in MARRIED
                and (self.first_marriage_date is None or self.first_marriage_date <= day))


@lru_cache(maxsize=64)
def childbearing_births(day: str) -> tuple[str, str]:
    """The ISO birth-date range of women aged 15–49 on `day`."""
    oldest, youngest = birth_window(date.fromisoformat(day), *CHILDBEARING)
    return oldest.isoformat(), youngest.isoformat()


def residence_on(residence: int, born: str, died: str | None, left: str | None, arrived: str | None,
                 day: str) -> int | None:
    if born > day:
        return None
    if (died is not None and died <= day) or (residence == 9 and died is None):
        return 9
    if residence == 8 and (left is None or left <= day):
        return 8
    if residence in GONE:
        return 1
    if residence == 2 and left is not None and left > day:
        return 1
    if residence == 3 and arrived is not None and arrived > day:
        return None
    return residence


def married_women(ctx: Context) -> list[Woman]:
    """Women married (status 20–23) now and aged 15–49 at period end; shared by T3 and T5."""
    def build(c: Context) -> list[Woman]:
        oldest, youngest = childbearing_births(c.end)
        return [_woman(row) for row in c.rows(MARRIED_WOMEN_SQL, oldest=oldest, youngest=youngest)]
    return ctx.shared("married_women", build)


def women(ctx: Context, uids: Iterable[str]) -> dict[str, Woman]:
    """The (not deleted) persons among `uids`, by uid."""
    rows = ctx.rows(WOMEN_SQL, uids=json.dumps(sorted(set(uids))))
    return {row[0]: _woman(row) for row in rows}


def _woman(row: tuple) -> Woman:
    return Woman(*row[:8], bool(row[8]), row[9])
