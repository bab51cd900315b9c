"""The 导入Excel… wizard: columns chosen by hand, trial run, problem rows, import, cancel."""

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy import text

from fpdesk.ui.dialogs.excel_import import ExcelImportDialog
from tests.excel.helpers import TODAY, office_db, xlsx

pytestmark = pytest.mark.gui


@pytest.fixture
def office(tmp_path):
    db, actor = office_db(tmp_path / "office.db")
    yield db, actor
    db.close()


def persons(db):
    with db.read_session() as s:
        return s.execute(text("SELECT count(*) FROM persons")).scalar()


ROWS = [["东庄村花名册"], ["姓名", "证件", "性别", "出生日期", "组"],
        ["张秀梅", "610628199005171221", "女", "1990-05-17", "1组"],
        ["李四", None, "男", None, "1组"],
        ["王五", None, "男", "1980-01-01", "2组"]]


def test_columns_by_hand_trial_run_problem_rows_and_import(qtbot, office, tmp_path):
    db, actor = office
    path = xlsx(tmp_path / "东庄.xlsx", {"东庄村": ROWS})
    dialog = ExcelImportDialog(db, actor, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    panel = dialog.panels()[0]
    assert panel.take.isChecked() and panel.header_row.value() == 2
    assert [c.currentData() for c in panel.choosers] == ["name", None, "sex", "birth_date", "group_no"]
    panel.choosers[1].setCurrentIndex(panel.choosers[1].findData("id_number"))      # 证件 is the ID number

    summary = dialog.run(dry=True)
    assert summary.dry_run and summary.inserted == 2 and persons(db) == 0
    assert summary.sheets[0].columns["证件"] == "id_number"
    assert [r["row"] for r in summary.refused] == [4]
    assert "试导入" in dialog.state.text() and dialog.problems.rowCount() == len(summary.refused) + len(summary.warnings)
    assert dialog.export.isEnabled()

    out = tmp_path / "问题行.xlsx"
    dialog.export_to(out)
    rows = list(load_workbook(out).active.values)
    assert rows[0] == ("原行号", "姓名", "证件", "性别", "出生日期", "组", "原因")
    assert rows[1][:2] == (4, "李四") and "出生日期" in rows[1][6]

    mapping = tmp_path / "m.json"
    dialog.save_mapping_to(mapping)
    assert '"证件": "id_number"' in mapping.read_text(encoding="utf-8")

    assert dialog.load_file(path, {"证件": "id_number", "组": None})      # next month: the saved mapping
    panel = dialog.panels()[0]
    assert [c.currentData() for c in panel.choosers] == ["name", "id_number", "sex", "birth_date", None]
    panel.choosers[4].setCurrentIndex(panel.choosers[4].findData("group_no"))

    done = dialog.run(dry=False)
    assert done.inserted == 2 and persons(db) == 2 and dialog.imported
    with db.read_session() as s:
        assert s.execute(text("SELECT id_number FROM persons WHERE name='张秀梅'")).scalar() == "610628199005171221"


def test_a_cancelled_import_writes_nothing(qtbot, office, tmp_path):
    db, actor = office
    many = [["姓名", "性别", "出生日期", "组"]] + [[f"人{i}", "女", date(1990, 1, 1 + i % 28), "1组"]
                                                  for i in range(3000)]
    path = xlsx(tmp_path / "big.xlsx", {"东庄村": many})
    dialog = ExcelImportDialog(db, actor, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)

    pressed = []

    def press_cancel():   # the clerk clicks 取消 on the progress dialog
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        boxes[0].findChild(QPushButton).click()
        pressed.append(True)

    QTimer.singleShot(700, press_cancel)
    assert dialog.run(dry=False) is None
    assert pressed
    assert dialog.state.text() == "已取消：没有写入任何记录。"
    assert persons(db) == 0 and not dialog.imported


def test_an_unreadable_file_says_why(qtbot, office, tmp_path):
    db, actor = office
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    dialog = ExcelImportDialog(db, actor, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(bad)
    assert "坏.xlsx 已损坏" in dialog.state.text()
    assert not dialog.go.isEnabled()


def test_records_page_offers_import_and_reconcile_to_editors_only(qtbot, office):
    from fpdesk.services.context import Actor
    from fpdesk.ui.pages.records import RecordsPage

    db, actor = office
    page = RecordsPage(db, actor, lambda: TODAY)
    qtbot.addWidget(page)
    assert not page.import_excel.isHidden() and page.import_excel.text() == "导入Excel…"
    assert page.reconcile.text() == "数据核对…"
    viewer = RecordsPage(db, Actor("v", "viewer"), lambda: TODAY)
    qtbot.addWidget(viewer)
    assert viewer.import_excel.isHidden()
