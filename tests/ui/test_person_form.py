"""The person and household forms: the ID number fills birth date and sex,
errors block the save, warnings need one confirmation, cancel writes nothing."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services import people, records
from fpdesk.ui.dialogs.household import HouseholdDialog, next_household_no
from fpdesk.ui.dialogs.person import PersonDialog
from tests.conftest import CLERK

pytestmark = pytest.mark.gui

BIRTH = date(1991, 3, 8)
GOOD_ID = idcard.build("610628", BIRTH, 124)  # a woman
BAD_CHECK = GOOD_ID[:17] + ("0" if GOOD_ID[17] != "0" else "1")


@pytest.fixture
def household(db):
    with db.session() as s:
        return records.create(s, CLERK, "households", {"village_code": "610628101001", "group_no": "01",
                                                       "household_no": "610628101001010001"}).uid


def count_persons(db) -> int:
    with db.read_session() as s:
        return s.execute(text("SELECT count(*) FROM persons")).scalar()


def person_dialog(qtbot, db, household, **kw):
    d = PersonDialog(db, CLERK, household_uid=household, initial={"residence": 1, "ethnicity": "01"}, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def type_id(qtbot, d, number: str) -> None:
    field = d.form.fields["id_number"]
    field.clear()
    qtbot.keyClicks(field, number)
    field.editingFinished.emit()


def fill_required(d, name="李秀英") -> None:
    d.form.fields["name"].set_value(name)
    d.form.fields["relation"].set_value("02")
    d.form.fields["marital_status"].set_value(21)
    d.form.fields["first_marriage_date"].set_value(date(2012, 10, 1))


def test_typing_a_valid_id_number_fills_birth_date_and_sex(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    assert d.form.fields["sex"].value() is None  # nobody is 男 by default
    type_id(qtbot, d, GOOD_ID)
    assert d.form.fields["birth_date"].value() == BIRTH
    assert d.form.fields["sex"].value() == 2
    message = d.form.messages["id_number"]
    assert message.isVisible() and message.text() == "已按身份证号码填入出生日期和性别"


def test_an_id_number_that_disagrees_corrects_birth_date_and_sex_and_says_so(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    d.form.fields["birth_date"].set_value(date(1991, 8, 3))
    d.form.fields["sex"].set_value(1)
    type_id(qtbot, d, GOOD_ID)
    assert (d.form.fields["birth_date"].value(), d.form.fields["sex"].value()) == (BIRTH, 2)
    assert d.form.messages["id_number"].text() == "已按身份证号码改正出生日期和性别"
    assert d.form.messages["birth_date"].isHidden()  # no mismatch left to report


def test_an_id_number_that_agrees_changes_nothing_and_says_nothing(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    d.form.fields["birth_date"].set_value(BIRTH)
    d.form.fields["sex"].set_value(2)
    type_id(qtbot, d, GOOD_ID)
    assert d.form.messages["id_number"].isHidden()


def test_an_impossible_birth_date_in_the_id_number_blocks_saving(qtbot, db, household, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    d = person_dialog(qtbot, db, household)
    fill_required(d)
    d.form.fields["sex"].set_value(2)
    d.form.fields["birth_date"].set_value(date(1949, 2, 1))
    before = count_persons(db)
    type_id(qtbot, d, "610628194902301226")
    assert "身份证号码中的出生日期无效：19490230" in d.form.messages["id_number"].text()
    assert d.form.fields["birth_date"].value() == date(1949, 2, 1)  # nothing read from a bad number
    d.save()
    assert d.isVisible() and not asked
    assert d.form.messages["id_number"].property("kind") == "error"
    assert count_persons(db) == before


def test_a_bad_check_digit_needs_exactly_one_confirmation_then_saves(qtbot, db, household, monkeypatch):
    asked = []

    def question(parent, title, body, *args):
        asked.append(body)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", question)
    d = person_dialog(qtbot, db, household)
    fill_required(d)
    type_id(qtbot, d, BAD_CHECK)
    assert "校验位" in d.form.messages["id_number"].text()
    assert d.form.messages["id_number"].property("kind") == "warning"
    before = count_persons(db)
    with qtbot.waitSignal(d.saved) as saved:
        d.save()
    assert len(asked) == 1 and "校验位" in asked[0]
    assert count_persons(db) == before + 1
    with db.read_session() as s:
        stored = records.get(s, "persons", saved.args[0])
    assert (stored["id_number"], stored["birth_date"], stored["sex"]) == (BAD_CHECK, BIRTH, 2)


def test_refusing_the_warning_writes_nothing(qtbot, db, household, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    d = person_dialog(qtbot, db, household)
    fill_required(d)
    type_id(qtbot, d, BAD_CHECK)
    before = count_persons(db)
    d.save()
    assert d.isVisible() and count_persons(db) == before


def test_a_cancelled_dialog_writes_nothing(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    fill_required(d)
    type_id(qtbot, d, GOOD_ID)
    before = count_persons(db)
    d.reject()
    assert count_persons(db) == before


def test_the_first_head_of_household_becomes_its_head(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    fill_required(d, "王建国")
    d.form.fields["relation"].set_value("01")
    type_id(qtbot, d, idcard.build("610628", date(1980, 1, 2), 111))
    with qtbot.waitSignal(d.saved) as saved:
        d.save()
    with db.read_session() as s:
        assert records.get(s, "households", household)["head_uid"] == saved.args[0]
        assert records.get(s, "persons", saved.args[0])["sex"] == 1


def test_editing_keeps_the_household_and_saves_the_change(qtbot, db, household):
    with db.session() as s:
        uid = records.create(s, CLERK, "persons", {
            "household_uid": household, "name": "李秀英", "sex": 2, "birth_date": BIRTH, "relation": "02",
            "id_number": GOOD_ID, "residence": 1, "marital_status": 10}).uid
    d = PersonDialog(db, CLERK, uid=uid)
    qtbot.addWidget(d)
    assert d.form.fields["id_number"].value() == GOOD_ID and d.id_note() == ""
    d.form.fields["phone"].set_value("13900000000")
    d.form.fields["checks_opt_out"].set_value(True)
    with qtbot.waitSignal(d.saved):
        d.save()
    with db.read_session() as s:
        stored = records.get(s, "persons", uid)
    assert (stored["household_uid"], stored["phone"], stored["checks_opt_out"]) == (household, "13900000000", True)


def test_labels_are_chinese(qtbot, db, household):
    d = person_dialog(qtbot, db, household)
    assert d.form.fields["checks_opt_out"].text() == "本人不需要健康检查提醒"
    assert d.windowTitle() == "添加成员"


def test_a_new_household_gets_the_next_free_number_of_its_group(qtbot, demo_db):
    with demo_db.read_session() as s:
        village = people.villages(s)[0].code
        rows = people.households_in(s, village, "02")
        expected = f"{village}02{max(int(r.household_no[-4:]) for r in rows) + 1:04d}"
        assert next_household_no(s, village, "02") == expected
        assert next_household_no(s, village, None) is None
    d = HouseholdDialog(demo_db, CLERK, village=village, group="02")
    qtbot.addWidget(d)
    assert d.form.fields["household_no"].value() == expected
    assert d.form.fields["address"].value().endswith(f"2组{int(expected[-4:])}号")
    d.form.fields["group_no"].set_value("03")  # the suggestion follows the group
    with demo_db.read_session() as s:
        assert d.form.fields["household_no"].value() == next_household_no(s, village, "03")
    d.form.fields["household_no"].set_value(f"{village}030999")  # the clerk's own number stays
    d.form.fields["group_no"].set_value("04")
    assert d.form.fields["household_no"].value() == f"{village}030999"
    d.form.fields["household_no"].set_value(None)
    d.form.fields["group_no"].set_value("03")
    with qtbot.waitSignal(d.saved) as saved:
        d.save()
    with demo_db.read_session() as s:
        stored = records.get(s, "households", saved.args[0])
    assert stored["household_no"].startswith(f"{village}03") and stored["hukou_type"] == 2


def test_a_deleted_households_number_is_not_given_again(demo_db):
    with demo_db.read_session() as s:
        village = people.villages(s)[0].code
        number = next_household_no(s, village, "02")
    with demo_db.session() as s:
        uid = records.create(s, CLERK, "households", {"village_code": village, "group_no": "02",
                                                        "household_no": number}).uid
        records.delete(s, CLERK, "households", uid, "录错")
    with demo_db.read_session() as s:
        following = next_household_no(s, village, "02")
    assert following == number[:14] + f"{int(number[14:]) + 1:04d}"
