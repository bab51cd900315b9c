"""Citizen ID numbers (公民身份号码, GB 11643-1999).

An 18-character number is: 6-digit area code, 8-digit birth date (YYYYMMDD),
3-digit sequence (odd = male, even = female) and a check character computed
with ISO 7064 MOD 11-2. Legacy 15-digit numbers have a 2-digit year (19xx)
and no check character.

`parse` never raises: it returns what it could read plus findings. Wrong
length, bad characters and an impossible birth date are errors; a wrong check
character or an area code unknown to python-stdnum are warnings, because such
numbers were really issued and still circulate.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fpdesk.domain.regions import dated_areas

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_MAP = "10X98765432"
MIN_BIRTH_YEAR = 1850


@dataclass(frozen=True)
class IdFinding:
    level: str  # "error" | "warning"
    code: str  # "length" | "chars" | "date" | "check_digit" | "area"
    message_zh: str
    message_en: str


@dataclass(frozen=True)
class IdInfo:
    raw: str
    number: str  # normalised; the 18-character form of a valid 15-digit number
    birth_date: date | None
    sex: int | None  # 1 male, 2 female
    area_code: str
    findings: tuple[IdFinding, ...]

    @property
    def errors(self) -> tuple[IdFinding, ...]:
        return tuple(f for f in self.findings if f.level == "error")

    @property
    def warnings(self) -> tuple[IdFinding, ...]:
        return tuple(f for f in self.findings if f.level == "warning")

    @property
    def ok(self) -> bool:
        return not self.errors


# -- construction -----------------------------------------------------------

def check_char(first17: str) -> str:
    """The check character (0-9 or X) for the first 17 digits."""
    if len(first17) != 17 or not _digits(first17):
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    return CHECK_MAP[total % 11]


def build(area6: str, birth: date, seq3: int) -> str:
    """An 18-character number; seq3 0..999, odd for a man, even for a woman."""
    if len(area6) != 6 or not _digits(area6):
        raise ValueError(f"area code must be 6 digits, got {area6!r}")
    if not 0 <= seq3 <= 999:
        raise ValueError(f"sequence must be 0..999, got {seq3}")
    first17 = f"{area6}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq3:03d}"
    return first17 + check_char(first17)


def to18(number15: str) -> str:
    """Legacy 15-digit number → 18 characters ("19" before the year, check char)."""
    number15 = number15.strip()
    if len(number15) != 15 or not _digits(number15):
        raise ValueError(f"need 15 digits, got {number15!r}")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_char(first17)


# -- area codes -------------------------------------------------------------

def area_known(code6: str) -> bool:
    """True when python-stdnum's area table (cn/loc.dat) names this 6-digit
    code as a county-level entry, current or revoked."""
    return bool(area_spans(code6))


def area_spans(code6: str) -> tuple[tuple[int | None, int | None], ...]:
    """The years python-stdnum's table gives a county-level code ((first, last), None = open);
    an entry without years counts as (None, None). Empty for an unknown code."""
    return tuple((first, last) for first, last, _name in dated_areas().get(code6, ()))


def area_state(code6: str, birth_year: int | None) -> str:
    """"ok" when the code was in use in or after the birth year (a number is issued at
    birth or later), "unknown" when the table never listed it, else the last year it was
    in use as text ("1996 年撤销")."""
    spans = area_spans(code6)
    if not spans:
        return "unknown"
    if birth_year is None:
        return "ok"
    ends = [last for _first, last in spans]
    if any(last is None or last >= birth_year for last in ends):
        return "ok"
    return f"{max(ends)} 年后已撤销"


# -- parsing ----------------------------------------------------------------

def normalise(number: str) -> str:
    """Strip spaces, fold full-width characters, upper-case the X."""
    return unicodedata.normalize("NFKC", number or "").strip().upper()


@lru_cache(maxsize=16384)  # an import checks each number several times; IdInfo is immutable
def parse(number: str) -> IdInfo:
    """Read an 18-character or legacy 15-digit number; see the module doc."""
    raw = number if isinstance(number, str) else ("" if number is None else str(number))
    text = normalise(raw)
    shape = _shape_error(text)
    if shape is not None:
        return IdInfo(raw, text, None, None, "", (shape,))
    findings: list[IdFinding] = []
    birth = _birth(text, findings)
    if len(text) == 18:
        _check_digit(text, findings)
    area = text[:6]
    if not area_known(area):
        findings.append(_warning("area", f"身份证号码的地区代码 {area} 不存在（未收录）",
                                 f"Unknown area code {area} in ID number"))
    if len(text) == 15 and birth is not None:
        text = to18(text)
    sex = 1 if int(text[16] if len(text) == 18 else text[14]) % 2 else 2
    return IdInfo(raw, text, birth, sex, area, tuple(findings))


def _shape_error(text: str) -> IdFinding | None:
    """Length and character errors, which make the rest unreadable."""
    if not text:
        return _error("length", "身份证号码为空", "ID number is empty")
    if len(text) not in (15, 18):
        return _error("length", f"身份证号码位数错误：应为 18 位（或旧版 15 位），实为 {len(text)} 位",
                      f"ID number must have 18 characters (or 15 for an old number), not {len(text)}")
    body, last = (text[:17], text[17]) if len(text) == 18 else (text, "0")
    if not _digits(body) or not (_digits(last) or last == "X"):
        return _error("chars", "身份证号码含有无效字符：只能是数字，18 位号码的最后一位可以是 X",
                      "ID number may contain only digits, and X as the 18th character")
    return None


def _birth(text: str, findings: list[IdFinding]) -> date | None:
    digits = text[6:14] if len(text) == 18 else "19" + text[6:12]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        birth = None
    if birth is None or birth.year < MIN_BIRTH_YEAR:
        findings.append(_error("date", f"身份证号码中的出生日期无效：{digits}",
                               f"ID number contains an impossible birth date: {digits}"))
        return None
    return birth


def _check_digit(text: str, findings: list[IdFinding]) -> None:
    expected = check_char(text[:17])
    if text[17] != expected:
        findings.append(_warning("check_digit", f"身份证号码校验位错误：应为 {expected}，实为 {text[17]}",
                                 f"ID number check character should be {expected}, not {text[17]}"))


# -- display ----------------------------------------------------------------

def mask(number: str) -> str:
    """610628********123X: keep the first 6 and last 4 characters. Strings
    shorter than 15 characters are masked entirely; "" stays ""."""
    text = normalise(number)
    if len(text) < 15:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


# -- helpers ----------------------------------------------------------------

def _digits(text: str) -> bool:
    return all("0" <= c <= "9" for c in text)


def _error(code: str, zh: str, en: str) -> IdFinding:
    return IdFinding("error", code, zh, en)


def _warning(code: str, zh: str, en: str) -> IdFinding:
    return IdFinding("warning", code, zh, en)
