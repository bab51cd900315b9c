"""Encryption at rest (SQLCipher): opening an encrypted office with a user's
password or the recovery code, converting a plain office, and keeping the key
slots (fpdesk.db.keyslots) in step with the accounts.

An encrypted office is opened in two steps: the user's slot in `<db>.keys`
gives the database key (a wrong password stops here, before the file is
touched), then the password is checked once more against the users table,
which keeps the roles, the disabled flag and the lockout.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from fpdesk.durable import fsync_dir
from fpdesk.db import keyslots
from fpdesk.db.engine import QUIET_CIPHER, Database, dbapi_connect
from fpdesk.db.keyslots import KeyFileError, WrongSecret, is_encrypted, looks_encrypted
from fpdesk.db.models import User
from fpdesk.db.schema import DatabaseError, backup_file, open_database
from fpdesk.domain.messages import ClerkError
from fpdesk.services import audit, auth, dashboard, settings, signin_failures
from fpdesk.services.context import Actor, require_admin

__all__ = ["DatabaseError", "EncryptionError", "KeyFileError", "WrongSecret", "is_encrypted",
           "looks_encrypted"]


class EncryptionError(ClerkError):
    """Encrypting or recovering refused; the message is for the clerk."""


# -- opening -------------------------------------------------------------------
def open_with_password(path: str | Path, username: str, password: str,
                       now: datetime | None = None, check: bool | str = True) -> tuple[Database, Actor]:
    """Unwrap the key with the user's slot, open the file, then sign in as usual.
    Raises auth.AuthError (wrong name or password, locked, disabled), KeyFileError
    or DatabaseError. `check` as for open_database (the GUI: "background", so the
    file's quick_check runs while the password is verified)."""
    key = unlock_key(path, username, password)
    db = open_database(path, key=key, check=check)
    try:
        return db, auth.authenticate(db, username, password, now)
    except BaseException:
        db.close()
        raise


def unlock_key(path: str | Path, username: str, password: str) -> bytes:
    """The database key from the user's slot. A failure is noted (audited at the next
    successful sign-in) and raised as auth.AuthError: "wrong name or password", or, for
    a name without a slot, what the administrator must do. Raises KeyFileError."""
    keyfile = keyslots.load(path)
    if username and username not in keyfile.users():
        # the key file names its slots' users in clear, so saying so reveals nothing new
        signin_failures.note(path, username)
        raise auth.AuthError(no_slot_message(username),
                             f"The encrypted office holds no key for the account {username} (it is not in "
                             f"the key file): check the spelling; if the account existed before the office "
                             f"was encrypted and its password was not given then, an administrator must set "
                             f"its password (fpdesk user passwd {username}) before it can sign in.")
    try:
        return keyfile.unlock(username, password)
    except WrongSecret:
        signin_failures.note(path, username)
        raise auth.AuthError("用户名或密码错误", "Wrong user name or password") from None


def no_slot_message(username: str) -> str:
    return (f"加密的数据库里没有账户 {username} 的钥匙（密钥文件中没有它）：请检查用户名是否拼错；"
            f"若这是加密前就有、加密时没有输入密码的账户，请管理员为它设置密码"
            f"（fpdesk user passwd {username}）后再登录")


def open_with_recovery(path: str | Path, code: str) -> Database:
    """The recovery code opens the file whatever became of the passwords."""
    try:
        key = keyslots.load(path).unlock_recovery(code)
    except WrongSecret:
        signin_failures.note(path, signin_failures.RECOVERY_CODE)
        raise
    return open_database(path, key=key)


def recover(path: str | Path, code: str, username: str, new_password: str) -> None:
    """With the recovery code, give administrator `username` a new password (and a
    new key slot); the account's lockout is cleared. Audited."""
    problem = auth.password_problem(new_password)
    if problem:
        raise EncryptionError(problem, auth.PASSWORD_PROBLEMS_EN[problem])
    db = open_with_recovery(path, code)
    try:
        with db.session() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None or user.role != "admin":
                raise EncryptionError(f"恢复码只能为管理员账户设置新密码：{username} 不是本数据库的管理员",
                                      f"The recovery code sets a new password for an administrator only: "
                                      f"{username} is not an administrator of this database")
            user.disabled = False
            auth.set_password(session, Actor(username, "admin"), username, new_password)
            audit.record(session, Actor(username, "admin"), "key_recovery", "users", None,
                         {"username": username})
            _update_slots(db, lambda keyfile: keyfile.set_user(username, new_password, db.key))
    finally:
        db.close()


# -- accounts and their slots ----------------------------------------------------
def _update_slots(db: Database, change: Callable[[keyslots.KeyFile], None]) -> None:
    """Change and save the key file of an encrypted office; called inside the write
    transaction, so a failed save rolls the account change back."""
    if db.key is None:
        return
    keyfile = keyslots.load(db.path)
    change(keyfile)
    keyslots.save(keyfile, db.path)


def add_user(db: Database, actor: Actor | None, username: str, password: str, role: str,
             display_name: str | None = None) -> None:
    with db.session() as session:
        auth.add_user(session, actor, username, password, role, display_name)
        _update_slots(db, lambda keyfile: keyfile.set_user(username, password, db.key))


def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    with db.session() as session:
        auth.set_password(session, actor, username, password)
        _update_slots(db, lambda keyfile: keyfile.set_user(username, password, db.key))


def remove_user(db: Database, actor: Actor, username: str) -> None:
    """Remove an account (not oneself, not the last administrator) and its key slot."""
    with db.session() as session:
        require_admin(actor)
        if username == actor.username:
            raise auth.AuthError("不能删除自己的账户", "You cannot remove your own account")
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise auth.AuthError(f"用户不存在：{username}", f"No such user: {username}")
        admins = session.scalar(select(func.count()).select_from(User)
                                .where(User.role == "admin", User.disabled.is_(False)))
        if user.role == "admin" and not user.disabled and admins <= 1:
            raise auth.AuthError("不能删除最后一个管理员", "The last administrator cannot be removed")
        session.execute(delete(User).where(User.username == username))
        audit.record(session, actor, "user_remove", "users", None, {"username": username})
        _update_slots(db, lambda keyfile: keyfile.remove_user(username))


# -- converting a plain office ------------------------------------------------------
@dataclass
class Encrypted:
    key: bytes
    recovery_code: str
    backup: Path | None                     # the plain copy kept (only when asked)
    without_slot: list[str] = field(default_factory=list)   # accounts that cannot sign in yet
    plain_copies: list[PlainCopy] = field(default_factory=list)  # unencrypted copies still on disk


def plain_backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}-before-encrypt-{stamp}.db"


