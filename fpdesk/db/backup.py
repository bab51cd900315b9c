"""The backup file (`.fpbak`): one mechanism for every copy of the office
database — `fpdesk backup`, the automatic copies, the one taken before a
schema upgrade — and for putting a backup back in place.

A backup is a small ZIP container (FORMATS.md §7):

    meta.json   office, persons, schema revision, created_at, the database's sha256
    office.db   a consistent copy made with SQLite's online backup API
    keys        the key slots `<db>.keys` (SQLCipher, issue 14c), when the office has them

The metadata can be read without restoring (or decrypting) anything, and the
key slots travel with the database they open. Every file is written under a
temporary name in its destination folder, fsynced, read back and verified,
linked into place (never over an existing file: the database and its
companions least of all) and the folder fsynced; files are created 0600.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fpdesk import __version__
from fpdesk.durable import clean_stale_temps, fsync_dir, place_new
from fpdesk.db.engine import dbapi_connect, driver_errors
from fpdesk.db.guard import is_disk_full
from fpdesk.domain.messages import ClerkError

FORMAT = "fpdesk-backup"
VERSION = 1
SUFFIX = ".fpbak"
META, DATABASE, KEYS = "meta.json", "office.db", "keys"
NAME = re.compile(r"^(?P<office>.+)-(?P<stamp>\d{8}-\d{6})\.fpbak$")
TEMP_MARK = ".fpdesk-tmp-"        # every temporary file: .<name>.fpdesk-tmp-<pid>-<n>
COMPANIONS = ("", "-wal", "-shm", "-journal", ".keys")   # the database and the files beside it
CHUNK = 1 << 20
PAGES_PER_STEP = 4096

Progress = Callable[[int, int], None]


class BackupError(ClerkError):
    """A backup that cannot be written, read or restored; the message is for the clerk."""


def _damaged(path, zh: str, en: str) -> BackupError:
    return BackupError(f"备份文件 {path} 已损坏（{zh}）", f"The backup file {path} is damaged ({en})")


def _in_use(db_path, detail: str = "") -> BackupError:
    return BackupError(f"数据库 {db_path} 正被其他程序使用，请先关闭其他 fpdesk 窗口后再恢复{f'（{detail}）' if detail else ''}",
                       f"Another program is using the database {db_path}: close other fpdesk windows before "
                       f"restoring{f' ({detail})' if detail else ''}")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    bytes: int
    sha256: str
    persons: int
    created_at: str
    office_code: str | None
    office_name: str | None
    schema_revision: str | None
    reason: str

    def as_json(self) -> dict:
        return {"path": str(self.path), "bytes": self.bytes, "sha256": self.sha256,
                "persons": self.persons, "created_at": self.created_at}


# -- hooks for the encrypted database (issue 14c) ----------------------------------
def keys_path(db_path: Path) -> Path:
    """The key-slot file beside the database; it travels inside every backup."""
    return Path(f"{db_path}.keys")


def connect(path: Path, key: bytes | None = None):
    """A raw connection to a database file, keyed for an encrypted office (SQLCipher)."""
    return dbapi_connect(path, key, isolation_level=None)


# -- small file helpers --------------------------------------------------------------
_serial = itertools.count()


def temp_path(target: Path) -> Path:
    # pid: clean_stale_temps knows a killed run's file; serial: two threads never share one
    return target.parent / f".{target.name}{TEMP_MARK}{os.getpid()}-{next(_serial)}"


def create_private(path: Path):
    """A new file readable by its owner only (0600 on POSIX), opened for binary writing."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


