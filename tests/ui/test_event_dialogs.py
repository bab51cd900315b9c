"""The event dialogs of a person's record (fpdesk/ui/dialogs/), on a real database."""

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services import people, records, roster
from fpdesk.ui.dialogs.base import EventDialog
from fpdesk.ui.dialogs.benefit import BenefitDialog
from fpdesk.ui.dialogs.contraception import (
    ContraceptionDialog,
    EndEpisodeDialog,
    SwitchMethodDialog,
)
from fpdesk.ui.dialogs.family import BirthDialog, MarriageDialog, PregnancyDialog
from fpdesk.ui.dialogs.migration import DeathDialog, MigrationDialog
from fpdesk.ui.dialogs.service import ITEMS, ServiceDialog
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui

ON = DEMO_ON
AREA = "610628"
TABLES = ("persons", "households", "marriages", "births", "pregnancies", "contraception", "services",
          "migrations", "benefits")


@dataclass
class Family:
    household: str
    husband: str
    wife: str
    son: str
    pregnancy: str


@pytest.fixture
def family(db) -> Family:
    """黄峰 (head) and 张秀梅 (spouse), their son born 2018, and her ongoing pregnancy."""
    with db.session() as s:
        hh = records.create(s, CLERK, "households", {
            "village_code": "610628101001", "group_no": "03", "household_no": "610628101001030001"}).uid
        man_born, woman_born = date(1990, 1, 5), date(1992, 5, 17)
        husband = records.create(s, CLERK, "persons", {
            "household_uid": hh, "name": "黄峰", "sex": 1, "birth_date": man_born, "relation": "01",
            "id_number": idcard.build(AREA, man_born, 121), "residence": 1, "marital_status": 21,
            "first_marriage_date": date(2015, 5, 1)}).uid
        records.update(s, CLERK, "households", hh, {"head_uid": husband})
        wife = records.create(s, CLERK, "persons", {
            "household_uid": hh, "name": "张秀梅", "sex": 2, "birth_date": woman_born, "relation": "02",
            "id_number": idcard.build(AREA, woman_born, 122), "residence": 1, "marital_status": 21,
            "first_marriage_date": date(2015, 5, 1)}).uid
        son, _birth = people.register_birth(
            s, CLERK, wife, {"birth_date": date(2018, 3, 2), "sex": 1, "delivery": 1, "place": 1},
            {"name": "黄子轩", "relation": "03"}, today=ON)
        pregnancy = records.create(s, CLERK, "pregnancies", {
            "woman_uid": wife, "found_date": date(2026, 4, 1), "lmp_date": date(2026, 2, 10),
            "edd": date(2026, 11, 17), "outcome": 0}).uid
    return Family(hh, husband, wife, son, pregnancy)


@pytest.fixture
def confirm(monkeypatch):
    """Answer the warning confirmation with Yes; the list collects what was asked."""
    asked = []

    def question(_parent, title, body, *_args, **_kwargs):
        asked.append((title, body))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def counts(db) -> dict[str, int]:
    with db.read_session() as s:
        return {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}


def rows(db, sql: str, **params):
    with db.read_session() as s:
        return s.execute(text(sql), params).all()


def children(db, woman: str) -> tuple[int, int]:
    with db.read_session() as s:
        row = roster.roster_rows(s, [woman], ON)[woman]
    return row.sons, row.daughters


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    return dialog


def fill_birth(d: BirthDialog, name="黄小雨", id_number=None) -> None:
    d.form.fields["birth_date"].line.setText("20261115")  # typed the short way
    d.form.fields["birth_date"].line.editingFinished.emit()
    d.form.fields["sex"].set_value(2)
    d.form.fields["name"].set_value(name)
    if id_number:
        d.form.fields["id_number"].set_value(id_number)
    d.form.fields["delivery"].set_value(2)
    d.form.fields["place"].set_value(1)
    d.form.fields["weight_g"].set_value(3250)


# -- 出生登记 ---------------------------------------------------------------------

