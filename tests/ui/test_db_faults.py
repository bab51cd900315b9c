"""The GUI's side of issue 14's review: a damaged file is checked before use, and a database
fault met later is said plainly (pointing to restore), never as an "unexpected error"."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from PySide6.QtCore import Qt

from fpdesk.services.demo_account import DEMO_PASSWORD, DEMO_USER
from fpdesk.ui import app, crash
from fpdesk.ui.signin import SignInDialog
from tests.faults.conftest import sha
from tests.faults.test_opening import _damage

pytestmark = pytest.mark.gui


def test_a_damaged_database_is_refused_at_sign_in_and_never_written(qtbot, tmp_path, small_demo):
    """The file opens at once; its quick_check runs while the clerk types, and the sign-in (the
    first write) is refused with the reason and the way to restore."""
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    _damage(path, 1)
    before = sha(path)
    db = app.open_office_database(path)
    assert db is not None
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, DEMO_USER)
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and dialog.isVisible()
    assert "已损坏" in dialog.error.text() and "fpdesk restore" in dialog.error.text()
    dialog.close()
    db.close()
    assert sha(path) == before


@pytest.mark.parametrize("error,expected", [
    (sqlite3.DatabaseError("database disk image is malformed"), "fpdesk restore"),
    (sqlite3.OperationalError("database or disk is full"), "磁盘已满"),
])
def test_a_database_fault_at_run_time_is_said_plainly(qtbot, error, expected, answer_message_box):
    texts = answer_message_box()
    crash._excepthook(type(error), error, None)
    assert texts[0] == "fpdesk — 数据库错误"
    assert expected in texts[1]
