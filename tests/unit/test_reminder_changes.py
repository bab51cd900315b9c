"""Change days of the reminder rules (`domain.reminders.changes`): between two
change days every rule gives the same items, only status and days overdue
follow the date. Checked day by day over a year for people whose records
exercise every rule, several open episodes and pregnancies included."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from fpdesk.domain.reminders import (BenefitRec, Birth, Episode, MigrationRec, Params, Pregnancy, Records,
                                     ReminderPerson, ServiceRec, evaluate)
from fpdesk.domain.reminders.changes import collecting, record_days, valid_between

P = Params()
YEAR = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]

WOMAN = ReminderPerson(uid="w", name="王芳", sex=2, birth_date=date(1976, 7, 15), residence=1,
                       marital_status=21, first_marriage_date=date(1998, 3, 1), village_code="610628101001",
                       household_one_child_cert=True)

WOMAN_RECORDS = Records(
    births=(Birth("b1", date(2026, 2, 10), delivery=2, outcome=1),),
    pregnancies=(Pregnancy("p1", date(2025, 6, 1), edd=date(2026, 2, 20), outcome=1, outcome_date=date(2026, 2, 10)),
                 Pregnancy("p2", date(2026, 8, 1), edd=date(2027, 3, 1)),
                 Pregnancy("p3", date(2026, 3, 1), edd=date(2026, 9, 30))),
    episodes=(Episode("e1", 3, date(2025, 1, 31), lifespan_years=1.5, device_type="TCu380A"),
              Episode("e2", 3, date(2025, 12, 31), end_date=date(2026, 10, 3)),
              Episode("e3", 4, date(2026, 4, 30), lifespan_years=3),
              Episode("e4", 1, date(2026, 6, 15))),
    services=(ServiceRec("s1", 1, date(2026, 1, 20)), ServiceRec("s2", 1, date(2026, 7, 2), declined=True),
              ServiceRec("s3", 2, date(2026, 3, 1)), ServiceRec("s4", 7, date(2026, 3, 5)),
              ServiceRec("s5", 7, date(2026, 4, 12)), ServiceRec("s6", 9, date(2026, 6, 1)),
              ServiceRec("s7", 3, date(2026, 8, 1)), ServiceRec("s8", 4, date(2026, 3, 30))),
)

MIGRANT = ReminderPerson(uid="m", name="李梅", sex=2, birth_date=date(2011, 9, 1), residence=3,
                         marital_status=10, arrived_date=date(2026, 2, 1), village_code="610628101001")
MIGRANT_RECORDS = Records(
    migrations=(MigrationRec("g1", 1, date(2026, 2, 1), verified_date=date(2026, 5, 20)),),
    services=(ServiceRec("s9", 8, date(2026, 12, 10)),),
)

CHILD = ReminderPerson(uid="c", name="王小", sex=1, birth_date=date(2023, 6, 30), residence=1,
                       death_date=date(2026, 11, 30), village_code="610628101001")
CHILD_RECORDS = Records(child_benefits=(BenefitRec("f1", 5, 2025, "c"),))

ELDER = ReminderPerson(uid="o", name="张强", sex=1, birth_date=date(1966, 4, 2), residence=1,
                       village_code="610628101001", household_two_daughters=True)
ELDER_RECORDS = Records(benefits=(BenefitRec("f2", 1, 2026, date=date(2026, 8, 15)),))

# her choices close R06 (e1 due 2026-07-31), R07 and R08 (p3 due 2026-10-14)
CHOSEN_RECORDS = replace(WOMAN_RECORDS, services=WOMAN_RECORDS.services + (
    ServiceRec("s10", 5, date(2026, 7, 20), declined=True), ServiceRec("s11", 11, date(2026, 9, 5), declined=True)))

PEOPLE = [(WOMAN, WOMAN_RECORDS), (MIGRANT, MIGRANT_RECORDS), (CHILD, CHILD_RECORDS),
          (ELDER, ELDER_RECORDS), (replace(WOMAN, uid="w2", menopause_date=date(2025, 3, 1)), WOMAN_RECORDS),
          (replace(WOMAN, uid="w3", menopause_date=date(2025, 3, 1)), CHOSEN_RECORDS)]


def items_and_span(person, records, on):
    with collecting() as noted:
        items = evaluate(person, records, P, on)
        noted.update(record_days(person, records, P))
        return items, valid_between(noted, on)


def fixed_part(items):
    return [(i.rule, i.target_date, i.detail, i.record_uid) for i in items]


@pytest.mark.parametrize("person, records", PEOPLE, ids=[p.uid for p, _ in PEOPLE])
def test_between_change_days_the_items_stay_the_same(person, records):
    seen_rules = set()
    for on in YEAR:
        items, (first, end) = items_and_span(person, records, on)
        assert first <= on < end
        seen_rules |= {i.rule for i in items}
        for day in YEAR:
            if first <= day < end:
                assert fixed_part(evaluate(person, records, P, day)) == fixed_part(items), (on, day)
    assert seen_rules, "the fixture should give items"


def test_the_fixture_exercises_every_rule():
    seen = {i.rule for on in YEAR for person, records in PEOPLE for i in evaluate(person, records, P, on)}
    assert seen == {f"R{n:02d}" for n in range(1, 13)}


def test_her_choices_close_items_of_the_fixture():
    on = date(2026, 10, 20)
    open_rules = {i.rule for i in evaluate(replace(WOMAN, menopause_date=date(2025, 3, 1)), WOMAN_RECORDS, P, on)}
    chosen = {i.rule for i in evaluate(replace(WOMAN, menopause_date=date(2025, 3, 1)), CHOSEN_RECORDS, P, on)}
    assert {"R06", "R07", "R08"} <= open_rules
    assert not {"R07", "R08"} & chosen


def test_a_span_never_crosses_new_year():
    assert valid_between([], date(2026, 12, 31)) == (date(2026, 1, 1), date(2027, 1, 1))
    assert valid_between([date(2026, 3, 1), date(2026, 3, 9)], date(2026, 3, 5)) == (date(2026, 3, 1),
                                                                                    date(2026, 3, 9))
