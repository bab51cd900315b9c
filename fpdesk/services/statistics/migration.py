"""T6 流动人口 (docs/report-rules.md §T6): women 15–49 away (流出) or living here
from elsewhere (流入) at period end, and how many the office was in touch
with during the period."""

from __future__ import annotations

from collections import Counter

from fpdesk.domain.dates import birth_window
from fpdesk.services.statistics.common import Context, Parts, new_parts, percent

MIGRANT_WOMEN_SQL = """
SELECT h.village_code, p.residence,
  EXISTS (SELECT 1 FROM services s WHERE s.person_uid = p.uid AND s.deleted = 0
            AND s.date BETWEEN :start AND :until)
  OR EXISTS (SELECT 1 FROM migrations m WHERE m.person_uid = p.uid AND m.deleted = 0
            AND (m.date BETWEEN :start AND :until OR m.verified_date BETWEEN :start AND :until))
FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND p.sex = 2 AND p.birth_date BETWEEN :oldest AND :youngest
  AND (p.death_date IS NULL OR p.death_date > :end)
  AND ((p.residence = 2 AND (p.left_date IS NULL OR p.left_date <= :end))
       OR (p.residence = 3 AND (p.arrived_date IS NULL OR p.arrived_date <= :end)))
"""


def t6_parts(ctx: Context) -> Parts:
    oldest, youngest = birth_window(ctx.period.end, 15, 49)
    parts: Parts = new_parts()
    for village, residence, contacted in ctx.rows(MIGRANT_WOMEN_SQL, start=ctx.start, end=ctx.end,
                                                  until=ctx.end, oldest=oldest.isoformat(),
                                                  youngest=youngest.isoformat()):
        row = parts[village]
        row["outflow_women" if residence == 2 else "inflow_women"] += 1
        row["contacted"] += bool(contacted)
    return parts


def t6_finish(row: Counter) -> dict:
    return {"outflow_women": row["outflow_women"], "inflow_women": row["inflow_women"],
            "contacted": row["contacted"],
            "contact_rate": percent(row["contacted"], row["outflow_women"] + row["inflow_women"])}
