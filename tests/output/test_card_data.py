"""The cards as data, built from a small family written through the record
services and from the demo township; expected values come from the records."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from fpdesk.db.schema import open_database
from fpdesk.domain import idcard
from fpdesk.domain.dates import birth_window
from fpdesk.output.card_data import household_card, village_women_cards, woman_card
from fpdesk.output.layout import CardTable, FieldGrid
from fpdesk.output.pdf_page import Cancelled
from fpdesk.services import people, records, settings
from tests.conftest import CLERK, VIEWER

ON = date(2026, 11, 22)
TOWNSHIP, VILLAGE = "610628101000", "610628101001"
SECTION_TITLES = ["本人情况", "家庭户情况", "配偶情况", "婚姻变动", "子女情况", "孕情", "避孕节育", "服务记录"]


@dataclass
class Family:
    household: str
    wife: str
    husband: str
    wife_id: str
    births: list[date]
    services: int


def _create(session, table: str, fields: dict) -> str:
    return records.create(session, CLERK, table, fields, accept_warnings=True, today=ON).uid


def build_family(session, services: int = 0) -> Family:
    """A township with one village and a household: husband (head), wife with a
    marriage, two births, an ongoing pregnancy, an IUD episode and services
    (one declined), and their two children. `services` adds that many more
    follow-ups, for a card that runs over a page."""
    if not settings.get(session, "office_region_code"):
        _create(session, "regions", {"code": TOWNSHIP, "name": "和平镇", "level": "township"})
        _create(session, "regions", {"code": VILLAGE, "name": "东庄村", "level": "village",
                                     "parent_code": TOWNSHIP})
        settings.put(session, "office_region_code", TOWNSHIP)
    count = session.execute(text("SELECT count(*) FROM households")).scalar()
    number = VILLAGE + "01" + f"{count + 1:04d}"
    hh = _create(session, "households", {"village_code": VILLAGE, "group_no": "01", "household_no": number,
                                         "address": f"东庄村1组{count + 1}号", "hukou_type": 2})
    husband_birth, wife_birth = date(1988, 3, 9), date(1990, 5, 17)
    husband = _create(session, "persons", {
        "household_uid": hh, "name": "李建国", "sex": 1, "birth_date": husband_birth, "relation": "01",
        "id_number": idcard.build("610628", husband_birth, 131 + 2 * count), "residence": 1, "marital_status": 21,
        "ethnicity": "01", "phone": "13700001111"})
    wife_id = idcard.build("610628", wife_birth, 122 + 2 * count)
    wife = _create(session, "persons", {
        "household_uid": hh, "name": "张秀梅", "sex": 2, "birth_date": wife_birth, "relation": "02",
        "id_number": wife_id, "residence": 1, "marital_status": 21, "first_marriage_date": date(2012, 10, 1),
        "ethnicity": "01", "phone": "13912345678"})
    records.update(session, CLERK, "households", hh, {"head_uid": husband}, accept_warnings=True, today=ON)
    _create(session, "marriages", {"person_uid": wife, "event": 21, "date": date(2012, 10, 1),
                                   "spouse_name": "李建国", "spouse_uid": husband})
    births = [date(2014, 2, 3), date(2020, 7, 15)]
    for i, (born, sex, name) in enumerate(zip(births, (1, 2), ("李明", "李玲"))):
        people.register_birth(session, CLERK, wife, {"birth_date": born, "sex": sex, "delivery": 1 + i, "place": 1,
                                                     "father_uid": husband},
                              {"name": name, "relation": "03" if sex == 1 else "04"}, accept_warnings=True, today=ON)
    _create(session, "pregnancies", {"woman_uid": wife, "found_date": date(2026, 8, 1), "lmp_date": date(2026, 6, 20),
                                     "edd": date(2027, 3, 27), "outcome": 0})
    iud = _create(session, "contraception", {"woman_uid": wife, "method": 3, "start_date": date(2014, 6, 1),
                                             "end_date": date(2019, 9, 1), "end_reason": 1,
                                             "device_type": "宫铜IUD", "lifespan_years": 10})
    _create(session, "services", {"person_uid": wife, "type": 2, "date": date(2014, 7, 1), "result": "正常",
                                  "provider": "和平镇卫生院", "contraception_uid": iud})
    _create(session, "services", {"person_uid": wife, "type": 1, "date": date(2025, 3, 10), "item_ring": 9,
                                  "item_pregnancy": 1, "item_disease": 1, "item_cervical": 2, "item_breast": 1,
                                  "next_date": date(2025, 4, 10), "provider": "和平镇卫生院"})
    _create(session, "services", {"person_uid": wife, "type": 1, "date": date(2025, 6, 10), "declined": True,
                                  "provider": "和平镇卫生院"})
    for k in range(services):
        _create(session, "services", {"person_uid": wife, "type": 6, "date": date(2021, 1, 4) + timedelta(days=7 * k),
                                      "result": f"发放{k + 1}", "provider": "村卫生室"})
    return Family(hh, wife, husband, wife_id, births, 3 + services)


@pytest.fixture
def family(db):
    with db.session() as s:
        return build_family(s)


def grid(card, title: str) -> dict:
    block = next(b for b in card.blocks if isinstance(b, FieldGrid) and b.title == title)
    return dict(block.fields)


def table(card, title: str) -> CardTable:
    return next(b for b in card.blocks if isinstance(b, CardTable) and b.title == title)


def column(tab: CardTable, heading: str) -> list:
    j = [c.heading for c in tab.columns].index(heading)
    return [row[j] for row in tab.rows]


def test_woman_card_holds_every_section_with_her_records(db, family):
    with db.read_session() as s:
        card = woman_card(s, CLERK, family.wife, ON)
    assert card.title == "育龄妇女信息卡"
    assert card.unit == "和平镇 东庄村"
    assert card.number == f"{VILLAGE}010001-02"          # her household number and her place in it
    assert [b.title for b in card.blocks] == SECTION_TITLES
    me = grid(card, "本人情况")
    assert me["姓名"] == "张秀梅" and me["公民身份号码"] == family.wife_id and me["联系电话"] == "13912345678"
    assert me["婚姻状况"] == "初婚" and me["民族"] == "汉族" and me["户籍/居住状态"] == "户籍在册"
    assert grid(card, "家庭户情况")["户主姓名"] == "李建国"
    assert grid(card, "配偶情况")["姓名"] == "李建国"
    assert column(table(card, "婚姻变动"), "变动类别") == ["初婚"]
    children = table(card, "子女情况")
    assert column(children, "出生日期") == family.births
    assert column(children, "孩次") == [1, 2]
    assert column(children, "分娩方式") == ["阴道分娩", "剖宫产"]
    assert column(table(card, "孕情"), "妊娠结局")[-1] == "妊娠中"
    methods = table(card, "避孕节育")
    assert column(methods, "避孕节育措施") == ["宫内节育器"] and column(methods, "结束原因") == ["计划怀孕取出"]
    results = column(table(card, "服务记录"), "服务结果")
    assert len(results) == family.services
    assert "本人拒绝" in results
    assert "妇科检查：未见异常；宫颈癌筛查：异常·已转诊；乳腺癌筛查：未见异常" in results   # no 查孕 on paper
    assert not any("查孕" in r or "三查" in r for r in results)
    assert all(t.blank_rows >= 2 for t in card.blocks if isinstance(t, CardTable))


def test_viewer_sees_masked_ids_and_only_the_last_four_phone_digits(db, family):
    with db.read_session() as s:
        card = woman_card(s, VIEWER, family.wife, ON)
        home = household_card(s, VIEWER, family.household, ON)
    me = grid(card, "本人情况")
    assert me["公民身份号码"] == idcard.mask(family.wife_id) != family.wife_id
    assert me["联系电话"] == "*******5678"
    ids = column(table(home, "家庭成员"), "公民身份号码")
    assert idcard.mask(family.wife_id) in ids and family.wife_id not in ids


def test_records_dated_after_the_card_date_are_left_out(db, family):
    with db.read_session() as s:
        card = woman_card(s, CLERK, family.wife, date(2019, 12, 31))
    assert column(table(card, "子女情况"), "出生日期") == family.births[:1]
    assert column(table(card, "孕情"), "发现日期") == []
    assert column(table(card, "避孕节育"), "结束日期") == [date(2019, 9, 1)]


def test_unknown_uid_and_a_man_are_refused_in_chinese(db, family):
    with db.read_session() as s:
        with pytest.raises(ValueError, match="找不到此人"):
            woman_card(s, CLERK, "no-such-uid", ON)
        with pytest.raises(ValueError, match="不是女性"):
            woman_card(s, CLERK, family.husband, ON)
        with pytest.raises(ValueError, match="找不到此户"):
            household_card(s, CLERK, "no-such-household", ON)


def test_household_card_lists_every_member(db, family):
    with db.read_session() as s:
        card = household_card(s, CLERK, family.household, ON)
        names = {n for (n,) in s.execute(text(
            "SELECT name FROM persons WHERE household_uid = :h AND deleted = 0"), {"h": family.household})}
    assert card.title == "家庭户卡" and card.number == f"{VILLAGE}010001"
    members = table(card, "家庭成员")
    assert set(column(members, "姓名")) == names and len(members.rows) == 4
    assert column(members, "与户主关系")[0] == "本人/户主"


# -- a village of the demo ------------------------------------------------------------------------
def women_by_sql(path, village: str, on: date) -> list[tuple]:
    """(group, household, uid) of every living woman 15–49 of the village, straight from SQLite."""
    first, last = birth_window(on, 15, 49)
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT h.group_no, h.household_no, p.uid FROM persons p JOIN households h ON h.uid = p.household_uid "
            "WHERE p.deleted = 0 AND h.deleted = 0 AND p.sex = 2 AND p.residence IN (1, 2, 3) "
            "AND p.birth_date BETWEEN ? AND ? AND h.village_code = ?",
            (first.isoformat(), last.isoformat(), village)).fetchall()


def unit_by_sql(path, village: str) -> str:
    """「township village」: the office's region (settings hold it as JSON text) and the village."""
    with sqlite3.connect(path) as con:
        office = json.loads(con.execute("SELECT value FROM settings WHERE key = 'office_region_code'").fetchone()[0])
        names = [con.execute("SELECT name FROM regions WHERE code = ?", (code,)).fetchone()[0]
                 for code in (office, village)]
    return " ".join(names)


