"""Table documents (registers and report tables) as a PDF in the manner of a
Chinese government form: the title centred, the unit left and the period
right under it, a ruled table whose headings repeat on every page, the
signature line and 第 x 页 共 y 页 at the foot of every page.

The renderer paginates itself: it knows every row's height (one line, or a
wrapped Paragraph measured once) and emits one reportlab Table per page with
explicit row heights. Layout is therefore linear in the number of rows, and
reportlab never has to measure or split a long table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table

from fpdesk.domain.dates import format_zh
from fpdesk.output import NothingToPrint
from fpdesk.output.fonts import register_cjk_font
from fpdesk.output.layout import Column, Row, TableDocument
from fpdesk.output.pdf_page import (MARGINS_MM, Cancelled, IsCancelled, Progress, build_pdf, frame_size, styles,
                                    text_block)

SIZE = 9                       # body font size in points
PAD = 2.0                      # cell padding in points
SLACK = 0.5                    # points kept free at the foot of each frame against rounding
TEXT_SHRINK = 0.45             # how far text columns narrow (wrapping) before all columns shrink
SUBTOTAL_LABEL = "小计"
EMPTY_TEXT = "（无记录）"
CONTINUED = "（续）"
GRID_GREY = colors.Color(0.93, 0.93, 0.93)
BAND_GREY = colors.Color(0.965, 0.965, 0.965)
ALIGN_NAMES = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}
CHECK_EVERY = 500              # rows laid out between two looks at the cancel callback

__all__ = ["Cancelled", "render_tables_pdf", "format_value"]


def render_tables_pdf(docs: list[TableDocument], path, progress: Progress | None = None,
                      cancelled: IsCancelled | None = None) -> int:
    """Write `docs` into one PDF at `path` (each starting on a new page) and return the page count.

    The footer (signatures, 填报日期) comes from the first document; the PDF's
    title metadata lists every document's title.
    """
    if not docs:
        raise NothingToPrint("没有要打印的表格", "There are no tables to print")
    story: list = []
    for index, doc in enumerate(docs):
        if index:
            story += [NextPageTemplate(doc.orientation), PageBreak()]
        story += _DocumentLayout(doc, cancelled).story()
    first = docs[0]
    return build_pdf(path, story, pagesize=page_size(first.orientation), signatures=first.signatures,
                     issued=first.issued, title=_pdf_title(docs), progress=progress, cancelled=cancelled)


def page_size(orientation: str) -> tuple[float, float]:
    return landscape(A4) if orientation == "landscape" else portrait(A4)


def _pdf_title(docs: Sequence[TableDocument]) -> str:
    return "、".join(dict.fromkeys(d.title for d in docs))


# -- values ---------------------------------------------------------------------
def format_value(value, kind: str, short_dates: bool = False) -> str:
    """A cell value as printed: dates 2026年11月22日 (2026.11.22 when `short_dates`),
    money with two decimals, rates with the precision they carry, None empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year}.{value.month:02d}.{value.day:02d}" if short_dates else format_zh(value)
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if kind == "money" and isinstance(value, (int, float, Decimal)):
        return f"{value:.2f}"
    if isinstance(value, float):
        text = repr(round(value, 6))
        return text[:-2] if text.endswith(".0") else text
    return str(value)


# -- cells ------------------------------------------------------------------------------
LONG_DATE = "2026年12月28日"    # the widest date in the long form
SHORT_DATE = "2026.12.28"


