"""What the event dialogs of a person's record share, on top of the record-form
framework (widgets/forms.py): labels for fields `checks.FIELD_LABELS` does not
name, fields that are required only in one dialog, masked ID numbers for a
read-only user, and enabling/clearing fields that only mean something for
some choices (the health-check items, the device of an IUD or implant)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from fpdesk.db.engine import Database
from fpdesk.domain import checks, idcard
from fpdesk.services import records
from fpdesk.services.context import Actor
from fpdesk.services.context import today as system_today
from fpdesk.ui.widgets.fields import FieldInputError
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog, label_for

FIELD_WIDTH = 240
DIALOG_WIDTH = 480


def extra_labels() -> dict[str, str]:
    """Labels for fields that checks.FIELD_LABELS does not name (or names for
    another table)."""
    return {
        "spouse_name": QCoreApplication.translate("dialogs", "Spouse's name"),
        "certificate_no": QCoreApplication.translate("dialogs", "Birth certificate no."),
        "device_type": QCoreApplication.translate("dialogs", "Device model"),
        "provider": QCoreApplication.translate("dialogs", "Provided by"),
        "informed_choice": QCoreApplication.translate("dialogs", "Informed-choice form signed"),
        "result": QCoreApplication.translate("dialogs", "Result / notes"),
        "declined": QCoreApplication.translate("dialogs", "Declined by the person (the service was offered)"),
        "place_code": QCoreApplication.translate("dialogs", "Place code"),
        "reason": QCoreApplication.translate("dialogs", "Reason"),
        "contact": QCoreApplication.translate("dialogs", "Contact"),
        "child_uid": QCoreApplication.translate("dialogs", "Child"),
    }


class EventDialog(RecordDialog):
    """A RecordDialog for one record of a person (or the person herself)."""

    # fields this dialog refuses to save empty although the record checks allow it
    required_extra: tuple[str, ...] = ()
    # required by the record checks, but shown with a blank first choice so
    # nothing is preselected (a 性别 of 男 nobody chose): the label gets the ＊
    starred: tuple[str, ...] = ()

    def __init__(self, db: Database, actor: Actor, table: str, specs: list[FieldSpec], *,
                 title: str, uid: str | None = None, fixed: dict | None = None,
                 initial: dict | None = None, today: date | None = None, parent=None):
        self.today = today or system_today()
        super().__init__(db, actor, table, specs, title=title, uid=uid, fixed=fixed,
                         initial=initial, parent=parent)
        self.setMinimumWidth(DIALOG_WIDTH)
        labels = extra_labels()
        for name in self.form.specs:
            if name in labels:  # the wording of these dialogs
                self.relabel(name, labels[name])
            if name in self.starred:
                self.form.star(name)
            if self.form.specs[name].kind == "id" and not actor.may_see_ids:
                widget = self.form.fields[name]
                if widget.text():
                    widget.setText(idcard.mask(widget.text()))
        self.form.even_fields(FIELD_WIDTH)

    # -- the form --------------------------------------------------------------
    def relabel(self, name: str, text: str) -> None:
        self.form.relabel(name, text, star=name in self.starred)

    def value_of(self, name: str):
        """The field's value, or None while its text cannot be read."""
        try:
            return self.form.fields[name].value()
        except FieldInputError:
            return None

    def set_enabled(self, names: tuple[str, ...], enabled: bool) -> None:
        """Fields that mean nothing for the current choice are cleared and greyed."""
        for name in names:
            widget = self.form.fields[name]
            if not enabled:
                widget.blockSignals(True)
                widget.set_value(False if self.form.specs[name].kind == "bool" else None)
                widget.blockSignals(False)
            widget.setEnabled(enabled and self.actor.may_edit)
            label = self.form.labels.get(name)
            if label is not None:
                label.setEnabled(enabled)

    # -- checks ----------------------------------------------------------------
    def extra_findings(self, record: dict) -> list:
        """This dialog's own rules on top of the record checks (errors only)."""
        return checks.require(record, self.required_extra)

    def validate(self, record: dict) -> list:
        # the same day the save uses (the view's clock), not the machine's
        with self.db.read_session() as session:
            found = records.validate(session, self.table, record, self.today)
        return found + self.extra_findings(record)

    # -- saving ----------------------------------------------------------------
    def write(self, session, record: dict, accept_warnings: bool) -> str:
        errors = self.extra_findings(record)
        if errors:
            raise records.RecordRejected(self.table, errors)
        return self.write_records(session, record, accept_warnings)

    def write_records(self, session, record: dict, accept_warnings: bool) -> str:
        """Save the record (override to save several in the same transaction)."""
        return RecordDialog.write(self, session, record, accept_warnings)



def add_note(dialog: RecordDialog, text: str) -> QLabel:
    """A muted line of explanation above the buttons."""
    note = QLabel(text)
    note.setObjectName("note")
    note.setProperty("kind", "muted")
    note.setWordWrap(True)
    layout = dialog.layout()
    layout.insertWidget(layout.indexOf(dialog.buttons), note)
    return note


def field_name(name: str) -> str:
    return extra_labels().get(name) or label_for(name)
