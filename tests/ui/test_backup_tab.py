"""系统设置 → 备份与恢复 and 审计日志, and the 首页's backup warning, on real widgets."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from fpdesk.db import backup as files
from fpdesk.services import backup
from fpdesk.ui.pages.home import HomePage
from fpdesk.ui.pages.settings import SettingsPage
from fpdesk.ui.pages.settings_backup import BackupTab
from tests.conftest import ADMIN, CLERK
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui


def persons(db) -> int:
    with db.read_session() as s:
        return s.execute(text("SELECT count(*) FROM persons WHERE deleted = 0")).scalar()


def test_back_up_now_then_restore_from_the_list(qtbot, demo_db, answer_message_box):
    said = answer_message_box()
    restored = []
    tab = BackupTab(demo_db, ADMIN, on_restored=lambda: restored.append(True))
    qtbot.addWidget(tab)
    assert "还没有" in tab.state.text()
    info = tab.back_up()
    assert info.path.parent == files.default_folder(demo_db.path)
    assert "已备份并校验" in tab.result.text()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 4).text() == info.path.name
    assert tab.table.item(0, 2).text() == "和平镇"
    before = persons(demo_db)
    with demo_db.session() as s:
        s.execute(text("UPDATE persons SET deleted = 1 WHERE rowid % 2 = 0"))
    shown = []
    assert tab.restore_from(info.path, confirm=lambda meta, other, keys: shown.append((meta, other)) or True)
    [(meta, other)] = shown
    assert (meta["persons"], meta["office_name"], other) == (before, "和平镇", False)
    assert restored == [True] and "已恢复" in said[1]
    assert persons(demo_db) == before
    assert list(demo_db.path.parent.glob("demo.db.before-restore-*"))


def test_a_refused_restore_changes_nothing(qtbot, demo_db, tmp_path):
    tab = BackupTab(demo_db, ADMIN)
    qtbot.addWidget(tab)
    bad = tmp_path / "bad.fpbak"
    bad.write_bytes(b"not a backup")
    asked = []
    assert not tab.restore_from(bad, confirm=lambda *a: asked.append(a) or True)
    assert asked == [] and "不是 fpdesk 备份文件（不是 ZIP 文件）" in tab.result.text()
    info = tab.back_up()
    assert not tab.restore_from(info.path, confirm=lambda *a: False)   # the clerk said no
    assert not list(demo_db.path.parent.glob("*before-restore*"))


def test_a_clerk_backs_up_but_does_not_restore_nor_see_the_audit_log(qtbot, demo_db):
    page = SettingsPage(demo_db, CLERK)
    qtbot.addWidget(page)
    tab = page.backup_tab
    assert tab.here_button.isEnabled() and not tab.restore_button.isEnabled()
    assert not tab.file_button.isEnabled() and page.audit_tab is None
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "备份与恢复" in titles and "审计日志" not in titles


def test_the_audit_tab_lists_lazily_and_checks_the_chain(qtbot, demo_db):
    page = SettingsPage(demo_db, ADMIN)
    qtbot.addWidget(page)
    tab = page.audit_tab
    page.show_tab(tab)
    assert not page.save_button.isVisible() or not page.isVisible()
    with demo_db.read_session() as s:
        from fpdesk.services import audit
        total = audit.count(s)
    assert tab.model.rowCount() == total > 0
    assert tab.model.data(tab.model.index(0, 0)) == str(total)          # newest first
    assert len(tab.model.blocks) == 1
    assert tab.verify().intact and "完整" in tab.chain.text()
    con = sqlite3.connect(demo_db.path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET action = 'x' WHERE id = 1")
    con.commit()
    con.close()
    assert tab.verify().broken_at == 1 and "第 1 条" in tab.chain.text()


def test_home_warns_about_missing_old_or_local_backups(qtbot, demo_db):
    home = HomePage(demo_db, clock=lambda: DEMO_ON)
    qtbot.addWidget(home)
    home.settle()
    assert not home.backup_warning.isHidden() and "还没有备份" in home.backup_warning.text()
    files.write_backup(demo_db.path, when=datetime.now().astimezone() - timedelta(days=9, hours=1))
    home.refresh()
    home.settle()
    assert "9 天" in home.backup_warning.text()
    backup.back_up(demo_db, ADMIN)
    home.refresh()
    home.settle()
    assert "U 盘" in home.backup_warning.text()


def test_closing_the_gui_backs_up_once_a_day(qtbot, demo_db):
    from fpdesk.ui.app import daily_backup

    daily_backup(demo_db, ADMIN)
    daily_backup(demo_db, ADMIN)
    [made] = backup.list_backups(files.default_folder(demo_db.path))
    assert made.reason == "daily"


def test_a_fresh_office_is_told_only_that_it_has_no_backup(qtbot, demo_db):
    """Review finding: "还没有做过备份。 所有备份都在本机硬盘上…" contradicted itself."""
    tab = BackupTab(demo_db, ADMIN)
    qtbot.addWidget(tab)
    assert tab.state.text() == "还没有做过备份。"
    tab.back_up()
    assert "本机硬盘" in tab.state.text()   # once there is one, and only here: keep one on a stick
