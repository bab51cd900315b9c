"""数据核对 on a fixture: each of the three lists exactly right."""

from datetime import date

import pytest
from openpyxl import load_workbook

from fpdesk.domain import idcard
from fpdesk.services import people, records
from fpdesk.services.reconcile import reconcile, write_xlsx
from fpdesk.services.sheet_reader import SheetFileError
from tests.excel.helpers import EAST, TODAY, office_db, xlsx


def _person(s, actor, hh, name, sex, birth, seq, marital=21):
    number = idcard.build("610628", birth, seq)
    uid = records.create(s, actor, "persons", {
        "household_uid": hh, "name": name, "sex": sex, "birth_date": birth, "id_number": number, "relation": "02",
        "residence": 1, "marital_status": marital, "first_marriage_date": date(2015, 1, 1) if marital == 21 else None},
        accept_warnings=True, today=TODAY).uid
    return uid, number


@pytest.fixture
def township(tmp_path):
    db, actor = office_db(tmp_path / "office.db")
    ids, births = {}, {}
    with db.session() as s:
        hh = records.create(s, actor, "households", {"village_code": EAST, "group_no": "01",
                                                     "household_no": EAST + "010001"}, today=TODAY).uid
        for i, name in enumerate(["甲母", "乙母", "丙母", "丁母"]):
            uid, ids[name] = _person(s, actor, hh, name, 2, date(1992, 1, 1 + i), 120 + 2 * i)
            on = date(2026, 9, 10) if name != "丁母" else date(2026, 3, 1)
            _child, births[name] = people.register_birth(
                s, actor, uid, {"birth_date": on, "sex": 1, "place": 1}, {"name": f"{name}子", "relation": "03"},
                accept_warnings=True, today=TODAY)
        wife, ids["新娘"] = _person(s, actor, hh, "新娘", 2, date(1996, 5, 5), 202)
        husband, ids["新郎"] = _person(s, actor, hh, "新郎", 1, date(1995, 5, 5), 201)
        other, ids["另一位"] = _person(s, actor, hh, "另一位", 2, date(1997, 7, 7), 204)
        for who, spouse in ((wife, "新郎"), (husband, "新娘"), (other, "某人")):
            records.create(s, actor, "marriages", {"person_uid": who, "event": 21, "date": date(2026, 9, 20),
                                                   "spouse_name": spouse}, today=TODAY)
    yield db, ids, births
    db.close()


def test_birth_list_three_lists(township, tmp_path):
    db, ids, births = township
    stranger = idcard.build("610628", date(1990, 2, 2), 300)
    path = xlsx(tmp_path / "医院.xlsx", {"分娩登记": [
        ["和平镇卫生院分娩登记（2026年9月）"],
        ["序号", "产妇姓名", "产妇身份证号", "分娩日期", "婴儿性别", "助产机构"],
        [1, "甲母", ids["甲母"], "2026-09-13", "男", "县医院"],                         # 3 days off: matched
        [2, "乙母", ids["乙母"], "2026-09-25", "女", "县医院"],                         # 15 days off: not matched
        [3, "外来", stranger, "2026-09-12", "女", "妇幼保健院"],                         # not in fpdesk at all
        [4, "错号", "6.10628E+17", "2026-09-14", "男", "县医院"],                      # lost digits
        ["合计", None, None, None, None, None]]})
    with db.read_session() as s:
        result = reconcile(s, path, "births")
    assert result.sheet == "分娩登记" and (result.start, result.end) == (date(2026, 9, 12), date(2026, 9, 25))
    assert [(m.outside.row, m.record.uid, m.days_apart) for m in result.matched] == [(3, births["甲母"], 3)]
    assert [r.row for r in result.only_outside] == [4, 5, 6]
    assert result.only_outside[0].person_uid is not None          # 乙母 is on file: 出生登记 opens for her
    assert result.only_outside[1].person_uid is None
    assert "后几位已丢失" in result.only_outside[2].problem
    # 乙母's and 丙母's births (2026-09-10) lie before the list's first day but within its 7-day window;
    # only records inside the list's own range count as missing from it: none here
    assert {r.uid for r in result.only_fpdesk} == set()
    assert result.agreement_rate == 25.0 and result.error_rate == 75.0

    wider = xlsx(tmp_path / "医院2.xlsx", {"Sheet1": [["产妇姓名", "身份证号码", "出生日期"],
                                                     ["甲母", ids["甲母"], date(2026, 9, 10)],
                                                     ["外来", stranger, date(2026, 9, 1)],
                                                     ["外来2", stranger, date(2026, 9, 30)]]})
    with db.read_session() as s:
        result = reconcile(s, wider, "births")
    assert [m.outside.row for m in result.matched] == [2]
    assert [r.row for r in result.only_outside] == [3, 4]
    assert sorted(r.name for r in result.only_fpdesk) == ["丙母", "乙母"]      # 丁母's March birth is out of range
    out = write_xlsx(result, tmp_path / "核对.xlsx", mask_ids=True)
    book = load_workbook(out)
    assert book.sheetnames == ["核对结果", "一致", "仅在外部名单", "仅在本系统"]
    assert book["仅在本系统"].max_row == 3 and "*" in book["仅在本系统"]["B2"].value
    assert list(book["核对结果"].values)[-1] == ("误差率（%）", 80)


def test_marriage_list_three_lists(township, tmp_path):
    db, ids, _births = township
    path = xlsx(tmp_path / "民政.xlsx", {"登记": [
        ["男方姓名", "男方身份证号", "女方姓名", "女方身份证号", "登记日期"],
        ["新郎", ids["新郎"], "新娘", ids["新娘"], "2026/9/18"],
        ["别人", idcard.build("610628", date(1994, 4, 4), 401), "别家", idcard.build("610628", date(1994, 4, 4), 402),
         "2026.9.21"]]})
    with db.read_session() as s:
        result = reconcile(s, path, "marriages")
    assert [(m.outside.row, m.days_apart) for m in result.matched] == [(2, 2)]
    assert [r.row for r in result.only_outside] == [3]
    assert [r.name for r in result.only_fpdesk] == ["另一位"]     # the couple's two records are one registration
    assert result.error_rate == pytest.approx(66.7)


def test_a_file_without_a_list_header_is_refused(township, tmp_path):
    db, _ids, _births = township
    path = xlsx(tmp_path / "x.xlsx", {"Sheet1": [["编号", "金额"], [1, 2]]})
    with db.read_session() as s, pytest.raises(SheetFileError, match="找不到出生名单的表头"):
        reconcile(s, path, "births")
