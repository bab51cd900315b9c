from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from fpdesk.domain.dates import format_zh
from fpdesk.domain.reminders import RULE_NAMES
from fpdesk.services import dashboard, reminders
from fpdesk.ui.main_window import PAGE_NAMES, MainWindow
from fpdesk.ui.pages import registry
from fpdesk.ui.pages.home import HomePage
from fpdesk.ui.pages.reminders import ItemRole
from tests.ui.helpers import ADMIN, DEMO_ON, assert_navigation_not_elided

pytestmark = pytest.mark.gui

FIELDS = ("people", "residents", "households", "women_15_49", "married_women_15_49", "births_this_year")
LABELS = {
    "people": "户籍人口",
    "residents": "常住人口",
    "households": "家庭户",
    "women_15_49": "育龄妇女（15–49岁）",
    "married_women_15_49": "已婚育龄妇女",
    "births_this_year": "本统计年度出生",
}
NAV = ["首页", "人员档案", "育龄妇女", "提醒服务", "帐表卡册", "统计报表", "上报交换", "数据质量",
       "系统设置"]


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db, ADMIN, clock=lambda: DEMO_ON)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def number(label: QLabel) -> int:
    return int(label.text().replace(",", ""))


def test_home_page_shows_the_service_counts(window, demo_db):
    with demo_db.read_session() as session:
        counts = dashboard.home_counts(session, DEMO_ON)
    assert window.current_page() == "home"
    home = window.pages["home"]
    assert window.stack.currentWidget() is home
    for field in FIELDS:
        assert number(home.findChild(QLabel, f"value_{field}")) == getattr(counts, field)
        assert home.findChild(QLabel, f"label_{field}").text() == LABELS[field]
    assert counts.people > 2000 and counts.births_this_year > 0
    assert home.findChild(QLabel, "title").text() == counts.office_name != ""
    assert home.findChild(QLabel, "subtitle").text() == f"数据截至 {format_zh(DEMO_ON)}"
    assert home.findChild(QLabel, "note_births_this_year").text().startswith(counts.year.label_zh())
    assert "T1" in home.findChild(QLabel, "note_people").text()


def test_home_page_counts_reminders_and_links_to_each_list(qtbot, window, demo_db):
    home = window.pages["home"]
    home.settle()
    with demo_db.read_session() as session:
        rows = reminders.compute(session, DEMO_ON)
    tally = Counter((r.rule, r.status) for r in rows)
    for rule in RULE_NAMES:
        text = home.rule_links[rule].text()
        assert text == (f"{rule} {RULE_NAMES[rule]}\n"
                        f"逾期 {tally[(rule, 'overdue')]} · 到期 {tally[(rule, 'due')]}")
    busiest = max(RULE_NAMES, key=lambda r: tally[(r, "overdue")] + tally[(r, "due")])
    qtbot.mouseClick(home.rule_links[busiest], Qt.MouseButton.LeftButton)
    page = window.pages["reminders"]
    assert window.current_page() == "reminders"
    page.settle()
    shown = {page.model.data(page.model.index(row, 0), ItemRole).rule for row in range(page.model.rowCount())}
    assert shown == {busiest} and page.model.rowCount() == tally[(busiest, "overdue")] + tally[(busiest, "due")]


def test_home_page_uses_today_by_default_and_refreshes(qtbot, demo_db):
    page = HomePage(demo_db)
    qtbot.addWidget(page)
    with demo_db.read_session() as session:
        counts = dashboard.home_counts(session, date.today())
    assert number(page.values["people"]) == counts.people
    assert format_zh(date.today()) in page.subtitle.text()
    page.values["people"].setText("0")
    page.refresh()
    assert number(page.values["people"]) == counts.people


def test_navigation_lists_every_page_and_only_built_ones_are_open(window):
    nav = window.navigation
    assert [nav.item(row).text() for row in range(nav.count())] == NAV
    assert [nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(nav.count())] == \
        list(PAGE_NAMES)
    assert window.page_names() == [name for name in PAGE_NAMES if name in registry.PAGES]
    assert "quality" in window.page_names() and window.show_page("quality")     # 数据质量 is open
    window.pages["quality"].settle()
    for row, name in enumerate(PAGE_NAMES):
        item = nav.item(row)
        if name in registry.PAGES:
            assert item.flags() & Qt.ItemFlag.ItemIsEnabled and item.toolTip() == ""
        else:
            assert not item.flags() & (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            assert item.toolTip() == "尚未开放"


def test_disabled_pages_cannot_be_selected(qtbot, window):
    nav = window.navigation
    for row, name in enumerate(PAGE_NAMES):
        if name in registry.PAGES:
            continue
        assert window.show_page(name) is False
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page() == "home"
        assert nav.currentRow() == 0
        nav.setCurrentRow(row)  # even from code the window stays on an open page
        assert window.current_page() == "home"
        assert nav.currentRow() == 0
    nav.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_End):  # the keyboard only lands on open pages
        qtbot.keyClick(nav, key)
        assert window.current_page() in registry.PAGES
        assert PAGE_NAMES[nav.currentRow()] == window.current_page()
    assert window.show_page("home") is True
    with pytest.raises(KeyError):
        window.show_page("nonsense")


def test_title_and_status_bar(window, demo_db):
    office = window.pages["home"].title.text()
    assert window.windowTitle() == f"fpdesk 乡镇人口计生服务台账 — {office}"
    assert window.office_label.text() == f"单位：{office}"
    assert window.user_label.text() == "用户：admin（管理员）"
    assert window.path_label.text() == f"数据库：{demo_db.path}"


def test_a_database_without_office_or_accounts(qtbot, db):
    win = MainWindow(db, None)
    qtbot.addWidget(win)
    win.show()
    assert win.windowTitle() == "fpdesk 乡镇人口计生服务台账"
    assert win.user_label.text() == "未设置用户账户"
    assert win.office_label.text() == "单位：（未设置乡镇）"
    assert number(win.pages["home"].values["people"]) == 0


def test_nothing_is_clipped_at_1366_by_768(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700  # room for title bar and taskbar
    window.resize(1366, 700)
    assert_navigation_not_elided(window.navigation)
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        assert label.width() >= label.sizeHint().width(), label.text()
        corner = label.mapTo(window, QPoint(label.width(), label.height()))
        assert corner.x() <= window.width() and corner.y() <= window.height(), label.text()
