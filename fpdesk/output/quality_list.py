"""The data-check findings as a printed form (数据质量核实清单) for village clerks:
one group (and one XLSX sheet) per village, with a blank 核实情况 column to fill
in by hand while verifying the records at the source."""

from __future__ import annotations

from datetime import date

from fpdesk.domain.dates import format_zh
from fpdesk.domain.quality import check_name
from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.services.quality import QualityFinding

TITLE = "数据质量核实清单"
SEVERITY = {"error": "错误", "warning": "提示"}

COLUMNS = [
    Column("no", "序号", 12, "int"),
    Column("severity", "级别", 14, align="center"),
    Column("name", "姓名", 24),
    Column("check", "问题", 46),
    Column("field", "项目", 28),
    Column("message", "说明", 100),
    Column("verified", "核实情况", 48),   # left blank: filled in by hand
]


def quality_document(findings: list[QualityFinding], office: str, on: date, filters: str,
                     village_names: dict[str, str], field_label) -> TableDocument:
    """`findings` in the order given, grouped by village; `field_label(name)` names a field."""
    by_village: dict[str, list[QualityFinding]] = {}
    for f in findings:
        by_village.setdefault(f.village_code or "", []).append(f)
    groups = []
    for code in sorted(by_village):
        name = village_names.get(code, code) or "（未归属村）"
        items = by_village[code]
        errors = sum(f.severity == "error" for f in items)
        groups.append(Group(f"{name}（错误 {errors} 项，提示 {len(items) - errors} 项）",
                            [[i, SEVERITY[f.severity], f.name, check_name(f.check), field_label(f.field),
                              f.message, ""] for i, f in enumerate(items, 1)], sheet=name[:31]))
    return TableDocument(
        title=TITLE, unit=f"填报单位：{office}", period=f"检查日期：{format_zh(on)}　{filters}",
        columns=COLUMNS, groups=groups, issued=on, notes=[
            "请到户核实每一项，在“核实情况”栏写明正确的内容或“无误”；由乡镇在系统中更正后，"
            "下次上报的数据包会带去更正。错误＝记录自相矛盾或不可能；提示＝需要核实，可能无误。"])
