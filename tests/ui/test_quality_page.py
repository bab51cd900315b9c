"""The 数据质量 page: counts and list equal the service's, filters, double-click opens the
right record with the field focused, a fix clears the finding, the list saves grouped by
village; the export tab shows the error count with a link to the page."""

import openpyxl
import pytest

from fpdesk.domain import idcard
from fpdesk.services.quality import run_check
from fpdesk.ui.dialogs.person import PersonDialog
from fpdesk.ui.pages import quality_actions as actions
from fpdesk.ui.pages.exchange import ExchangePage
from fpdesk.ui.pages.quality import FindingRole, QualityPage
from tests.conftest import CLERK
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db):
    opened = []
    p = QualityPage(demo_db, CLERK, lambda: DEMO_ON, opened.append)
    qtbot.addWidget(p)
    p.opened = opened
    p.refresh()
    p.settle()
    return p


def shown(page) -> list:
    while page.model.canFetchMore():
        page.model.fetchMore()
    return [page.model.data(page.model.index(i, 0), FindingRole) for i in range(page.model.rowCount())]


def select(page, check: str):
    page.check.setCurrentIndex(page.check.findData(check))
    page.view.selectRow(0)
    return page.selected()


def test_counts_and_list_equal_the_service(page, demo_db):
    with demo_db.read_session() as s:
        expected = run_check(s, DEMO_ON)
    assert page.report.findings == expected.findings and expected.findings
    assert page.model.rowCount() <= 200 and shown(page) == expected.findings      # lazy: a chunk at a time
    page.severity.setCurrentIndex(page.severity.findData("error"))
    assert shown(page) == [f for f in expected.findings if f.severity == "error"]
    checks = {page.by_check.item(r, 0).text(): int(page.by_check.item(r, 2).text())
              for r in range(page.by_check.rowCount())}
    assert checks["身份证号码与出生日期不一致"] == 2
    villages = sum(int(page.by_place.item(r, 1).text()) + int(page.by_place.item(r, 2).text())
                   for r in range(page.by_place.rowCount()))
    assert villages == len(expected.findings)


def test_double_click_opens_the_record_with_the_field_focused(page, qtbot):
    finding = select(page, "id_birth_mismatch")
    page.view.doubleClicked.emit(page.view.currentIndex())
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog) and dialog.uid == finding.uid
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.form.fields["id_number"])
    dialog.reject()


def test_fixing_the_record_clears_the_finding(page, qtbot, demo_db, answer_message_box):
    finding = select(page, "id_birth_mismatch")
    page.correct()
    dialog = page.dialog
    with demo_db.read_session() as s:
        from fpdesk.services import records
        number = records.get(s, "persons", finding.uid)["id_number"]
    dialog.form.set_values({"birth_date": idcard.parse(number).birth_date})
    dialog.save()
    page.settle()
    qtbot.waitUntil(lambda: page.worker is None)
    remaining = [f for f in page.report.findings if f.check == "id_birth_mismatch"]
    assert finding.uid not in {f.uid for f in remaining} and len(remaining) == 1


def test_open_person_goes_to_her_record(page):
    finding = select(page, "first_marriage_missing")
    page.person_button.click()
    assert page.opened == [finding.person_uid]


def test_the_list_saves_grouped_by_village_with_a_verification_column(page, tmp_path):
    page.severity.setCurrentIndex(page.severity.findData("error"))
    rows = shown(page)
    actions.write(page, tmp_path / "list.xlsx")
    book = openpyxl.load_workbook(tmp_path / "list.xlsx")
    villages = {page.place_names[f.village_code] for f in rows}
    assert set(book.sheetnames) == villages
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "核实情况" in cells and all(f.name in cells for f in rows)
    assert actions.write(page, tmp_path / "list.pdf") >= 1


def test_the_export_tab_shows_the_error_count_with_a_link(qtbot, demo_db):
    asked = []
    exchange = ExchangePage(demo_db, CLERK, lambda: DEMO_ON, show_quality=lambda: asked.append(True))
    qtbot.addWidget(exchange)
    exchange.count_errors()
    exchange.settle()
    with demo_db.read_session() as s:
        errors = run_check(s, DEMO_ON).counts["error"]
    note = exchange.quality_note.text()
    assert errors and f"{errors} 个错误" in note and '<a href="quality">数据质量</a>' in note
    exchange.quality_note.linkActivated.emit("quality")
    assert asked == [True]
    assert exchange.export_button.isEnabled()


def test_at_the_county_findings_are_per_township_and_a_townships_list_saves(qtbot, tmp_path):
    from fpdesk.db.schema import open_database
    from fpdesk.package.apply import import_package
    from fpdesk.services import settings
    from tests.conftest import ADMIN
    from tests.package.helpers import township_package

    county = open_database(tmp_path / "county.db", create=True)
    try:
        with county.session() as session:
            settings.put(session, "office_region_code", "610628000000")
        for code, seed in (("610628101000", 31), ("610628102000", 32)):
            summary = import_package(county, ADMIN, township_package(tmp_path, code, seed, 300, DEMO_ON))
            assert summary.refused == []
        page = QualityPage(county, CLERK, lambda: DEMO_ON, lambda _uid: None)
        qtbot.addWidget(page)
        page.refresh()
        page.settle()
        assert page.county and not page.township.isHidden()
        places = {page.by_place.item(r, 0).text() for r in range(page.by_place.rowCount())}
        assert places == {page.place_names["610628101000"], page.place_names["610628102000"]}
        assert not page.excel_button.isEnabled()          # a township's list: choose the township first
        page.township.setCurrentIndex(page.township.findData("610628102000"))
        rows = shown(page)
        assert rows and {f.village_code[:9] for f in rows} == {"610628102"}
        assert page.excel_button.isEnabled()
        assert actions.default_name(page, ".xlsx").startswith("数据质量核实清单-" + page.place_names["610628102000"])
        actions.write(page, tmp_path / "township.xlsx")
        book = openpyxl.load_workbook(tmp_path / "township.xlsx")
        assert set(book.sheetnames) == {page.place_names[f.village_code] for f in rows}
    finally:
        county.close()


def test_a_damaged_file_gets_a_clear_message(qtbot, demo_db):
    with demo_db.bulk_session() as session:     # no foreign-key checks: a person whose household is gone
        con = session.connection().connection.driver_connection
        con.execute("UPDATE persons SET household_uid = 'gone' WHERE rowid = (SELECT min(rowid) FROM persons)")
    page = QualityPage(demo_db, CLERK, lambda: DEMO_ON, lambda _uid: None)
    qtbot.addWidget(page)
    page.refresh()
    page.settle()
    assert page.report.integrity.startswith("foreign_key_check")
    assert not page.damaged.isHidden() and "foreign_key_check" in page.damaged.text()
    assert "备份" in page.damaged.text()
