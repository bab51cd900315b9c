import pytest

from fpdesk.domain.regions import code_problem, counties, find_county, level_of


def test_county_list_has_current_counties_with_full_names():
    assert find_county("610628").full_name == "陕西省 延安市 富县"
    assert find_county("110105").full_name == "北京市 朝阳区"
    assert find_county("610623") is None          # 子长县 became a city in 2019
    assert find_county("610626").name == "吴起县"  # renamed from 吴旗县 in 2005
    assert len(counties()) > 2800


def test_levels_and_problems():
    assert level_of("610628000000") == "county"
    assert level_of("610628101000") == "township"
    assert level_of("610628101001") == "village"
    assert level_of("6106281010") is None
    assert code_problem("610628101001", "village") is None
    assert "不是村级" in code_problem("610628101000", "village")[0]
    assert code_problem("610628101000", "village")[1] == "Region code 610628101000 is not a village code"


def test_county_list_is_current_simplified_and_without_duplicates():
    from collections import Counter

    from fpdesk.domain.regions import counties

    listed = counties()
    by_code = {c.code: c for c in listed}
    assert by_code["330113"].full_name == "浙江省 杭州市 临平区"          # newer than stdnum's table
    assert by_code["330114"].full_name == "浙江省 杭州市 钱塘区"
    assert [c.code for c in listed if c.name == "神农架林区"] == ["429021"]
    assert by_code["232761"].name == "加格达奇区" and by_code["232762"].name == "松岭区"
    assert len(by_code) == len(listed)
    assert [name for name, n in Counter(c.full_name for c in listed).items() if n > 1] == []
    traditional = set("區縣鄉鎮達嶺東門開關廣會華衛陽雲義灣豐遼寧龍鄭漢語書東")
    assert [c.full_name for c in listed if traditional & set(c.full_name)] == []
    assert [c.code for c in listed] == sorted(c.code for c in listed)


@pytest.mark.parametrize("code, year, expected", [
    ("610628", 1980, "612628"), ("610628", 1995, "612628"), ("610628", 1996, "610628"), ("610628", 2024, "610628"),
    ("610626", 1990, "612626"),      # 吴旗县 then, 吴起县 now: the same county under another name
    ("110101", 1980, "110101"),      # never changed
])
def test_the_area_code_a_county_had_in_a_year(code, year, expected):
    from fpdesk.domain.regions import area_code_in, area_valid_in

    assert area_code_in(code, year) == expected
    assert area_valid_in(expected, year)


def test_township_kind_by_the_statistical_division_rule():
    from fpdesk.domain.regions import township_kind

    assert township_kind("610628101000") == "镇" and township_kind("610628201000") == "乡"
    assert township_kind("610628001000") is None      # a 街道
