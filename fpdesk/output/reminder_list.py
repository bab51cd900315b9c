"""The reminder list as a printed form (提醒服务清单): one group per village,
in the contract's order inside each, with the office, the date and the
filter in the title block."""

from __future__ import annotations

from datetime import date

from fpdesk.domain.dates import format_zh
from fpdesk.domain.reminders import RULE_NAMES
from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.services.reminders import ReminderRow

TITLE = "提醒服务清单"

COLUMNS = [
    Column("no", "序号", 12, "int"),
    Column("rule", "提醒事项", 42),
    Column("name", "姓名", 22),
    Column("group", "组", 12, align="center"),
    Column("target", "应服务日期", 30, "date"),
    Column("status", "状态", 16, align="center"),
    Column("late", "逾期天数", 16, "int"),
    Column("detail", "说明", 80),
    Column("done", "办理情况", 36),   # left blank: filled in by hand on the round
]


def filter_text(rules: list[str] | None, village_name: str | None, group_no: str | None,
                status: str | None) -> str:
    """The filter in words, for the title block: 全部事项 / R04 节育器随访 …"""
    parts = ["、".join(f"{r} {RULE_NAMES[r]}" for r in rules) if rules else "全部事项"]
    if village_name:
        parts.append(village_name + (f"第{group_no}组" if group_no else ""))
    parts.append({"overdue": "仅逾期", "due": "仅到期"}.get(status or "", "到期和逾期"))
    return "，".join(parts)


def reminder_document(rows: list[ReminderRow], office: str, on: date, filters: str,
                      village_names: dict[str, str]) -> TableDocument:
    by_village: dict[str, list[ReminderRow]] = {}
    for row in rows:
        by_village.setdefault(row.village_code, []).append(row)
    groups = []
    for code in sorted(by_village):
        name = village_names.get(code, code)
        items = by_village[code]
        groups.append(Group(f"{name}（{len(items)} 项）", [_row(i, r) for i, r in enumerate(items, 1)], sheet=name))
    return TableDocument(
        title=TITLE, unit=f"填报单位：{office}", period=f"截至{format_zh(on)}　{filters}",
        columns=COLUMNS, groups=groups, issued=on, notes=[
            "状态：到期＝已到服务时间、仍在宽限期内；逾期＝已过宽限期。所有服务均出于本人自愿，本人拒绝请如实记录。"])


def _row(number: int, row: ReminderRow) -> list:
    return [number, f"{row.rule} {RULE_NAMES[row.rule]}", row.name, row.group_no or "", row.target_date,
            "逾期" if row.status == "overdue" else "到期", row.days_overdue or None, row.detail, ""]
