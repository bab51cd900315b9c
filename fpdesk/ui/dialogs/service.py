"""服务记录: a service offered to one person.

For a health check (type 1) the three items 查环 / 查孕 / 查病 take their
result codes; for other types they are empty. 本人拒绝 (declined) is a normal
outcome: the service was offered and she (he) said no — the items are
cleared and greyed, the record is saved as any other.
"""

from __future__ import annotations

from datetime import date

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services.context import Actor
from fpdesk.ui.dialogs import lookups
from fpdesk.ui.dialogs.base import EventDialog
from fpdesk.ui.widgets.forms import FieldSpec

HEALTH_CHECK = 1
ITEMS = ("item_ring", "item_pregnancy", "item_disease")
# follow-up types and the methods of the episode they follow up
FOLLOWS_METHODS = {2: (3,), 3: (1, 2), 9: (4,)}
PREGNANCY_CARE = 11


def service_specs() -> list[FieldSpec]:
    return [FieldSpec("type", "code", codes.SERVICE_TYPE),
            FieldSpec("date", "date", required=True),
            FieldSpec("item_ring", "code", codes.RING_RESULT),
            FieldSpec("item_pregnancy", "code", codes.PREGNANCY_RESULT),
            FieldSpec("item_disease", "code", codes.DISEASE_RESULT),
            FieldSpec("declined", "bool"),
            FieldSpec("result", max_length=200),
            FieldSpec("provider", max_length=60),
            FieldSpec("next_date", "date")]


class ServiceDialog(EventDialog):
    """A new service for `person_uid` (uid None), or the correction of service `uid`."""

    starred = ("type",)

    def __init__(self, db: Database, actor: Actor, person_uid: str, *, uid: str | None = None,
                 service_type: int | None = None, today: date | None = None, parent=None):
        title = self.tr("Correct service record") if uid else self.tr("Service record")
        initial = None if uid else {"type": service_type, "date": today}
        super().__init__(db, actor, "services", service_specs(), title=title, uid=uid,
                         fixed={"person_uid": person_uid}, initial=initial, today=today, parent=parent)
        self.setObjectName("service_dialog")
        self.relabel("date", self.tr("Service date"))
        self.form.fields["declined"].setToolTip(
            self.tr("A normal outcome: the service was offered and the person chose not to take it."))
        self.form.fields["type"].edited.connect(self._update_items)
        self.form.fields["declined"].edited.connect(self._update_items)
        self._update_items()

    def _update_items(self) -> None:
        check = self.form.fields["type"].value() == HEALTH_CHECK
        declined = self.form.fields["declined"].value()
        self.set_enabled(ITEMS, check and not declined)

    def write_records(self, session, record: dict, accept_warnings: bool) -> str:
        if not self.uid:
            record = {**record, **self._links(session, record)}
        return super().write_records(session, record, accept_warnings)

    def _links(self, session, record: dict) -> dict:
        """A follow-up belongs to her open episode of the method it follows up;
        pregnancy care to her ongoing pregnancy."""
        links = {}
        methods = FOLLOWS_METHODS.get(record.get("type"))
        if methods and not record.get("contraception_uid"):
            episode = lookups.open_episode(session, record["person_uid"])
            if episode and episode["method"] in methods:
                links["contraception_uid"] = episode["uid"]
        if record.get("type") == PREGNANCY_CARE and not record.get("pregnancy_uid"):
            ongoing = lookups.ongoing_pregnancies(session, record["person_uid"])
            if ongoing:
                links["pregnancy_uid"] = ongoing[-1]
        return links