class CellMaker:
    """Turns values into table cells: a plain string when the text fits on one
    line (cheap to lay out), a wrapping Paragraph when it does not; each row
    comes back with its height so the page can be filled without reportlab
    measuring anything."""

    def __init__(self, columns: Sequence[Column], widths: Sequence[float], st: dict, pad: float):
        self.columns = list(columns)
        self.widths = list(widths)
        self.pad = pad
        self.font = st["cell"].fontName
        self.size = st["cell"].fontSize
        self.leading = st["cell"].leading
        self.one_line = self.leading + 2 * pad
        by_align = {"left": st["cell"], "center": st["cell_center"], "right": st["cell_right"]}
        self.styles = [by_align[c.alignment] for c in self.columns]
        self.band_styles = {False: st["cell"], True: st["cell_center"]}
        self.short_dates = [c.kind == "date" and not self.fits(LONG_DATE, w - 2 * pad) and
                            self.fits(SHORT_DATE, w - 2 * pad) for c, w in zip(self.columns, self.widths)]

    def fits(self, text: str, avail: float) -> bool:
        return len(text) * self.size <= avail or stringWidth(text, self.font, self.size) <= avail

    def fit(self, text: str, avail: float, style) -> tuple[object, float]:
        """(cell, row height) for `text` in a cell `avail` points wide inside its padding."""
        if not text:
            return "", self.one_line
        lines = text.split("\n")
        if all(self.fits(line, avail) for line in lines):
            return text, len(lines) * self.leading + 2 * self.pad
        paragraph = text_block(text, style)
        return paragraph, paragraph.wrap(avail, 1e6)[1] + 2 * self.pad

    def row(self, values: Row, label_cols: Sequence[int] = ()) -> tuple[list, float]:
        """Cells and height of one row; `label_cols` share one cell (the 小计/合计 label)."""
        cells: list = []
        height = self.one_line
        label_w = sum(self.widths[j] for j in label_cols)
        for j, (col, value) in enumerate(zip(self.columns, values)):
            if label_cols and j in label_cols[1:]:
                cells.append("")
                continue
            width = label_w if label_cols and j == label_cols[0] else self.widths[j]
            text = value if isinstance(value, str) else format_value(value, col.kind, self.short_dates[j])
            cell, h = self.fit(text, width - 2 * self.pad, self.styles[j])
            cells.append(cell)
            height = max(height, h)
        return cells, height

    def band(self, text: str, width: float, centred: bool = False) -> tuple[object, float]:
        """A cell spanning the whole table (group heading, 无记录)."""
        return self.fit(text, width - 2 * self.pad, self.band_styles[centred])


def heading_rows(columns: Sequence[Column], widths: Sequence[float], st: dict,
                 pad: float) -> tuple[list[list], list[float], list[tuple]]:
    """The heading row(s), their heights and SPAN ranges.

    With bands: row 0 holds each band over its run of columns, row 1 the
    headings under a band; a column without a band spans both rows.
    """
    style = st["heading"]
    one_line = style.leading + 2 * pad

    def cell(text: str, width: float) -> tuple[object, float]:
        paragraph = text_block(text, style)
        return paragraph, max(paragraph.wrap(width - 2 * pad, 1e6)[1] + 2 * pad, one_line)

    if not any(c.band for c in columns):
        row = [cell(c.heading, w) for c, w in zip(columns, widths)]
        return [[c for c, _ in row]], [max(h for _, h in row)], []
    top: list = [""] * len(columns)
    bottom: list = [""] * len(columns)
    spans: list[tuple] = []
    top_h = bottom_h = one_line
    tall: list[float] = []                  # headings that span both rows
    j = 0
    while j < len(columns):
        band = columns[j].band
        if not band:
            top[j], h = cell(columns[j].heading, widths[j])
            spans.append(((j, 0), (j, 1)))
            tall.append(h)
            j += 1
            continue
        end = j
        while end + 1 < len(columns) and columns[end + 1].band == band:
            end += 1
        top[j], h = cell(band, sum(widths[j:end + 1]))
        top_h = max(top_h, h)
        if end > j:
            spans.append(((j, 0), (end, 0)))
        for k in range(j, end + 1):
            bottom[k], h = cell(columns[k].heading, widths[k])
            bottom_h = max(bottom_h, h)
        j = end + 1
    bottom_h = max(bottom_h, max(tall, default=0) - top_h)
    return [top, bottom], [top_h, bottom_h], spans