def test_birth_creates_the_child_the_birth_and_closes_the_pregnancy(qtbot, db, family, confirm):
    before_sons, before_daughters = children(db, family.wife)
    d = show(qtbot, BirthDialog(db, CLERK, family.wife, today=ON))
    assert d.form.fields["order"].value() == 2             # the son was her first
    assert d.form.fields["reported_date"].value() == ON
    fill_birth(d)
    assert d.form.fields["relation"].value() == "04"       # she is the head's spouse: a daughter
    with qtbot.waitSignal(d.saved) as saved:
        d.save()
    assert confirm == []
    child = rows(db, "SELECT uid, household_uid, sex, birth_date, relation, residence FROM persons "
                     "WHERE name = '黄小雨'")
    assert len(child) == 1 and child[0][1:] == (family.household, 2, "2026-11-15", "04", 1)
    birth = rows(db, 'SELECT uid, child_uid, "order", delivery, weight_g, outcome FROM births '
                     "WHERE mother_uid = :m AND birth_date = '2026-11-15'", m=family.wife)
    assert birth == [(saved.args[0], child[0][0], 2, 2, 3250, 1)]
    assert rows(db, "SELECT outcome, outcome_date, birth_uid FROM pregnancies WHERE uid = :u",
                u=family.pregnancy) == [(1, "2026-11-15", saved.args[0])]
    assert children(db, family.wife) == (before_sons, before_daughters + 1)


def test_an_invalid_child_id_number_blocks_the_save_and_writes_nothing(qtbot, db, family, confirm):
    before = counts(db)
    d = show(qtbot, BirthDialog(db, CLERK, family.wife, today=ON))
    fill_birth(d, id_number="61062820261115122")  # 17 characters
    d.save()
    assert d.form.messages["id_number"].text()
    assert not d.form.messages["id_number"].isHidden()
    assert counts(db) == before
    assert d.result() != QDialog.DialogCode.Accepted


def test_a_child_id_number_of_another_birth_date_is_refused(qtbot, db, family, confirm):
    before = counts(db)
    d = show(qtbot, BirthDialog(db, CLERK, family.wife, today=ON))
    fill_birth(d, id_number=idcard.build(AREA, date(2026, 11, 14), 122))
    d.save()
    assert "不一致" in d.form.messages["id_number"].text()
    assert counts(db) == before


def test_a_stillbirth_adds_no_person_and_ends_the_pregnancy(qtbot, db, family, confirm):
    before = counts(db)
    d = show(qtbot, BirthDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["birth_date"].set_value(date(2026, 11, 15))
    d.form.fields["sex"].set_value(1)
    d.form.fields["outcome"].set_value(2)
    assert not d.form.fields["name"].isEnabled()
    with qtbot.waitSignal(d.saved):
        d.save()
    after = counts(db)
    assert after["persons"] == before["persons"] and after["births"] == before["births"] + 1
    assert rows(db, "SELECT outcome FROM pregnancies WHERE uid = :u", u=family.pregnancy) == [(2,)]


def test_cancelled_dialogs_write_nothing(qtbot, db, family):
    before = counts(db)
    d = show(qtbot, BirthDialog(db, CLERK, family.wife, today=ON))
    fill_birth(d)
    d.reject()
    for make in (lambda: MarriageDialog(db, CLERK, family.wife, today=ON),
                 lambda: PregnancyDialog(db, CLERK, family.wife, today=ON),
                 lambda: ContraceptionDialog(db, CLERK, family.wife, today=ON),
                 lambda: ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON),
                 lambda: MigrationDialog(db, CLERK, family.wife, today=ON),
                 lambda: DeathDialog(db, CLERK, family.husband, today=ON),
                 lambda: BenefitDialog(db, CLERK, family.wife, today=ON)):
        dialog = show(qtbot, make())
        dialog.reject()
    assert counts(db) == before


# -- 避孕措施 ---------------------------------------------------------------------

def open_episodes(db, woman):
    return rows(db, "SELECT uid, method FROM contraception WHERE woman_uid = :w AND end_date IS NULL",
                w=woman)


