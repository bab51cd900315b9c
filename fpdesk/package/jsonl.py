"""Record ⇄ JSON line, per exchanged table (FORMATS.md §4).

A line holds `uid`, `created_at`, `updated_at`, `deleted`, then the table's
exchanged fields in the model's column order. Values: dates "YYYY-MM-DD";
ethnicity, relation, group_no, region codes, household_no and ID numbers as
strings; region level as a word; other codes and counts as integers; booleans
as booleans; `amount` as a number; a service's health-check item columns
as the object `items` {"disease", "cervical", "breast", "ring", "pregnancy"}
(`codes.HEALTH_CHECK_ITEMS`), with the keys this version does not know that a
package brought (kept in `item_extra`, see `unknown_items`). Local columns
(`rev`, the pinyin of a name) never travel.

Lines are written by SQLite's json_object (dates are stored as ISO text,
booleans as 0/1), so a 60,000-person export needs no Python per field; they
are read back in Python with every type checked.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import orjson
from sqlalchemy import Boolean, Date, Integer, Numeric

from fpdesk.db.models import EXCHANGED_MODELS
from fpdesk.domain.codes import HEALTH_CHECK_ITEMS
from fpdesk.package.limits import (FORBIDDEN, INT_LIMIT, MAX_UNKNOWN_DEPTH, MAX_UNKNOWN_ITEMS, hidden_character,
                                   labelled)
from fpdesk.services.records import CARRIED_FIELDS, REFERENCES, data_fields

TABLES = tuple(EXCHANGED_MODELS)  # regions, households, persons, … benefits: also the apply order
META = ("uid", "created_at", "updated_at", "deleted")
ITEMS = tuple((item.key, item.column) for item in HEALTH_CHECK_ITEMS)
ITEM_COLUMNS = tuple(column for _, column in ITEMS)
ITEM_KEYS = frozenset(key for key, _ in ITEMS)
EXTRA_COLUMN = "item_extra"   # the items this version does not know (records.CARRIED_FIELDS)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def file_path(table: str) -> str:
    return f"data/{table}.jsonl"


def _kind(table: str, column: str) -> str:
    kind = EXCHANGED_MODELS[table].__table__.columns[column].type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Numeric):
        return "number"
    if isinstance(kind, Integer):
        return "int"
    return "str"


class RecordProblem(ValueError):
    """A line that cannot become a record; str() is the Chinese reason, `pair` the
    reason as (Chinese, English), worded only when a line is refused."""

    def __init__(self, zh: str, en: str):
        super().__init__(zh)
        self.pair = (zh, en)


@dataclass(frozen=True)
class Codec:
    table: str
    columns: tuple[str, ...]  # database columns in line order: META, then the data fields
    kinds: tuple[str, ...]

    @property
    def references(self) -> dict[str, str]:
        return REFERENCES.get(self.table, {})

    # -- database row → line ----------------------------------------------------------
    def json_expression(self) -> str:
        """SQL giving each row as its JSON line (SQLite's json_object: compact, UTF-8 kept).

        Written by SQLite itself, so a 60,000-person export spends no Python time
        per field; `round(amount, 2)` always yields a REAL, so amounts read 3600.0.
        """
        parts = []
        for column, kind in zip(self.columns, self.kinds):
            if column in ITEM_COLUMNS[1:] or column == EXTRA_COLUMN:
                continue
            if column == ITEM_COLUMNS[0]:
                cols = ", ".join(f"'{key}', \"{col}\"" for key, col in ITEMS)
                nulls = ", ".join(f'"{col}"' for col in ITEM_COLUMNS)
                known = f"json_object({cols})"
                # the unknown items follow the known ones: both objects' members, joined as text
                extra = f"json(substr({known}, 1, length({known}) - 1) || ',' || substr(\"{EXTRA_COLUMN}\", 2))"
                # a health check (type 1) always has its object; another service only when it holds a result
                parts.append(f"'items', CASE WHEN length(\"{EXTRA_COLUMN}\") > 2 THEN {extra} "
                             f"WHEN \"type\" = 1 OR coalesce({nulls}) IS NOT NULL THEN {known} END")
            elif kind == "bool":
                parts.append(f"'{column}', json(CASE WHEN \"{column}\" THEN 'true' ELSE 'false' END)")
            elif kind == "number":
                parts.append(f"'{column}', round(\"{column}\", 2)")
            else:
                parts.append(f"'{column}', \"{column}\"")
        return "json_object(" + ", ".join(parts) + ")"

    # -- line → record ------------------------------------------------------------
    def decode(self, obj) -> tuple[dict, tuple]:
        """(the record for the checks, keyed by column with dates as `date`; the row as
        SQLite stores it, in `columns` order). Raises RecordProblem naming the first
        malformed field."""
        if type(obj) is not dict:
            raise RecordProblem("该行不是 JSON 对象", "the line is not a JSON object")
        record, row = _DECODERS[self.table](obj)
        _check_meta(obj, record)
        return record, row


def _compile_decoder(table: str, columns: tuple[str, ...], kinds: tuple[str, ...]):
    """A decoder for one table, unrolled field by field: a package holds hundreds of
    thousands of lines, and a generic loop over (column, kind) costs three times as much."""
    body = ["def decode(obj):", "    get = obj.get"]
    item_keys = {column: key for key, column in ITEMS}
    if item_keys.keys() & set(columns):       # a service's health-check results, read from its `items`
        body += ["    items = get('items')", "    if items is None: items = {}",
                 "    elif items.__class__ is not dict: raise _bad_items()", "    item = items.get"]
    fields, stored = [], []
    for i, (column, kind) in enumerate(zip(columns, kinds)):
        v = f"v{i}"
        if column == EXTRA_COLUMN:   # read from `items` too: the keys this version does not know
            body.append(f"    {v} = None if items.keys() <= _ITEM_KEYS else _unknown(items)")
            fields.append(v)
            stored.append(v)
            continue
        source = f"item({item_keys[column]!r})" if column in item_keys else f"get({column!r})"
        body.append(f"    {v} = {source}")
        if kind == "bool":
            body.append(f"    if {v} is None: {v} = False")
            body.append(f"    elif {v}.__class__ is not bool: raise _wrong({column!r}, 'bool', {v})")
            fields.append(v)
            stored.append(f"int({v})")
        elif kind == "date":
            body.append(f"    d{i} = None if {v} is None else _date({column!r}, {v})")
            fields.append(f"d{i}")
            stored.append(v)
        else:
            big = f"not -_INT_LIMIT <= {v} < _INT_LIMIT"  # SQLite's integers are 64-bit
            allowed = {"str": f"{v}.__class__ is not str", "int": f"({v}.__class__ is not int or {big})",
                       "number": f"({v}.__class__ is not float or not _isfinite({v})) "
                                 f"and ({v}.__class__ is not int or {big})"}
            body.append(f"    if {v} is not None and {allowed[kind]}: raise _wrong({column!r}, {kind!r}, {v})")
            fields.append(v)
            stored.append(v)
    created, updated = columns.index("created_at"), columns.index("updated_at")
    body.append(f"    if v{created} is None: v{created} = v{updated}")
    record = ", ".join(f"{c!r}: {f}" for c, f in zip(columns, fields))
    body.append(f"    return {{{record}}}, ({', '.join(stored)},)")
    scope = {"_wrong": _wrong, "_date": _date, "_isfinite": math.isfinite, "_bad_items": _bad_items,
             "_INT_LIMIT": INT_LIMIT, "_ITEM_KEYS": ITEM_KEYS, "_unknown": unknown_items}
    exec(compile("\n".join(body), f"<fpx decoder {table}>", "exec"), scope)  # noqa: S102 - our own code
    return scope["decode"]


_EXPECTED = {"str": ("字符串", "a string"), "int": ("整数", "an integer"), "bool": ("true 或 false", "true or false"),
             "number": ("数值", "a number"), "date": ("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)")}
# ISO 8601 with an offset, in the forms SQLite's julianday() compares as instants
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)", re.ASCII)


def _bad_items() -> RecordProblem:
    shape = '{"disease", "cervical", "breast", "ring", "pregnancy"}'
    return RecordProblem(f"items 应为对象 {shape}", f"items must be an object {shape}")


def unknown_items(items: dict) -> str | None:
    """The keys of `items` this version does not know, as the JSON object stored in
    `item_extra` (keys sorted, compact, UTF-8 kept), or None. FORMATS.md §4: a v1 reader keeps
    them. They cannot be checked as codes, so any JSON value is kept as it came — a scalar, or
    an array/object nested at most MAX_UNKNOWN_DEPTH deep; all of them together at most
    MAX_UNKNOWN_ITEMS bytes; no invisible control or direction character in a key or text
    (limits.text_problem's rule). Past a bound the record is refused, not cut."""
    extra = {key: value for key, value in items.items() if key not in ITEM_KEYS}
    if not extra:
        return None
    for key, value in extra.items():
        _check_unknown(key, key, 0)
        _check_unknown(key, value, 0)
    try:
        text = orjson.dumps(extra, option=orjson.OPT_SORT_KEYS).decode()
    except orjson.JSONEncodeError:   # an integer past 64 bits given by a caller other than the reader
        raise RecordProblem("items 中本版本不认识的检查项目无法保存",
                            "the check items in items that this version does not know cannot be stored") from None
    size = len(text.encode())
    if size > MAX_UNKNOWN_ITEMS:
        raise RecordProblem(f"items 中本版本不认识的检查项目共 {size} 字节，超过上限 {MAX_UNKNOWN_ITEMS} 字节",
                            f"the check items in items that this version does not know take {size} bytes, "
                            f"over the limit of {MAX_UNKNOWN_ITEMS} bytes")
    return text


def _unknown_problem(key: str, zh: str, en: str) -> RecordProblem:
    # the key as JSON, with any invisible character spelled out (it must not act on the message)
    shown = FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(key, ensure_ascii=False))[:40]
    return RecordProblem(f"items 中本版本不认识的检查项目 {shown} {zh}",
                         f"the check item {shown} in items, which this version does not know, {en}")



def _check_unknown(key: str, value, depth: int) -> None:
    if value.__class__ is str:
        found = FORBIDDEN.search(value)
        if found:
            raise _unknown_problem(key, *hidden_character(found.group()))
    elif value.__class__ is float and not math.isfinite(value):
        raise _unknown_problem(key, "的数值无效", "has an invalid number")
    elif value.__class__ in (list, dict):
        if depth >= MAX_UNKNOWN_DEPTH:
            raise _unknown_problem(key, f"嵌套超过 {MAX_UNKNOWN_DEPTH} 层", f"is nested over {MAX_UNKNOWN_DEPTH} deep")
        pairs = value.items() if value.__class__ is dict else ((None, v) for v in value)
        for name, inner in pairs:
            if name is not None:
                _check_unknown(key, name, depth + 1)
            _check_unknown(key, inner, depth + 1)
    elif not (value is None or value.__class__ in (bool, int, float)):
        raise _unknown_problem(key, "不是 JSON 值", "is not a JSON value")


def _check_meta(obj: dict, record: dict) -> None:
    uid = record["uid"]
    if not uid or len(uid) > 36:
        raise RecordProblem("uid 缺失或长度超过 36 个字符", "uid is missing or longer than 36 characters")
    if type(obj.get("deleted")) is not bool:
        raise RecordProblem("deleted 应为 true 或 false", "deleted must be true or false")
    for name in ("updated_at", "created_at"):
        value = record[name]
        if value not in _GOOD_STAMPS:
            _check_stamp(name, value)


_GOOD_STAMPS: set[str] = set()  # records written together share their time stamps
FUTURE_SLACK = timedelta(days=1)   # clocks differ; a day more is a wrong clock


def _check_stamp(name: str, value) -> None:
    """A stamp must be a real ISO 8601 instant, and not past tomorrow: the later `updated_at`
    wins a merge, so one set in 2099 would win every merge to come. Such a record is refused
    (the office corrects its clock and the record travels again), not stored."""
    moment = None
    if isinstance(value, str) and _STAMP.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
    if moment is None:
        raise RecordProblem(f"{name} 应为带时区的 ISO 8601 时间（如 2026-11-22T10:31:05+08:00），实为 {value}",
                            f"{name} must be an ISO 8601 time with its offset (as 2026-11-22T10:31:05+08:00), "
                            f"not {value}")
    if moment > datetime.now(timezone.utc) + FUTURE_SLACK:
        raise RecordProblem(f"{name} 为将来的时间 {value}（晚于导入时一天以上）：制作数据包的电脑时钟可能有误，"
                            "请更正后重新上报",
                            f"{name} is in the future, {value} (over a day after the import): the clock of the "
                            "computer that made the package may be wrong; correct it and submit again")
    if len(_GOOD_STAMPS) > 100_000:
        _GOOD_STAMPS.clear()
    _GOOD_STAMPS.add(value)


def _wrong(column: str, kind: str, value) -> RecordProblem:
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    zh, en = _EXPECTED[kind]
    return RecordProblem(f"{labelled(column)}应为{zh}，实为 {shown}", f"{labelled(column, 'en')} must be {en}, not {shown}")


_DATES: dict[str, date] = {}   # a package repeats its days many times over


def _date(column: str, value) -> date:
    if value.__class__ is not str:
        raise _wrong(column, "date", value)
    known = _DATES.get(value)
    if known is not None:
        return known
    if _DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if len(_DATES) > 100_000:
                _DATES.clear()
            _DATES[value] = day
            return day
    raise RecordProblem(f"{labelled(column)}不是有效日期（YYYY-MM-DD）：{value}",
                        f"{labelled(column, 'en')} is not a valid date (YYYY-MM-DD): {value}")


def _codec(table: str) -> Codec:
    columns = META + data_fields(table) + CARRIED_FIELDS.get(table, ())
    return Codec(table, columns, tuple(_kind(table, c) for c in columns))


CODECS: dict[str, Codec] = {table: _codec(table) for table in TABLES}
_DECODERS = {table: _compile_decoder(table, c.columns, c.kinds) for table, c in CODECS.items()}