# -- the database side ---------------------------------------------------------------
def copy_database(source: Path, target: Path, progress: Progress | None = None,
                  key: bytes | None = None) -> Path:
    """A consistent copy through SQLite's online backup API (the GUI may be
    writing meanwhile), created 0600, at `target` (which must not exist)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    create_private(target).close()
    src = connect(source, key)
    try:
        dst = connect(target, key)
        try:
            def step(_status, remaining, total):
                if progress:
                    progress(total - remaining, total)
            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    return target


def check_database(path: Path, references: bool = True, key: bytes | None = None) -> str | None:
    """What is wrong with a database file (integrity, references), or None."""
    try:
        con = connect(path, key)
        try:
            # integrity_check revisits index pages: with SQLite's 2 MB default each visit to an
            # encrypted file decrypts the page again (6 s instead of 1.7 s on the 60,000 demo)
            con.execute("PRAGMA cache_size=-262144")
            problems = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                return "完整性检查未通过：" + "；".join(problems[:3])
            bad = con.execute("PRAGMA foreign_key_check").fetchmany(3) if references else None
            if bad:
                return "记录引用检查未通过：" + "；".join(f"{t} 第 {r} 行" for t, r, *_ in bad)
        finally:
            con.close()
    except driver_errors() as exc:
        return f"不是有效的数据库（{exc}）"
    return None


def describe(path: Path, key: bytes | None = None) -> dict:
    """The office, the persons and the schema revision of a database file."""
    con = connect(path, key)
    try:
        def one(sql: str, *args):
            try:
                row = con.execute(sql, args).fetchone()
            except driver_errors("OperationalError"):  # a table not there (yet)
                return None
            return row[0] if row else None
        code = one("SELECT value FROM settings WHERE key = 'office_region_code'")
        code = json.loads(code) if code else None
        head = None
        try:
            head = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        except driver_errors("OperationalError"):   # a schema before the audit chain
            pass
        return {
            "audit_head": {"id": head[0], "hash": head[1]} if head and head[1] else None,
            "office_code": code,
            "office_name": one("SELECT name FROM regions WHERE code = ?", code) if code else None,
            "persons": one("SELECT count(*) FROM persons WHERE deleted = 0") or 0,
            "schema_revision": one("SELECT version_num FROM alembic_version"),
        }
    finally:
        con.close()


# -- writing a backup -----------------------------------------------------------------
def file_name(office: str, when: datetime) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", office).strip("._") or "office"
    return f"{safe}-{when.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def free_name(folder: Path, office: str, when: datetime) -> Path:
    """The usual name in `folder`, a second later while that one is taken."""
    while (folder / file_name(office, when)).exists():
        when += timedelta(seconds=1)
    return folder / file_name(office, when)


def default_folder(db_path: Path) -> Path:
    """`backups/` beside the database (for the office database: in the user data folder)."""
    return Path(db_path).parent / "backups"


def write_backup(db_path: Path, out_path: Path | None = None, reason: str = "manual",
                 progress: Progress | None = None, when: datetime | None = None,
                 key: bytes | None = None, folder: Path | None = None) -> BackupInfo:
    """Copy the database into a verified `.fpbak` at `out_path`, which must not exist, or
    into `folder` (default: the default folder) under a name of its own (the office and the
    time; a later second while that is taken, even by a backup finishing meanwhile). Nothing
    is left at the destination unless the whole file was written and read back intact, and
    no existing file is ever written over."""
    db_path = Path(db_path)
    when = when or datetime.now().astimezone()
    if out_path is not None:
        out_path = Path(out_path).absolute()
        refuse_target(db_path, out_path)
    snapshot = temp_path(db_path.parent / f"{db_path.name}.snapshot")
    clean_stale_temps(db_path.parent)
    where = out_path.parent if out_path is not None else Path(folder or default_folder(db_path)).absolute()
    try:
        copy_database(db_path, snapshot, progress, key)
        meta = {"format": FORMAT, "version": VERSION, **describe(snapshot, key),
                "created_at": when.isoformat(timespec="seconds"), "reason": reason,
                "app_version": __version__, "db_sha256": sha256_of(snapshot),
                "db_bytes": snapshot.stat().st_size}
        keys = keys_path(db_path)
        meta["keys"] = keys.exists()
        office = meta["office_code"] or db_path.stem
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        clean_stale_temps(where)
        # the copy's integrity_check runs on the second core while the container is written;
        # the container gets its name only once both are done and sound
        with ThreadPoolExecutor(1) as pool:
            check = pool.submit(check_database, snapshot, False, key)

            def sound() -> None:
                problem = check.result()
                if problem:
                    raise BackupError(f"数据库 {db_path} 的副本有问题，未写入备份：{problem}。"
                                      "请先修复或从较早的备份恢复。",
                                      f"The copy of the database {db_path} is faulty, no backup was written: "
                                      f"{problem}. Repair it first or restore an earlier backup.")

            def name() -> Path:
                return out_path if out_path is not None else free_name(where, office, when)
            out_path, digest = _write_container(name, out_path is None, snapshot,
                                                keys if meta["keys"] else None, meta, sound)
    except driver_errors() as exc:
        if is_disk_full(exc, db_path.parent):
            raise BackupError(*_disk_full(out_path or where, db_path.parent)) from None
        raise BackupError(f"无法读取数据库 {db_path}：{exc}", f"Cannot read the database {db_path}: {exc}") from None
    except OSError as exc:
        if is_disk_full(exc):
            full = Path(exc.filename).parent if getattr(exc, "filename", None) else where
            raise BackupError(*_disk_full(out_path or where, full)) from None
        raise BackupError(f"无法写入备份 {out_path or where}：{exc.strerror or exc}",
                          f"Cannot write the backup {out_path or where}: {exc.strerror or exc}") from None
    finally:
        snapshot.unlink(missing_ok=True)
        Path(f"{snapshot}-journal").unlink(missing_ok=True)
    return BackupInfo(out_path, out_path.stat().st_size, digest, meta["persons"], meta["created_at"],
                      meta["office_code"], meta["office_name"], meta["schema_revision"], reason)


def refuse_target(db_path: Path, out_path: Path) -> None:
    """A backup is never written over the database, its companions, or any existing file."""
    def same(a: Path, b: Path) -> bool:
        if os.path.normcase(a.resolve()) == os.path.normcase(b.resolve()):
            return True
        try:
            return os.path.samefile(a, b)
        except OSError:
            return False
    if any(same(out_path, Path(f"{db_path}{side}")) for side in COMPANIONS):
        raise BackupError(f"不能把备份写到数据库文件或它旁边的文件上：{out_path}。请另选一个文件名",
                          f"A backup cannot be written over the database or a file beside it: {out_path}. "
                          "Choose another file name")
    if os.path.lexists(out_path):
        raise BackupError(f"文件已存在：{out_path}。备份不会覆盖已有的文件，请另选一个文件名",
                          f"The file exists: {out_path}. A backup never overwrites a file; choose another name")


def _disk_full(target: Path, folder: Path) -> tuple[str, str]:
    return (f"磁盘已满：备份 {target} 没有写成（{folder} 空间不足），数据库没有改动。"
            "请腾出空间或换用有足够空间的位置后重试",
            f"The disk is full: the backup {target} was not written (not enough space in {folder}); the "
            "database is unchanged. Free some space or choose a place with enough room, then try again")


def _write_container(name: Callable[[], Path], any_free_name: bool, snapshot: Path, keys: Path | None,
                     meta: dict, sound: Callable[[], None]) -> tuple[Path, str]:
    """Write and verify the container, then link it to `name()`; when that is taken meanwhile
    (another backup in the same second), to the next free name when `any_free_name`."""
    out_path = name()
    tmp = temp_path(out_path)
    try:
        with create_private(tmp) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=1) as zf:
            zf.writestr(META, json.dumps(meta, ensure_ascii=False, indent=1))
            # ciphertext does not compress: an encrypted office's database is stored as it is
            zf.write(snapshot, DATABASE, compress_type=zipfile.ZIP_STORED if keys is not None else None)
            if keys is not None:
                zf.write(keys, KEYS)
        fsync_file(tmp)
        digest = sha256_of(tmp)         # read back from the destination …
        verify_container(tmp)           # … and every member checked against the metadata
        sound()
        while True:
            try:
                place_new(tmp, out_path)
                break
            except FileExistsError:
                if not any_free_name:
                    raise BackupError(f"文件已存在：{out_path}。备份不会覆盖已有的文件，请另选一个文件名",
                          f"The file exists: {out_path}. A backup never overwrites a file; choose another name") from None
                out_path = name()
        fsync_dir(out_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return out_path, digest


# -- reading a backup ------------------------------------------------------------------
def damage(exc: BaseException) -> tuple[str, str]:
    """Why a ZIP cannot be read, in the clerk's words (zipfile's own are English): (Chinese, English)."""
    text = str(exc)
    found = re.search(r"'([^']+)'", text)
    member, member_en = (found[1], found[1]) if found else ("其中的文件", "a file in it")
    if isinstance(exc, zipfile.BadZipFile):
        if "CRC" in text:
            return f"{member} 的校验和不符", f"the checksum of {member_en} does not match"
        if "not a zip file" in text:
            return "不是 ZIP 文件，或文件不完整", "not a ZIP file, or incomplete"
        return "ZIP 文件结构已损坏，或文件不完整", "the ZIP structure is damaged, or the file is incomplete"
    if isinstance(exc, KeyError):
        return f"缺少 {member}", f"{member_en} is missing"
    if isinstance(exc, EOFError):
        return "文件被截断", "the file is truncated"
    if isinstance(exc, zlib.error):
        return "压缩数据已损坏", "the compressed data is damaged"
    if isinstance(exc, ValueError):
        return "内容无法解读", "the content cannot be read"
    if isinstance(exc, OSError):
        return exc.strerror or text, exc.strerror or text
    return text, text


def read_meta(path: Path) -> dict:
    """The metadata of a backup, without restoring it."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(META)
            if info.file_size > 1 << 20:
                raise BackupError(f"{path} 不是 fpdesk 备份文件（元数据过大）",
                                  f"{path} is not an fpdesk backup (its metadata is too large)")
            meta = json.loads(zf.read(META))
    except FileNotFoundError:
        raise BackupError(f"找不到备份文件：{path}", f"Backup file not found: {path}") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error) as exc:
        if isinstance(exc, zipfile.BadZipFile) and "not a zip file" in str(exc):
            raise BackupError(f"{path} 不是 fpdesk 备份文件（不是 ZIP 文件），或文件不完整",
                              f"{path} is not an fpdesk backup (not a ZIP file), or it is incomplete") from None
        zh, en = damage(exc)
        raise BackupError(f"{path} 不是完整的 fpdesk 备份文件（{zh}）", f"{path} is not a whole fpdesk backup ({en})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise BackupError(f"{path} 不是 fpdesk 备份文件", f"{path} is not an fpdesk backup")
    if meta.get("version") != VERSION:
        raise BackupError(f"备份文件 {path} 的格式版本 {meta.get('version')} 本程序无法读取，请升级 fpdesk",
                          f"This program cannot read format version {meta.get('version')} of the backup {path}: "
                          "upgrade fpdesk")
    return meta


def read_keys(path: Path) -> bytes | None:
    """The key slots an encrypted backup carries (None for a plain one), read
    without unpacking the database: they let the backup open with its own passwords."""
    if not read_meta(path).get("keys"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.getinfo(KEYS).file_size > 1 << 20:
                raise _damaged(path, "密钥文件过大", "its key file is too large")
            return zf.read(KEYS)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, zlib.error) as exc:
        raise _damaged(path, *damage(exc)) from None


def verify_container(path: Path) -> dict:
    """Read every member back: the database's sha256 must match its metadata."""
    meta = read_meta(path)
    try:
        with zipfile.ZipFile(path) as zf:
            digest = hashlib.sha256()
            with zf.open(DATABASE) as member:
                while block := member.read(CHUNK):
                    digest.update(block)
            if meta.get("keys"):
                zf.read(KEYS)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, zlib.error) as exc:
        raise _damaged(path, *damage(exc)) from None
    if digest.hexdigest() != meta.get("db_sha256"):
        raise _damaged(path, "数据库校验值不符", "the database checksum does not match")
    return meta


