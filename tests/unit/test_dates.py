from datetime import date

import pytest

from fpdesk.domain.dates import (
    DateInputError,
    add_months,
    add_years,
    age_on,
    birthday,
    format_iso,
    format_zh,
    parse_date_input,
)


@pytest.mark.parametrize("start, n, expected", [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2025, 3, 31), -1, date(2025, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2025, 3, 31), 1, date(2025, 4, 30)),
    (date(2025, 11, 30), 3, date(2026, 2, 28)),
    (date(2025, 12, 15), 1, date(2026, 1, 15)),
    (date(2026, 1, 15), -13, date(2024, 12, 15)),
    (date(2025, 5, 31), 0, date(2025, 5, 31)),
    (date(2025, 8, 31), 12, date(2026, 8, 31)),
])
def test_add_months_clamps_to_month_end(start, n, expected):
    assert add_months(start, n) == expected


@pytest.mark.parametrize("start, n, expected", [
    (date(2024, 2, 29), 1, date(2025, 2, 28)),
    (date(2024, 2, 29), 4, date(2028, 2, 29)),
    (date(2024, 2, 29), -1, date(2023, 2, 28)),
    (date(2025, 6, 15), 10, date(2035, 6, 15)),
])
def test_add_years(start, n, expected):
    assert add_years(start, n) == expected


@pytest.mark.parametrize("birth, on, expected", [
    (date(2000, 2, 29), date(2025, 2, 28), 25),  # Feb-29 birthday reached on Feb 28
    (date(2000, 2, 29), date(2025, 2, 27), 24),
    (date(2000, 2, 29), date(2024, 2, 28), 23),  # leap year: not until Feb 29
    (date(2000, 2, 29), date(2024, 2, 29), 24),
    (date(1990, 6, 15), date(2025, 6, 14), 34),
    (date(1990, 6, 15), date(2025, 6, 15), 35),
    (date(1990, 6, 15), date(1990, 6, 15), 0),
    (date(1976, 12, 31), date(2026, 1, 1), 49),
])
def test_age_on_counts_completed_years(birth, on, expected):
    assert age_on(birth, on) == expected


@pytest.mark.parametrize("birth, age, expected", [
    (date(2000, 2, 29), 25, date(2025, 2, 28)),
    (date(1976, 3, 1), 50, date(2026, 3, 1)),
    (date(2011, 7, 9), 15, date(2026, 7, 9)),
])
def test_birthday(birth, age, expected):
    assert birthday(birth, age) == expected


@pytest.mark.parametrize("text", [
    "20261122", "2026-11-22", "2026/11/22", "2026.11.22", "2026年11月22日",
    "  2026-11-22 ", "\t20261122\n", "２０２６－１１－２２",
])
def test_parse_date_input_accepted_forms(text):
    assert parse_date_input(text) == date(2026, 11, 22)


@pytest.mark.parametrize("text, expected", [
    ("2026-3-5", date(2026, 3, 5)),
    ("2026年3月5日", date(2026, 3, 5)),
    ("20240229", date(2024, 2, 29)),
])
def test_parse_date_input_short_parts_and_leap_day(text, expected):
    assert parse_date_input(text) == expected


@pytest.mark.parametrize("text", [
    "2026-13-01", "2026-02-30", "20250229", "20261301", "abc", "2026-11",
    "26-11-22", "2026-11/22", "2026112", "2026-11-22x",
])
def test_parse_date_input_rejects_bad_dates(text):
    with pytest.raises(DateInputError) as info:
        parse_date_input(text)
    message = str(info.value)
    assert message.startswith("日期格式不正确")
    assert f"“{text}”" in message
    assert "2026-11-22" in message
    assert "date" in info.value.message_en.lower()


def test_parse_date_input_error_message_wording():
    with pytest.raises(DateInputError) as info:
        parse_date_input("2026-13-01")
    assert str(info.value) == "日期格式不正确：“2026-13-01”，请输入如 2026-11-22 或 20261122"


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_date_input_empty(text):
    with pytest.raises(DateInputError) as info:
        parse_date_input(text)
    assert "日期不能为空" in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("d, zh, iso", [
    (date(2026, 11, 22), "2026年11月22日", "2026-11-22"),
    (date(2026, 3, 5), "2026年3月5日", "2026-03-05"),
    (None, "", ""),
])
def test_format(d, zh, iso):
    assert format_zh(d) == zh
    assert format_iso(d) == iso


# -- birth windows (for SQL) agree with age_on, Feb 29 included -------------------
from datetime import timedelta as _td  # noqa: E402

from fpdesk.domain.dates import birth_window, latest_birth_for_age  # noqa: E402


@pytest.mark.parametrize("on", [date(2026, 11, 22), date(2027, 2, 28), date(2028, 2, 29),
                                date(2027, 3, 1), date(2025, 12, 31)])
def test_birth_window_matches_age_on_for_every_day_near_its_edges(on):
    first, last = birth_window(on, 15, 49)
    for edge in (first, last):
        for delta in range(-3, 4):
            born = edge + _td(days=delta)
            inside = first <= born <= last
            assert inside == (15 <= age_on(born, on) <= 49), (on, born)


def test_feb_29_birth_reaches_15_on_feb_28_of_a_common_year():
    assert latest_birth_for_age(date(2027, 2, 28), 15) == date(2012, 2, 29)
    assert latest_birth_for_age(date(2026, 11, 22), 15) == date(2011, 11, 22)
