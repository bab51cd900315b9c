"""Importing a package (FORMATS.md §4): a county merging townships, or a restore.

The reader verifies every hash and count first; then, in ONE write
transaction, the records are staged and checked one by one, references are
resolved, and each uid takes the version with the later `updated_at`
(an equal one changes nothing, so re-importing a package changes nothing).
A verified package is first preceded by an automatic backup of the database
(services.backup.before). Imported rows get the transaction's own revision; persons get their local
pinyin; the producer's county region is created when missing; the import is
written to the import history and the audit log. A package refused whole
leaves the database exactly as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import ImportHistory, Region
from fpdesk.domain.messages import Said, english, english_of
from fpdesk.domain.regions import find_county, level_of
from fpdesk.package import Cancelled, PackageRefused
from fpdesk.package.jsonl import TABLES, file_path
from fpdesk.package.checking import Note
from fpdesk.package.loader import Loader
from fpdesk.package.reader import VerifiedPackage, read_package
from fpdesk.package.workers import likely_lines, worker_pool, worth_a_pool
from fpdesk.perf import collector_paused
from fpdesk.services import audit, backup, settings
from fpdesk.services.context import Actor, now_iso, require_edit
from fpdesk.services.quality import run_check
from fpdesk.services.revisions import transaction_rev

Progress = Callable[[int, int], None]
IMPORT_CACHE_KIB = -524288   # 512 MiB at most, only while importing
REGION_NAMESPACE = uuid.UUID("6f0c1f8e-3b0a-4c55-9d1e-7a4a2f6b9c01")

__all__ = ["ImportSummary", "ImportRecord", "PackageRefused", "import_package", "import_history"]


@dataclass
class ImportSummary:
    region_code: str
    check_code: str
    kind: str
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[dict] = field(default_factory=list)   # {file, uid, reason}
    warnings: list[dict] = field(default_factory=list)  # {file, uid, check, reason}
    region_name: str = ""
    refused_total: int | None = None   # when more were refused than are listed (limits.MAX_REFUSALS_KEPT)

    @property
    def refused_count(self) -> int:
        return len(self.refused) if self.refused_total is None else self.refused_total

    def as_json(self) -> dict:
        """Exactly the `fpdesk import --json` summary of FORMATS.md §4 — plus `refused_total` only
        when more records were refused than are listed."""
        summary = {"package": {"region_code": self.region_code, "check_code": self.check_code, "kind": self.kind},
                   "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                   "refused": list(self.refused), "warnings": list(self.warnings)}
        if self.refused_total is not None:
            summary["refused_total"] = self.refused_total
        return summary


@dataclass(frozen=True)
class ImportRecord:
    """One row of the import history: which office sent which package."""

    imported_at: str
    username: str | None
    region_code: str
    region_name: str | None
    kind: str
    since_rev: int
    until_rev: int
    period: str | None
    created_at: str | None
    check_code: str
    file_name: str | None
    inserted: int
    updated: int
    unchanged: int
    refused: int


def import_history(session: Session) -> list[ImportRecord]:
    """Every package imported, newest first."""
    rows = session.scalars(select(ImportHistory).order_by(ImportHistory.id.desc()))
    return [ImportRecord(r.imported_at, r.username, r.region_code, r.region_name, r.kind, r.since_rev,
                         r.until_rev, r.period, r.created_at, r.check_code, r.file_name, r.inserted,
                         r.updated, r.unchanged, r.refused) for r in rows]


def _check_day(package: VerifiedPackage) -> date:
    """'Today' for the no-future-dates checks: never earlier than the day the package was made."""
    try:
        made = date.fromisoformat(package.manifest["created_at"][:10])
    except ValueError:
        return date.today()
    return max(date.today(), made)


def _ensure_county(session: Session, cursor, code: str, rev: int) -> bool:
    """The county a township (or village) code belongs to, so a county database has its root;
    True when it was added."""
    if level_of(code) not in ("township", "village"):
        return False
    county = code[:6] + "000000"
    if cursor.execute("SELECT 1 FROM main.regions WHERE code = ?", (county,)).fetchone():
        return False
    found = find_county(code[:6])
    stamp = now_iso()
    session.add(Region(uid=str(uuid.uuid5(REGION_NAMESPACE, county)), created_at=stamp, updated_at=stamp,
                       deleted=False, rev=rev, code=county, name=found.name if found else county,
                       level="county", parent_code=None))
    return True


def _load(session: Session, cursor, package: VerifiedPackage, pool, progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> ImportSummary:
    total = sum(package.records(file_path(t)) for t in TABLES)
    if not worth_a_pool(total):
        pool = None
    done = 0

    def tick(lines: int) -> None:
        """`lines` more lines checked (a few thousand at a time)."""
        nonlocal done
        done += lines
        if cancelled is not None and cancelled():
            raise Cancelled()        # the transaction is rolled back: nothing changed
        if progress:
            progress(done, total)

    loader = Loader(cursor, _check_day(package), lambda: transaction_rev(session), tick, pool)
    loader.load(package)
    loader.warnings += _cross_record_warnings(session, loader, _check_day(package))
    if (loader.counts["insert"] or loader.counts["update"]) and _ensure_county(
            session, cursor, package.region_code, loader.rev()):
        loader.counts["insert"] += 1   # the summary counts every row the import added
    order = lambda note: (note.table_index, note.line)  # noqa: E731
    refused = [n.as_json() for n in sorted(loader.refused, key=order)]
    total = None
    if loader.refused_more:
        total = len(refused) + loader.refused_more
        refused.append({"file": "", "uid": "", "reason": Said(
            f"另有 {loader.refused_more} 条拒收的记录未逐条列出（共拒收 {total} 条）",
            f"{loader.refused_more} more refused records are not listed one by one ({total} refused in all)")})
    return ImportSummary(
        package.region_code, package.check_code, package.kind, loader.counts["insert"],
        loader.counts["update"], loader.counts["same"], refused,
        [n.as_json() for n in sorted(loader.warnings, key=order)], package.region_name, total)


def _cross_record_warnings(session: Session, loader: Loader, day: date) -> list[Note]:
    """The findings that need other records (the same ID number on two people, two open
    methods, household heads, a mother's age …) for the records this import wrote: the
    database-wide data check, run in the import's transaction. They are warnings too:
    the records are imported as they are (FORMATS.md §4)."""
    if not any(loader.written.values()):
        return []
    listed = {(n.uid, n.check) for n in loader.warnings}
    found = run_check(session, day, with_integrity=False).findings
    return [Note(file_path(f.table), f.uid, (f"数据检查：{f.message}（{f.field}）",
                                             f"Data check: {english_of(f.message)} ({f.field})"),
                 TABLES.index(f.table), 0, f.check)
            for f in found if f.uid in loader.written.get(f.table, ()) and (f.uid, f.check) not in listed]


def _record(session: Session, actor: Actor, package: VerifiedPackage, summary: ImportSummary) -> None:
    m = package.manifest
    session.add(ImportHistory(
        imported_at=now_iso(), username=actor.username, region_code=package.region_code,
        region_name=package.region_name, kind=package.kind, since_rev=m["since_rev"], until_rev=m["until_rev"],
        period=m.get("period") if isinstance(m.get("period"), str) else None, created_at=m["created_at"],
        check_code=package.check_code, file_name=str(package.path), inserted=summary.inserted,
        updated=summary.updated, unchanged=summary.unchanged, refused=summary.refused_count))
    audit.record(session, actor, "import", None, None, {
        "file": Path(package.path).name, "check_code": package.check_code, "region_code": package.region_code,
        "inserted": summary.inserted, "updated": summary.updated, "unchanged": summary.unchanged,
        "refused": summary.refused_count})
    if not settings.get(session, "office_region_code"):  # a restore into a new database
        settings.put(session, "office_region_code", package.region_code)


def import_package(db, actor: Actor, path, password: str | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportSummary:
    """Verify, then apply in one transaction; raises PackageRefused (nothing written) for a bad
    package, Cancelled (nothing written) once `cancelled()` turns true."""
    require_edit(actor)
    # the workers for a large package start while it is decrypted and verified
    with collector_paused(), worker_pool(likely_lines(path)) as pool:
        package = read_package(path, password)
        try:
            try:
                backup.before(db, actor, "import")
            except backup.BackupError as exc:
                raise PackageRefused(f"导入前的自动备份失败，未导入：{exc}",
                                     f"The automatic backup before the import failed, nothing was imported: "
                                     f"{english(exc)}") from None
            return _apply(db, actor, package, pool, progress, cancelled)
        finally:
            package.close()


def _apply(db, actor: Actor, package: VerifiedPackage, pool, progress: Progress | None,
           cancelled: Callable[[], bool] | None) -> ImportSummary:
    with db.bulk_session() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
        # a county import writes hundreds of megabytes in one transaction: a cache that
        # holds it keeps SQLite from spilling pages to the WAL and reading them back
        cursor.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        try:
            summary = _load(session, cursor, package, pool, progress, cancelled)
            _record(session, actor, package, summary)
        finally:
            cursor.execute(f"PRAGMA cache_size = {int(cache)}")
    return summary
