"""`fpdesk audit verify` and `fpdesk audit list` (the tamper-evident audit log)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fpdesk.cli import UserError, common_options, date_arg, open_db, sign_in


def add_commands(sub) -> dict:
    log = sub.add_parser("audit", help="审计日志：校验链条、列出条目（管理员）")
    common_options(log)
    actions = log.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    check = actions.add_parser("verify", help="校验审计日志的哈希链；有断点时退出码为 1 并指出第一条")
    listing = actions.add_parser("list", help="列出审计条目（新的在前）")
    listing.add_argument("--since", type=date_arg, default=None, help="从该日期起")
    # after `list`, --user is the filter (FORMATS.md): sign in before it, `audit --user NAME ... list`
    listing.add_argument("--user", dest="by_user", default=None, metavar="U", help="只列该用户的条目")
    listing.add_argument("--limit", type=int, default=None, help="最多列出条数（默认全部）")
    listing.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件")
    listing.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="数据目录")
    listing.add_argument("--user-password-file", type=Path, default=argparse.SUPPRESS, help="含登录密码的文件")
    common_options(check)
    check.add_argument("--anchor", action="append", default=[], metavar="编号:校验值",
                       help="以前记下的链尾（audit verify 输出的“第 N 条”和校验值），可多次给出")
    check.add_argument("--folder", action="append", type=Path, default=[],
                       help="另一个备份文件夹（如 U 盘），其中备份记录的链尾也用来校验；可多次给出")
    for p in (check, listing):
        p.add_argument("--json", action="store_true", help="输出 JSON")
    return {"audit": cmd_audit}


def cmd_audit(args) -> int:
    from fpdesk.services import audit, backup
    from fpdesk.services.context import PermissionDenied, require_admin

    if args.audit_command == "list" and args.by_user and getattr(args, "user", None) is None \
            and getattr(args, "user_password_file", None) is not None:
        raise UserError(f"audit list 之后的 --user 是筛选条件（只列 {args.by_user} 的条目）；登录请写在 list 之前："
                        f"fpdesk audit --user 管理员 --user-password-file 文件 list --user {args.by_user}")
    db = open_db(args)
    try:
        actor = sign_in(args, db)
        if actor is not None:
            try:
                require_admin(actor)
            except PermissionDenied as exc:
                raise UserError(str(exc)) from None
        anchors = []
        if args.audit_command == "verify":
            anchors = backup.audit_anchors(db, tuple(args.folder)) + _noted(args.anchor)
        with db.read_session() as session:
            if args.audit_command == "verify":
                state = audit.verify(session, anchors)
            else:
                rows = audit.entries(session, limit=args.limit, username=args.by_user,
                                     since=args.since.isoformat() if args.since else None)
    finally:
        db.close()
    if args.audit_command == "list":
        _print_entries(rows, args.json)
        return 0
    if args.json:
        print(json.dumps({"entries": state.entries, "intact": state.intact, "broken_at": state.broken_at,
                          "problem": state.problem, "head": state.head, "head_id": state.head_id,
                          "anchors": len(anchors)}, ensure_ascii=False))
    elif state.intact:
        print(f"审计日志完整：{state.entries} 条，用 {len(anchors)} 个链尾记录核对过")
        if state.head:
            print(f"链尾（可抄在纸上，以后用 --anchor 核对）：{state.head_id}:{state.head}")
    if not state.intact:
        raise UserError(state.problem)
    return 0


def _noted(texts: list[str]) -> list[tuple[int, str, str]]:
    """--anchor N:HASH, as printed by an earlier `audit verify`."""
    anchors = []
    for text in texts:
        number, _, digest = text.strip().partition(":")
        digest = digest.strip().lower()
        if not (number.strip().isdigit() and len(digest) == 64
                and all(c in "0123456789abcdef" for c in digest)):
            raise UserError(f"--anchor 应为“编号:校验值”（64 位十六进制），例如 12:9f86…：{text}")
        anchors.append((int(number), digest, f"--anchor {number.strip()}"))
    return anchors


def _print_entries(rows, as_json: bool) -> None:
    if as_json:
        print(json.dumps([{"id": r.id, "at": r.at, "user": r.username, "action": r.action, "table": r.table,
                           "uid": r.uid, "detail": r.detail} for r in rows], ensure_ascii=False))
        return
    for r in rows:
        detail = json.dumps(r.detail, ensure_ascii=False) if r.detail else ""
        print(f"{r.id}\t{r.at}\t{r.username}\t{r.action}\t{r.table or ''}\t{r.uid or ''}\t{detail}")
