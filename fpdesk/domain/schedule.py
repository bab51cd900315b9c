"""Reminder scheduling: the pure rules R01–R12 (DOMAIN.md §Reminders).

The implementation lives in `fpdesk.domain.reminders` (value types and
parameters in `reminders.model`; the rules, the shared FORMATS.md §2
semantics and every interpretation we chose in `reminders.rules`' docstring).
This module re-exports the public API:

    item = r01(person, records, params, on)          # Item | None
    items = evaluate(person, records, params, on, rules=["R01", "R04"])
    params = Params.from_settings({"R01.lead_days": 10, "check_interval_months": 6})
"""

from fpdesk.domain.reminders import (  # noqa: F401
    DUE,
    OVERDUE,
    RULE_NAMES,
    RULES,
    BenefitRec,
    Birth,
    Episode,
    Item,
    MigrationRec,
    Params,
    Pregnancy,
    Records,
    ReminderPerson,
    Rule,
    ServiceRec,
    evaluate,
    follow_up_targets,
    r01,
    r02,
    r03,
    r03_target,
    r04,
    r05,
    r06,
    r07,
    r08,
    r09,
    r10,
    r11,
    r12,
)
from fpdesk.domain.reminders import __all__  # noqa: F401
