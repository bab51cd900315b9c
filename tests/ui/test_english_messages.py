"""The English interface is English everywhere: timeline summaries and the
services' error messages too (the services speak Chinese first)."""

from __future__ import annotations

import functools
import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from fpdesk.services import records
from fpdesk.services.context import require_edit
from fpdesk.ui import i18n
from fpdesk.ui.person_detail import PersonDetailView
from fpdesk.ui.signin import SignInDialog
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import DEMO_ON, package_with_refusals

pytestmark = pytest.mark.gui

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(chinese):
    chinese.remove()
    installed = i18n.install("en")
    yield installed
    installed.remove()


def test_timeline_summaries_are_english(qtbot, demo_db, english):
    with demo_db.read_session() as s:
        uid = s.execute(text(
            "SELECT p.uid FROM persons p WHERE p.sex = 2 AND p.deleted = 0"
            " AND EXISTS (SELECT 1 FROM births b WHERE b.mother_uid = p.uid AND b.deleted = 0)"
            " AND EXISTS (SELECT 1 FROM contraception c WHERE c.woman_uid = p.uid AND c.deleted = 0)"
            " AND EXISTS (SELECT 1 FROM marriages m WHERE m.person_uid = p.uid AND m.deleted = 0)"
            " ORDER BY p.uid LIMIT 1")).scalar()
    view = PersonDetailView(demo_db, CLERK, lambda: DEMO_ON)
    qtbot.addWidget(view)
    view.show_person(uid)
    rows = [[view.timeline.topLevelItem(i).text(c) for c in range(4)]
            for i in range(view.timeline.topLevelItemCount())]
    births = [r for r in rows if r[3].startswith("Child ")]
    assert births and re.fullmatch(r"Child \d+, (Male|Female), .+", births[0][3]), rows
    assert any(r[3].startswith("Spouse ") for r in rows), rows
    # all but what the clerk typed (a spouse's name, a place, a service's result, a device model
    # from the office's table, which leads a contraception summary) is English
    typed = ("Marriage", "Migration", "Service")
    own = [r[2] + (r[3].split(", ", 1)[-1] if r[1] == "Contraception" else r[3]) for r in rows if r[1] not in typed]
    assert not [text for text in own if HAN.search(text)], rows
    assert any(r[3] == "in use" or r[3].endswith(", in use") or "ended " in r[3] for r in rows), rows


def test_service_errors_are_english(qtbot, demo_db, english):
    dialog = SignInDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Wrong user name or password (4 tries left)"

    with pytest.raises(Exception) as refused:
        require_edit(VIEWER)
    assert i18n.message(refused.value) == "User viewer1 has a read-only role and cannot change records"
    assert str(refused.value) == "用户 viewer1 为只读角色，不能修改记录"   # the CLI and the logs keep Chinese

    with demo_db.session() as session, pytest.raises(records.RecordRejected) as rejected:
        records.create(session, CLERK, "persons", {"name": "", "sex": 9})
    assert not HAN.search(i18n.message(rejected.value)), i18n.message(rejected.value)
    assert HAN.search(str(rejected.value))


def test_chinese_interface_keeps_the_chinese_messages(demo_db):
    with pytest.raises(Exception) as refused:
        require_edit(VIEWER)
    assert i18n.message(refused.value) == str(refused.value) == "用户 viewer1 为只读角色，不能修改记录"


def test_settings_errors_are_english(demo_db, english):
    from fpdesk.services import office_settings as ofs
    from tests.conftest import ADMIN

    with demo_db.session() as session, pytest.raises(ofs.SettingsError) as refused:
        ofs.save_device_models(session, ADMIN, [ofs.DeviceRow(3, "TCu380A", 8), ofs.DeviceRow(3, "TCu380A", 10)])
    assert i18n.message(refused.value) == "Row 2: the model is listed twice: TCu380A"
    assert str(refused.value) == "第 2 行：型号重复：TCu380A"


def test_reminder_rule_names_are_english(english):
    from fpdesk.domain.reminders import RULE_NAMES, RULE_NAMES_EN

    assert set(RULE_NAMES_EN) == set(RULE_NAMES)
    assert i18n.rule_name("R04") == "IUD follow-up"
    assert not any(HAN.search(i18n.rule_name(r)) for r in RULE_NAMES)


