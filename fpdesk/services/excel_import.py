"""`fpdesk import-excel` and the import wizard (FORMATS.md §6): an office's
spreadsheet of people into the records, in one transaction.

Each sheet's header is found in its first 10 rows; every data row is read,
checked as the person form would check it, and matched or created
(`excel_rows.RowWriter`). A dry run does all of it and rolls back, so its
summary is exactly the import's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from fpdesk.db.engine import Database
from fpdesk.domain import checks
from fpdesk.domain.messages import ClerkError, Said, english, english_of
from fpdesk.domain.sheet_layout import (FIELDS, HEADER_ROWS_SEARCHED, Header, apply_mapping, find_header,
                                        parse_row, skip_row)
from fpdesk.services import backup, people
from fpdesk.services.context import Actor, require_edit
from fpdesk.services.context import today as default_today
from fpdesk.services.excel_rows import RowRefused, RowWriter
from fpdesk.services.sheet_reader import SheetFileError, Workbook, open_workbook

PROGRESS_EVERY = 200
FIELD_LABELS = {"head_name": ("户主姓名", "Head of household"), "household_no": ("户号", "Household no."),
                "village": ("村", "Village"), "method": ("避孕节育措施", "Contraceptive method"),
                "method_date": ("措施时间", "Method date")}


class ImportCancelled(ClerkError):
    """The clerk cancelled; nothing was written."""

    def __init__(self):
        super().__init__("导入已取消，没有写入任何记录", "The import was cancelled; no record was written")


class _DryRun(Exception):
    pass


def field_label(name: str, lang: str = "zh") -> str:
    """A column's field in words (the English one capitalised: it starts a note)."""
    if name in FIELD_LABELS:
        return FIELD_LABELS[name][0 if lang == "zh" else 1]
    label = checks.field_label(name, lang)
    return label if lang == "zh" else label[:1].upper() + label[1:]


@dataclass
class SheetSummary:
    name: str
    header_row: int
    rows: int = 0
    columns: dict = field(default_factory=dict)


@dataclass
class ImportSummary:
    sheets: list[SheetSummary] = field(default_factory=list)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    households_inserted: int = 0
    episodes_inserted: int = 0
    refused: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    dry_run: bool = False
    refused_cells: dict = field(default_factory=dict)   # (sheet, row) → (header labels, cells), for 导出问题行

    def as_json(self) -> dict:
        return {"sheets": [{"name": s.name, "header_row": s.header_row, "rows": s.rows, "columns": s.columns}
                           for s in self.sheets],
                "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                "households_inserted": self.households_inserted, "episodes_inserted": self.episodes_inserted,
                "refused": self.refused, "warnings": self.warnings}


# -- sheets ------------------------------------------------------------------------
@dataclass
class SheetPreview:
    name: str
    header: Header | None
    rows: list                     # the first rows: (row number, cells)
    declared_rows: int | None


