"""What a reminder item's actions write: the pre-filled dialog of the record
that satisfies it (办理), and her declined offer (本人拒绝, every rule: see
`services.reminder_choices`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import people, reminder_choices
from fpdesk.services.context import Actor
from fpdesk.services.reminders import ReminderRow
from fpdesk.ui.dialogs.service import ServiceDialog
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog

# rules whose 办理 is a service (R06–R08 open the episode's end or the
# pregnancy's outcome; their counselling / care service closes them too)
SERVICE_RULES = ("R01", "R02", "R03", "R04", "R05", "R09", "R10")

EPISODE_END_SPECS = [FieldSpec("end_date", "date", required=True),
                     FieldSpec("end_reason", "code", codes.END_REASON, required=True)]
PREGNANCY_SPECS = [FieldSpec("outcome", "code", codes.PREGNANCY_OUTCOME, required=True),
                   FieldSpec("outcome_date", "date", required=True)]
BENEFIT_SPECS = [FieldSpec("program", "code", codes.BENEFIT_PROGRAM, required=True),
                 FieldSpec("year", "int", required=True), FieldSpec("months", "int"),
                 FieldSpec("amount", "money"), FieldSpec("status", "code", codes.BENEFIT_STATUS),
                 FieldSpec("confirmed_date", "date")]


def service_type(db: Database, item: ReminderRow) -> int | None:
    with db.read_session() as session:
        return reminder_choices.service_type(session, item)


def can_decline(item: ReminderRow) -> bool:
    return item.rule in reminder_choices.SERVICE_OF_RULE or item.rule in reminder_choices.BENEFIT_OF_RULE


def record_declined(db: Database, actor: Actor, item: ReminderRow, on: date) -> str:
    """Her declined offer, recorded on `on`: a normal outcome that closes the item."""
    with db.session() as session:
        return reminder_choices.record_declined(session, actor, item, on)


def completion_dialog(db: Database, actor: Actor, item: ReminderRow, on: date,
                      parent: QWidget | None = None) -> RecordDialog:
    """The dialog whose save satisfies the item, with what the item knows filled in."""
    title = QCoreApplication.translate("reminders", "Complete: %1").replace("%1", item.name)
    if item.rule in SERVICE_RULES:
        # the person's own service dialog: the health-check items as everywhere (查孕 never pre-filled)
        dialog = ServiceDialog(db, actor, item.person_uid, service_type=service_type(db, item), today=on,
                               parent=parent)
        dialog.setWindowTitle(title)
        if item.rule in ("R04", "R05"):
            dialog.fixed["contraception_uid"] = item.record_uid
        return dialog
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
