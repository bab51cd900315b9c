"""The women's roster and people search on a small hand-made township."""

from datetime import date

import pytest

from fpdesk.domain import idcard
from fpdesk.services import people, records
from fpdesk.services.roster import RosterFilter, roster_rows, roster_uids, search_people
from tests.conftest import CLERK

ON = date(2026, 11, 22)
V1, V2 = "610628101001", "610628101002"


def _person(s, hh, name, sex, birth, seq, **extra):
    fields = {"household_uid": hh, "name": name, "sex": sex, "birth_date": birth,
              "id_number": idcard.build("610628", birth, seq), "relation": "02", "residence": 1,
              "marital_status": 10 if birth.year > 1995 else 21, **extra}
    if fields["marital_status"] == 21:
        fields.setdefault("first_marriage_date", date(birth.year + 22, 5, 1))
    return records.create(s, CLERK, "persons", fields, today=ON, accept_warnings=True).uid


@pytest.fixture
def town(db):
    uids = {}
    with db.session() as s:
        for code, name in ((V1, "东庄村"), (V2, "西沟村")):
            records.create(s, CLERK, "regions", {"code": code, "name": name, "level": "village",
                                                "parent_code": "610628101000"}, today=ON)
        h1 = records.create(s, CLERK, "households", {"village_code": V1, "group_no": "01",
                                                     "household_no": V1 + "010001"}, today=ON).uid
        h2 = records.create(s, CLERK, "households", {"village_code": V1, "group_no": "02",
                                                     "household_no": V1 + "020007"}, today=ON).uid
        h3 = records.create(s, CLERK, "households", {"village_code": V2, "group_no": "01",
                                                     "household_no": V2 + "010003"}, today=ON).uid
        uids["zxm"] = _person(s, h1, "张秀梅", 2, date(1990, 5, 17), 122)
        uids["lh"] = _person(s, h1, "李红", 2, date(2001, 3, 3), 124, relation="04")
        uids["wf"] = _person(s, h2, "王芳", 2, date(1976, 11, 22), 126)       # turns 50 on ON: out
        uids["wf2"] = _person(s, h2, "王芬", 2, date(1976, 11, 23), 128)      # 49 until tomorrow: in
        uids["zl"] = _person(s, h2, "赵丽", 2, date(2011, 11, 23), 130, relation="04")  # 14: out
        uids["zl2"] = _person(s, h2, "赵莉", 2, date(2011, 11, 22), 132, relation="04")  # 15 today: in
        uids["man"] = _person(s, h3, "张晓明", 1, date(1990, 1, 1), 133, relation="01")
        uids["gone"] = _person(s, h3, "孙燕", 2, date(1992, 2, 2), 134, residence=8,
                               left_date=date(2025, 1, 1))
        uids["away"] = _person(s, h3, "周敏", 2, date(1993, 6, 6), 136, residence=2,
                               left_date=date(2024, 1, 1))
        records.create(s, CLERK, "contraception", {"woman_uid": uids["zxm"], "method": 3,
                                                   "start_date": date(2020, 1, 10)}, today=ON)
        records.create(s, CLERK, "contraception", {"woman_uid": uids["away"], "method": 7,
                                                   "start_date": date(2019, 1, 1), "end_date": date(2024, 1, 1),
                                                   "end_reason": 5}, today=ON)
        records.create(s, CLERK, "services", {"person_uid": uids["zxm"], "type": 1,
                                              "date": date(2026, 9, 1)}, today=ON)
        child = people.register_birth(s, CLERK, uids["zxm"], {"birth_date": date(2015, 6, 1), "sex": 1},
                                      {"name": "张浩宇", "relation": "03"}, today=ON)
    return uids, child


def names(db, flt=RosterFilter(), sort="village", descending=False):
    with db.read_session() as s:
        uids = roster_uids(s, flt, ON, sort, descending)
        rows = roster_rows(s, uids, ON)
    return [rows[u].name for u in uids]


