"""Cards (卡) as a PDF in the manner of a printed government card: each card
starts on a new page with its title centred, the unit left and the card
number right under it, then its sections as ruled grids of one width — a
shaded band naming the section, label/value grids (labels shaded), small
tables with their column headings and blank lines to fill in by hand.

Like the register renderer, this one paginates by itself: every line's
height is known before reportlab sees it, so a card that runs over is cut
between lines and continues on the next page under its title with “（续）”
(a table cut in two repeats its band, marked “（续）”, and its headings).
Each card numbers its own pages (第 1 页 共 2 页 of that card), so a card
printed with a whole village's files separately.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from fpdesk.domain.dates import format_zh
from fpdesk.output import NothingToPrint
from fpdesk.output.layout import Card, CardSet, CardTable, Column, FieldGrid
from fpdesk.output.pdf import ALIGN_NAMES, BAND_GREY, CONTINUED, EMPTY_TEXT, GRID_GREY, CellMaker, format_value
from fpdesk.output.pdf_page import (MARGINS_MM, Cancelled, IsCancelled, Progress, RestartNumbering, build_pdf,
                                    frame_size, styles)

__all__ = ["Cancelled", "render_cards_pdf"]

PAGE_SIZES = {"A4": A4, "A5": A5}
BODY_SIZE = {"A4": 9, "A5": 8}    # points
PAD = 2.0                         # cell padding, points
LABEL_MM = 24.0                   # a grid's label cell; fits 户籍/居住状态 at 9 pt
MIN_VALUE_MM = 36.0               # fewer fields to a line when values would get narrower than this
BLANK_LINE = 19.0                 # height of a line left to be written in by hand, points
SECTION_GAP = 2.2 * mm
TITLE_GAP = 2.5 * mm              # between the title and the unit line
SLACK = 1.0                       # points kept free at the foot of each page against rounding
CHECK_EVERY = 50                  # cards laid out between two looks at the cancel callback


def render_cards_pdf(cardset: CardSet, path, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> int:
    """Write the cards to the PDF at `path` (each card from a new page) and return the page count.

    Raises Cancelled when `cancelled()` turns true; no file is left behind then.
    """
    if not cardset.cards:
        raise NothingToPrint("没有要打印的卡片", "There are no cards to print")
    pagesize = PAGE_SIZES[cardset.page_size]
    layout = _CardLayout(pagesize, BODY_SIZE[cardset.page_size])
    story: list = []
    for index, card in enumerate(cardset.cards):
        if cancelled is not None and index % CHECK_EVERY == 0 and cancelled():
            raise Cancelled()
        if index:
            story.append(PageBreak())
        story.append(RestartNumbering())        # each card numbers its own pages
        story += layout.card_story(card)
    title = "、".join(dict.fromkeys(card.title for card in cardset.cards))
    return build_pdf(path, story, pagesize=pagesize, signatures=cardset.signatures, issued=cardset.issued,
                     title=title, progress=progress, cancelled=cancelled)


# -- lines and sections -------------------------------------------------------------------------
@dataclass
class _Line:
    """One table row with its height and how it is ruled and shaded."""
    cells: list
    height: float
    kind: str = "data"                 # band | heading | grid | data | blank | empty
    aligns: Sequence[str] = ()          # per column, for data lines
    spans: list[tuple[int, int]] = field(default_factory=list)     # (first, last) column ranges
    shaded: list[int] = field(default_factory=list)                # label columns of a grid line


@dataclass
class _Section:
    """A band, its headings and its body; `splits` when it may be cut between body lines."""
    title: str
    widths: list[float]
    head: list[_Line]                   # heading lines under the band (repeated on a new page)
    body: list[_Line]
    splits: bool


class _CardLayout:
    def __init__(self, pagesize: tuple[float, float], size: float):
        self.st = styles(size)
        self.size = size
        self.frame_w, self.frame_h = frame_size(pagesize, MARGINS_MM)
        self.fitter = CellMaker([], [], self.st, PAD)
        self.one_line = self.fitter.one_line
        self._tables: dict[tuple[Column, ...], tuple[list[float], CellMaker, _Line]] = {}

    # the card
    def card_story(self, card: Card) -> list:
        sections = [self._grid(b) if isinstance(b, FieldGrid) else self._table(b) for b in card.blocks]
        story = self._title_block(card, continued=False)
        room = self.frame_h - self._title_height(card, False) - SLACK
        used = 0.0
        for section in sections:
            body, continued = section.body, False
            while True:
                head = [self._band(section, continued)] + section.head
                gap = SECTION_GAP if used else 0.0
                avail = room - used - gap - sum(line.height for line in head)
                fit = _lines_that_fit(body, avail)
                if fit < len(body) and (not section.splits or fit == 0) and used:
                    story += [PageBreak()] + self._title_block(card, continued=True)   # start it on a new page
                    room = self.frame_h - self._title_height(card, True) - SLACK
                    used = 0.0
                    continue
                take = len(body) if fit == len(body) or not section.splits else max(fit, 1)
                if gap:
                    story.append(Spacer(1, gap))
                story.append(self._page_table(section.widths, head + body[:take]))
                used += gap + sum(line.height for line in head + body[:take])
                body, continued = body[take:], True
                if all(line.kind == "blank" for line in body):
                    break               # lines left for handwriting never start a page of their own
                story += [PageBreak()] + self._title_block(card, continued=True)
                room = self.frame_h - self._title_height(card, True) - SLACK
                used = 0.0
        return story

    def _title_block(self, card: Card, continued: bool) -> list:
        title = card.title + (CONTINUED if continued else "")
        return [_TitleBlock(title, f"单位：{card.unit}", f"编号：{card.number}" if card.number else "",
                            self.frame_w, self.st["title"], self.st["unit"])]

    def _title_height(self, card: Card, continued: bool) -> float:
        return self._title_block(card, continued)[0].height

    # sections
    def _band(self, section: _Section, continued: bool) -> _Line:
        text = section.title + (CONTINUED if continued else "")
        cell, height = self.fitter.fit(text, self.frame_w - 2 * PAD, self.st["cell"])
        return _Line([cell] + [""] * (len(section.widths) - 1), height + 1.0, "band",
                     spans=[(0, len(section.widths) - 1)])

    def _grid(self, grid: FieldGrid) -> _Section:
        """Label/value pairs, `per_row` to a line; the last value of the grid runs to the right edge."""
        label_w = min(LABEL_MM * mm, self.frame_w / (2 * max(grid.per_row, 1)))
        per_row = max(1, min(grid.per_row, int(self.frame_w // (label_w + MIN_VALUE_MM * mm))))
        value_w = (self.frame_w - per_row * label_w) / per_row
        widths = [label_w, value_w] * per_row
        lines = []
        for start in range(0, len(grid.fields), per_row):
            chunk = grid.fields[start:start + per_row]
            cells: list = []
            height = self.one_line
            spans = []
            for k, (label, value) in enumerate(chunk):
                last = start + k == len(grid.fields) - 1
                span_w = self.frame_w - (k + 1) * label_w - k * value_w if last else value_w
                label_cell, h1 = self.fitter.fit(label, label_w - 2 * PAD, self.st["cell_center"])
                value_cell, h2 = self.fitter.fit(_text(value), span_w - 2 * PAD, self.st["cell"])
                cells += [label_cell, value_cell]
                height = max(height, h1, h2)
                if last and k < per_row - 1:
                    spans.append((2 * k + 1, 2 * per_row - 1))
            cells += [""] * (2 * per_row - len(cells))
            lines.append(_Line(cells, height, "grid", spans=spans, shaded=list(range(0, 2 * len(chunk), 2))))
        return _Section(grid.title or "", widths, [], lines, splits=False)

    def _table(self, table: CardTable) -> _Section:
        widths, maker, heading = self._columns(table.columns)
        aligns = [ALIGN_NAMES[c.alignment] for c in table.columns]
        body = []
        for row in table.rows:
            cells, height = maker.row(row)
            body.append(_Line(cells, height, "data", aligns))
        body += [_Line([""] * len(widths), BLANK_LINE, "blank") for _ in range(table.blank_rows)]
        if not body:
            cell, height = self.fitter.fit(EMPTY_TEXT, self.frame_w - 2 * PAD, self.st["cell_center"])
            body.append(_Line([cell] + [""] * (len(widths) - 1), height, "empty", spans=[(0, len(widths) - 1)]))
        return _Section(table.title, widths, [heading], body, splits=True)

    def _columns(self, columns: list[Column]) -> tuple[list[float], CellMaker, _Line]:
        """Widths fitted to the page, the cell maker and the heading line of a column list (cached)."""
        key = tuple(columns)
        if key not in self._tables:
            total = sum(max(c.width, 1.0) for c in columns)
            widths = [max(c.width, 1.0) * self.frame_w / total for c in columns]
            maker = CellMaker(columns, widths, self.st, PAD)
            cells, height = [], self.one_line
            for col, width in zip(columns, widths):
                cell, h = self.fitter.fit(col.heading, width - 2 * PAD, self.st["heading"])
                cells.append(cell)
                height = max(height, h)
            self._tables[key] = widths, maker, _Line(cells, height, "heading")
        return self._tables[key]

    def _page_table(self, widths: list[float], lines: list[_Line]) -> _Grid:
        return _Grid(widths, lines, self.st["cell"].fontName, self.size, self.st["cell"].leading)


class _TitleBlock(Flowable):
    """The card's head: its title centred, then the unit on the left and the card
    number on the right (on a line of its own when both do not fit on one)."""

    def __init__(self, title: str, unit: str, number: str, width: float, title_style, unit_style):
        super().__init__()
        self.title, self.unit, self.number = title, unit, number
        self.title_style, self.unit_style = title_style, unit_style
        font, size = unit_style.fontName, unit_style.fontSize
        self.one_line = stringWidth(unit, font, size) + stringWidth(number, font, size) + 6 * mm <= width
        lines = 1 if self.one_line or not number else 2
        self.width = width
        self.height = title_style.leading + TITLE_GAP + lines * unit_style.leading + SECTION_GAP

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canvas, title, unit = self.canv, self.title_style, self.unit_style
        canvas.saveState()
        top = self.height
        canvas.setFont(title.fontName, title.fontSize)
        canvas.drawCentredString(self.width / 2, top - title.fontSize, self.title)
        canvas.setFont(unit.fontName, unit.fontSize)
        baseline = top - title.leading - TITLE_GAP - unit.fontSize
        canvas.drawString(0, baseline, self.unit)
        if self.number:
            canvas.drawRightString(self.width, baseline if self.one_line else baseline - unit.leading, self.number)
        canvas.restoreState()


class _Grid(Flowable):
    """One section (or its part on one page) drawn straight onto the canvas.

    reportlab's Table would draw the same at several times the cost per cell;
    here every row height and column width is already known, so drawing is a
    rectangle per shaded cell, a string (or a wrapped Paragraph) per filled
    cell, and the rules in one path. Text sits where Table's VALIGN MIDDLE
    would put it.
    """

    def __init__(self, widths: list[float], lines: list[_Line], font: str, size: float, leading: float):
        super().__init__()
        self.widths, self.lines = widths, lines
        self.font, self.size, self.leading = font, size, leading
        self.width, self.height = sum(widths), sum(line.height for line in lines)
        self.edges = [sum(widths[:j]) for j in range(len(widths) + 1)]

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        text = canvas.beginText()            # one text object for every string of the grid
        text.setFont(self.font, self.size, self.leading)
        top = self.height
        for line in self.lines:
            bottom = top - line.height
            self._shade(line, bottom)
            self._text(line, bottom, text)
            top = bottom
        canvas.drawText(text)
        self._rules()
        canvas.restoreState()

    def _cells(self, line: _Line):
        """(first column, last column, value) of each cell the line shows, spans merged."""
        spans = dict(line.spans)
        j = 0
        while j < len(self.widths):
            last = spans.get(j, j)
            yield j, last, line.cells[j]
            j = last + 1

    def _shade(self, line: _Line, bottom: float) -> None:
        fill = {"band": BAND_GREY, "heading": GRID_GREY}.get(line.kind)
        columns = [(0, len(self.widths) - 1)] if fill else [(j, j) for j in line.shaded]
        if not columns:
            return
        self.canv.setFillColor(fill or GRID_GREY)
        for a, b in columns:
            self.canv.rect(self.edges[a], bottom, self.edges[b + 1] - self.edges[a], line.height, stroke=0, fill=1)
        self.canv.setFillColor(colors.black)

    def _text(self, line: _Line, bottom: float, text) -> None:
        for a, b, value in self._cells(line):
            if value is None or value == "":
                continue
            left, right = self.edges[a], self.edges[b + 1]
            align = _align(line, a)
            if isinstance(value, Flowable):
                w, h = value.wrap(right - left - 2 * PAD, line.height)
                x = left + PAD if align == "LEFT" else right - PAD - w if align == "RIGHT" else (left + right - w) / 2
                value.drawOn(self.canv, x, bottom + (line.height - h) / 2)
                continue
            parts = str(value).split("\n")
            y = bottom + (line.height + len(parts) * self.leading) / 2 - self.size
            for part in parts:
                if align == "LEFT":
                    x = left + PAD
                else:
                    width = stringWidth(part, self.font, self.size)
                    x = right - PAD - width if align == "RIGHT" else (left + right - width) / 2
                text.setTextOrigin(x, y)
                text.textOut(part)
                y -= self.leading

    def _rules(self) -> None:
        """Each row's top rule, the column rules outside spans, then the heavier box."""
        segments = []
        top = self.height
        for line in self.lines:
            bottom = top - line.height
            segments.append((0, top, self.width, top))
            covered = {j for a, b in line.spans for j in range(a + 1, b + 1)}
            segments += [(self.edges[j], bottom, self.edges[j], top)
                         for j in range(1, len(self.widths)) if j not in covered]
            top = bottom
        self.canv.setLineWidth(0.5)
        self.canv.lines(segments)
        self.canv.setLineWidth(1.0)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _align(line: _Line, column: int) -> str:
    if line.kind in ("heading", "empty"):
        return "CENTER"
    if line.kind == "grid":
        return "CENTER" if column in line.shaded else "LEFT"
    if line.kind == "data":
        return line.aligns[column]
    return "LEFT"


def _lines_that_fit(lines: list[_Line], room: float) -> int:
    used = 0.0
    for i, line in enumerate(lines):
        used += line.height
        if used > room:
            return i
    return len(lines)


def _text(value) -> str:
    if isinstance(value, date):
        return format_zh(value)
    return format_value(value, "text")