# -- one document ------------------------------------------------------------------
@dataclass
class _Line:
    cells: list
    height: float
    kind: str = "data"          # data | group | total | empty | notes (room kept under the table)


class _DocumentLayout:
    """One TableDocument cut into pages: a list of flowables ending in its notes."""

    def __init__(self, doc: TableDocument, cancelled: IsCancelled | None):
        register_cjk_font()
        self.doc = doc
        self.cancelled = cancelled
        self.st = styles(SIZE)
        self.leading = self.st["cell"].leading
        self.frame_w, self.frame_h = frame_size(page_size(doc.orientation), MARGINS_MM)
        self.widths = column_widths(doc.columns, self.frame_w, natural_widths(doc, self.st["cell"].fontName, SIZE))
        self.table_w = sum(self.widths)
        self.cells = CellMaker(doc.columns, self.widths, self.st, PAD)
        self.head_cells, self.head_heights, self.head_spans = heading_rows(doc.columns, self.widths, self.st, PAD)
        self.label_cols = total_label_columns(doc.columns)

    # the story
    def story(self) -> list:
        first_block = self._title_block()
        later_block = self._continued_block()
        first_room = self.frame_h - _height(first_block, self.frame_w, self.frame_h)
        later_room = self.frame_h - _height(later_block, self.frame_w, self.frame_h)
        notes = self._notes()
        blocks = self._blocks()
        if notes:     # the notes stay on the page of the last rows: they count as part of the last block
            blocks[-1].append(_Line([], _height(notes, self.frame_w, self.frame_h), "notes"))
        pages = [p for p in self._paginate(blocks, first_room, later_room) if any(x.kind != "notes" for x in p)]
        story: list = []
        for number, lines in enumerate(pages):
            if number:
                story.append(PageBreak())
            story += first_block if number == 0 else later_block
            story.append(self._page_table([line for line in lines if line.kind != "notes"]))
        return story + notes

    def _title_block(self) -> list:
        d = self.doc
        title = text_block(d.title, self.st["title"])
        line = _two_sided(d.unit, d.period, self.st["unit"], self.st["period"], self.table_w)
        return [title, Spacer(1, 3 * mm), line, Spacer(1, 1.5 * mm)]

    def _continued_block(self) -> list:
        d = self.doc
        left = f"{d.title}{CONTINUED}　{d.unit}"
        return [_two_sided(left, d.period, self.st["cell"], self.st["cell_right"], self.table_w), Spacer(1, 1.5 * mm)]

    def _notes(self) -> list:
        notes = self.doc.notes
        if not notes:
            return []
        indent = max((self.frame_w - self.table_w) / 2, 0)
        style = self.st["small"].clone("notes", leftIndent=indent, rightIndent=indent)
        texts = [f"说明：{notes[0]}"] if len(notes) == 1 else \
            ["说明："] + [f"{i}．{note}" for i, note in enumerate(notes, 1)]
        return [Spacer(1, 2 * mm)] + [text_block(t, style) for t in texts]

    # rows
    def _blocks(self) -> list[list[_Line]]:
        """Runs of lines that stay on one page: a group heading with its first
        row, a last row with its subtotal (and the grand total)."""
        d = self.doc
        blocks: list[list[_Line]] = []
        if d.row_count == 0:
            blocks.append([self._band_line(EMPTY_TEXT, "empty")])
        else:
            seen = 0
            subtotals = d.subtotals and not (d.grand_total and len(d.groups) == 1)   # else 小计 = 合计
            for group in d.groups:
                lines = [self._band_line(group.heading, "group")] if group.heading else []
                for row in group.rows:
                    seen += 1
                    if self.cancelled is not None and seen % CHECK_EVERY == 0 and self.cancelled():
                        raise Cancelled()
                    lines.append(self._data_line(row))
                if subtotals:
                    lines.append(self._total_line(SUBTOTAL_LABEL, d.totals(group.rows)))
                blocks += _keep_together(lines, bool(group.heading), subtotals, group.heading)
        if d.grand_total:
            total = self._total_line(d.total_label, d.totals([r for g in d.groups for r in g.rows]))
            blocks[-1].append(total)
        return blocks

    def _data_line(self, row: Row) -> _Line:
        cells, height = self.cells.row(row)
        return _Line(cells, height)

    def _band_line(self, text: str, kind: str) -> _Line:
        cell, height = self.cells.band(text, self.table_w, centred=kind == "empty")
        return _Line([cell] + [""] * (len(self.widths) - 1), height, kind)

    def _total_line(self, label: str, totals: list) -> _Line:
        values = list(totals)
        if self.label_cols:
            values[self.label_cols[0]] = label
        cells, height = self.cells.row(values, label_cols=self.label_cols)
        return _Line(cells, height, "total")

    def _paginate(self, blocks: list[list[_Line]], first_room: float, later_room: float) -> list[list[_Line]]:
        head_h = sum(self.head_heights)
        pages: list[list[_Line]] = [[]]
        room = first_room - head_h - SLACK
        used = 0.0
        for block in blocks:
            block_h = sum(line.height for line in block)
            if pages[-1] and used + block_h > room:
                pages.append([])
                room, used = later_room - head_h - SLACK, 0.0
                band = self._continued_band(block)
                if band is not None:
                    pages[-1].append(band)
                    used += band.height
            for line in block:
                if pages[-1] and used + line.height > room:      # a block taller than a page
                    pages.append([])
                    room, used = later_room - head_h - SLACK, 0.0
                pages[-1].append(line)
                used += line.height
        return pages

    def _continued_band(self, block: list[_Line]) -> _Line | None:
        """“一村（续）” at the top of a page that continues a group."""
        heading = getattr(block, "group_heading", "")
        if not heading or block[0].kind == "group":
            return None
        return self._band_line(heading + CONTINUED, "group")

    # one page
    def _page_table(self, lines: list[_Line]) -> Table:
        head = len(self.head_cells)
        data = self.head_cells + [line.cells for line in lines]
        heights = self.head_heights + [line.height for line in lines]
        commands = self._base_commands(head)
        for r, line in enumerate(lines, head):
            commands += self._line_commands(line.kind, r)
        return Table(data, colWidths=self.widths, rowHeights=heights, style=commands, repeatRows=head,
                     hAlign="CENTER")

    def _base_commands(self, head: int) -> list:
        font = register_cjk_font()
        commands = [
            ("FONT", (0, 0), (-1, -1), font, SIZE, self.leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("BACKGROUND", (0, 0), (-1, head - 1), GRID_GREY),
            ("ALIGN", (0, 0), (-1, head - 1), "CENTER"),
        ]
        for j, col in enumerate(self.doc.columns):
            commands.append(("ALIGN", (j, head), (j, -1), ALIGN_NAMES[col.alignment]))
        commands += [("SPAN", start, end) for start, end in self.head_spans]
        return commands

    def _line_commands(self, kind: str, r: int) -> list:
        if kind == "group":
            return [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (0, r), "LEFT"), ("BACKGROUND", (0, r), (-1, r),
                                                                                    BAND_GREY)]
        if kind == "empty":
            return [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (0, r), "CENTER")]
        if kind == "total" and self.label_cols:
            first, last = self.label_cols[0], self.label_cols[-1]
            return [("SPAN", (first, r), (last, r)), ("ALIGN", (first, r), (first, r), "CENTER")]
        return []


