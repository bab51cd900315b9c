"""The GUI's side of issue 14's review: a damaged file is checked before use, and a database
fault met later is said plainly (pointing to restore), never as an "unexpected error"."""

from __future__ import annotations

import shutil
from datetime import datetime
import sqlite3

import pytest


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from fpdesk.services import backup
from fpdesk.services.demo_account import DEMO_PASSWORD, DEMO_USER
from fpdesk.ui import app, crash
from fpdesk.ui.signin import SignInDialog
from fpdesk.ui.wizard_restore import RestoreWizard
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


def _restores_from(source):
    """RestoreWizard.exec as the clerk: choose the backup, press Restore."""
    def run(wizard):
        assert wizard.restore_page.load_file(source)
        wizard.accept()
        assert wizard.restore_page.error.text() == ""
        return wizard.result()
    return run


def _backup_of(path, folder):
    db = app.open_office_database(path)
    try:
        return backup.back_up(db, None, folder=folder)
    finally:
        db.close()


def _persons(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM persons").fetchone()[0]


def test_the_sign_in_of_a_damaged_office_offers_a_restore_that_keeps_the_damaged_file(
        qtbot, tmp_path, small_demo, monkeypatch):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    made = _backup_of(path, tmp_path / "usb")
    _damage(path, 1)
    damaged = path.read_bytes()
    db = app.open_office_database(path)
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden()
    dialog.username.setText(DEMO_USER)
    dialog.password.setText(DEMO_PASSWORD)
    dialog._try_sign_in()
    assert not dialog.restore_button.isHidden()       # damaged: the way out is offered
    monkeypatch.setattr(RestoreWizard, "exec", _restores_from(made.path))
    dialog.restore_button.click()
    assert dialog.restored and dialog.result() != QDialog.DialogCode.Accepted
    kept = list(tmp_path.glob("office.db.before-restore-*"))
    # the damaged file is kept, page for page (its header says rollback journal, not WAL)
    assert len(kept) == 1 and kept[0].read_bytes()[100:] == damaged[100:]
    assert _persons(path) == made.persons
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_a_truncated_office_is_refused_with_a_restore_offered(qtbot, tmp_path, small_demo, monkeypatch):
    """Found at recognition (before any sign-in): the message box's 从备份恢复 restores, and the
    office then opens and signs in as usual."""
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    made = _backup_of(path, tmp_path / "usb")
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2 // 4096 * 4096])
    seen = []

    def clerk_chooses_restore(box):
        seen.append(box.informativeText())
        restore = next(b for b in box.buttons() if b.text() == "从备份恢复…")
        box.setProperty("chosen", True)
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0
    monkeypatch.setattr(QMessageBox, "exec", clerk_chooses_restore)
    monkeypatch.setattr(RestoreWizard, "exec", _restores_from(made.path))

    def signs_in(dialog):
        dialog.username.setText(DEMO_USER)
        dialog.password.setText(DEMO_PASSWORD)
        dialog._try_sign_in()
        return dialog.result()
    monkeypatch.setattr(SignInDialog, "exec", signs_in)
    db, actor, code = app.open_and_sign_in(path)
    try:
        assert "已损坏" in seen[0] and "截断" in seen[0]
        assert code == 0 and actor is not None and actor.username == DEMO_USER
        assert _persons(path) == made.persons
    finally:
        db.close()


def test_the_restore_offers_the_offices_newest_backup_first(qtbot, tmp_path, small_demo, monkeypatch):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    db = app.open_office_database(path)
    try:
        monkeypatch.setattr(backup, "_now", lambda: datetime(2026, 12, 1, 9, 0).astimezone())
        older = backup.back_up(db, None)
        monkeypatch.setattr(backup, "_now", lambda: datetime(2026, 12, 4, 17, 30).astimezone())
        newer = backup.back_up(db, None)
    finally:
        db.close()
    (newer.path.parent / "zz-broken.fpbak").write_bytes(b"not a backup")
    wizard = RestoreWizard(path)
    qtbot.addWidget(wizard)
    assert older.path != newer.path
    assert wizard.restore_page.path == newer.path
    assert "3,000" in wizard.restore_page.summary.text()
