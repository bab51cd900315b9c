"""数据核对: an outside list (卫生's hospital deliveries / 出生医学证明, 民政's
marriage registrations) against fpdesk's births or marriages.

A birth matches when the mother's ID number is the same and the dates are at
most 7 days apart; a registration matches a marriage record of either party
(by ID number) within 7 days. Three lists come back — matched, only in the
outside list, only in fpdesk (the records dated within the list's date range
that nothing matched) — with the agreement rate and the 误差率.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fpdesk.db.models import Birth, Household, Marriage, Person
from fpdesk.domain import codes, idcard
from fpdesk.domain import sheet_values as v
from fpdesk.domain.messages import Said
from fpdesk.domain.sheet_layout import find_header, lookup_of, skip_row
from fpdesk.domain.sheet_values import BadValue
from fpdesk.services.sheet_reader import SheetFileError, open_workbook

WINDOW_DAYS = 7
MARRYING = (21, 22, 23)
KINDS = ("births", "marriages")

HEADERS = {
    "births": {
        "name": ("母亲姓名", "产妇姓名", "母亲", "产妇", "姓名"),
        "id_number": ("母亲身份证号", "母亲身份证号码", "产妇身份证号", "产妇身份证号码", "身份证号", "身份证号码",
                      "公民身份号码", "身份证"),
        "date": ("出生日期", "分娩日期", "出生时间", "婴儿出生日期", "新生儿出生日期"),
        "sex": ("性别", "婴儿性别", "新生儿性别"),
        "place": ("医院", "助产机构", "接生机构", "分娩医院", "出生医院", "分娩地点", "助产机构名称"),
    },
    "marriages": {
        "name": ("男方姓名", "姓名"),
        "id_number": ("男方身份证号", "男方身份证号码", "身份证号", "身份证号码"),
        "spouse_name": ("女方姓名", "配偶姓名"),
        "spouse_id": ("女方身份证号", "女方身份证号码", "配偶身份证号", "配偶身份证号码"),
        "date": ("登记日期", "结婚登记日期", "结婚日期", "日期"),
    },
}


@dataclass
class OutsideRow:
    row: int
    name: str | None = None
    id_number: str | None = None
    date: date | None = None
    sex: int | None = None
    place: str | None = None
    spouse_name: str | None = None
    spouse_id: str | None = None
    problem: str | None = None
    person_uid: str | None = None        # the fpdesk person the 登记 button opens (mother / either party)
    person_is_spouse: bool = False       # a registration whose 女方 (not 男方) is on file


@dataclass(frozen=True)
class FpdeskRecord:
    uid: str
    person_uid: str
    name: str
    id_number: str | None
    date: date
    village_code: str
    detail: str


@dataclass(frozen=True)
class Matched:
    outside: OutsideRow
    record: FpdeskRecord
    days_apart: int


@dataclass
class Reconciliation:
    kind: str
    sheet: str
    start: date | None
    end: date | None
    matched: list[Matched] = field(default_factory=list)
    only_outside: list[OutsideRow] = field(default_factory=list)
    only_fpdesk: list[FpdeskRecord] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.matched) + len(self.only_outside) + len(self.only_fpdesk)

    @property
    def agreement_rate(self) -> float:
        """% of all records on either side that agree (a matched pair counts once)."""
        return round(100 * len(self.matched) / self.total, 1) if self.total else 100.0

    @property
    def error_rate(self) -> float:
        """误差率: % of records found on one side only."""
        return round(100 - self.agreement_rate, 1)


# -- the outside list --------------------------------------------------------------------
def read_list(path: str | Path, kind: str) -> tuple[str, list[OutsideRow]]:
    """The first sheet with a recognisable header: (sheet name, its rows)."""
    if kind not in KINDS:
        raise ValueError(kind)
    lookup = lookup_of(HEADERS[kind])
    with open_workbook(path) as book:
        for info in book.sheets:
            rows = book.rows(info.name)
            first = []
            for item in rows:
                first.append(item)
                if len(first) >= 10:
                    break
            header = find_header(first, lookup=lookup, required="id_number")
            if header is None:
                continue
            found = []
            for number, cells in [r for r in first if r[0] > header.row] + list(rows):
                if not skip_row(cells):
                    found.append(_outside_row(number, cells, header.fields))
            return info.name, found
    what = ("出生", "birth") if kind == "births" else ("婚姻登记", "marriage")
    raise SheetFileError(f"文件 {Path(path).name} 中找不到{what[0]}名单的表头（应有身份证号码列和日期列）",
                         f"No header of a {what[1]} list in {Path(path).name} (it has an ID number column and a "
                         "date column)")


def _outside_row(number: int, cells: list, fields) -> OutsideRow:
    row = OutsideRow(number)
    problems = []
    for value, name in zip(cells, fields):
        if name is None or getattr(row, name) is not None:
            continue
        try:
            if name in ("id_number", "spouse_id"):
                text = v.parse_id_number(value)
                info = idcard.parse(text) if text else None
                setattr(row, name, info.number if info and info.ok else text)
                if text and not info.ok:
                    problems.append(Said(f"身份证号码无效：{info.errors[0].message_zh}",
                                         f"Invalid ID number: {info.errors[0].message_en}"))
            elif name == "date":
                row.date = v.parse_date(value)
            elif name == "sex":
                row.sex = v.parse_sex(value)
            else:
                setattr(row, name, v.parse_text(value, 60))
        except BadValue as exc:
            problems.append(Said(str(exc), exc.message_en))
    if not row.id_number:
        problems.append(Said("缺少身份证号码，无法核对", "No ID number: cannot be compared"))
    if row.date is None:
        problems.append(Said("缺少日期，无法核对", "No date: cannot be compared"))
    row.problem = Said("；".join(problems), "; ".join(p.en for p in problems)) if problems else None
    return row


# -- matching ---------------------------------------------------------------------------------
def reconcile(session: Session, path: str | Path, kind: str) -> Reconciliation:
    sheet, rows = read_list(path, kind)
    dated = [r.date for r in rows if r.date]
    result = Reconciliation(kind, sheet, min(dated, default=None), max(dated, default=None))
    if result.start is None:
        result.only_outside = rows
        return result
    low = date.fromordinal(result.start.toordinal() - WINDOW_DAYS)
    high = date.fromordinal(result.end.toordinal() + WINDOW_DAYS)
    records = _births(session, low, high) if kind == "births" else _marriages(session, low, high)
    by_id: dict[str, list[FpdeskRecord]] = {}
    for record in records:
        if record.id_number:
            by_id.setdefault(_key(record.id_number), []).append(record)
    people = _people_by_id(session, {_key(n) for r in rows for n in (r.id_number, r.spouse_id) if n})
    used: set[str] = set()
    for row in rows:
        row.person_uid = people.get(_key(row.id_number or ""))
        if row.person_uid is None and row.spouse_id:
            row.person_uid = people.get(_key(row.spouse_id))
            row.person_is_spouse = row.person_uid is not None
        if row.problem and not (row.id_number and row.date):
            result.only_outside.append(row)
            continue
        found = _nearest(row, by_id, used)
        if found is None:
            result.only_outside.append(row)
            continue
        record, days = found
        used.add(record.uid)
        if kind == "marriages":   # the spouse's record of the same registration is the same event
            used.update(r.uid for r in _candidates(row, by_id) if abs((r.date - row.date).days) <= WINDOW_DAYS)
        result.matched.append(Matched(row, record, days))
    result.only_fpdesk = [r for r in records if r.uid not in used and result.start <= r.date <= result.end]
    return result


def _key(number: str) -> str:
    info = idcard.parse(number) if number else None
    return info.number if info and info.ok else idcard.normalise(number or "")


def _candidates(row: OutsideRow, by_id: dict) -> list[FpdeskRecord]:
    found = []
    for number in (row.id_number, row.spouse_id):
        if number:
            found += by_id.get(_key(number), [])
    return found


def _nearest(row: OutsideRow, by_id: dict, used: set) -> tuple[FpdeskRecord, int] | None:
    best = None
    for record in _candidates(row, by_id):
        days = abs((record.date - row.date).days)
        if record.uid in used or days > WINDOW_DAYS:
            continue
        if best is None or days < best[1]:
            best = (record, days)
    return best


def _people_by_id(session: Session, keys: set[str]) -> dict[str, str]:
    if not keys:
        return {}
    found = {}
    numbers = list(keys)
    for i in range(0, len(numbers), 500):
        query = select(Person.id_number, Person.uid).where(Person.id_number.in_(numbers[i:i + 500]),
                                                           Person.deleted.is_(False))
        found.update({number: uid for number, uid in session.execute(query)})
    return found


def _births(session: Session, low: date, high: date) -> list[FpdeskRecord]:
    mother = aliased(Person)
    query = (select(Birth.uid, mother.uid, mother.name, mother.id_number, Birth.birth_date, Household.village_code,
                    Birth.sex, Birth.place)
             .join(mother, mother.uid == Birth.mother_uid).join(Household, Household.uid == mother.household_uid)
             .where(Birth.deleted.is_(False), Birth.birth_date.between(low, high))
             .order_by(Birth.birth_date, mother.name, Birth.uid))
    return [FpdeskRecord(uid, person, name, number, on, village,
                         Said(f"{codes.SEX.label(sex)}，{codes.BIRTH_PLACE.label(place) or '地点未填'}",
                              f"{codes.SEX.label(sex, 'en')}, {codes.BIRTH_PLACE.label(place, 'en') or 'no place'}"))
            for uid, person, name, number, on, village, sex, place in session.execute(query)]


def _marriages(session: Session, low: date, high: date) -> list[FpdeskRecord]:
    query = (select(Marriage.uid, Person.uid, Person.name, Person.id_number, Marriage.date, Household.village_code,
                    Marriage.event, Marriage.spouse_name)
             .join(Person, Person.uid == Marriage.person_uid).join(Household, Household.uid == Person.household_uid)
             .where(Marriage.deleted.is_(False), Marriage.event.in_(MARRYING), Marriage.date.between(low, high))
             .order_by(Marriage.date, Person.name, Marriage.uid))
    return [FpdeskRecord(uid, person, name, number, on, village,
                         Said(f"{codes.MARRIAGE_EVENT.label(event)}，配偶 {spouse or '—'}",
                              f"{codes.MARRIAGE_EVENT.label(event, 'en')}, spouse {spouse or '—'}"))
            for uid, person, name, number, on, village, event, spouse in session.execute(query)]


# -- saving -------------------------------------------------------------------------------------
def write_xlsx(result: Reconciliation, out: str | Path, mask_ids: bool = False) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def shown(number):
        return idcard.mask(number) if mask_ids and number else number

    out = Path(out)
    book = Workbook()
    summary = book.active
    summary.title = "核对结果"
    what = "出生" if result.kind == "births" else "婚姻登记"
    summary.append([f"{what}名单核对（{result.sheet}）"])
    summary.append(["名单日期范围", f"{result.start or ''} — {result.end or ''}"])
    for label, value in (("一致", len(result.matched)), ("仅在外部名单", len(result.only_outside)),
                         ("仅在本系统", len(result.only_fpdesk)), ("一致率（%）", result.agreement_rate),
                         ("误差率（%）", result.error_rate)):
        summary.append([label, value])
    summary["A1"].font = Font(bold=True)
    outside_head = ["原行号", "姓名", "身份证号码", "日期", "性别", "医院", "配偶姓名", "配偶身份证号码", "说明"]

    def outside_cells(r: OutsideRow) -> list:
        return [r.row, r.name, shown(r.id_number), r.date, codes.SEX.label(r.sex), r.place, r.spouse_name,
                shown(r.spouse_id), r.problem or ("本系统有此人，无此记录" if r.person_uid else "本系统无此人")]

    sheets = (("一致", outside_head[:-1] + ["本系统姓名", "本系统日期", "相差天数"],
               [outside_cells(m.outside)[:-1] + [m.record.name, m.record.date, m.days_apart] for m in result.matched]),
              ("仅在外部名单", outside_head, [outside_cells(r) for r in result.only_outside]),
              ("仅在本系统", ["姓名", "身份证号码", "日期", "村代码", "内容"],
               [[r.name, shown(r.id_number), r.date, r.village_code, r.detail] for r in result.only_fpdesk]))
    for title, head, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(head)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for cells in rows:
            sheet.append(cells)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
    temporary = out.with_name(out.name + ".tmp")
    book.save(temporary)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, out)
    return out
