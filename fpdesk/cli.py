"""Command line (FORMATS.md §1).

No sub-command opens the GUI. Exit codes: 0 success, 1 a user error (the
message on stderr names the file, row or field), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import multiprocessing
import os
import sys
from datetime import date
from pathlib import Path

from fpdesk import __version__, config
from fpdesk.domain.dates import DateInputError, parse_date_input


class UserError(Exception):
    """Reported on stderr, exit code 1."""


def _date_arg(text: str) -> date:
    try:
        return parse_date_input(text)
    except DateInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _common(parser: argparse.ArgumentParser, sub: bool = True) -> None:
    """Options every command takes, before or after the sub-command name."""
    default = argparse.SUPPRESS if sub else None  # a sub-parser must not reset the main one
    parser.add_argument("--db", type=Path, default=default,
                        help="数据库文件（默认：用户数据目录中的 office.db）")
    parser.add_argument("--data-dir", type=Path, default=default, help="数据目录（开发与测试用）")
    parser.add_argument("--user", default=default, help="登录用户名")
    parser.add_argument("--user-password-file", type=Path, default=default,
                        help="含登录密码的文件（第一行）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fpdesk", description="乡镇人口计生服务台账（离线桌面版）")
    parser.add_argument("--version", action="version", version=f"fpdesk {__version__}")
    _common(parser, sub=False)
    parser.add_argument("--demo", action="store_true",
                        help="打开示范乡镇数据库（首次运行时生成）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="界面语言")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成示范乡镇数据库")
    _common(demo)
    demo.add_argument("--persons", type=int, default=60000, help="人数（默认 60000）")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    demo.add_argument("--date", type=_date_arg, default=None, help="数据截止日期（默认今天）")
    demo.add_argument("--township", default=None, metavar="CODE",
                      help="乡镇代码（默认 610628101000 和平镇；县级演示可用 610628102000 等另建乡镇）")
    demo.add_argument("--encrypt", action="store_true", help="生成加密的示范数据库（打印恢复码）")

    user = sub.add_parser("user", help="用户账户管理")
    _common(user)
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="添加用户")
    add.add_argument("name")
    add.add_argument("--role", choices=("admin", "clerk", "viewer"), default="clerk")
    add.add_argument("--display-name")
    add.add_argument("--password-file", type=Path, help="新用户密码文件（第一行）")
    passwd = user_sub.add_parser("passwd", help="修改密码")
    passwd.add_argument("name")
    passwd.add_argument("--password-file", type=Path, help="新密码文件（第一行）")
    lock = user_sub.add_parser("lock", help="停用（或 --unlock 恢复）用户")
    lock.add_argument("name")
    lock.add_argument("--unlock", action="store_true")
    remove = user_sub.add_parser("remove", help="删除用户（加密数据库同时删除其密钥槽）")
    remove.add_argument("name")
    listing = user_sub.add_parser("list", help="列出用户")
    listing.add_argument("--json", action="store_true")
    for p in (add, passwd, lock, remove, listing):
        _common(p)

    rem = sub.add_parser("reminders", help="提醒服务清单（到期 / 逾期）")
    _common(rem)
    rem.add_argument("--date", type=_date_arg, default=None, help="清单日期（默认今天）")
    rem.add_argument("--rule", action="append", default=None, metavar="R",
                     help="只列某条规则（R01–R12），可重复")
    rem.add_argument("--village", default=None, metavar="CODE", help="只列某村（12 位代码）")
    rem.add_argument("--json", action="store_true", help="输出 JSON（FORMATS.md §2）")

    shot = sub.add_parser("screenshot", help="把主窗口的一个页面保存为 PNG（1366×768，离屏渲染）")
    _common(shot)
    shot.add_argument("--page", required=True,
                      help="home records women reminders ledgers reports exchange quality settings")
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--lang", choices=("zh_CN", "en"), default=None)
    shot.add_argument("--date", type=_date_arg, default=None, help="页面上的“今天”（默认今天）")
    for module in EXTENSIONS:
        COMMANDS.update(importlib.import_module(module).add_commands(sub))
    return parser


# Sub-commands that live in their own modules: each has add_commands(sub) → {name: handler}.
EXTENSIONS = ("fpdesk.cli_ledger", "fpdesk.cli_card", "fpdesk.cli_report", "fpdesk.cli_package",
              "fpdesk.cli_check", "fpdesk.cli_backup", "fpdesk.cli_audit", "fpdesk.cli_excel",
              "fpdesk.cli_encryption")
common_options = _common
date_arg = _date_arg


# -- helpers -------------------------------------------------------------------
def _read_secret(path: Path | None, prompt: str) -> str:
    if path:
        try:
            return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
        except OSError as exc:
            raise UserError(f"无法读取密码文件 {path}：{exc.strerror}") from None
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise UserError(f"{prompt.rstrip('：: ')}：请用 --password-file / --user-password-file 提供")


read_secret = _read_secret


def _db_path(args) -> Path:
    return args.db or config.default_db_path()


def office_key(args, path: Path) -> bytes | None:
    """An encrypted office's key, unwrapped with the user's password (which `sign_in`
    then reuses); None for a plain file."""
    from fpdesk.db.keyslots import KeyFileError, is_encrypted
    from fpdesk.services import auth, encryption

    if not is_encrypted(path):
        return None
    if not getattr(args, "user", None):
        raise UserError("此数据库已加密，请用 --user 和 --user-password-file 登录")
    if getattr(args, "signin_password", None) is None:   # asked once, though the file opens twice
        args.signin_password = _read_secret(args.user_password_file, "登录密码：")
    try:   # a failure is audited at the next successful sign-in
        return encryption.unlock_key(path, args.user, args.signin_password)
    except auth.AuthError as exc:
        raise UserError(f"登录失败：{exc}") from None
    except KeyFileError as exc:
        raise UserError(str(exc)) from None


def open_db(args, create: bool = False):
    """Open the office; an encrypted one needs the user's password first (`office_key`)."""
    from fpdesk.db.schema import DatabaseError, open_database

    path = _db_path(args)
    key = office_key(args, path)
    try:
        return open_database(path, create=create, key=key)
    except DatabaseError as exc:
        raise UserError(str(exc)) from None