def test_roster_holds_exactly_the_women_15_to_49_still_here(db, town):
    assert sorted(names(db)) == sorted(["张秀梅", "李红", "王芬", "赵莉", "周敏"])


def test_filters(db, town):
    assert sorted(names(db, RosterFilter(village_code=V1, group_no="02"))) == ["王芬", "赵莉"]
    assert names(db, RosterFilter(village_code=V2)) == ["周敏"]
    assert sorted(names(db, RosterFilter(marital=(20, 21, 22, 23)))) == sorted(["张秀梅", "王芬", "周敏"])
    assert names(db, RosterFilter(method=3)) == ["张秀梅"]
    assert sorted(names(db, RosterFilter(method=-1))) == sorted(["李红", "王芬", "赵莉", "周敏"])
    assert names(db, RosterFilter(residence=(2,))) == ["周敏"]


@pytest.mark.parametrize("text,expected", [
    ("zxm", ["张秀梅"]), ("ZXM", ["张秀梅"]), ("秀梅", ["张秀梅"]), ("199005", ["张秀梅"]),
    ("6106281101002020", []), (V1 + "02", ["王芬", "赵莉"]), ("wf", ["王芬"]), ("qq", []),
])
def test_search_in_the_roster(db, town, text, expected):
    assert sorted(names(db, RosterFilter(text=text))) == sorted(expected)


def test_sorting_is_done_in_sql(db, town):
    assert names(db, sort="age") == ["赵莉", "李红", "周敏", "张秀梅", "王芬"]
    assert names(db, sort="age", descending=True) == ["王芬", "张秀梅", "周敏", "李红", "赵莉"]
    assert names(db, sort="name") == ["李红", "王芬", "张秀梅", "赵莉", "周敏"]  # li, wang, zhang, zhao, zhou
    assert names(db, sort="children", descending=True)[0] == "张秀梅"


def test_roster_row_content(db, town):
    uids, _ = town
    with db.read_session() as s:
        row = roster_rows(s, [uids["zxm"]], ON)[uids["zxm"]]
    assert (row.age, row.village_name, row.group_no) == (36, "东庄村", "01")
    assert (row.sons, row.daughters, row.method, row.method_since) == (1, 0, 3, date(2020, 1, 10))
    assert row.last_check == date(2026, 9, 1)


def test_search_people_finds_anyone_living_first(db, town):
    with db.read_session() as s:
        hits = search_people(s, "zxm")
        assert [h.name for h in hits] == ["张晓明", "张秀梅"]  # zhang xiao < zhang xiu
        assert [h.name for h in search_people(s, "sy")] == ["孙燕"]  # moved out, still findable
        assert search_people(s, "  ") == []


def test_register_birth_creates_child_birth_and_closes_the_pregnancy(db, town):
    uids, _ = town
    with db.session() as s:
        preg = records.create(s, CLERK, "pregnancies", {"woman_uid": uids["zxm"], "found_date": date(2026, 4, 1),
                                                        "edd": date(2026, 11, 10), "outcome": 0}, today=ON).uid
        child, birth = people.register_birth(s, CLERK, uids["zxm"],
                                             {"birth_date": date(2026, 11, 12), "sex": 2, "delivery": 2},
                                             {"name": "张欣怡", "relation": "04"}, today=ON)
    with db.session() as s:
        detail = people.person_detail(s, CLERK, uids["zxm"], ON)
        assert records.get(s, "births", birth)["order"] == 2
        assert records.get(s, "pregnancies", preg)["outcome"] == 1
        assert records.get(s, "persons", child)["household_uid"] == detail.household["uid"]
    assert "张欣怡" in [m.name for m in detail.members]
    kinds = [e.kind for e in detail.timeline]
    assert kinds.count("生育") == 2 and "宫内节育器" in kinds and "生殖健康检查" in kinds
    assert detail.timeline[0].date >= detail.timeline[-1].date
    with db.read_session() as s:
        from fpdesk.services import audit
        assert audit.entries(s, uids["zxm"])[0].action == "view"