def extract_verified(path: Path, target: Path, key: bytes | None = None) -> tuple[dict, bytes | None]:
    """Unpack a backup's database to `target` (0600) and check it whole:
    checksum, integrity_check and foreign_key_check. Returns (meta, key slots)."""
    meta = read_meta(path)
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(path) as zf, zf.open(DATABASE) as member, create_private(target) as out:
            while block := member.read(CHUNK):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
            keys = zf.read(KEYS) if meta.get("keys") else None
    except (zipfile.BadZipFile, KeyError, EOFError, ValueError, zlib.error) as exc:
        raise _damaged(path, *damage(exc)) from None
    if digest.hexdigest() != meta.get("db_sha256"):
        raise _damaged(path, "数据库校验值不符", "the database checksum does not match")
    problem = problem_en = check_database(target, key=key if meta.get("keys") else None)
    if problem:
        if meta.get("keys") and key is None:
            problem = "这是加密数据库的备份，请登录本单位的加密数据库后再恢复"
            problem_en = "it is an encrypted database's backup: sign in to the office's encrypted database to restore it"
        raise BackupError(f"备份文件 {path} 中的数据库有问题：{problem}",
                          f"The database in the backup {path} is faulty: {problem_en}")
    return meta, keys


# -- putting a backup in place ---------------------------------------------------------
def settle_wal(db_path: Path, key: bytes | None = None) -> None:
    """Fold the WAL into the database and let SQLite remove -wal/-shm, so a
    new file renamed over it meets no stale log (which would corrupt it)."""
    con = connect(db_path, key)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise _in_use(db_path)
        con.execute("PRAGMA journal_mode=DELETE")     # removes -wal; fails while others read
    except driver_errors("OperationalError") as exc:
        raise _in_use(db_path, str(exc)) from None
    finally:
        con.close()
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)


def replace_database(db_path: Path, new_file: Path, keys: bytes | None, key: bytes | None = None) -> None:
    """Rename `new_file` over the database (same folder: atomic), and the key slots beside it."""
    settle_wal(db_path, key) if db_path.exists() else None
    if keys is not None:
        slots = keys_path(db_path)
        tmp = temp_path(slots)
        with create_private(tmp) as out:
            out.write(keys)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, slots)
    os.replace(new_file, db_path)
    fsync_dir(db_path.parent)