class _Block(list):
    """A list of lines that remembers the heading of the group it belongs to."""
    group_heading: str = ""


def _keep_together(lines: list[_Line], has_heading: bool, has_subtotal: bool, heading: str) -> list[_Block]:
    """Cut one group's lines into blocks: heading + first row, single rows, last row + subtotal."""
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        take = 1
        if i == 0 and has_heading:
            take = 2
        if has_subtotal and i + take == len(lines) - 1:
            take += 1
        block = _Block(lines[i:i + take])
        block.group_heading = heading
        blocks.append(block)
        i += take
    return blocks


# -- geometry ------------------------------------------------------------------------
def column_widths(columns: Sequence[Column], frame_width: float,
                  natural: Sequence[float] | None = None) -> list[float]:
    """Column widths in points from Column.width (mm), narrowed to fit the frame.

    `natural` is each column's widest value in points (see natural_widths).
    Columns give way in steps until the table fits: first the room beyond
    their widest value (nothing wraps), then text columns whose text wraps
    anyway, then any text column, down to TEXT_SHRINK of their width, and
    last all columns in proportion.
    """
    widths = [max(c.width, 1.0) * mm for c in columns]
    excess = sum(widths) - frame_width
    if excess <= 0:
        return widths
    least = 2 * SIZE + 2 * PAD                                   # two characters of a wrapped heading
    need = [min(w, max((natural[j] if natural else w) + 2 * PAD, least)) for j, w in enumerate(widths)]
    wrap = [min(n, max(w * TEXT_SHRINK, least)) if c.kind == "text" else n
            for c, w, n in zip(columns, widths, need)]
    wrapping = [f if n >= w else n for w, n, f in zip(widths, need, wrap)]   # those that wrap anyway go first
    for floors in (need, wrapping, wrap):
        slack = [max(w - f, 0.0) for w, f in zip(widths, floors)]
        room = sum(slack)
        if room > 0 and excess > 0:
            take = min(excess, room)
            widths = [w - s * take / room for w, s in zip(widths, slack)]
            excess -= take
    total = sum(widths)
    return [w * frame_width / total for w in widths] if total > frame_width + 0.01 else widths


