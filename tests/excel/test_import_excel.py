"""import-excel on a messy register: what lands in the database, what is refused
and why, dry run, re-import (FORMATS.md §6)."""

from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from fpdesk.db.models import Contraception, Household, Person
from fpdesk.domain import idcard
from fpdesk.services import records
from fpdesk.services.excel_import import import_excel, write_problem_rows
from tests.excel.helpers import EAST, TODAY, WEST, office_db, xlsx

HEAD_ID = idcard.build("610628", date(1986, 3, 9), 131)
WIFE_BIRTH = date(1990, 5, 17)
WIFE_ID = next(n for n in (idcard.build("610628", WIFE_BIRTH, s) for s in range(100, 300, 2)) if n.endswith("X"))
DAUGHTER_IN_LAW_ID = idcard.build("610628", date(1992, 7, 20), 242)
OLD_ID15 = "610628500304151"           # a legacy 15-digit number: born 1950-03-04, man
KNOWN_ID = idcard.build("610628", date(1985, 2, 3), 224)
MUSLIM_ID = idcard.build("610628", date(1988, 8, 8), 226)

HEADER1 = ["序号", "姓名", "性别", "民族", "出生\n日期", "身份证号码（18位）", "与户主关系", "户主姓名", "组别",
           "婚姻状况", "初婚日期", "现有子女", None, "现用避孕措施", "措施时间", "联系电话", "文化程度", "备注"]
HEADER2 = [None] * 11 + ["男", "女"] + [None] * 5


def row(**cells):
    keys = ["no", "name", "sex", "eth", "birth", "id", "rel", "head", "group", "mar", "fmd", "boys", "girls",
            "method", "mdate", "phone", "edu", "notes"]
    return [cells.get(k) for k in keys]


def messy_rows():
    return [
        ["东庄村育龄妇女花名册（2026年11月）"],                                                      # 1
        ["填报单位：和平镇人口计生办", None, None, None, None, "填报日期：2026-11-20"],                  # 2
        HEADER1,                                                                                      # 3
        HEADER2,                                                                                      # 4
        row(no=1, name="王建国", sex="男", eth="汉族", birth="1986-03-09", id=HEAD_ID, rel="户主", head="王建国",
            group="1组", mar="已婚", fmd="2012-10-01", boys=0, girls=1, edu="初中"),                     # 5
        row(no=2, name="张秀梅", sex="女", eth="汉", birth="1990/5/17", id=WIFE_ID.lower(), rel="妻",
            head="王建国", group="一组", mar="初婚", fmd="2012年10月1日", method="上环", mdate="2015.3.2",
            phone="１３８００１３８０００", notes="  外出务工 "),                                          # 6
        [None] * 18,                                                                                  # 7
        row(no=3, name="王小红", sex="女", birth=datetime(2014, 6, 1), rel="女儿", head="王建国",
            group="第一组"),                                                                            # 8
        row(no=4, name="李老汉", birth="19500304", id=int(OLD_ID15), rel="户主", head="李老汉", group=2,
            mar="丧偶"),                                                                                # 9
        row(no=5, name="赵错号", sex="女", birth="1991-01-01", id=KNOWN_ID.replace("19850203", "19850204"),
            group=1, mar="已婚"),                                                                       # 10 refused
        row(no=6, sex="女", birth="1990-01-01", group=1, mar="已婚"),                                    # 11 refused
        row(no=7, name="钱丢位", sex="女", birth="1990-01-01", id=6.10628199001011e17, group=1),          # 12 refused
        row(no=8, name="孙不详", group=1, mar="未婚"),                                                   # 13 refused
        row(no=9, name="周媳妇", sex="女", birth="1992-07", id=DAUGHTER_IN_LAW_ID, rel="儿媳", head="李老汉",
            group="02", mar="初婚", fmd="20150101", method="口服药", mdate=20200301),                     # 14
        row(no=2, name="张秀梅", sex="女", eth="汉", birth="1990/5/17", id=WIFE_ID.lower(), rel="妻",
            head="王建国", group="一组", mar="初婚", fmd="2012年10月1日", method="上环", mdate="2015.3.2",
            phone="１３８００１３８０００", notes="  外出务工 "),                                          # 15 duplicate of 6
        row(no=10, name="吴已有", sex="女", birth="1985.2.3", id=KNOWN_ID, group=3, mar="再婚",
            phone="13900000000"),                                                                     # 16 existing person
        ["合计", None, None, None, None, None, None, None, None, None, None, 3, 2],                      # 17
        row(no=11, name="马回回", sex="女", eth="回", birth="1988年8月8日", id=MUSLIM_ID, rel="户主", group=4,
            mar="已婚", fmd="2010-05-05", method="女扎"),                                                # 18
    ]


