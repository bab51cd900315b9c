"""Before a file is opened for writing: is it an fpdesk database, and is it whole?

`recognise` looks at a file read-only — its SQLite header, then (through a
`mode=ro` or `immutable=1` connection) its tables — so that an unrelated or
damaged file is refused before a single pragma (WAL, …) could change it.
`quick_check` runs SQLite's structural check. `describe` turns a database or
file-system error into one Chinese line for the clerk (`explain`: in Chinese
and English): a full disk is said to be a full disk, a damaged file points to
`fpdesk restore`.
"""

from __future__ import annotations

import errno
import shutil
import struct
import threading
from pathlib import Path

import sqlalchemy.exc

from fpdesk.db.engine import dbapi_connect, driver_errors
from fpdesk.domain.messages import ClerkError

HEADER = b"SQLite format 3\x00"
# tables every fpdesk database has had since its first schema
FPDESK_TABLES = {"alembic_version", "regions", "households", "persons", "users", "settings"}
RESTORE_HINT = ("请从备份恢复（在 fpdesk 窗口中点“从备份恢复…”，或用 fpdesk restore 命令）",
                "Restore it from a backup (in fpdesk, click \"Restore from a backup…\", or run fpdesk restore)")
LOW_SPACE = 1 << 20  # below this, an I/O error while writing is taken for a full disk


class DatabaseError(ClerkError):
    """A database file that cannot be opened (or, damaged, written); the message is for the clerk."""


class FileRefused(DatabaseError):
    """The file is not (or no longer) a usable fpdesk database; str() is the clerk's message."""


class DatabaseDamaged(FileRefused):
    """The office's file is damaged (fails SQLite's check, truncated, emptied): nothing
    may write to it, and a restore from a backup is the way out."""


def damaged_message(path, detail: str | tuple[str, str] = "") -> tuple[str, str]:
    """(Chinese, English); `detail` a SQLite text (the same in both) or a pair."""
    zh, en = (detail, detail) if isinstance(detail, str) else detail
    return (f"数据库文件已损坏{f'（{zh}）' if zh else ''}：{path}。为免损坏扩大，本程序不会写入此文件。{RESTORE_HINT[0]}",
            f"The database file is damaged{f' ({en})' if en else ''}: {path}. So as not to spread the "
            f"damage, fpdesk will not write to it. {RESTORE_HINT[1]}")


