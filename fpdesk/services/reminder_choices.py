"""Closing a reminder item by the person's own choice (本人拒绝).

A reminder is an offer; "declined" is a normal outcome and closes the item
like an accepted one (DOMAIN.md §Reminders). `record_declined` writes the
record that satisfies the item's rule, marked as declined:

- R01–R10: a service of the rule's satisfying type with `declined` = true and
  result 本人拒绝 — R01 type 1, R02 type 4, R03 type 5, R04 type 2 and R05
  type 3 or 9 (both on the episode), R06/R07 type 5 counselling (on the
  episode: she chose to keep it), R08 type 11 孕期服务 (on the pregnancy),
  R09 type 7, R10 type 10.
- R11/R12 are satisfied by a benefit record, which has no `declined` field:
  a declined offer is recorded as the programme's benefit for the year with
  status 4 已停发, no months and no amount. T7 does not count it (its
  `persons` leaves status 4 out) and the benefits register shows it as 已停发.
  R11 takes the year of the 60th birthday, R12 the year of the day (the
  child's record, paid to the mother when she is known).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fpdesk.services import people, records
from fpdesk.services.context import Actor
from fpdesk.services.reminders import ReminderRow

DECLINED_TEXT = "本人拒绝"
BENEFIT_STOPPED = 4
# the service type whose record satisfies a rule (R05 depends on the method)
SERVICE_OF_RULE = {"R01": 1, "R02": 4, "R03": 5, "R04": 2, "R05": 3, "R06": 5, "R07": 5,
                   "R08": 11, "R09": 7, "R10": 10}
ON_EPISODE = ("R04", "R05", "R06", "R07")
BENEFIT_OF_RULE = {"R11": 1, "R12": 5}


def service_type(session: Session, item: ReminderRow) -> int | None:
    """The type of the service that satisfies the item (None for R11/R12)."""
    type_ = SERVICE_OF_RULE.get(item.rule)
    if item.rule == "R05" and item.record_uid:
        method = records.get(session, "contraception", item.record_uid)["method"]
        type_ = 9 if method == 4 else 3
    return type_


def declined_record(session: Session, item: ReminderRow, on: date) -> tuple[str, dict]:
    """(table, fields) of the record a declined offer writes for `item` on `on`."""
    if item.rule in BENEFIT_OF_RULE:
        fields = {"person_uid": item.person_uid, "program": BENEFIT_OF_RULE[item.rule],
                  "year": item.target_date.year, "status": BENEFIT_STOPPED}
        if item.rule == "R12":
            fields.update(person_uid=people.mother_of(session, item.person_uid) or item.person_uid,
                          child_uid=item.person_uid, year=on.year)
        return "benefits", fields
    fields = {"person_uid": item.person_uid, "type": service_type(session, item), "date": on,
              "declined": True, "result": DECLINED_TEXT}
    if item.rule in ON_EPISODE and item.record_uid:
        fields["contraception_uid"] = item.record_uid
    if item.rule == "R08" and item.record_uid:
        fields["pregnancy_uid"] = item.record_uid
    return "services", fields


def record_declined(session: Session, actor: Actor, item: ReminderRow, on: date) -> str:
    """Record that the person was offered the item's service on `on` and
    declined it; returns the new record's uid."""
    table, fields = declined_record(session, item, on)
    return records.create(session, actor, table, fields, accept_warnings=True, today=on).uid
