"""The reminder list of the whole township for a date (FORMATS.md §2).

A few set-based queries fetch what the rules need, grouped by person; the
pure rules of `fpdesk.domain.reminders` then decide. No query per person.

Services are fetched reduced, without changing any rule's answer (a test
compares with the full records on a demo township):
- for the types whose rules only ask "the latest one" or "any one on or after
  a date" (R01 type 1, R02 types 4–6, R03/R06/R07 type 5, R08 types 4 and 11,
  R10 any type) the latest service per person and type is enough (SQLite
  takes `declined` from the row holding the max date);
- type 2 (R04): only a service in the window of the latest opened target can
  satisfy it, and that window starts at most the longest gap between two
  targets (plus the lead) before D, so of the older ones only the latest
  comes (for R10's "any service");
- types 3, 9 (R05, whose last target stays open) and 7 (R09's series) come in full.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import Setting
from fpdesk.domain.reminders import (RULES, BenefitRec, Episode, Item, MigrationRec, Params,
                                     Pregnancy as PregnancyRec, Records, ReminderPerson,
                                     ServiceRec, evaluate)
from fpdesk.domain.reminders import Birth as BirthRec
from fpdesk.domain.reminders.changes import collecting, record_days, valid_between
from fpdesk.domain.reminders.prefilter import candidate_rules
from fpdesk.perf import collector_paused

FULL_SERVICE_TYPES = (3, 7, 9)
WINDOWED_TYPE = 2
BENEFIT_PROGRAMS = (1, 5)


@dataclass(frozen=True)
class ReminderRow:
    rule: str
    person_uid: str
    name: str
    village_code: str
    group_no: str | None
    target_date: date
    status: str
    days_overdue: int
    detail: str             # Chinese (FORMATS.md §2)
    record_uid: str | None
    detail_en: str = ""     # the English interface's

    def as_json(self) -> dict:
        """The item as FORMATS.md §2 names it."""
        return {"rule": self.rule, "person_uid": self.person_uid, "name": self.name,
                "village_code": self.village_code, "target_date": self.target_date.isoformat(),
                "status": self.status, "days_overdue": self.days_overdue, "detail": self.detail}


def load_params(session: Session) -> Params:
    keys = set(Params.keys())
    stored = {k: json.loads(v) for k, v in session.execute(select(Setting.key, Setting.value)) if k in keys}
    return Params.from_settings(stored)


def raw_rows(session: Session, sql: str, **params) -> list[tuple]:
    """Raw rows straight from the driver (dates stay ISO text; see _d)."""
    return session.connection().exec_driver_sql(sql, params).fetchall()


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# The people any rule could list: women from 14 on (R01–R10 — R02/R03 and
# R04–R08 have no upper age), children under three (R12) and anyone in a
# certificate household (R11).
PEOPLE_SQL = """
SELECT p.uid, p.name, p.sex, p.birth_date, p.residence, p.marital_status,
       p.first_marriage_date, p.arrived_date, p.left_date, p.death_date, p.menopause_date,
       p.checks_opt_out, h.village_code, h.group_no, h.one_child_cert_no IS NOT NULL, h.two_daughters
FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND p.residence IN (1, 2, 3)
  AND ((p.sex = 2 AND p.birth_date <= :youngest_woman)
       OR p.birth_date > :youngest_child
       OR h.one_child_cert_no IS NOT NULL OR h.two_daughters = 1)
  AND (:village IS NULL OR h.village_code = :village) {scope}
