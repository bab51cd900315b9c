"""Printing the reminder list as shown (filters included) and saving it as
PDF or XLSX, for the clerk's round of visits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fpdesk.output.layout import TableDocument
from fpdesk.output.reminder_list import TITLE, filter_text, reminder_document
from fpdesk.services.dashboard import office_name
from fpdesk.ui.background import run_with_progress


def document(page) -> TableDocument:
    """The rows the page shows now, in its order, with its filters in the title."""
    rule = page.rule.currentData()
    village = page.place.village_code()
    with page.db.read_session() as session:
        office = office_name(session)
    names = page.place.village_names()
    filters = filter_text([rule] if rule else None, names.get(village) if village else None,
                          page.place.group_no(), page.status.currentData())
    return reminder_document(list(page.model.rows), office, page.clock(), filters, names)


def write(page, path: Path) -> int | None:
    """Write the list to `path` (.pdf or .xlsx) off the GUI thread; the page count of a PDF."""
    from fpdesk.output.render import render_documents

    doc = document(page)
    return run_with_progress(lambda progress, cancelled: render_documents([doc], path, progress, cancelled),
                             QCoreApplication.translate("RemindersPage", "Writing the list…"), TITLE, page)


def save_as(page, suffix: str) -> None:
    kind = QCoreApplication.translate("RemindersPage", "PDF files (*.pdf)") if suffix == ".pdf" else QCoreApplication.translate("RemindersPage", "Excel workbooks (*.xlsx)")
    name = f"{TITLE}-{page.clock().isoformat()}{suffix}"
    path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("RemindersPage", "Save as"), str(Path.home() / name), kind)
    if not path:
        return
    path = Path(path if path.lower().endswith(suffix) else path + suffix)
    try:
        write(page, path)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk, nothing else changes
        QMessageBox.warning(page, TITLE, QCoreApplication.translate("RemindersPage", "Could not write %1: %2").replace("%1", str(path))
                            .replace("%2", str(exc)))
        return
    page.state.setText(QCoreApplication.translate("RemindersPage", "Saved %1").replace("%1", str(path)))


def preview(page) -> None:
    from fpdesk.ui.pdf_preview import preview_and_forget, scratch_pdf

    path = scratch_pdf(f"{TITLE}.pdf")
    try:
        write(page, path)
        preview_and_forget(path, page)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(page, TITLE, str(exc))
