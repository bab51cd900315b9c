"""The registers as data, on a small township written through the record
services: people and events on both sides of the 2025-09-30 / 2025-10-01
boundary of statistical years 2025 and 2026, and soft-deleted rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from fpdesk.domain import idcard
from fpdesk.domain.periods import parse_period, statistical_year
from fpdesk.output.layout import TableDocument
from fpdesk.output.ledgers import LEDGERS, build_ledger
from fpdesk.services import office, people, records
from tests.conftest import ADMIN, CLERK, VIEWER

ON = date(2026, 11, 22)
TOWNSHIP, EAST, WEST = "610628101000", "610628101001", "610628101002"
Y2025, Y2026 = parse_period("2025"), parse_period("2026")
LAST_DAY, FIRST_DAY = date(2025, 9, 30), date(2025, 10, 1)


@dataclass
class Town:
    households: dict[str, str] = field(default_factory=dict)     # label → uid
    persons: dict[str, str] = field(default_factory=dict)        # name → uid
    ids: dict[str, str] = field(default_factory=dict)            # name → ID number


def create(session, table: str, fields: dict) -> str:
    return records.create(session, CLERK, table, fields, accept_warnings=True, today=ON).uid


def household(session, town: Town, label: str, village: str, group: str, number: int) -> str:
    uid = create(session, "households", {"village_code": village, "group_no": group,
                                         "household_no": f"{village}{group}{number:04d}", "hukou_type": 2})
    town.households[label] = uid
    return uid


def person(session, town: Town, hh: str, name: str, sex: int, born: date, relation: str = "01", **more) -> str:
    seq = 100 + 2 * len(town.persons) + (1 if sex == 1 else 0)
    number = idcard.build("610628", born, seq)
    fields = {"household_uid": hh, "name": name, "sex": sex, "birth_date": born, "relation": relation,
              "id_number": number, "residence": 1, "marital_status": 10 if born.year > 2000 else 21,
              "ethnicity": "01", **more}
    if fields["marital_status"] == 21 and "first_marriage_date" not in fields:
        fields["first_marriage_date"] = date(born.year + 23, 5, 1)
    town.persons[name] = uid = create(session, "persons", fields)
    town.ids[name] = number
    return uid


def build_town(session) -> Town:
    office.create_office(session, office.OfficeSetup(
        TOWNSHIP, "和平镇", villages=[office.VillageSpec(EAST, "东庄村", 2), office.VillageSpec(WEST, "西沟村", 1)],
        admin_password="demo1234"))
    t = Town()
    h1 = household(session, t, "east-01", EAST, "01", 1)
    h2 = household(session, t, "east-02", EAST, "02", 1)
    h3 = household(session, t, "west-01", WEST, "01", 7)
    husband = person(session, t, h1, "李建国", 1, date(1988, 3, 9))
    wife = person(session, t, h1, "张秀梅", 2, date(1990, 5, 17), "02")
    person(session, t, h1, "李奶奶", 2, date(1976, 11, 22), "05")                  # turns 50 on ON: not 15–49
    person(session, t, h2, "王桂兰", 2, date(1977, 1, 10))                         # 49 until 2027-01-10
    person(session, t, h2, "王小妹", 2, date(2011, 11, 22), "04")                  # turns 15 on ON
    person(session, t, h2, "王幺妹", 2, date(2011, 11, 23), "04")                  # 15 only tomorrow
    person(session, t, h3, "赵丽", 2, date(1995, 2, 1), residence=3, arrived_date=date(2024, 3, 1))
    person(session, t, h3, "赵芳", 2, date(1996, 2, 1), "09", residence=2, left_date=date(2025, 4, 1))
    person(session, t, h3, "赵迁", 2, date(1997, 2, 1), "09", residence=8, left_date=date(2024, 4, 1))
    gone = person(session, t, h3, "赵删", 2, date(1998, 2, 1), "09")
    records.delete(session, CLERK, "persons", gone)
    person(session, t, h3, "赵老汉", 1, date(1940, 1, 1), "05", residence=9, death_date=LAST_DAY)
    person(session, t, h2, "王老汉", 1, date(1941, 1, 1), "05", residence=9, death_date=FIRST_DAY)
    records.update(session, CLERK, "households", h1, {"head_uid": husband}, accept_warnings=True, today=ON)
    _events(session, t, wife, husband)
    return t


def _events(session, t: Town, wife: str, husband: str) -> None:
    for born, sex, name, outcome in ((LAST_DAY, 1, "李明", 1), (FIRST_DAY, 2, "李玲", 1),
                                     (date(2026, 3, 1), 1, None, 2)):
        child = {"name": name, "relation": "03" if sex == 1 else "04"} if name else None
        birth = {"birth_date": born, "sex": sex, "delivery": 1, "place": 1, "father_uid": husband,
                 "outcome": outcome}
        if child:
            people.register_birth(session, CLERK, wife, birth, child, accept_warnings=True, today=ON)
        else:
            create(session, "births", {"mother_uid": wife, **birth})
    gone = create(session, "births", {"mother_uid": wife, "birth_date": date(2026, 5, 1), "sex": 1})
    records.delete(session, CLERK, "births", gone)
    west = t.persons["赵丽"]
    for when, event in ((LAST_DAY, 21), (FIRST_DAY, 40), (date(2026, 9, 30), 22)):
        create(session, "marriages", {"person_uid": west, "event": event, "date": when, "spouse_name": "钱某",
                                      "spouse_id_number": idcard.build("610628", date(1990, 1, 1), 311)})
    for when, direction in ((LAST_DAY, 1), (FIRST_DAY, 3)):
        create(session, "migrations", {"person_uid": t.persons["赵芳"], "direction": direction, "date": when,
                                       "place": "广东省深圳市", "contact": "13800001234"})
    create(session, "contraception", {"woman_uid": wife, "method": 3, "start_date": date(2020, 1, 1),
                                      "end_date": date(2025, 10, 5), "end_reason": 2})       # ended in 2026
    create(session, "contraception", {"woman_uid": wife, "method": 4, "start_date": date(2025, 10, 5)})
    create(session, "contraception", {"woman_uid": t.persons["王桂兰"], "method": 1,
                                      "start_date": LAST_DAY})                             # 2025 only
    for when, kind, declined in ((LAST_DAY, 1, False), (FIRST_DAY, 1, False), (date(2026, 2, 1), 1, True),
                                 (FIRST_DAY, 2, False), (FIRST_DAY, 4, False), (FIRST_DAY, 8, False),
                                 (FIRST_DAY, 6, False), (date(2026, 9, 30), 7, False), (FIRST_DAY, 10, False)):
        create(session, "services", {"person_uid": wife, "type": kind, "date": when, "declined": declined,
                                     "result": f"类型{kind}"})
    gone = create(session, "services", {"person_uid": wife, "type": 1, "date": FIRST_DAY})
    records.delete(session, CLERK, "services", gone)
    for year, program, amount in ((2026, 1, 960), (2026, 5, 1800.5), (2025, 1, 960)):
        create(session, "benefits", {"person_uid": wife if program == 5 else t.persons["王桂兰"],
                                     "program": program, "year": year, "amount": amount, "status": 3})


@pytest.fixture
def town(db):
    with db.session() as s:
        return build_town(s)


def ledger(db, name: str, period=None, village=None, actor=CLERK, on=ON) -> TableDocument:
    with db.read_session() as s:
        return build_ledger(s, actor, name, period, village, on)


def column(doc: TableDocument, heading: str) -> list:
    j = [c.heading for c in doc.columns].index(heading)
    return [row[j] for g in doc.groups for row in g.rows]


# -- the catalogue -----------------------------------------------------------------------
def test_eleven_registers_in_domain_order_with_their_titles():
    assert list(LEDGERS) == ["women", "population", "births", "deaths", "marriages", "migrations",
                             "contraception", "checks", "followups", "supplies", "benefits"]
    assert [s.title for s in LEDGERS.values()] == [
        "育龄妇女花名册", "全员人口登记册", "出生登记册", "死亡登记册", "婚姻变动登记册", "人口流动登记册",
        "避孕节育措施登记册", "生殖健康检查登记册", "随访服务登记册", "药具发放登记册", "奖励扶助与补贴发放登记册"]
    assert [n for n, s in LEDGERS.items() if not s.takes_period] == ["women", "population"]
    assert all(s.name == n for n, s in LEDGERS.items())


def test_every_register_lays_out_on_landscape_a4(db, town):
    for name in LEDGERS:
        doc = ledger(db, name, Y2026)
        assert doc.title == LEDGERS[name].title and doc.orientation == "landscape"
        assert doc.columns[0].heading == "序号" and sum(c.width for c in doc.columns) <= 270
        assert doc.unit == "填报单位：和平镇" and doc.issued == ON
        assert all(len(row) == len(doc.columns) for g in doc.groups for row in g.rows), name


def test_unknown_register_and_village_are_value_errors(db, town):
    with pytest.raises(ValueError, match="没有名为"):
        ledger(db, "violators")
    with pytest.raises(ValueError, match="610628101099"):
        ledger(db, "women", village="610628101099")


# -- registers of state --------------------------------------------------------------------
def test_women_15_to_49_on_the_day_by_village_group_household(db, town):
    doc = ledger(db, "women")
    assert doc.period == "截至2026年11月22日"
    assert [g.heading for g in doc.groups] == ["东庄村　第01组", "东庄村　第02组", "西沟村　第01组"]
    assert [g.sheet for g in doc.groups] == ["东庄村", "东庄村", "西沟村"]
    assert column(doc, "姓名") == ["张秀梅", "王桂兰", "王小妹", "赵丽", "赵芳"]
    assert column(doc, "序号") == [1, 2, 3, 1, 2]          # counted within each village
    assert column(doc, "年龄") == [36, 49, 15, 31, 30]
    assert column(doc, "户籍/居住\n状态") == ["户籍在册", "户籍在册", "户籍在册", "流入", "户籍外出/流出"]
    assert column(doc, "外出/流入\n日期") == [None, None, None, date(2024, 3, 1), date(2025, 4, 1)]
    wife = doc.groups[0].rows[0]
    assert column(doc, "男")[0] == 1 and column(doc, "女")[0] == 1      # the stillbirth is not a child
    assert column(doc, "现用避孕\n节育措施")[:2] == ["皮下埋植", "女性绝育"]
    assert wife[1] == "610628101001010001" and wife[4] == date(1990, 5, 17)


def test_women_on_an_earlier_day(db, town):
    doc = ledger(db, "women", on=date(2025, 9, 1))
    assert "王桂兰" in column(doc, "姓名") and "王小妹" not in column(doc, "姓名")
    assert column(doc, "现用避孕\n节育措施")[0] == "宫内节育器"


def test_ids_masked_for_a_viewer_only(db, town):
    shown = column(ledger(db, "women", actor=CLERK), "公民身份号码")
    assert shown[0] == town.ids["张秀梅"]
    assert column(ledger(db, "women", actor=ADMIN), "公民身份号码") == shown
    masked = column(ledger(db, "women", actor=VIEWER), "公民身份号码")
    assert masked == [idcard.mask(n) for n in shown] and "*" * 8 in masked[0]
    spouse = column(ledger(db, "marriages", Y2026, actor=VIEWER), "公民身份号码")
    assert all("********" in s for s in spouse)
    contact = column(ledger(db, "migrations", Y2026, actor=VIEWER), "联系方式")
    assert contact == ["*******1234"]


def test_population_is_everyone_on_the_register(db, town):
    doc = ledger(db, "population")
    names = column(doc, "姓名")
    # within a household by relation code: head, spouse, son, daughter, parent
    assert names == ["李建国", "张秀梅", "李明", "李玲", "李奶奶", "王桂兰", "王小妹", "王幺妹", "赵丽", "赵芳"]
    assert column(doc, "与户主\n关系")[:5] == ["本人/户主", "配偶", "子", "女", "父母"]
    assert "赵迁" not in names and "赵删" not in names and "王老汉" not in names
    earlier = column(ledger(db, "population", on=date(2025, 9, 30)), "姓名")
    # residence is taken as it is now (as for reminders): the dead stay off an earlier printing too
    assert "王老汉" not in earlier and "李玲" not in earlier and "李明" in earlier and "李奶奶" in earlier


def test_village_filter_and_unit(db, town):
    doc = ledger(db, "population", village=WEST)
    assert doc.unit == "填报单位：和平镇（西沟村）"
    assert column(doc, "姓名") == ["赵丽", "赵芳"]


# -- registers of a period -----------------------------------------------------------------
@pytest.mark.parametrize("period, names", [(Y2025, ["李明"]), (Y2026, ["李玲", ""])])
def test_births_by_birth_date_with_the_outcome(db, town, period, names):
    doc = ledger(db, "births", period)
    assert column(doc, "婴儿姓名") == names
    assert column(doc, "出生\n结局") == ["活产", "死产"][:len(names)]
    assert set(column(doc, "母亲姓名")) == {"张秀梅"}


def test_period_texts_and_the_default_period(db, town):
    assert ledger(db, "births", Y2026).period == "2025年10月1日至2026年9月30日"
    assert ledger(db, "births").period == "2026年10月1日至2027年9月30日"     # the year holding ON
    assert ledger(db, "births", on=date(2026, 1, 5)).period == "2025年10月1日至2026年9月30日"


def test_deaths_marriages_migrations_split_at_the_boundary(db, town):
    assert column(ledger(db, "deaths", Y2025), "姓名") == ["赵老汉"]
    assert column(ledger(db, "deaths", Y2026), "姓名") == ["王老汉"]
    assert column(ledger(db, "deaths", Y2026), "死亡\n年龄") == [84]
    assert column(ledger(db, "marriages", Y2025), "变动\n类别") == ["初婚"]
    assert column(ledger(db, "marriages", Y2026), "变动\n类别") == ["离婚", "再婚"]
    assert column(ledger(db, "migrations", Y2025), "流动\n类别") == ["流出"]
    assert column(ledger(db, "migrations", Y2026), "流动\n类别") == ["返回"]


def test_contraception_episodes_started_or_ended_in_the_period(db, town):
    doc = ledger(db, "contraception", Y2026)
    assert column(doc, "避孕节育\n措施") == ["宫内节育器", "皮下埋植"]
    assert column(doc, "结束日期") == [date(2025, 10, 5), None]
    assert column(ledger(db, "contraception", Y2025), "避孕节育\n措施") == ["女性绝育"]


def test_services_by_type_and_date(db, town):
    checks = ledger(db, "checks", Y2026)
    assert column(checks, "检查日期") == [FIRST_DAY, date(2026, 2, 1)]
    assert column(checks, "服务结果") == ["类型1", "本人拒绝"]
    assert column(ledger(db, "checks", Y2025), "检查日期") == [LAST_DAY]
    assert column(ledger(db, "followups", Y2026), "服务类别") == ["节育器随访", "产后访视"]
    assert column(ledger(db, "supplies", Y2026), "发放类别") == ["药具发放", "叶酸发放"]
    assert ledger(db, "supplies", parse_period("2026Q1")).row_count == 1


def test_benefits_of_the_benefit_year_with_totals(db, town):
    doc = ledger(db, "benefits", Y2026)               # ends 2026-09-30: benefit year 2026
    assert column(doc, "项目") == ["奖励扶助", "育儿补贴"]
    assert doc.subtotals and doc.grand_total
    amounts = column(doc, "金额\n（元）")
    assert sum(amounts) == doc.totals([r for g in doc.groups for r in g.rows])[10] and str(sum(amounts)) == "2760.50"
    assert column(ledger(db, "benefits", statistical_year(2025)), "项目") == ["奖励扶助"]


def test_the_benefits_register_defaults_to_the_calendar_year_of_the_day(db, town):
    """Printed in November 2026 without a period: the 2026 benefits (the statistical
    year 2027 has begun, but its benefit year has no payments yet)."""
    late_in_2026 = date(2026, 11, 22)
    doc = ledger(db, "benefits", None, on=late_in_2026)
    assert column(doc, "项目") == column(ledger(db, "benefits", statistical_year(2026)), "项目")
    assert "2026年度" in " ".join(doc.notes)
    assert ledger(db, "births", None, on=late_in_2026).period.startswith("2026年10月1日")   # others: year in progress
