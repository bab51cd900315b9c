"""The reminder list of the day, kept current by revision and by date
(migrations 0004, 0007).

Computing the whole township's list from the records takes seconds on a
60,000-person township, and a clerk opens it many times a day. So the list is
computed once and stored with, for each person, the days between which her
items stay the same (`domain.reminders.changes`). After that a request
recomputes only the people whose records changed since (found through the
indexed `rev` columns every write stamps) and those whose span the date has
left, and reads everyone else's items back, their status and days overdue
worked out for the date asked. New rule parameters, a new `RULES_VERSION` or
another calendar year mean a full rebuild.

The stored list is always the list `reminders.compute` would give: the
refresh runs inside one write transaction, so no save can slip between
reading the revision and storing the items.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date

import sqlalchemy.exc
from sqlalchemy.orm import Session

from fpdesk.domain.reminders import RULES_VERSION, status_on
from fpdesk.services.reminders import (ReminderRow, chosen_rules, compute, compute_with_spans, load_params,
                                       raw_rows, sort_key)
from fpdesk.services.revisions import current_rev

# Above this many people to recompute a full rebuild is as quick (measured
# on the 60,000-person demo: 2,400 people 0.3 s, everyone 2.7 s).
FULL_REBUILD_ABOVE = 12000

# Everyone whose items may differ after a write with a revision above :rev:
# the person, the members of a changed household, and each person a changed
# record hangs on (a birth concerns the mother and the child, a benefit the
# holder and the child it is paid for). UNION ALL (the caller makes a set):
# for a plain UNION, newer SQLite builds (SQLCipher's 3.5x) merge ordered full
# index scans instead of searching the rev indexes, 2 s instead of 0 on 60,000.
CHANGED_SQL = """
SELECT uid FROM persons WHERE rev > :rev
UNION ALL SELECT p.uid FROM households h JOIN persons p ON p.household_uid = h.uid WHERE h.rev > :rev
UNION ALL SELECT mother_uid FROM births WHERE rev > :rev
UNION ALL SELECT child_uid FROM births WHERE rev > :rev AND child_uid IS NOT NULL
UNION ALL SELECT woman_uid FROM pregnancies WHERE rev > :rev
UNION ALL SELECT woman_uid FROM contraception WHERE rev > :rev
UNION ALL SELECT person_uid FROM services WHERE rev > :rev
UNION ALL SELECT person_uid FROM migrations WHERE rev > :rev
UNION ALL SELECT person_uid FROM benefits WHERE rev > :rev
UNION ALL SELECT child_uid FROM benefits WHERE rev > :rev AND child_uid IS NOT NULL
"""

COLUMNS = ("person_uid", "rule", "name", "village_code", "group_no", "target_date", "status",
           "days_overdue", "detail", "record_uid")
INSERT_SQL = (f"INSERT INTO reminder_cache ({', '.join(COLUMNS)}) "
              f"VALUES ({', '.join('?' for _ in COLUMNS)})")


def reminder_list(db, on: date, rules: list[str] | None = None,
                  village: str | None = None) -> list[ReminderRow]:
    """The township's open items as of `on` (optionally some rules, one
    village), sorted as FORMATS.md §2 says."""
    chosen = chosen_rules(rules)
    try:
        refresh(db, on)
    except (sqlite3.OperationalError, sqlalchemy.exc.OperationalError):
        # A read-only file or a long-held lock: compute without storing.
        with db.read_session() as session:
            return compute(session, on, chosen, village)
    with db.read_session() as session:
        if not _is_current(session, on):      # a write landed in between: read what it left
            return compute(session, on, chosen, village)
        return _read(session, on, chosen, village)


def refresh(db, on: date) -> str:
    """Bring the stored list up to `on` and the latest revision.
    Returns "current", "updated" (some people recomputed) or "rebuilt"."""
    with db.read_session() as session:
        if _is_current(session, on):
            return "current"
    with db.session() as session:
        state = _state(session)
        rev, key = current_rev(session), params_key(session)
        if state == (on.isoformat(), key, rev):
            return "current"
        if state is not None and state[1] == key and date.fromisoformat(state[0]).year == on.year:
            stale = _changed_people(session, state[2]) | _out_of_span(session, on)
            if len(stale) <= FULL_REBUILD_ABOVE:
                _replace_people(session, on, sorted(stale))
                _set_state(session, on, key, rev)
                return "updated"
        _rebuild(session, on)
        _set_state(session, on, key, rev)
        return "rebuilt"


def params_key(session: Session) -> str:
    """The parameters and the rules' version the stored list was computed with."""
    settings = {**load_params(session).as_settings(), "rules_version": RULES_VERSION}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _state(session: Session) -> tuple[str, str, int] | None:
    row = raw_rows(session, "SELECT on_date, params_key, rev FROM reminder_cache_state WHERE id = 1")
    return tuple(row[0]) if row else None


