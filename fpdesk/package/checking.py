"""One package line → a checked record, or the reason it is refused.

A line is parsed, its types checked (jsonl.Codec.decode) and the single-record
checks of DOMAIN.md §Data checks run on it (fpdesk.domain.checks with no facts
about other records: the checks that concern the record alone). What the
township holds, the county holds (FORMATS.md §4): only a record that cannot be
stored as it is — a required field missing, a value not a code of its field
(besides the types and dates the codec refuses) — is refused. Every other
finding, errors included, travels with the record as a warning under its
check id (fpdesk.domain.quality) and is listed if the record is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import orjson

from fpdesk.domain import checks, quality
from fpdesk.domain.messages import Said
from fpdesk.package.jsonl import CODECS, TABLES, RecordProblem, file_path
from fpdesk.package.limits import text_problem


@dataclass(frozen=True)
class Note:
    """A refusal or warning: FORMATS.md §4 {file, uid, reason}, plus where it was for sorting.
    `why` is the reason without its line, as (Chinese, English): a plain pair crosses from the
    worker processes cheaply, and the listed reason (`reason`, a messages.Said with its line
    in front) is made only for the notes the summary lists."""

    file: str
    uid: str
    why: tuple[str, str]
    table_index: int = 0
    line: int = 0               # 0: a note on the record, not on a line of the file
    check: str | None = None    # a warning's FORMATS.md §5 check id

    @property
    def reason(self) -> Said:
        return at_line(self.line, self.why) if self.line else Said(*self.why)

    def as_json(self) -> dict:
        if self.check is None:
            return {"file": self.file, "uid": self.uid, "reason": self.reason}
        return {"file": self.file, "uid": self.uid, "check": self.check, "reason": self.reason}


def note(table: str, uid: str, line: int, why: tuple[str, str], check: str | None = None) -> Note:
    """A note on a line; `why` the reason as (Chinese, English)."""
    return Note(file_path(table), uid, why, TABLES.index(table), line, check)


def at_line(line: int, why: tuple[str, str]) -> Said:
    return Said(f"第 {line} 行：{why[0]}", f"Line {line}: {why[1]}")


def together(reasons: list[tuple[str, str]]) -> tuple[str, str]:
    """Several reasons as one."""
    return "；".join(zh for zh, _ in reasons), "; ".join(en for _, en in reasons)


# A line that passed, as the loader receives it (a plain tuple: it crosses from
# the worker processes by the hundred thousand): (line, uid, row, warnings, local).
LINE, UID, ROW, WARNINGS, LOCAL = range(5)


@dataclass(slots=True)
class Checked:
    """A record that passed its own checks; `row` is its values as SQLite stores them."""

    line: int
    uid: str
    record: dict
    row: tuple
    warnings: list[Note] = field(default_factory=list)
    local: tuple = ()        # columns the office adds (a person's pinyin keys)


def parse(raw: bytes):
    """One line, one JSON value, nothing else (orjson: strict RFC 8259 and UTF-8;
    its JSONDecodeError is a ValueError)."""
    return orjson.loads(raw)


def _uid_of(raw: bytes) -> str:
    obj = parse(raw)
    uid = obj.get("uid") if isinstance(obj, dict) else None
    return uid if isinstance(uid, str) else ""


def finding_text(finding: checks.Finding) -> tuple[str, str]:
    return f"{finding.message_zh}（{finding.field}）", f"{finding.message_en} ({finding.field})"


BLANK = ("空行", "blank line")
NOT_JSON = ("不是有效的 JSON", "not valid JSON")


def check_line(table: str, line: int, raw: bytes, today: date) -> Checked | Note:
    try:
        record, row = CODECS[table].decode(parse(raw))
    except RecordProblem as problem:
        return note(table, _uid_of(raw), line, problem.pair)
    except ValueError:  # not JSON, not UTF-8
        return note(table, "", line, BLANK if not raw.strip() else NOT_JSON)
    hidden = text_problem(table, raw, record)
    if hidden:
        return note(table, record["uid"], line, hidden)
    findings = checks.RECORD_CHECKS[table](record, today)
    if not findings:
        return Checked(line, record["uid"], record, row)
    structural = [f for f in findings if quality.is_structural(f)]
    if structural:
        return note(table, record["uid"], line, together([finding_text(f) for f in structural]))
    return Checked(line, record["uid"], record, row, [
        note(table, record["uid"], line, finding_text(f), quality.check_id(f)) for f in findings])