def sign_in(args, db):
    """The CLI sign-in rule: accounts exist → --user and a password are required."""
    from fpdesk.services import auth

    with db.read_session() as session:
        if not auth.has_accounts(session):
            return None
    if not args.user:
        raise UserError("此数据库已设置用户账户，请用 --user 和 --user-password-file 登录")
    password = getattr(args, "signin_password", None)
    if password is None:
        password = args.signin_password = _read_secret(args.user_password_file, "登录密码：")
    try:
        return auth.authenticate(db, args.user, password)
    except auth.AuthError as exc:
        raise UserError(f"登录失败：{exc}") from None


# -- commands ------------------------------------------------------------------
def cmd_demo(args) -> int:
    from fpdesk.services.demo import DemoError, create_demo
    from fpdesk.services.encryption import create_encrypted_demo

    path = args.db or config.demo_db_path()
    if args.persons < 100:
        raise UserError("--persons 至少为 100")
    make = create_encrypted_demo if args.encrypt else create_demo
    try:
        made = make(path, persons=args.persons, seed=args.seed, on=args.date,
                    progress=lambda msg: print(msg, file=sys.stderr), township_code=args.township)
    except DemoError as exc:
        raise UserError(str(exc)) from None
    summary, code = made if args.encrypt else (made, None)
    counts = "，".join(f"{k} {v}" for k, v in summary.counts.items())
    print(f"示范乡镇已生成：{path}\n{counts}\n登录账户：admin / demo1234")
    if code:
        print(f"数据库已加密，密钥文件：{path}.keys\n恢复码（示范用）：{code}")
    return 0


