"""Event dialogs whose new record also changes the person herself, in the same
transaction: a migration her residence, a marriage event her marital status.

A check box above the buttons says what will change. It starts ticked when
the person's status would change, and the clerk may untick it; a correction
of an older record never touches the person (the box is hidden).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from fpdesk.services import records
from fpdesk.ui.dialogs.base import EventDialog


class PersonUpdatingDialog(EventDialog):
    """Subclasses name `status_field` and give person_changes(), change_text()
    and idle_text(); they call add_person_update() at the end of __init__."""

    status_field = ""

    def add_person_update(self, person_uid: str, object_name: str, watched: tuple[str, ...]) -> None:
        with self.db.read_session() as session:
            self.person = records.get(session, "persons", person_uid)
        self.update_person = QCheckBox()
        self.update_person.setObjectName(object_name)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.general), self.update_person)
        self.update_person.setVisible(not self.uid)
        for name in watched:
            self.form.fields[name].edited.connect(self._describe)
        self._describe()

    def person_changes(self) -> dict:
        """The person's fields the event as typed would set ({} for none)."""
        raise NotImplementedError

    def change_text(self, changes: dict) -> str:
        raise NotImplementedError

    def idle_text(self) -> str:
        raise NotImplementedError

    def _describe(self) -> None:
        changes = self.person_changes()
        if not changes:
            self.update_person.setText(self.idle_text())
            self.update_person.setChecked(False)
            self.update_person.setEnabled(False)
            return
        self.update_person.setText(self.change_text(changes))
        self.update_person.setEnabled(self.actor.may_edit)
        field = self.status_field
        self.update_person.setChecked(changes[field] != self.person[field])

    def write_records(self, session, record: dict, accept_warnings: bool) -> str:
        uid = super().write_records(session, record, accept_warnings)
        if not self.uid and self.update_person.isChecked():
            changes = self.person_changes()
            if changes:
                records.update(session, self.actor, "persons", self.person["uid"], changes,
                               accept_warnings=accept_warnings, today=self.today)
        return uid
