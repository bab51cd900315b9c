"""`fpdesk check`: database integrity plus every data check (FORMATS.md §5).

The file is opened read-only (fpdesk.db.readonly) and the sign-in only reads:
the command never changes the database. It exits 0 whenever it ran.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fpdesk.cli import UserError, common_options, date_arg, office_key


def add_commands(sub) -> dict:
    check = sub.add_parser("check", help="数据质量检查（完整性与各项数据检查，只读）")
    common_options(check)
    check.add_argument("--village", default=None, metavar="CODE", help="只列该村（居）的问题")
    check.add_argument("--date", type=date_arg, default=None, help="检查日期（默认今天）")
    check.add_argument("--json", action="store_true", help="输出 JSON（FORMATS.md §5）")
    return {"check": cmd_check}


def _sign_in(args, db) -> None:
    from fpdesk.cli import _read_secret
    from fpdesk.services import auth

    with db.read_session() as session:
        if not auth.has_accounts(session):
            return
        if not args.user:
            raise UserError("此数据库已设置用户账户，请用 --user 和 --user-password-file 登录")
        password = getattr(args, "signin_password", None) or _read_secret(args.user_password_file, "登录密码：")
        try:
            auth.verify(session, args.user, password)
        except auth.AuthError as exc:
            raise UserError(f"登录失败：{exc}") from None


def cmd_check(args) -> int:
    from fpdesk import config
    from fpdesk.db.readonly import ReadOnlyError, open_readonly, schema_revision
    from fpdesk.db.schema import SCHEMA_HEAD
    from fpdesk.services.quality import DatabaseDamaged, run_check

    path = args.db or config.default_db_path()
    try:
        db = open_readonly(path, office_key(args, Path(path)))
    except ReadOnlyError as exc:
        raise UserError(str(exc)) from None
    try:
        revision = schema_revision(db)
        if revision != SCHEMA_HEAD:
            raise UserError(f"{path} 的数据库版本为 {revision or '未知'}，请先用本程序打开一次以升级，再检查")
        _sign_in(args, db)
        with db.read_session() as session:
            report = run_check(session, args.date or date.today(), args.village,
                               integrity_connection=db.engine.raw_connection)
    except (ReadOnlyError, DatabaseDamaged) as exc:
        raise UserError(str(exc)) from None
    finally:
        db.engine.dispose()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
        return 0
    print(readable(report))
    return 0


def readable(report) -> str:
    from fpdesk.domain.quality import check_name

    counts = report.counts
    lines = [f"数据检查（{report.date.isoformat()}）：数据库完整性 {report.integrity}；"
             f"错误 {counts['error']} 条，提示 {counts['warning']} 条"]
    level = {"error": "错误", "warning": "提示"}
    for f in report.findings:
        lines.append(f"{level[f.severity]}\t{f.village_code or '—'}\t{f.name or '—'}\t{check_name(f.check)}"
                     f"（{f.check}）\t{f.message}")
    return "\n".join(lines)
