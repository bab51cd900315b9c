"""The audit log: who did what to which record, and who looked at whom.

It is tamper-evident: every entry carries `hash` = SHA-256(the previous
entry's hash + the canonical content of its own fields, id included), and
SQLite triggers (migration 0009) refuse UPDATE and DELETE and any INSERT
that is not the next id with a hash. Editing or deleting an entry with an
outside tool (after dropping the triggers) breaks the chain at that entry,
which `verify` names. The chain is unkeyed: whoever can write the file can
also recompute every hash after an edit, which only an anchor kept out of
their reach shows (a chain head recorded earlier: in a backup's label, or
noted on paper from `audit verify`; see `verify`'s `anchors`). Entries are written straight away (not at flush),
inside the caller's write transaction, so the chain's order is the ids'.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fpdesk.db.models import AuditEntry
from fpdesk.domain.messages import Said, english_of
from fpdesk.services.context import Actor, now_iso


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


GENESIS = "0" * 64
_FIELDS = (AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action, AuditEntry.table_name,
           AuditEntry.record_uid, AuditEntry.detail)
_COLUMNS = ("id", "at", "username", "action", "table_name", "record_uid", "detail")


def chain_hash(previous: str, entry_id: int, at: str, username: str, action: str,
               table_name: str | None, record_uid: str | None, detail: str | None) -> str:
    """SHA-256 of the previous hash and this entry's canonical content (compact JSON array)."""
    content = json.dumps([entry_id, at, username, action, table_name, record_uid, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(previous.encode("ascii") + content.encode("utf-8")).hexdigest()


def entry_row(actor: Actor, action: str, table: str | None = None, uid: str | None = None,
              detail: dict | None = None, at: str | None = None) -> dict:
    """An audit_log row's content as a plain dict, before it is chained (`insert_entries`)."""
    return {"at": at or now_iso(), "username": actor.username, "action": action, "table_name": table,
            "record_uid": uid,
            "detail": json.dumps(detail, ensure_ascii=False, default=_json_default, sort_keys=True)
            if detail else None}


def insert_entries(session: Session, rows: list[dict]) -> None:
    """Chain `entry_row` dicts onto the log in order (next ids, each hash over the one before) and
    insert them in one statement; a bulk writer's many entries cost one round trip."""
    if not rows:
        return
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry_id, previous = (last[0] + 1, last[1] or GENESIS) if last else (1, GENESIS)
    chained = []
    for row in rows:
        fields = (entry_id, row["at"], row["username"], row["action"], row["table_name"], row["record_uid"],
                  row["detail"])
        previous = chain_hash(previous, *fields)
        chained.append({**dict(zip(_COLUMNS, fields, strict=True)), "hash": previous})
        entry_id += 1
    session.execute(insert(AuditEntry), chained)


def record(session: Session, actor: Actor, action: str, table: str | None = None,
           uid: str | None = None, detail: dict | None = None, at: str | None = None) -> None:
    insert_entries(session, [entry_row(actor, action, table, uid, detail, at)])


@dataclass(frozen=True)
class AuditRow:
    at: str
    username: str
    action: str
    table: str | None
    uid: str | None
    detail: dict | None
    id: int | None = None


def entries(session: Session, uid: str | None = None, limit: int | None = 200, since: str | None = None,
            username: str | None = None, offset: int = 0) -> list[AuditRow]:
    """Newest first; `since` an ISO date or time (entries at or after it)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    if uid:
        query = query.where(AuditEntry.record_uid == uid)
    if since:
        query = query.where(AuditEntry.at >= since)
    if username:
        query = query.where(AuditEntry.username == username)
    return [
        AuditRow(e.at, e.username, e.action, e.table_name, e.record_uid,
                 json.loads(e.detail) if e.detail else None, e.id)
        for e in session.scalars(query)
    ]


def count(session: Session, since: str | None = None, username: str | None = None) -> int:
    from sqlalchemy import func

    query = select(func.count()).select_from(AuditEntry)
    if since:
        query = query.where(AuditEntry.at >= since)
    if username:
        query = query.where(AuditEntry.username == username)
    return session.scalar(query) or 0


@dataclass(frozen=True)
class ChainState:
    entries: int
    broken_at: int | None        # the id of the first entry whose hash does not hold
    problem: str | None          # for the clerk: a Said (Chinese, with .en)
    head: str | None             # the last entry's hash
    head_id: int | None = None   # the last entry's id (with `head`: an anchor to note down)

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def _rows(session: Session) -> Iterator[tuple]:
    yield from session.execute(select(*_FIELDS, AuditEntry.hash).order_by(AuditEntry.id)
                               .execution_options(yield_per=5000))


def verify(session: Session, anchors: list[tuple[int, str, str]] = ()) -> ChainState:
    """Recompute the chain from the first entry; name the first that does not hold.
    `anchors` are (id, hash, where) of chain heads seen before (in backups): each
    must still be in the chain, or entries at its end were cut off."""
    state = _walk(session)
    if not state.intact:
        return state
    for entry_id, expected, where in sorted(anchors):
        stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))
        if stored != expected:
            gone = stored is None
            return ChainState(state.entries, entry_id, Said(
                f"审计日志第 {entry_id} 条（{where} 中记录的链尾）{'已不存在：末尾的条目被删除' if gone else '校验值不符'}",
                f"Audit entry {entry_id} (the chain's end recorded in {english_of(where)}) "
                f"{'is gone: entries at the end were deleted' if gone else 'does not match its seal'}"), None)
    return state


def _walk(session: Session) -> ChainState:
    previous, expected_id, n = GENESIS, None, 0
    for *fields, stored in _rows(session):
        n += 1
        entry_id = fields[0]
        if chain_hash(previous, *fields) != stored:
            if expected_id is not None and entry_id != expected_id:
                why = Said(f"第 {expected_id}–{entry_id - 1} 条已被删除（编号从 {expected_id - 1} 跳到 {entry_id}）",
                           f"entries {expected_id}–{entry_id - 1} were deleted (the numbers jump from "
                           f"{expected_id - 1} to {entry_id})")
            elif stored is None:
                why = Said("没有校验值（不是经本程序写入的）", "it has no seal (fpdesk did not write it)")
            else:
                why = Said("内容或校验值已被改动，或其前面的条目被删除",
                           "its content or seal was changed, or an entry before it was deleted")
            return ChainState(n, entry_id, Said(f"审计日志第 {entry_id} 条校验不符：{why}",
                                                f"Audit entry {entry_id} does not match its seal: {why.en}"), None)
        previous, expected_id = stored, entry_id + 1
    return ChainState(n, None, None, previous if n else None, expected_id - 1 if n else None)