def cmd_user(args) -> int:
    from fpdesk.db.keyslots import KeyFileError
    from fpdesk.services import auth, encryption
    from fpdesk.services.context import PermissionDenied

    db = open_db(args, create=args.user_command == "add")
    try:
        actor = sign_in(args, db)
        if args.user_command == "add":
            password = _read_secret(args.password_file, "新用户密码：")
            role = args.role if actor else "admin"
            encryption.add_user(db, actor, args.name, password, role, args.display_name)
            print(f"已添加用户 {args.name}（{role}）")
        elif args.user_command == "passwd":
            encryption.set_password(db, actor or _no_account(), args.name,
                                    _read_secret(args.password_file, "新密码："))
            print(f"已修改用户 {args.name} 的密码")
        elif args.user_command == "remove":
            encryption.remove_user(db, actor or _no_account(), args.name)
            print(f"已删除用户 {args.name}")
        else:
            with db.session() as session:
                if args.user_command == "lock":
                    auth.set_disabled(session, actor or _no_account(), args.name, not args.unlock)
                    print(f"已{'恢复' if args.unlock else '停用'}用户 {args.name}")
                else:
                    _print_users(auth.list_users(session), args.json)
    except (auth.AuthError, PermissionDenied, KeyFileError) as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    return 0


def _no_account():
    raise UserError("此数据库还没有用户账户，请先用 fpdesk user add 添加管理员")


def _print_users(users, as_json: bool) -> None:
    if as_json:
        print(json.dumps([u.__dict__ for u in users], ensure_ascii=False))
        return
    for u in users:
        state = "停用" if u.disabled else ("锁定" if u.locked_until else "正常")
        print(f"{u.username}\t{u.role}\t{u.display_name or ''}\t{state}")


def cmd_gui(args) -> int:
    from fpdesk.ui.app import run_gui

    return run_gui(db_path=args.db, demo=args.demo, lang=args.lang)


def cmd_screenshot(args) -> int:
    from fpdesk.ui.screenshot import PageNotAvailable, render_page

    db = open_db(args)
    try:
        actor = sign_in(args, db)
        render_page(db, actor, args.page, args.out, args.lang, args.date)
    except (PageNotAvailable, OSError) as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    print(f"已保存 {args.out}")
    return 0


def cmd_reminders(args) -> int:
    from fpdesk.domain.dates import format_iso
    from fpdesk.domain.reminders import RULE_NAMES
    from fpdesk.services.reminder_cache import reminder_list

    db = open_db(args)
    try:
        sign_in(args, db)
        on = args.date or date.today()
        try:
            rows = reminder_list(db, on, args.rule, args.village)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return 0
    status = {"due": "到期", "overdue": "逾期"}
    print(f"提醒服务清单（{on.isoformat()}）：共 {len(rows)} 项")
    for r in rows:
        late = f"逾期{r.days_overdue}天" if r.status == "overdue" else status[r.status]
        print(f"{r.rule} {RULE_NAMES[r.rule]}\t{r.village_code}\t{r.name}\t"
              f"{format_iso(r.target_date)}\t{late}\t{r.detail}")
    return 0


COMMANDS = {"demo": cmd_demo, "user": cmd_user, "screenshot": cmd_screenshot,
            "reminders": cmd_reminders}


def _console_streams() -> None:
    """A windowed Windows build (fpdesk.exe) has no stdout/stderr: print into
    the console it was started from, if any, else nowhere (never crash on print).
    fpdesk-cli.exe, the console build, is the one for scripts (docs/installing.md)."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    attached = False
    if sys.platform == "win32":
        import ctypes

        attached = bool(ctypes.windll.kernel32.AttachConsole(-1))  # ATTACH_PARENT_PROCESS
    target = "CONOUT$" if attached else os.devnull
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(target, "w", encoding="utf-8", errors="replace"))


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()    # a frozen Windows build's import workers start here
    _console_streams()
    args = build_parser().parse_args(argv)
    config.set_data_dir(args.data_dir)
    try:
        code = COMMANDS.get(args.command, cmd_gui)(args)
        sys.stdout.flush()  # a closed pipe is found here, not at exit
        return code
    except UserError as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        return _stdout_gone()
    except Exception as exc:  # a database or disk fault met anywhere: one line, never a traceback
        from fpdesk.db.guard import describe

        message = describe(exc, _db_path(args))
        if message is None:
            raise
        return _fail(message)


def _fail(message: str) -> int:
    print(f"fpdesk: {' '.join(message.splitlines())}", file=sys.stderr)
    return 1


def _stdout_gone() -> int:
    """The reader of our output went away (`fpdesk reminders --json | head`): stop quietly."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout)
        pass
    return 1
