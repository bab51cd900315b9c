"""The database-wide data check (FORMATS.md §5, DOMAIN.md §Data checks).

A few set-based queries over whole tables (never one per person) return the
rows to look at; the rules of fpdesk.domain.quality judge them. Only reads:
`run_check` works in any read transaction, and `fpdesk check` opens the file
so that nothing can be written (fpdesk.db.readonly).
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from fpdesk.db.engine import driver_errors
from fpdesk.domain import idcard
from fpdesk.domain.checks import field_label
from fpdesk.domain.codes import METHOD
from fpdesk.domain.dates import format_iso
from fpdesk.domain.messages import Said
from fpdesk.domain.messages import ClerkError
from fpdesk.domain.quality import (DATABASE_CHECKS, ERROR, SEVERITY_ORDER, WARNING, age_at, id_key,
                                   id_number_problems)
from fpdesk.domain.quality import severity as severity_of

__all__ = ["QualityFinding", "QualityReport", "DatabaseDamaged", "run_check", "integrity", "DATABASE_CHECKS"]


@dataclass(frozen=True)
class QualityFinding:
    check: str
    severity: str
    table: str
    uid: str
    person_uid: str | None
    name: str
    village_code: str | None
    field: str
    message: str

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class QualityReport:
    date: date
    integrity: str
    findings: list[QualityFinding]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(f.severity for f in self.findings)
        return {ERROR: found[ERROR], WARNING: found[WARNING]}

    def by_check(self) -> Counter:
        return Counter(f.check for f in self.findings)

    def by_village(self) -> Counter:
        return Counter(f.village_code for f in self.findings)

    def as_json(self) -> dict:
        return {"date": self.date.isoformat(), "integrity": self.integrity, "counts": self.counts,
                "findings": [f.as_json() for f in self.findings]}


def _d(text) -> date | None:
    """A stored date; None for null or text that is no date (odd data never raises)."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


# -- integrity ----------------------------------------------------------------------------

def integrity(cursor) -> str:
    """"ok", or the first problem of SQLite's quick_check, then of foreign_key_check."""
    try:
        first = cursor.execute("PRAGMA quick_check(1)").fetchone()
        if not first or first[0] != "ok":
            return f"quick_check：{first[0] if first else '无结果'}"
        bad = cursor.execute("PRAGMA foreign_key_check").fetchone()
    except driver_errors() as exc:
        return f"数据库文件损坏：{exc}"
    if bad:
        table, rowid, parent, _fk = bad
        return f"foreign_key_check：{table} 表第 {rowid} 行引用的 {parent} 记录不存在"
    return "ok"


# -- the check ----------------------------------------------------------------------------

class _People:
    """Every person (deleted ones marked), with what findings name: one query."""

    SQL = ("SELECT p.uid, p.name, p.sex, p.birth_date, p.id_number, p.relation, p.residence, "
           "p.marital_status, p.first_marriage_date, p.arrived_date, p.left_date, p.death_date, "
           "p.menopause_date, p.deleted, p.household_uid, h.village_code "
           "FROM persons p LEFT JOIN households h ON h.uid = p.household_uid")

    def __init__(self, cursor):
        self.rows = cursor.execute(self.SQL).fetchall()
        self.by_uid = {r[0]: r for r in self.rows}

    def who(self, uid) -> tuple[str, str | None]:
        row = self.by_uid.get(uid)
        return (row[1] or "", row[15]) if row else ("", None)

    def alive(self, uid) -> bool:
        row = self.by_uid.get(uid)
        return bool(row) and not row[13]


def _label_en(field: str) -> str:
    label = field_label(field, "en")
    return label[:1].upper() + label[1:]


def _compared(field: str, value: date, zh: str, en: str) -> Said:
    """"出生日期（2030-01-01）晚于检查日 2026-11-22": a date against another, in both languages."""
    return Said(f"{field_label(field)}（{format_iso(value)}）{zh}", f"{_label_en(field)} ({format_iso(value)}) {en}")


class _Collector:
    def __init__(self, people: _People):
        self.people, self.found = people, []

    def add(self, check: str, table: str, uid: str, person_uid: str | None, field: str, message: str,
            name: str | None = None, village: str | None = None) -> None:
        who, where = self.people.who(person_uid)
        self.found.append(QualityFinding(check, severity_of(check), table, uid, person_uid,
                                         name if name is not None else who,
                                         village if village is not None else where, field, message))


PERSON_DATES = ("first_marriage_date", "arrived_date", "left_date", "death_date", "menopause_date")
_LIVING = (8, 9)   # residences of persons no longer living here


