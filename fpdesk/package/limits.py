"""Bounds a package cannot push the reader past, and checks on what it claims (issue 14's
fault and attack review; docs/fault-safety.md lists each finding).

A package is untrusted input: every size is bounded before it is read whole, and every
refusal is one line.
"""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import Text

from fpdesk.db.models import EXCHANGED_MODELS
from fpdesk.domain.checks import field_label
from fpdesk.domain.regions import level_of

MAX_LINE = 1 << 20            # one record; a real one is under 2 KB
MAX_MANIFEST = 1 << 20        # a real manifest is about 2 KB
MAX_REPORT_JSON = 8 << 20     # a county's report set is a few hundred KB
MAX_REFUSALS_KEPT = 1000      # refusals listed one by one; the rest are counted
INT_LIMIT = 1 << 63           # SQLite's integers are signed 64-bit
MAX_UNKNOWN_ITEMS = 4096      # a health check's items this version does not know, as stored JSON (bytes)
MAX_UNKNOWN_DEPTH = 8         # arrays/objects nested in one such item; a real item is a code (depth 0)

# C0/C1 controls and the invisible direction marks that can make a name read backwards
FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MULTILINE_OK = re.compile("[\t\n\r]")
# the same, as a cheap look at the raw line: only a line that matches is looked at field by field
_SUSPECT = re.compile(rb"\\[bfnrt]|\\u00[0-9a-fA-F]{2}|\\u061[cC]|\\u20(?:0[eEfF]|2[a-eA-E]|6[6-9])"
                      rb"|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
# free-text columns (Text): a line break is a line break there; every other text is one line
MULTILINE = {table: {c.name for c in model.__table__.columns if isinstance(c.type, Text)}
             for table, model in EXCHANGED_MODELS.items()}


def hidden_character(found: str) -> tuple[str, str]:
    """What a refusal says of an invisible control or direction character (a text, a key)."""
    return (f"含有不可见的控制字符或文字方向符 U+{ord(found):04X}，请在来源处更正",
            f"holds the invisible control or direction character U+{ord(found):04X}: correct it at its source")


@cache    # a few dozen columns; a flood of bad lines names them again and again
def labelled(column: str, lang: str = "zh") -> str:
    """A field as a refusal names it: 出生日期（birth_date） / birth date (birth_date)."""
    if lang == "zh":
        return f"{field_label(column)}（{column}）"
    label = field_label(column, "en")
    return column if label == column else f"{label} ({column})"


def text_problem(table: str, raw: bytes, record: dict) -> tuple[str, str] | None:
    """Why a record's text would mislead a reader (a control character, a direction override),
    as (Chinese, English), or None. Such a record is refused, not silently cleaned: the township corrects it at its source."""
    if not _SUSPECT.search(raw):
        return None
    multiline = MULTILINE.get(table, ())
    for column, value in record.items():
        if value.__class__ is not str:
            continue
        found = FORBIDDEN.search(_MULTILINE_OK.sub("", value) if column in multiline else value)
        if found:
            zh, en = hidden_character(found.group())
            return f"{labelled(column)}{zh}", f"{labelled(column, 'en')} {en}"
    return None


def _within(code: str, root: str) -> bool:
    width = {"county": 6, "township": 9, "village": 12}.get(level_of(root) or "", 12)
    return code[:width] == root[:width]


def producer_problem(producer: str, codes: list[str],
                     of: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """A package carries its producer's region and those below it (writer: regions travel
    whole), and households of its own villages; a manifest naming another office than its
    data is refused. `codes`: the package's region codes, or with `of` the villages its
    records (named by `of`, in Chinese and English) belong to. The problem in (Chinese, English)."""
    if of is None and producer not in codes:
        return (f"清单中的上报单位 {producer} 不在数据包的区划数据中：清单与数据不符",
                f"The producer {producer} named in the manifest is not among the package's regions: "
                "the manifest does not match the data")
    strays = sorted({c for c in codes if isinstance(c, str) and not _within(c, producer)})
    if strays:
        what = (f"{of[0]}所在的村 ", f"the village of {of[1]} ") if of else ("区划 ", "region ")
        return (f"数据包中{what[0]}{strays[0]} 不属于清单中的上报单位 {producer}：清单与数据不符",
                f"In the package {what[1]}{strays[0]} is not under the producer {producer} named in the "
                "manifest: the manifest does not match the data")
    return None