WEST_ROWS = [["姓名", "性别", "出生日期", "户号", "组", "关系"],
             ["陈一", "男", "1970-01-01", "3", "3", "户主"],
             ["陈二", "女", "1972-02-02", "3", "3", "配偶"]]


@pytest.fixture
def office(tmp_path):
    db, actor = office_db(tmp_path / "office.db")
    with db.session() as s:   # 吴已有 is already on file, without a phone, 已婚
        hh = records.create(s, actor, "households", {"village_code": EAST, "group_no": "03",
                                                     "household_no": EAST + "030001"}, today=TODAY).uid
        known = records.create(s, actor, "persons", {
            "household_uid": hh, "name": "吴已有", "sex": 2, "birth_date": date(1985, 2, 3), "id_number": KNOWN_ID,
            "relation": "01", "residence": 1, "marital_status": 20}, today=TODAY).uid
        records.update(s, actor, "households", hh, {"head_uid": known}, today=TODAY)
    yield db, actor, known
    db.close()


@pytest.fixture
def messy(tmp_path):
    return xlsx(tmp_path / "花名册.xlsx", {"东庄村": messy_rows(), "西庄": WEST_ROWS},
                merges={"东庄村": ["A1:R1", "L3:M3", "B3:B4", "C3:C4"]})


def snapshot(db):
    with db.read_session() as s:
        return {t: s.execute(text(f"SELECT count(*), coalesce(max(rev), 0) FROM {t}")).one()
                for t in ("persons", "households", "contraception")} | {
            "rev": s.execute(text("SELECT value FROM rev_counter")).scalar(),
            # the automatic backup before an import is audited too; record changes are what count here
            "audit": s.execute(text("SELECT count(*) FROM audit_log WHERE action != 'backup'")).scalar()}


def person(db, name):
    with db.read_session() as s:
        p = s.scalars(select(Person).where(Person.name == name)).one()
        hh = s.get(Household, p.household_uid)
        eps = s.execute(select(Contraception.method, Contraception.start_date, Contraception.end_date)
                        .where(Contraception.woman_uid == p.uid)).all()
        return p, hh, eps


