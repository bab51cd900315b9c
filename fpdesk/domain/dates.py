"""Calendar arithmetic, ages and date input/output.

Month arithmetic clamps to the month's last day (Jan 31 + 1 month = Feb 28/29)
and a Feb-29 birthday falls on Feb 28 in other years (FORMATS.md §2).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

EXAMPLE_ZH = "请输入如 2026-11-22 或 20261122"
EXAMPLE_EN = "enter a date such as 2026-11-22 or 20261122"


class DateInputError(ValueError):
    """A date typed by the user could not be read; str() is the Chinese message."""

    def __init__(self, message_zh: str, message_en: str):
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.message_en = message_en


# -- arithmetic ---------------------------------------------------------------

def add_months(d: date, n: int) -> date:
    """`d` plus `n` calendar months (n may be negative), clamped to month end."""
    year, month0 = divmod(d.year * 12 + (d.month - 1) + n, 12)
    day = d.day
    if day > 28:   # only the last days of a month can need clamping (the reports call this often)
        day = min(day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


def add_years(d: date, n: int) -> date:
    """`d` plus `n` years; Feb 29 becomes Feb 28 in a non-leap year."""
    return add_months(d, 12 * n)


def birthday(birth: date, age: int) -> date:
    """The day a person born on `birth` turns `age`."""
    return add_years(birth, age)


def age_on(birth: date, on: date) -> int:
    """Completed years on `on` (negative when `on` is a year or more before birth)."""
    years = on.year - birth.year
    if add_years(birth, years) > on:
        years -= 1
    return years


def latest_birth_for_age(on: date, age: int) -> date:
    """The latest birth date at which a person has completed `age` years on `on`.

    So age_on(b, on) >= age exactly when b <= this date; a Feb-29 birth counts
    as reaching its birthday on Feb 28 of a common year.
    """
    latest = add_years(on, -age)
    if on.month == 2 and on.day == 28 and calendar.isleap(latest.year):
        latest = date(latest.year, 2, 29)
    return latest


def birth_window(on: date, min_age: int, max_age: int) -> tuple[date, date]:
    """Inclusive birth-date range of people aged min_age..max_age on `on`, for SQL."""
    return latest_birth_for_age(on, max_age + 1) + timedelta(days=1), latest_birth_for_age(on, min_age)


# -- input ------------------------------------------------------------------

_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_SEPARATED = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", re.ASCII)
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?", re.ASCII)


def _numbers(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) when `text` has one of the accepted shapes."""
    for pattern, groups in ((_COMPACT, (1, 2, 3)), (_SEPARATED, (1, 3, 4)), (_CHINESE, (1, 2, 3))):
        match = pattern.fullmatch(text)
        if match:
            return tuple(int(match.group(g)) for g in groups)  # type: ignore[return-value]
    return None


def parse_date_input(text: str) -> date:
    """Read a date typed by a clerk.

    Accepts 20261122, 2026-11-22, 2026/11/22, 2026.11.22 and 2026年11月22日
    (full-width digits too), with surrounding spaces.
    """
    raw = "" if text is None else str(text)
    cleaned = unicodedata.normalize("NFKC", raw).strip()
    if not cleaned:
        raise DateInputError(f"日期不能为空，{EXAMPLE_ZH}", f"The date is empty; {EXAMPLE_EN}")
    parts = _numbers(cleaned)
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise DateInputError(f"日期格式不正确：“{raw.strip()}”，{EXAMPLE_ZH}",
                         f'Invalid date "{raw.strip()}": {EXAMPLE_EN}')


# -- output -----------------------------------------------------------------

def format_zh(d: date | None) -> str:
    """2026年11月22日 (no leading zeros); "" for None."""
    if d is None:
        return ""
    return f"{d.year}年{d.month}月{d.day}日"


def format_iso(d: date | None) -> str:
    """2026-11-22; "" for None."""
    if d is None:
        return ""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
