"""数据核对: the three lists, the rate, 登记 pre-filled, saving."""

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from fpdesk.domain import idcard
from fpdesk.ui.dialogs.reconcile import ReconcileDialog
from tests.excel.helpers import xlsx
from tests.excel.test_reconcile import township  # noqa: F401 - the fixture
from tests.ui.helpers import answer_dialogs

pytestmark = pytest.mark.gui


def test_birth_list_lists_register_and_save(qtbot, township, tmp_path, monkeypatch):  # noqa: F811
    db, ids, _births = township
    stranger = idcard.build("610628", date(1990, 2, 2), 300)
    path = xlsx(tmp_path / "医院.xlsx", {"Sheet1": [["产妇姓名", "身份证号码", "出生日期", "性别", "医院"],
                                                   ["甲母", ids["甲母"], date(2026, 9, 10), "男", "县医院"],
                                                   ["乙母", ids["乙母"], date(2026, 9, 28), "女", "县医院"],
                                                   ["外来", stranger, date(2026, 9, 1), "女", "县医院"]]})
    from tests.conftest import CLERK
    dialog = ReconcileDialog(db, CLERK, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    result = dialog.load(path, "births")
    assert (dialog.matched.rowCount(), dialog.only_outside.rowCount(), dialog.only_fpdesk.rowCount()) == (1, 2, 2)
    assert dialog.matched.item(0, 1).text() == "甲母" and dialog.matched.item(0, 6).text() == "0"
    assert sorted(dialog.only_fpdesk.item(r, 0).text() for r in range(2)) == ["丙母", "乙母"]
    assert "误差率" in dialog.rate.text() and f"{result.error_rate:.1f}%" in dialog.rate.text()
    assert dialog.tabs.tabText(1) == "仅在外部名单 (2)"
    assert dialog.only_outside.cellWidget(1, 6) is None            # 外来 is not on file: nothing to open

    seen = {}

    def look(opened):
        seen.update(opened.form.values()[0])
        seen["title"] = opened.windowTitle()
        return 0
    answer_dialogs(monkeypatch, look)
    dialog.only_outside.cellWidget(0, 6).click()                    # 乙母's delivery of 2026-09-28
    assert seen["title"] == "出生登记"
    assert (seen["birth_date"], seen["sex"], seen["place"]) == (date(2026, 9, 28), 2, 1)

    out = tmp_path / "核对.xlsx"
    dialog.save_to(out)
    assert load_workbook(out).sheetnames == ["核对结果", "一致", "仅在外部名单", "仅在本系统"]
    assert isinstance(dialog.findChild(QPushButton, "save_result"), QPushButton)


def test_marriage_register_opens_the_marriage_form(qtbot, township, tmp_path, monkeypatch):  # noqa: F811
    db, ids, _births = township
    path = xlsx(tmp_path / "民政.xlsx", {"Sheet1": [["男方姓名", "男方身份证号", "女方姓名", "女方身份证号", "登记日期"],
                                                   ["张某", idcard.build("610628", date(1990, 1, 1), 11), "另一位",
                                                    ids["另一位"], "2026-10-30"]]})
    from tests.conftest import CLERK
    dialog = ReconcileDialog(db, CLERK, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.load(path, "marriages")
    assert dialog.only_outside.rowCount() == 1
    seen = {}
    answer_dialogs(monkeypatch, lambda opened: seen.update(opened.form.values()[0]) or 0)
    dialog.only_outside.cellWidget(0, 6).click()
    assert (seen["event"], seen["date"], seen["spouse_name"]) == (21, date(2026, 10, 30), "张某")
