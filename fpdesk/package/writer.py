"""Writing a submission package (FORMATS.md §4).

One read snapshot gives the producer, the revision span and every record, so
the package is consistent even while the clerk keeps working. The ZIP is written
to a temporary file (0600) in the target folder — with a password, through the
FPX-ENC1 encryption as it is written, so the destination never holds plaintext —
flushed to disk, read back and verified with the reader, and only then renamed
into place; the export history records it. Temporary files of killed earlier
runs (of any fpdesk export or backup into that folder) are removed first.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk import __version__
from fpdesk.durable import clean_stale_temps, fsync_dir
from fpdesk.db.guard import is_disk_full
from fpdesk.db.models import ExportHistory, Region
from fpdesk.domain.messages import ClerkError, english
from fpdesk.domain.periods import PeriodError, parse_period
from fpdesk.package import FORMAT, VERSION, Cancelled, PackageRefused
from fpdesk.package.checkcode import check_code
from fpdesk.package.crypto import EncryptingWriter
from fpdesk.package.jsonl import CODECS, TABLES, file_path
from fpdesk.services import settings
from fpdesk.services.context import Actor, require_edit
from fpdesk.services.revisions import current_rev

Progress = Callable[[int, int], None]
CHINA = timezone(timedelta(hours=8))
BATCH = 2000
REPORT_PATH = "reports/report.json"


class ExportError(ClerkError):
    """The package cannot be written; str() is the Chinese message, message_en the English."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    check_code: str
    kind: str  # full / incremental
    since_rev: int
    until_rev: int
    counts: dict[str, int] = field(default_factory=dict)  # file path → records
    encrypted: bool = False


@dataclass(frozen=True)
class ExportRecord:
    """One row of the export history, for the 上报交换 page."""

    created_at: str
    username: str | None
    kind: str
    since_rev: int
    until_rev: int
    period: str | None
    file_name: str | None
    recipient: str | None
    check_code: str
    encrypted: bool


def export_history(session: Session) -> list[ExportRecord]:
    """Every package written, newest first."""
    rows = session.scalars(select(ExportHistory).order_by(ExportHistory.id.desc()))
    return [ExportRecord(r.created_at, r.username, r.kind, r.since_rev, r.until_rev, r.period,
                         r.file_name, r.recipient, r.check_code, bool(r.encrypted)) for r in rows]


def last_until_rev(session: Session) -> int | None:
    return session.scalar(select(ExportHistory.until_rev).order_by(ExportHistory.id.desc()).limit(1))


def china_now() -> str:
    return datetime.now(CHINA).isoformat(timespec="seconds")


# -- reading the snapshot -------------------------------------------------------------
def producer(session: Session) -> tuple[str, str]:
    code = settings.get(session, "office_region_code")
    if not code:
        raise ExportError("本数据库尚未设置本单位的区划代码（初始设置），无法生成数据包",
                          "This database has no office region code yet (first-run set-up): no package can be made")
    name = session.scalar(select(Region.name).where(Region.code == code))
    if name is None:
        raise ExportError(f"区划表中没有本单位的区划代码 {code}，无法生成数据包",
                          f"The office's region code {code} is not in the regions table: no package can be made")
    return code, name


def _region_codes(cursor, root: str) -> list[str]:
    """The producer's region and everything below it (a county: its townships and their villages)."""
    found, frontier = [root], [root]
    while frontier:
        marks = ",".join("?" * len(frontier))
        frontier = [c for (c,) in cursor.execute(
            f"SELECT code FROM regions WHERE parent_code IN ({marks}) ORDER BY code", frontier)]
        found += frontier
    return found


def _select(table: str, where: str) -> str:
    # by uid: the same records give the same bytes, whatever order they were entered in
    return f'SELECT {CODECS[table].json_expression()} FROM "{table}" WHERE {where} ORDER BY uid'


def _rows(cursor, table: str, since: int, regions: list[str]):
    if table == "regions":  # the producer's regions travel whole in every package
        marks = ",".join("?" * len(regions))
        cursor.execute(_select(table, f"code IN ({marks})"), regions)
    else:
        cursor.execute(_select(table, "rev > ?"), (since,))
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _count(cursor, table: str, since: int) -> int:
    return cursor.execute(f'SELECT count(*) FROM "{table}" WHERE rev > ?', (since,)).fetchone()[0]


# -- writing the ZIP -------------------------------------------------------------------
def _write_table(zf: zipfile.ZipFile, cursor, table: str, since: int, regions: list[str],
                 tick: Callable[[int], None]) -> dict | None:
    digest, records, out = hashlib.sha256(), 0, None
    try:
        for batch in _rows(cursor, table, since, regions):
            if out is None:
                out = zf.open(file_path(table), "w", force_zip64=True)
            chunk = "".join(line + "\n" for (line,) in batch).encode("utf-8")
            digest.update(chunk)
            out.write(chunk)
            records += len(batch)
            tick(len(batch))
    finally:
        if out is not None:
            out.close()
    if not records:  # a data file with no records is left out
        return None
    return {"path": file_path(table), "sha256": digest.hexdigest(), "records": records}


def _report(session: Session, period) -> dict | None:
    """The statistical report of the period, when the statistics service is available."""
    try:
        from fpdesk.services.statistics import compute_report
    except ImportError:
        return None
    return compute_report(session, period).as_json()