def _table_counts(connection) -> dict[str, int]:
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _export(path: Path, target: Path, key: bytes) -> None:
    """sqlcipher_export of the plain file into a new encrypted one, then checked:
    integrity_check ok and every table's row count the same."""
    from sqlcipher3 import dbapi2

    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    source = dbapi2.connect(str(path), isolation_level=None)
    try:
        source.execute(QUIET_CIPHER)
        quoted = str(target).replace("'", "''")
        source.execute(f"ATTACH DATABASE '{quoted}' AS encrypted KEY \"x'{key.hex()}'\"")
        source.execute("BEGIN IMMEDIATE")  # one snapshot; no writer slips in during the copy
        source.execute("SELECT sqlcipher_export('encrypted')")
        counts = _table_counts(source)
        source.execute("COMMIT")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    os.chmod(target, 0o600)
    copy = dbapi_connect(target, key, isolation_level=None)
    try:
        copy.execute("PRAGMA journal_mode=WAL")
        if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _table_counts(copy) != counts:
            raise EncryptionError(f"加密后的副本校验失败，原数据库未改动：{path}",
                                  f"The encrypted copy failed its check; the database is unchanged: {path}")
    finally:
        copy.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def encrypt_file(path: str | Path, accounts: dict[str, str], keep_plain_backup: bool = False,
                 backup: bool = True) -> Encrypted:
    """Turn the plain office at `path` into an encrypted one, with a key slot for
    each of `accounts` (user name → password, already checked by the caller) and
    a new recovery code.

    The plain file is first copied with the online backup API (the pre-encryption
    backup; fpdesk.services.backup of issue 14a is meant to take this place), the
    encrypted copy is written beside it and checked, the key file saved, and the
    copy renamed over the original. The plain backup is deleted after success
    unless `keep_plain_backup`: it would leave every record readable beside the
    encrypted office.
    """
    path = Path(path)
    if looks_encrypted(path):
        raise EncryptionError(f"数据库已经加密：{path}", f"The database is encrypted already: {path}")
    db = open_database(path)
    try:
        with db.read_session() as session:
            office, demo = dashboard.office_name(session), bool(settings.get(session, "demo"))
            names = list(session.scalars(select(User.username).order_by(User.username)))
        if not names:
            raise EncryptionError("此数据库还没有用户账户：请先完成初始设置或用 fpdesk user add 添加管理员",
                                  "This database has no user accounts yet: finish the first-run set-up or add an "
                                  "administrator with fpdesk user add")
        unknown = sorted(set(accounts) - set(names))
        if unknown or not accounts:
            raise (EncryptionError(f"没有这些用户：{'、'.join(unknown)}", f"No such users: {', '.join(unknown)}")
                   if unknown else EncryptionError("至少需要一个账户的密码", "At least one account's password is needed"))
        db.checkpoint()
    finally:
        db.close()
    if Path(f"{path}-wal").exists():
        raise EncryptionError(f"数据库正被另一个程序使用（例如打开着的 fpdesk 窗口），请先关闭：{path}",
                              f"Another program (an open fpdesk window, say) is using the database; close it "
                              f"first: {path}")

    copy = plain_backup_path(path) if backup else None
    if copy is not None:  # HOOK(14a): the backup service's verified copy belongs here
        backup_file(path, copy)
        os.chmod(copy, 0o600)
    key = keyslots.new_key()
    target = path.with_name(path.name + ".encrypting")
    try:
        _export(path, target, key)
        code = write_key_file(path, key, accounts, office, demo)
        os.replace(target, path)
        fsync_dir(path.parent)
    finally:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
    if copy is not None and not keep_plain_backup:
        copy.unlink()
        copy = None
    return Encrypted(key, code, copy, sorted(set(names) - set(accounts)), plain_copies(path))


