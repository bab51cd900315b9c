"""Page machinery shared by every PDF fpdesk writes: paragraph styles in the
shipped CJK font, the signature footer and 第 x 页 共 y 页 on every page,
progress and cancel callbacks, and the atomic write.

`build_pdf` lays out a story of reportlab flowables into one frame per page
(no frame padding, so the frame is exactly the page less the margins, see
`frame_size`) and returns the page count. The page templates are named
"landscape" and "portrait"; the given page size is the first page's, and a
story turns the paper with NextPageTemplate(name) before a PageBreak.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fpdesk.domain.dates import format_zh
from fpdesk.output.fonts import register_cjk_font

# Streams go out zlib-compressed and binary: ASCII85 on top would only cost time
# (about 2 s on a 500-page register in reportlab's pure-Python encoder).
rl_config.useA85 = 0

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

MARGINS_MM = (12, 12, 14, 16)   # left, right, top, bottom; the footer sits in the bottom margin
FOOTER_SIZE = 9
SIGN_BLANK = "________"
FILE_MODE = 0o600                 # a printout names people: its owner's only (issue 14)
GAP = "　　"                      # two ideographic spaces between the signature fields


class Cancelled(Exception):
    """The user stopped the job; no file was written."""


def styles(size: float = 9) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font; `size` is the body (cell) size in points.

    wordWrap="CJK" breaks lines between any two characters, so a long Chinese
    address wraps inside its cell instead of overflowing it.
    """
    font = register_cjk_font()

    def style(name: str, font_size: float, align: int) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=font_size, leading=round(font_size * 1.25, 2),
                              alignment=align, wordWrap="CJK", spaceBefore=0, spaceAfter=0)

    return {
        "title": style("title", size + 9, TA_CENTER),
        "subtitle": style("subtitle", size + 1, TA_CENTER),
        "unit": style("unit", size + 1, TA_LEFT),
        "period": style("period", size + 1, TA_RIGHT),
        "heading": style("heading", size, TA_CENTER),
        "cell": style("cell", size, TA_LEFT),
        "cell_center": style("cell_center", size, TA_CENTER),
        "cell_right": style("cell_right", size, TA_RIGHT),
        "small": style("small", max(size - 1, 6), TA_LEFT),
    }


