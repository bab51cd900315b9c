"""T2 出生: the births T1 counts, by sex, order and place, and how promptly
they were reported (docs/report-rules.md §T2)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from fpdesk.services.statistics.common import Context, Parts, new_parts, percent, rate
from fpdesk.services.statistics.population import birth_village, counted_births, population

ON_TIME_DAYS = 3
HOSPITAL = 1


def t2_parts(ctx: Context) -> Parts:
    parts: Parts = new_parts()
    for village, birth in counted_births(ctx):
        row = parts[village]
        row["births"] += 1
        row["male"] += birth.sex == 1
        row["female"] += birth.sex == 2
        order = birth.order or 0        # an order left empty is in no order column
        row["order1"] += order == 1
        row["order2"] += order == 2
        row["order3plus"] += order >= 3
        row["_hospital"] += birth.place == HOSPITAL
        row["_on_time"] += _on_time(birth.birth_date, birth.reported_date)
    pop = population(ctx)
    for birth in pop.births:          # births of earlier periods reported in this one
        if birth.birth_date < ctx.start and ctx.start <= (birth.reported_date or "") <= ctx.end:
            village = birth_village(birth, pop)
            if village is not None:
                parts[village]["late_reported"] += 1
    return parts


def _on_time(born: str, reported: str | None) -> bool:
    if reported is None:
        return False
    return (date.fromisoformat(reported) - date.fromisoformat(born)).days <= ON_TIME_DAYS


def t2_finish(row: Counter) -> dict:
    return {"births": row["births"], "male": row["male"], "female": row["female"],
            "order1": row["order1"], "order2": row["order2"], "order3plus": row["order3plus"],
            "sex_ratio": rate(row["male"], row["female"], 100, 2),
            "hospital_rate": percent(row["_hospital"], row["births"]),
            "on_time_rate": percent(row["_on_time"], row["births"]),
            "late_reported": row["late_reported"]}
