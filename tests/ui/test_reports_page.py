"""统计报表: the tables on screen are the service's figures, the year-earlier rows
compare, the charts get the chart figures, the tables save as XLSX and PDF, and a
county database chooses a township."""

from datetime import date

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import statistical_year
from fpdesk.package.apply import import_package
from fpdesk.services import charts, settings
from fpdesk.services.statistics import COLUMNS, compute_report
from fpdesk.ui.pages import report_data
from fpdesk.ui.pages.reports import ReportsPage
from tests.conftest import ADMIN, CLERK
from tests.package.helpers import township_package
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui
YEAR = statistical_year(2026)


def make_page(qtbot, db) -> ReportsPage:
    page = ReportsPage(db, CLERK, lambda: DEMO_ON)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    return page


def computed(page, period=YEAR, compare=False, region=None) -> ReportsPage:
    page.period.set_period(period)
    page.compare.setChecked(compare)
    page.region.setCurrentIndex(page.region.findData(region))
    page.refresh()
    page.settle()
    return page


def table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def expected_rows(report, table_id) -> list[list[str]]:
    return [[row["label"]] + [report_data.cell_text(row.get(key)) for key, _ in COLUMNS[table_id]]
            for row in report.table(table_id)["rows"]]


def test_every_table_shows_the_services_figures(qtbot, demo_db):
    page = computed(make_page(qtbot, demo_db))
    with demo_db.read_session() as session:
        report = compute_report(session, YEAR)
    for table_id, table in page.tables.items():
        assert table_texts(table) == expected_rows(report, table_id), table_id
        headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headings == ["单位"] + [heading for _, heading in COLUMNS[table_id]]
    assert table_texts(page.tables["T1"])[-1][0] == "合计"
    assert not page.region.isVisibleTo(page)                # one township: nothing to choose


def test_the_year_earlier_rows_and_their_change(qtbot, demo_db):
    page = computed(make_page(qtbot, demo_db), compare=True)
    with demo_db.read_session() as session:
        now = compute_report(session, YEAR).table("T2")["rows"][-1]
        before = compute_report(session, YEAR.year_earlier()).table("T2")["rows"][-1]
    *_, total, earlier, change = table_texts(page.tables["T2"])
    assert total[0] == "合计" and earlier[0] == "上年同期" and change[0] == "比上年增减"
    births = [key for key, _ in COLUMNS["T2"]].index("births") + 1
    assert earlier[births] == str(before["births"])
    assert change[births] == str(now["births"] - before["births"])


def test_the_charts_get_the_chart_figures(qtbot, demo_db):
    page = computed(make_page(qtbot, demo_db))
    with demo_db.read_session() as session:
        assert page.births_chart.months == charts.births_by_month(session, YEAR)
        assert page.pyramid_chart.bands == charts.pyramid(session, YEAR.end)
        worked = charts.reminders_worked(session, YEAR)
    assert [(rule, done) for rule, done, _overdue in page.worked_chart.rows] == list(worked.items())
    t3 = page.result.report.table("T3")["rows"][-1]
    assert [value for _, value in page.method_chart.items] == [float(t3[f"m{m}"] or 0) for m in range(1, 10)]


def test_the_tables_save_as_excel_and_pdf(qtbot, demo_db, tmp_path, monkeypatch):
    page = computed(make_page(qtbot, demo_db))
    target = tmp_path / "报表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.xlsx_button.click()
    book = openpyxl.load_workbook(target)
    assert len(book.worksheets) == 7
    first = book.worksheets[0]
    assert "人口变动" in first.cell(1, 1).value
    assert "2025年10月1日" in " ".join(str(c.value) for row in first.iter_rows(max_row=3) for c in row if c.value)
    pdf = page.save_to(tmp_path / "报表.pdf")
    with pdfplumber.open(tmp_path / "报表.pdf") as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
        assert len(doc.pages) == pdf
    for words in ("T1", "人口变动", "单位负责人", "统计负责人", "填表人", "报出日期", f"共 {pdf} 页"):
        assert words in text, words
    assert "已保存" in page.state.text()


@pytest.fixture(scope="module")
def county_db(tmp_path_factory):
    """Two demo townships imported from their packages into one county database."""
    folder = tmp_path_factory.mktemp("county")
    path = folder / "county.db"
    db = open_database(path, create=True)
    with db.session() as session:
        settings.put(session, "office_region_code", "610628000000")
    for code, seed in (("610628101000", 31), ("610628102000", 32)):
        import_package(db, ADMIN, township_package(folder, code, seed, 400, date(2026, 11, 22)))
    db.close()
    return path


def test_a_county_database_chooses_a_township(qtbot, county_db):
    db = open_database(county_db)
    try:
        page = make_page(qtbot, db)
        assert page.region.isVisibleTo(page) and page.region.count() == 3
        computed(page)
        assert [row[0] for row in table_texts(page.tables["T1"])] == ["和平镇", "新华镇", "合计"]
        computed(page, region="610628102000")
        with db.read_session() as session:
            own = compute_report(session, YEAR, region_code="610628102000")
            villages = report_data.region_villages(session, "610628102000")
            births = charts.births_by_month(session, YEAR, villages)
        assert table_texts(page.tables["T1"]) == expected_rows(own, "T1")
        assert all(code.startswith("610628102") for code in villages)
        assert page.births_chart.months == births
    finally:
        db.close()


def test_the_page_opens_on_the_last_complete_month(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    assert page.period.period().text == "2026-10"          # DEMO_ON is 2026-11-22
