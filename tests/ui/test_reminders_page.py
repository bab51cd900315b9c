"""Working the reminder list: counts, filters, 本人拒绝 and 办理 remove the item."""

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from fpdesk.services import reminders
from fpdesk.ui.pages.reminders import ItemRole, RemindersPage
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db):
    opened = []
    p = RemindersPage(demo_db, CLERK, lambda: DEMO_ON, opened.append)
    qtbot.addWidget(p)
    p.opened = opened
    p.refresh()
    p.settle()
    qtbot.waitUntil(lambda: p.worker is None)
    return p


def select_first(page, rule):
    page.rule.setCurrentIndex(page.rule.findData(rule))
    page.view.selectRow(0)
    return page.selected()


def test_counts_and_list_match_the_service(page, demo_db):
    with demo_db.read_session() as s:
        expected = reminders.compute(s, DEMO_ON)
    assert page.all_rows == expected
    r01 = [r for r in expected if r.rule == "R01"]
    due = sum(1 for r in r01 if r.status == "due")
    assert f"到期 {due}" in page.rule_buttons["R01"].text()
    page.rule.setCurrentIndex(page.rule.findData("R01"))
    page.status.setCurrentIndex(page.status.findData("overdue"))
    shown = [page.model.data(page.model.index(i, 0), ItemRole) for i in range(page.model.rowCount())]
    assert shown == [r for r in r01 if r.status == "overdue"]


def test_declined_health_check_is_recorded_and_the_item_goes(page, demo_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    item = select_first(page, "R01")
    page.decline()
    assert item not in page.all_rows
    with demo_db.read_session() as s:
        row = s.execute(text("SELECT type, date, declined FROM services WHERE person_uid = :u ORDER BY rowid DESC"),
                        {"u": item.person_uid}).first()
    assert tuple(row) == (1, DEMO_ON.isoformat(), 1)


@pytest.mark.parametrize("rule", [f"R{n:02d}" for n in range(1, 13)])
def test_every_rule_can_be_closed_by_her_choice(page, rule, monkeypatch):
    """Worked through the page: 本人拒绝 on an item of each rule and the item leaves the list."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    item = select_first(page, rule)
    assert item is not None and item.rule == rule, f"the demo lists no {rule} item"
    assert page.decline_button.isEnabled()
    page.decline()
    assert not [r for r in page.all_rows if r.rule == rule and r.person_uid == item.person_uid]


def test_completing_an_item_from_the_list_writes_the_record_and_removes_it(page, demo_db, qtbot, monkeypatch):
    item = select_first(page, "R04")
    from fpdesk.ui.pages import reminder_actions

    dialogs = []
    real = reminder_actions.completion_dialog

    def opened(*args, **kwargs):
        dialog = real(*args, **kwargs)
        dialogs.append(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: dialog.save())
        return dialog

    monkeypatch.setattr(reminder_actions, "completion_dialog", opened)
    page.complete()
    dialog = dialogs[0]
    assert dialog.form.fields["type"].value() == 2  # pre-filled: IUD follow-up …
    assert dialog.fixed["contraception_uid"] == item.record_uid  # … of the episode the item is about
    assert item not in page.all_rows
    with demo_db.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM services WHERE person_uid = :u AND type = 2 AND date = :d"),
                         {"u": item.person_uid, "d": DEMO_ON.isoformat()}).scalar() == 1


def test_a_viewer_cannot_work_items(qtbot, demo_db):
    p = RemindersPage(demo_db, VIEWER, lambda: DEMO_ON, lambda uid: None)
    qtbot.addWidget(p)
    p.refresh()
    p.settle()
    qtbot.waitUntil(lambda: p.worker is None)
    p.view.selectRow(0)
    assert not p.complete_button.isEnabled() and not p.decline_button.isEnabled()
    assert p.person_button.isEnabled()


def test_the_list_as_shown_prints_to_pdf_and_exports_to_xlsx(page, tmp_path):
    import openpyxl
    import pdfplumber

    from fpdesk.domain.dates import format_zh
    from fpdesk.ui.pages import reminder_export

    village = page.model.rows[0].village_code if page.model.rows else None
    page.rule.setCurrentIndex(page.rule.findData("R01"))
    page.village.setCurrentIndex(page.village.findData(village))
    shown = list(page.model.rows)
    assert shown and all(r.rule == "R01" and r.village_code == village for r in shown)
    village_name = page.place.village_names()[village]

    pages = reminder_export.write(page, tmp_path / "list.pdf")
    with pdfplumber.open(tmp_path / "list.pdf") as pdf:
        assert len(pdf.pages) == pages
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "提醒服务清单" in text and f"截至{format_zh(DEMO_ON)}" in text
    assert "R01 生殖健康检查" in text and village_name in text
    assert f"第 1 页 共 {pages} 页" in text.replace("\u3000", " ")
    assert all(r.name in text for r in shown)

    reminder_export.write(page, tmp_path / "list.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "list.xlsx")
    sheet = workbook.worksheets[0]
    numbered = [row for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert [row[2] for row in numbered] == [r.name for r in shown]
    assert sheet.cell(1, 1).value == "提醒服务清单"