def test_the_summary_names_sheets_columns_refusals_and_warnings(office, messy):
    db, actor, _known = office
    summary = import_excel(db, actor, messy, today=TODAY)
    data = summary.as_json()
    east, west = data["sheets"]
    assert east["name"] == "东庄村" and east["header_row"] == 4 and east["rows"] == 12
    assert east["columns"] == {"序号": None, "姓名": "name", "性别": "sex", "民族": "ethnicity",
                               "出生日期": "birth_date", "身份证号码（18位）": "id_number", "与户主关系": "relation",
                               "户主姓名": "head_name", "组别": "group_no", "婚姻状况": "marital_status",
                               "初婚日期": "first_marriage_date", "现有子女/男": None, "现有子女/女": None,
                               "现用避孕措施": "method", "措施时间": "method_date", "联系电话": "phone",
                               "文化程度": None, "备注": "notes"}
    assert west == {"name": "西庄", "header_row": 1, "rows": 2,
                    "columns": {"姓名": "name", "性别": "sex", "出生日期": "birth_date", "户号": "household_no",
                                "组": "group_no", "关系": "relation"}}
    assert sorted({(r["sheet"], r["row"]) for r in data["refused"]}) == [("东庄村", n) for n in (10, 11, 12, 13)]
    reasons = {r["row"]: r for r in data["refused"]}
    assert reasons[10]["column"] == "身份证号码（18位）" and "出生日期" in reasons[10]["reason"]
    assert reasons[11] == {"sheet": "东庄村", "row": 11, "column": "姓名", "reason": "必须填写姓名"}
    assert reasons[12]["column"] == "身份证号码（18位）" and "后几位已丢失" in reasons[12]["reason"]
    assert {r["column"] for r in data["refused"] if r["row"] == 13} == {"性别", "出生日期"}
    assert all("身份证号码也无法提供" in r["reason"] for r in data["refused"] if r["row"] == 13)
    assert (data["inserted"], data["updated"], data["unchanged"]) == (8, 1, 1)
    assert data["households_inserted"] == 4 and data["episodes_inserted"] == 3
    warned = {(w["row"], w["column"]): w["reason"] for w in data["warnings"]}
    assert warned[(4, "文化程度")] == "表头“文化程度”无法识别，该列未导入"
    assert warned[(14, "与户主关系")] == "与户主关系“儿媳”按“其他”（09）导入"
    assert "与工作表“东庄村”第 6 行是同一人" in warned[(15, None)]
    assert warned[(16, "婚姻状况")] == "表中婚姻状况为“再婚”，档案中为“已婚”，未修改"
    assert warned[(18, "措施时间")].startswith("未填措施时间，按导入日期 2026-11-22 记录")


def test_every_field_that_lands_in_the_database(office, messy):
    db, actor, known = office
    import_excel(db, actor, messy, today=TODAY)
    head, hh, eps = person(db, "王建国")
    assert (head.sex, head.birth_date, head.id_number, head.ethnicity, head.relation, head.marital_status,
            head.first_marriage_date, head.residence, head.phone, head.notes) == \
        (1, date(1986, 3, 9), HEAD_ID, "01", "01", 20, date(2012, 10, 1), 1, None, None)
    assert (hh.village_code, hh.group_no, hh.household_no, hh.head_uid) == (EAST, "01", EAST + "010001", head.uid)
    assert eps == []
    wife, wife_hh, eps = person(db, "张秀梅")
    assert wife_hh.uid == hh.uid
    assert (wife.sex, wife.birth_date, wife.id_number, wife.ethnicity, wife.relation, wife.marital_status,
            wife.first_marriage_date, wife.phone, wife.notes, wife.residence) == \
        (2, WIFE_BIRTH, WIFE_ID, "01", "02", 21, date(2012, 10, 1), "13800138000", "外出务工", 1)
    assert eps == [(3, date(2015, 3, 2), None)]
    girl, girl_hh, _ = person(db, "王小红")
    assert (girl.birth_date, girl.relation, girl.sex, girl.id_number, girl_hh.uid) == \
        (date(2014, 6, 1), "04", 2, None, hh.uid)
    old, old_hh, _ = person(db, "李老汉")
    assert (old.id_number, old.sex, old.birth_date, old.marital_status, old.relation) == \
        (OLD_ID15, 1, date(1950, 3, 4), 30, "01")
    assert (old_hh.group_no, old_hh.household_no, old_hh.head_uid) == ("02", EAST + "020001", old.uid)
    dil, dil_hh, eps = person(db, "周媳妇")
    assert (dil.birth_date, dil.relation, dil.first_marriage_date, dil_hh.uid) == \
        (date(1992, 7, 20), "09", date(2015, 1, 1), old_hh.uid)
    assert eps == [(5, date(2020, 3, 1), None)]   # 20200301 typed as a number
    hui, hui_hh, eps = person(db, "马回回")
    assert (hui.ethnicity, hui.birth_date, hui_hh.group_no, hui_hh.head_uid) == ("03", date(1988, 8, 8), "04", hui.uid)
    assert eps == [(1, TODAY, None)]
    existing, _hh, _ = person(db, "吴已有")
    assert existing.uid == known and existing.phone == "13900000000" and existing.marital_status == 20
    west = {p.name: p for p in (person(db, "陈一")[0], person(db, "陈二")[0])}
    _p, chen_hh, _ = person(db, "陈一")
    assert (chen_hh.village_code, chen_hh.household_no, chen_hh.head_uid) == (WEST, WEST + "030003", west["陈一"].uid)
    assert west["陈二"].household_uid == chen_hh.uid and west["陈二"].relation == "02"
    with db.read_session() as s:
        assert s.scalar(select(Person.uid).where(Person.name.in_(["赵错号", "钱丢位", "孙不详"]))) is None
        audited = s.execute(text("SELECT count(*), max(detail) FROM audit_log WHERE action='create' "
                                 "AND table_name='persons' AND record_uid=:u"), {"u": wife.uid}).one()
        initials = s.execute(text("SELECT pinyin_initials FROM persons WHERE uid=:u"), {"u": wife.uid}).scalar()
    assert audited[0] == 1 and WIFE_ID not in audited[1] and idcard.mask(WIFE_ID) in audited[1]
    assert initials == "zxm"


