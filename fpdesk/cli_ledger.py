"""`fpdesk ledger`: print one register (帐/册) to a PDF or an Excel file (FORMATS.md §1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def add_commands(sub) -> dict:
    from fpdesk.cli import common_options, date_arg
    from fpdesk.output.ledgers import LEDGERS

    ledger = sub.add_parser("ledger", help="打印登记册（帐/册）为 PDF 或 Excel")
    common_options(ledger)
    ledger.add_argument("--register", required=True, choices=list(LEDGERS), metavar="NAME",
                        help="登记册：" + "，".join(f"{n} {s.title}" for n, s in LEDGERS.items()))
    ledger.add_argument("--period", default=None, metavar="P",
                        help="统计期间：2026、2026Q1、2026-03 或 2026-01-01..2026-06-30（默认：--date 所在统计年度；"
                             "花名册和人口登记册不用期间，按 --date 当日的状态）")
    ledger.add_argument("--village", default=None, metavar="CODE", help="只打印某村（12 位代码）")
    ledger.add_argument("--date", type=date_arg, default=None, help="填报日期，花名册的截至日期（默认今天）")
    ledger.add_argument("--out", type=Path, required=True, metavar="FILE", help="输出文件（.pdf 或 .xlsx）")
    return {"ledger": cmd_ledger}


def cmd_ledger(args) -> int:
    from fpdesk.cli import UserError, open_db, sign_in
    from fpdesk.domain.periods import PeriodError, parse_period
    from fpdesk.output.ledgers import build_ledger
    from fpdesk.output.render import SUFFIXES, render_documents
    from fpdesk.services.context import SYSTEM

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise UserError(f"无法保存为“{out.name}”：只支持 PDF（.pdf）和 Excel（.xlsx）文件")
    if not out.parent.is_dir():
        raise UserError(f"输出文件夹不存在：{out.parent}")
    try:
        period = parse_period(args.period) if args.period is not None else None
    except PeriodError as exc:
        raise UserError(str(exc)) from None
    on = args.date or date.today()
    db = open_db(args)
    try:
        actor = sign_in(args, db) or SYSTEM
        try:
            with db.read_session() as session:
                document = build_ledger(session, actor, args.register, period, args.village, on)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    try:
        pages = render_documents([document], out)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{exc.strerror or exc}") from None
    counted = f"{document.row_count} 行" + (f"，{pages} 页" if pages is not None else "")
    print(f"已保存 {out}（{counted}）")
    return 0
