import pytest

from fpdesk.domain import codes

CODE_SET_NAMES = [
    "SEX", "HUKOU_TYPE", "ETHNICITY", "RELATION", "RESIDENCE", "MARITAL_STATUS",
    "MARRIAGE_EVENT", "DELIVERY", "BIRTH_PLACE", "BIRTH_OUTCOME", "PREGNANCY_OUTCOME",
    "METHOD", "NO_METHOD_REASON", "END_REASON", "SERVICE_TYPE", "RING_RESULT",
    "PREGNANCY_RESULT", "DISEASE_RESULT", "SCREEN_RESULT", "MIGRATION_DIRECTION", "BENEFIT_PROGRAM",
    "BENEFIT_STATUS", "REGION_LEVEL", "ROLE",
]


@pytest.mark.parametrize("name", CODE_SET_NAMES)
def test_every_label_present_in_both_languages(name):
    code_set = getattr(codes, name)
    assert isinstance(code_set, codes.CodeSet)
    assert code_set.values()
    for value in code_set.values():
        zh, en = code_set.label(value), code_set.label(value, "en")
        assert zh.strip() and en.strip()
        assert zh != str(value) and en != str(value)


def test_all_holds_every_code_set_once():
    assert sorted(id(cs) for cs in codes.ALL.values()) == sorted(
        id(getattr(codes, n)) for n in CODE_SET_NAMES)
    for key, code_set in codes.ALL.items():
        assert code_set.name == key


def test_ethnicity_has_56_groups_plus_two():
    eth = codes.ETHNICITY
    assert len(eth.values()) == 58
    assert eth.values()[:56] == [f"{i:02d}" for i in range(1, 57)]
    assert eth.label("01") == "汉族"
    assert eth.label("02") == "蒙古族"
    assert eth.label("11") == "满族"
    assert eth.label("56") == "基诺族"
    assert eth.label("97") == "其他"
    assert eth.label("98") == "外国血统中国籍人士"
    assert all(eth.label(v).endswith("族") for v in eth.values()[:56])
    assert len({eth.label(v) for v in eth.values()}) == 58
    assert 1 not in eth  # codes are two-character strings


@pytest.mark.parametrize("code_set, value, zh", [
    (codes.SEX, 1, "男"),
    (codes.SEX, 2, "女"),
    (codes.RELATION, "01", "本人/户主"),
    (codes.RELATION, "06", "孙子女"),
    (codes.RELATION, "09", "其他"),
    (codes.RESIDENCE, 2, "户籍外出/流出"),
    (codes.RESIDENCE, 9, "死亡"),
    (codes.MARITAL_STATUS, 23, "复婚"),
    (codes.MARITAL_STATUS, 90, "未说明"),
    (codes.MARRIAGE_EVENT, 40, "离婚"),
    (codes.METHOD, 0, "未避孕"),
    (codes.METHOD, 3, "宫内节育器"),
    (codes.METHOD, 8, "外用避孕药"),
    (codes.NO_METHOD_REASON, 1, "计划怀孕"),
    (codes.NO_METHOD_REASON, 2, "哺乳期"),
    (codes.NO_METHOD_REASON, 9, "其他"),
    (codes.SERVICE_TYPE, 5, "避孕咨询·知情选择"),
    (codes.SERVICE_TYPE, 10, "流动人口信息核查"),
    (codes.SERVICE_TYPE, 99, "其他"),
    (codes.RING_RESULT, 4, "带器妊娠"),
    (codes.PREGNANCY_RESULT, 2, "已孕"),
    (codes.DISEASE_RESULT, 1, "未见异常"),
    (codes.MIGRATION_DIRECTION, 5, "迁入"),
    (codes.BENEFIT_PROGRAM, 2, "特别扶助·伤残"),
    (codes.BENEFIT_PROGRAM, 4, "独生子女父母奖励费"),
    (codes.ROLE, "admin", "管理员"),
    (codes.ROLE, "clerk", "统计员"),
    (codes.ROLE, "viewer", "查看"),
])
def test_labels_from_domain(code_set, value, zh):
    assert code_set.label(value) == zh


@pytest.mark.parametrize("code_set, values", [
    (codes.SEX, [1, 2]),
    (codes.RELATION, ["01", "02", "03", "04", "05", "06", "09"]),
    (codes.RESIDENCE, [1, 2, 3, 8, 9]),
    (codes.MARITAL_STATUS, [10, 20, 21, 22, 23, 30, 40, 90]),
    (codes.MARRIAGE_EVENT, [21, 22, 23, 30, 40]),
    (codes.PREGNANCY_OUTCOME, [0, 1, 2, 3, 4, 5, 9]),
    (codes.METHOD, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    (codes.END_REASON, [1, 2, 3, 4, 5, 6, 7, 9]),
    (codes.SERVICE_TYPE, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]),
    (codes.RING_RESULT, [1, 2, 3, 4, 9]),
    (codes.MIGRATION_DIRECTION, [1, 2, 3, 4, 5]),
    (codes.BENEFIT_PROGRAM, [1, 2, 3, 4, 5, 9]),
    (codes.BENEFIT_STATUS, [1, 2, 3, 4]),
    (codes.REGION_LEVEL, ["county", "township", "village"]),
    (codes.ROLE, ["admin", "clerk", "viewer"]),
])
def test_code_values(code_set, values):
    assert sorted(code_set.values(), key=str) == sorted(values, key=str)


def test_label_unknown_value_and_language():
    assert codes.METHOD.label(42) == "42"
    assert codes.METHOD.label(42, "en") == "42"
    assert codes.METHOD.label(3, "en") == "IUD"
    assert codes.SEX.label(None) == ""


def test_contains():
    assert 3 in codes.METHOD
    assert 10 not in codes.METHOD
    assert "3" not in codes.METHOD
    assert True not in codes.SEX
    assert [1] not in codes.SEX
    assert "01" in codes.RELATION
    assert "07" not in codes.RELATION
    assert "admin" in codes.ROLE and "root" not in codes.ROLE


def test_choices_in_code_order():
    assert codes.SEX.choices() == [(1, "男"), (2, "女")]
    assert codes.SEX.choices("en") == [(1, "Male"), (2, "Female")]
    assert [v for v, _ in codes.BENEFIT_STATUS.choices()] == [1, 2, 3, 4]


def test_sets():
    assert codes.LONG_ACTING == {1, 2, 3, 4}
    assert codes.MARRIED == {20, 21, 22, 23}
    assert codes.PRESENT == {1, 3}
    assert codes.HUKOU_BASIS == {1, 2}
    assert codes.RESIDENT_BASIS == {1, 3}
    assert codes.LONG_ACTING <= set(codes.METHOD.values())
    assert codes.MARRIED <= set(codes.MARITAL_STATUS.values())
