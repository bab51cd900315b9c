"""`fpdesk backup`, `fpdesk backup --list` and `fpdesk restore` (FORMATS.md §7)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fpdesk.cli import UserError, common_options, open_db, read_secret, sign_in


def add_commands(sub) -> dict:
    save = sub.add_parser("backup", help="备份数据库（联机备份，写入后校验）")
    common_options(save)
    save.add_argument("--out", type=Path, default=None,
                      help="备份文件，不得已存在（默认：数据库旁 backups/ 文件夹中的 <单位>-<时间>.fpbak）")
    save.add_argument("--list", action="store_true", help="列出备份（日期、大小、人数）")
    save.add_argument("--verify", action="store_true",
                      help="与 --list 同用：逐个读出备份并校验（较慢；恢复时总会校验）")
    save.add_argument("--folder", type=Path, default=None,
                      help="备份写入或列出的文件夹（如 U 盘）；默认 backups/")
    save.add_argument("--json", action="store_true", help="输出 JSON")

    back = sub.add_parser("restore", help="从备份恢复数据库（先校验；当前数据库另存）")
    common_options(back)
    back.add_argument("file", type=Path, help="备份文件（.fpbak）")
    back.add_argument("--other-office", action="store_true",
                      help="确认恢复属于另一单位的备份")
    back.add_argument("--decrypt-ok", action="store_true",
                      help="确认把未加密的备份恢复到已加密的数据库上（恢复后数据库不再加密）")
    back.add_argument("--recovery-code-file", type=Path, default=None,
                      help="加密备份的恢复码文件（第一行）；在新电脑上恢复、忘记密码时用")
    back.add_argument("--backup-user", default=None,
                      help="打开加密备份所用的、备份中的用户名（默认同 --user）")
    back.add_argument("--backup-password-file", type=Path, default=None,
                      help="备份中该用户的密码文件（第一行；默认同 --user-password-file）")
    back.add_argument("--json", action="store_true", help="输出 JSON")
    return {"backup": cmd_backup, "restore": cmd_restore}


def _db_path(args) -> Path:
    from fpdesk import config

    return Path(args.db or config.default_db_path())


def cmd_backup(args) -> int:
    from fpdesk.db.backup import default_folder
    from fpdesk.services import backup
    from fpdesk.services.context import PermissionDenied, require_edit

    db = open_db(args)
    try:
        actor = sign_in(args, db)
        if actor is not None:
            try:
                require_edit(actor)
            except PermissionDenied as exc:
                raise UserError(str(exc)) from None
        if args.list:
            listed = backup.list_backups(args.folder or default_folder(db.path), verify=args.verify)
            _print_list(listed, args.json)
            return 1 if args.verify and any(b.problem for b in listed) else 0
        progress = _progress() if sys.stderr.isatty() and not args.json else None
        try:
            info = backup.back_up(db, actor, out=args.out, folder=args.folder, progress=progress)
        except backup.BackupError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False))
    else:
        print(f"已备份：{info.path}")
        print(f"{info.persons} 人，{info.bytes:,} 字节，SHA-256 {info.sha256}")
    return 0


def _print_list(listed, as_json: bool) -> None:
    if as_json:
        print(json.dumps([{"path": str(b.path), "bytes": b.bytes, "created_at": b.created_at,
                           "persons": b.persons, "office_code": b.office_code, "office_name": b.office_name,
                           "schema_revision": b.schema_revision, "reason": b.reason, "problem": b.problem}
                          for b in listed], ensure_ascii=False))
        return
    if not listed:
        print("没有备份")
    for b in listed:
        what = f"{b.persons} 人\t{b.office_name or b.office_code or ''}" if b.problem is None else f"无法读取：{b.problem}"
        print(f"{b.created_at[:19].replace('T', ' ')}\t{b.bytes / 1e6:.1f} MB\t{what}\t{b.path}")


def cmd_restore(args) -> int:
    from fpdesk.db.keyslots import is_encrypted
    from fpdesk.services import backup, backup_keys

    path = _db_path(args)
    try:   # the file is checked whole before the database is touched (not even by a sign-in) …
        office_key = _office_key(args, path) if is_encrypted(path) else None
        backup_key = None
        if backup_keys.needs_own_key(args.file, path, office_key):
            backup_key = _backup_key(args)   # … a new computer: the backup's own passwords
        elif backup.files.read_meta(args.file).get("keys"):
            backup_key = office_key          # … the same encrypted office: its key
        staged = backup.stage(path, args.file, backup_key)
    except backup.BackupError as exc:
        raise UserError(str(exc)) from None
    try:
        if backup.decrypts(path, staged) and not args.decrypt_ok:   # refused before any write
            raise UserError(f"{args.file} 是未加密数据库的备份，而 {path} 已加密：恢复后数据库将不再加密，"
                            "任何人拷走都能读取全部记录。确认请加 --decrypt-ok，恢复后再用 fpdesk encrypt 重新加密；"
                            "或选一个加密后做的备份")
        return _restore(args, path, staged, office_key)
    finally:
        staged.discard()


def _office_key(args, path: Path) -> bytes | None:
    """The key of the encrypted office at `path` (the user's password unwraps it)."""
    if not (path.exists() and path.stat().st_size):
        return None
    db = open_db(args)
    try:
        return db.key
    finally:
        db.close()


def _backup_key(args) -> bytes:
    """An encrypted backup's key from its own slots: --recovery-code-file, or an account
    of the backup (--backup-user / --backup-password-file, by default the sign-in's)."""
    from fpdesk.services import backup_keys

    args.backup_account = None
    try:
        if args.recovery_code_file:
            return backup_keys.unlock_with_recovery(args.file, read_secret(args.recovery_code_file, "恢复码："))
        user = args.backup_user or args.user
        if not user and sys.stdin.isatty():
            user = input("备份中的用户名（直接回车则输入恢复码）：").strip()
            if not user:
                return backup_keys.unlock_with_recovery(args.file, read_secret(None, "恢复码："))
        if not user:
            raise UserError(f"{args.file} 是加密数据库的备份：请用 --user 和 --user-password-file "
                            "给出备份中的账户和密码，或用 --recovery-code-file 给出恢复码")
        if args.backup_password_file:
            password = read_secret(args.backup_password_file, "备份中该用户的密码：")
        elif user == args.user and getattr(args, "signin_password", None) is not None:
            password = args.signin_password
        else:
            password = read_secret(args.user_password_file if user == args.user else None,
                                   f"备份中用户 {user} 的密码：")
        key = backup_keys.unlock(args.file, user, password)
        args.backup_account = (user, password)
        return key
    except backup_keys.WrongSecret as exc:
        hint = "" if args.recovery_code_file else "（备份时的密码，或用 --recovery-code-file 给出恢复码）"
        raise UserError(f"无法打开加密的备份 {args.file}：{exc}{hint}，未恢复") from None


def _restore(args, path: Path, staged, office_key: bytes | None = None) -> int:
    from fpdesk.services import backup, backup_keys
    from fpdesk.services.context import PermissionDenied

    actor = None
    if not args.other_office:   # asked before anything is written, the before-restore backup too
        try:
            backup.check_office(path, staged.meta, office_key)
        except backup.OtherOffice as exc:
            raise UserError(f"{exc}（加 --other-office 确认）") from None
    if path.exists() and path.stat().st_size:
        try:
            db = open_db(args)
        except UserError as exc:   # a damaged database is what a restore is for
            print(f"fpdesk: {exc}；将另存当前文件后恢复", file=sys.stderr)
            db = None
        try:
            actor = sign_in(args, db) if db is not None else None
            if actor is not None and not actor.is_admin:
                raise UserError(f"用户 {actor.username} 不是管理员，不能恢复数据库")
            if db is not None:
                backup.before(db, actor, "restore")
        except backup.BackupError as exc:
            raise UserError(f"恢复前的自动备份失败，未恢复：{exc}") from None
        finally:
            if db is not None:
                db.close()
    reverts = backup_keys.slots_revert(path, staged)
    decrypted = backup.decrypts(path, staged)
    try:
        result = backup_keys.restore_and_record(path, staged, actor, office_key, args.other_office,
                                                getattr(args, "backup_account", None), args.decrypt_ok)
    except backup.OtherOffice as exc:
        raise UserError(f"{exc}（加 --other-office 确认）") from None
    except (backup.BackupError, PermissionDenied) as exc:
        raise UserError(str(exc)) from None
    meta = result.meta
    own_key = staged.key is not None and staged.key != office_key
    if args.json:
        kept = str(result.kept_as) if result.kept_as else None
        print(json.dumps({"path": str(path), "from": str(args.file), "kept_as": kept, "created_at": meta.get("created_at"), "persons": meta.get("persons"),
                          "office_code": meta.get("office_code"), "own_passwords": own_key,
                          "passwords_reverted": reverts, "decrypted": decrypted}, ensure_ascii=False))
    else:
        print(f"已从 {args.file} 恢复（备份时间 {meta.get('created_at')}，{meta.get('persons')} 人）")
        if result.kept_as:
            print(f"恢复前的数据库另存为：{result.kept_as}")
        if own_key:
            print(f"数据库已加密，密钥文件：{path}.keys；请用备份时的用户名和密码登录")
        if reverts:
            print(backup_keys.REVERT_NOTICE.format(date=str(meta.get("created_at", ""))[:10]))
        if decrypted:
            who = f" --user {args.user}" if args.user else ""
            print(backup_keys.DECRYPT_NOTICE + f"重新加密：fpdesk encrypt --db {path}{who}")
    return 0


def _progress():
    def show(done: int, total: int) -> None:
        print(f"\r备份中… {done}/{total} 页", end="" if done < total else "\n", file=sys.stderr, flush=True)
    return show