def first_village(path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT code FROM regions WHERE level = 'village' ORDER BY code LIMIT 1").fetchone()[0]


def test_village_cards_one_per_woman_in_group_and_household_order(small_demo):
    village = first_village(small_demo)
    expected = women_by_sql(small_demo, village, ON)
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            cards = village_women_cards(s, VIEWER, village, ON)
            alone = woman_card(s, VIEWER, expected[0][2], ON)
    finally:
        db.close()
    assert len(cards.cards) == len(expected) > 20
    by_number = {f"{hh}" for _, hh, _ in expected}
    numbers = [c.number.rsplit("-", 1)[0] for c in cards.cards]
    assert set(numbers) == by_number
    assert numbers == sorted(numbers)                   # household numbers begin with the group: group, household
    assert {c.unit for c in cards.cards} == {unit_by_sql(small_demo, village)}
    same = next(c for c in cards.cards if c.number == alone.number)
    assert same == alone                                # the set path and the one-woman path agree


def test_unknown_village_and_cancelling(small_demo):
    village = first_village(small_demo)
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            with pytest.raises(ValueError, match="没有代码为 999999999999 的村"):
                village_women_cards(s, CLERK, "999999999999", ON)
            with pytest.raises(Cancelled):
                village_women_cards(s, CLERK, village, ON, cancelled=lambda: True)
    finally:
        db.close()
