"""The GUI's side of issue 14's review: a damaged file is checked before use, and a database
fault met later is said plainly (pointing to restore), never as an "unexpected error"."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from fpdesk.ui import app, crash
from tests.faults.conftest import sha
from tests.faults.test_opening import _damage

pytestmark = pytest.mark.gui


def test_a_damaged_database_is_not_opened_and_the_clerk_is_pointed_to_restore(qtbot, tmp_path, small_demo,
                                                                               answer_message_box):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    _damage(path, 1)
    before = sha(path)
    texts = answer_message_box()
    assert app.open_office_database(path) is None
    assert texts[0] == "无法打开数据库"
    assert "已损坏" in texts[2] and "fpdesk restore" in texts[2]
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