def test_dry_run_writes_nothing_and_says_the_same(office, messy):
    db, actor, _known = office
    before = snapshot(db)
    dry = import_excel(db, actor, messy, dry_run=True, today=TODAY)
    assert snapshot(db) == before
    real = import_excel(db, actor, messy, today=TODAY)
    assert dry.as_json() == real.as_json()


def test_importing_the_same_file_again_changes_nothing(office, messy):
    db, actor, _known = office
    import_excel(db, actor, messy, today=TODAY)
    after_first = snapshot(db)
    again = import_excel(db, actor, messy, today=TODAY)
    assert snapshot(db) == after_first
    assert (again.inserted, again.updated, again.households_inserted, again.episodes_inserted) == (0, 0, 0, 0)
    assert again.unchanged == 10
    assert sorted({r["row"] for r in again.refused}) == [10, 11, 12, 13]


def test_a_new_method_ends_the_open_one(office, tmp_path):
    db, actor, _known = office
    first = xlsx(tmp_path / "a.xlsx", {"东庄村": [["姓名", "身份证号", "婚姻状况", "组", "措施", "措施时间"],
                                                ["张秀梅", WIFE_ID, "已婚", 1, "上环", "2015-03-02"]]})
    import_excel(db, actor, first, today=TODAY)
    later = xlsx(tmp_path / "b.xlsx", {"东庄村": [["姓名", "身份证号", "婚姻状况", "组", "措施", "措施时间"],
                                                ["张秀梅", WIFE_ID, "已婚", 1, "皮埋", "2024-06-01"]]})
    summary = import_excel(db, actor, later, today=TODAY)
    assert (summary.updated, summary.episodes_inserted) == (1, 1)
    _p, _hh, eps = person(db, "张秀梅")
    assert sorted(eps) == [(3, date(2015, 3, 2), date(2024, 6, 1)), (4, date(2024, 6, 1), None)]


