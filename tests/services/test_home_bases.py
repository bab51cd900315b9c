"""The 首页's figures count the reports' populations: 户籍 as T1, 常住 as T3, births as T2;
T7's printed heading names the calendar year of its figures."""

from datetime import date

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import date_range, parse_period
from fpdesk.services import dashboard
from fpdesk.services.statistics import compute_report
from fpdesk.services.statistics.documents import report_documents

ON = date(2026, 11, 22)


def test_home_figures_are_the_reports_figures(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            counts = dashboard.home_counts(s, ON)
            so_far = date_range(counts.year.start, ON)
            report = compute_report(s, so_far, tables=["T1", "T2", "T3"])
    finally:
        db.close()
    total = {t["id"]: t["rows"][-1] for t in report.tables}
    assert counts.births_this_year == total["T2"]["births"] > 0
    assert counts.people == total["T1"]["pop_end"]
    assert counts.married_women_15_49 == total["T3"]["married_women"]
    assert counts.residents != counts.people


def test_t7_heading_names_its_calendar_year(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            report = compute_report(s, parse_period("2026"))
    finally:
        db.close()
    t7 = next(d for d in report_documents(report) if d.title.startswith("T7"))
    assert t7.title == f"T7 奖励扶助与补贴情况表（{report.benefit_year}年度）" and report.benefit_year == 2026
