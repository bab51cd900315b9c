"""服务记录: a service offered to one person.

For a 生殖健康检查 (type 1) the items 妇科检查, 宫颈癌筛查, 乳腺癌筛查 and —
for a woman using an IUD — 节育器检查 take their result codes; any may be
left empty (not done). A pregnancy test (查孕) is recorded only when she
asks for one: its result stays greyed until 本人要求查孕 is ticked, and
nothing pre-fills it. An abnormal result can carry the referral follow-up
date in 预约日期. For other types the items are empty. 本人拒绝 (declined)
is a normal outcome: the service was offered and she (he) said no — the
items are cleared and greyed, the record is saved as any other.
"""

from __future__ import annotations

from datetime import date

from fpdesk.db.engine import Database
from fpdesk.domain import codes
from fpdesk.services import people
from fpdesk.services.context import Actor
from fpdesk.ui.dialogs.base import EventDialog
from fpdesk.ui.widgets.forms import FieldSpec

HEALTH_CHECK = 1
IUD = 3
ASKED = "pregnancy_test_asked"      # a tick on the form only: not a field of the record
ITEMS = tuple(item.column for item in codes.HEALTH_CHECK_ITEMS)
CHECK_ITEMS = ("item_disease", "item_cervical", "item_breast")
# follow-up types and the methods of the episode they follow up
FOLLOWS_METHODS = {2: (3,), 3: (1, 2), 9: (4,)}
PREGNANCY_CARE = 11


def service_specs() -> list[FieldSpec]:
    return [FieldSpec("type", "code", codes.SERVICE_TYPE),
            FieldSpec("date", "date", required=True),
            *(FieldSpec(item.column, "code", item.codes) for item in codes.HEALTH_CHECK_ITEMS
              if item.key != "pregnancy"),
            FieldSpec(ASKED, "bool"),
            FieldSpec("item_pregnancy", "code", codes.PREGNANCY_RESULT),
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
        self.relabel(ASKED, self.tr("She asked for a pregnancy test"))
        self.relabel("item_pregnancy", self.tr("Pregnancy test result"))
        self.relabel("next_date", self.tr("Next appointment / referral follow-up"))
        with db.read_session() as session:
            episode = people.open_episode(session, person_uid)
        self.iud_user = episode is not None and episode["method"] == IUD
        if uid and self.form.fields["item_pregnancy"].value() is not None:
            self.form.fields[ASKED].set_value(True)     # a test she asked for, recorded before
        self.keep_ring = bool(uid) and self.form.fields["item_ring"].value() is not None
        self.form.fields["declined"].setToolTip(
            self.tr("A normal outcome: the service was offered and the person chose not to take it."))
        for name in ("type", "declined", ASKED):
            self.form.fields[name].edited.connect(self._update_items)
        self._update_items()

    def _update_items(self) -> None:
        check = self.form.fields["type"].value() == HEALTH_CHECK and not self.form.fields["declined"].value()
        self.set_enabled(CHECK_ITEMS, check)
        self.set_enabled(("item_ring",), check and (self.iud_user or self.keep_ring))
        self.set_enabled((ASKED,), check)
        self.set_enabled(("item_pregnancy",), check and self.form.fields[ASKED].value())

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
            episode = people.open_episode(session, record["person_uid"])
            if episode and episode["method"] in methods:
                links["contraception_uid"] = episode["uid"]
        if record.get("type") == PREGNANCY_CARE and not record.get("pregnancy_uid"):
            ongoing = people.ongoing_pregnancies(session, record["person_uid"])
            if ongoing:
                links["pregnancy_uid"] = ongoing[-1]
        return links