def test_start_then_change_method_leaves_one_open_episode(qtbot, db, family, confirm):
    d = show(qtbot, ContraceptionDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["method"].set_value(3)
    d.form.fields["start_date"].set_value(date(2024, 1, 10))
    d.form.fields["device_type"].set_value("MLCu375")
    d.form.fields["lifespan_years"].set_value(5)
    d.form.fields["informed_choice"].set_value(True)
    with qtbot.waitSignal(d.saved) as first:
        d.save()
    with db.read_session() as s:
        episode = records.get(s, "contraception", first.args[0])

    switch = show(qtbot, SwitchMethodDialog(db, CLERK, family.wife, episode, today=ON))
    switch.form.fields["method"].set_value(7)
    switch.form.fields["start_date"].set_value(date(2026, 11, 1))
    with qtbot.waitSignal(switch.saved) as second:
        switch.save()
    assert open_episodes(db, family.wife) == [(second.args[0], 7)]
    assert rows(db, "SELECT end_date, end_reason FROM contraception WHERE uid = :u",
                u=first.args[0]) == [("2026-11-01", 5)]


def test_a_new_method_cannot_start_before_the_current_one(qtbot, db, family, confirm):
    with db.session() as s:
        old = records.create(s, CLERK, "contraception", {
            "woman_uid": family.wife, "method": 3, "start_date": date(2024, 1, 10)}).uid
        episode = records.get(s, "contraception", old)
    before = counts(db)
    d = show(qtbot, SwitchMethodDialog(db, CLERK, family.wife, episode, today=ON))
    d.form.fields["method"].set_value(5)
    d.form.fields["start_date"].set_value(date(2023, 6, 1))
    d.save()
    assert d.form.messages["start_date"].text()
    assert counts(db) == before
    assert open_episodes(db, family.wife) == [(old, 3)]


def test_stopping_a_method_needs_the_reason(qtbot, db, family, confirm):
    with db.session() as s:
        uid = records.create(s, CLERK, "contraception", {
            "woman_uid": family.wife, "method": 4, "start_date": date(2023, 3, 1)}).uid
        episode = records.get(s, "contraception", uid)
    d = show(qtbot, EndEpisodeDialog(db, CLERK, episode, today=ON))
    assert d.form.fields["end_date"].value() == ON
    d.save()
    assert d.form.messages["end_reason"].text()
    assert open_episodes(db, family.wife) == [(uid, 4)]
    d.form.fields["end_reason"].set_value(1)
    with qtbot.waitSignal(d.saved):
        d.save()
    assert open_episodes(db, family.wife) == []


def test_device_fields_only_for_iud_and_implant(qtbot, db, family):
    d = show(qtbot, ContraceptionDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["method"].set_value(7)
    assert not d.form.fields["device_type"].isEnabled()
    assert not d.form.fields["no_method_reason"].isEnabled()
    d.form.fields["method"].set_value(3)
    assert d.form.fields["device_type"].isEnabled()
    d.form.fields["method"].set_value(0)
    assert d.form.fields["no_method_reason"].isEnabled()


# -- 服务记录 ---------------------------------------------------------------------

def test_declined_health_check_saves_with_empty_items(qtbot, db, family, confirm):
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON))
    for name in ("item_disease", "item_cervical", "item_breast"):
        assert d.form.fields[name].isEnabled()
    d.form.fields["item_disease"].set_value(1)
    d.form.fields["item_cervical"].set_value(1)
    d.form.fields["declined"].set_value(True)
    for name in ITEMS:
        assert not d.form.fields[name].isEnabled()
        assert d.form.fields[name].value() is None
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT type, date, declined, item_disease, item_cervical, item_breast, item_ring, item_pregnancy "
                    "FROM services WHERE person_uid = :p", p=family.wife) == [(1, ON.isoformat(), 1) + (None,) * 5]


def test_health_check_items_any_may_be_left_undone(qtbot, db, family, confirm):
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON))
    assert not d.form.fields["item_ring"].isEnabled()          # she uses no IUD
    d.form.fields["item_cervical"].set_value(2)                # abnormal, referred …
    d.form.fields["next_date"].set_value(date(2026, 12, 10))  # … with the referral follow-up
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT declined, item_disease, item_cervical, item_breast, item_ring, item_pregnancy, next_date "
                    "FROM services WHERE person_uid = :p", p=family.wife) == [(0, None, 2, None, None, None,
                                                                              "2026-12-10")]


def test_the_iud_check_is_offered_to_an_iud_user_only(qtbot, db, family):
    with db.session() as s:
        records.create(s, CLERK, "contraception", {"woman_uid": family.wife, "method": 3,
                                                   "start_date": date(2019, 1, 5)}, accept_warnings=True)
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON))
    assert d.form.fields["item_ring"].isEnabled()


@pytest.mark.parametrize("service_type", [1, None, 11])
def test_the_service_dialog_never_pre_fills_a_pregnancy_test(qtbot, db, family, service_type):
    """She is pregnant on record, and still nothing proposes or fills 查孕."""
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=service_type, today=ON))
    assert d.form.fields["pregnancy_test_asked"].value() is False
    assert d.form.fields["item_pregnancy"].value() is None
    assert not d.form.fields["item_pregnancy"].isEnabled()
    if service_type == 1:
        for name in ("item_disease", "item_cervical", "item_breast", "item_ring"):
            assert d.form.fields[name].value() is None         # nothing pre-filled at all
        record, _ = d.record()
        assert record.get("item_pregnancy") is None and "pregnancy_test_asked" not in record


