"""Finding the header of an office's spreadsheet and reading its rows
(FORMATS.md §6): one header row, or two with the second refining the first
(a merged 现有子女 over 男 / 女), somewhere in the first 10 rows; title, blank
and 合计 rows skipped. Pure: rows are lists of cell values.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date

from fpdesk.domain import sheet_values as v
from fpdesk.domain.messages import Said
from fpdesk.domain.sheet_values import BadValue, MonthOnly

HEADER_ROWS_SEARCHED = 10

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名",),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证"),
    "sex": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日"),
    "ethnicity": ("民族",),
    "relation": ("与户主关系", "关系"),
    "head_name": ("户主", "户主姓名"),
    "household_no": ("户号", "户编号"),
    "village": ("村", "村名", "村居", "所在村"),
    "group_no": ("组", "组别", "村民小组"),
    "marital_status": ("婚姻状况", "婚姻"),
    "first_marriage_date": ("初婚日期", "初婚时间"),
    "method": ("避孕措施", "节育措施", "现用避孕措施", "现用避孕节育措施", "措施"),
    "method_date": ("措施时间", "措施日期", "落实时间"),
    "phone": ("联系电话", "电话", "手机"),
    "residence": ("居住状态", "户籍状态"),
    "notes": ("备注",),
}
FIELDS = tuple(HEADERS)
_BY_HEADER = {h: f for f, names in HEADERS.items() for h in names}
TOTAL_WORDS = ("合计", "总计", "小计")


@lru_cache(maxsize=8192)   # every data row is looked at for a repeated header
def clean_header(text) -> str:
    """Without spaces, line breaks and parentheses' contents: 身份证号（18位） → 身份证号."""
    text = v.text_of(text)
    text = re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", text)
    return re.sub(r"\s+", "", text)


def match_header(text, lookup: dict | None = None) -> str | None:
    return (lookup or _BY_HEADER).get(clean_header(text))


