"""Cheap necessary conditions per rule, so the township list only runs a rule
for people it could possibly list. Each predicate must be true whenever the
rule can return an item; a test checks the list is the same with and without.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from fpdesk.domain.reminders.model import Records, ReminderPerson

MARRIED = frozenset({20, 21, 22, 23})
FOLLOW_UP_TYPES = frozenset({7})

Predicate = Callable[[ReminderPerson, Records, date], bool]


def _woman(p: ReminderPerson) -> bool:
    return p.sex == 2


PREFILTER: dict[str, Predicate] = {
    "R01": lambda p, r, on: _woman(p) and p.marital_status in MARRIED and not p.checks_opt_out
    and p.residence in (1, 3),
    "R02": lambda p, r, on: bool(r.births) and p.residence in (1, 3),
    "R03": lambda p, r, on: bool(r.births) and p.residence in (1, 3),
    "R04": lambda p, r, on: any(e.method == 3 for e in r.episodes),
    "R05": lambda p, r, on: any(e.method in (1, 2, 4) for e in r.episodes),
    "R06": lambda p, r, on: any(e.method in (3, 4) and e.lifespan_years for e in r.episodes),
    "R07": lambda p, r, on: any(e.method == 3 for e in r.episodes),
    "R08": lambda p, r, on: bool(r.pregnancies),
    "R09": lambda p, r, on: any(s.type == 7 for s in r.services),
    "R10": lambda p, r, on: _woman(p) and p.residence in (2, 3),
    "R11": lambda p, r, on: p.household_one_child_cert or p.household_two_daughters,
    "R12": lambda p, r, on: p.birth_date is not None and p.birth_date > on - timedelta(days=3 * 366 + 1)
    and p.residence in (1, 2),
}


def candidate_rules(person: ReminderPerson, records: Records, on: date, rules: list[str]) -> list[str]:
    return [rule for rule in rules if PREFILTER[rule](person, records, on)]