def test_mapping_names_columns_by_hand_and_problem_rows_export(office, tmp_path):
    from openpyxl import load_workbook

    db, actor, _known = office
    path = xlsx(tmp_path / "m.xlsx", {"东庄村": [["名字", "证件号", "组"], ["张秀梅", WIFE_ID, 1], ["无号人", None, 1]]})
    summary = import_excel(db, actor, path, today=TODAY, mapping={"名字": "name", "证件号": "id_number"},
                           dry_run=True)
    assert summary.sheets[0].columns == {"名字": "name", "证件号": "id_number", "组": "group_no"}
    assert summary.inserted == 1 and [r["row"] for r in summary.refused] == [3, 3]
    out = write_problem_rows(summary, tmp_path / "问题行.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.values)
    assert rows[0] == ("原行号", "名字", "证件号", "组", "原因")
    assert rows[1][:4] == (3, "无号人", None, 1) and "身份证号码也无法提供" in rows[1][4]


def test_a_row_matching_a_person_is_still_refused_for_its_own_errors(office, tmp_path):
    db, actor, known = office
    wrong_sex = xlsx(tmp_path / "w.xlsx", {"东庄村": [["姓名", "身份证号", "性别", "组", "联系电话"],
                                                    ["吴已有", KNOWN_ID, "男", 3, "13700000000"]]})
    summary = import_excel(db, actor, wrong_sex, today=TODAY)
    assert [(r["row"], r["column"]) for r in summary.refused] == [(2, "身份证号")]
    assert "性别" in summary.refused[0]["reason"] and summary.updated == 0
    with db.read_session() as s:
        assert records.get(s, "persons", known)["phone"] is None


def test_a_sheet_that_cannot_be_placed_stops_the_whole_import(office, tmp_path):
    from fpdesk.services.sheet_reader import SheetFileError

    db, actor, _known = office
    before = snapshot(db)
    path = xlsx(tmp_path / "two.xlsx", {"东庄村": WEST_ROWS, "北坡": WEST_ROWS, "说明": [["本表由村专干填写"]]})
    with pytest.raises(SheetFileError, match="工作表“北坡”：无法确定所在村"):
        import_excel(db, actor, path, today=TODAY)
    assert snapshot(db) == before
    summary = import_excel(db, actor, path, sheets=["东庄村", "北坡"], village=WEST, today=TODAY, dry_run=True)
    assert [s.name for s in summary.sheets] == ["东庄村", "北坡"] and summary.inserted == 4


def test_a_gbk_csv_imports_like_a_workbook(office, tmp_path):
    db, actor, _known = office
    path = tmp_path / "东庄村.csv"
    lines = ["东庄村花名册,,,,", "姓名,身份证号码,出生日期,组别,现用避孕措施",
             f"张秀梅,{WIFE_ID.lower()},1990年5月17日,一组,放环", "钱丢位,6.10628E+17,1990-01-01,1,", "合计,,,,"]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    summary = import_excel(db, actor, path, today=TODAY)
    assert summary.sheets[0].name == "东庄村" and summary.sheets[0].header_row == 2
    assert (summary.inserted, summary.episodes_inserted) == (1, 1)
    assert [(r["row"], r["column"]) for r in summary.refused] == [(4, "身份证号码")]
    wife, hh, eps = person(db, "张秀梅")
    assert (wife.id_number, wife.sex, hh.village_code, hh.group_no) == (WIFE_ID, 2, EAST, "01")
    assert eps == [(3, TODAY, None)]


def test_village_by_column_name_or_code(office, tmp_path):
    db, actor, _known = office
    path = xlsx(tmp_path / "v.xlsx", {"Sheet1": [["所在村", "村民小组", "姓名", "性别", "出生年月日", "关系"],
                                                ["东庄", "第二组", "甲", "男", "1980.1.2", "户主"],
                                                [WEST, "2", "乙", "女", "1981-02-03", "户主"],
                                                ["北坡村", "1", "丙", "女", "1982-03-04", "户主"]]})
    summary = import_excel(db, actor, path, today=TODAY)
    assert summary.inserted == 2 and summary.refused == [
        {"sheet": "Sheet1", "row": 4, "column": "所在村", "reason": "“北坡村”不是本乡镇的村"}]
    assert (person(db, "甲")[1].village_code, person(db, "甲")[1].group_no) == (EAST, "02")
    assert person(db, "乙")[1].village_code == WEST
