"""The session locks when idle; the password unlocks; nothing typed is lost."""

import pytest
from PySide6.QtCore import Qt

from fpdesk.domain import codes
from fpdesk.services import auth
from fpdesk.services.context import Actor
from fpdesk.ui.idle_lock import IdleLock
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def boss(db):
    with db.session() as s:
        auth.add_user(s, None, "boss", "abc12345", "admin")
    return Actor("boss", "admin")


def test_locks_when_idle_and_unlocks_with_the_password_keeping_typed_text(qtbot, qapp, db, boss):
    dialog = RecordDialog(db, boss, "services", [FieldSpec("type", "code", codes.SERVICE_TYPE),
                                                  FieldSpec("result")], title="服务记录",
                          fixed={"person_uid": "x"})
    qtbot.addWidget(dialog)
    dialog.form.fields["result"].setText("已随访，情况良好")
    lock = IdleLock(qapp, db, boss, minutes=0.001)  # 60 ms
    qtbot.waitUntil(lock.is_locked, timeout=2000)
    screen = lock.screen
    screen.password.setText("wrong-pass1")
    screen.unlock_button.click()
    assert lock.is_locked() and "用户名或密码错误" in screen.error.text()
    screen.reject()  # Esc does nothing
    assert lock.is_locked()
    screen.password.setText("abc12345")
    screen.unlock_button.click()
    assert not lock.is_locked()
    assert dialog.form.fields["result"].text() == "已随访，情况良好"
    lock.set_minutes(0)
    qapp.removeEventFilter(lock)


def test_activity_postpones_the_lock(qtbot, qapp, db, boss):
    lock = IdleLock(qapp, db, boss, minutes=0.005)  # 300 ms
    widget = RecordDialog(db, boss, "services", [FieldSpec("result")], title="x", fixed={})
    qtbot.addWidget(widget)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(widget.form.fields["result"], Qt.Key.Key_A)
    assert not lock.is_locked()
    lock.set_minutes(0)
    qapp.removeEventFilter(lock)
