"""Record services on a real SQLite file: checks, transactions, revisions, audit."""

from datetime import date

import pytest
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services import audit, records
from fpdesk.services.context import PermissionDenied
from fpdesk.services.records import RecordRejected, WarningsNotAccepted
from fpdesk.services.revisions import current_rev
from tests.conftest import CLERK, VIEWER

TODAY = date(2026, 11, 22)
VILLAGE = "610628101001"


def household(session, **extra):
    fields = {"village_code": VILLAGE, "group_no": "01", "household_no": VILLAGE + "010001",
              "address": "东庄村1组1号", **extra}
    return records.create(session, CLERK, "households", fields, today=TODAY).uid


def woman(hh, **extra):
    birth = date(1990, 5, 17)
    return {"household_uid": hh, "name": "张秀梅", "sex": 2, "birth_date": birth,
            "id_number": idcard.build("610628", birth, 122), "relation": "02", "residence": 1,
            "marital_status": 21, "first_marriage_date": date(2012, 10, 1), **extra}


def count(db, table):
    with db.read_session() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_create_person_stores_fields_initials_rev_and_audit(db):
    with db.session() as s:
        hh = household(s)
        uid = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
    with db.read_session() as s:
        row = records.get(s, "persons", uid)
        initials = s.execute(text("SELECT pinyin_initials FROM persons WHERE uid=:u"), {"u": uid}).scalar()
        log = audit.entries(s, uid)
    assert row["name"] == "张秀梅" and row["birth_date"] == date(1990, 5, 17)
    assert initials == "zxm"
    assert row["rev"] == 1  # one revision for the whole transaction
    assert [e.action for e in log] == ["create"]
    assert log[0].username == "clerk1"
    assert "********" in log[0].detail["id_number"]  # the audit log never holds a full ID number


def test_one_revision_per_transaction_and_increasing(db):
    with db.session() as s:
        hh = household(s)
        p = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
    with db.read_session() as s:
        revs = {records.get(s, "households", hh)["rev"], records.get(s, "persons", p)["rev"]}
    assert revs == {1}
    with db.session() as s:
        records.update(s, CLERK, "persons", p, {"phone": "13800000000"}, today=TODAY)
    with db.read_session() as s:
        assert records.get(s, "persons", p)["rev"] == 2
        assert current_rev(s) == 2


def test_invalid_id_number_refuses_the_save_and_writes_nothing(db):
    with db.session() as s:
        hh = household(s)
    before = count(db, "persons"), count(db, "audit_log")
    with pytest.raises(RecordRejected) as caught:
        with db.session() as s:
            records.create(s, CLERK, "persons", woman(hh, id_number="61062819900230122X"), today=TODAY)
    assert [f.field for f in caught.value.findings] == ["id_number"]
    assert "身份证" in str(caught.value)
    assert (count(db, "persons"), count(db, "audit_log")) == before


def test_id_number_disagreeing_with_birth_date_and_sex_is_an_error(db):
    with db.session() as s:
        hh = household(s)
        fields = woman(hh, id_number=idcard.build("610628", date(1990, 5, 18), 121))
        with pytest.raises(RecordRejected) as caught:
            records.create(s, CLERK, "persons", fields, today=TODAY)
    codes = sorted(f.code for f in caught.value.findings)
    assert codes == ["birth_mismatch", "sex_mismatch"]


def test_missing_required_fields_are_named(db):
    with db.session() as s:
        hh = household(s)
        with pytest.raises(RecordRejected) as caught:
            records.create(s, CLERK, "persons", {"household_uid": hh, "sex": 2}, today=TODAY)
    assert {f.field for f in caught.value.findings} == {"name", "birth_date", "residence"}
    assert "必须填写姓名" in str(caught.value)


def test_warnings_need_confirmation(db):
    bad_check = idcard.build("610628", date(1990, 5, 17), 122)
    bad_check = bad_check[:-1] + ("0" if bad_check[-1] != "0" else "1")
    with db.session() as s:
        hh = household(s)
    with pytest.raises(WarningsNotAccepted) as caught:
        with db.session() as s:
            records.create(s, CLERK, "persons", woman(hh, id_number=bad_check), today=TODAY)
    assert [f.code for f in caught.value.findings] == ["check_digit"]
    assert count(db, "persons") == 0
    with db.session() as s:
        result = records.create(s, CLERK, "persons", woman(hh, id_number=bad_check),
                                today=TODAY, accept_warnings=True)
    assert [f.code for f in result.warnings] == ["check_digit"]
    assert count(db, "persons") == 1


def test_event_before_the_persons_birth_is_refused(db):
    with db.session() as s:
        hh = household(s)
        p = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
        with pytest.raises(RecordRejected) as caught:
            records.create(s, CLERK, "services", {"person_uid": p, "type": 1, "date": date(1989, 1, 1)},
                           today=TODAY)
    assert caught.value.findings[0].code == "before_birth"


def test_future_dates_and_dangling_references_are_refused(db):
    with db.session() as s:
        hh = household(s)
        p = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
        with pytest.raises(RecordRejected) as caught:
            records.create(s, CLERK, "services", {"person_uid": p, "type": 1, "date": date(2026, 11, 23)},
                           today=TODAY)
        assert caught.value.findings[0].code == "future"
        with pytest.raises(RecordRejected) as caught:
            records.create(s, CLERK, "contraception",
                           {"woman_uid": "nobody", "method": 3, "start_date": date(2020, 1, 1)}, today=TODAY)
        assert caught.value.findings[0].code == "reference"


def test_update_records_changed_fields_only(db):
    with db.session() as s:
        hh = household(s)
        p = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
    with db.session() as s:
        records.update(s, CLERK, "persons", p, {"phone": "13912345678", "name": "张秀梅"}, today=TODAY)
    with db.read_session() as s:
        entry = audit.entries(s, p)[0]
    assert entry.action == "update"
    assert entry.detail == {"phone": [None, "13912345678"]}


def test_soft_delete_keeps_the_row_and_bumps_rev(db):
    with db.session() as s:
        hh = household(s)
        p = records.create(s, CLERK, "persons", woman(hh), today=TODAY).uid
    with db.session() as s:
        records.delete(s, CLERK, "persons", p, reason="重复录入")
    with db.read_session() as s:
        deleted, rev = s.execute(text("SELECT deleted, rev FROM persons WHERE uid=:u"), {"u": p}).one()
        assert (deleted, rev) == (1, 2)
        with pytest.raises(records.RecordNotFound):
            records.get(s, "persons", p)
        assert audit.entries(s, p)[0].detail == {"reason": "重复录入"}


def test_a_household_with_members_cannot_be_deleted(db):
    with db.session() as s:
        hh = household(s)
        records.create(s, CLERK, "persons", woman(hh), today=TODAY)
    with pytest.raises(RecordRejected, match="还有 1 名成员"):
        with db.session() as s:
            records.delete(s, CLERK, "households", hh)


def test_viewer_cannot_write(db):
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            records.create(s, VIEWER, "households", {"village_code": VILLAGE}, today=TODAY)
    assert count(db, "households") == 0


def test_exception_midway_rolls_back_everything(db):
    with pytest.raises(RecordRejected):
        with db.session() as s:
            hh = household(s)
            records.create(s, CLERK, "persons", woman(hh), today=TODAY)
            records.create(s, CLERK, "persons", woman(hh, name=""), today=TODAY)
    assert (count(db, "households"), count(db, "persons"), count(db, "audit_log")) == (0, 0, 0)
    with db.read_session() as s:
        assert current_rev(s) == 0
