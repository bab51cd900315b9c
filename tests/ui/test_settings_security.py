"""系统设置 → 数据库加密: the state of the file, and a new recovery code."""

import pytest
from PySide6.QtWidgets import QMessageBox

from fpdesk.db import keyslots
from fpdesk.services import encryption
from fpdesk.ui.pages.settings import SettingsPage
from fpdesk.ui.pages.settings_security import SecurityTab
from tests.conftest import ADMIN, CLERK

pytestmark = pytest.mark.gui


def test_a_plain_office_says_it_is_not_encrypted(qtbot, demo_db):
    page = SettingsPage(demo_db, ADMIN)
    qtbot.addWidget(page)
    tab = page.findChild(SecurityTab)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "数据库加密"
    assert "未加密" in tab.state.text() and "fpdesk encrypt" in tab.state.text()
    assert tab.new_code_button.isHidden()


def test_a_new_recovery_code_replaces_the_old_one(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "demo.db"
    _, old = encryption.create_encrypted_demo(path, persons=150, seed=3)
    db, _ = encryption.open_with_password(path, "admin", "demo1234")
    try:
        clerk_tab = SecurityTab(db, CLERK)
        qtbot.addWidget(clerk_tab)
        assert "已加密" in clerk_tab.state.text() and "admin" in clerk_tab.state.text()
        assert not clerk_tab.new_code_button.isEnabled()

        tab = SecurityTab(db, ADMIN)
        qtbot.addWidget(tab)
        shown = []

        def answer(box: QMessageBox) -> int:
            shown.append(box.text())
            return QMessageBox.StandardButton.Yes.value

        monkeypatch.setattr(QMessageBox, "exec", answer)
        tab.new_code_button.click()
        assert len(shown) == 2 and shown[1] == tab.code != old
        with pytest.raises(keyslots.WrongSecret):
            encryption.open_with_recovery(path, old)
        encryption.open_with_recovery(path, tab.code).close()
        sheet = tab.sheet_file()
        assert sheet.stat().st_size > 0
        sheet.unlink()
        sheet.parent.rmdir()
    finally:
        db.close()