def test_a_pregnancy_test_is_recorded_only_when_she_asks(qtbot, db, family, confirm):
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON))
    d.form.fields["pregnancy_test_asked"].set_value(True)
    d.form.fields["pregnancy_test_asked"].edited.emit()
    assert d.form.fields["item_pregnancy"].isEnabled()
    d.form.fields["item_pregnancy"].set_value(1)
    d.form.fields["item_disease"].set_value(1)
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT item_disease, item_pregnancy FROM services WHERE person_uid = :p",
                p=family.wife) == [(1, 1)]
    uid = rows(db, "SELECT uid FROM services WHERE person_uid = :p", p=family.wife)[0][0]
    again = show(qtbot, ServiceDialog(db, CLERK, family.wife, uid=uid, today=ON))
    assert again.form.fields["pregnancy_test_asked"].value() is True   # the correction shows what she asked


def test_correcting_a_health_check_keeps_the_items_this_version_does_not_know(qtbot, db, family, confirm):
    """Items a newer version's package brought (services.item_extra) are not on the form, and a
    correction — even to 本人拒绝 — keeps them, so they travel on in the next package."""
    d = show(qtbot, ServiceDialog(db, CLERK, family.wife, service_type=1, today=ON))
    d.form.fields["item_disease"].set_value(1)
    with qtbot.waitSignal(d.saved) as saved:
        d.save()
    uid = saved.args[0]
    with db.session() as s:
        s.execute(text("UPDATE services SET item_extra = :x WHERE uid = :u"), {"x": '{"thyroid":1}', "u": uid})
    again = show(qtbot, ServiceDialog(db, CLERK, family.wife, uid=uid, today=ON))
    again.form.fields["item_cervical"].set_value(2)
    again.form.fields["next_date"].set_value(date(2026, 12, 10))
    with qtbot.waitSignal(again.saved):
        again.save()
    assert rows(db, "SELECT item_disease, item_cervical, item_extra FROM services WHERE uid = :u", u=uid) == [
        (1, 2, '{"thyroid":1}')]
    declined = show(qtbot, ServiceDialog(db, CLERK, family.wife, uid=uid, today=ON))
    declined.form.fields["declined"].set_value(True)
    declined.form.fields["declined"].edited.emit()
    with qtbot.waitSignal(declined.saved):
        declined.save()
    assert rows(db, "SELECT declined, item_disease, item_extra FROM services WHERE uid = :u", u=uid) == [
        (1, None, '{"thyroid":1}')]


# -- 孕情, 流动, 死亡, 奖扶, 婚姻 --------------------------------------------------

def test_due_date_is_proposed_from_the_last_period(qtbot, db, family):
    d = show(qtbot, PregnancyDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["lmp_date"].line.setText("2026-10-01")
    d.form.fields["lmp_date"].line.editingFinished.emit()
    assert d.form.fields["edd"].value() == date(2027, 7, 8)
    assert not d.form.fields["outcome_date"].isEnabled()


def test_outflow_updates_the_residence_in_the_same_save(qtbot, db, family, confirm):
    d = show(qtbot, MigrationDialog(db, CLERK, family.husband, today=ON))
    d.form.fields["direction"].set_value(1)
    d.form.fields["date"].set_value(date(2026, 10, 8))
    d.form.fields["date"].edited.emit()
    d.form.fields["place"].set_value("广东省东莞市")
    assert d.update_person.isChecked()
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT direction, date, place FROM migrations WHERE person_uid = :p",
                p=family.husband) == [(1, "2026-10-08", "广东省东莞市")]
    assert rows(db, "SELECT residence, left_date FROM persons WHERE uid = :p",
                p=family.husband) == [(2, "2026-10-08")]


def test_migration_without_the_residence_change(qtbot, db, family, confirm):
    d = show(qtbot, MigrationDialog(db, CLERK, family.husband, today=ON))
    d.form.fields["direction"].set_value(1)
    d.form.fields["date"].set_value(date(2026, 10, 8))
    d.update_person.setChecked(False)
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT residence, left_date FROM persons WHERE uid = :p", p=family.husband) == [(1, None)]


def test_death_sets_residence_and_date(qtbot, db, family, confirm):
    d = show(qtbot, DeathDialog(db, CLERK, family.husband, today=ON))
    d.save()
    assert d.form.messages["death_date"].text()                 # the date is needed
    assert rows(db, "SELECT residence FROM persons WHERE uid = :p", p=family.husband) == [(1,)]
    d.form.fields["death_date"].set_value(date(2026, 11, 20))
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT residence, death_date, name FROM persons WHERE uid = :p",
                p=family.husband) == [(9, "2026-11-20", "黄峰")]