def read_mapping(path: str | Path) -> dict[str, str | None]:
    """A mapping file: {"<header>": "<field or null>"}; refused with a clear message."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise SheetFileError(f"无法读取列对应文件 {path}：{exc}", f"Cannot read the column mapping file {path}: {exc}") from None
    if not isinstance(data, dict):
        raise SheetFileError(f"列对应文件 {path} 应为 JSON 对象，如 {{\"身份证\": \"id_number\"}}",
                             f"The column mapping file {path} must hold a JSON object, e.g. {{\"身份证\": \"id_number\"}}")
    for header, name in data.items():
        if name is not None and name not in FIELDS:
            raise SheetFileError(f"列对应文件 {path}：“{header}”对应的字段“{name}”不存在"
                                 f"（可用：{', '.join(FIELDS)}）",
                                 f"Column mapping file {path}: the field \"{name}\" given for \"{header}\" does not "
                                 f"exist (known: {', '.join(FIELDS)})")
    return data


def _choose(book: Workbook, names: list[str] | None):
    if not names:
        return list(book.sheets)
    known = {s.name: s for s in book.sheets}
    missing = [n for n in names if n not in known]
    if missing:
        raise SheetFileError(f"文件 {book.path.name} 中没有工作表“{'”“'.join(missing)}”"
                             f"（有：{'、'.join(known)}）",
                             f"The file {book.path.name} has no sheet {', '.join(missing)} "
                             f"(it has: {', '.join(known)})")
    return [known[n] for n in names]


def preview(path: str | Path, rows: int = 30, mapping: dict | None = None) -> list[SheetPreview]:
    """The first rows of each sheet and its detected header, for the wizard."""
    with open_workbook(path) as book:
        found = []
        for info in book.sheets:
            first = []
            for number, cells in book.rows(info.name):
                first.append((number, cells))
                if len(first) >= max(rows, HEADER_ROWS_SEARCHED):
                    break
            header = find_header(first, mapping)
            found.append(SheetPreview(info.name, header, first, info.rows))
        return found


# -- villages ------------------------------------------------------------------------
def _plain(name: str) -> str:
    return re.sub(r"(村民委员会|居民委员会|村委会|居委会|社区|村|居)$", "", name.strip())


class Villages:
    def __init__(self, session: Session):
        self.names = {v.code: v.name for v in people.villages(session)}
        self.by_name = {}
        for code, name in self.names.items():
            self.by_name[name] = code
            self.by_name.setdefault(_plain(name), code)

    def find(self, text: str | None) -> str | None:
        if not text:
            return None
        if text in self.names:
            return text
        return self.by_name.get(text) or self.by_name.get(_plain(text))


# -- the import ----------------------------------------------------------------------
def import_excel(db: Database, actor: Actor, path: str | Path, *, sheets: list[str] | None = None,
                 village: str | None = None, mapping: dict | None = None, dry_run: bool = False,
                 today: date | None = None, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 headers: dict[str, Header] | None = None) -> ImportSummary:
    """Import (or with dry_run, try) the file; one transaction. `headers`
    overrides the detected header of a sheet (the wizard's column choices).
    Raises SheetFileError for a file that cannot be read as a whole,
    ImportCancelled when `cancelled()` turned true."""
    require_edit(actor)
    today = today or default_today()
    summary = ImportSummary(dry_run=dry_run)
    with open_workbook(path) as book:
        chosen = _choose(book, sheets)
        if not dry_run:
            try:
                backup.before(db, actor, "import")
            except backup.BackupError as exc:
                raise SheetFileError(f"导入前的自动备份失败，未导入：{exc}",
                                     f"The automatic backup before the import failed, nothing was imported: "
                                     f"{english(exc)}") from None
        summary.warnings += [{"sheet": None, "row": None, "column": None, "reason": n} for n in book.notes]
        total = sum(s.rows or 0 for s in chosen)
        try:
            with db.session() as session:
                villages = Villages(session)
                if village and village not in villages.names:
                    ours = [f"{c} {n}" for c, n in villages.names.items()]
                    raise SheetFileError(f"--village {village} 不是本乡镇的村（本乡镇的村：{'、'.join(ours)}）",
                                         f"--village {village} is not a village of this township (its villages: "
                                         f"{', '.join(ours)})")
                _check_sheets(book, chosen, headers, mapping, villages, village)
                writer = RowWriter(session, actor, today, villages.names)
                done = [0]
                for info in chosen:
                    header = (headers or {}).get(info.name)
                    _import_sheet(book, info.name, header, mapping, villages, village, writer, summary,
                                  _ticker(done, total, progress, cancelled))
                writer.flush()
                if not any(s.rows for s in summary.sheets):
                    raise SheetFileError(f"文件 {Path(path).name} 中没有可导入的数据行",
                                         f"The file {Path(path).name} has no rows to import")
                if cancelled and cancelled():    # a cancel at any moment before the commit writes nothing
                    raise ImportCancelled()
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
    if progress:
        progress(total, total)
    return summary


def _ticker(done: list, total: int, progress, cancelled) -> Callable[[], None]:
    def tick() -> None:
        done[0] += 1
        if done[0] % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise ImportCancelled()
            if progress:
                progress(done[0], max(total, done[0]))
    return tick


def _note(sheet: str, row: int | None, column: str | None, reason: str) -> dict:
    """A refusal or warning as FORMATS.md §6 lists it; `reason` a Said (its English for the GUI)."""
    return {"sheet": sheet, "row": row, "column": column, "reason": reason}


def _sheet_header(book: Workbook, name: str, first: list, header: Header | None, mapping,
                  villages: Villages, village_option: str | None) -> Header | None:
    """The sheet's header (None for an empty sheet); raises SheetFileError for a
    sheet with no header or no way to tell its village."""
    if not any(any(c not in (None, "") for c in cells) for _n, cells in first):
        return None
    header = header or find_header(first, mapping)
    if header is None:
        raise SheetFileError(f"文件 {book.path.name} 的工作表“{name}”：前 {HEADER_ROWS_SEARCHED} 行中找不到表头"
                             "（应有“姓名”列和至少一个其他可识别的列，如“身份证号”“性别”“出生日期”）。"
                             "请检查表头，或用 --sheet 只导入有花名册的工作表",
                             f"Sheet \"{name}\" of {book.path.name}: no header row in the first {HEADER_ROWS_SEARCHED} "
                             "rows (a header has a 姓名 column and at least one more known column, such as 身份证号, "
                             "性别 or 出生日期). Check the header, or import only the roster sheets")
    if mapping:
        header = apply_mapping(header, mapping)
    if "village" not in header.fields and not villages.find(name) and not village_option:
        raise SheetFileError(f"文件 {book.path.name} 的工作表“{name}”：无法确定所在村——表中没有“村”列，"
                             f"工作表名也不是本乡镇的村名。请用 --village 指定村代码",
                             f"Sheet \"{name}\" of {book.path.name}: its village is unknown, as there is no 村 "
                             "column and the sheet's name is not a village of this township. Choose the village")
    return header


def _first_rows(book: Workbook, name: str, tick=None) -> tuple[list, object]:
    rows = book.rows(name)
    first: list = []
    for number, cells in rows:
        first.append((number, cells))
        if tick:
            tick()
        if len(first) >= HEADER_ROWS_SEARCHED:
            break
    return first, rows


def _check_sheets(book: Workbook, chosen, headers, mapping, villages: Villages, village_option) -> None:
    """Every sheet's header and village, before the first row is written (a
    workbook whose third sheet cannot be read stops at once)."""
    for info in chosen:
        first, _rows = _first_rows(book, info.name)
        _sheet_header(book, info.name, first, (headers or {}).get(info.name), mapping, villages, village_option)


def _import_sheet(book: Workbook, name: str, header: Header | None, mapping, villages: Villages,
                  village_option: str | None, writer: RowWriter, summary: ImportSummary, tick) -> None:
    first, rows = _first_rows(book, name, tick)
    header = _sheet_header(book, name, first, header, mapping, villages, village_option)
    if header is None:
        summary.warnings.append(_note(name, None, None, Said("工作表是空的，已跳过", "The sheet is empty: skipped")))
        return
    sheet = SheetSummary(name, header.row, columns={})
    summary.sheets.append(sheet)
    column_of = {}
    for label, found in zip(header.labels, header.fields):
        if not label:
            continue
        sheet.columns[label] = found
        if found is None:
            summary.warnings.append(_note(name, header.row, label, Said(
                f"表头“{label}”无法识别，该列未导入", f"Header \"{label}\" not recognised: the column is not imported")))
        else:
            column_of.setdefault(found, label)
    sheet_village = villages.find(name)

    def data_rows() -> Iterator:
        yield from (r for r in first if r[0] > header.row)
        for r in rows:
            tick()
            yield r

    for number, cells in data_rows():
        if skip_row(cells):
            continue
        sheet.rows += 1
        _one_row(name, number, cells, header, column_of, villages, sheet_village or village_option, writer, summary)


def _one_row(sheet: str, number: int, cells: list, header: Header, column_of: dict, villages: Villages,
             default_village: str | None, writer: RowWriter, summary: ImportSummary) -> None:
    row = parse_row(number, cells, header.fields)

    def column(name):
        return column_of.get(name)

    def refuse(notes):
        for name, reason in notes:
            summary.refused.append(_note(sheet, number, column(name), reason))
        summary.refused_cells[(sheet, number)] = (header.labels, cells)

    if row.errors:
        refuse([(name, Said(f"{field_label(name)}：{reason}", f"{field_label(name, 'en')}: {english_of(reason)}"))
                for name, reason in row.errors])
        return
    village_text = row.values.get("village")
    village = villages.find(village_text) if village_text else default_village
    if village is None:
        refuse([("village", Said(f"“{village_text}”不是本乡镇的村",
                                 f"\"{village_text}\" is not a village of this township"))])
        return
    try:
        outcome, notes = writer.write(row, village, Said(f"工作表“{sheet}”第 {number} 行", f"sheet \"{sheet}\" row {number}"))
    except RowRefused as exc:
        refuse(exc.notes)
        return
    for name, reason in row.warnings + notes:
        summary.warnings.append(_note(sheet, number, column(name), reason))
    setattr(summary, outcome.person, getattr(summary, outcome.person) + 1)
    summary.households_inserted += outcome.households
    summary.episodes_inserted += outcome.episodes


# -- 导出问题行 ------------------------------------------------------------------------
def write_problem_rows(summary: ImportSummary, out: str | Path) -> Path:
    """The refused rows as XLSX, one sheet per source sheet, their own columns
    plus 原行号 and 原因, for the clerk to correct and import again."""
    import os

    from openpyxl import Workbook as XlsxWorkbook
    from openpyxl.styles import Font

    out = Path(out)
    reasons: dict[tuple, list[str]] = {}
    for note in summary.refused:
        reasons.setdefault((note["sheet"], note["row"]), []).append(
            f"{note['column']}：{note['reason']}" if note["column"] else note["reason"])
    book = XlsxWorkbook()
    book.remove(book.active)
    sheets: dict[str, object] = {}
    for (sheet_name, row), (labels, cells) in sorted(summary.refused_cells.items(), key=lambda kv: (
            [s.name for s in summary.sheets].index(kv[0][0]) if kv[0][0] in [s.name for s in summary.sheets] else 0,
            kv[0][1])):
        ws = sheets.get(sheet_name)
        if ws is None:
            ws = sheets[sheet_name] = book.create_sheet(_safe_title(sheet_name, sheets))
            ws.append(["原行号", *labels, "原因"])
            for cell in ws[1]:
                cell.font = Font(bold=True)
        padded = list(cells) + [None] * (len(labels) - len(cells))
        ws.append([row, *padded[:len(labels)], "；".join(reasons.get((sheet_name, row), []))])
    if not sheets:
        ws = book.create_sheet("问题行")
        ws.append(["没有被拒绝的行"])
    temporary = out.with_name(out.name + ".tmp")
    book.save(temporary)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, out)
    return out


def _safe_title(name: str, taken) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "Sheet"
    return title if title not in taken else f"{title[:28]}_{len(taken)}"