def _is_current(session: Session, on: date) -> bool:
    return _state(session) == (on.isoformat(), params_key(session), current_rev(session))


def _set_state(session: Session, on: date, key: str, rev: int) -> None:
    session.connection().exec_driver_sql(
        "INSERT OR REPLACE INTO reminder_cache_state (id, on_date, params_key, rev) VALUES (?, ?, ?, ?)",
        (1, on.isoformat(), key, rev))


def _changed_people(session: Session, since_rev: int) -> set[str]:
    return {uid for (uid,) in raw_rows(session, CHANGED_SQL, rev=since_rev)}


def _out_of_span(session: Session, on: date) -> set[str]:
    """The people whose stored items may not hold on `on`."""
    return {uid for (uid,) in raw_rows(
        session, "SELECT person_uid FROM reminder_spans WHERE first_day > :on OR end_day <= :on",
        on=on.isoformat())}


def _rebuild(session: Session, on: date) -> None:
    rows, spans = compute_with_spans(session, on)
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM reminder_cache")
    connection.exec_driver_sql("DELETE FROM reminder_spans")
    _insert(connection, rows, spans)


def _replace_people(session: Session, on: date, uids: list[str]) -> None:
    if not uids:
        return
    rows, spans = compute_with_spans(session, on, persons=uids)
    connection = session.connection()
    chosen = (json.dumps(uids),)
    for table in ("reminder_cache", "reminder_spans"):
        connection.exec_driver_sql(
            f"DELETE FROM {table} WHERE person_uid IN (SELECT value FROM json_each(?))", chosen)
    _insert(connection, rows, spans)


def _insert(connection, rows: list[ReminderRow], spans: dict[str, tuple[date, date]]) -> None:
    if rows:
        connection.exec_driver_sql(INSERT_SQL, [
            (r.person_uid, r.rule, r.name, r.village_code, r.group_no, r.target_date.isoformat(), r.status,
             r.days_overdue, _stored_detail(r), r.record_uid) for r in rows])
    if spans:
        connection.exec_driver_sql(
            "INSERT INTO reminder_spans (person_uid, first_day, end_day) VALUES (?, ?, ?)",
            [(uid, first.isoformat(), end.isoformat()) for uid, (first, end) in spans.items()])


def _stored_detail(row: ReminderRow) -> str:
    """The detail column holds both languages, ["上次检查 …", "Last check …"]."""
    return json.dumps([row.detail, row.detail_en], ensure_ascii=False)


def _read_detail(stored: str) -> dict[str, str]:
    zh, en = json.loads(stored)
    return {"detail": zh, "detail_en": en}


def _read(session: Session, on: date, rules: list[str], village: str | None) -> list[ReminderRow]:
    """The stored items of `rules` (in `village`), with status and days
    overdue as of `on`."""
    # the stored status and days overdue are those of the day the items were
    # computed; within a span only they move, so they are worked out for `on`
    sql = ("SELECT person_uid, rule, name, village_code, group_no, target_date, detail, record_uid "
           "FROM reminder_cache WHERE rule IN (SELECT value FROM json_each(:rules)) "
           "AND (:village IS NULL OR village_code = :village)")
    params = load_params(session)
    grace = {rule: params.grace(rule) for rule in rules}
    rows = []
    for uid, rule, name, village_code, group, target, detail, record in raw_rows(
            session, sql, rules=json.dumps(rules), village=village):
        target_date = date.fromisoformat(target)
        status, late = status_on(target_date, grace[rule], on)
        rows.append(ReminderRow(rule=rule, person_uid=uid, name=name, village_code=village_code, group_no=group,
                                target_date=target_date, status=status, days_overdue=late,
                                record_uid=record, **_read_detail(detail)))
    rows.sort(key=sort_key)
    return rows
