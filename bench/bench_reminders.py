"""Benchmarks of the reminder lists (issue 4)."""

from __future__ import annotations

import shutil
from datetime import timedelta

from harness import BENCH_DATE, Context, bench, median_of, timed


def _copy(ctx: Context):
    """A copy of the demo, so the saves below leave the shared file alone."""

    path = ctx.workdir / "reminders.db"
    shutil.copy(ctx.demo_path, path)
    return ctx.open(path)


def _list_on_a_copy(ctx: Context, days_away: list[int]) -> float:
    """Median seconds of the whole list for BENCH_DATE + each of `days_away`,
    each request starting from the list the one before stored."""
    from fpdesk.services.reminder_cache import reminder_list

    db = _copy(ctx)
    try:
        days = iter(days_away)
        return median_of(lambda: reminder_list(db, BENCH_DATE + timedelta(days=next(days))), len(days_away))
    finally:
        db.close()


@bench("reminders: township, next day", 0.3,
       "every rule, whole township, the first list of a new day (median of 5 days)")
def next_day_bench(ctx: Context) -> float:
    return _list_on_a_copy(ctx, [1, 2, 3, 4, 5])


@bench("reminders: township, 12 days on", 0.6,
       "every rule, whole township, 12 days before the stored list (more people change going back)")
def days_later_bench(ctx: Context) -> float:
    return _list_on_a_copy(ctx, [-12])


@bench("reminders: full rebuild", 10.0,
       "every rule for everyone from the records (new year or new parameters; off the GUI thread)")
def rebuild_bench(ctx: Context) -> float:
    from fpdesk.services.reminder_cache import refresh

    db = _copy(ctx)
    try:
        with db.session() as session:
            session.connection().exec_driver_sql("DELETE FROM reminder_cache_state")
        return timed(lambda: refresh(db, BENCH_DATE))
    finally:
        db.close()


@bench("reminders: township, after a save", 0.3,
       "the whole list after a clerk saved a service (median of 5)")
def township_list_bench(ctx: Context) -> float:
    from fpdesk.services import records
    from fpdesk.services.context import Actor
    from fpdesk.services.reminder_cache import reminder_list

    db = _copy(ctx)
    clerk = Actor("bench", "clerk")
    try:
        open_items = [r for r in reminder_list(db, BENCH_DATE) if r.rule == "R01"]

        def save_then_list():
            item = open_items.pop()
            with db.session() as session:
                records.create(session, clerk, "services",
                               {"person_uid": item.person_uid, "type": 1, "date": BENCH_DATE, "declined": False},
                               accept_warnings=True, today=BENCH_DATE)
            return timed(lambda: reminder_list(db, BENCH_DATE))
        times = sorted(save_then_list() for _ in range(5))
        return times[2]
    finally:
        db.close()


@bench("reminders: one rule, one village", 0.05, "R04 in the first village (median of 5)")
def village_rule_bench(ctx: Context) -> float:
    from fpdesk.services import people
    from fpdesk.services.reminder_cache import reminder_list

    db = _copy(ctx)
    try:
        reminder_list(db, BENCH_DATE)
        with db.read_session() as session:
            village = people.villages(session)[0].code
        return median_of(lambda: reminder_list(db, BENCH_DATE, ["R04"], village))
    finally:
        db.close()
