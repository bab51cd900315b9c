"""Sign-ins refused by an encrypted office's key slot, audited late.

A wrong password on an encrypted office is refused before the database opens
(services.encryption): there is no audit log to write to yet. Each refusal is
noted in `<db>.signin-failures` beside the database (one JSON line: a random
id, the time and the user name typed, or RECOVERY_CODE; owner-only; never a
password or code), and the
next successful sign-in (auth.authenticate) writes them into the audit log as
`login_failed` entries, in its own transaction, then removes the file. An id
already in the log is not written twice (a crash between the commit and the
removal). The file is capped (MAX_BYTES): attempts beyond it are not noted
one by one, and one more entry says so.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import AuditEntry, User
from fpdesk.services import audit
from fpdesk.services.context import Actor

MAX_BYTES = 256 * 1024          # about 3,000 attempts
REASON = "wrong user name or password (key slot, before the file opened)"
RECOVERY_CODE = "(recovery code)"   # the name noted for a wrong recovery code


def pending_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.signin-failures")


def note(db_path: str | Path, username: str) -> None:
    """Write down one refused attempt; never fails the sign-in it follows."""
    path = pending_path(db_path)
    try:
        if path.exists() and path.stat().st_size >= MAX_BYTES:
            return      # full: `record` says that further attempts were not noted
        line = {"id": secrets.token_hex(8), "at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "user": username[:40]}
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "ab") as fh:
            fh.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError:
        pass    # a read-only folder: the refusal itself still stands


def _read(path: Path) -> list[dict]:
    try:
        with open(path, "rb") as fh:
            text = fh.read(MAX_BYTES + 4096).decode("utf-8", "replace")
    except OSError:
        return []
    found = []
    for raw in text.splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue    # a line torn by a crash
        if isinstance(line, dict) and re.fullmatch(r"[0-9a-f]{16}", str(line.get("id"))):
            found.append(line)
    return found


def record(session: Session, db_path: str | Path) -> bool:
    """Write the noted attempts into the audit log (inside the caller's transaction);
    True when there were any (then `clear` after the commit)."""
    path = pending_path(db_path)
    if not path.exists():
        return False
    lines = _read(path)
    full = path.stat().st_size >= MAX_BYTES
    roles = dict(session.execute(select(User.username, User.role)).all())
    for line in lines:
        marker = f'%"attempt": "{line["id"]}"%'   # audit detail: json.dumps, default separators
        if session.scalar(select(AuditEntry.id).where(AuditEntry.action == "login_failed",
                                                      AuditEntry.detail.like(marker)).limit(1)):
            continue    # written already, before a crash kept the file
        name = str(line.get("user") or "?")
        audit.record(session, Actor(name, roles.get(name, "viewer")), "login_failed",
                     detail={"reason": REASON, "attempted_at": line.get("at"), "attempt": line["id"]})
    if full:
        audit.record(session, Actor("?", "viewer"), "login_failed",
                     detail={"reason": REASON, "more_attempts_not_noted": True, "until": _mtime(path)})
    return True


def _mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone().isoformat(timespec="seconds")


def clear(db_path: str | Path) -> None:
    pending_path(db_path).unlink(missing_ok=True)
