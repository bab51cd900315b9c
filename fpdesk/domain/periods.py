"""Reporting periods (FORMATS.md §1 "Periods").

Statistical year N runs from N−1-10-01 to N-09-30. Its quarter 1 is
October–December of N−1, quarter 2 January–March of N, quarter 3 April–June,
quarter 4 July–September. Texts: "2026", "2026Q1", "2026-03",
"2026-01-01..2026-06-30". All end dates are inclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from fpdesk.domain.dates import add_years, format_iso, format_zh

MIN_YEAR, MAX_YEAR = 1900, 2100

FORMS_ZH = ("可用的格式：2026（统计年度，2025-10-01 至 2026-09-30）、2026Q1（统计年度的季度，Q1–Q4）、"
            "2026-03（月份）、2026-01-01..2026-06-30（日期范围）")
FORMS_EN = ("accepted forms: 2026 (statistical year 2025-10-01..2026-09-30), 2026Q1 (its quarter, Q1-Q4), "
            "2026-03 (month), 2026-01-01..2026-06-30 (date range)")

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")


class PeriodError(ValueError):
    """A period text or value that is not allowed; str() is the Chinese message."""

    def __init__(self, message_zh: str, message_en: str):
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en


@dataclass(frozen=True)
class Period:
    kind: str  # "year" | "quarter" | "month" | "range"
    start: date
    end: date  # inclusive
    text: str  # canonical form

    def contains(self, d: date | None) -> bool:
        return d is not None and self.start <= d <= self.end

    def label_zh(self) -> str:
        span = f"{format_zh(self.start)}—{format_zh(self.end)}"
        if self.kind == "year":
            return f"{self.text}统计年度（{span}）"
        if self.kind == "quarter":
            year, q = self.text.split("Q")
            return f"{year}年第{q}季度（{span}）"
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return span

    def label_en(self) -> str:
        span = f"{format_iso(self.start)} – {format_iso(self.end)}"
        if self.kind == "year":
            return f"Statistical year {self.text} ({span})"
        if self.kind == "quarter":
            year, q = self.text.split("Q")
            return f"{year} Q{q} ({span})"
        if self.kind == "month":
            return f"{MONTHS_EN[self.start.month - 1]} {self.start.year}"
        return span

    def year_earlier(self) -> Period:
        """The same kind of period one year before (for year-on-year columns)."""
        if self.kind == "year":
            return statistical_year(int(self.text) - 1)
        if self.kind == "quarter":
            year, q = self.text.split("Q")
            return quarter(int(year) - 1, int(q))
        if self.kind == "month":
            return month(self.start.year - 1, self.start.month)
        return date_range(add_years(self.start, -1), add_years(self.end, -1))


# -- constructors -----------------------------------------------------------

def statistical_year(n: int) -> Period:
    _check_year(n)
    return Period("year", date(n - 1, 10, 1), date(n, 9, 30), f"{n}")


def quarter(n: int, q: int) -> Period:
    _check_year(n)
    if q not in (1, 2, 3, 4):
        raise _error(f"季度应为 1–4，实为 {q}", f"quarter must be 1-4, not {q}")
    if q == 1:
        start, end = date(n - 1, 10, 1), date(n - 1, 12, 31)
    else:
        start = date(n, 3 * (q - 2) + 1, 1)
        end = _month_end(n, 3 * (q - 1))
    return Period("quarter", start, end, f"{n}Q{q}")


def month(y: int, m: int) -> Period:
    _check_year(y)
    if not 1 <= m <= 12:
        raise _error(f"月份应为 1–12，实为 {m}", f"month must be 1-12, not {m}")
    return Period("month", date(y, m, 1), _month_end(y, m), f"{y}-{m:02d}")


def date_range(start: date, end: date) -> Period:
    _check_year(start.year)
    _check_year(end.year)
    if start > end:
        raise _error(f"开始日期 {format_iso(start)} 晚于结束日期 {format_iso(end)}",
                     f"start {format_iso(start)} is after end {format_iso(end)}")
    return Period("range", start, end, f"{format_iso(start)}..{format_iso(end)}")


def month_before(d: date) -> Period:
    """The last complete month before `d`: what a month's report or submission covers."""
    return month(d.year - 1, 12) if d.month == 1 else month(d.year, d.month - 1)


def statistical_year_of(d: date) -> int:
    """The statistical year a date belongs to (October starts the next one)."""
    return d.year + 1 if d.month >= 10 else d.year


def quarter_of(d: date) -> Period:
    """The statistical quarter holding `d`."""
    q = 1 if d.month >= 10 else (d.month - 1) // 3 + 2
    return quarter(statistical_year_of(d), q)


# -- parsing ----------------------------------------------------------------

_YEAR = re.compile(r"(\d{4})", re.ASCII)
_QUARTER = re.compile(r"(\d{4})[Qq](\d)", re.ASCII)
_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)
_RANGE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def parse_period(text: str) -> Period:
    """Read one of the four period forms; raises PeriodError otherwise."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise PeriodError(f"未填写统计期间。{FORMS_ZH}", f"No period given; {FORMS_EN}")
    try:
        return _parse(cleaned)
    except PeriodError as exc:
        raise PeriodError(
            f"统计期间“{cleaned}”无效：{exc.message_zh}。{FORMS_ZH}",
            f'Invalid period "{cleaned}": {exc.message_en}; {FORMS_EN}') from None


def _parse(text: str) -> Period:
    if m := _YEAR.fullmatch(text):
        return statistical_year(int(m.group(1)))
    if m := _QUARTER.fullmatch(text):
        return quarter(int(m.group(1)), int(m.group(2)))
    if m := _MONTH.fullmatch(text):
        return month(int(m.group(1)), int(m.group(2)))
    if m := _RANGE.fullmatch(text):
        numbers = [int(g) for g in m.groups()]
        return date_range(_date(*numbers[:3]), _date(*numbers[3:]))
    raise _error("格式不符", "unrecognised form")


# -- helpers ----------------------------------------------------------------

def _date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise _error(f"日期 {y:04d}-{m:02d}-{d:02d} 不存在",
                     f"date {y:04d}-{m:02d}-{d:02d} does not exist") from None


def _month_end(y: int, m: int) -> date:
    first_next = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return first_next - timedelta(days=1)


def _check_year(y: int) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise _error(f"年份应在 {MIN_YEAR}–{MAX_YEAR} 之间，实为 {y}",
                     f"year must be between {MIN_YEAR} and {MAX_YEAR}, not {y}")


def _error(zh: str, en: str) -> PeriodError:
    return PeriodError(zh, en)