def _write_json(zf: zipfile.ZipFile, path: str, value) -> bytes:
    data = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    zf.writestr(path, data)
    return data


@dataclass
class _Plan:
    code: str
    name: str
    kind: str
    since: int
    until: int
    period: str | None


def _plan(session: Session, full: bool, period: str | None) -> _Plan:
    code, name = producer(session)
    until = current_rev(session)
    last = None if full else last_until_rev(session)
    since = last or 0
    return _Plan(code, name, "full" if last is None else "incremental", since, until, period)


def _write_zip(session: Session, target, plan: _Plan, period, progress: Progress | None,
               cancelled: Callable[[], bool] | None = None) -> dict:
    cursor = session.connection().connection.driver_connection.cursor()
    regions = _region_codes(cursor, plan.code)
    total = sum(_count(cursor, t, plan.since) for t in TABLES if t != "regions") + len(regions)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress:
            progress(done, total)

    files = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for table in TABLES:
            entry = _write_table(zf, cursor, table, plan.since, regions, tick)
            if entry:
                files.append(entry)
        report = _report(session, period) if period is not None else None
        if report is not None:
            data = _write_json(zf, REPORT_PATH, report)
            files.append({"path": REPORT_PATH, "sha256": hashlib.sha256(data).hexdigest(),
                          "records": len(report.get("tables", []))})
        manifest = {
            "format": FORMAT, "version": VERSION,
            "producer": {"region_code": plan.code, "region_name": plan.name, "app_version": __version__},
            "kind": plan.kind, "since_rev": plan.since, "until_rev": plan.until,
            "period": plan.period, "created_at": china_now(), "files": files,
        }
        manifest["check_code"] = check_code(manifest)
        _write_json(zf, "manifest.json", manifest)
    return manifest


def private_file(path: Path):
    """A new file readable by its owner only (0600 on POSIX), opened for binary writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def _write_file(session, tmp: Path, plan: _Plan, period, password: str | None, progress, cancelled) -> dict:
    """The package into `tmp` (0600): with a password, the ZIP goes through the encryption as it is
    written, so no plaintext ever reaches the destination's disk."""
    with private_file(tmp) as raw:
        sink = EncryptingWriter(raw, password) if password else raw
        manifest = _write_zip(session, sink, plan, period, progress, cancelled)
        if password:
            sink.close()
        raw.flush()
        os.fsync(raw.fileno())
    return manifest


def export_package(db, actor: Actor, out_path, *, full: bool, period: str | None = None,
                   password: str | None = None, recipient: str | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the package to `out_path` (replaced atomically) and record it in the export history.
    Raises Cancelled once `cancelled()` turns true: no file is left and nothing is recorded."""
    require_edit(actor)
    out_path = Path(out_path)
    try:
        parsed = parse_period(period) if period else None
    except PeriodError as exc:
        raise ExportError(str(exc), english(exc)) from None
    if not out_path.parent.is_dir():
        raise ExportError(f"目标文件夹不存在：{out_path.parent}", f"The folder does not exist: {out_path.parent}")
    tmp = out_path.parent / f".{out_path.name}.{os.getpid()}.tmp"
    clean_stale_temps(out_path.parent)   # every killed run's, whatever name it wrote
    try:
        with db.read_session() as session:
            plan = _plan(session, full, parsed.text if parsed else None)
            manifest = _write_file(session, tmp, plan, parsed, password, progress, cancelled)
        _verify(tmp, password, manifest["check_code"])
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    except OSError as exc:
        raise ExportError(*_write_failed(out_path, exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    counts = {f["path"]: f["records"] for f in manifest["files"]}
    with db.session() as session:
        session.add(ExportHistory(
            created_at=manifest["created_at"], username=actor.username, kind=plan.kind,
            since_rev=plan.since, until_rev=plan.until, period=plan.period, file_name=str(out_path),
            recipient=recipient, check_code=manifest["check_code"], encrypted=bool(password)))
    return ExportResult(out_path, manifest["check_code"], plan.kind, plan.since, plan.until,
                        counts, bool(password))


def _write_failed(out_path: Path, exc: OSError) -> tuple[str, str]:
    if is_disk_full(exc):
        return (f"磁盘已满：数据包 {out_path} 没有写成（目标位置 {out_path.parent} 空间不足），数据库没有改动。"
                "请换用有足够空间的位置后重试",
                f"The disk is full: the package {out_path} was not written (not enough space in "
                f"{out_path.parent}); the database is unchanged. Choose a place with enough space and try again")
    return f"无法写入数据包 {out_path}：{exc.strerror or exc}", f"Cannot write the package {out_path}: {exc.strerror or exc}"


def _verify(path: Path, password: str | None, expected: str) -> None:
    from fpdesk.package.reader import read_package

    try:
        package = read_package(path, password)
    except PackageRefused as exc:
        raise ExportError(f"写出的数据包未能通过校验：{exc}",
                          f"The package written did not pass its check: {english(exc)}") from None
    if package.check_code != expected:
        raise ExportError("写出的数据包未能通过校验：校验码不一致",
                          "The package written did not pass its check: the check codes differ")
