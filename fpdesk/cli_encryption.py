"""`fpdesk encrypt` and `fpdesk recover`: encryption at rest from the command line."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

from fpdesk.cli import UserError, common_options, open_db, read_secret, sign_in


def add_commands(sub) -> dict:
    enc = sub.add_parser("encrypt", help="加密数据库（先备份，打印恢复码）")
    common_options(enc)
    enc.add_argument("--keep-plain-backup", action="store_true",
                     help="保留加密前的未加密备份（默认加密成功后删除）")
    enc.add_argument("--new-recovery-code", action="store_true",
                     help="已加密的数据库：换一个新的恢复码（旧恢复码不再能打开当前数据库，但仍能打开此前做的备份）")
    enc.add_argument("--remove-plain-copies", action="store_true",
                     help="删除 fpdesk 留下的未加密副本（backups/ 中未加密的备份、恢复前另存的数据库）；"
                          "只用于已加密（或本次加密）的数据库")
    enc.add_argument("--json", action="store_true")
    rec = sub.add_parser("recover", help="用恢复码为管理员设置新密码（所有密码都忘记时）")
    common_options(rec)
    rec.add_argument("--recovery-code-file", type=Path, help="含恢复码的文件（第一行）")
    rec.add_argument("--password-file", type=Path, help="新密码文件（第一行）")
    return {"encrypt": cmd_encrypt, "recover": cmd_recover}


def _path(args) -> Path:
    from fpdesk import config

    return Path(args.db or config.default_db_path())


def cmd_encrypt(args) -> int:
    from fpdesk.services import encryption
    from fpdesk.services.context import PermissionDenied, require_admin

    path = _path(args)
    db = open_db(args)
    try:
        actor = sign_in(args, db)
        if actor is None:
            raise UserError("此数据库还没有用户账户：请先完成初始设置或用 fpdesk user add 添加管理员")
        require_admin(actor)
        if db.key is not None:
            if args.remove_plain_copies:
                removed = encryption.remove_plain_copies(db, actor)
                _print_removed(args, path, removed)
                if not args.new_recovery_code:
                    return 0
            elif not args.new_recovery_code:
                copies = encryption.plain_copies(path)
                hint = f"；另有 {len(copies)} 个未加密副本，删除请加 --remove-plain-copies" if copies else ""
                raise UserError(f"数据库已经加密：{path}（换恢复码请加 --new-recovery-code{hint}）")
            code = encryption.new_recovery_code(db, actor)
            _print_code(args, path, code)
            if not args.json:
                print("旧恢复码从此不能打开当前的数据库文件，但仍能打开此前做的备份（恢复这样的备份后它又有效）。"
                      "要让它彻底作废：现在做一个新备份（fpdesk backup），再删除此前的备份（backups/ 里和 U 盘上的）。")
            return 0
    except PermissionDenied as exc:
        raise UserError(str(exc)) from None
    except encryption.EncryptionError as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    if args.new_recovery_code:
        raise UserError(f"数据库未加密，没有恢复码：{path}")
    try:
        done = encryption.encrypt_file(path, {actor.username: args.signin_password},
                                       keep_plain_backup=args.keep_plain_backup)
    except (encryption.EncryptionError, encryption.DatabaseError, OSError) as exc:
        raise UserError(str(exc)) from None
    removed = _remove_after(path, done, actor) if args.remove_plain_copies else []
    copies = [c for c in done.plain_copies if c.path not in removed]
    if args.json:
        print(json.dumps({"path": str(path), "keys": f"{path}.keys", "recovery_code": done.recovery_code,
                          "plain_backup": str(done.backup) if done.backup else None,
                          "without_slot": done.without_slot,
                          "plain_copies": [{"path": str(c.path), "kind": c.kind} for c in copies],
                          "removed": [str(p) for p in removed]}, ensure_ascii=False))
        return 0
    print(f"数据库已加密：{path}\n密钥文件：{path}.keys（必须与数据库放在一起）")
    _print_code(args, path, done.recovery_code)
    if done.without_slot:
        print("以下用户在加密后的数据库里还没有钥匙，登录会被拒绝；请管理员用 fpdesk user passwd 用户名 "
              "为他们设置新密码：" + "、".join(done.without_slot))
    if removed:
        print(f"已删除 {len(removed)} 个未加密副本。")
    _print_plain(args, path, copies)
    return 0


def _remove_after(path: Path, done, actor) -> list[Path]:
    """--remove-plain-copies given with the encryption itself: remove once it succeeded."""
    from fpdesk.services import encryption

    db = encryption.open_database(path, key=done.key)
    try:
        return encryption.remove_plain_copies(db, actor, done.plain_copies)
    except encryption.EncryptionError as exc:
        print(f"fpdesk: {exc}", file=sys.stderr)
        return []
    finally:
        db.close()


def _print_plain(args, path: Path, copies) -> None:
    """The plain copies still on disk, and the exact command that removes them."""
    if not copies:
        return
    print(f"注意：以下 {len(copies)} 个文件是 fpdesk 留下的未加密副本，里面是明文的全部记录"
          "（姓名、身份证号等），任何人拷走都能读取：")
    for copy in copies:
        print(f"    {copy.path}（{copy.label}）")
    who = f" --user {shlex.quote(args.user)}" if args.user else ""
    print("确认不再需要后，用这条命令删除（U 盘等其他位置的副本请自行删除）：")
    print(f"    fpdesk encrypt --remove-plain-copies --db {shlex.quote(str(path))}{who}")


def _print_removed(args, path: Path, removed: list[Path]) -> None:
    if args.json:
        print(json.dumps({"path": str(path), "removed": [str(p) for p in removed]}, ensure_ascii=False))
        return
    if not removed:
        print("没有找到 fpdesk 留下的未加密副本。")
    for item in removed:
        print(f"已删除：{item}")


def _print_code(args, path: Path, code: str) -> None:
    if args.json:
        print(json.dumps({"path": str(path), "recovery_code": code}, ensure_ascii=False))
        return
    print("恢复码（只显示这一次；请抄写或打印，锁好保管；所有密码都忘记时凭它恢复）：")
    print(f"    {code}")


def cmd_recover(args) -> int:
    from fpdesk.db.keyslots import KeyFileError, WrongSecret, is_encrypted
    from fpdesk.services import encryption

    path = _path(args)
    if not is_encrypted(path):
        raise UserError(f"数据库未加密（或缺少密钥文件 {path}.keys），恢复码不适用：{path}")
    if not args.user:
        raise UserError("请用 --user 指定要设置新密码的管理员账户")
    code = read_secret(args.recovery_code_file, "恢复码：")
    password = read_secret(args.password_file, "新密码：")
    try:
        encryption.recover(path, code, args.user, password)
    except (WrongSecret, KeyFileError, encryption.EncryptionError, encryption.DatabaseError) as exc:
        raise UserError(str(exc)) from None
    print(f"已用恢复码为管理员 {args.user} 设置新密码。请用新密码登录，再为其他用户重设密码。")
    return 0
