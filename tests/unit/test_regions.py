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
    assert "不是村级" in code_problem("610628101000", "village")
