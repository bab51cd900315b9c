"""系统设置: a plain backup over an encrypted office asks plainly and needs a tick; an
encrypted backup's restore says the passwords and recovery code revert; the plaintext
copies fpdesk left are listed and removed only on request; the new-code question is true."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from fpdesk.db import keyslots
from fpdesk.db.schema import open_database
from fpdesk.services import backup, encryption
from fpdesk.ui.pages.settings_backup import BackupTab
from fpdesk.ui.pages.settings_security import SecurityTab
from tests.conftest import ADMIN

pytestmark = pytest.mark.gui


@pytest.fixture
def encrypted_with_plain_backup(small_demo, tmp_path):
    """An office encrypted after a plain backup was made of it; opened as admin."""
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    db = open_database(path)
    try:
        plain = backup.back_up(db, ADMIN).path
    finally:
        db.close()
    encryption.encrypt_file(path, {"admin": "demo1234"})
    db, actor = encryption.open_with_password(path, "admin", "demo1234")
    yield db, actor, plain
    db.close()


def test_a_plain_backup_over_an_encrypted_office_asks_plainly_and_needs_a_tick(
        qtbot, monkeypatch, encrypted_with_plain_backup):
    db, actor, plain = encrypted_with_plain_backup
    tab = BackupTab(db, actor)
    qtbot.addWidget(tab)
    asked = []

    def cancel(box: QMessageBox) -> int:
        asked.append((box.informativeText(), box.button(QMessageBox.StandardButton.Yes).isEnabled(),
                      box.checkBox()))
        return QMessageBox.StandardButton.Cancel.value

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not tab.restore_from(plain)
    [(text, enabled, tick)] = asked
    assert "未加密" in text and "不再加密" in text and "fpdesk encrypt" in text
    assert not enabled and tick is not None and "不再加密" in tick.text()
    assert keyslots.is_encrypted(db.path) and not list(db.path.parent.glob("*before-restore*"))

    def tick_and_restore(box: QMessageBox) -> int:
        if box.checkBox() is None:
            return QMessageBox.StandardButton.Ok.value     # the "restored" notice
        box.checkBox().setChecked(True)
        assert box.button(QMessageBox.StandardButton.Yes).isEnabled()
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", tick_and_restore)
    assert tab.restore_from(plain)
    assert not keyslots.looks_encrypted(db.path) and not keyslots.keys_path(db.path).exists()


def test_an_encrypted_backup_says_passwords_and_code_go_back(qtbot, monkeypatch, encrypted_with_plain_backup):
    db, actor, _ = encrypted_with_plain_backup
    old = backup.back_up(db, actor).path
    encryption.new_recovery_code(db, actor)     # the key file differs from the backup's now
    tab = BackupTab(db, actor)
    qtbot.addWidget(tab)
    asked = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Cancel.value

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not tab.restore_from(old)
    assert "回到备份时" in asked[0] and "恢复码" in asked[0] and "不再加密" not in asked[0]


def test_the_security_tab_lists_plain_copies_and_removes_them_when_asked(
        qtbot, monkeypatch, encrypted_with_plain_backup):
    db, actor, plain = encrypted_with_plain_backup
    tab = SecurityTab(db, actor)
    qtbot.addWidget(tab)
    assert not tab.plain.isHidden() and str(plain) in tab.plain.text() and "身份证号" in tab.plain.text()
    assert tab.remove_button.isEnabled()
    questions = []

    def answer(result):
        def exec_(box: QMessageBox) -> int:
            questions.append(box.text())
            return result.value
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    tab.remove_button.click()
    assert plain.exists()
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
    tab.remove_button.click()
    assert not plain.exists() and tab.plain.isHidden() and tab.remove_button.isHidden()
    assert all("1 个未加密副本" in q for q in questions)

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
    tab.new_code_button.click()
    assert "仍能打开此前做的备份" in questions[-1] and "删除" in questions[-1]


def test_the_damaged_office_restore_asks_before_it_decrypts(qtbot, monkeypatch, encrypted_with_plain_backup):
    from fpdesk.ui.wizard_restore import RestoreWizard
    from tests.faults.test_opening import _damage

    db, _actor, plain = encrypted_with_plain_backup
    db.close()
    _damage(db.path, 2)
    wizard = RestoreWizard(db.path)
    qtbot.addWidget(wizard)
    assert wizard.restore_page.load_file(plain)
    asked = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Cancel.value

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not wizard.validateCurrentPage()
    assert "不再加密" in asked[0] and keyslots.is_encrypted(db.path)
    assert not list(db.path.parent.glob("office.db.before-restore-*"))

    def tick(box: QMessageBox) -> int:
        box.checkBox().setChecked(True)
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", tick)
    assert wizard.validateCurrentPage() and wizard.restored
    assert not keyslots.looks_encrypted(db.path)


def test_the_wizard_lists_plain_copies_found_beside_the_new_office(qtbot, db, small_demo):
    """A plain backup of an earlier office in the same folder is named on the recovery page."""
    from fpdesk.ui.wizard import FirstRunWizard
    from tests.ui.test_wizard import fill_admin, fill_office, fill_villages

    earlier = open_database(shutil.copy(small_demo, db.path.parent / "earlier.db"))
    try:
        plain = backup.back_up(earlier, ADMIN, folder=db.path.parent / "backups").path
    finally:
        earlier.close()
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.next()
    fill_office(wizard)
    wizard.next()
    fill_villages(wizard)
    wizard.next()
    fill_admin(wizard, encrypt=True)
    wizard.next()
    page = wizard.recovery_page
    assert wizard.currentPage() is page
    assert not page.plain.isHidden() and str(plain) in page.plain.text() and "未加密" in page.plain.text()
    wizard.db.close()


def test_the_sign_in_tells_an_account_without_a_key_what_to_do(qtbot, tmp_path):
    from fpdesk.ui.signin import SignInDialog
    from tests.ui.test_signin import sign_in

    path = tmp_path / "demo.db"
    encryption.create_encrypted_demo(path, persons=150, seed=3)
    dlg = SignInDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    sign_in(qtbot, dlg, "li", "clerk1234")
    assert "没有账户 li 的钥匙" in dlg.error.text() and "fpdesk user passwd li" in dlg.error.text()
    assert dlg.db is None


def test_the_audit_tab_shows_the_chain_head_to_note_down(qtbot, db):
    """The chain is unkeyed: the tab says it was checked against the backups' heads and
    shows its own head (id:hash) for `fpdesk audit verify --anchor`."""
    import re

    from fpdesk.services import audit
    from fpdesk.ui.pages.settings_audit import AuditTab

    with db.session() as session:
        audit.record(session, ADMIN, "login")
    backup.back_up(db, ADMIN)
    tab = AuditTab(db)
    qtbot.addWidget(tab)
    state = tab.verify()
    assert state.intact and "1 个链尾" in tab.chain.text()
    assert re.search(rf"{state.head_id}:{state.head}$", tab.chain.text())
