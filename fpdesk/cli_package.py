"""`fpdesk export` and `fpdesk import`: the submission package (FORMATS.md §4).

`export` without --full or --since-last is --since-last: the records changed
since the last package written (a full package when none was written yet).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fpdesk import config
from fpdesk.cli import UserError, common_options, open_db, sign_in


def add_commands(sub) -> dict:
    export = sub.add_parser("export", help="生成上报数据包（.fpx）")
    common_options(export)
    export.add_argument("--out", type=Path, required=True, help="数据包文件（.fpx）")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--since-last", dest="full", action="store_false",
                      help="自上次上报以来变动的记录（默认；从未上报过时为全量）")
    kind.add_argument("--full", dest="full", action="store_true", help="全部记录")
    export.set_defaults(full=False)
    export.add_argument("--period", default=None, help="附带该统计期间的报表（如 2026、2026Q1、2026-03）")
    export.add_argument("--password-file", type=Path, default=None, help="加密密码文件（第一行）")
    export.add_argument("--recipient", default=None, help="接收单位（记入上报记录）")

    load = sub.add_parser("import", help="导入数据包（县级汇总各乡镇，或恢复记录）")
    common_options(load)
    load.add_argument("file", type=Path, help="数据包文件（.fpx）")
    load.add_argument("--password-file", type=Path, default=None, help="解密密码文件（第一行）")
    load.add_argument("--json", action="store_true", help="输出 JSON 摘要（FORMATS.md §4）")
    return {"export": cmd_export, "import": cmd_import}


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"无法读取密码文件 {path}：{exc.strerror}") from None
    if not lines or not lines[0]:
        raise UserError(f"密码文件 {path} 的第一行为空")
    return lines[0]


def cmd_export(args) -> int:
    from fpdesk.package.writer import ExportError, export_package
    from fpdesk.services.context import SYSTEM, PermissionDenied

    password = _password(args.password_file)
    db = open_db(args)
    try:
        actor = sign_in(args, db) or SYSTEM
        result = export_package(db, actor, args.out, full=args.full, period=args.period,
                                password=password, recipient=args.recipient,
                                progress=_progress("导出") if sys.stderr.isatty() else None)
    except (ExportError, PermissionDenied) as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    kind = "全量" if result.kind == "full" else f"增量（修订号 {result.since_rev} 之后）"
    print(f"数据包已生成：{result.path}")
    print(f"类型：{kind}，截至修订号 {result.until_rev}{'，已加密' if result.encrypted else ''}")
    for path, records in result.counts.items():
        print(f"  {path}\t{records} 条")
    print()
    print("校验码（请电话告知接收单位核对）：")
    print()
    print(f"        {'  '.join(result.check_code)}")
    print()
    return 0


def cmd_import(args) -> int:
    from fpdesk.package import PackageRefused
    from fpdesk.package.apply import import_package
    from fpdesk.services.context import SYSTEM, PermissionDenied

    password = _password(args.password_file)
    if not args.file.exists():
        raise UserError(f"找不到数据包文件：{args.file}")
    db_path = Path(args.db or config.default_db_path())
    created = not (db_path.exists() and db_path.stat().st_size)
    db = open_db(args, create=True)
    refused = None
    try:
        actor = sign_in(args, db) or SYSTEM
        summary = import_package(db, actor, args.file, password,
                                 progress=_progress("导入") if sys.stderr.isatty() and not args.json else None)
    except PackageRefused as exc:
        refused = exc
    except PermissionDenied as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    if refused is not None:
        if created:  # a database made only to receive a refused package is not left behind
            for leftover in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
                leftover.unlink(missing_ok=True)
        raise UserError(f"数据包被拒绝：{refused}")
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
        return 0
    _print_summary(summary)
    return 0


def _print_summary(summary) -> None:
    kind = "全量" if summary.kind == "full" else "增量"
    print(f"已导入 {summary.region_name or summary.region_code}（{summary.region_code}）的{kind}数据包，"
          f"校验码 {summary.check_code}")
    print(f"新增 {summary.inserted} 条，更新 {summary.updated} 条，未变 {summary.unchanged} 条，"
          f"拒收 {summary.refused_count} 条，提示 {len(summary.warnings)} 条")
    for title, notes in (("拒收的记录", summary.refused), ("提示（已导入，请核实）", summary.warnings)):
        if notes:
            print(f"\n{title}：")
            for n in notes:
                check = f"\t{n['check']}" if "check" in n else ""
                print(f"  {n['file']}\t{n['uid'] or '—'}{check}\t{n['reason']}")


def _progress(verb: str):
    def show(done: int, total: int) -> None:
        print(f"\r{verb}中… {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)
    return show
