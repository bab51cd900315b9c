"""Print preview and printing of a PDF fpdesk wrote.

The registers and cards are laid out once, by reportlab, into a PDF; the
preview and the printer get exactly those pages, rendered by PDFium, so what
the clerk sees, prints and saves is one and the same document.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

# Forms print crisply at 240 dpi; more only slows the preview down.
MAX_DPI = 240


class PdfPages:
    """An open PDF that paints its pages onto a QPrinter, one sheet each."""

    def __init__(self, path: str | Path):
        import pypdfium2

        self.path = Path(path)
        self.document = pypdfium2.PdfDocument(str(self.path))

    def __len__(self) -> int:
        return len(self.document)

    def close(self) -> None:
        self.document.close()

    def landscape(self) -> bool:
        width, height = self.document[0].get_size()
        return width > height

    def page_image(self, index: int, dpi: float) -> QImage:
        page = self.document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from PDFium's buffer before it is freed

    def prepare(self, printer: QPrinter) -> None:
        """A4 in the document's orientation, printed edge to edge (the PDF has its own margins)."""
        orientation = (QPageLayout.Orientation.Landscape if self.landscape()
                       else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
        printer.setDocName(self.path.stem)

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for index in range(len(self)):
                if index:
                    printer.newPage()
                image = self.page_image(index, dpi)
                size = image.size().toSizeF().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.topLeft(), size), image)
        finally:
            painter.end()


def preview_dialog(path: str | Path, parent=None) -> QPrintPreviewDialog:
    """A print preview of the PDF at `path`; its own button prints it."""
    pages = PdfPages(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages.prepare(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(dialog.tr("Print preview — %1").replace("%1", Path(path).name))
    dialog.paintRequested.connect(pages.paint)
    dialog.finished.connect(lambda _result: pages.close())
    dialog.pages, dialog.printer = pages, printer  # keep both alive with the dialog
    dialog.resize(1100, 760)
    return dialog


SCRATCH_PREFIX = "fpdesk-preview-"


def scratch_pdf(name: str) -> Path:
    """A path in a new private temporary folder for a PDF written only to be previewed."""
    return Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX)) / name


def preview_and_forget(path: Path, parent=None) -> None:
    """Preview a PDF made by `scratch_pdf`, then delete it with its folder: printouts
    carry names and ID numbers and must not pile up in the temporary folder."""
    dialog = preview_dialog(path, parent)
    try:
        dialog.exec()
    finally:
        dialog.pages.close()        # Windows cannot delete a file still open
        if path.parent.name.startswith(SCRATCH_PREFIX):
            shutil.rmtree(path.parent, ignore_errors=True)