def test_childcare_subsidy_is_for_one_of_her_children(qtbot, db, family, confirm):
    d = show(qtbot, BenefitDialog(db, CLERK, family.wife, today=ON))
    combo = d.form.fields["child_uid"]
    assert family.son in [combo.itemData(i) for i in range(combo.count())]
    d.form.fields["program"].set_value(5)
    combo.set_value(family.son)
    d.form.fields["year"].set_value(2026)
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT program, child_uid, year, status FROM benefits WHERE person_uid = :p",
                p=family.wife) == [(5, family.son, 2026, 1)]


def test_marriage_event_saves(qtbot, db, family, confirm):
    d = show(qtbot, MarriageDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["event"].set_value(21)
    d.form.fields["date"].set_value(date(2015, 5, 1))
    d.form.fields["spouse_name"].set_value("黄峰")
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT event, date, spouse_name FROM marriages WHERE person_uid = :p",
                p=family.wife) == [(21, "2015-05-01", "黄峰")]


def test_a_divorce_updates_the_marital_status_in_the_same_save(qtbot, db, family, confirm):
    d = show(qtbot, MarriageDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["event"].set_value(40)
    d.form.fields["event"].edited.emit()
    d.form.fields["date"].set_value(date(2026, 9, 1))
    assert d.update_person.isChecked()
    assert d.update_person.text() == "同时将本人的婚姻状况改为：离婚"
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT marital_status FROM persons WHERE uid = :p", p=family.wife) == [(40,)]


def test_a_first_marriage_sets_the_first_marriage_date_only_when_missing(qtbot, db, family, confirm):
    with db.session() as s:
        records.update(s, CLERK, "persons", family.wife, {"marital_status": 10, "first_marriage_date": None},
                       accept_warnings=True, today=ON)
    d = show(qtbot, MarriageDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["event"].set_value(21)
    d.form.fields["date"].set_value(date(2026, 10, 2))
    d.form.fields["date"].edited.emit()
    assert d.update_person.isChecked()
    assert "初婚日期记为 2026年10月2日" in d.update_person.text()
    with qtbot.waitSignal(d.saved):
        d.save()
    assert rows(db, "SELECT marital_status, first_marriage_date FROM persons WHERE uid = :p",
                p=family.wife) == [(21, "2026-10-02")]


def test_a_marriage_event_leaves_the_person_alone_when_unticked_or_corrected(qtbot, db, family, confirm):
    before = rows(db, "SELECT marital_status, first_marriage_date FROM persons WHERE uid = :p", p=family.wife)
    d = show(qtbot, MarriageDialog(db, CLERK, family.wife, today=ON))
    d.form.fields["event"].set_value(30)
    d.form.fields["event"].edited.emit()
    d.form.fields["date"].set_value(date(2026, 9, 1))
    d.update_person.setChecked(False)
    with qtbot.waitSignal(d.saved):
        d.save()
    uid, = rows(db, "SELECT uid FROM marriages WHERE person_uid = :p", p=family.wife)[0]
    correction = show(qtbot, MarriageDialog(db, CLERK, family.wife, uid=uid, today=ON))
    assert not correction.update_person.isVisible()
    correction.form.fields["event"].set_value(40)
    with qtbot.waitSignal(correction.saved):
        correction.save()
    assert rows(db, "SELECT event FROM marriages WHERE uid = :u", u=uid) == [(40,)]
    assert rows(db, "SELECT marital_status, first_marriage_date FROM persons WHERE uid = :p",
                p=family.wife) == before


def test_a_viewer_sees_masked_ids_and_cannot_save(qtbot, db, family):
    with db.session() as s:
        uid = records.create(s, CLERK, "marriages", {
            "person_uid": family.wife, "event": 21, "date": date(2015, 5, 1), "spouse_name": "黄峰",
            "spouse_id_number": idcard.build(AREA, date(1990, 1, 5), 121)}).uid
    d = show(qtbot, MarriageDialog(db, VIEWER, family.wife, uid=uid, today=ON))
    assert not d.form.isEnabled()
    assert "*" in d.form.fields["spouse_id_number"].text()


def test_the_warning_confirmation_is_translated_in_a_subclass(qtbot, db, family):
    d = show(qtbot, MarriageDialog(db, CLERK, family.wife, today=ON))
    assert isinstance(d, EventDialog)
    assert d.tr("Please confirm") == "请确认"
    assert d.windowTitle() == "婚姻变动"
