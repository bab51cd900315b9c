"""避孕措施: start an episode of her chosen method, change method, or stop.

* ContraceptionDialog — a new episode (when none is open), or the correction
  of any episode (then with its end date and reason).
* SwitchMethodDialog — 更换方法: the open episode ends with reason 5
  (改用其他方法) on the day the new one starts; both in one transaction.
* EndEpisodeDialog — 停用: the end date and reason of the open episode.

The method is always her informed choice; 0 未避孕 with a reason is an
ordinary answer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter

from fpdesk.db.engine import Database
from fpdesk.domain import checks, codes
from fpdesk.services import office_settings, records
from fpdesk.services.context import Actor
from fpdesk.ui import i18n
from fpdesk.ui.dialogs.base import EventDialog, add_note
from fpdesk.ui.widgets.forms import FieldSpec

NO_METHOD = 0
DEVICE_METHODS = (3, 4)  # IUD and implant: a model and its years of use
SWITCHED = 5             # end_reason 改用其他方法


def episode_text(episode: dict) -> str:
    """宫内节育器 MLCu375（2019年3月2日起）"""
    text = codes.METHOD.label(episode["method"], i18n.code_lang())
    if episode.get("device_type"):
        text += f" {episode['device_type']}"
    since = i18n.format_date(episode.get("start_date"))
    if not since:
        return text
    return QCoreApplication.translate("dialogs", "%1 (since %2)").replace("%1", text).replace("%2", since)


def method_specs() -> list[FieldSpec]:
    return [FieldSpec("method", "code", codes.METHOD),
            FieldSpec("no_method_reason", "code", codes.NO_METHOD_REASON),
            FieldSpec("start_date", "date", required=True),
            FieldSpec("device_type", max_length=40),
            FieldSpec("lifespan_years", "int"),
            FieldSpec("provider", max_length=60),
            FieldSpec("informed_choice", "bool")]


class ContraceptionDialog(EventDialog):
    """A new episode for `woman_uid` (uid None), or the correction of episode `uid`."""

    starred = ("method",)

    def __init__(self, db: Database, actor: Actor, woman_uid: str, *, uid: str | None = None,
                 today: date | None = None, title: str | None = None, parent=None):
        specs = method_specs()
        if uid:
            specs += [FieldSpec("end_date", "date"), FieldSpec("end_reason", "code", codes.END_REASON)]
        if title is None:
            title = self.tr("Correct contraception record") if uid else self.tr("Start a contraceptive method")
        with db.read_session() as session:
            self.devices = office_settings.device_models(session)
        super().__init__(db, actor, "contraception", specs, title=title, uid=uid,
                         fixed={"woman_uid": woman_uid},
                         initial=None if uid else {"start_date": today}, today=today, parent=parent)
        self.setObjectName("contraception_dialog")
        self.relabel("lifespan_years", self.tr("Years of use"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.form.fields["device_type"].setCompleter(self.completer)
        self.form.fields["method"].edited.connect(self._method_changed)
        self.form.fields["device_type"].edited.connect(self._device_changed)
        self.completer.activated.connect(lambda _text: self._device_changed())
        self._method_changed()

    def _method_changed(self) -> None:
        method = self.form.fields["method"].value()
        self.set_enabled(("no_method_reason",), method == NO_METHOD)
        self.set_enabled(("device_type", "lifespan_years"), method in DEVICE_METHODS)
        self.completer.model().setStringList([d.model for d in self.devices if d.method == method])

    def _device_changed(self) -> None:
        """A known model fills in its years of use (the administrator's table)."""
        method = self.form.fields["method"].value()
        model = (self.form.fields["device_type"].value() or "").strip()
        lifespan = self.form.fields["lifespan_years"]
        known = {d.model: d.lifespan_years for d in self.devices if d.method == method}
        if model in known and not lifespan.text().strip():
            lifespan.set_value(known[model])


class SwitchMethodDialog(ContraceptionDialog):
    """更换方法: end `episode` (reason 5) and start the new method, one transaction."""

    def __init__(self, db: Database, actor: Actor, woman_uid: str, episode: dict, *,
                 today: date | None = None, parent=None):
        self.episode = episode
        super().__init__(db, actor, woman_uid, today=today, title=self.tr("Change method"), parent=parent)
        self.setObjectName("switch_method_dialog")
        add_note(self, self.tr("Current method: %1. Saving ends it (switched method) on the start "
                               "date of the new one.").replace("%1", episode_text(episode)))

    def extra_findings(self, record: dict) -> list:
        found = super().extra_findings(record)
        start, old_start = record.get("start_date"), self.episode.get("start_date")
        if isinstance(start, date) and isinstance(old_start, date) and start < old_start:
            found.append(checks.error(
                "start_date", "before_current", "新措施的开始日期早于当前措施的开始日期",
                "the new method cannot start before the current one started"))
        return found

    def write_records(self, session, record: dict, accept_warnings: bool) -> str:
        records.update(session, self.actor, "contraception", self.episode["uid"],
                       {"end_date": record["start_date"], "end_reason": SWITCHED},
                       accept_warnings=accept_warnings, today=self.today)
        return records.create(session, self.actor, "contraception", record,
                              accept_warnings=accept_warnings, today=self.today).uid


class EndEpisodeDialog(EventDialog):
    """停用: when and why the open episode ended."""

    starred = ("end_reason",)
    required_extra = ("end_date", "end_reason")

    def __init__(self, db: Database, actor: Actor, episode: dict, *, today: date | None = None,
                 parent=None):
        specs = [FieldSpec("end_date", "date", required=True),
                 FieldSpec("end_reason", "code", codes.END_REASON)]
        super().__init__(db, actor, "contraception", specs, title=self.tr("Stop a method"),
                         uid=episode["uid"], initial={"end_date": today}, today=today, parent=parent)
        self.setObjectName("end_episode_dialog")
        add_note(self, self.tr("Method: %1").replace("%1", episode_text(episode)))
