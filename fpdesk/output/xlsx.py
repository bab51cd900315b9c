"""Table documents as an Excel workbook (openpyxl, write-only so a
15,000-row register streams out without holding every cell).

Each document becomes one sheet, or one sheet per distinct Group.sheet (a
village) when its groups name sheets. A sheet carries the same title block,
headings, group rows, 小计 and 合计 as the PDF. Totals are written as values,
not formulas, so the file reads the same in every program (and in openpyxl,
which keeps no cached results). Dates are real Excel dates, all shown as
2026年11月22日. Columns are widened to their longest unbreakable value (an ID,
a certificate number, a phone, a device model never wraps mid-string) and
heading rows are as tall as their wrapped text. Print setup: A4 in the
document's orientation, fitted to the page width, the title, unit/period and
heading rows repeated on every page, the signature line and
第 &P 页 共 &N 页 in the footer.
"""

from __future__ import annotations

import math
from copy import copy
import re
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from fpdesk.output import NothingToPrint
from fpdesk.output.layout import Column, Group, Row, TableDocument
from fpdesk.output.pdf import total_label_columns
from fpdesk.output.pdf_page import Cancelled, IsCancelled, Progress, atomic_write, signature_line

FONT = "宋体"
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
NUMBER_FORMATS = {"date": DATE_FORMAT, "money": "0.00", "int": "0"}
MIN_WIDTH = {"date": 15.0, "id": 20.0, "money": 8.0, "int": 5.0, "rate": 6.0, "text": 4.0}
MM_PER_CHAR = 2.3
LINE_HEIGHT = 13.5           # points per wrapped line at 10 pt
SUBTOTAL_LABEL = "小计"
TITLE_ROWS = 2               # the title, then the unit and period
PAPER_A4 = 9                 # Excel's paper size code for A4
PAGE_FOOTER = "第 &P 页 共 &N 页"
FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31
CHECK_EVERY = 500            # rows between two calls of the progress and cancel callbacks
UNBREAKABLE = re.compile(r"[!-~]+")   # a run of ASCII without spaces: numbers, codes, models
FIT_PADDING = 2.0            # characters of air around the longest value
SHORT_TEXT = 14              # text up to this wide is widened for rather than wrapped
MAX_FIT_WIDTH = 40.0         # a longer run (a free-text note) wraps rather than widens the page

__all__ = ["Cancelled", "render_tables_xlsx", "sheet_name", "column_width", "fitted_widths", "heading_lines"]


def render_tables_xlsx(docs: list[TableDocument], path, progress: Progress | None = None,
                       cancelled: IsCancelled | None = None) -> None:
    """Write `docs` into one workbook at `path`, atomically."""
    if not docs:
        raise NothingToPrint("没有要导出的表格", "There are no tables to export")
    workbook = Workbook(write_only=True)
    templates = _add_styles(workbook)
    counter = _Counter(sum(d.row_count for d in docs), progress, cancelled)
    taken: set[str] = set()
    try:
        for doc in docs:
            for name, groups in sheets_of(doc):
                sheet = workbook.create_sheet(sheet_name(name, taken))
                _SheetWriter(sheet, doc, groups, name, counter, templates).write()
        with atomic_write(path) as stream:
            workbook.save(stream)
    except BaseException:
        _discard(workbook)
        raise
    if progress is not None:
        progress(counter.total, counter.total)