def write_key_file(path: Path, key: bytes, accounts: dict[str, str], office: str = "",
                   demo: bool = False) -> str:
    """A new key file for `path`: a slot per account and a recovery slot; returns the code."""
    keyfile = keyslots.KeyFile.new()
    keyfile.office, keyfile.demo = office, demo
    for name, password in accounts.items():
        keyfile.set_user(name, password, key)
    code = keyfile.set_recovery(key)
    keyslots.save(keyfile, path)
    return code


def create_encrypted_demo(path: str | Path, **options) -> tuple[object, str]:
    """`fpdesk demo --encrypt`: the demo written encrypted from the start (no plain
    copy ever on disk); returns (the demo summary, the recovery code)."""
    from fpdesk.services.demo import DEMO_PASSWORD, DEMO_USER, TOWNSHIP_CODE, create_demo
    from fpdesk.services.demo.people import township_name

    path, key = Path(path), keyslots.new_key()
    keys = keyslots.keys_path(path)
    if keys.exists() and not path.exists():
        keys.unlink()  # left by an interrupted earlier run
    summary = create_demo(path, key=key, **options)
    try:
        os.chmod(path, 0o600)
        office = township_name(options.get("township_code") or TOWNSHIP_CODE)
        code = write_key_file(path, key, {DEMO_USER: DEMO_PASSWORD}, office, demo=True)
    except BaseException:
        path.unlink(missing_ok=True)  # unreadable without its key file
        raise
    return summary, code


# -- plaintext copies fpdesk itself left beside an encrypted office --------------------
PLAIN_KINDS = {"backup": "未加密的备份", "before-restore": "恢复前另存的数据库",
               "before-encrypt": "加密前的备份", "copy": "未加密的数据库副本"}


@dataclass(frozen=True)
class PlainCopy:
    path: Path
    kind: str       # a key of PLAIN_KINDS

    @property
    def label(self) -> str:
        return PLAIN_KINDS[self.kind]