def text_block(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a Paragraph: markup characters escaped, each newline a line break."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def frame_size(pagesize: tuple[float, float], margins_mm: Sequence[float] = MARGINS_MM) -> tuple[float, float]:
    """Width and height in points of the one frame `build_pdf` lays the story into."""
    left, right, top, bottom = margins_mm
    return pagesize[0] - (left + right) * mm, pagesize[1] - (top + bottom) * mm


def signature_line(signatures: Sequence[str], issued: date) -> str:
    """填表人：________　　审核人：________　　填报日期：2026年11月22日"""
    parts = [f"{name}：{SIGN_BLANK}" for name in signatures[:-1]]
    if signatures:
        parts.append(f"{signatures[-1]}：{format_zh(issued)}")
    return GAP.join(parts)


def page_number_text(page: int, total: int) -> str:
    return f"第 {page} 页 共 {total} 页"


class RestartNumbering(Flowable):
    """Placed first on a page, it starts a new numbered set there: the pages
    from it to the next one are 第 1 页 … 共 n 页 of their own (one woman's
    card files separately from the next)."""

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv.restart_numbering = True


class _FooterCanvas(Canvas):
    """Holds every page back until the end so the footer can say 共 y 页."""

    def __init__(self, *args, footer: str, margins_mm: Sequence[float], **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._margins = [m * mm for m in margins_mm]
        self._held: list[dict] = []
        self.restart_numbering = False

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self.restart_numbering = False
        self._startPage()

    def save(self):
        sets: list[list[dict]] = []
        for index, state in enumerate(self._held):
            if index == 0 or state.get("restart_numbering"):
                sets.append([])
            sets[-1].append(state)
        for pages in sets:
            for number, state in enumerate(pages, 1):
                self.__dict__.update(state)
                self._draw_footer(number, len(pages))
                Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_total(self) -> int:
        return len(self._held)

    def _draw_footer(self, number: int, total: int) -> None:
        font = register_cjk_font()
        left, right, _top, bottom = self._margins
        width = self._pagesize[0]
        numbers = page_number_text(number, total)
        self.saveState()
        self.setFont(font, FOOTER_SIZE)
        self.setFillGray(0)
        sig_width = stringWidth(self._footer, font, FOOTER_SIZE)
        num_width = stringWidth(numbers, font, FOOTER_SIZE)
        baseline = max(bottom - 8 * mm, 8 * mm)
        if sig_width + num_width + 10 * mm <= width - left - right:
            self.drawString(left, baseline, self._footer)          # one line: signatures left, number right
            self.drawRightString(width - right, baseline, numbers)
        else:
            self.drawString(left, baseline, self._footer)          # narrow page: number centred below
            self.drawCentredString(width / 2, baseline - FOOTER_SIZE * 1.4, numbers)
        self.restoreState()


@contextmanager
def atomic_write(path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces `path` only when the block completes.

    It is a temporary file in the same folder, flushed, fsynced and renamed
    over `path`; when the block raises (Cancelled included) it is removed
    and an existing `path` stays as it was.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp_name, FILE_MODE)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def build_pdf(path, story: list, *, pagesize: tuple[float, float], signatures: tuple[str, ...], issued: date,
              title: str, progress: Progress | None = None, cancelled: IsCancelled | None = None,
              margins_mm: Sequence[float] = MARGINS_MM) -> int:
    """Lay `story` out into the PDF at `path` and return its page count.

    The file is built under a temporary name in the same folder and renamed
    into place only when complete; on any error, Cancelled included, the
    temporary file is removed and an existing `path` is left untouched.
    """
    register_cjk_font()
    left, right, top, bottom = margins_mm
    footer = signature_line(signatures, issued)
    canvases: list[_FooterCanvas] = []

    def canvasmaker(*args, **kwargs):
        canvases.append(_FooterCanvas(*args, footer=footer, margins_mm=margins_mm, **kwargs))
        return canvases[-1]

    with atomic_write(path) as stream:
        doc = BaseDocTemplate(stream, pagesize=pagesize, title=title, author="fpdesk", creator="fpdesk",
                              leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm,
                              bottomMargin=bottom * mm, pageCompression=1, initialFontName=register_cjk_font(),
                              initialFontSize=FOOTER_SIZE)
        doc.addPageTemplates(_page_templates(pagesize, margins_mm))
        doc.setProgressCallBack(_progress_hook(progress, cancelled))
        doc.build(list(story), canvasmaker=canvasmaker)
    return canvases[-1].page_total


def orientation_of(pagesize: tuple[float, float]) -> str:
    return "landscape" if pagesize[0] > pagesize[1] else "portrait"


def _page_templates(pagesize: tuple[float, float], margins_mm: Sequence[float]) -> list[PageTemplate]:
    """The given page first, then the same paper turned: a story switches with
    NextPageTemplate("portrait") / NextPageTemplate("landscape")."""
    turned = (pagesize[1], pagesize[0])
    left, _right, _top, bottom = margins_mm
    templates = []
    for size in (pagesize, turned):
        width, height = frame_size(size, margins_mm)
        frame = Frame(left * mm, bottom * mm, width, height, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id="body")
        templates.append(PageTemplate(id=orientation_of(size), frames=[frame], pagesize=size))
    return templates


def _progress_hook(progress: Progress | None, cancelled: IsCancelled | None):
    """reportlab's progress callback: report laid-out flowables, stop when asked."""
    total = [0]

    def hook(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(int(value), 1)
        if kind in ("STARTED", "PROGRESS", "PAGE") and cancelled is not None and cancelled():
            raise Cancelled()
        if kind == "PROGRESS" and progress is not None:
            progress(min(int(value), total[0]), total[0])
        elif kind == "FINISHED" and progress is not None:
            progress(total[0], total[0])

    return hook
