"""`fpdesk report`: the statistical report set T1–T7 for a period (FORMATS.md §1, §3)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from fpdesk.cli import UserError, common_options, open_db, sign_in


def add_commands(sub) -> dict:
    report = sub.add_parser("report", help="统计报表 T1–T7")
    common_options(report)
    report.add_argument("--period", required=True,
                        help="统计期间：2026（统计年度）、2026Q1、2026-03 或 2026-01-01..2026-06-30")
    report.add_argument("--out", type=Path, default=None, help="保存为 .xlsx 或 .pdf")
    report.add_argument("--json", action="store_true", help="输出 JSON（FORMATS.md §3）")
    report.add_argument("--region", default=None, metavar="CODE",
                        help="乡镇代码（县级库：只列该乡镇各村；默认本单位）")
    return {"report": cmd_report}


def cmd_report(args) -> int:
    from fpdesk.domain.periods import PeriodError, parse_period
    from fpdesk.services.statistics import ReportError, compute_report

    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        raise UserError(str(exc)) from None
    if args.out is not None and args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UserError(f"不支持的输出文件类型：{args.out}（可用 .xlsx 或 .pdf）")
    db = open_db(args)
    try:
        sign_in(args, db)
        with db.read_session() as session:
            try:
                report = compute_report(session, period, region_code=args.region)
            except ReportError as exc:
                raise UserError(str(exc)) from None
    finally:
        db.close()
    if args.out is not None:
        _save(report, args.out, quiet=args.json)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    elif args.out is None:
        print(readable(report))
    return 0


def _save(report, path: Path, quiet: bool) -> None:
    from fpdesk.output.render import render_documents
    from fpdesk.services.statistics.documents import report_documents

    try:
        pages = render_documents(report_documents(report), path)
    except (OSError, ValueError) as exc:
        raise UserError(f"无法保存 {path}：{exc}") from None
    if not quiet:
        print(f"已保存 {path}" + (f"（共 {pages} 页）" if pages else ""))


def readable(report) -> str:
    """The tables as aligned Chinese text, one block per table."""
    from fpdesk.services.statistics import COLUMNS

    lines = [f"{report.region['name']} 统计报表  {report.period.label_zh()}"]
    for table in report.tables:
        headings = ["单位"] + [heading for _, heading in COLUMNS[table["id"]]]
        rows = [[row["label"]] + [_cell(row.get(key)) for key, _ in COLUMNS[table["id"]]]
                for row in table["rows"]]
        widths = [max(_width(cells[i]) for cells in [headings] + rows) for i in range(len(headings))]
        lines += ["", f"{table['id']} {table['title']}"]
        lines += ["  ".join(_pad(cell, width, i > 0) for i, (cell, width) in enumerate(zip(cells, widths))).rstrip()
                  for cells in [headings] + rows]
    return "\n".join(lines)


def _width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.0f}"
    return str(value)