def _plain_database(path: Path) -> bool:
    """A non-empty file starting with SQLite's plain header (or, for a -wal, beside such a file)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(keyslots.SQLITE_MAGIC)) == keyslots.SQLITE_MAGIC
    except OSError:
        return False


def _plain_backup(path: Path) -> bool:
    """An fpdesk backup (.fpbak) whose metadata says it carries no key slots: its
    database is a plain SQLite file inside a ZIP, readable with any unzip tool."""
    from fpdesk.db import backup as files

    try:
        return not files.read_meta(path).get("keys")
    except files.BackupError:
        return False    # not ours, or unreadable: not listed, never removed


def plain_copies(path: str | Path) -> list[PlainCopy]:
    """Every unencrypted copy of the office that fpdesk itself made and that is still on
    disk where fpdesk put it: plain backups in `backups/` (the daily ones, those before an
    import, a restore or a schema upgrade), the pre-encryption copy, and the files kept
    beside the database by a restore (`<db>.before-restore-<time>`, with its -wal).
    Copies written elsewhere (a USB stick, `backup --out`) cannot be found from here."""
    from fpdesk.db import backup as files

    path = Path(path)
    found: list[PlainCopy] = []
    folder = files.default_folder(path)
    if folder.is_dir():
        for item in sorted(folder.iterdir()):
            if not item.is_file() or item.stat().st_size == 0:
                continue
            if item.name.endswith(files.SUFFIX):
                if _plain_backup(item):
                    found.append(PlainCopy(item, "backup"))
            elif item.name.startswith(path.stem) and _plain_database(item):
                found.append(PlainCopy(item, "before-encrypt" if "-before-encrypt-" in item.name else "copy"))
    for item in sorted(path.parent.glob(f"{path.name}.before-restore-*")):
        if item.is_file() and not item.name.endswith(("-wal", "-shm")) and _plain_database(item):
            found.append(PlainCopy(item, "before-restore"))
            found.extend(PlainCopy(side, "before-restore") for side in
                         (Path(f"{item}-wal"), Path(f"{item}-shm")) if side.is_file())
    return found


def remove_plain_copies(db: Database, actor: Actor, copies: list[PlainCopy] | None = None) -> list[Path]:
    """Delete the plain copies (all that `plain_copies` finds, or those given) of an
    encrypted office; audited. A plain office's backups are its only backups: refused."""
    require_admin(actor)
    if db.key is None:
        raise EncryptionError("数据库未加密：这些备份是它仅有的备份，不删除。请先加密（fpdesk encrypt）",
                              "The database is not encrypted: these backups are its only ones and are not "
                              "deleted. Encrypt it first (fpdesk encrypt)")
    copies = plain_copies(db.path) if copies is None else copies
    removed = []
    for copy in copies:
        try:
            copy.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise EncryptionError(f"无法删除 {copy.path}：{exc.strerror or exc}"
                                  + (f"（已删除 {len(removed)} 个）" if removed else ""),
                                  f"Cannot delete {copy.path}: {exc.strerror or exc}"
                                  + (f" ({len(removed)} deleted)" if removed else "")) from None
        removed.append(copy.path)
    if removed:
        fsync_dir(db.path.parent)
        with db.session() as session:
            audit.record(session, actor, "plain_copies_removed", detail={"files": [str(p) for p in removed]})
    return removed


def new_recovery_code(db: Database, actor: Actor) -> str:
    """Replace the recovery code (the old one no longer opens the current file,
    but still opens the backups made before: each carries its own key slots); shown once."""
    require_admin(actor)
    if db.key is None:
        raise EncryptionError("数据库未加密，没有恢复码", "The database is not encrypted: it has no recovery code")
    code = ""
    with db.session() as session:
        def change(keyfile):
            nonlocal code
            code = keyfile.set_recovery(db.key)
        audit.record(session, actor, "key_recovery_code")
        _update_slots(db, change)
    return code


def key_file(db: Database) -> tuple[Path, list[str]]:
    """The key file of an open encrypted office, and the users who have a slot in it."""
    return keyslots.keys_path(db.path), keyslots.load(db.path).users()


def sign_in_hints(path: str | Path) -> keyslots.KeyFile:
    """What the sign-in screen of an encrypted office may show before the file opens."""
    return keyslots.load(path)
