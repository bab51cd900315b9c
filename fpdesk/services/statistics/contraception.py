"""T3 已婚育龄妇女避孕节育 (at period end, 常住) and T4 避孕节育服务 (in the
period), docs/report-rules.md §T3, §T4."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from fpdesk.domain.codes import LONG_ACTING, PRESENT
from fpdesk.domain.reminders import Birth, r03_target
from fpdesk.services.statistics.common import Context, Parts, new_parts, percent
from fpdesk.services.statistics.standing import married_women, women

METHODS = range(1, 10)

OPEN_EPISODES_SQL = """
SELECT woman_uid, method, start_date, uid FROM contraception
WHERE deleted = 0 AND start_date <= :end AND (end_date IS NULL OR end_date > :end)
"""


def t3_parts(ctx: Context) -> Parts:
    method_of: dict[str, tuple] = {}
    for woman, method, start, uid in ctx.rows(OPEN_EPISODES_SQL, end=ctx.end):
        key = (start, uid)                     # two open episodes: the latest started one
        if woman not in method_of or key > method_of[woman][0]:
            method_of[woman] = (key, method)
    parts: Parts = new_parts()
    for w in married_women(ctx):
        if not (w.married_on(ctx.end) and w.childbearing_on(ctx.end) and w.residence_on(ctx.end) in PRESENT):
            continue
        row = parts[w.village]
        row["married_women"] += 1
        method = method_of.get(w.uid, (None, None))[1]
        if method in METHODS:
            row[f"m{method}"] += 1
            row["any_method"] += 1
            row["long_acting"] += method in LONG_ACTING
    return parts


def t3_finish(row: Counter) -> dict:
    out = {"married_women": row["married_women"]}
    out.update({f"m{m}": row[f"m{m}"] for m in METHODS})
    out.update(any_method=row["any_method"], long_acting=row["long_acting"],
               prevalence=percent(row["any_method"], row["married_women"]))
    return out


# -- T4 -----------------------------------------------------------------------------
SURGERY_SQL = """
SELECT h.village_code, c.method, c.start_date BETWEEN :start AND :end, c.end_date BETWEEN :start AND :end
FROM contraception c JOIN persons p ON p.uid = c.woman_uid AND p.deleted = 0
JOIN households h ON h.uid = p.household_uid
WHERE c.deleted = 0 AND c.method IN (1, 2, 3, 4)
  AND (c.start_date BETWEEN :start AND :end OR c.end_date BETWEEN :start AND :end)
"""
STARTED = {3: "iud_in", 1: "female_ster", 2: "male_ster", 4: "implant_in"}
ENDED = {3: "iud_out", 4: "implant_out"}


# every episode started in the period (any method, 0 included) and whether her
# informed-choice form was signed
INFORMED_SQL = """
SELECT h.village_code, count(*), sum(c.informed_choice = 1)
FROM contraception c JOIN persons p ON p.uid = c.woman_uid AND p.deleted = 0
JOIN households h ON h.uid = p.household_uid
WHERE c.deleted = 0 AND c.start_date BETWEEN :start AND :end
GROUP BY h.village_code
"""


def t4_parts(ctx: Context) -> Parts:
    parts: Parts = new_parts()
    for village, started, signed in ctx.rows(INFORMED_SQL, start=ctx.start, end=ctx.end):
        parts[village]["_started"] += started
        parts[village]["_informed"] += signed or 0
    for village, method, started, ended in ctx.rows(SURGERY_SQL, start=ctx.start, end=ctx.end):
        row = parts[village]
        if started:
            row[STARTED[method]] += 1
        if ended and method in ENDED:
            row[ENDED[method]] += 1
    for village, done in postpartum(ctx):
        row = parts[village]
        row["postpartum_due"] += 1
        row["postpartum_done"] += done
    return parts


# Only births whose target can fall in the period (and the later ones that could
# supersede them) matter, and only choices up to the last target + grace.
BIRTHS_SQL = """
SELECT mother_uid, uid, birth_date, delivery FROM births
WHERE deleted = 0 AND birth_date BETWEEN :earliest AND :end
"""
CHOICES_SQL = """
SELECT woman_uid, start_date FROM contraception WHERE deleted = 0 AND start_date BETWEEN :earliest AND :until
UNION ALL
SELECT person_uid, date FROM services WHERE deleted = 0 AND type = 5 AND date BETWEEN :earliest AND :until
"""


def postpartum(ctx: Context) -> list[tuple[str, bool]]:
    """(village, done) per R03 target in the period: a birth that is the mother's latest
    on its target day (R03's choice among same-day births), she present on that day."""
    params = ctx.params
    grace = timedelta(days=params.r03_grace_days)
    longest = max(params.r03_offset_days, params.r03_caesarean_offset_days)
    window = {"earliest": (ctx.period.start - timedelta(days=longest)).isoformat(), "end": ctx.end,
              "until": (ctx.period.end + grace).isoformat()}
    by_mother: dict[str, list[Birth]] = {}
    for mother, uid, born, delivery in ctx.rows(BIRTHS_SQL, **window):
        by_mother.setdefault(mother, []).append(Birth(uid, date.fromisoformat(born), delivery))
    choices: dict[str, list[str]] = {}
    for woman, day in ctx.rows(CHOICES_SQL, **window):
        choices.setdefault(woman, []).append(day)
    standing = women(ctx, by_mother)
    out = []
    for mother, births in by_mother.items():
        woman = standing.get(mother)
        if woman is None:
            continue
        for birth in births:
            target = r03_target(birth, params)[0]
            day = target.isoformat()
            if not (ctx.start <= day <= ctx.end) or woman.residence_on(day) not in PRESENT:
                continue
            latest = max((b for b in births if b.birth_date <= target),
                         key=lambda b: (b.birth_date, b.delivery == 2, b.uid))
            if latest is not birth:
                continue
            since, until = birth.birth_date.isoformat(), (target + grace).isoformat()
            out.append((woman.village, any(since <= d <= until for d in choices.get(mother, ()))))
    return out


def t4_finish(row: Counter) -> dict:
    out = {key: row[key] for key in ("iud_in", "iud_out", "female_ster", "male_ster", "implant_in", "implant_out",
                                     "postpartum_due", "postpartum_done")}
    out["postpartum_rate"] = percent(row["postpartum_done"], row["postpartum_due"])
    out["informed_choice_rate"] = percent(row["_informed"], row["_started"])
    return out
