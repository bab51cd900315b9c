"""Create, correct and soft-delete records, with the entry-time checks.

Every function works inside the caller's transaction (`Database.session()`):
an exception leaves nothing behind. Errors refuse the save with
field-level messages; warnings refuse it too unless the caller passes
`accept_warnings=True` after the clerk has confirmed them. Each change
takes the transaction's revision and writes an audit entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from fpdesk.db.models import EXCHANGED_MODELS, Person
from fpdesk.domain import checks, idcard
from fpdesk.domain.checks import Finding, PersonFacts
from fpdesk.domain.messages import ClerkError
from fpdesk.domain.pinyin import initials, sort_key
from fpdesk.services import audit
from fpdesk.services.context import Actor, now_iso, require_edit
from fpdesk.services.context import today as default_today
from fpdesk.services.revisions import transaction_rev

META_FIELDS = ("uid", "created_at", "updated_at", "deleted", "rev")
LOCAL_FIELDS = {"persons": ("pinyin_initials", "pinyin_key")}
# Exchanged, but never set by a clerk: a health check's items a package brought that this
# version does not know (FORMATS.md §4), kept as they came. Not data fields, so a correction
# through the form (update) leaves them as they are.
CARRIED_FIELDS = {"services": ("item_extra",)}

# reference field → table it points to
REFERENCES: dict[str, dict[str, str]] = {
    "households": {"head_uid": "persons"},
    "persons": {"household_uid": "households"},
    "marriages": {"person_uid": "persons", "spouse_uid": "persons"},
    "births": {"mother_uid": "persons", "father_uid": "persons", "child_uid": "persons"},
    "pregnancies": {"woman_uid": "persons", "birth_uid": "births"},
    "contraception": {"woman_uid": "persons"},
    "services": {"person_uid": "persons", "contraception_uid": "contraception",
                 "pregnancy_uid": "pregnancies"},
    "migrations": {"person_uid": "persons"},
    "benefits": {"person_uid": "persons", "child_uid": "persons"},
}


class RecordRejected(ClerkError):
    """The record has errors; nothing was written."""

    def __init__(self, table: str, findings: list[Finding]):
        self.table = table
        self.findings = [f for f in findings if f.is_error]
        super().__init__("；".join(f"{checks.field_label(f.field)}：{f.message_zh}" for f in self.findings),
                         "; ".join(f"{checks.field_label(f.field, 'en')}: {f.message_en}" for f in self.findings))


class WarningsNotAccepted(ClerkError):
    """The record has warnings the clerk has not confirmed; nothing was written."""

    def __init__(self, table: str, findings: list[Finding]):
        self.table = table
        self.findings = findings
        super().__init__("；".join(f.message_zh for f in findings), "; ".join(f.message_en for f in findings))


class RecordNotFound(ClerkError):
    pass


@dataclass(frozen=True)
class SaveResult:
    uid: str
    warnings: tuple[Finding, ...] = field(default_factory=tuple)


def model_for(table: str):
    try:
        return EXCHANGED_MODELS[table]
    except KeyError:
        raise ValueError(f"unknown record table: {table}") from None


@lru_cache(maxsize=None)
def data_fields(table: str) -> tuple[str, ...]:
    """The fields a clerk (or a package) sets on a record of `table`."""
    skip = set(META_FIELDS) | set(LOCAL_FIELDS.get(table, ())) | set(CARRIED_FIELDS.get(table, ()))
    return tuple(a.key for a in inspect(model_for(table)).column_attrs if a.key not in skip)


def as_dict(obj, table: str, with_meta: bool = False) -> dict:
    names = data_fields(table)
    if with_meta:
        names = META_FIELDS + names
    return {name: getattr(obj, name) for name in names}


def _load(session: Session, table: str, uid: str):
    obj = session.get(model_for(table), uid)
    if obj is None or obj.deleted:
        raise RecordNotFound(f"记录不存在或已删除：{table} {uid}", f"No such record (or it was deleted): {table} {uid}")
    return obj


def get(session: Session, table: str, uid: str) -> dict:
    return as_dict(_load(session, table, uid), table, with_meta=True)


def person_facts(session: Session, uid: str | None) -> PersonFacts | None:
    if not uid:
        return None
    row = session.execute(
        select(Person.birth_date, Person.death_date, Person.sex).where(Person.uid == uid)
    ).first()
    return PersonFacts(*row) if row else None


def _reference_findings(session: Session, table: str, record: dict) -> list[Finding]:
    found = []
    for name, target in REFERENCES.get(table, {}).items():
        uid = record.get(name)
        if not uid:
            continue
        model = model_for(target)
        exists = session.scalar(
            select(func.count()).select_from(model).where(model.uid == uid, model.deleted.is_(False)))
        if not exists:
            found.append(checks.error(
                name, "reference", f"引用的记录不存在：{uid}", f"referenced record does not exist: {uid}"))
    return found


def validate(session: Session, table: str, record: dict, today: date | None = None) -> list[Finding]:
    """All findings for the complete record as it would be saved."""
    today = today or default_today()
    check = checks.RECORD_CHECKS[table]
    person_field = checks.PERSON_FIELD.get(table)
    if person_field:
        found = check(record, today, person_facts(session, record.get(person_field)))
    else:
        found = check(record, today)
    return found + _reference_findings(session, table, record)


def _unknown_fields(table: str, fields: dict) -> None:
    unknown = set(fields) - set(data_fields(table))
    if unknown:
        raise ValueError(f"unknown fields for {table}: {sorted(unknown)}")


def _normalise(table: str, record: dict) -> dict:
    record = dict(record)
    for name, value in record.items():
        if isinstance(value, str):
            record[name] = value.strip() or None
    for name in ("id_number", "spouse_id_number"):
        if record.get(name):
            record[name] = record[name].upper()
    return record


def _gate(table: str, found: list[Finding], accept_warnings: bool) -> tuple[Finding, ...]:
    if any(f.is_error for f in found):
        raise RecordRejected(table, found)
    warnings = tuple(f for f in found if not f.is_error)
    if warnings and not accept_warnings:
        raise WarningsNotAccepted(table, list(warnings))
    return warnings


def _stamp_local(obj, table: str) -> None:
    if table == "persons":
        obj.pinyin_initials = initials(obj.name)
        obj.pinyin_key = sort_key(obj.name)


def _audit_value(name: str, value):
    return idcard.mask(value) if name in ("id_number", "spouse_id_number") and value else value


def create(session: Session, actor: Actor, table: str, fields: dict, *,
           accept_warnings: bool = False, today: date | None = None,
           uid: str | None = None) -> SaveResult:
    require_edit(actor)
    _unknown_fields(table, fields)
    record = _normalise(table, {name: fields.get(name) for name in data_fields(table)})
    warnings = _gate(table, validate(session, table, record, today), accept_warnings)
    stamp = now_iso()
    obj = model_for(table)(
        uid=uid or str(uuid.uuid4()), created_at=stamp, updated_at=stamp, deleted=False,
        rev=transaction_rev(session), **record)
    _stamp_local(obj, table)
    session.add(obj)
    session.flush()
    audit.record(session, actor, "create", table, obj.uid,
                 {k: _audit_value(k, v) for k, v in record.items() if v not in (None, False)})
    return SaveResult(obj.uid, warnings)


def checked_rows(session: Session, actor: Actor, table: str, fields: dict, *,
                 uid: str | None = None) -> tuple[dict, dict]:
    """What create() would write, as plain dicts (the record's row and its audit
    entry), for a bulk importer that has already run this record's checks
    (`checks.RECORD_CHECKS`) and knows its references exist. The importer
    inserts them in batches and defers foreign-key checks to the commit
    (`PRAGMA defer_foreign_keys`)."""
    require_edit(actor)
    _unknown_fields(table, fields)
    record = _normalise(table, {name: fields.get(name) for name in data_fields(table)})
    stamp = now_iso()
    row = {"uid": uid or str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp, "deleted": False,
           "rev": transaction_rev(session), **record}
    if table == "persons":
        row["pinyin_initials"] = initials(row["name"])
        row["pinyin_key"] = sort_key(row["name"])
    entry = audit.entry_row(actor, "create", table, row["uid"],
                            {k: _audit_value(k, v) for k, v in record.items() if v not in (None, False)}, at=stamp)
    return row, entry


def update(session: Session, actor: Actor, table: str, uid: str, changes: dict, *,
           accept_warnings: bool = False, today: date | None = None) -> SaveResult:
    require_edit(actor)
    _unknown_fields(table, changes)
    obj = _load(session, table, uid)
    before = as_dict(obj, table)
    record = _normalise(table, {**before, **changes})
    changed = {k: [before[k], record[k]] for k in record if record[k] != before[k]}
    if not changed:
        return SaveResult(uid)
    warnings = _gate(table, validate(session, table, record, today), accept_warnings)
    for name in changed:
        setattr(obj, name, record[name])
    obj.updated_at = now_iso()
    obj.rev = transaction_rev(session)
    _stamp_local(obj, table)
    session.flush()
    audit.record(session, actor, "update", table, uid,
                 {k: [_audit_value(k, a), _audit_value(k, b)] for k, (a, b) in changed.items()})
    return SaveResult(uid, warnings)


def delete(session: Session, actor: Actor, table: str, uid: str, reason: str | None = None) -> None:
    """Soft delete: the row stays, marked deleted, and travels in the next package."""
    require_edit(actor)
    obj = _load(session, table, uid)
    if table == "households":
        members = session.scalar(select(func.count()).select_from(Person).where(
            Person.household_uid == uid, Person.deleted.is_(False)))
        if members:
            raise RecordRejected(table, [checks.error(
                "uid", "has_members", f"该户还有 {members} 名成员，请先迁移或删除成员",
                f"the household still has {members} members")])
    obj.deleted = True
    obj.updated_at = now_iso()
    obj.rev = transaction_rev(session)
    session.flush()
    audit.record(session, actor, "delete", table, uid, {"reason": reason} if reason else None)

