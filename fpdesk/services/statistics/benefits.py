"""T7 奖励扶助与补贴 (docs/report-rules.md §T7): per program, in the benefit year
(the calendar year of the period's end), the recipients with a record, those
confirmed, those paid, and the amount paid."""

from __future__ import annotations

from collections import Counter

from fpdesk.domain.codes import BENEFIT_PROGRAM
from fpdesk.services.statistics.common import Context, Parts, new_parts

PROGRAMS = tuple(BENEFIT_PROGRAM.values())          # 1 2 3 4 5 9
MEASURES = ("persons", "confirmed", "paid", "amount")
MEASURE_HEADINGS = (("persons", "享受人数", "int"), ("confirmed", "已确认", "int"),
                    ("paid", "已发放", "int"), ("amount", "发放金额（元）", "money"))
STOPPED, CONFIRMED, PAID = 4, 2, 3

BENEFITS_SQL = f"""
SELECT h.village_code, b.program,
  count(DISTINCT CASE WHEN coalesce(b.status, 1) != {STOPPED} THEN b.person_uid END),
  count(DISTINCT CASE WHEN b.status IN ({CONFIRMED}, {PAID}) THEN b.person_uid END),
  count(DISTINCT CASE WHEN b.status = {PAID} THEN b.person_uid END),
  sum(CASE WHEN b.status = {PAID} THEN CAST(round(coalesce(b.amount, 0) * 100) AS INTEGER) ELSE 0 END)
FROM benefits b JOIN persons p ON p.uid = b.person_uid JOIN households h ON h.uid = p.household_uid
WHERE b.deleted = 0 AND p.deleted = 0 AND b.year = :year
GROUP BY h.village_code, b.program
"""


def column_id(program: int, measure: str) -> str:
    return f"p{program}_{measure}"


def benefit_year(ctx: Context) -> int:
    return ctx.period.end.year


def t7_parts(ctx: Context) -> Parts:
    parts: Parts = new_parts()
    for village, program, persons, confirmed, paid, cents in ctx.rows(BENEFITS_SQL, year=benefit_year(ctx)):
        if program not in PROGRAMS:
            continue
        row = parts[village]
        row[column_id(program, "persons")] += persons
        row[column_id(program, "confirmed")] += confirmed
        row[column_id(program, "paid")] += paid
        row[f"_cents{program}"] += cents or 0
    return parts


def t7_finish(row: Counter) -> dict:
    out = {}
    for program in PROGRAMS:
        for measure in MEASURES[:3]:
            out[column_id(program, measure)] = row[column_id(program, measure)]
        out[column_id(program, "amount")] = row[f"_cents{program}"] / 100
    return out
