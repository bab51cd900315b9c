"""A new computer: the first-run wizard restores the office from an encrypted
backup (its own password or its recovery code), then the sign-in opens it; and
系统设置 → 备份与恢复 restores a backup whose key is not the open office's."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from fpdesk.db import keyslots
from fpdesk.db.schema import open_database
from fpdesk.services import auth, backup, encryption
from fpdesk.ui import app
from fpdesk.ui.backup_unlock import BackupPasswordDialog
from fpdesk.ui.pages.settings_backup import BackupTab
from fpdesk.ui.signin import SignInDialog
from fpdesk.ui.wizard import FirstRunWizard
from tests.conftest import ADMIN

pytestmark = pytest.mark.gui


def uids(db) -> set[str]:
    with db.read_session() as session:
        return set(session.scalars(text("SELECT uid FROM persons WHERE deleted = 0")))


@pytest.fixture(scope="module")
def stick(tmp_path_factory):
    """An encrypted office's backup on a 'USB stick', its persons and its recovery code."""
    root = tmp_path_factory.mktemp("old-pc")
    path = root / "office.db"
    _summary, code = encryption.create_encrypted_demo(path, persons=300, seed=9, on=date(2026, 11, 22))
    db, actor = encryption.open_with_password(path, "admin", "demo1234")
    try:
        info = backup.back_up(db, actor, folder=root / "usb")
        persons = uids(db)
    finally:
        db.close()
    return info.path, persons, code


@pytest.fixture
def wizard(qtbot, db):
    w = FirstRunWizard(db)
    qtbot.addWidget(w)
    w.restart()
    w.start_page.from_backup.setChecked(True)
    w.next()
    assert w.currentPage() is w.restore_page
    return w


def test_the_wizard_restores_an_encrypted_backup_and_the_sign_in_opens_it(wizard, db, stick, monkeypatch):
    source, persons, _code = stick
    page = wizard.restore_page
    assert not page.isComplete()
    assert page.load_file(source)
    assert "和平镇" in page.summary.text() and f"{len(persons):,} 人" in page.summary.text()
    assert not page.secret.isHidden()                 # encrypted: its password is asked
    page.secret.password.setText("demo12345")
    assert not wizard.validateCurrentPage()
    assert page.error.text() == "用户名或密码错误"
    assert not keyslots.is_encrypted(db.path) and not list(db.path.parent.glob("*before-restore*"))
    with db.read_session() as session:                # the wizard's database is untouched, still open
        assert not auth.has_accounts(session)

    page.secret.password.setText("demo1234")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.restored and wizard.actor is None
    assert keyslots.is_encrypted(db.path)

    def signs_in(dialog):                             # the clerk types the backup's password
        dialog.username.setText("admin")
        dialog.password.setText("demo1234")
        dialog._try_sign_in()
        return dialog.result()
    monkeypatch.setattr(SignInDialog, "exec", signs_in)
    go_on, actor, restored = app.sign_in_restored(db.path)
    try:
        assert go_on and actor.username == "admin" and actor.is_admin
        assert uids(restored) == persons
    finally:
        restored.close()


def test_the_wizard_restores_with_the_recovery_code(wizard, db, stick):
    source, persons, code = stick
    page = wizard.restore_page
    page.load_file(source)
    page.secret.use_code.setChecked(True)
    page.secret.code.setText("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")
    assert not wizard.validateCurrentPage() and page.error.text() == "恢复码不正确"
    page.secret.code.setText(code.lower())
    wizard.accept()
    assert wizard.restored
    office, _actor = encryption.open_with_password(db.path, "admin", "demo1234")
    try:
        assert uids(office) == persons
    finally:
        office.close()


def test_a_file_that_is_not_a_backup_is_refused_on_the_page(wizard, tmp_path):
    bad = tmp_path / "photo.fpbak"
    bad.write_bytes(b"\x89PNG not a backup")
    assert not wizard.restore_page.load_file(bad)
    assert "不是 fpdesk 备份文件（不是 ZIP 文件）" in wizard.restore_page.error.text()
    assert not wizard.restore_page.isComplete()


def test_settings_restore_of_a_backup_with_another_key_asks_its_password(qtbot, demo_db, stick,
                                                                        answer_message_box):
    """The open office (here a plain one) cannot open the backup: its own password does."""
    source, persons, _code = stick
    answer_message_box()
    tab = BackupTab(demo_db, ADMIN)
    qtbot.addWidget(tab)

    def ask(path):
        dialog = BackupPasswordDialog(path, tab)
        dialog.secret.password.setText("nope-1234")
        dialog.try_unlock()
        assert dialog.error.text() == "用户名或密码错误" and dialog.key is None
        dialog.secret.password.setText("demo1234")
        dialog.try_unlock()
        return dialog.key
    assert not tab.restore_from(source, confirm=lambda *a: True, ask_key=lambda p: None)  # cancelled
    assert not list(demo_db.path.parent.glob("*before-restore*"))
    assert tab.restore_from(source, confirm=lambda meta, other, keys: True, ask_key=ask)
    assert keyslots.is_encrypted(demo_db.path)
    office, _actor = encryption.open_with_password(demo_db.path, "admin", "demo1234")
    try:
        assert uids(office) == persons
    finally:
        office.close()


def test_the_wizard_restores_a_plain_backup_without_asking_a_password(wizard, db, demo_db, tmp_path):
    info = backup.back_up(demo_db, ADMIN, folder=tmp_path / "usb")
    page = wizard.restore_page
    assert page.load_file(info.path) and page.secret.isHidden()
    wizard.back()                                     # Back and Cancel stay on this page
    assert wizard.currentPage() is wizard.start_page
    wizard.next()
    wizard.accept()
    assert wizard.restored and not keyslots.is_encrypted(db.path)
    restored = open_database(db.path)
    try:
        assert uids(restored) == uids(demo_db)
        assert auth.authenticate(restored, "admin", "demo1234").is_admin
    finally:
        restored.close()


def test_the_new_offices_pages_still_end_at_the_recovery_code(qtbot, db):
    """The restore page is added after the recovery-code page: that page stays the last one."""
    w = FirstRunWizard(db)
    qtbot.addWidget(w)
    w.restart()
    assert w.currentPage() is w.start_page and w.start_page.nextId() == w.office_id
    assert w.recovery_page.isFinalPage() and w.restore_page.isFinalPage()