def natural_widths(doc: TableDocument, font: str, size: float) -> list[float]:
    """The width in points of each column's widest printed value (totals included)."""
    rows = [r for g in doc.groups for r in g.rows]
    extra = [doc.totals(rows)] if (doc.subtotals or doc.grand_total) and rows else []
    out = []
    for j, col in enumerate(doc.columns):
        if col.kind == "date":
            out.append(stringWidth(LONG_DATE, font, size))
            continue
        texts = {line for r in rows + extra for line in format_value(r[j], col.kind).split("\n")}
        best = 0.0
        for text in sorted(texts, key=len, reverse=True):     # no glyph is wider than 1 em: stop early
            if len(text) * size <= best:
                break
            best = max(best, stringWidth(text, font, size))
        out.append(best)
    return out


def total_label_columns(columns: Sequence[Column]) -> list[int]:
    """The columns the 小计/合计 label spans: those before the first total column,
    or else the first column that is not summed."""
    leading = []
    for j, col in enumerate(columns):
        if col.total:
            break
        leading.append(j)
    if leading:
        return leading
    free = [j for j, col in enumerate(columns) if not col.total]
    return free[:1]


def _two_sided(left: str, right: str, left_style, right_style, width: float) -> Table:
    """The unit on the left and the period on the right, on one line when they fit."""
    right_w = stringWidth(right, right_style.fontName, right_style.fontSize) + 4
    left_w = stringWidth(left, left_style.fontName, left_style.fontSize) + 4
    if left_w + right_w > width:
        right_w = min(max(width * right_w / (left_w + right_w), width * 0.3), width * 0.7)
    widths = [width - right_w, right_w]
    table = Table([[text_block(left, left_style), text_block(right, right_style)]], colWidths=widths,
                  hAlign="CENTER")
    table.setStyle([("FONT", (0, 0), (-1, -1), left_style.fontName, left_style.fontSize),   # else Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    return table


def _height(flowables: list, width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] for f in flowables)
