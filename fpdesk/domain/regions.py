"""Region codes (GB/T 2260 + the office's own township and village codes).

County-level names come from python-stdnum's area-code table (the codes used
in ID numbers). Township and village codes are entered by the office: the
NBS stopped publishing them after 2023.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import stdnum

LOC_DAT = Path(stdnum.__file__).parent / "cn" / "loc.dat"
_LINE = re.compile(r'^(\s*)(\d+)\s+(province|county)="([^"]*)"')


@dataclass(frozen=True)
class County:
    code: str   # 6 digits
    name: str   # the county's own name: 富县
    full_name: str  # 陕西省 延安市 富县


def _current_name(value: str) -> str | None:
    """The name in force now: 'a,[1996-]b' → b; '[1996-2019]c' (revoked) → None."""
    for part in value.split(","):
        match = re.fullmatch(r"\[(\d*)-(\d*)\](.*)", part)
        if not match:
            return part
        if not match.group(2):
            return match.group(3)
    return None


@lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    """Every county-level division in force, with province and prefecture."""
    names: dict[str, str] = {}
    province = ""
    for line in LOC_DAT.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        indent, digits, kind, value = match.groups()
        if kind == "province" and not indent:
            province = digits
            names[digits + "0000"] = value
            continue
        name = _current_name(value)
        if name:
            names[province + digits] = name
    result = []
    for code, name in sorted(names.items()):
        if code.endswith("00") or name in ("市辖区", "县", "省直辖县级行政区划"):
            continue
        prefecture = names.get(code[:4] + "00", "")
        if prefecture in ("市辖区", "县", "省直辖县级行政区划"):
            prefecture = ""
        parts = (names.get(code[:2] + "0000", ""), prefecture, name)
        result.append(County(code, name, " ".join(p for p in parts if p)))
    return tuple(result)


def find_county(code6: str) -> County | None:
    return next((c for c in counties() if c.code == code6), None)


def level_of(code12: str) -> str | None:
    """county / township / village by which digits of a 12-digit code are zero."""
    if not re.fullmatch(r"\d{12}", code12 or ""):
        return None
    if code12[9:] != "000":
        return "village"
    if code12[6:9] != "000":
        return "township"
    return "county"


def code_problem(code12: str, level: str) -> str | None:
    """Why a 12-digit code does not fit the level, in Chinese, or None."""
    if not re.fullmatch(r"\d{12}", code12 or ""):
        return "区划代码应为 12 位数字"
    actual = level_of(code12)
    if actual != level:
        labels = {"county": "县级（后 6 位为 0）", "township": "乡镇级（后 3 位为 0）", "village": "村级"}
        return f"区划代码 {code12} 不是{labels[level]}代码"
    return None