"""


def _people(session: Session, on: date, village: str | None, persons: str | None) -> tuple[dict, dict]:
    people, groups = {}, {}
    rows = raw_rows(session, PEOPLE_SQL.format(scope=_scope("p.uid", persons)),
                    village=village, persons=persons,
                 youngest_woman=date(on.year - 14, 12, 31).isoformat(),
                 youngest_child=date(on.year - 4, 1, 1).isoformat())
    for (uid, name, sex, birth, residence, marital, married, arrived, left, died, menopause,
         opt_out, village_code, group, cert, two_daughters) in rows:
        people[uid] = ReminderPerson(uid, name, sex, _d(birth), residence, marital, _d(married),
                                     _d(arrived), _d(left), _d(died), _d(menopause), bool(opt_out),
                                     village_code, bool(cert), bool(two_daughters))
        groups[uid] = group
    return people, groups


SERVICES_SQL = f"""
SELECT person_uid, type, max(date), '', declined FROM services
 WHERE deleted = 0 AND date <= :on AND type NOT IN {FULL_SERVICE_TYPES} {{scope}}
 GROUP BY person_uid, type
HAVING type != {WINDOWED_TYPE} OR max(date) < :window_start
UNION ALL
SELECT person_uid, type, date, uid, declined FROM services
 WHERE deleted = 0 AND date <= :on AND type IN {FULL_SERVICE_TYPES} {{scope}}
UNION ALL
SELECT person_uid, type, date, uid, declined FROM services
 WHERE deleted = 0 AND type = {WINDOWED_TYPE} AND date BETWEEN :window_start AND :on {{scope}}
"""


def r04_window_start(params: Params, on: date) -> date:
    """The earliest day a type-2 service can still satisfy R04's latest target."""
    months = sorted(params.r04_months)
    gaps = [b - a for a, b in zip([0, *months], months)] + [params.r04_repeat_months]
    return on - timedelta(days=(max(gaps) + 1) * 31 + params.r04_lead_days)


def _grouped(rows, build) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for row in rows:
        out[row[0]].append(build(row))
    return out


def _scope(column: str, persons: str | None) -> str:
    """The clause that narrows a query to some people (`persons`: a JSON list of uids)."""
    return f"AND {column} IN (SELECT value FROM json_each(:persons))" if persons else ""


def _records(session: Session, on: date, params: Params,
             persons: str | None = None) -> dict[str, dict[str, list]]:
    iso = on.isoformat()

    def rows(sql: str, column: str, **extra) -> list[tuple]:
        return raw_rows(session, sql.format(scope=_scope(column, persons)), on=iso, persons=persons, **extra)

    births = _grouped(rows("SELECT mother_uid, uid, birth_date, delivery, outcome, child_uid FROM births "
                           "WHERE deleted = 0 {scope}", "mother_uid"),
                      lambda r: BirthRec(r[1], _d(r[2]), r[3], r[4], r[5]))
    pregnancies = _grouped(rows("SELECT woman_uid, uid, found_date, edd, outcome, outcome_date "
                                "FROM pregnancies WHERE deleted = 0 {scope}", "woman_uid"),
                           lambda r: PregnancyRec(r[1], _d(r[2]), _d(r[3]), r[4], _d(r[5])))
    episodes = _grouped(rows("SELECT woman_uid, uid, method, start_date, end_date, lifespan_years, "
                             "device_type FROM contraception WHERE deleted = 0 {scope}",
                             "woman_uid"),
                        lambda r: Episode(r[1], r[2], _d(r[3]), _d(r[4]), r[5], r[6]))
    migrations = _grouped(rows("SELECT person_uid, uid, direction, date, verified_date FROM migrations "
                               "WHERE deleted = 0 {scope}", "person_uid"),
                          lambda r: MigrationRec(r[1], r[2], _d(r[3]), _d(r[4])))
    services = _grouped(rows(SERVICES_SQL, "person_uid",
                             window_start=r04_window_start(params, on).isoformat()),
                        lambda r: ServiceRec(r[3], r[1], _d(r[2]), bool(r[4])))
    benefits: dict[str, list] = defaultdict(list)
    child_benefits: dict[str, list] = defaultdict(list)
    benefit_sql = ("SELECT person_uid, uid, program, year, child_uid FROM benefits "
                   f"WHERE deleted = 0 AND program IN {BENEFIT_PROGRAMS} "
                   + ("AND (person_uid IN (SELECT value FROM json_each(:persons)) "
                      "OR child_uid IN (SELECT value FROM json_each(:persons)))" if persons else ""))
    for owner, uid, program, year, child in raw_rows(session, benefit_sql, persons=persons):
        record = BenefitRec(uid, program, year, child)
        benefits[owner].append(record)
        if child:
            child_benefits[child].append(record)
    return {"births": births, "pregnancies": pregnancies, "episodes": episodes,
            "services": services, "migrations": migrations,
            "benefits": benefits, "child_benefits": child_benefits}


