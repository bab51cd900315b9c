"""What the 数据质量 page does with a finding: open its record for correction with
the field focused, and print or save the list (grouped by village) for the
village clerks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from fpdesk.domain import checks
from fpdesk.output.layout import TableDocument
from fpdesk.output.quality_list import TITLE, quality_document
from fpdesk.services import records
from fpdesk.services.dashboard import office_name
from fpdesk.services.quality import QualityFinding
from fpdesk.ui import list_output
from fpdesk.ui.background import run_with_progress


def open_record(page, finding: QualityFinding):
    """The record's own dialog (window-modal), its field focused; None when it is gone."""
    from fpdesk.ui.dialogs.household import HouseholdDialog
    from fpdesk.ui.dialogs.person import PersonDialog
    from fpdesk.ui.person_detail import CORRECTIONS

    with page.db.read_session() as session:
        try:
            stored = records.get(session, finding.table, finding.uid)
        except records.RecordNotFound:
            QMessageBox.information(page, QCoreApplication.translate("QualityPage", "Data quality"),
                                    QCoreApplication.translate("QualityPage", "The record no longer exists."))
            page.refresh()
            return None
    if finding.table == "persons":
        dialog = PersonDialog(page.db, page.actor, uid=finding.uid, parent=page)
    elif finding.table == "households":
        dialog = HouseholdDialog(page.db, page.actor, uid=finding.uid, parent=page)
    elif finding.table in CORRECTIONS:
        person = stored.get(checks.PERSON_FIELD[finding.table])
        dialog = CORRECTIONS[finding.table](page.db, page.actor, person, uid=finding.uid,
                                            today=page.clock(), parent=page)
    else:
        return None
    dialog.saved.connect(lambda _uid: page.refresh())
    dialog.finished.connect(dialog.deleteLater)
    dialog.layout().activate()
    dialog.open()
    field = dialog.form.fields.get(finding.field)
    if field is not None:
        QTimer.singleShot(0, field.setFocus)
        field.setFocus()
    return dialog


# -- the list on paper -----------------------------------------------------------------
def document(page) -> TableDocument:
    """The findings the page shows now, in its order, its filters in the title."""
    with page.db.read_session() as session:
        office = office_name(session)
    parts = [page.severity.currentText(), page.check.currentText()]
    for combo in (page.township, page.village):
        if combo.currentData() is not None:
            parts.append(combo.currentText())
    return quality_document(list(page.model.rows), office, page.report.date if page.report else page.clock(),
                            "，".join(parts), page.place_names, checks.field_label)


def write(page, path: Path) -> int | None:
    from fpdesk.output.render import render_documents

    doc = document(page)
    return run_with_progress(lambda progress, cancelled: render_documents([doc], path, progress, cancelled),
                             QCoreApplication.translate("QualityPage", "Writing the list…"), TITLE, page)


def default_name(page, suffix: str) -> str:
    township = page.township.currentData()
    place = f"-{page.place_names.get(township, township)}" if township else ""
    return f"{TITLE}{place}-{page.clock().isoformat()}{suffix}"


def save_as(page, suffix: str) -> None:
    list_output.save_as(page, suffix, TITLE, default_name(page, suffix), write)


def preview(page) -> None:
    list_output.preview(page, TITLE, write)
