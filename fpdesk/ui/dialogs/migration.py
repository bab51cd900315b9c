"""流动/迁移 and 死亡 for one person.

A new migration record can update the person's residence in the same
transaction; RESIDENCE_AFTER is the whole mapping. A death is a correction of
the person herself: residence 9 and the date of death.
"""

from __future__ import annotations

from datetime import date

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services.context import Actor
from fpdesk.ui import i18n
from fpdesk.ui.dialogs.base import EventDialog, add_note
from fpdesk.ui.dialogs.person_update import PersonUpdatingDialog
from fpdesk.ui.widgets.forms import FieldSpec

# direction → (the person's residence afterwards, her date field set to the migration date)
RESIDENCE_AFTER: dict[int, tuple[int, str | None]] = {
    1: (2, "left_date"),     # 流出 → 2 户籍外出/流出, 离开日期
    2: (3, "arrived_date"),  # 流入 → 3 流入, 流入日期
    3: (1, None),            # 返回 → 1 户籍在册 (the earlier 离开日期 stays as history)
    4: (8, "left_date"),     # 迁出 → 8 迁出, 离开日期
    5: (1, "arrived_date"),  # 迁入 → 1 户籍在册 (her hukou is now here), 流入日期
}
DIED = 9


def residence_change(direction: int | None, on: date | None) -> dict:
    """The person fields a migration of `direction` on `on` sets."""
    if direction not in RESIDENCE_AFTER:
        return {}
    residence, date_field = RESIDENCE_AFTER[direction]
    changes = {"residence": residence}
    if date_field and on:
        changes[date_field] = on
    return changes


class MigrationDialog(PersonUpdatingDialog):
    """A new migration of `person_uid` (uid None), or the correction of record `uid`."""

    starred = ("direction",)
    status_field = "residence"

    def __init__(self, db: Database, actor: Actor, person_uid: str, *, uid: str | None = None,
                 today: date | None = None, parent=None):
        specs = [FieldSpec("direction", "code", codes.MIGRATION_DIRECTION),
                 FieldSpec("date", "date", required=True),
                 FieldSpec("place", max_length=100), FieldSpec("place_code", max_length=12),
                 FieldSpec("reason", max_length=100), FieldSpec("contact", max_length=60),
                 FieldSpec("verified_date", "date")]
        title = self.tr("Correct migration record") if uid else self.tr("Migration")
        super().__init__(db, actor, "migrations", specs, title=title, uid=uid,
                         fixed={"person_uid": person_uid}, today=today, parent=parent)
        self.setObjectName("migration_dialog")
        self.relabel("date", self.tr("Date of the move"))
        self.relabel("place", self.tr("Where to / from"))
        self.relabel("contact", self.tr("Contact there"))
        self.add_person_update(person_uid, "update_residence", ("direction", "date"))

    def person_changes(self) -> dict:
        return residence_change(self.form.fields["direction"].value(), self.value_of("date"))

    def idle_text(self) -> str:
        return self.tr("Also update the person's residence")

    def change_text(self, changes: dict) -> str:
        residence = codes.RESIDENCE.label(changes["residence"], i18n.code_lang())
        return self.tr("Also set the person's residence to: %1").replace("%1", residence)


class DeathDialog(EventDialog):
    """死亡: the person's date of death; her residence becomes 9 死亡."""

    required_extra = ("death_date",)

    def __init__(self, db: Database, actor: Actor, person_uid: str, *, today: date | None = None,
                 parent=None):
        super().__init__(db, actor, "persons", [FieldSpec("death_date", "date", required=True)],
                         title=self.tr("Record a death"), uid=person_uid, today=today, parent=parent)
        self.setObjectName("death_dialog")
        self.fixed["residence"] = DIED  # after RecordDialog copied the stored fields
        add_note(self, self.tr("The residence becomes “deceased”. The person's records are kept; reminders stop."))
