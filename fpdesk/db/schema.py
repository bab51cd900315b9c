"""Opening a database file: create it, or upgrade it after a backup.

Alembic is only loaded when the file's schema is not at SCHEMA_HEAD, so
opening an up-to-date file stays fast. A test checks that SCHEMA_HEAD is
Alembic's head.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import text

from fpdesk.db import guard
from fpdesk.db.guard import DatabaseError
from fpdesk.db.backup import BackupError, copy_database, write_backup
from fpdesk.db.engine import Database, driver_errors
from fpdesk.db.keyslots import is_encrypted, keys_path, looks_encrypted
from fpdesk.domain.messages import english

SCHEMA_HEAD = "0010"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.read_session() as session:
        has_table = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def known_revisions() -> set[str]:
    """Every schema revision this program can open (and upgrade)."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config(None)).walk_revisions()}


def backup_file(source: Path, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy of a database file through SQLite's online backup API, 0600 (of an
    encrypted file: encrypted with the same key)."""
    return copy_database(Path(source), Path(target), key=key)


def owner_only_file(path: Path) -> None:
    """Make `path` an empty file only its owner can read (0600 on POSIX), before SQLite writes into
    it: SQLite creates files 0644 and gives its -wal and -shm the main file's mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)   # an existing file keeps its mode through O_CREAT


def owner_only_existing(path: Path) -> None:
    """An office file an older version left readable by others (0644), with its -wal, -shm and
    key slots: made 0600 when it is ours (POSIX; another user's file is left as it is)."""
    if os.name != "posix":
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keys_path(path)):
        try:
            found = os.lstat(file)
            if stat.S_ISREG(found.st_mode) and found.st_uid == os.getuid() and found.st_mode & 0o077:
                os.chmod(file, stat.S_IMODE(found.st_mode) & 0o700)
        except OSError:
            pass


def open_database(path: str | Path, create: bool = False, key: bytes | None = None,
                  check: bool | str = True) -> Database:
    """Open (or with create=True, create) an office database at schema head.

    `key` opens (or creates) a SQLCipher-encrypted file; it comes from the key slots
    (fpdesk.services.encryption). An existing file is first recognised read-only
    (guard.recognise: an fpdesk database, whole, passing quick_check unless `check`
    is False because the caller ran it already) — only then do the pragmas touch
    it. With check="background" (the GUI) the quick_check runs on a thread of its
    own while the clerk signs in, and every write waits for it (guard.IntegrityCheck).
    An existing file at an older schema is checked, backed up (fpdesk.db.backup),
    then upgraded in one transaction.
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise DatabaseError(f"数据库文件不存在：{path}", f"The database file does not exist: {path}")
    if exists and key is None and (is_encrypted(path) or looks_encrypted(path)):
        if is_encrypted(path):
            raise DatabaseError(f"数据库文件已加密，须用户登录（或恢复码）才能打开：{path}",
                                f"The database file is encrypted: it opens with a user's sign-in (or the "
                                f"recovery code): {path}")
        raise DatabaseError(f"无法打开数据库文件 {path}：不是数据库，或是加密的数据库而旁边缺少"
                            f"它的密钥文件 {keys_path(path).name}",
                            f"Cannot open the database file {path}: not a database, or an encrypted one "
                            f"without its key file {keys_path(path).name} beside it")
    guard.recognise(path, check=check is True, key=key)   # FileRefused is a DatabaseError
    path.parent.mkdir(parents=True, exist_ok=True)
    if not exists:
        owner_only_file(path)
    else:
        owner_only_existing(path)
    db = Database(path, key=key)
    try:
        if exists and check == "background":
            db.engine.connect().close()   # the office's -wal exists now: the check reads beside it
            db.gate_writes(guard.IntegrityCheck(path, key).require_whole)
        _bring_to_head(db, path, exists)
    except BaseException:
        db.close()
        if not exists:
            _remove_new(path)   # a half-made new file would be refused as not a database next time
        raise
    return db


def _bring_to_head(db: Database, path: Path, exists: bool) -> None:
    try:
        revision = current_revision(db) if exists else None
        if exists and revision is None:
            raise DatabaseError(f"不是 fpdesk 数据库文件：{path}", f"Not an fpdesk database file: {path}")
        if revision != SCHEMA_HEAD:
            db.before_write()   # a file still being checked is upgraded only once it passed
            if exists:   # the automatic backup before a migration (fpdesk.db.backup)
                write_backup(path, reason=f"before-migration-{revision}", key=db.key)
            upgrade(db)
    except BackupError as exc:
        raise DatabaseError(f"升级数据库前的自动备份失败，数据库未改动：{exc}",
                            f"The automatic backup before upgrading the database failed; the database is "
                            f"unchanged: {english(exc)}") from exc
    except (*driver_errors(), sqlalchemy.exc.DBAPIError, OSError) as exc:
        said = guard.explain(exc, path)
        if said is None:
            shown = exc.strerror or exc if isinstance(exc, OSError) else exc
            said = f"无法打开数据库文件 {path}：{shown}", f"Cannot open the database file {path}: {shown}"
        raise DatabaseError(*said) from exc


def _remove_new(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass
