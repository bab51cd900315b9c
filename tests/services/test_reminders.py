"""The township reminder list: the fast set-based path gives exactly what the
rules give on every person's complete records, and the CLI keeps the contract."""

import json
import shutil
from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from fpdesk.cli import main
from fpdesk.db.models import Benefit, Birth, Contraception, Household, Migration, Person, Pregnancy, Service
from fpdesk.db.schema import open_database
from fpdesk.domain import reminders as rules
from fpdesk.services import reminders

ON = date(2026, 11, 22)


def naive(session, on):
    """Every living person, every record, every rule: the slow obvious way."""
    params = reminders.load_params(session)
    by = defaultdict(lambda: defaultdict(list))
    for b in session.scalars(select(Birth).where(Birth.deleted.is_(False))):
        by[b.mother_uid]["births"].append(rules.Birth(b.uid, b.birth_date, b.delivery, b.outcome, b.child_uid))
    for p in session.scalars(select(Pregnancy).where(Pregnancy.deleted.is_(False))):
        by[p.woman_uid]["pregnancies"].append(rules.Pregnancy(p.uid, p.found_date, p.edd, p.outcome, p.outcome_date))
    for c in session.scalars(select(Contraception).where(Contraception.deleted.is_(False))):
        by[c.woman_uid]["episodes"].append(rules.Episode(c.uid, c.method, c.start_date, c.end_date,
                                                         c.lifespan_years, c.device_type))
    for s in session.scalars(select(Service).where(Service.deleted.is_(False))):
        by[s.person_uid]["services"].append(rules.ServiceRec(s.uid, s.type, s.date, s.declined))
    for m in session.scalars(select(Migration).where(Migration.deleted.is_(False))):
        by[m.person_uid]["migrations"].append(rules.MigrationRec(m.uid, m.direction, m.date, m.verified_date))
    for f in session.scalars(select(Benefit).where(Benefit.deleted.is_(False))):
        record = rules.BenefitRec(f.uid, f.program, f.year, f.child_uid)
        by[f.person_uid]["benefits"].append(record)
        if f.child_uid:
            by[f.child_uid]["child_benefits"].append(record)
    items = set()
    for p, h in session.execute(select(Person, Household).join(Household, Household.uid == Person.household_uid)
                                .where(Person.deleted.is_(False))):
        person = rules.ReminderPerson(p.uid, p.name, p.sex, p.birth_date, p.residence, p.marital_status,
                                      p.first_marriage_date, p.arrived_date, p.left_date, p.death_date,
                                      p.menopause_date, p.checks_opt_out, h.village_code,
                                      h.one_child_cert_no is not None, h.two_daughters)
        kinds = by[p.uid]
        records = rules.Records(*(kinds[k] for k in ("births", "pregnancies", "episodes", "services",
                                                     "migrations", "benefits", "child_benefits")))
        for item in rules.evaluate(person, records, params, on):
            items.add((item.rule, item.person_uid, item.target_date, item.status, item.days_overdue))
    return items


@pytest.mark.parametrize("on", [ON, ON - timedelta(days=200), date(2025, 2, 28)])
def test_fast_list_equals_the_rules_on_complete_records(small_demo, on):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            fast = reminders.compute(s, on)
            expected = naive(s, on)
    finally:
        db.close()
    got = {(r.rule, r.person_uid, r.target_date, r.status, r.days_overdue) for r in fast}
    assert got == expected
    assert len(fast) == len(got)  # no person listed twice by one rule
    assert {r.rule for r in fast} >= {"R01", "R04", "R10"}  # the list is not trivially empty


def test_sorted_overdue_first_then_days_then_village_then_name(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            rows = reminders.compute(s, ON)
    finally:
        db.close()
    keys = [(r.status != "overdue", -r.days_overdue, r.village_code, r.name) for r in rows]
    assert keys == sorted(keys)


@pytest.fixture
def signed(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    pw = tmp_path / "pw"
    pw.write_text("demo1234\n", encoding="utf-8")
    return ["--db", str(path), "--user", "admin", "--user-password-file", str(pw)]


def test_cli_json_follows_the_contract(signed, capsys):
    assert main(["reminders", "--date", "2026-11-22", "--json", *signed]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items
    fields = ["rule", "person_uid", "name", "village_code", "target_date", "status", "days_overdue", "detail"]
    for item in items:
        assert list(item) == fields
        assert item["status"] in ("due", "overdue")
        assert isinstance(item["days_overdue"], int)
        assert (item["days_overdue"] >= 1) == (item["status"] == "overdue")
        date.fromisoformat(item["target_date"])
    order = [(i["status"] != "overdue", -i["days_overdue"], i["village_code"], i["name"]) for i in items]
    assert order == sorted(order)


def test_cli_filters_by_rule_and_village(signed, capsys):
    assert main(["reminders", "--date", "2026-11-22", "--json", "--rule", "R01", "--rule", "r04",
                 "--village", "610628101202", *signed]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items and {i["rule"] for i in items} <= {"R01", "R04"}
    assert {i["village_code"] for i in items} == {"610628101202"}


def test_cli_unknown_rule_is_a_user_error(signed, capsys):
    assert main(["reminders", "--rule", "R13", *signed]) == 1
    assert "R13" in capsys.readouterr().err


def test_one_persons_items_equal_her_items_in_the_township_list(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            everyone = reminders.compute(s, ON)
            some = {r.person_uid for r in everyone[:: max(1, len(everyone) // 25)]}
            for uid in some:
                assert reminders.compute(s, ON, person=uid) == [r for r in everyone if r.person_uid == uid]
    finally:
        db.close()