def test_reminder_details_are_english(qtbot, demo_db, english):
    from fpdesk.ui.pages.reminders import RemindersPage

    page = RemindersPage(demo_db, CLERK, lambda: DEMO_ON, lambda uid: None)
    qtbot.addWidget(page)
    page.refresh()
    page.settle()
    qtbot.waitUntil(lambda: page.worker is None)
    model = page.view.model()
    shown = [[model.index(r, c).data() for c in (0, 3, 4, 5)] for r in range(model.rowCount())]
    assert {row[0].split()[0] for row in shown} >= {"R01", "R02", "R04", "R10"}, shown[:5]
    # only a device model the office typed may stay Chinese
    with demo_db.read_session() as s:
        devices = set(s.execute(text("SELECT DISTINCT device_type FROM contraception"
                                     " WHERE device_type IS NOT NULL")).scalars())
    chinese = [row for row in shown
               if HAN.search(" ".join(row[:3]) + functools.reduce(lambda t, d: t.replace(d, ""), devices, row[3]))]
    assert not chinese, chinese[:5]
    assert any(row[3].startswith("Last check ") for row in shown), shown[:5]


def test_wizard_errors_are_english(qtbot, db, english):
    from fpdesk.ui.wizard import FirstRunWizard
    from tests.ui.test_wizard import fill_admin, fill_office

    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.next()   # past the start page (a new office, not a restore)
    fill_office(wizard, township="10A")
    assert not wizard.validateCurrentPage()
    assert wizard.office_page.error.text() == "A region code has 12 digits"
    fill_office(wizard)
    wizard.next()
    wizard.villages_page.add_row("001", "东庄村", 3)
    wizard.villages_page.add_row("001", "西沟村", 2)
    assert not wizard.validateCurrentPage()
    assert wizard.villages_page.error.text() == "Village code entered twice: 610628101001"
    wizard.villages_page.table.removeRow(1)
    wizard.next()
    fill_admin(wizard, password="abcdefgh")
    assert not wizard.validateCurrentPage()
    assert wizard.admin_page.error.text() == "The password must contain both letters and digits", \
        wizard.admin_page.error.text()


def test_spreadsheet_import_reasons_are_english(qtbot, tmp_path, english):
    from fpdesk.ui.dialogs.excel_import import ExcelImportDialog
    from tests.excel.helpers import TODAY, office_db, xlsx

    db, actor = office_db(tmp_path / "office.db")
    rows = [["姓名", "身份证号", "性别", "出生日期", "组", "与户主关系"],
            ["张秀梅", "610628199005171221", "女", "1990-05-17", "1组", "儿媳"],
            ["李四", None, "男", "1990-02-30", "1组", None],
            ["王五", 6.10628198001011e17, "男", "1980-01-01", "二十组", None],
            ["赵六", None, "不详", "1980-01-01", "2组", None]]
    path = xlsx(tmp_path / "roster.xlsx", {"东庄村": rows, "空表": []})
    try:
        dialog = ExcelImportDialog(db, actor, TODAY)
        qtbot.addWidget(dialog)
        assert dialog.load_file(path)
        summary = dialog.run(dry=True)
        assert len(summary.refused) >= 3 and summary.warnings, (summary.refused, summary.warnings)
        shown = [dialog.problems.item(r, 4).text() for r in range(dialog.problems.rowCount())]
        # a quoted cell (儿媳, 二十组, 不详) is the clerk's data; the rest is English
        rest = [re.sub(r'"[^"]*"', "", t) for t in shown]
        assert not [t for t in rest if HAN.search(t)], shown
        assert any(t.startswith("Birth date: No such date") for t in shown), shown
        # the JSON and the problem rows keep the Chinese (FORMATS.md §6)
        assert all(HAN.search(n["reason"]) for n in summary.refused), summary.refused
    finally:
        db.close()


