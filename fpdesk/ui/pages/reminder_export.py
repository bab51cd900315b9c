"""Printing the reminder list as shown (filters included) and saving it as
PDF or XLSX, for the clerk's round of visits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fpdesk.output.layout import TableDocument
from fpdesk.output.reminder_list import TITLE, filter_text, reminder_document
from fpdesk.services.dashboard import office_name
from fpdesk.ui import list_output
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
    list_output.save_as(page, suffix, TITLE, f"{TITLE}-{page.clock().isoformat()}{suffix}", write)


def preview(page) -> None:
    list_output.preview(page, TITLE, write)
