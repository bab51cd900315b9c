"""A person's detail view (the 人员档案 page's right side) on the small demo township."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services import audit, records
from fpdesk.ui.dialogs.contraception import ContraceptionDialog
from fpdesk.ui.dialogs.family import BirthDialog
from fpdesk.ui.dialogs.service import ServiceDialog
from fpdesk.ui.person_detail import ENTRY_ROLE, PersonDetailView
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import DEMO_ON, answer_dialogs

pytestmark = pytest.mark.gui

WOMAN_WITH_RECORDS = """
SELECT p.uid FROM persons p
WHERE p.sex = 2 AND p.residence = 1 AND p.marital_status BETWEEN 20 AND 23 AND p.deleted = 0
  AND p.id_number IS NOT NULL AND p.birth_date > '1980-01-01'
  AND EXISTS (SELECT 1 FROM births b WHERE b.mother_uid = p.uid AND b.deleted = 0)
  AND EXISTS (SELECT 1 FROM contraception c WHERE c.woman_uid = p.uid AND c.deleted = 0)
  AND EXISTS (SELECT 1 FROM services s WHERE s.person_uid = p.uid AND s.deleted = 0)
ORDER BY p.uid LIMIT 1
"""


def one(db, sql: str, **params):
    with db.read_session() as s:
        return s.execute(text(sql), params).first()


@pytest.fixture
def woman(demo_db) -> str:
    return one(demo_db, WOMAN_WITH_RECORDS)[0]


@pytest.fixture
def man(demo_db) -> str:
    return one(demo_db, "SELECT uid FROM persons WHERE sex = 1 AND residence = 1 AND deleted = 0 "
                        "AND birth_date < '2000-01-01' ORDER BY uid LIMIT 1")[0]


def view_of(qtbot, db, uid, actor=CLERK) -> PersonDetailView:
    view = PersonDetailView(db, actor, lambda: DEMO_ON)
    qtbot.addWidget(view)
    view.resize(1186, 700)
    view.show_person(uid)
    return view


def views_of(db, uid) -> int:
    with db.read_session() as s:
        return sum(1 for e in audit.entries(s, uid, limit=1000) if e.action == "view" and e.table == "persons")


def test_opening_a_person_writes_a_view_entry_to_the_audit_log(qtbot, demo_db, woman):
    before = views_of(demo_db, woman)
    view = view_of(qtbot, demo_db, woman)
    assert view.current_uid() == woman
    assert views_of(demo_db, woman) == before + 1


def test_header_and_timeline_show_her_record(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman)
    with demo_db.read_session() as s:
        person = records.get(s, "persons", woman)
    assert view.title.text() == person["name"]
    assert view.identity.values["id_number"].text() == person["id_number"]   # a clerk sees it whole
    assert view.timeline.topLevelItemCount() == len(view.entries()) > 3
    dates = [e.date or date.min for e in view.entries()]
    assert dates == sorted(dates, reverse=True)                               # newest first
    kinds = {view.timeline.topLevelItem(i).text(1) for i in range(view.timeline.topLevelItemCount())}
    assert {"生育", "服务", "避孕节育"} <= kinds
    assert view.household.members.count() >= 1


def test_a_viewer_gets_no_add_actions_and_masked_ids(qtbot, demo_db, woman):
    with demo_db.session() as s:
        records.update(s, CLERK, "persons", woman, {"phone": "13912345678"}, accept_warnings=True)
    view = view_of(qtbot, demo_db, woman, VIEWER)
    assert view.action_bar.isHidden()
    with demo_db.read_session() as s:
        number = records.get(s, "persons", woman)["id_number"]
    shown = view.identity.values["id_number"].text()
    assert shown == idcard.mask(number) and number not in shown
    assert view.identity.values["phone"].text() == "*******5678"     # the phone too
    table, uid = view.timeline.topLevelItem(0).data(0, ENTRY_ROLE)
    dialog = view.edit_entry(table, uid)
    assert not dialog.form.isEnabled()
    dialog.reject()


def test_a_new_service_is_on_the_timeline_without_reopening(qtbot, demo_db, woman, monkeypatch):
    view = view_of(qtbot, demo_db, woman)
    views = views_of(demo_db, woman)
    dialog = view.start("service")
    assert isinstance(dialog, ServiceDialog) and dialog.isVisible()
    dialog.form.fields["type"].set_value(7)
    dialog.form.fields["date"].set_value(DEMO_ON)
    dialog.form.fields["provider"].set_value("镇卫生院")
    with qtbot.waitSignal(view.changed) as changed:
        dialog.save()
    assert changed.args == [woman]
    top = view.timeline.topLevelItem(0)
    assert (top.text(1), top.text(2)) == ("服务", "叶酸发放")
    assert top.data(0, ENTRY_ROLE)[0] == "services"
    assert views_of(demo_db, woman) == views  # the reload is not another 'view'


def test_double_click_opens_the_entry_prefilled_for_correction(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman)
    row = next(i for i in range(view.timeline.topLevelItemCount())
               if view.timeline.topLevelItem(i).data(0, ENTRY_ROLE)[0] == "contraception")
    item = view.timeline.topLevelItem(row)
    view.timeline.itemActivated.emit(item, 0)
    dialog = view.dialog
    assert isinstance(dialog, ContraceptionDialog)
    table, uid = item.data(0, ENTRY_ROLE)
    with demo_db.read_session() as s:
        stored = records.get(s, table, uid)
    assert dialog.uid == uid
    assert dialog.form.fields["method"].value() == stored["method"]
    assert dialog.form.fields["start_date"].value() == stored["start_date"]
    dialog.reject()


def test_the_birth_action_opens_the_birth_dialog_for_her(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman)
    assert view.actions["birth"].isVisibleTo(view)
    dialog = view.start("birth")
    assert isinstance(dialog, BirthDialog)
    assert dialog.fixed["mother_uid"] == woman
    dialog.reject()


def test_contraception_menu_follows_her_open_episode(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman)
    texts = [a.text() for a in view.actions["contraception"].menu().actions()]
    if view.state.episode:
        assert texts == ["更换方法…", "停用…"]
    else:
        assert texts == ["开始使用避孕措施…"]


def test_a_man_has_no_womens_actions(qtbot, demo_db, man):
    view = view_of(qtbot, demo_db, man)
    for key in ("birth", "pregnancy", "contraception"):
        assert not view.actions[key].isVisibleTo(view)
    for key in ("marriage", "service", "migration", "death", "benefit"):
        assert view.actions[key].isVisibleTo(view)
    assert view.identity.values["method"].isHidden()


def test_back_asks_to_go_back(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman)
    with qtbot.waitSignal(view.back_requested):
        view.back.click()


def _select_first(view, table: str) -> str:
    for i in range(view.timeline.topLevelItemCount()):
        item = view.timeline.topLevelItem(i)
        key = item.data(0, ENTRY_ROLE)
        if key and key[0] == table:
            view.timeline.setCurrentItem(item)
            return key[1]
    raise AssertionError(f"no {table} on the timeline")


def test_a_wrong_record_is_deleted_with_a_reason_and_kept(qtbot, demo_db, woman, monkeypatch):
    view = view_of(qtbot, demo_db, woman)
    assert not view.delete_button.isHidden() and not view.delete_button.isEnabled()
    uid = _select_first(view, "services")
    assert view.delete_button.isEnabled()
    answer_dialogs(monkeypatch, lambda dialog: QDialog.DialogCode.Rejected.value)
    view.delete_selected()                                       # cancel: nothing changed
    assert one(demo_db, "SELECT deleted FROM services WHERE uid = :u", u=uid) == (0,)

    def give_reason(dialog):
        assert not dialog.ok.isEnabled()                         # no reason, no delete
        assert dialog.windowTitle() == "删除记录"
        dialog.reason.setText("重复登记")
        return QDialog.DialogCode.Accepted.value
    answer_dialogs(monkeypatch, give_reason)
    view.delete_selected()
    assert one(demo_db, "SELECT deleted FROM services WHERE uid = :u", u=uid) == (1,)
    assert "重复登记" in one(demo_db, "SELECT detail FROM audit_log WHERE record_uid = :u AND action = 'delete'",
                           u=uid)[0]
    assert uid not in [e.uid for e in view.entries()]


def test_a_viewer_cannot_delete_a_record(qtbot, demo_db, woman):
    view = view_of(qtbot, demo_db, woman, VIEWER)
    assert view.delete_button.isHidden()