def _persons(c: _Collector, on: date) -> None:
    numbers: dict[str, list[tuple]] = defaultdict(list)
    for row in c.people.rows:
        (uid, name, sex, birth, number, relation, residence, marital, first_marriage, *_dates,
         deleted, _household, _village) = row
        if deleted:
            continue
        birth_day = _d(birth)
        for problem in id_number_problems(number, birth_day, sex):
            c.add(problem.check, "persons", uid, uid, "id_number", problem.message)
        for field, value in (("name", name), ("sex", sex), ("birth_date", birth_day), ("relation", relation),
                             ("residence", residence)):
            if value is None or (isinstance(value, str) and not value.strip()):
                c.add("missing_field", "persons", uid, uid, field,
                      Said(f"未填写{field_label(field)}", f"{_label_en(field)} is missing"))
        if birth_day and marital is None and age_at(birth_day, on) >= 15:
            c.add("missing_field", "persons", uid, uid, "marital_status",
                  Said("15 岁及以上人员未填写婚姻状况", "Marital status is missing for a person aged 15 or over"))
        if marital == 21 and not first_marriage:
            c.add("first_marriage_missing", "persons", uid, uid, "first_marriage_date",
                  Said("初婚但未填写初婚日期", "First married, without the date of the first marriage"))
        for field, value in zip(("birth_date", *PERSON_DATES), (birth_day, *map(_d, row[8:13]))):
            if value and value > on:
                c.add("future_date", "persons", uid, uid, field,
                      _compared(field, value, f"晚于检查日 {format_iso(on)}", f"is after the check date {format_iso(on)}"))
            elif value and birth_day and field != "birth_date" and value < birth_day:
                c.add("before_birth", "persons", uid, uid, field,
                      _compared(field, value, f"早于出生日期（{format_iso(birth_day)}）",
                                f"is before the birth date ({format_iso(birth_day)})"))
        if number and residence not in _LIVING and not row[11]:
            key = id_key(number)
            if key:
                numbers[key].append((uid, name or ""))
    for key, holders in numbers.items():
        if len(holders) > 1:
            for uid, _name in holders:
                others = "、".join(n for u, n in holders if u != uid)
                c.add("id_duplicate", "persons", uid, uid, "id_number",
                      Said(f"身份证号码 {idcard.mask(key)} 也登记在 {others} 名下",
                           f"ID number {idcard.mask(key)} is also recorded for {others}"))


# event dates: (table, person field, date field, bounded by the person's life?)
EVENT_DATES = (
    ("marriages", "person_uid", "date", True), ("births", "mother_uid", "birth_date", True),
    ("births", "mother_uid", "reported_date", False), ("pregnancies", "woman_uid", "found_date", True),
    ("pregnancies", "woman_uid", "lmp_date", True), ("pregnancies", "woman_uid", "outcome_date", True),
    ("contraception", "woman_uid", "start_date", True), ("contraception", "woman_uid", "end_date", False),
    ("services", "person_uid", "date", True), ("migrations", "person_uid", "date", True),
    ("migrations", "person_uid", "verified_date", False), ("benefits", "person_uid", "confirmed_date", False),
    ("benefits", "person_uid", "paid_date", False),
)


def _events(c: _Collector, cursor, on: date) -> None:
    """Dated before the person's birth, after her death, or after the check's date: one query
    per table, the comparisons done by SQLite over the whole table."""
    by_table = defaultdict(list)
    for spec in EVENT_DATES:
        by_table[spec[0]].append(spec)
    today = on.isoformat()
    for table, specs in by_table.items():
        person = specs[0][1]
        fields = [s[2] for s in specs]
        tests = " OR ".join(
            f'(e."{f}" > :on)' + (f' OR (e."{f}" < p.birth_date) OR (e."{f}" > p.death_date)' if life else "")
            for _t, _p, f, life in specs)
        sql = (f'SELECT e.uid, e."{person}", p.birth_date, p.death_date, '
               + ", ".join(f'e."{f}"' for f in fields)
               + f' FROM "{table}" e JOIN persons p ON p.uid = e."{person}" '
               f"WHERE e.deleted = 0 AND p.deleted = 0 AND ({tests})")
        for uid, person_uid, birth, death, *values in cursor.execute(sql, {"on": today}):
            birth, death = _d(birth), _d(death)
            for (_t, _p, field, life), value in zip(specs, map(_d, values)):
                if value is None:
                    continue
                if value > on:
                    c.add("future_date", table, uid, person_uid, field,
                          _compared(field, value, f"晚于检查日 {format_iso(on)}",
                                    f"is after the check date {format_iso(on)}"))
                elif life and birth and value < birth:
                    c.add("before_birth", table, uid, person_uid, field,
                          _compared(field, value, f"早于本人出生日期（{format_iso(birth)}）",
                                    f"is before the person's birth date ({format_iso(birth)})"))
                elif life and death and value > death:
                    c.add("after_death", table, uid, person_uid, field,
                          _compared(field, value, f"晚于本人死亡日期（{format_iso(death)}）",
                                    f"is after the person's death date ({format_iso(death)})"))