def _discard(workbook: Workbook) -> None:
    """Close the sheets of an abandoned workbook and remove their temporary files."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or sheet.closed:
            continue
        try:
            sheet.close()
            writer.cleanup()
        except Exception:      # already half-closed by the error being raised: nothing left to free
            pass


def sheets_of(doc: TableDocument) -> list[tuple[str, list[Group]]]:
    """(sheet name, groups) in order of first appearance; groups without a
    sheet go to a sheet named after the document."""
    if not any(g.sheet for g in doc.groups):
        return [(doc.title, list(doc.groups))]
    sheets: dict[str, list[Group]] = {}
    for group in doc.groups:
        sheets.setdefault(group.sheet or doc.title, []).append(group)
    return list(sheets.items())


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A legal, unique sheet name (≤31 characters, none of []:*?/\\); adds it to `taken`."""
    base = FORBIDDEN.sub("_", wanted).strip().strip("'")[:MAX_SHEET_NAME] or "Sheet"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        suffix = f"({n})"
        name = base[:MAX_SHEET_NAME - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def column_width(column: Column) -> float:
    """Excel column width (characters) for a column `width` millimetres wide on paper."""
    return round(max(column.width / MM_PER_CHAR, MIN_WIDTH[column.kind]), 1)


def fitted_widths(columns: list[Column], rows) -> list[float]:
    """Each column's width, widened so its longest unbreakable value fits on one
    line: the whole value of a non-wrapping column (ID, date, number), the longest
    ASCII run of a text column (Excel breaks Chinese text between characters),
    and a short text whole."""
    widths = [column_width(c) for c in columns]
    wraps = [c.kind == "text" for c in columns]
    for row in rows:
        for j, value in enumerate(row):
            if not isinstance(value, str) or len(value) + FIT_PADDING <= widths[j] / 2:
                continue                     # cannot be too wide: most cells stop here
            if wraps[j]:
                need = max((len(run) for run in UNBREAKABLE.findall(value)), default=0)
                shown = _display_width(value)
                if shown <= SHORT_TEXT:      # a label (户籍外出/流出, 宫内节育器): one line, not a ragged row
                    need = max(need, shown)
            else:
                need = _display_width(value)
            if need and need + FIT_PADDING > widths[j]:
                widths[j] = min(max(widths[j], need + FIT_PADDING), MAX_FIT_WIDTH)
    return widths


def heading_lines(text: str, width: float) -> int:
    """Lines a heading of `text` takes in a column `width` characters wide (bold: a little wider)."""
    usable = max(width - 1.5, 1.0)
    return sum(max(math.ceil(_display_width(part) * 1.1 / usable), 1) for part in text.split("\n"))


# -- styles ------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="EDEDED")
BAND_FILL = PatternFill("solid", fgColor="F6F6F6")


def _data_style_name(column: Column) -> str:
    return f"fp_{column.kind}_{column.alignment}"


def _add_styles(workbook: Workbook) -> dict[str, StyleArray]:
    """Register the named styles; returns each one's style array, which a new
    cell copies (far cheaper than resolving the name for each of 150,000 cells)."""
    templates: dict[str, StyleArray] = {}

    def add(name: str, size: float = 10, bold: bool = False, border: Border | None = GRID, fill=None,
            number_format: str = "General", **alignment) -> None:
        style = NamedStyle(name=name, font=Font(name=FONT, size=size, bold=bold), number_format=number_format,
                           alignment=Alignment(vertical="center", **alignment))
        if border is not None:
            style.border = border
        if fill is not None:
            style.fill = fill
        workbook.add_named_style(style)
        templates[name] = style.as_tuple()

    add("fp_title", 16, bold=True, border=None, horizontal="center")
    add("fp_unit", border=None, horizontal="left")
    add("fp_period", border=None, horizontal="right")
    add("fp_head", bold=True, fill=HEAD_FILL, horizontal="center", wrap_text=True)
    add("fp_band", bold=True, fill=BAND_FILL, horizontal="left")
    add("fp_label", bold=True, horizontal="center")
    add("fp_note", 9, border=None, horizontal="left", wrap_text=True)
    for kind in ("text", "date", "int", "money", "rate", "id"):
        for align in ("left", "center", "right"):
            add(f"fp_{kind}_{align}", horizontal=align, wrap_text=kind == "text",
                number_format=NUMBER_FORMATS.get(kind, "General"))
    return templates


# -- one sheet -----------------------------------------------------------------------------
class _Counter:
    """Rows written so far, reported to the progress callback; stops on cancel."""

    def __init__(self, total: int, progress: Progress | None, cancelled: IsCancelled | None):
        self.total, self.done = max(total, 1), 0
        self.progress, self.cancelled = progress, cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % CHECK_EVERY == 0:
            if self.cancelled is not None and self.cancelled():
                raise Cancelled()
            if self.progress is not None:
                self.progress(min(self.done, self.total), self.total)


class _SheetWriter:
    def __init__(self, sheet, doc: TableDocument, groups: list[Group], name: str, counter: _Counter,
                 templates: dict[str, StyleArray]):
        self.ws, self.doc, self.groups, self.name, self.counter = sheet, doc, groups, name, counter
        self.templates = templates
        self.columns = doc.columns
        self.n = len(doc.columns)
        self.last = get_column_letter(self.n)
        self.row = 0                                   # the last row written
        self.data_styles = [_data_style_name(c) for c in self.columns]
        self.widths = fitted_widths(self.columns, (row for group in groups for row in group.rows))
        self.label_cols = total_label_columns(self.columns)

    def write(self) -> None:
        self._page_setup()            # a write-only sheet writes its properties with the first row
        self._title_block()
        self._headings()
        self._body()
        self._notes()

    def _append(self, cells: list, height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)

    def _cell(self, value, style: str) -> Cell:
        """A write-only cell (the row and column are set when written) in a named style."""
        return Cell(self.ws, row=1, column=1, value=value, style_array=copy(self.templates[style]))

    def _merge(self, first_col: int, last_col: int, first_row: int | None = None, last_row: int | None = None):
        top = first_row or self.row
        if first_col == last_col and top == (last_row or top):
            return
        ref = f"{get_column_letter(first_col)}{top}:{get_column_letter(last_col)}{last_row or top}"
        self.ws.merged_cells.add(ref)

    # blocks
    def _title_block(self) -> None:
        d = self.doc
        self._append([self._cell(d.title, "fp_title")], height=28)
        self._merge(1, self.n)
        split = max(self.n // 2, 1)
        if self.n == 1:
            self._append([self._cell(f"{d.unit}　{d.period}", "fp_unit")])
            return
        cells = [self._cell(d.unit, "fp_unit")] + [None] * (split - 1) + [self._cell(d.period, "fp_period")]
        self._append(cells, height=18)
        self._merge(1, split)
        self._merge(split + 1, self.n)

    def _headings(self) -> None:
        if not any(c.band for c in self.columns):
            lines = max(heading_lines(c.heading, w) for c, w in zip(self.columns, self.widths))
            self._append([self._cell(c.heading, "fp_head") for c in self.columns], height=_head_height(lines))
            return
        top = [self._cell(c.band or c.heading, "fp_head") for c in self.columns]
        bottom = [self._cell(c.heading if c.band else None, "fp_head") for c in self.columns]
        band_widths: dict[str, float] = {}
        for c, w in zip(self.columns, self.widths):
            if c.band:
                band_widths[c.band] = band_widths.get(c.band, 0) + w
        top_lines = max(heading_lines(band, w) for band, w in band_widths.items())
        bottom_lines = max(heading_lines(c.heading, w) for c, w in zip(self.columns, self.widths) if c.band)
        # an unbanded heading spans both rows: what the two rows lack between them goes to the lower one
        spanning = max((heading_lines(c.heading, w) for c, w in zip(self.columns, self.widths) if not c.band),
                       default=1)
        bottom_lines = max(bottom_lines, spanning - top_lines)
        self._append(top, height=_head_height(top_lines))
        self._append(bottom, height=_head_height(bottom_lines))
        j = 0
        while j < self.n:
            band = self.columns[j].band
            end = j
            while band and end + 1 < self.n and self.columns[end + 1].band == band:
                end += 1
            if band:
                self._merge(j + 1, end + 1, self.row - 1, self.row - 1)
            else:
                self._merge(j + 1, j + 1, self.row - 1, self.row)
            j = end + 1

    def _body(self) -> None:
        d = self.doc
        rows_here: list[Row] = []
        for group in self.groups:
            if group.heading:
                self._band(group.heading)
            for row in group.rows:
                self._data_row(row)
                self.counter.step()
            if d.subtotals and not (d.grand_total and len(self.groups) == 1):   # 小计 = 合计: said once
                self._total_row(SUBTOTAL_LABEL, d.totals(group.rows))
            rows_here += group.rows
        if not rows_here and not any(g.heading for g in self.groups):
            self._band("（无记录）")
        if d.grand_total:
            label = d.total_label if self.name == d.title or len(sheets_of(d)) == 1 else f"{self.name}{d.total_label}"
            self._total_row(label, d.totals(rows_here))

    def _band(self, text: str) -> None:
        self._append([self._cell(text, "fp_band")] + [self._cell(None, "fp_band") for _ in range(self.n - 1)])
        self._merge(1, self.n)

    def _data_row(self, row: Row) -> None:
        cells = [self._cell(_excel_value(v), s) for v, s in zip(row, self.data_styles)]
        self._append(cells, height=self._wrapped_height(row))

    def _total_row(self, label: str, totals: list) -> None:
        cells = [self._cell(_excel_value(v), s) for v, s in zip(totals, self.data_styles)]
        if self.label_cols:
            first, last = self.label_cols[0], self.label_cols[-1]
            for j in range(first, last + 1):
                cells[j] = self._cell(label if j == first else None, "fp_label")
        self._append(cells)
        if self.label_cols:
            self._merge(self.label_cols[0] + 1, self.label_cols[-1] + 1)

    def _wrapped_height(self, row: Row) -> float | None:
        """Row height for text that wraps (Excel does not grow rows it did not lay out)."""
        lines = 1
        for value, col, width in zip(row, self.columns, self.widths):
            if col.kind == "text" and isinstance(value, str) and len(value) * 2 > width:
                lines = max(lines, sum(math.ceil(_display_width(part) / width) or 1 for part in value.split("\n")))
        return LINE_HEIGHT * lines + 3 if lines > 1 else None

    def _notes(self) -> None:
        notes = self.doc.notes
        if not notes:
            return
        texts = [f"说明：{notes[0]}"] if len(notes) == 1 else ["说明："] + [f"{i}．{n}" for i, n in enumerate(notes, 1)]
        self._append([])
        total_width = sum(self.widths)
        for text in texts:
            lines = max(math.ceil(_display_width(text) / max(total_width, 1)), 1)
            self._append([self._cell(text, "fp_note")], height=LINE_HEIGHT * lines + 3 if lines > 1 else None)
            self._merge(1, self.n)

    def _page_setup(self) -> None:
        ws = self.ws
        for j, width in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = width
        head_rows = 2 if any(c.band for c in self.columns) else 1
        ws.freeze_panes = f"A{TITLE_ROWS + head_rows + 1}"
        ws.print_title_rows = f"1:{TITLE_ROWS + head_rows}"   # the title block too, as the PDF repeats it
        ws.page_setup.orientation = self.doc.orientation
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.8
        ws.page_margins.footer = 0.3
        ws.oddFooter.left.text = signature_line(self.doc.signatures, self.doc.issued).replace("&", "&&")
        ws.oddFooter.left.size = 9
        ws.oddFooter.right.text = PAGE_FOOTER
        ws.oddFooter.right.size = 9


def _excel_value(value):
    """Values as Excel keeps them: dates stay dates (a datetime keeps only its day)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or value is None or isinstance(value, (int, float, str)):
        return value
    return value if hasattr(value, "as_tuple") else str(value)     # Decimal stays a number


def _head_height(lines: int) -> float:
    return max(LINE_HEIGHT * lines + 4, 20)


def _display_width(text: str) -> int:
    """Width in Excel character units: CJK and full-width characters count two."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)
