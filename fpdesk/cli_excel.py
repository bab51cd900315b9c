"""`fpdesk import-excel`: people (and their current method) from an office's
spreadsheet, FORMATS.md §6."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fpdesk.cli import UserError, common_options, open_db, sign_in


def add_commands(sub) -> dict:
    cmd = sub.add_parser("import-excel", help="从 Excel/WPS 花名册导入人员（.xlsx、.xls、.csv）")
    common_options(cmd)
    cmd.add_argument("file", type=Path, help="表格文件（.xlsx、.xls 或 .csv）")
    cmd.add_argument("--sheet", action="append", default=None, metavar="NAME",
                     help="只导入这个工作表（可重复；默认全部）")
    cmd.add_argument("--village", default=None, metavar="CODE",
                     help="表中没有“村”列、工作表名也不是村名时，所在村的 12 位代码")
    cmd.add_argument("--mapping", type=Path, default=None, metavar="M.json",
                     help='手工指定列对应，如 {"身份证": "id_number"}')
    cmd.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    cmd.add_argument("--json", action="store_true", help="输出 JSON 摘要（FORMATS.md §6）")
    return {"import-excel": cmd_import_excel}


def cmd_import_excel(args) -> int:
    from fpdesk.services.context import SYSTEM, PermissionDenied
    from fpdesk.services.excel_import import import_excel, read_mapping
    from fpdesk.services.sheet_reader import SheetFileError

    try:
        mapping = read_mapping(args.mapping) if args.mapping else None
    except SheetFileError as exc:
        raise UserError(str(exc)) from None
    if not args.file.exists():
        raise UserError(f"找不到文件：{args.file}")
    db = open_db(args)
    try:
        actor = sign_in(args, db) or SYSTEM
        show = sys.stderr.isatty() and not args.json
        summary = import_excel(db, actor, args.file, sheets=args.sheet, village=args.village, mapping=mapping,
                               dry_run=args.dry_run, progress=_progress if show else None)
    except (SheetFileError, PermissionDenied) as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
        return 0
    _print(summary, args.file)
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\r导入中… {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _print(summary, path: Path) -> None:
    verb = "试导入（未写入数据库）" if summary.dry_run else "已导入"
    print(f"{verb}：{path.name}")
    for sheet in summary.sheets:
        print(f"  工作表“{sheet.name}”：表头在第 {sheet.header_row} 行，数据 {sheet.rows} 行")
    print(f"新增人员 {summary.inserted}，补充信息 {summary.updated}，无变化 {summary.unchanged}，"
          f"新建家庭户 {summary.households_inserted}，新增措施 {summary.episodes_inserted}，"
          f"拒收 {len({(n['sheet'], n['row']) for n in summary.refused})} 行，提示 {len(summary.warnings)} 条")
    for title, notes in (("拒收的行", summary.refused), ("提示（已导入，请核实）", summary.warnings)):
        if notes:
            print(f"\n{title}：")
            for n in notes:
                where = f"“{n['sheet']}”第 {n['row']} 行" if n["row"] else (f"“{n['sheet']}”" if n["sheet"] else "")
                column = f"［{n['column']}］" if n["column"] else ""
                print(f"  {where}{column}\t{n['reason']}")
