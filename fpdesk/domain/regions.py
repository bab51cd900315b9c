"""Region codes (GB/T 2260 + the office's own township and village codes).

County-level names come from python-stdnum's area-code table (the codes used
in ID numbers, with the years each was in force), corrected by the small
override file fpdesk/resources/regions/county_overrides.tsv (divisions newer than
the table, a stale duplicate, Traditional characters). Township and village
codes are entered by the office: the NBS stopped publishing them after 2023.

Statistical-division rule for the 3-digit parts: a township code 001–099 is
a 街道, 100–199 a 镇, 200–399 a 乡 (400–599 other township-level units); a
village code 001–199 is a 居委会, 200–399 a 村委会.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import stdnum

from fpdesk.resources import resource_path

LOC_DAT = Path(stdnum.__file__).parent / "cn" / "loc.dat"
OVERRIDES = resource_path("regions", "county_overrides.tsv")
_LINE = re.compile(r'^(\s*)(\d+)\s+(province|county)="([^"]*)"')
_DATED = re.compile(r"\[(\d*)-(\d*)\](.*)")
TOWN_RANGE, TOWNSHIP_RANGE = range(100, 200), range(200, 400)     # 镇, 乡
VILLAGE_COMMITTEE_RANGE = range(200, 400)                           # 村委会 (001–199 居委会)


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
def _overrides() -> tuple[dict[str, tuple[str, str]], set[str], dict[str, str]]:
    """(added code → (name, full name), removed codes, renamed code → name)."""
    added, removed, renamed = {}, set(), {}
    for line in OVERRIDES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, action, name, *rest = (line.split("\t") + ["", ""])[:4]
        if action == "add":
            added[code] = (name, rest[0])
        elif action == "remove":
            removed.add(code)
        elif action == "rename":
            renamed[code] = name
    return added, removed, renamed


@lru_cache(maxsize=1)
def dated_areas() -> dict[str, tuple[tuple[int | None, int | None, str], ...]]:
    """stdnum's table as code → ((first year, last year, name), …); None = open."""
    out: dict[str, list] = {}
    province = ""
    for line in LOC_DAT.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        indent, digits, kind, value = match.groups()
        if kind == "province" and not indent:
            province = digits
            continue
        spans = []
        for part in value.split(","):
            dated = _DATED.fullmatch(part)
            if dated:
                first, last, name = dated.groups()
                spans.append((int(first) if first else None, int(last) if last else None, name))
            else:
                spans.append((None, None, part))
        out[province + digits] = spans
    return {code: tuple(spans) for code, spans in out.items()}


def area_valid_in(code6: str, year: int) -> bool:
    """Whether an ID number's area code was in force in `year` (the person's
    birth year), by stdnum's dated table — the rule of stdnum.cn.ric."""
    return any((first is None or first <= year) and (last is None or year <= last)
               for first, last, _name in dated_areas().get(code6, ()))


@lru_cache(maxsize=8192)
def area_code_in(code6: str, year: int) -> str:
    """The code the same county had in `year`: `code6` itself when it was in
    force then, else the code of the same province that carried one of its
    names that year (富县: 612628 until 1996, 610628 from 1996 on). Unchanged
    when there is none."""
    if area_valid_in(code6, year):
        return code6
    names = {name for _f, _l, name in dated_areas().get(code6, ())}
    for code, spans in sorted(dated_areas().items()):
        if code[:2] == code6[:2] and code[4:] != "00" and any(
                name in names and (first is None or first <= year) and (last is None or year <= last)
                for first, last, name in spans):
            return code
    return code6


@lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    """Every county-level division in force, with province and prefecture
    (stdnum's table with the override file's corrections), in code order."""
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
    added, removed, renamed = _overrides()
    names.update(renamed)
    result = [County(code, name, full) for code, (name, full) in added.items()]
    for code, name in sorted(names.items()):
        if code.endswith("00") or name in ("市辖区", "县", "省直辖县级行政区划") or code in removed or code in added:
            continue
        prefecture = names.get(code[:4] + "00", "")
        if prefecture in ("市辖区", "县", "省直辖县级行政区划"):
            prefecture = ""
        parts = (names.get(code[:2] + "0000", ""), prefecture, name)
        result.append(County(code, name, " ".join(p for p in parts if p)))
    return tuple(sorted(result, key=lambda c: c.code))


def township_kind(code12: str) -> str | None:
    """镇 or 乡 by the township part of a 12-digit code (None for other ranges)."""
    part = int(code12[6:9])
    return "镇" if part in TOWN_RANGE else "乡" if part in TOWNSHIP_RANGE else None


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


def code_problem(code12: str, level: str) -> tuple[str, str] | None:
    """Why a 12-digit code does not fit the level, (in Chinese, in English), or None."""
    if not re.fullmatch(r"\d{12}", code12 or ""):
        return "区划代码应为 12 位数字", "A region code has 12 digits"
    actual = level_of(code12)
    if actual != level:
        labels = {"county": ("县级（后 6 位为 0）", "county (ending in 6 zeros)"),
                  "township": ("乡镇级（后 3 位为 0）", "township (ending in 3 zeros)"),
                  "village": ("村级", "village")}[level]
        return f"区划代码 {code12} 不是{labels[0]}代码", f"Region code {code12} is not a {labels[1]} code"
    return None