def test_data_check_reasons_are_english(qtbot, demo_db, english):
    from fpdesk.ui.pages.quality import QualityPage

    page = QualityPage(demo_db, CLERK, lambda: DEMO_ON, lambda uid: None)
    qtbot.addWidget(page)
    page.refresh()
    page.settle()
    while page.model.canFetchMore():
        page.model.fetchMore()
    rows = [[page.model.index(r, c).data() for c in (3, 5)] for r in range(page.model.rowCount())]
    assert len({check for check, _ in rows}) >= 5, rows[:5]
    with demo_db.read_session() as s:
        names = set(s.execute(text("SELECT name FROM persons")).scalars())
    # the names a finding quotes (the other holders of an ID number, a household's heads) are data
    reasons = [re.sub("|".join(map(re.escape, sorted(names, key=len, reverse=True))), "", reason)
               for _check, reason in rows]
    assert not [r for r in reasons if HAN.search(r)], [r for r in reasons if HAN.search(r)][:5]
    assert any(reason.startswith("Born ") for _check, reason in rows), rows[:5]


def test_a_refused_restore_is_said_in_english(qtbot, demo_db, tmp_path, english):
    from fpdesk.ui.pages.settings_backup import BackupTab
    from tests.conftest import ADMIN

    tab = BackupTab(demo_db, ADMIN)
    qtbot.addWidget(tab)
    bad = tmp_path / "bad.fpbak"
    bad.write_bytes(b"not a backup")
    assert not tab.restore_from(bad, confirm=lambda *a: True)
    assert tab.result.text() == f"{bad} is not an fpdesk backup (not a ZIP file), or it is incomplete"


def test_the_reports_page_is_english_but_for_the_village_names(qtbot, demo_db, english):
    from fpdesk.ui.pages.reports import ReportsPage
    from tests.ui.test_reports_page import computed

    page = ReportsPage(demo_db, CLERK, lambda: DEMO_ON)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    computed(page, compare=True)
    with demo_db.read_session() as s:
        villages = set(s.execute(text("SELECT name FROM regions WHERE level = 'village'")).scalars())
    for index in range(page.tabs.count()):
        assert not HAN.search(page.tabs.tabText(index)), page.tabs.tabText(index)
    for table_id, table in page.tables.items():
        headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert not HAN.search(" ".join(headings)), (table_id, headings)
        labels = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert labels[-3:] == ["Total", "Same period last year", "Change on last year"], labels[-3:]
        assert set(labels[:-3]) <= villages, labels


def test_the_exchange_page_shows_an_import_with_refusals_in_english(qtbot, demo_db, tmp_path, english):
    from fpdesk.db.schema import open_database
    from fpdesk.package.reader import read_package
    from fpdesk.ui.pages.exchange import ExchangePage

    package = package_with_refusals(demo_db, CLERK, tmp_path)
    opened = read_package(package)
    data = b"".join(opened.read(path) for path in opened.files if path.startswith("data/")).decode()
    opened.close()
    typed = set(re.findall(r"[\u4e00-\u9fff]+", data))      # names, places: shown as typed
    county = open_database(tmp_path / "county.db", create=True)
    try:
        page = ExchangePage(county, CLERK, lambda: DEMO_ON)
        qtbot.addWidget(page)
        summary = page.import_from(package)
        assert summary is not None and summary.refused and summary.warnings
        assert page.import_state.text().startswith(f"Package {summary.check_code} from {summary.region_code}: ")
        rows = [[page.refusals.item(r, c).text() for c in range(3)] for r in range(page.refusals.rowCount())]
        assert len(rows) == len(summary.refused) + len(summary.warnings)
        reasons = [row[2] for row in rows]
        assert "Line 1: blank line" not in reasons and any(r.endswith(": blank line") for r in reasons)
        assert any(r.endswith('sex must be an integer, not "女"') for r in reasons), reasons[:3]
        assert any("refers to a record that does not exist" in r for r in reasons)
        assert any("refers to the record" in r and "refused with this package" in r for r in reasons)
        assert any(r.startswith("Warning: Data check: ") for r in reasons)
        assert any(re.match(r"Warning: Line \d+: ", r) for r in reasons)
        foreign = {run for r in reasons for run in re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+", r)}
        assert foreign <= typed, foreign - typed
        assert [row[3] for row in texts_of(page.townships)] == ["Full"]
        assert str(summary.refused[0]["reason"]).startswith("第 ")    # the summary itself keeps the Chinese
    finally:
        county.close()


def texts_of(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
