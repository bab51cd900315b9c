"""An encrypted backup opens with its OWN key slots (the `keys` member of the
`.fpbak`, FORMATS.md §7): a user's password or the recovery code as they were
when the backup was made. That is what restores an office on a new computer,
where there is no office whose key could open it, or over an office whose key
differs (one created again). Restoring puts the backup's key file in place, so
afterwards the office opens with the same passwords as the backup.
"""

from __future__ import annotations

import json
from pathlib import Path

from fpdesk.db import backup as files
from fpdesk.db import keyslots
from fpdesk.db.backup import BackupError
from fpdesk.db.keyslots import KeyFile, KeyFileError, WrongSecret
from fpdesk.db.schema import open_database
from fpdesk.domain.messages import english
from fpdesk.services import auth
from fpdesk.services import backup as backups
from fpdesk.services.context import Actor

__all__ = ["DECRYPT_NOTICE", "REVERT_NOTICE", "WrongSecret", "keyfile_of", "needs_own_key",
           "restore_and_record", "slots_revert", "unlock",
           "unlock_with_recovery"]


def keyfile_of(backup: Path) -> KeyFile | None:
    """The key slots inside the backup; None for the backup of a plain office."""
    raw = files.read_keys(Path(backup))
    if raw is None:
        return None
    try:
        return KeyFile.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError):
        raise BackupError(f"备份文件 {backup} 中的密钥文件已损坏", f"The key file in the backup {backup} is damaged") from None
    except KeyFileError as exc:
        raise BackupError(f"备份文件 {backup} 中的密钥文件无法使用：{exc}", f"The key file in the backup {backup} cannot be used: {english(exc)}") from None


def needs_own_key(backup: Path, db_path: Path | None, key: bytes | None) -> bool:
    """An encrypted backup that the office at `db_path` (open with `key`, or
    none there) cannot open: its own slots must give the key."""
    keyfile = keyfile_of(backup)
    if keyfile is None:
        return False
    if key is None or db_path is None or not keyslots.is_encrypted(db_path):
        return True
    try:
        return keyslots.load(db_path).key_id != keyfile.key_id
    except KeyFileError:
        return True


def unlock(backup: Path, username: str, password: str) -> bytes:
    """The backup's database key from the user's slot in it. Raises WrongSecret."""
    keyfile = keyfile_of(backup)
    if keyfile is None:
        raise BackupError(f"备份文件 {backup} 未加密，不需要密码", f"The backup {backup} is not encrypted: it needs no password")
    return keyfile.unlock(username, password)


def unlock_with_recovery(backup: Path, code: str) -> bytes:
    """The backup's database key from its recovery slot. Raises WrongSecret."""
    keyfile = keyfile_of(backup)
    if keyfile is None:
        raise BackupError(f"备份文件 {backup} 未加密，不需要恢复码", f"The backup {backup} is not encrypted: it needs no recovery code")
    try:
        return keyfile.unlock_recovery(code)
    except KeyFileError as exc:
        raise BackupError(f"备份文件 {backup}：{exc}", f"The backup {backup}: {english(exc)}") from None


def slots_revert(db_path: Path, staged: backups.Staged) -> bool:
    """Restoring `staged` (an encrypted backup) over the office at `db_path` puts the
    backup's key slots in place of different ones: the passwords and the recovery code
    go back to those of the backup's date (passwords changed since, users added or
    removed since, a recovery code made since: all as they were then)."""
    if staged.keys is None:
        return False
    try:
        return keyslots.keys_path(db_path).read_bytes() != staged.keys
    except FileNotFoundError:
        return False
    except OSError:
        return True


REVERT_NOTICE = ("恢复后，登录密码和恢复码都回到备份时（{date}）的样子：那以后改过的密码、新加的用户、"
                 "新生成的恢复码都不再能打开数据库；备份时的旧密码、那时已有（包括后来删除）的用户和"
                 "那时的恢复码重新有效。")
DECRYPT_NOTICE = ("恢复的是未加密数据库的备份：恢复后数据库不再加密，任何人拷走都能读取全部记录。"
                  "请尽快重新加密。")


def restore_and_record(db_path: Path, staged: backups.Staged, actor: Actor | None,
                       office_key: bytes | None, other_office_ok: bool = False,
                       account: tuple[str, str] | None = None,
                       decrypt_ok: bool = False) -> backups.RestoreResult:
    """Put a staged backup in place (`office_key` opens the current file, if any)
    and audit the restore in the restored office, opened with the backup's key.
    With no signed-in `actor` (no office before), `account` — the user name and
    password that unlocked the backup — signs in to the restored office, and the
    restore is recorded under that user."""
    result = backups.restore(db_path, staged, actor, other_office_ok=other_office_ok, key=office_key,
                             decrypt_ok=decrypt_ok)
    restored = open_database(db_path, key=staged.key)
    try:
        by = actor
        if by is None and account is not None:
            try:
                by = auth.authenticate(restored, *account)
            except auth.AuthError:
                by = None   # a disabled or locked account in the backup: recorded as the system
        backups.record_restore(restored, by, result, staged.backup)
    finally:
        restored.close()
    return result
