"""Backup and restore of the office (FORMATS.md §7): back up now, the
automatic copies, the list, rotation, restore, and the state the 首页 warns
about. The file format and the atomic writing live in `fpdesk.db.backup`.

Every backup written through here is audited (action `backup`, with the
file, its sha256 and the disk it went to), so the 首页 knows about copies on
a USB stick that is not plugged in.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from fpdesk.db import backup as files
from fpdesk.db.backup import BackupError, BackupInfo, Progress
from fpdesk.db.engine import Database, driver_errors
from fpdesk.db.keyslots import is_encrypted
from fpdesk.db.guard import DatabaseDamaged  # noqa: F401 - the damaged office a restore is for (ui)
from fpdesk.db.guard import is_disk_full
from fpdesk.db.models import AuditEntry
from fpdesk.db.schema import SCHEMA_HEAD, known_revisions
from fpdesk.domain.messages import Said
from fpdesk.services import audit, settings
from fpdesk.services.auth import has_accounts
from fpdesk.services.context import SYSTEM, Actor, require_admin

__all__ = ["BackupError", "BackupInfo", "OtherOffice", "WouldDecrypt", "decrypts", "back_up", "before", "check_office",
           "daily", "list_backups",
           "restore", "rotate", "stage", "status"]

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STALE_DAYS = 7


class OtherOffice(BackupError):
    """The backup belongs to another office: restore only after the clerk confirmed."""


class WouldDecrypt(BackupError):
    """A plain backup over an encrypted office: restoring it leaves the office
    unencrypted, so only after the clerk confirmed (then `fpdesk encrypt` again)."""


def decrypts(db_path: Path, staged: Staged) -> bool:
    """Restoring `staged` would put a plain database in place of an encrypted office."""
    return staged.keys is None and is_encrypted(db_path)


@dataclass(frozen=True)
class ListedBackup:
    path: Path
    bytes: int
    created_at: str
    persons: int | None
    office_code: str | None
    office_name: str | None
    schema_revision: str | None
    reason: str | None
    problem: str | None = None      # unreadable: why
    audit_head: dict | None = None  # {"id", "hash"} of the audit log's last entry


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept_as: Path | None    # None: there was no database before
    meta: dict


@dataclass(frozen=True)
class BackupStatus:
    last_at: datetime | None
    days_since: int | None
    stale: bool                 # none, or the newest older than STALE_DAYS
    all_on_database_disk: bool  # no backup known on another disk


def _now() -> datetime:
    return datetime.now().astimezone()


def _device(path: Path) -> int | None:
    try:
        return path.stat().st_dev
    except OSError:
        return None


def _audit_backup(db: Database, actor: Actor | None, info: BackupInfo) -> None:
    # absolute paths, and the database they were made from: status() judges a copy of the
    # database (moved, or copied to another PC) by the files that exist, not by its history
    with db.session() as session:
        audit.record(session, actor or SYSTEM, "backup", detail={
            "path": str(Path(info.path).resolve()), "sha256": info.sha256, "bytes": info.bytes,
            "reason": info.reason, "device": _device(info.path.parent), "persons": info.persons,
            "db": str(Path(db.path).resolve())})


def back_up(db: Database, actor: Actor | None, out: Path | None = None, folder: Path | None = None,
            reason: str = "manual", progress: Progress | None = None) -> BackupInfo:
    """Write a verified backup to `out`, or into `folder` under its usual name
    (default: `backups/` beside the database, which is then rotated). `out` must not
    exist; a name chosen in `folder` is never one taken meanwhile."""
    when = _now()
    info = files.write_backup(db.path, out, reason, progress, when, key=db.key, folder=folder)
    _audit_backup(db, actor, info)
    if info.path.parent.resolve() == files.default_folder(db.path).resolve():
        rotate(info.path.parent, when.replace(tzinfo=None))
    return info


def office_code(session) -> str | None:
    return settings.get(session, "office_region_code")


def before(db: Database, actor: Actor | None, what: str) -> BackupInfo | None:
    """The automatic backup before an import, a restore or a migration; none
    for a database holding nothing yet (a new file receiving its first package)."""
    meta = files.describe(db.path, db.key)
    with db.read_session() as session:
        empty = not meta["persons"] and not has_accounts(session)
    if empty:
        return None
    return back_up(db, actor, reason=f"before-{what}")


def daily(db: Database, actor: Actor | None, today: date | None = None) -> BackupInfo | None:
    """The backup when the GUI closes: at most one a day in the default folder."""
    today = today or _now().date()
    for listed in list_backups(files.default_folder(db.path)):
        if listed.problem is None and listed.created_at[:10] == today.isoformat():
            return None
    return back_up(db, actor, reason="daily")


def list_backups(folder: Path, verify: bool = False) -> list[ListedBackup]:
    """Every `.fpbak` in `folder`, newest first, with what its metadata says it holds. Only
    with `verify` is every file read whole and checked (CRC and the database's sha256: seconds
    per backup of a large office); a restore always checks its file whole before using it."""
    found = []
    try:
        paths = [p for p in Path(folder).glob(f"*{files.SUFFIX}") if p.is_file()]
    except OSError:
        return found
    for path in paths:
        size = path.stat().st_size
        try:
            meta = files.verify_container(path) if verify else files.read_meta(path)
        except BackupError as exc:
            stamp = datetime.fromtimestamp(path.stat().st_mtime).astimezone().isoformat(timespec="seconds")
            found.append(ListedBackup(path, size, stamp, None, None, None, None, None, str(exc)))
            continue
        found.append(ListedBackup(path, size, meta.get("created_at", ""), meta.get("persons"),
                                  meta.get("office_code"), meta.get("office_name"),
                                  meta.get("schema_revision"), meta.get("reason"),
                                  audit_head=meta.get("audit_head")))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def newest_backup(db_path: Path) -> ListedBackup | None:
    """The newest readable backup in the office's usual folder (what a restore offers first)."""
    return next((b for b in list_backups(files.default_folder(Path(db_path))) if b.problem is None), None)