def chosen_rules(rules: list[str] | None) -> list[str]:
    """The rules asked for (all when none), refused with a clear message when unknown."""
    chosen = [r.upper() for r in rules] if rules else list(RULES)
    unknown = [r for r in chosen if r not in RULES]
    if unknown:
        raise ValueError(f"未知的提醒规则：{', '.join(unknown)}（可选 R01–R12）")
    return chosen


def compute(session: Session, on: date, rules: list[str] | None = None,
            village: str | None = None, person: str | None = None,
            persons: Collection[str] | None = None) -> list[ReminderRow]:
    """Every open item as of `on`, computed from the records and sorted as the
    contract says; `person` or `persons` narrow it to some people (after a
    save, to refresh her items). `reminder_cache.reminder_list` is the fast
    way to the whole township's list."""
    if person is not None:
        persons = [person]
    rows, _ = _evaluate(session, on, chosen_rules(rules), village, persons, spans=False)
    return rows


def compute_with_spans(session: Session, on: date, persons: Collection[str] | None = None,
                       ) -> tuple[list[ReminderRow], dict[str, tuple[date, date]]]:
    """Every rule's items as of `on` (of everyone, or of `persons`), and for
    each person the days (first, end) between which those items stay the
    same (`domain.reminders.changes`). People no rule could list in the year
    of `on` have no span."""
    with collector_paused():
        return _evaluate(session, on, list(RULES), None, persons, spans=True)


def _evaluate(session: Session, on: date, chosen: list[str], village: str | None,
              persons: Collection[str] | None, spans: bool):
    params = load_params(session)
    scope = None if persons is None else json.dumps(sorted(set(persons)))
    people, groups = _people(session, on, village, scope)
    by_kind = _records(session, on, params, scope)
    later_services = _later_services(session, on, scope) if spans else {}
    empty: list = []
    rows, found_spans = [], {}
    with collecting() as noted:
        for uid, person in people.items():
            records = Records(*(by_kind[kind].get(uid, empty) for kind in
                                ("births", "pregnancies", "episodes", "services", "migrations",
                                 "benefits", "child_benefits")))
            noted.clear()
            wanted = candidate_rules(person, records, on, chosen)
            if wanted:
                for item in evaluate(person, records, params, on, wanted):
                    rows.append(_row(item, person, groups[uid]))
            if spans:
                noted.update(record_days(person, records, params))
                if uid in later_services:
                    noted.add(later_services[uid])
                found_spans[uid] = valid_between(noted, on)
    rows.sort(key=sort_key)
    return rows, found_spans


def _later_services(session: Session, on: date, scope: str | None) -> dict[str, date]:
    """Each person's first service after `on` (the records fetch stops at `on`)."""
    sql = ("SELECT person_uid, min(date) FROM services WHERE deleted = 0 AND date > :on "
           f"{_scope('person_uid', scope)} GROUP BY person_uid")
    return {uid: _d(first) for uid, first in raw_rows(session, sql, on=on.isoformat(), persons=scope)}


def _row(item: Item, person: ReminderPerson, group: str | None) -> ReminderRow:
    return ReminderRow(item.rule, item.person_uid, person.name, person.village_code or "", group,
                       item.target_date, item.status, item.days_overdue, item.detail, item.record_uid,
                       item.detail_en)


def sort_key(row: ReminderRow):
    """Overdue first, then days overdue descending, then village code, then name."""
    return (row.status != "overdue", -row.days_overdue, row.village_code, row.name, row.rule,
            row.person_uid)
