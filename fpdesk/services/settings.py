"""Office settings and rule parameters, stored as JSON in the settings table."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import Setting
from fpdesk.services import audit
from fpdesk.services.context import Actor, require_admin

DEFAULTS: dict[str, object] = {
    "office_region_code": None,   # the township (or county) this database belongs to
    "demo": False,                # a demo database: the sign-in screen shows its account
    "idle_lock_minutes": 10,
    "check_interval_months": 12,  # R01 (3 before schema 0008)
    "menopause_age": 52,          # R07
}


def get(session: Session, key: str):
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return json.loads(value) if value is not None else DEFAULTS.get(key)


def all_settings(session: Session) -> dict:
    stored = {k: json.loads(v) for k, v in session.execute(select(Setting.key, Setting.value))}
    return {**DEFAULTS, **stored}


def put(session: Session, key: str, value) -> None:
    """Write a setting without an actor: set-up and demo generation only."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def change(session: Session, actor: Actor, key: str, value) -> None:
    require_admin(actor)
    before = get(session, key)
    put(session, key, value)
    audit.record(session, actor, "setting", "settings", None, {key: [before, value]})
