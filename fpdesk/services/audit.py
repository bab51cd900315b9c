"""The audit log: who did what to which record, and who looked at whom."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import AuditEntry
from fpdesk.services.context import Actor, now_iso


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def entry_row(actor: Actor, action: str, table: str | None = None, uid: str | None = None,
              detail: dict | None = None, at: str | None = None) -> dict:
    """The audit_log row as a plain dict (a bulk writer inserts many at once)."""
    return {"at": at or now_iso(), "username": actor.username, "action": action, "table_name": table,
            "record_uid": uid,
            "detail": json.dumps(detail, ensure_ascii=False, default=_json_default, sort_keys=True)
            if detail else None}


def record(session: Session, actor: Actor, action: str, table: str | None = None,
           uid: str | None = None, detail: dict | None = None, at: str | None = None) -> None:
    session.add(AuditEntry(**entry_row(actor, action, table, uid, detail, at)))


@dataclass(frozen=True)
class AuditRow:
    at: str
    username: str
    action: str
    table: str | None
    uid: str | None
    detail: dict | None


def entries(session: Session, uid: str | None = None, limit: int = 200) -> list[AuditRow]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if uid:
        query = query.where(AuditEntry.record_uid == uid)
    return [
        AuditRow(e.at, e.username, e.action, e.table_name, e.record_uid,
                 json.loads(e.detail) if e.detail else None)
        for e in session.scalars(query)
    ]