def _births(c: _Collector, cursor) -> None:
    sql = ("SELECT b.uid, b.mother_uid, b.child_uid, b.birth_date, b.reported_date, m.birth_date, m.deleted, "
           "m.uid FROM births b LEFT JOIN persons m ON m.uid = b.mother_uid WHERE b.deleted = 0")
    for uid, mother, child, born, reported, mother_born, mother_deleted, found in cursor.execute(sql):
        born, reported, mother_born = _d(born), _d(reported), _d(mother_born)
        if found is None or mother_deleted:
            who = child if c.people.alive(child) else None
            c.add("birth_no_mother", "births", uid, who, "mother_uid",
                  Said("出生记录的母亲不存在或已删除", "The birth's mother does not exist or was deleted") if mother
                  else Said("出生记录未填写母亲", "The birth has no mother"))
            continue
        if born and mother_born and born >= mother_born:
            age = age_at(mother_born, born)
            if not 15 <= age <= 55:
                c.add("mother_age", "births", uid, mother, "birth_date",
                      Said(f"分娩时母亲年龄为 {age} 岁，请核实", f"The mother was {age} at the birth: please verify"))
        if born and reported and reported > born + timedelta(days=3):
            c.add("late_birth_report", "births", uid, mother, "reported_date",
                  Said(f"出生于 {format_iso(born)}，{format_iso(reported)} 才报告（晚 {(reported - born).days} 天）",
                       f"Born {format_iso(born)}, reported only {format_iso(reported)} "
                       f"({(reported - born).days} days late)"))


def _contraception(c: _Collector, cursor) -> None:
    for uid, woman in cursor.execute(
            "SELECT e.uid, e.woman_uid FROM contraception e JOIN persons p ON p.uid = e.woman_uid "
            "WHERE e.deleted = 0 AND p.deleted = 0 AND e.method <> 0 AND e.start_date IS NULL"):
        c.add("method_no_start", "contraception", uid, woman, "start_date",
              Said("避孕措施未填写开始日期", "The contraceptive method has no start date"))
    # an episode is open from its start up to (not on) its end date
    sql = ("SELECT b.uid, b.woman_uid, a.method, a.start_date, b.method, b.start_date "
           "FROM contraception a JOIN contraception b ON b.woman_uid = a.woman_uid AND b.uid <> a.uid "
           "JOIN persons p ON p.uid = a.woman_uid "
           "WHERE a.deleted = 0 AND b.deleted = 0 AND p.deleted = 0 "
           "AND a.start_date IS NOT NULL AND b.start_date IS NOT NULL "
           "AND (a.start_date < b.start_date OR (a.start_date = b.start_date AND a.uid < b.uid)) "
           "AND b.start_date < coalesce(a.end_date, '9999-12-31')")
    for uid, woman, first_method, first_start, method, start in cursor.execute(sql):
        c.add("two_open_methods", "contraception", uid, woman, "start_date",
              Said(f"{METHOD.label(method)}（{start} 起）开始时，{METHOD.label(first_method)}"
                   f"（{first_start} 起）尚未停用",
                   f"{METHOD.label(method, 'en')} (from {start}) began while {METHOD.label(first_method, 'en')} "
                   f"(from {first_start}) had not ended"))


def _pregnancies(c: _Collector, cursor) -> None:
    for uid, woman, found, outcome in cursor.execute(
            "SELECT e.uid, e.woman_uid, e.found_date, e.outcome_date FROM pregnancies e "
            "JOIN persons p ON p.uid = e.woman_uid WHERE e.deleted = 0 AND p.deleted = 0 "
            "AND e.outcome_date < e.found_date"):
        c.add("outcome_before_found", "pregnancies", uid, woman, "outcome_date",
              Said(f"妊娠结局日期（{outcome}）早于发现日期（{found}）",
                   f"The outcome date ({outcome}) is before the date found ({found})"))


def _services(c: _Collector, cursor) -> None:
    for uid, person in cursor.execute(
            "SELECT e.uid, e.person_uid FROM services e JOIN persons p ON p.uid = e.person_uid "
            "WHERE e.deleted = 0 AND p.deleted = 0 AND e.date IS NULL"):
        c.add("missing_field", "services", uid, person, "date", Said("服务记录未填写日期", "The service has no date"))


