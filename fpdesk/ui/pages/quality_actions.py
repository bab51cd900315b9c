"""What the 数据质量 page does with a finding: open its record for correction with
the field focused, and print or save the list (grouped by village) for the
village clerks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fpdesk.domain import checks
from fpdesk.output.layout import TableDocument
from fpdesk.output.quality_list import TITLE, quality_document
from fpdesk.services import records
from fpdesk.services.dashboard import office_name
from fpdesk.services.quality import QualityFinding
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
    kind = (QCoreApplication.translate("QualityPage", "PDF files (*.pdf)") if suffix == ".pdf"
            else QCoreApplication.translate("QualityPage", "Excel workbooks (*.xlsx)"))
    path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("QualityPage", "Save as"),
                                          str(Path.home() / default_name(page, suffix)), kind)
    if not path:
        return
    path = Path(path if path.lower().endswith(suffix) else path + suffix)
    try:
        write(page, path)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk, nothing else changes
        QMessageBox.warning(page, TITLE, QCoreApplication.translate("QualityPage", "Could not write %1: %2").replace("%1", str(path))
                            .replace("%2", str(exc)))
        return
    page.state.setText(QCoreApplication.translate("QualityPage", "Saved %1").replace("%1", str(path)))


def preview(page) -> None:
    from fpdesk.ui.pdf_preview import preview_and_forget, scratch_pdf

    path = scratch_pdf(f"{TITLE}.pdf")
    try:
        write(page, path)
        preview_and_forget(path, page)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(page, TITLE, str(exc))

