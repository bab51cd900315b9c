"""What a reminder item's actions write: the pre-filled dialog of the record
that satisfies it (办理), and a declined service (本人拒绝) where the
satisfying record is a service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import people, records
from fpdesk.services.context import Actor
from fpdesk.services.reminders import ReminderRow
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog

# the service type whose record satisfies a rule (R05 depends on the method)
SERVICE_OF_RULE = {"R01": 1, "R02": 4, "R03": 5, "R04": 2, "R05": 3, "R09": 7, "R10": 10}

SERVICE_SPECS = [
    FieldSpec("type", "code", codes.SERVICE_TYPE, required=True), FieldSpec("date", "date", required=True),
    FieldSpec("item_ring", "code", codes.RING_RESULT), FieldSpec("item_pregnancy", "code", codes.PREGNANCY_RESULT),
    FieldSpec("item_disease", "code", codes.DISEASE_RESULT), FieldSpec("result"), FieldSpec("provider"),
    FieldSpec("declined", "bool"), FieldSpec("next_date", "date"),
]
EPISODE_END_SPECS = [FieldSpec("end_date", "date", required=True),
                     FieldSpec("end_reason", "code", codes.END_REASON, required=True)]
PREGNANCY_SPECS = [FieldSpec("outcome", "code", codes.PREGNANCY_OUTCOME, required=True),
                   FieldSpec("outcome_date", "date", required=True)]
BENEFIT_SPECS = [FieldSpec("program", "code", codes.BENEFIT_PROGRAM, required=True),
                 FieldSpec("year", "int", required=True), FieldSpec("months", "int"),
                 FieldSpec("amount", "money"), FieldSpec("status", "code", codes.BENEFIT_STATUS),
                 FieldSpec("confirmed_date", "date")]


def service_type(db: Database, item: ReminderRow) -> int | None:
    type_ = SERVICE_OF_RULE.get(item.rule)
    if item.rule == "R05" and item.record_uid:
        with db.read_session() as session:
            method = records.get(session, "contraception", item.record_uid)["method"]
        type_ = 9 if method == 4 else 3
    return type_


def can_decline(item: ReminderRow) -> bool:
    return item.rule in SERVICE_OF_RULE


def record_declined(db: Database, actor: Actor, item: ReminderRow, on: date) -> str:
    """A service offered today and declined by the person: a normal outcome."""
    fields = {"person_uid": item.person_uid, "type": service_type(db, item), "date": on,
              "declined": True, "result": "本人拒绝"}
    if item.rule in ("R04", "R05"):
        fields["contraception_uid"] = item.record_uid
    with db.session() as session:
        return records.create(session, actor, "services", fields, accept_warnings=True, today=on).uid


def completion_dialog(db: Database, actor: Actor, item: ReminderRow, on: date,
                      parent: QWidget | None = None) -> RecordDialog:
    """The dialog whose save satisfies the item, with what the item knows filled in."""
    title = QCoreApplication.translate("reminders", "Complete: %1").replace("%1", item.name)
    if item.rule in SERVICE_OF_RULE:
        fixed = {"person_uid": item.person_uid}
        if item.rule in ("R04", "R05"):
            fixed["contraception_uid"] = item.record_uid
        return RecordDialog(db, actor, "services", SERVICE_SPECS, title=title, fixed=fixed,
                            initial={"type": service_type(db, item), "date": on}, parent=parent)
    if item.rule in ("R06", "R07"):
        reason = 2 if item.rule == "R06" else 3
        return RecordDialog(db, actor, "contraception", EPISODE_END_SPECS, title=title,
                            uid=item.record_uid, initial={"end_date": on, "end_reason": reason}, parent=parent)
    if item.rule == "R08":
        return RecordDialog(db, actor, "pregnancies", PREGNANCY_SPECS, title=title, uid=item.record_uid,
                            parent=parent)
    if item.rule == "R11":
        return RecordDialog(db, actor, "benefits", BENEFIT_SPECS, title=title,
                            fixed={"person_uid": item.person_uid},
                            initial={"program": 1, "year": item.target_date.year, "status": 1}, parent=parent)
    # R12: 育儿补贴 for the child, paid to the mother
    with db.read_session() as session:
        mother = people.mother_of(session, item.person_uid)
    return RecordDialog(db, actor, "benefits", BENEFIT_SPECS, title=title,
                        fixed={"person_uid": mother or item.person_uid, "child_uid": item.person_uid},
                        initial={"program": 5, "year": on.year, "status": 1}, parent=parent)
