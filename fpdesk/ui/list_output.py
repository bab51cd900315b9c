"""Saving and previewing a page's list as PDF or XLSX: the file dialog, the
write off the GUI thread (`write(page, path)`), and the line saying where it went.
Shared by the pages that print what they show (提醒服务, 数据质量)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fpdesk.ui import i18n

Write = Callable[[object, Path], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListOutput", text)


def save_as(page, suffix: str, title: str, name: str, write: Write) -> None:
    """Ask where (`name` suggested in the home folder), write there, and say so on `page.state`."""
    kind = _tr("PDF files (*.pdf)") if suffix == ".pdf" else _tr("Excel workbooks (*.xlsx)")
    path, _ = QFileDialog.getSaveFileName(page, _tr("Save as"), str(Path.home() / name), kind)
    if not path:
        return
    path = Path(path if path.lower().endswith(suffix) else path + suffix)
    try:
        write(page, path)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk, nothing else changes
        QMessageBox.warning(page, title, _tr("Could not write %1: %2").replace("%1", str(path))
                            .replace("%2", i18n.message(exc)))
        return
    page.state.setText(_tr("Saved %1").replace("%1", str(path)))


def preview(page, title: str, write: Write) -> None:
    """The list as a PDF in the print preview; the scratch file is gone when it closes."""
    from fpdesk.ui.pdf_preview import preview_and_forget, scratch_pdf

    path = scratch_pdf(f"{title}.pdf")
    try:
        write(page, path)
        preview_and_forget(path, page)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(page, title, i18n.message(exc))
