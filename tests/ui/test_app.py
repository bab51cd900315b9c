from __future__ import annotations

import logging
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QtMsgType

from fpdesk.db.schema import open_database
from fpdesk.services import auth, dashboard
from fpdesk.ui import app, crash, style
from fpdesk.ui.background import BusyDialog, run_with_busy_dialog

pytestmark = pytest.mark.gui


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot):
    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        progress("step one")
        return 42

    assert run_with_busy_dialog(work, "正在处理…", "fpdesk") == 42
    assert seen["thread"] is not threading.main_thread()


def test_a_failure_in_the_worker_is_raised_in_the_caller(qtbot):
    def work(progress):
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_with_busy_dialog(work, "正在处理…", "fpdesk")


def test_the_busy_dialog_cannot_be_dismissed(qtbot):
    dialog = BusyDialog("正在生成示范乡镇…")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert not dialog.close()
    assert dialog.isVisible()


def test_ensure_demo_generates_a_missing_demo_database(qtbot, tmp_path):
    path = tmp_path / "demo.db"
    assert app.ensure_demo(path, persons=150)
    db = open_database(path)
    try:
        with db.read_session() as session:
            assert auth.has_accounts(session)
            assert dashboard.home_counts(session, date.today()).people > 100
    finally:
        db.close()
    assert app.ensure_demo(path)  # there already: nothing to do


def test_a_failed_demo_generation_is_explained(qtbot, tmp_path, answer_message_box):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    texts = answer_message_box()
    assert app.ensure_demo(blocker / "demo.db", persons=150) is False
    assert texts[:2] == ["示范数据库", "无法生成示范乡镇。"]


def test_a_file_that_is_not_a_database_is_explained(qtbot, tmp_path, answer_message_box):
    bad = tmp_path / "office.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    texts = answer_message_box()
    assert app.open_office_database(bad) is None
    assert texts[0] == "无法打开数据库"
    assert texts[1] == "fpdesk 无法打开数据库文件。"
    assert str(bad) in texts[2]


def test_a_new_database_is_created_empty(qtbot, tmp_path):
    db = app.open_office_database(tmp_path / "new" / "office.db")
    try:
        with db.read_session() as session:
            assert not auth.has_accounts(session)  # so sign_in runs the first-run wizard
    finally:
        db.close()


def test_fonts_prefer_a_chinese_family(qapp):
    style.apply(qapp)
    family = style.pick_family()
    assert family in style.PREFERRED_FAMILIES  # fonts-wqy-microhei on the test machine
    assert qapp.font().family() == family
    assert qapp.font().pointSize() in (10, 11)
    assert qapp.font().families()[-1] == style.bundled_family() == "WenQuanYi Micro Hei"  # the last resort


def test_qt_messages_go_to_python_logging(caplog):
    with caplog.at_level(logging.WARNING, logger="fpdesk.qt"):
        crash._qt_message(QtMsgType.QtWarningMsg, None, "a Qt warning")
    assert [r.getMessage() for r in caplog.records] == ["a Qt warning"]


def test_logging_to_a_rotating_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers), root.level
    try:
        path = crash.setup_logging(tmp_path / "logs")
        logging.getLogger("fpdesk.test").warning("written down")
        for handler in root.handlers:
            handler.flush()
        assert path.parent == tmp_path / "logs"
        assert "written down" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before[1])


def test_the_excepthook_logs_and_names_the_log_file(qtbot, tmp_path, monkeypatch, caplog,
                                                    answer_message_box):
    monkeypatch.setattr(crash, "_log_path", tmp_path / "fpdesk.log")
    texts = answer_message_box()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash._excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in caplog.text
    assert texts[1] == "程序发生意外错误。"
    assert str(tmp_path / "fpdesk.log") in texts[2]


def test_an_unreadable_key_file_is_explained(qtbot, tmp_path, answer_message_box):
    from fpdesk.db import keyslots

    path = tmp_path / "office.db"
    path.write_bytes(bytes(range(256)) * 16)             # not a plain SQLite header
    keyslots.keys_path(path).write_text("{broken", encoding="utf-8")
    texts = answer_message_box()
    assert app.sign_in_encrypted(path) == (None, None, 1)
    assert texts[0] == "无法打开数据库" and "密钥文件已损坏" in texts[2]
