"""Write table documents to the file the user chose; the suffix picks the renderer."""

from __future__ import annotations

from pathlib import Path

from fpdesk.output.layout import TableDocument
from fpdesk.output.pdf_page import Cancelled, IsCancelled, Progress

__all__ = ["Cancelled", "render_documents", "SUFFIXES"]

SUFFIXES = (".pdf", ".xlsx")


def render_documents(docs: list[TableDocument], path, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> int | None:
    """Render `docs` to `path` (.pdf or .xlsx). Returns the PDF's page count, None for a workbook.

    Raises Cancelled when `cancelled()` turns true (no file is left behind) and
    ValueError, with a Chinese message naming the file, for any other suffix.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from fpdesk.output.pdf import render_tables_pdf

        return render_tables_pdf(docs, target, progress=progress, cancelled=cancelled)
    if suffix == ".xlsx":
        from fpdesk.output.xlsx import render_tables_xlsx

        render_tables_xlsx(docs, target, progress=progress, cancelled=cancelled)
        return None
    raise ValueError(f"无法保存为“{target.name}”：只支持 PDF（.pdf）和 Excel（.xlsx）文件")