def _header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check_header(path: Path, size: int) -> None:
    if size == 0:
        raise DatabaseDamaged(f"数据库文件为空（0 字节），不是 fpdesk 数据库：{path}。"
                          f"若原有数据，{RESTORE_HINT[0]}；若是误建的空文件，请删除后重试",
                          f"The database file is empty (0 bytes), not an fpdesk database: {path}. If it held "
                          f"data: {RESTORE_HINT[1]}. If it was created by mistake, delete it and try again")
    header = _header(path)
    if not header.startswith(HEADER):
        raise FileRefused(f"不是 fpdesk 数据库文件（不是 SQLite 数据库）：{path}",
                          f"Not an fpdesk database file (not an SQLite database): {path}")
    if len(header) < 100:
        raise DatabaseDamaged(*damaged_message(path, ("文件头不完整，文件被截断", "incomplete header, the file is truncated")))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    valid_count = header[24:28] == header[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseDamaged(*damaged_message(path, ("文件头无效", "invalid header")))
    # a crash in the middle of a checkpoint may leave the main file short; the WAL then completes it
    if not _has_wal(path) and (size % page_size or (valid_count and pages and size < pages * page_size)):
        raise DatabaseDamaged(*damaged_message(path, (f"文件被截断：应有 {pages * page_size} 字节，实有 {size} 字节",
                                                  f"truncated: {size} bytes of {pages * page_size}")))


def read_only(path: Path, key: bytes | None = None, shared: bool = False):
    """A connection that cannot change the file, nor create a -wal/-shm beside it when
    there is no WAL to read (an encrypted file's header cannot say; it is opened mode=ro).
    `shared`: the office is open for writing elsewhere, so never read it as immutable."""
    uri = path.resolve().as_uri()
    wal_mode = key is None and _header(path)[18:20] == b"\x02\x02"
    immutable = wal_mode and not shared and not Path(f"{path}-wal").exists()
    flags = "immutable=1" if immutable else "mode=ro"
    return dbapi_connect(f"{uri}?{flags}", key, uri=True, isolation_level=None)


def recognise(path, check: bool = True, key: bytes | None = None) -> None:
    """Raise FileRefused unless `path` is an fpdesk database (and, with `check`, passes quick_check).
    A file that does not exist is left to the caller. With `key`, the file is SQLCipher-encrypted:
    its header is ciphertext, and it is read through a keyed connection."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise FileRefused(*_unreadable(path, exc)) from None
    try:
        if key is None:
            _check_header(path, size)
        conn = read_only(path, key)
    except OSError as exc:
        raise FileRefused(*_unreadable(path, exc)) from None
    except driver_errors("Error") as exc:
        raise DatabaseDamaged(*damaged_message(path, str(exc))) from None
    try:
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except driver_errors() as exc:
            if key is not None:
                raise DatabaseDamaged(f"无法打开加密的数据库文件 {path}：密钥不对，或文件已损坏。{RESTORE_HINT[0]}",
                                      f"Cannot open the encrypted database file {path}: wrong key, or the file is "
                                      f"damaged. {RESTORE_HINT[1]}") from None
            raise DatabaseDamaged(*damaged_message(path, str(exc))) from None
        if not FPDESK_TABLES <= tables:
            raise FileRefused(f"不是 fpdesk 数据库文件（是其他程序的 SQLite 数据库）：{path}",
                              f"Not an fpdesk database file (another program's SQLite database): {path}")
        if check:
            conn.execute("PRAGMA cache_size=-262144")   # an encrypted page read twice is decrypted twice
            problem = quick_check(conn)
            if problem:
                raise DatabaseDamaged(*damaged_message(path, (f"完整性检查未通过：{problem}",
                                                              f"integrity check failed: {problem}")))
    finally:
        conn.close()


class IntegrityCheck:
    """quick_check of an open office on a thread of its own, over its own read-only connection.

    It reads (and, encrypted, decrypts) every page: about 0.3 s for a plain 60,000-person
    township and twice that encrypted. The GUI does not wait for it to show the sign-in;
    `require_whole`, the database's write gate, waits for it before the first write and
    refuses every write to a file that failed it. Start it once the office's connection is
    open (its -wal then exists, and the check reads mode=ro, never immutable)."""

    def __init__(self, path, key: bytes | None = None):
        self.path = Path(path)
        self.problem: str | None = None
        self._key = key
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fpdesk-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = read_only(self.path, self._key, shared=True)
            try:
                conn.execute("PRAGMA cache_size=-262144")
                self.problem = quick_check(conn)
            finally:
                conn.close()
        except (OSError, *driver_errors("Error")) as exc:
            self.problem = str(exc)
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> str | None:
        """None when the file passed, else the check's first finding."""
        self._done.wait()
        return self.problem

    def require_whole(self) -> None:
        if self.wait() is not None:
            raise DatabaseDamaged(*damaged_message(self.path, (f"完整性检查未通过：{self.problem}",
                                                               f"integrity check failed: {self.problem}")))


def quick_check(conn) -> str | None:
    """None when SQLite's quick_check passes, else its first finding."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchmany(3)
    except driver_errors() as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    lines = [line.strip() for r in rows for line in str(r[0]).splitlines()]
    return next((line for line in lines if line and not line.startswith("***")), "?")[:120]


# -- errors → one line for the clerk ------------------------------------------------------
def _sqlite_error(exc: BaseException) -> BaseException:
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def is_disk_full(exc: BaseException, folder=None) -> bool:
    exc = _sqlite_error(exc)
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, driver_errors("Error")):
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or "database or disk is full" in str(exc):
            return True
        # a write that fails for want of space may come back as a plain I/O error
        if "disk I/O error" in str(exc) and folder is not None:
            try:
                return shutil.disk_usage(folder).free < LOW_SPACE
            except OSError:
                return False
    return False


def _unreadable(path, exc: OSError) -> tuple[str, str]:
    return (f"无法读取数据库文件 {path}：{exc.strerror or exc}",
            f"Cannot read the database file {path}: {exc.strerror or exc}")


def disk_full_message(path=None) -> tuple[str, str]:
    where = f"（{Path(path).parent}）" if path else ""
    return (f"磁盘已满{where}：写入未完成，数据库保持原样，没有改动。请腾出磁盘空间后重试",
            f"The disk is full{f' ({Path(path).parent})' if path else ''}: nothing was written, the database "
            "is as it was. Free some disk space and try again")


def describe(exc: BaseException, path=None) -> str | None:
    """The clerk's message for a database/file error, or None when it is not one."""
    said = explain(exc, path)
    return said[0] if said else None


def explain(exc: BaseException, path=None) -> tuple[str, str] | None:
    """`describe`'s message in (Chinese, English)."""
    folder = Path(path).parent if path else None
    if is_disk_full(exc, folder):
        return disk_full_message(path)
    inner = _sqlite_error(exc)
    if not isinstance(inner, driver_errors("Error")):
        return None
    name, text = getattr(inner, "sqlite_errorname", "") or "", str(inner)
    shown = path or ""
    if "locked" in text or name.startswith("SQLITE_BUSY"):
        return (f"数据库正被另一个程序使用（已锁定）：{shown}。请关闭其他 fpdesk 窗口后重试",
                f"Another program is using the database (locked): {shown}. Close other fpdesk windows and "
                "try again")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return damaged_message(shown, text)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return f"无法写入数据库文件（只读）：{shown}", f"Cannot write the database file (read-only): {shown}"
    if name.startswith("SQLITE_IOERR") or "I/O error" in text:
        return (f"读写数据库文件时磁盘出错：{shown}（{text}）。请检查磁盘后重试",
                f"A disk error while using the database file: {shown} ({text}). Check the disk and try again")
    return f"数据库出错：{text}（{shown}）", f"Database error: {text} ({shown})"