def lookup_of(headers: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A header table (field → headers recognised) as header → field."""
    return {h: f for f, names in headers.items() for h in names}


@dataclass(frozen=True)
class Header:
    row: int                  # the spreadsheet's row number of the (last) header row
    first_row: int            # the first header row (== row for a one-row header)
    labels: tuple[str, ...]   # the header text of each column, as shown ("现有子女/男")
    fields: tuple[str | None, ...]


def _cells(row) -> list[str]:
    """Header texts as the clerk wrote them, without spaces and line breaks."""
    return [re.sub(r"\s+", "", "" if c is None else str(c)) for c in row]


def _refine(first: list[str], second: list[str], lookup: dict | None = None) -> list[str]:
    """Two header rows → one label a column: a merged cell's text carries right
    over the cells it spans; the second row refines the first."""
    width = max(len(first), len(second))
    first = first + [""] * (width - len(first))
    second = second + [""] * (width - len(second))
    carried, labels = "", []
    for top, below in zip(first, second):
        if top:
            carried = top
        elif not below:
            carried = ""
        top_text = top or (carried if below else "")
        if top_text and below:
            combined = f"{top_text}/{below}"
            labels.append(below if match_header(below, lookup) and not match_header(top_text + below, lookup)
                          else combined)
        else:
            labels.append(top_text or below)
    return labels


def _header_like(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return bool(filled) and all(not re.search(r"\d", c) and len(c) <= 16 for c in filled)


def field_for(label: str, lookup: dict | None = None) -> str | None:
    """The field of a shown label; "现有子女/男" matches as 现有子女男, then 男."""
    if "/" in label:
        top, _, below = label.partition("/")
        return match_header(top + below, lookup) or match_header(below, lookup)
    return match_header(label, lookup)


def find_header(rows: list[tuple[int, list]], mapping: dict | None = None, lookup: dict | None = None,
                required: str = "name") -> Header | None:
    """The header among the first rows ((row number, cells) pairs); None when no
    row names at least the `required` column (姓名) and one other known column (a
    clerk's `mapping` counts). `lookup` replaces §6's header table (other lists)."""
    best: tuple[int, Header] | None = None
    texts = [(number, _cells(cells)) for number, cells in rows[:HEADER_ROWS_SEARCHED]]
    for i, (number, cells) in enumerate(texts):
        candidates = [(cells, number)]
        if i + 1 < len(texts) and _header_like(texts[i + 1][1]):
            candidates.append((_refine(cells, texts[i + 1][1], lookup), texts[i + 1][0]))
        for labels, last in candidates:
            fields = tuple(field_for(label, lookup) for label in labels)
            if mapping:
                fields = apply_mapping(Header(last, number, tuple(labels), fields), mapping).fields
            found = set(fields) - {None}
            score = len(found)
            if required not in found or score < 2:
                continue
            key = (score, last, number)   # on a tie the lower rows win: 男/女 under 现有子女, not a title above
            if best is None or key > best[0]:
                best = (key, Header(last, number, tuple(labels), fields))
    return best[1] if best else None


def apply_mapping(header: Header, mapping: dict[str, str | None]) -> Header:
    """A clerk's choice by header text (shown label or its cleaned form) wins."""
    fields = []
    for label, found in zip(header.labels, header.fields):
        for key in (label, clean_header(label), label.replace("/", "")):
            if key in mapping:
                found = mapping[key] if mapping[key] in FIELDS else None
                break
        fields.append(found)
    return Header(header.row, header.first_row, header.labels, tuple(fields))


def skip_row(cells: list) -> bool:
    """Blank rows, 合计 rows and repeated header rows carry no person."""
    filled = [c for c in cells if c is not None and not (isinstance(c, str) and not c.strip())]
    if not filled:
        return True
    for c in filled[:3]:
        if isinstance(c, str) and "".join(c.split()).startswith(TOTAL_WORDS):
            return True
    words = [c for c in filled if isinstance(c, str) and len(c) < 30]
    return len(words) >= 2 and sum(1 for c in words if match_header(c)) >= 2


# -- a data row → the record's values -----------------------------------------
@dataclass
class ParsedRow:
    number: int
    values: dict = field(default_factory=dict)        # field → value
    errors: list = field(default_factory=list)        # (field or None, reason: a Said)
    warnings: list = field(default_factory=list)      # (field or None, reason: a Said)


PARSERS = {
    "name": v.parse_name, "id_number": v.parse_id_number, "sex": v.parse_sex,
    "ethnicity": v.parse_ethnicity, "head_name": v.parse_name,
    "household_no": v.parse_household_no, "village": lambda x: v.parse_text(v.squeezed(x), 60),
    "group_no": v.parse_group, "marital_status": v.parse_marital,
    "first_marriage_date": v.parse_date, "method": v.parse_method, "method_date": v.parse_date,
    "phone": v.parse_phone, "residence": v.parse_residence, "notes": lambda x: v.parse_text(x, 2000),
}


def parse_row(number: int, cells: list, fields: tuple[str | None, ...]) -> ParsedRow:
    """Every known column of one row read; unreadable cells become errors."""
    row = ParsedRow(number)
    for value, name in zip(cells, fields):
        if name is None or name in row.values and row.values[name] is not None:
            continue
        try:
            if name == "relation":
                code, note = v.parse_relation(value)
                row.values[name] = code
                if note:
                    row.warnings.append((name, note))
            elif name == "birth_date":
                row.values[name] = v.parse_date(value, month_only=True)
            else:
                row.values[name] = PARSERS[name](value)
        except BadValue as exc:
            row.errors.append((name, Said(str(exc), exc.message_en)))
    _birth_from_id(row)
    return row


def _birth_from_id(row: ParsedRow) -> None:
    """Sex and birth date the row leaves out (or gives only to the month) come from its ID number."""
    from fpdesk.domain import idcard

    number = row.values.get("id_number")
    info = idcard.parse(number) if number else None
    birth = row.values.get("birth_date")
    if isinstance(birth, MonthOnly):
        if info and info.birth_date and (info.birth_date.year, info.birth_date.month) == (birth.year, birth.month):
            row.values["birth_date"] = info.birth_date
        else:
            row.values["birth_date"] = None
            row.errors.append(("birth_date", Said(f"出生日期只填到月（{birth.year}年{birth.month}月），"
                                                  "且身份证号码中没有同年同月的出生日期",
                                                  f"The birth date gives only the month ({birth.year}-{birth.month:02d}) "
                                                  "and the ID number holds no birth date in that month")))
            return
    if info and info.ok:
        if row.values.get("birth_date") is None and not _failed(row, "birth_date"):
            row.values["birth_date"] = info.birth_date
        if row.values.get("sex") is None and not _failed(row, "sex"):
            row.values["sex"] = info.sex


def _failed(row: ParsedRow, name: str) -> bool:
    return any(f == name for f, _ in row.errors)


def as_date(value) -> date | None:
    return value if isinstance(value, date) else None
