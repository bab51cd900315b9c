"""What the 统计报表 page shows, computed off the GUI thread and shaped into
plain grids (no Qt here): the T1–T7 rows, the year-earlier comparison rows
and the chart figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from fpdesk.domain import codes
from fpdesk.domain.periods import Period

TABLE_TITLES = {"T1": "人口变动", "T2": "出生", "T3": "已婚育龄妇女避孕节育", "T4": "避孕节育服务",
                "T5": "健康检查与随访", "T6": "流动人口", "T7": "奖励扶助与补贴"}
EARLIER_LABEL = "上年同期"
CHANGE_LABEL = "比上年增减"


@dataclass
class Grid:
    headings: list[str]
    rows: list[list]
    emphasised: set[int] = field(default_factory=set)   # the total and comparison rows


@dataclass
class ReportView:
    period: Period
    report: object                  # fpdesk.services.statistics Report
    earlier: object | None
    births: list
    methods: list[tuple[str, float]]
    bands: list
    worked: list[tuple[str, int, int]]

    def grid(self, table_id: str, english: bool = False) -> Grid:
        """The table as the page shows it; `english` words its headings and its own row
        labels in English (village names stay as they are)."""
        from fpdesk.services.statistics import COLUMNS
        from fpdesk.services.statistics import english as en
        from fpdesk.services.statistics.common import TOTAL_LABEL

        columns = COLUMNS[table_id]
        rows = self.report.table(table_id)["rows"]
        headings = [en.heading_en(key) for key, _ in columns] if english else [h for _, h in columns]
        unit, earlier, changed = (en.UNIT_EN, en.EARLIER_EN, en.CHANGE_EN) if english else (
            "单位", EARLIER_LABEL, CHANGE_LABEL)
        label = (lambda text: en.TOTAL_EN if text == TOTAL_LABEL else text) if english else str
        grid = Grid([unit] + headings, [[label(row["label"])] + [row.get(key) for key, _ in columns] for row in rows])
        grid.emphasised.add(len(grid.rows) - 1)
        if self.earlier is not None:
            now, before = rows[-1], self.earlier.table(table_id)["rows"][-1]
            grid.rows.append([earlier] + [before.get(key) for key, _ in columns])
            grid.rows.append([changed] + [change(now.get(key), before.get(key)) for key, _ in columns])
            grid.emphasised.update({len(grid.rows) - 2, len(grid.rows) - 1})
        return grid


def change(now, before):
    """This period less the earlier one (rates in points), None when either is missing."""
    if not isinstance(now, (int, float)) or not isinstance(before, (int, float)):
        return None
    difference = now - before
    return round(difference, 2) if isinstance(difference, float) else difference


def cell_text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.0f}"
    return str(value)


def region_villages(session, region: str | None) -> set[str] | None:
    """The village codes of the chosen region (None: the whole database)."""
    from fpdesk.services.statistics.common import resolve_scope

    if region is None:
        return None
    return {village for unit in resolve_scope(session, region).units for village in unit.villages}


def title(table_id: str, english: bool = False) -> str:
    from fpdesk.services.statistics.english import TITLES_EN

    return TITLES_EN[table_id] if english else TABLE_TITLES[table_id]


def compute(db, period: Period, region: str | None, compare: bool, today: date,
            lang: str = "zh") -> ReportView:
    from fpdesk.services import charts
    from fpdesk.services.reminder_cache import reminder_list
    from fpdesk.services.statistics import compute_report

    with db.read_session() as session:
        report = compute_report(session, period, region_code=region)
        earlier = compute_report(session, period.year_earlier(), region_code=region) if compare else None
        villages = region_villages(session, region)
        births = charts.births_by_month(session, period, villages)
        bands = charts.pyramid(session, period.end, villages)
        worked = charts.reminders_worked(session, period, villages)
    overdue = Counter(r.rule for r in reminder_list(db, today)
                      if r.status == "overdue" and (villages is None or r.village_code in villages))
    total = report.table("T3")["rows"][-1]
    methods = [(codes.METHOD.label(m, lang), float(total.get(f"m{m}") or 0)) for m in range(1, 10)]
    return ReportView(period, report, earlier, births, methods, bands,
                      [(rule, worked[rule], overdue[rule]) for rule in worked])


def save(report, path, progress=None, cancelled=None):
    from fpdesk.output.render import render_documents
    from fpdesk.services.statistics.documents import report_documents

    return render_documents(report_documents(report), path, progress, cancelled)