def keep(stamps: list[datetime], now: datetime | None = None) -> set[datetime]:
    """Which backups rotation keeps: every one of the last 24 hours (the one
    about to be restored among them), and the newest of each of the last
    7 days, 4 ISO weeks and 12 months that have one."""
    kept: set[datetime] = {t for t in stamps if now is not None and t > now - timedelta(days=1)}
    for period, count in ((lambda t: t.date(), KEEP_DAILY),
                          (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        seen: list = []
        for stamp in sorted(stamps, reverse=True):
            key = period(stamp)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                kept.add(stamp)
    return kept


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups in `folder` that rotation does not keep (per office);
    files whose names are not the usual ones are left alone."""
    by_office: dict[str, dict[datetime, Path]] = {}
    for path in Path(folder).glob(f"*{files.SUFFIX}"):
        match = files.NAME.match(path.name)
        if match:
            stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            by_office.setdefault(match["office"], {})[stamp] = path
    removed = []
    for stamped in by_office.values():
        kept = keep(list(stamped), now)
        for stamp, path in stamped.items():
            if stamp not in kept:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


@dataclass
class Staged:
    """A backup unpacked beside the database and checked whole, ready to be put in place."""
    backup: Path
    path: Path
    meta: dict
    keys: bytes | None
    key: bytes | None = None    # the key the staged copy opens with (an encrypted backup)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        Path(f"{self.path}-journal").unlink(missing_ok=True)


def stage(db_path: Path, backup: Path, key: bytes | None = None) -> Staged:
    """Unpack and verify a backup (checksum, integrity, references, schema
    revision) without touching the database: a bad file is refused here."""
    db_path, backup = Path(db_path), Path(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    files.clean_stale_temps(db_path.parent)
    staged = Staged(backup, files.temp_path(db_path.parent / f"{db_path.name}.restore"), {}, None, key)
    try:
        staged.meta, staged.keys = files.extract_verified(backup, staged.path, key)
        staged.key = key if staged.meta.get("keys") else None
        revision = staged.meta.get("schema_revision")
        if revision not in known_revisions():
            raise BackupError(f"备份文件 {backup} 的数据库版本（{revision}）比本程序新（{SCHEMA_HEAD}），请先升级 fpdesk",
                              f"The database in the backup {backup} is of a newer version ({revision}) than this "
                              f"program's ({SCHEMA_HEAD}): upgrade fpdesk first")
    except OSError as exc:
        staged.discard()
        if is_disk_full(exc):
            raise BackupError(f"磁盘已满：无法在 {db_path.parent} 解开备份（空间不足），数据库没有改动。"
                              "请腾出磁盘空间后重试",
                              f"The disk is full: the backup cannot be unpacked in {db_path.parent}; the database "
                              "is unchanged. Free some disk space and try again") from None
        raise BackupError(f"无法读取备份 {backup}：{exc.strerror or exc}",
                          f"Cannot read the backup {backup}: {exc.strerror or exc}") from None
    except BaseException:
        staged.discard()
        raise
    return staged


def _office_of(db_path: Path, key: bytes | None) -> dict:
    try:
        return files.describe(db_path, key) if db_path.exists() else {}
    except driver_errors():     # a damaged database: nothing to compare
        return {}


def check_office(db_path: Path, meta: dict, key: bytes | None = None) -> None:
    """Raise OtherOffice when the backup (its `meta`) belongs to another office than the
    database at `db_path`: asked before anything is written, the before-restore backup too."""
    here = _office_of(Path(db_path), key)
    if here.get("office_code") and meta.get("office_code") != here["office_code"]:
        theirs, ours = meta.get("office_name") or meta.get("office_code"), here.get("office_name") or here["office_code"]
        raise OtherOffice(f"备份属于 {theirs or '未设置的单位'}，当前数据库属于 {ours}；确认后才能恢复",
                          f"The backup belongs to {theirs or 'an office not set up'}, this database to {ours}: "
                          "restore only after confirming")


def restore(db_path: Path, backup: Path | Staged, actor: Actor | None, other_office_ok: bool = False,
            key: bytes | None = None, decrypt_ok: bool = False) -> RestoreResult:
    """Put a verified backup in place of the database at `db_path`, which must
    not be open in this process. The current file is kept as
    `<db>.before-restore-<time>` (a consistent copy); a crash at any moment
    leaves either the old or the restored database, never a mix. A plain backup
    over an encrypted office is refused (WouldDecrypt) unless `decrypt_ok`."""
    db_path = Path(db_path)
    if actor is not None:
        require_admin(actor)
    staged = backup if isinstance(backup, Staged) else stage(db_path, backup, key)
    meta = staged.meta
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    try:
        if not other_office_ok:
            check_office(db_path, meta, key)
        if decrypts(db_path, staged) and not decrypt_ok:
            raise WouldDecrypt(f"{staged.backup} 是未加密数据库的备份，而当前数据库已加密：恢复后数据库将不再加密，"
                               "任何人拷走都能读取全部记录（当前的密钥文件另存一旁）；确认后才能恢复，恢复后请重新加密",
                               f"{staged.backup} is the backup of an unencrypted database and this office is "
                               "encrypted: after the restore the database is no longer encrypted and anyone who "
                               "copies it can read every record (the current key file is kept aside); restore only "
                               "after confirming, then encrypt again")
        kept = Path(f"{db_path}.before-restore-{stamp}") if db_path.exists() else None
        if kept is not None:
            try:   # refused here, before anything is written, while another program has it open
                files.settle_wal(db_path, key)
            except driver_errors():
                pass   # damaged: moved aside whole below
            _keep_current(db_path, kept, key)
            slots = files.keys_path(db_path)
            if slots.exists():
                os.replace(slots, Path(f"{slots}.before-restore-{stamp}"))
        files.replace_database(db_path, staged.path, staged.keys, key)
    except OSError as exc:
        if is_disk_full(exc):
            raise BackupError(f"磁盘已满（{db_path.parent}）：恢复没有完成，原数据库未改动。"
                              "请腾出磁盘空间后重试",
                              f"The disk is full ({db_path.parent}): the restore did not finish, the database is "
                              "unchanged. Free some disk space and try again") from None
        raise BackupError(f"恢复失败，原数据库未改动：{exc.strerror or exc}",
                          f"The restore failed, the database is unchanged: {exc.strerror or exc}") from None
    finally:
        staged.discard()
    return RestoreResult(db_path, kept, meta)


def _keep_current(db_path: Path, kept: Path, key: bytes | None) -> None:
    """A consistent copy of the current database; a damaged one (which SQLite
    cannot copy) is moved aside whole, with its -wal and -shm."""
    try:
        files.copy_database(db_path, kept, key=key)
        files.fsync_file(kept)
    except driver_errors():
        kept.unlink(missing_ok=True)
        for side in ("-wal", "-shm", ""):
            if Path(f"{db_path}{side}").exists():
                os.replace(f"{db_path}{side}", f"{kept}{side}")


def record_restore(db: Database, actor: Actor | None, result: RestoreResult, backup: Path) -> None:
    """Audit the restore in the restored database (its chain goes on from the backup's)."""
    with db.session() as session:
        audit.record(session, actor or SYSTEM, "restore", detail={
            "from": str(backup), "created_at": result.meta.get("created_at"),
            "kept_as": str(result.kept_as) if result.kept_as else None})


def audit_anchors(db: Database, folders: tuple[Path, ...] = ()) -> list[tuple[int, str, str]]:
    """The audit chain heads recorded in this office's backups beside the database
    and in `folders` (a USB stick), for audit.verify: entries cut off the end of the
    log since a backup was made, or entries rewritten with their hashes recomputed,
    are caught against them. Backups made before the last restore hold another
    branch of the history and are left out."""
    from sqlalchemy import func

    with db.read_session() as session:
        office = office_code(session)
        restored = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "restore"))
    after = datetime.fromisoformat(restored) if restored else None
    anchors = []
    listed_all = [b for folder in (files.default_folder(db.path), *folders) for b in list_backups(folder)]
    for listed in listed_all:
        if listed.problem is None and listed.audit_head and listed.office_code == office and (
                after is None or datetime.fromisoformat(listed.created_at) > after):
            anchors.append((listed.audit_head["id"], listed.audit_head["hash"],
                            Said(f"备份 {listed.path.name}", f"the backup {listed.path.name}")))
    return anchors


def status(db: Database, now: datetime | None = None) -> BackupStatus:
    """How old the newest backup is, and whether any is off the database's disk: from the
    backups this very database file wrote (a copy of the file elsewhere inherits its audit
    log, not its backups) whose file is there, or sits on another disk (a USB stick that is
    not plugged in now), and the newest one in the usual folder."""
    now = now or _now()
    home = _device(db.path)
    here = str(Path(db.path).resolve())
    last: datetime | None = None
    elsewhere = False
    with db.read_session() as session:
        rows = session.execute(select(AuditEntry.at, AuditEntry.detail).where(AuditEntry.action == "backup")
                               .order_by(AuditEntry.id.desc()).limit(200)).all()
    for at, detail in rows:
        info = json.loads(detail) if detail else {}
        if not info.get("path") or info.get("db", here) != here:
            continue
        recorded = Path(info["path"])
        # entries from before paths were stored absolute: relative to the database's folder
        path = recorded if recorded.is_absolute() else Path(db.path).parent / recorded
        if path.exists():
            device = _device(path.parent)
        elif recorded.is_absolute() and info.get("device") not in (None, home):
            device = info["device"]     # on a stick that is not plugged in now
        else:
            continue                    # deleted (rotation)
        stamp = datetime.fromisoformat(at)
        last = max(last, stamp) if last else stamp
        elsewhere = elsewhere or device != home
    for listed in list_backups(files.default_folder(db.path)):
        if listed.problem is None:
            stamp = datetime.fromisoformat(listed.created_at)
            last = max(last, stamp) if last else stamp
            break
    days = (now - last).days if last else None
    return BackupStatus(last, days, last is None or now - last > timedelta(days=STALE_DAYS), not elsewhere)
