"""`fpdesk backup`, `fpdesk backup --list` and `fpdesk restore` (FORMATS.md §7)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fpdesk.cli import UserError, common_options, open_db, sign_in


def add_commands(sub) -> dict:
    save = sub.add_parser("backup", help="备份数据库（联机备份，写入后校验）")
    common_options(save)
    save.add_argument("--out", type=Path, default=None,
                      help="备份文件（默认：数据库旁 backups/ 文件夹中的 <单位>-<时间>.fpbak）")
    save.add_argument("--list", action="store_true", help="列出备份（日期、大小、人数）")
    save.add_argument("--folder", type=Path, default=None,
                      help="备份写入或列出的文件夹（如 U 盘）；默认 backups/")
    save.add_argument("--json", action="store_true", help="输出 JSON")

    back = sub.add_parser("restore", help="从备份恢复数据库（先校验；当前数据库另存）")
    common_options(back)
    back.add_argument("file", type=Path, help="备份文件（.fpbak）")
    back.add_argument("--other-office", action="store_true",
                      help="确认恢复属于另一单位的备份")
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
            listed = backup.list_backups(args.folder or default_folder(db.path))
            _print_list(listed, args.json)
            return 0
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
    from fpdesk.services import backup

    path = _db_path(args)
    try:   # the file is checked whole before the database is touched (not even by a sign-in) …
        key = _office_key(args, path) if backup.files.read_meta(args.file).get("keys") else None
        staged = backup.stage(path, args.file, key)   # … but an encrypted backup needs the office's key
    except backup.BackupError as exc:
        raise UserError(str(exc)) from None
    try:
        return _restore(args, path, staged, key)
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


def _restore(args, path: Path, staged, key: bytes | None = None) -> int:
    from fpdesk.db.schema import open_database
    from fpdesk.services import backup
    from fpdesk.services.context import PermissionDenied

    actor = None
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
    try:
        result = backup.restore(path, staged, actor, other_office_ok=args.other_office, key=key)
    except backup.OtherOffice as exc:
        raise UserError(f"{exc}（加 --other-office 确认）") from None
    except (backup.BackupError, PermissionDenied) as exc:
        raise UserError(str(exc)) from None
    restored = open_database(path, key=key)
    try:
        backup.record_restore(restored, actor, result, args.file)
    finally:
        restored.close()
    meta = result.meta
    if args.json:
        kept = str(result.kept_as) if result.kept_as else None
        print(json.dumps({"path": str(path), "from": str(args.file), "kept_as": kept, "created_at": meta.get("created_at"), "persons": meta.get("persons"),
                          "office_code": meta.get("office_code")}, ensure_ascii=False))
    else:
        print(f"已从 {args.file} 恢复（备份时间 {meta.get('created_at')}，{meta.get('persons')} 人）")
        if result.kept_as:
            print(f"恢复前的数据库另存为：{result.kept_as}")
    return 0


def _progress():
    def show(done: int, total: int) -> None:
        print(f"\r备份中… {done}/{total} 页", end="" if done < total else "\n", file=sys.stderr, flush=True)
    return show
