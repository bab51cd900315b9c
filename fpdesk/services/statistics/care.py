"""T5 健康检查与随访 (docs/report-rules.md §T5): the R01 population at period end
and its reproductive-health checks in the period (cervical and breast
screenings among them; a pregnancy test is never counted); the R04/R05 follow-up targets that fell
in the period and whether each was kept (`follow_up_targets` of the reminder
rules, with their lead and grace)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import count

from fpdesk.domain.codes import PRESENT
from fpdesk.domain.dates import add_months
from fpdesk.domain.reminders import Episode, Params, follow_up_targets
from fpdesk.services.statistics.common import Context, Parts, new_parts, percent
from fpdesk.services.statistics.standing import GONE, married_women, women

FOLLOW_UP_TYPE = {3: 2, 1: 3, 2: 3, 4: 9}       # method → the service type that is its follow-up
RULE_OF = {3: "R04", 1: "R05", 2: "R05", 4: "R05"}

# accepted, declined, and whether the cervical / breast screening was done (1 or 2); GROUP BY +person_uid:
# a newer SQLite (SQLCipher's 3.5x) would otherwise skip-scan the whole person index to skip the sort
CHECKS_SQL = """
SELECT person_uid, max(declined = 0), max(declined = 1),
       max(declined = 0 AND item_cervical IN (1, 2)), max(declined = 0 AND item_breast IN (1, 2))
FROM services
WHERE deleted = 0 AND type = 1 AND date BETWEEN :start AND :end
GROUP BY +person_uid
"""


def check_eligible(ctx: Context):
    """The R01 population at period end: married, present, 15–49, not checks_opt_out."""
    end = ctx.end
    return [w for w in married_women(ctx) if not w.checks_opt_out and w.married_on(end) and w.childbearing_on(end)
            and w.residence_on(end) in PRESENT]


def t5_parts(ctx: Context) -> Parts:
    checks = {uid: flags for uid, *flags in ctx.rows(CHECKS_SQL, start=ctx.start, end=ctx.end)}
    parts: Parts = new_parts()
    for woman in check_eligible(ctx):
        accepted, declined, cervical, breast = checks.get(woman.uid, (0, 0, 0, 0))
        row = parts[woman.village]
        row["check_eligible"] += 1
        row["checked"] += bool(accepted)
        row["declined"] += bool(declined) and not accepted
        row["cervical_screened"] += bool(cervical)
        row["breast_screened"] += bool(breast)
    for village, done in follow_ups(ctx):
        row = parts[village]
        row["followups_due"] += 1
        row["followups_done"] += done
    return parts


def t5_finish(row: Counter) -> dict:
    return {"check_eligible": row["check_eligible"], "checked": row["checked"],
            "check_rate": percent(row["checked"], row["check_eligible"]), "declined": row["declined"],
            "cervical_screened": row["cervical_screened"], "breast_screened": row["breast_screened"],
            "followups_due": row["followups_due"], "followups_done": row["followups_done"],
            "followup_rate": percent(row["followups_done"], row["followups_due"])}


# -- follow-ups --------------------------------------------------------------------------
EPISODES_SQL = """
SELECT woman_uid, method, start_date, end_date FROM contraception
WHERE deleted = 0 AND method IN (1, 2, 3, 4)
  AND start_date <= :end AND (end_date IS NULL OR end_date > :start)
  AND (method = 3 OR start_date >= :recent)
"""
VISITS_SQL = """
SELECT person_uid, type, date FROM services
WHERE deleted = 0 AND type IN (2, 3, 9) AND date BETWEEN :lo AND :hi
"""


def follow_ups(ctx: Context) -> list[tuple[str, bool]]:
    """(village, kept) for every follow-up target dated in the period of an
    episode open on that day, of a woman not moved out or dead then.

    Kept: a service of the follow-up type dated from target − lead to target +
    grace (and before the next target's window opens)."""
    params = ctx.params
    start, end = ctx.period.start, ctx.period.end
    longest = max(params.r05_months)
    recent = add_months(start, -longest - 1).isoformat()
    leads = [params.lead(r) for r in ("R04", "R05")]
    graces = [params.grace(r) for r in ("R04", "R05")]
    lo = (start - timedelta(days=max(leads))).isoformat()
    hi = (end + timedelta(days=max(graces))).isoformat()
    visits: dict[tuple[str, int], list[str]] = {}
    for person, kind, day in ctx.rows(VISITS_SQL, lo=lo, hi=hi):
        visits.setdefault((person, kind), []).append(day)
    for days in visits.values():
        days.sort()
    episodes = ctx.rows(EPISODES_SQL, start=ctx.start, end=ctx.end, recent=recent)
    standing = women(ctx, (row[0] for row in episodes))
    out = []
    for uid, method, began, ended in episodes:
        woman = standing.get(uid)
        if woman is None:
            continue
        rule = RULE_OF[method]
        lead, grace = timedelta(days=params.lead(rule)), timedelta(days=params.grace(rule))
        days = visits.get((uid, FOLLOW_UP_TYPE[method]), [])
        for target, following in targets_between(method, date.fromisoformat(began), params, start, end):
            day = target.isoformat()
            if (ended is not None and ended <= day) or woman.residence_on(day) in GONE:
                continue
            first = (target - lead).isoformat()
            last = (target + grace).isoformat()
            if following is not None:
                last = min(last, (following - lead - timedelta(days=1)).isoformat())
            i = bisect_left(days, first)
            out.append((woman.village, i < len(days) and days[i] <= last))
    return out


def targets_between(method: int, start: date, params: Params, first: date,
                    last: date) -> Iterator[tuple[date, date | None]]:
    """(target, next target or None) for the reminder rules' targets of an episode
    (`follow_up_targets`) dated from `first` to `last`. An old IUD's yearly targets
    before `first` are skipped by arithmetic rather than walked one by one."""
    targets = follow_up_targets(Episode("", method, start), params)
    months = params.r04_months
    elapsed = (first.year - start.year) * 12 + first.month - start.month - 1   # targets before are early
    if method == 3 and elapsed > months[-1] + params.r04_repeat_months:
        skip = (elapsed - months[-1]) // params.r04_repeat_months - 1
        m = months[-1] + skip * params.r04_repeat_months
        targets = (add_months(start, m + k * params.r04_repeat_months) for k in count())
    current = next(targets, None)
    while current is not None and current <= last:
        following = next(targets, None)
        if current >= first:
            yield current, following
        current = following
