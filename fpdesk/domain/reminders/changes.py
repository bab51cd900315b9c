"""The days on which a person's reminder items can change.

Between two such days a person's list is fixed: the same items with the same
target dates and details; only status and days overdue move with the date,
and those follow from the target date and the grace. The stored list of
`services.reminder_cache` uses this to carry each person's items from one day
to the next without running the rules again.

A change day is the first day of the new state. They are:
- every date on the person's own records and events: a record counts from
  its date on (`rules._known`);
- the birthdays that change what the rules see: 15 and 50 (childbearing age)
  and the R12 age limit;
- what the rules note while they run (`note`): the day a target's window
  opens, the next target's opening day, the end of an R09 series.
An item turning overdue never needs a change day: where a rule keeps the
most urgent of several open items, they share one grace, so the most urgent
is always the one with the earliest target.
The calendar year is a boundary too (R12 counts by year); the cache never
carries a list across New Year.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from fpdesk.domain.dates import birthday
from fpdesk.domain.reminders.model import Params, Records, ReminderPerson

_NOTED: ContextVar[set[date] | None] = ContextVar("reminder_change_days", default=None)


def note(*days: date) -> None:
    """Called by the rules: these days may change the result (no-op unless collecting)."""
    noted = _NOTED.get()
    if noted is not None:
        noted.update(days)


@contextmanager
def collecting() -> Iterator[set[date]]:
    """Collect what the rules `note` while this block runs (clear it per person)."""
    token = _NOTED.set(set())
    try:
        yield _NOTED.get()
    finally:
        _NOTED.reset(token)


def record_days(person: ReminderPerson, records: Records, params: Params) -> Iterator[date]:
    """The person's own dates and the birthdays the rules depend on."""
    yield from (d for d in (person.birth_date, person.first_marriage_date, person.arrived_date,
                            person.left_date, person.death_date, person.menopause_date) if d)
    if person.birth_date is not None:
        for age in (15, 50, params.r12_age_limit):
            yield birthday(person.birth_date, age)
    for b in records.births:
        yield b.birth_date
    for p in records.pregnancies:
        yield from (d for d in (p.found_date, p.outcome_date) if d)
    for e in records.episodes:
        yield from (d for d in (e.start_date, e.end_date) if d)
    for s in records.services:
        yield s.date
    for m in records.migrations:
        yield from (d for d in (m.date, m.verified_date) if d)
    for b in (*records.benefits, *records.child_benefits):
        if b.date:
            yield b.date


def valid_between(days: Iterable[date], on: date) -> tuple[date, date]:
    """(first, end): the result found on `on` holds for first ≤ D < end,
    bounded by the calendar year of `on`."""
    first, end = date(on.year, 1, 1), date(on.year + 1, 1, 1)
    for d in days:
        if d <= on:
            if d > first:
                first = d
        elif d < end:
            end = d
    return first, end
