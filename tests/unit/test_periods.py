from datetime import date

import pytest

from fpdesk.domain.periods import (
    PeriodError,
    date_range,
    month,
    parse_period,
    quarter,
    quarter_of,
    statistical_year,
    statistical_year_of,
)


@pytest.mark.parametrize("text, kind, start, end, canonical", [
    ("2026", "year", date(2025, 10, 1), date(2026, 9, 30), "2026"),
    ("2026Q1", "quarter", date(2025, 10, 1), date(2025, 12, 31), "2026Q1"),
    ("2026Q2", "quarter", date(2026, 1, 1), date(2026, 3, 31), "2026Q2"),
    ("2026Q3", "quarter", date(2026, 4, 1), date(2026, 6, 30), "2026Q3"),
    ("2026Q4", "quarter", date(2026, 7, 1), date(2026, 9, 30), "2026Q4"),
    ("2026q2", "quarter", date(2026, 1, 1), date(2026, 3, 31), "2026Q2"),
    ("2026-03", "month", date(2026, 3, 1), date(2026, 3, 31), "2026-03"),
    ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
    ("2025-02", "month", date(2025, 2, 1), date(2025, 2, 28), "2025-02"),
    ("2026-12", "month", date(2026, 12, 1), date(2026, 12, 31), "2026-12"),
    ("2026-01-01..2026-06-30", "range", date(2026, 1, 1), date(2026, 6, 30), "2026-01-01..2026-06-30"),
    ("2026-05-05..2026-05-05", "range", date(2026, 5, 5), date(2026, 5, 5), "2026-05-05..2026-05-05"),
    ("  2026Q1 ", "quarter", date(2025, 10, 1), date(2025, 12, 31), "2026Q1"),
    (" 2026 ", "year", date(2025, 10, 1), date(2026, 9, 30), "2026"),
])
def test_parse_period_forms(text, kind, start, end, canonical):
    p = parse_period(text)
    assert (p.kind, p.start, p.end, p.text) == (kind, start, end, canonical)


def test_quarters_tile_the_statistical_year():
    year = statistical_year(2026)
    quarters = [quarter(2026, q) for q in (1, 2, 3, 4)]
    assert quarters[0].start == year.start and quarters[-1].end == year.end
    for a, b in zip(quarters, quarters[1:]):
        assert (b.start - a.end).days == 1


@pytest.mark.parametrize("text, inside, outside", [
    ("2026", [date(2025, 10, 1), date(2026, 9, 30)], [date(2025, 9, 30), date(2026, 10, 1)]),
    ("2026Q1", [date(2025, 10, 1), date(2025, 12, 31)], [date(2025, 9, 30), date(2026, 1, 1)]),
    ("2026-03", [date(2026, 3, 1), date(2026, 3, 31)], [date(2026, 2, 28), date(2026, 4, 1)]),
    ("2026-01-01..2026-06-30", [date(2026, 1, 1), date(2026, 6, 30)],
     [date(2025, 12, 31), date(2026, 7, 1)]),
])
def test_contains_both_ends(text, inside, outside):
    p = parse_period(text)
    assert all(p.contains(d) for d in inside)
    assert not any(p.contains(d) for d in outside)
    assert not p.contains(None)


@pytest.mark.parametrize("d, year", [
    (date(2025, 9, 30), 2025),
    (date(2025, 10, 1), 2026),
    (date(2025, 12, 31), 2026),
    (date(2026, 1, 1), 2026),
    (date(2026, 9, 30), 2026),
])
def test_statistical_year_of(d, year):
    assert statistical_year_of(d) == year


@pytest.mark.parametrize("d, text", [
    (date(2025, 10, 1), "2026Q1"),
    (date(2025, 12, 31), "2026Q1"),
    (date(2026, 1, 1), "2026Q2"),
    (date(2026, 3, 31), "2026Q2"),
    (date(2026, 4, 1), "2026Q3"),
    (date(2026, 7, 1), "2026Q4"),
    (date(2026, 9, 30), "2026Q4"),
    (date(2026, 10, 1), "2027Q1"),
])
def test_quarter_of(d, text):
    assert quarter_of(d).text == text


@pytest.mark.parametrize("text, label", [
    ("2026", "2026统计年度（2025年10月1日—2026年9月30日）"),
    ("2026Q1", "2026年第1季度（2025年10月1日—2025年12月31日）"),
    ("2026Q3", "2026年第3季度（2026年4月1日—2026年6月30日）"),
    ("2026-03", "2026年3月"),
    ("2025-01-01..2026-06-30", "2025年1月1日—2026年6月30日"),
])
def test_label_zh(text, label):
    assert parse_period(text).label_zh() == label


@pytest.mark.parametrize("text, label", [
    ("2026", "Statistical year 2026 (2025-10-01 – 2026-09-30)"),
    ("2026Q1", "2026 Q1 (2025-10-01 – 2025-12-31)"),
    ("2026-03", "March 2026"),
    ("2025-01-01..2026-06-30", "2025-01-01 – 2026-06-30"),
])
def test_label_en(text, label):
    assert parse_period(text).label_en() == label


@pytest.mark.parametrize("text, earlier, start, end", [
    ("2026", "2025", date(2024, 10, 1), date(2025, 9, 30)),
    ("2026Q1", "2025Q1", date(2024, 10, 1), date(2024, 12, 31)),
    ("2024-02", "2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024-02-29..2024-12-31", "2023-02-28..2023-12-31", date(2023, 2, 28), date(2023, 12, 31)),
])
def test_year_earlier(text, earlier, start, end):
    p = parse_period(text).year_earlier()
    assert (p.text, p.start, p.end) == (earlier, start, end)
    assert p.kind == parse_period(text).kind


@pytest.mark.parametrize("text", [
    "", "   ", "2026Q5", "2026Q0", "2026-13", "2026-00", "2026-3", "26", "20261",
    "2026Q", "Q1", "2026 Q1", "2026-06-30..2026-01-01", "2026-02-30..2026-03-31",
    "2026-01-01..", "2026-01-01...2026-02-01", "1899", "2101", "1899-12", "2101Q1",
    "1899-01-01..2026-01-01", "2026-01-01..2101-01-01", "abc", "2026-03-01",
])
def test_invalid_period_texts(text):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    message = str(info.value)
    assert "可用的格式" in message
    assert "2026Q1" in message and "2026-03" in message and "2026-01-01..2026-06-30" in message
    assert "accepted forms" in info.value.message_en
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text, reason", [
    ("2026Q5", "季度"),
    ("2026-13", "月份"),
    ("2026-06-30..2026-01-01", "晚于"),
    ("2026-02-30..2026-03-31", "不存在"),
    ("1899", "1900"),
    ("", "未填写"),
])
def test_invalid_period_message_names_the_reason(text, reason):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    assert reason in str(info.value)


def test_constructors_validate():
    with pytest.raises(PeriodError):
        quarter(2026, 5)
    with pytest.raises(PeriodError):
        month(2026, 0)
    with pytest.raises(PeriodError):
        date_range(date(2026, 2, 1), date(2026, 1, 31))
    with pytest.raises(PeriodError):
        statistical_year(2101)


def test_the_month_before_a_day():
    from datetime import date

    from fpdesk.domain.periods import month_before

    assert month_before(date(2026, 11, 22)).text == "2026-10"
    assert month_before(date(2026, 1, 5)).text == "2025-12"
    assert month_before(date(2026, 3, 1)).end == date(2026, 2, 28)
