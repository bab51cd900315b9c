from datetime import date

import pytest

from fpdesk.domain import idcard

# The two examples of GB 11643-1999 (Beijing Chaoyang 1949, Guangdong Chaoyang 1880).
STANDARD_EXAMPLES = [
    ("11010519491231002X", date(1949, 12, 31), 2, "110105"),
    ("440524188001010014", date(1880, 1, 1), 1, "440524"),
]


@pytest.mark.parametrize("number, birth, sex, area", STANDARD_EXAMPLES)
def test_standard_examples_are_valid(number, birth, sex, area):
    info = idcard.parse(number)
    assert info.ok
    assert info.findings == ()
    assert info.number == number
    assert info.birth_date == birth
    assert info.sex == sex
    assert info.area_code == area


@pytest.mark.parametrize("first17, expected", [
    ("11010519491231002", "X"),
    ("44052418800101001", "4"),
    ("44052419800101001", "3"),
    ("99000019900101001", "7"),
])
def test_check_char(first17, expected):
    assert idcard.check_char(first17) == expected


@pytest.mark.parametrize("bad", ["1101051949123100", "1101051949123100A", "110105194912310021"])
def test_check_char_needs_17_digits(bad):
    with pytest.raises(ValueError):
        idcard.check_char(bad)


def test_wrong_check_digit_is_a_warning_only():
    info = idcard.parse("110105194912310021")
    assert info.ok
    assert [f.code for f in info.warnings] == ["check_digit"]
    assert info.errors == ()
    assert info.birth_date == date(1949, 12, 31)
    finding = info.warnings[0]
    assert finding.level == "warning"
    assert finding.message_zh == "身份证号码校验位错误：应为 X，实为 1"
    assert "X" in finding.message_en


@pytest.mark.parametrize("number", [
    "110105194902300021",  # 1949-02-30
    "110105194913010021",  # month 13
    "110105194900100021",  # month 0
    "110105184912310021",  # 1849: before 1850
    "110105490230002",     # legacy 15-digit, 1949-02-30
])
def test_impossible_birth_date_is_an_error(number):
    info = idcard.parse(number)
    assert not info.ok
    assert "date" in [f.code for f in info.errors]
    assert info.birth_date is None
    assert any("出生日期" in f.message_zh for f in info.errors)


def test_impossible_date_message_names_the_digits():
    info = idcard.parse("110105194913010021")
    date_error = [f for f in info.errors if f.code == "date"][0]
    assert "19491301" in date_error.message_zh
    assert "19491301" in date_error.message_en


@pytest.mark.parametrize("number, code", [
    ("", "length"),
    ("   ", "length"),
    ("11010519491231002", "length"),      # 17
    ("11010519491231002X1", "length"),    # 19
    ("1101054912310", "length"),          # 13
    ("11010519491231002A", "chars"),
    ("1101051949X231002X", "chars"),
    ("11010549123100X", "chars"),         # X not allowed in 15-digit numbers
    ("110105-94912310", "chars"),
])
def test_shape_errors(number, code):
    info = idcard.parse(number)
    assert not info.ok
    assert [f.code for f in info.errors] == [code]
    assert info.birth_date is None and info.sex is None


def test_length_message_gives_the_count():
    info = idcard.parse("11010519491231002")
    assert "17" in info.errors[0].message_zh


@pytest.mark.parametrize("raw", ["11010519491231002x", " 11010519491231002x  "])
def test_lower_case_x_and_spaces_are_normalised(raw):
    info = idcard.parse(raw)
    assert info.ok and info.findings == ()
    assert info.number == "11010519491231002X"
    assert info.raw == raw


def test_legacy_15_digits_parse_to_18():
    info = idcard.parse("110105491231002")
    assert info.ok
    assert info.number == "11010519491231002X"
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex == 2
    assert info.area_code == "110105"


@pytest.mark.parametrize("legacy, expected", [
    ("110105491231002", "11010519491231002X"),
    ("440524800101001", "440524198001010013"),
])
def test_to18(legacy, expected):
    assert idcard.to18(legacy) == expected


@pytest.mark.parametrize("bad", ["11010549123100", "11010549123100X", "11010519491231002X"])
def test_to18_rejects_non_15_digit_input(bad):
    with pytest.raises(ValueError):
        idcard.to18(bad)


@pytest.mark.parametrize("number, masked", [
    ("11010519491231002X", "110105********002X"),
    ("11010519491231002x", "110105********002X"),
    ("110105491231002", "110105*****1002"),
    ("", ""),
    ("12345", "*****"),
    ("1101051949", "**********"),
])
def test_mask(number, masked):
    assert idcard.mask(number) == masked


def test_build_matches_the_standard_example():
    assert idcard.build("110105", date(1949, 12, 31), 2) == "11010519491231002X"
    assert idcard.build("440524", date(1880, 1, 1), 1) == "440524188001010014"


@pytest.mark.parametrize("area, birth, seq, sex", [
    ("610628", date(1990, 5, 17), 123, 1),
    ("610628", date(1990, 5, 17), 122, 2),
    ("110105", date(2000, 2, 29), 0, 2),
    ("440524", date(1985, 12, 1), 999, 1),
])
def test_build_round_trips_through_parse(area, birth, seq, sex):
    number = idcard.build(area, birth, seq)
    assert len(number) == 18
    assert number[:6] == area and number[14:17] == f"{seq:03d}"
    info = idcard.parse(number)
    assert info.findings == ()
    assert info.birth_date == birth
    assert info.sex == sex


@pytest.mark.parametrize("area, seq", [("61062", 1), ("61062X", 1), ("610628", 1000), ("610628", -1)])
def test_build_rejects_bad_parts(area, seq):
    with pytest.raises(ValueError):
        idcard.build(area, date(1990, 1, 1), seq)


def test_unknown_area_code_is_a_warning():
    info = idcard.parse("990000199001010017")  # check char 7 is right
    assert info.ok
    assert [f.code for f in info.findings] == ["area"]
    assert info.findings[0].level == "warning"
    assert "990000" in info.findings[0].message_zh


@pytest.mark.parametrize("code, known", [
    ("110105", True),   # 朝阳区
    ("610628", True),   # 富县
    ("110103", True),   # 崇文区, revoked 2010: still known
    ("440524", True),   # 潮阳县, 1983-1993
    ("110199", False),
    ("990000", False),
    ("11010", False),
    ("1101051", False),
    ("11010A", False),
])
def test_area_known(code, known):
    assert idcard.area_known(code) is known


@pytest.mark.parametrize("number, sex", [
    ("440524800101001", 1),   # legacy: the 15th digit gives the sex
    ("110105490230001", 1),   # impossible date, still 15 digits
    ("110105490230002", 2),
    ("110105194902300011", 1),
])
def test_sex_from_sequence(number, sex):
    assert idcard.parse(number).sex == sex