def _households(c: _Collector, cursor) -> None:
    """Households whose head is not one of their living members, or with two living 户主:
    counted by SQLite over the whole table, only those few looked at here."""
    living = "p.deleted = 0 AND p.residence NOT IN (8, 9) AND p.death_date IS NULL"
    sql = ("SELECT h.uid, h.household_no, h.village_code, h.head_uid, count(*), "
           "sum(p.uid = h.head_uid), sum(p.relation = '01') "
           f"FROM households h JOIN persons p ON p.household_uid = h.uid WHERE h.deleted = 0 AND {living} "
           "GROUP BY h.uid HAVING sum(p.uid = h.head_uid) = 0 OR sum(h.head_uid IS NULL) > 0 "
           "OR sum(p.relation = '01') > 1")
    flagged = {row[0]: row for row in cursor.execute(sql)}
    if not flagged:
        return
    members = defaultdict(list)
    for row in c.people.rows:
        if row[14] in flagged and not row[13] and row[6] not in _LIVING and not row[11]:
            members[row[14]].append((row[0], row[1] or "", row[5]))
    for uid, (_uid, number, village, head, count, has_head, _n) in flagged.items():
        people = sorted(members[uid], key=lambda m: (m[2] != "01", m[2] or "", m[1]))
        shown = (f"户编号 {number}", f"Household {number}") if number else ("该户", "The household")
        heads = [m for m in people if m[2] == "01"]
        if not has_head:
            named = people[0]
            former = c.people.by_uid.get(head)
            dead = former and (former[6] == 9 or former[11])
            why = (Said(f"户主 {former[1]} 已{'死亡' if dead else '迁出或删除'}，请重新指定户主",
                        f"the head {former[1]} {'has died' if dead else 'moved out or was deleted'}: choose a new "
                        "head") if former else Said("但未指定户主", "but no head is set"))
            c.add("household_no_head", "households", uid, named[0], "head_uid",
                  Said(f"{shown[0]}有 {count} 名在册成员，{why}", f"{shown[1]} has {count} {'member' if count == 1 else 'members'}, {why.en}"),
                  named[1], village)
        if len(heads) > 1:
            c.add("household_two_heads", "households", uid, heads[1][0], "relation",
                  Said(f"{shown[0]}有 {len(heads)} 名成员的与户主关系为“本人/户主”：" + "、".join(m[1] for m in heads),
                       f"{shown[1]} has {len(heads)} members whose relation to the head is Self/head: "
                       + ", ".join(m[1] for m in heads)),
                  heads[1][1], village)


def _order(f: QualityFinding) -> tuple:
    return (SEVERITY_ORDER[f.severity], f.village_code or "", f.name, f.check, f.table, f.uid)


def run_check(session: Session, on: date, village: str | None = None, *,
              integrity_connection: Callable[[], object] | None = None,
              with_integrity: bool = True) -> QualityReport:
    """Every finding as of `on` (a village's only, when given), sorted as FORMATS.md §5 says.
    With `integrity_connection` (a factory of a second DB-API connection) SQLite's own checks
    run on it in a thread, beside the data checks (two cores); else on the session's."""
    cursor = session.connection().connection.driver_connection.cursor()
    state: list[str] = []
    worker = None
    if not with_integrity:      # (the package importer, inside its own write transaction)
        state.append("ok")
    elif integrity_connection is not None:
        worker = threading.Thread(target=_integrity_apart, args=(integrity_connection, state), daemon=True)
        worker.start()
    else:
        state.append(integrity(cursor))
    try:
        c = _Collector(_People(cursor))
        for step in (lambda: _persons(c, on), lambda: _events(c, cursor, on), lambda: _births(c, cursor),
                     lambda: _contraception(c, cursor), lambda: _pregnancies(c, cursor),
                     lambda: _services(c, cursor), lambda: _households(c, cursor)):
            step()
    except driver_errors() as exc:
        if worker is not None:
            worker.join()
        if state and state[0] != "ok":
            return QualityReport(on, state[0], [])
        raise DatabaseDamaged(f"数据库文件损坏：{exc}", f"The database file is damaged: {exc}") from exc
    if worker is not None:
        worker.join()
    found = c.found if village is None else [f for f in c.found if f.village_code == village]
    return QualityReport(on, state[0], sorted(found, key=_order))


class DatabaseDamaged(ClerkError):
    """The data could not be read; the message is for the clerk."""


def _integrity_apart(connect: Callable[[], object], state: list[str]) -> None:
    try:
        con = connect()
    except Exception as exc:  # noqa: BLE001 - reported as the integrity result
        state.append(f"无法打开数据库：{exc}")
        return
    try:
        state.append(integrity(con.cursor()))
    finally:
        con.close()


def place_names(session: Session) -> dict[str, str]:
    """Every township and village code → its name (the page's filters and the printed list)."""
    cursor = session.connection().connection.driver_connection.cursor()
    return dict(cursor.execute(
        "SELECT code, name FROM regions WHERE deleted = 0 AND level IN ('township', 'village') ORDER BY code"))


def township_of(village_code: str | None) -> str:
    """The township a 12-digit village code belongs to ("" for none)."""
    return village_code[:9] + "000" if village_code and len(village_code) == 12 else ""
