"""Reminder rules R01–R12 (DOMAIN.md §Reminders, FORMATS.md §2).

`model` holds the value types and parameters, `rules` the rules and their
documented interpretation.
"""

from fpdesk.domain.reminders.model import (
    DUE,
    OVERDUE,
    RULE_NAMES,
    RULES_VERSION,
    RULE_NAMES_EN,
    BenefitRec,
    Birth,
    Episode,
    Item,
    MigrationRec,
    Params,
    Pregnancy,
    Records,
    ReminderPerson,
    ServiceRec,
)
from fpdesk.domain.reminders.rules import (
    RULES,
    Rule,
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
    status_on,
)

__all__ = [
    "DUE", "OVERDUE", "RULE_NAMES", "RULES", "RULES_VERSION", "RULE_NAMES_EN", "Rule",
    "ReminderPerson", "Birth", "Pregnancy", "Episode", "ServiceRec", "MigrationRec",
    "BenefitRec", "Records", "Params", "Item",
    "evaluate", "follow_up_targets", "r03_target", "status_on",
    "r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08", "r09", "r10", "r11", "r12",
]
