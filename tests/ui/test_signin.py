from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from fpdesk.db.schema import open_database
from fpdesk.services import auth
from fpdesk.services.context import Actor
from fpdesk.ui.signin import SignInDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, demo_db):
    dlg = SignInDialog(demo_db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


@pytest.fixture
def boss_db(tmp_path):
    """A database that is not a demo, with one administrator."""
    database = open_database(tmp_path / "office.db", create=True)
    with database.session() as session:
        auth.add_user(session, None, "boss", "abc12345", "admin")
    yield database
    database.close()


def sign_in(qtbot, dlg: SignInDialog, user: str, password: str) -> None:
    dlg.username.clear()
    qtbot.keyClicks(dlg.username, user)
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, password)
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_the_reason_inline_and_stays_open(qtbot, dialog):
    assert dialog.error.text() == ""
    sign_in(qtbot, dialog, "admin", "wrong-password1")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "用户名或密码错误（还可尝试 4 次）"
    assert dialog.username.text() == "admin"
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password


def test_unknown_user_and_empty_name(qtbot, dialog):
    sign_in(qtbot, dialog, "nobody", "demo1234")
    assert dialog.isVisible() and dialog.error.text() == "用户名或密码错误"
    sign_in(qtbot, dialog, "", "demo1234")
    assert dialog.isVisible() and dialog.error.text() == "请输入用户名。"
    assert dialog.focusWidget() is dialog.username
    assert dialog.password.text() == "demo1234"  # nothing was tried: keep what was typed


def test_right_password_accepts_with_the_admin_actor(qtbot, dialog):
    sign_in(qtbot, dialog, "admin", "wrong-password1")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        sign_in(qtbot, dialog, "admin", "demo1234")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("admin", "admin")
    assert not dialog.isVisible()


def test_enter_in_the_password_field_signs_in(qtbot, dialog):
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "demo1234")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor == Actor("admin", "admin")


def test_cancel_rejects(qtbot, dialog):
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "取消"  # Qt's own Chinese translation is loaded
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.actor is None


def test_texts_are_chinese(dialog):
    assert dialog.windowTitle() == "登录 — fpdesk"
    assert dialog.sign_in_button.text() == "登录"


def test_demo_hint_only_for_the_demo_database(qtbot, dialog, boss_db):
    assert dialog.demo_hint.isVisible()
    assert dialog.demo_hint.text() == "示范数据库：用户名 admin，密码 demo1234"

    other = SignInDialog(boss_db)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert not other.demo_hint.isVisible()
    with qtbot.waitSignal(other.accepted, timeout=5000):
        sign_in(qtbot, other, "boss", "abc12345")
    assert other.actor == Actor("boss", "admin")


def test_an_encrypted_office_opens_at_sign_in(qtbot, tmp_path):
    """Given the path of an encrypted office, the dialog shows the key file's hints
    and opens the file with the password (no database is open before)."""
    from fpdesk.services.encryption import create_encrypted_demo

    path = tmp_path / "demo.db"
    create_encrypted_demo(path, persons=150, seed=3)
    dlg = SignInDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.db is None and dlg.demo_hint.isVisible()
    sign_in(qtbot, dlg, "admin", "wrong-password1")
    assert dlg.error.text() == "用户名或密码错误" and dlg.db is None
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        sign_in(qtbot, dlg, "admin", "demo1234")
    try:
        assert dlg.actor == Actor("admin", "admin") and dlg.db.key is not None
    finally:
        dlg.db.close()


def test_the_recovery_code_sets_a_new_administrator_password(qtbot, tmp_path):
    from fpdesk.db import keyslots
    from fpdesk.services import encryption
    from fpdesk.services.encryption import create_encrypted_demo
    from fpdesk.ui.recovery import RecoveryDialog

    path = tmp_path / "demo.db"
    _, code = create_encrypted_demo(path, persons=150, seed=3)
    dlg = SignInDialog(path)
    qtbot.addWidget(dlg)
    assert not dlg.recovery_button.isHidden()
    recovery = RecoveryDialog(path, dlg)
    qtbot.addWidget(recovery)
    recovery.code.setText("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    recovery.password.setText("fresh-pass-9")
    recovery.repeat.setText("fresh-pass-9")
    recovery.ok_button.click()
    assert recovery.error.text() == "恢复码不正确" and recovery.result() != QDialog.DialogCode.Accepted
    recovery.code.setText(code.lower().replace("-", " "))
    recovery.ok_button.click()
    assert recovery.result() == QDialog.DialogCode.Accepted and recovery.username == "admin"
    assert keyslots.load(path).users() == ["admin"]
    db, actor = encryption.open_with_password(path, "admin", "fresh-pass-9")
    db.close()
    assert actor.is_admin


def test_a_plain_office_offers_no_recovery_code(dialog):
    assert dialog.recovery_button.isHidden()
