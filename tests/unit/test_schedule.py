"""Reminder rules R01–R12 at their edges (DOMAIN.md §Reminders, FORMATS.md §2).

Every expected date and day count below was worked out by hand from the rule
table; none is recomputed with the code under test.
"""

from dataclasses import replace
from datetime import date as D

import pytest

from fpdesk.domain.reminders import (
    RULES,
    BenefitRec,
    Birth,
    Episode,
    MigrationRec,
    Params,
    Pregnancy,
    Records,
    ReminderPerson,
    ServiceRec,
    evaluate,
    r01,
    r02,
    r03,
    r04,
    r05,
    r06,
    r07,
    r08,
    r09,
    r10,
    r11,
    r12,
)

P = Params()
P3 = Params.from_settings({"check_interval_months": 3})   # the old quarterly interval, for the edge table


def woman(**changes) -> ReminderPerson:
    base = ReminderPerson(uid="w1", name="王芳", sex=2, birth_date=D(1990, 5, 10), residence=1,
                          marital_status=21, first_marriage_date=D(2015, 6, 1), village_code="610628101001")
    return replace(base, **changes)


def svc(type_, day, declined=False, uid=None):
    return ServiceRec(uid or f"s-{type_}-{day.isoformat()}", type_, day, declined)


def due(target):
    return (target, "due", 0)


def late(target, days):
    return (target, "overdue", days)


def check(item, expected):
    if expected is None:
        assert item is None, item
        return
    assert item is not None, "expected an item"
    assert (item.target_date, item.status, item.days_overdue) == expected


# -- R01 生殖健康检查 --------------------------------------------------------------

# With a 3-month interval (P3): target 2026-11-01, opens 10-18, due to 12-01
CHECKED_AUG = Records(services=[svc(1, D(2026, 8, 1))])
WINDOW_CHECK = Records(services=[svc(1, D(2026, 8, 1)), svc(1, D(2026, 10, 20))])


@pytest.mark.parametrize("person, records, on, expected", [
    pytest.param(woman(), CHECKED_AUG, D(2026, 10, 17), None, id="day-before-window"),
    pytest.param(woman(), CHECKED_AUG, D(2026, 10, 18), due(D(2026, 11, 1)), id="window-opens"),
    pytest.param(woman(), CHECKED_AUG, D(2026, 12, 1), due(D(2026, 11, 1)), id="last-due-day"),
    pytest.param(woman(), CHECKED_AUG, D(2026, 12, 2), late(D(2026, 11, 1), 1), id="first-overdue-day"),
    pytest.param(woman(), CHECKED_AUG, D(2027, 1, 1), late(D(2026, 11, 1), 31), id="overdue-31"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 5, 1)), svc(1, D(2026, 8, 1))]),
                 D(2026, 10, 18), due(D(2026, 11, 1)), id="last-check-counts"),
    pytest.param(woman(), WINDOW_CHECK, D(2026, 10, 25), None, id="check-in-window-satisfies"),
    pytest.param(woman(), WINDOW_CHECK, D(2027, 1, 5), None, id="next-target-not-yet-open"),
    pytest.param(woman(), WINDOW_CHECK, D(2027, 1, 6), due(D(2027, 1, 20)), id="next-target-from-window-check"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 8, 1)), svc(1, D(2026, 10, 20), declined=True)]),
                 D(2026, 10, 25), None, id="declined-check-satisfies"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 8, 1), declined=True)]),
                 D(2026, 10, 18), due(D(2026, 11, 1)), id="declined-check-is-base"),
    pytest.param(woman(), WINDOW_CHECK, D(2026, 10, 19), due(D(2026, 11, 1)), id="check-after-D-ignored"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 8, 1)), svc(2, D(2026, 10, 20)), svc(8, D(2026, 10, 21))]),
                 D(2026, 10, 25), due(D(2026, 11, 1)), id="other-types-do-not-satisfy"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 11, 30))]), D(2027, 2, 13), None,
                 id="month-end-before"),
    pytest.param(woman(), Records(services=[svc(1, D(2026, 11, 30))]), D(2027, 2, 14), due(D(2027, 2, 28)),
                 id="month-end-clamped"),
    pytest.param(woman(), Records(services=[svc(1, D(2027, 11, 30))]), D(2028, 2, 15), due(D(2028, 2, 29)),
                 id="month-end-leap"),
    pytest.param(woman(), Records(), D(2026, 1, 1), late(D(2015, 9, 1), 3745), id="never-checked-from-marriage"),
    pytest.param(woman(residence=3, arrived_date=D(2025, 12, 10)), Records(), D(2026, 2, 23), None,
                 id="from-arrival-before"),
    pytest.param(woman(residence=3, arrived_date=D(2025, 12, 10)), Records(), D(2026, 2, 24),
                 due(D(2026, 3, 10)), id="from-arrival"),
    pytest.param(woman(residence=3, arrived_date=D(2025, 12, 10)), Records(), D(2025, 12, 1),
                 late(D(2015, 9, 1), 3714), id="arrival-after-D-ignored"),
    pytest.param(woman(birth_date=D(2008, 3, 15), marital_status=20, first_marriage_date=None), Records(),
                 D(2023, 5, 31), None, id="from-15th-birthday-before"),
    pytest.param(woman(birth_date=D(2008, 3, 15), marital_status=20, first_marriage_date=None), Records(),
                 D(2023, 6, 1), due(D(2023, 6, 15)), id="from-15th-birthday"),
    pytest.param(woman(checks_opt_out=True), CHECKED_AUG, D(2026, 12, 2), None, id="opt-out"),
    pytest.param(woman(marital_status=10), CHECKED_AUG, D(2026, 12, 2), None, id="unmarried"),
    pytest.param(woman(marital_status=30), CHECKED_AUG, D(2026, 12, 2), None, id="widowed"),
    pytest.param(woman(marital_status=40), CHECKED_AUG, D(2026, 12, 2), None, id="divorced"),
    pytest.param(woman(marital_status=20), CHECKED_AUG, D(2026, 12, 2), late(D(2026, 11, 1), 1), id="married-20"),
    pytest.param(woman(marital_status=22), CHECKED_AUG, D(2026, 12, 2), late(D(2026, 11, 1), 1), id="remarried-22"),
    pytest.param(woman(marital_status=23), CHECKED_AUG, D(2026, 12, 2), late(D(2026, 11, 1), 1), id="remarried-23"),
    pytest.param(woman(residence=2), CHECKED_AUG, D(2026, 12, 2), None, id="away-not-present"),
    pytest.param(woman(residence=3), CHECKED_AUG, D(2026, 12, 2), late(D(2026, 11, 1), 1), id="inflow-present"),
    pytest.param(woman(sex=1), CHECKED_AUG, D(2026, 12, 2), None, id="male"),
    pytest.param(woman(birth_date=D(1976, 11, 22)), Records(services=[svc(1, D(2026, 5, 1))]), D(2026, 11, 21),
                 late(D(2026, 8, 1), 82), id="aged-49"),
    pytest.param(woman(birth_date=D(1976, 11, 22)), Records(services=[svc(1, D(2026, 5, 1))]), D(2026, 11, 22),
                 None, id="turns-50-same-day"),
])
def test_r01(person, records, on, expected):
    check(r01(person, records, P3, on), expected)


# The default interval is 12 months. Last check 2025-11-10 (declined): target
# 2026-11-10, the window opens 14 days before, on 2026-10-27.
YEARLY = svc(1, D(2025, 11, 10), declined=True)


@pytest.mark.parametrize("services, on, expected", [
    pytest.param([YEARLY], D(2026, 10, 26), None, id="day-before-window"),
    pytest.param([YEARLY], D(2026, 10, 27), due(D(2026, 11, 10)), id="window-opens-12-months-on"),
    pytest.param([YEARLY], D(2026, 12, 10), due(D(2026, 11, 10)), id="last-due"),
    pytest.param([YEARLY], D(2026, 12, 11), late(D(2026, 11, 10), 1), id="first-overdue"),
    pytest.param([YEARLY, svc(1, D(2026, 10, 27), declined=True)], D(2026, 10, 30), None,
                 id="declined-at-target-minus-lead-closes"),
    pytest.param([YEARLY, svc(1, D(2026, 10, 27))], D(2026, 10, 30), None, id="check-at-target-minus-lead-closes"),
    # one day before the window it is the new base: the next check is a year on
    pytest.param([YEARLY, svc(1, D(2026, 10, 26), declined=True)], D(2026, 10, 30), None,
                 id="declined-day-before-window-moves-the-base"),
    pytest.param([YEARLY, svc(1, D(2026, 10, 26), declined=True)], D(2027, 10, 12), due(D(2027, 10, 26)),
                 id="next-year-from-the-declined-offer"),
    pytest.param([], D(2016, 5, 17), None, id="never-checked-before-window"),
    pytest.param([], D(2016, 5, 18), due(D(2016, 6, 1)),
                 id="never-checked-a-year-after-marriage"),
])
def test_r01_yearly_default(services, on, expected):
    assert P.check_interval_months == 12
    check(r01(woman(), Records(services=services), P, on), expected)


def test_r01_detail_and_uid():
    item = r01(woman(), CHECKED_AUG, P3, D(2026, 10, 18))
    assert item.rule == "R01" and item.person_uid == "w1" and item.record_uid is None
    assert item.detail == "上次检查 2026年8月1日"
    declined = r01(woman(), Records(services=[svc(1, D(2026, 8, 1), declined=True)]), P3, D(2026, 10, 18))
    assert declined.detail == "上次检查 2026年8月1日（本人拒绝）"
    assert "三查" not in r01(woman(), Records(), P, D(2026, 1, 1)).detail


def test_r01_interval_parameter():
    params = Params.from_settings({"check_interval_months": 6})
    check(r01(woman(), CHECKED_AUG, params, D(2027, 1, 17)), None)
    check(r01(woman(), CHECKED_AUG, params, D(2027, 1, 18)), due(D(2027, 2, 1)))


# -- R02 产后访视 / R03 产后避孕 ------------------------------------------------------

B1 = Birth("b1", D(2026, 3, 2), delivery=1, outcome=1, child_uid="c1")
BC = Birth("bc", D(2026, 3, 2), delivery=2, outcome=1, child_uid="c2")
B_OLD = Birth("b0", D(2024, 1, 1), delivery=1, outcome=1)


@pytest.mark.parametrize("person, records, on, expected", [
    pytest.param(woman(), Records(births=[B1]), D(2026, 3, 31), None, id="day-before-window"),
    pytest.param(woman(), Records(births=[B1]), D(2026, 4, 1), due(D(2026, 4, 13)), id="window-opens"),
    pytest.param(woman(), Records(births=[B1]), D(2026, 4, 27), due(D(2026, 4, 13)), id="last-due-day"),
    pytest.param(woman(), Records(births=[B1]), D(2026, 4, 28), late(D(2026, 4, 13), 1), id="first-overdue"),
    pytest.param(woman(), Records(births=[B1], services=[svc(4, D(2026, 3, 10))]), D(2026, 4, 10), None,
                 id="type-4-satisfies"),
    pytest.param(woman(), Records(births=[B1], services=[svc(5, D(2026, 4, 20))]), D(2026, 4, 20), None,
                 id="type-5-satisfies"),
    pytest.param(woman(), Records(births=[B1], services=[svc(6, D(2026, 5, 1))]), D(2026, 5, 1), None,
                 id="type-6-satisfies"),
    pytest.param(woman(), Records(births=[B1], services=[svc(4, D(2026, 3, 2))]), D(2026, 4, 10), None,
                 id="visit-on-birth-day"),
    pytest.param(woman(), Records(births=[B1], services=[svc(4, D(2026, 3, 1))]), D(2026, 4, 10),
                 due(D(2026, 4, 13)), id="visit-before-birth"),
    pytest.param(woman(), Records(births=[B1], services=[svc(1, D(2026, 3, 20))]), D(2026, 4, 10),
                 due(D(2026, 4, 13)), id="type-1-does-not-satisfy"),
    pytest.param(woman(), Records(births=[B1], services=[svc(4, D(2026, 4, 20))]), D(2026, 4, 15),
                 due(D(2026, 4, 13)), id="visit-after-D-ignored"),
    pytest.param(woman(), Records(births=[replace(B1, outcome=2)]), D(2026, 4, 1), due(D(2026, 4, 13)),
                 id="stillbirth-still-listed"),
    pytest.param(woman(residence=2), Records(births=[B1]), D(2026, 4, 1), None, id="away"),
    pytest.param(woman(residence=3), Records(births=[B1]), D(2026, 4, 1), due(D(2026, 4, 13)), id="inflow"),
    pytest.param(woman(), Records(births=[B_OLD, B1], services=[svc(4, D(2024, 1, 20))]), D(2026, 2, 1), None,
                 id="birth-after-D-ignored"),
    pytest.param(woman(), Records(births=[B_OLD, B1]), D(2026, 2, 1), late(D(2024, 2, 12), 706),
                 id="older-birth-overdue"),
    pytest.param(woman(), Records(births=[B_OLD, B1], services=[svc(4, D(2024, 1, 20))]), D(2026, 4, 1),
                 due(D(2026, 4, 13)), id="latest-birth-only"),
])
def test_r02(person, records, on, expected):
    check(r02(person, records, P, on), expected)


def test_r02_record_uid_is_latest_birth():
    item = r02(woman(), Records(births=[B1, B_OLD]), P, D(2026, 4, 1))
    assert item.record_uid == "b1"
    assert item.detail == "分娩 2026年3月2日"


@pytest.mark.parametrize("birth, records_extra, on, expected", [
    pytest.param(B1, {}, D(2026, 4, 12), None, id="vaginal-day-before-window"),
    pytest.param(B1, {}, D(2026, 4, 13), due(D(2026, 5, 31)), id="vaginal-window-opens-day-42"),
    pytest.param(B1, {}, D(2026, 6, 30), due(D(2026, 5, 31)), id="vaginal-last-due"),
    pytest.param(B1, {}, D(2026, 7, 1), late(D(2026, 5, 31), 1), id="vaginal-first-overdue"),
    pytest.param(BC, {}, D(2026, 4, 12), None, id="caesarean-day-before-window"),
    pytest.param(BC, {}, D(2026, 4, 13), due(D(2026, 8, 29)), id="caesarean-window-opens-day-42"),
    pytest.param(BC, {}, D(2026, 7, 1), due(D(2026, 8, 29)), id="caesarean-still-due"),
    pytest.param(BC, {}, D(2026, 9, 28), due(D(2026, 8, 29)), id="caesarean-last-due"),
    pytest.param(BC, {}, D(2026, 9, 29), late(D(2026, 8, 29), 1), id="caesarean-first-overdue"),
    pytest.param(replace(B1, delivery=9), {}, D(2026, 4, 13), due(D(2026, 5, 31)), id="other-delivery"),
    pytest.param(replace(B1, delivery=None), {}, D(2026, 4, 13), due(D(2026, 5, 31)), id="unknown-delivery"),
    pytest.param(B1, {"episodes": [Episode("e1", 3, D(2026, 4, 20))]}, D(2026, 5, 1), None,
                 id="episode-satisfies"),
    pytest.param(B1, {"episodes": [Episode("e0", 0, D(2026, 3, 2))]}, D(2026, 5, 1), None,
                 id="no-method-choice-on-birth-day"),
    pytest.param(B1, {"episodes": [Episode("e1", 3, D(2026, 2, 1))]}, D(2026, 5, 1), due(D(2026, 5, 31)),
                 id="episode-before-birth"),
    pytest.param(B1, {"episodes": [Episode("e1", 3, D(2026, 5, 5))]}, D(2026, 5, 1), due(D(2026, 5, 31)),
                 id="episode-after-D-ignored"),
    pytest.param(B1, {"services": [svc(5, D(2026, 3, 20))]}, D(2026, 5, 1), None, id="type-5-satisfies"),
    pytest.param(B1, {"services": [svc(4, D(2026, 3, 20))]}, D(2026, 5, 1), due(D(2026, 5, 31)),
                 id="postnatal-visit-does-not"),
])
def test_r03(birth, records_extra, on, expected):
    check(r03(woman(), Records(births=[birth], **records_extra), P, on), expected)


def test_r03_lead_override_and_uid():
    params = Params.from_settings({"R03.lead_days": 0})
    check(r03(woman(), Records(births=[B1]), params, D(2026, 5, 30)), None)
    check(r03(woman(), Records(births=[B1]), params, D(2026, 5, 31)), due(D(2026, 5, 31)))
    item = r03(woman(), Records(births=[BC]), P, D(2026, 4, 13))
    assert item.record_uid == "bc" and "剖宫产" in item.detail


# -- R04 节育器随访 -----------------------------------------------------------------

IUD = Episode("e1", 3, D(2025, 1, 31), device_type="TCu380A")  # targets 02-28, 04-30, 07-31, 2026-01-31, 2027-01-31


@pytest.mark.parametrize("episodes, services, on, expected", [
    pytest.param([IUD], [], D(2025, 2, 20), None, id="day-before-first-window"),
    pytest.param([IUD], [], D(2025, 2, 21), due(D(2025, 2, 28)), id="1m-clamped-feb-28"),
    pytest.param([IUD], [], D(2025, 3, 30), due(D(2025, 2, 28)), id="1m-last-due"),
    pytest.param([IUD], [], D(2025, 3, 31), late(D(2025, 2, 28), 1), id="1m-first-overdue"),
    pytest.param([IUD], [], D(2025, 4, 22), late(D(2025, 2, 28), 23), id="1m-still-latest"),
    pytest.param([IUD], [], D(2025, 4, 23), due(D(2025, 4, 30)), id="3m-apr-30"),
    pytest.param([IUD], [], D(2025, 7, 23), late(D(2025, 4, 30), 54), id="3m-overdue"),
    pytest.param([IUD], [], D(2025, 7, 24), due(D(2025, 7, 31)), id="6m-jul-31"),
    pytest.param([IUD], [], D(2026, 1, 23), late(D(2025, 7, 31), 146), id="6m-overdue"),
    pytest.param([IUD], [], D(2026, 1, 24), due(D(2026, 1, 31)), id="12m-jan-31"),
    pytest.param([IUD], [], D(2027, 1, 24), due(D(2027, 1, 31)), id="24m"),
    pytest.param([IUD], [], D(2028, 1, 24), due(D(2028, 1, 31)), id="36m"),
    pytest.param([replace(IUD, start_date=D(2024, 1, 31))], [], D(2024, 2, 21), None, id="leap-before"),
    pytest.param([replace(IUD, start_date=D(2024, 1, 31))], [], D(2024, 2, 22), due(D(2024, 2, 29)),
                 id="1m-clamped-feb-29"),
    pytest.param([IUD], [svc(2, D(2025, 4, 23))], D(2025, 5, 10), None, id="visit-on-window-start"),
    pytest.param([IUD], [svc(2, D(2025, 4, 22))], D(2025, 5, 10), due(D(2025, 4, 30)),
                 id="visit-day-before-window"),
    pytest.param([IUD], [svc(2, D(2025, 7, 23))], D(2025, 7, 23), None, id="visit-last-day-of-window"),
    pytest.param([IUD], [svc(2, D(2025, 4, 23))], D(2025, 7, 24), due(D(2025, 7, 31)),
                 id="earlier-visit-does-not-carry"),
    pytest.param([IUD], [svc(2, D(2025, 7, 24))], D(2025, 7, 24), None, id="visit-opens-next-window"),
    pytest.param([IUD], [svc(3, D(2025, 4, 25)), svc(9, D(2025, 4, 26))], D(2025, 5, 10), due(D(2025, 4, 30)),
                 id="wrong-service-type"),
    pytest.param([IUD], [svc(2, D(2025, 5, 11))], D(2025, 5, 10), due(D(2025, 4, 30)), id="visit-after-D"),
    pytest.param([replace(IUD, end_date=D(2025, 4, 25))], [], D(2025, 4, 25), None, id="ended-on-D"),
    pytest.param([replace(IUD, end_date=D(2025, 4, 26))], [], D(2025, 4, 25), due(D(2025, 4, 30)),
                 id="end-after-D-still-open"),
    pytest.param([replace(IUD, start_date=D(2025, 5, 1))], [], D(2025, 4, 25), None, id="started-after-D"),
    pytest.param([replace(IUD, method=4)], [], D(2025, 2, 21), None, id="implant-not-r04"),
])
def test_r04(episodes, services, on, expected):
    check(r04(woman(), Records(episodes=episodes, services=services), P, on), expected)


def test_r04_detail_and_record_uid():
    item = r04(woman(), Records(episodes=[IUD]), P, D(2025, 2, 21))
    assert item.record_uid == "e1"
    assert item.detail == "放置 TCu380A 2025年1月31日，1个月随访"
    assert "24个月" in r04(woman(), Records(episodes=[IUD]), P, D(2027, 1, 24)).detail


def test_r04_two_open_episodes_lists_the_most_overdue_once():
    second = Episode("e2", 3, D(2025, 6, 10))  # 1-month target 2025-07-10, opens 07-03
    records = Records(episodes=[second, IUD])
    item = r04(woman(), records, P, D(2025, 7, 10))
    assert (item.record_uid, item.target_date, item.status, item.days_overdue) == (
        "e1", D(2025, 4, 30), "overdue", 41)
    satisfied_first = replace(records, services=[svc(2, D(2025, 5, 1))])
    item = r04(woman(), satisfied_first, P, D(2025, 7, 10))
    assert (item.record_uid, item.target_date, item.status) == ("e2", D(2025, 7, 10), "due")


def test_r04_two_due_episodes_earliest_target_first():
    a = Episode("ea", 3, D(2025, 1, 31))   # 1m target 2025-02-28, opens 02-21
    b = Episode("eb", 3, D(2025, 1, 25))   # 1m target 2025-02-25, opens 02-18
    item = r04(woman(), Records(episodes=[a, b]), P, D(2025, 2, 22))
    assert (item.record_uid, item.target_date, item.status) == ("eb", D(2025, 2, 25), "due")


# -- R05 绝育/皮埋术后随访 ------------------------------------------------------------

STER = Episode("st", 1, D(2025, 3, 15))  # targets 04-15, 06-15, 09-15, 2026-03-15


@pytest.mark.parametrize("episode, services, on, expected", [
    pytest.param(STER, [], D(2025, 4, 7), None, id="day-before-window"),
    pytest.param(STER, [], D(2025, 4, 8), due(D(2025, 4, 15)), id="window-opens"),
    pytest.param(STER, [], D(2025, 5, 15), due(D(2025, 4, 15)), id="last-due"),
    pytest.param(STER, [], D(2025, 5, 16), late(D(2025, 4, 15), 1), id="first-overdue"),
    pytest.param(STER, [], D(2026, 3, 7), late(D(2025, 9, 15), 143), id="6m-overdue"),
    pytest.param(STER, [], D(2026, 3, 8), due(D(2026, 3, 15)), id="12m-opens"),
    pytest.param(STER, [], D(2027, 6, 1), late(D(2026, 3, 15), 413), id="no-target-after-12m"),
    pytest.param(STER, [svc(3, D(2026, 3, 8))], D(2027, 6, 1), None, id="12m-satisfied-then-nothing"),
    pytest.param(STER, [svc(3, D(2026, 3, 7))], D(2026, 3, 10), due(D(2026, 3, 15)), id="visit-before-window"),
    pytest.param(STER, [svc(9, D(2025, 4, 10))], D(2025, 4, 20), due(D(2025, 4, 15)), id="type-9-not-for-ster"),
    pytest.param(STER, [svc(2, D(2025, 4, 10))], D(2025, 4, 20), due(D(2025, 4, 15)), id="type-2-not-for-ster"),
    pytest.param(STER, [svc(3, D(2025, 4, 10))], D(2025, 4, 20), None, id="type-3-for-ster"),
    pytest.param(replace(STER, method=2), [svc(3, D(2025, 4, 10))], D(2025, 4, 20), None, id="type-3-vasectomy"),
    pytest.param(replace(STER, method=4), [svc(9, D(2025, 4, 10))], D(2025, 4, 20), None, id="type-9-implant"),
    pytest.param(replace(STER, method=4), [svc(3, D(2025, 4, 10))], D(2025, 4, 20), due(D(2025, 4, 15)),
                 id="type-3-not-for-implant"),
    pytest.param(replace(STER, method=3), [], D(2025, 4, 8), None, id="iud-not-r05"),
    pytest.param(replace(STER, method=5), [], D(2025, 4, 8), None, id="pill-not-r05"),
    pytest.param(replace(STER, end_date=D(2025, 4, 8)), [], D(2025, 4, 8), None, id="ended"),
])
def test_r05(episode, services, on, expected):
    check(r05(woman(), Records(episodes=[episode], services=services), P, on), expected)


# -- R06 到期 ----------------------------------------------------------------------

TCU = Episode("t1", 3, D(2016, 3, 2), lifespan_years=10, device_type="TCu380A")
JADELLE = Episode("j1", 4, D(2020, 2, 29), lifespan_years=3)


@pytest.mark.parametrize("episode, on, expected", [
    pytest.param(TCU, D(2025, 12, 31), None, id="day-before-window"),
    pytest.param(TCU, D(2026, 1, 1), due(D(2026, 3, 2)), id="window-opens-60-days"),
    pytest.param(TCU, D(2026, 5, 31), due(D(2026, 3, 2)), id="last-due"),
    pytest.param(TCU, D(2026, 6, 1), late(D(2026, 3, 2), 1), id="first-overdue"),
    pytest.param(replace(TCU, end_date=D(2026, 2, 1)), D(2026, 2, 10), None, id="ended"),
    pytest.param(replace(TCU, end_date=D(2026, 2, 11)), D(2026, 2, 10), due(D(2026, 3, 2)), id="end-after-D"),
    pytest.param(replace(TCU, lifespan_years=None), D(2026, 2, 10), None, id="no-lifespan"),
    pytest.param(JADELLE, D(2022, 12, 29), None, id="implant-before"),
    pytest.param(JADELLE, D(2022, 12, 30), due(D(2023, 2, 28)), id="implant-feb-29-clamped"),
    pytest.param(replace(TCU, method=5), D(2026, 1, 1), None, id="not-long-acting"),
])
def test_r06(episode, on, expected):
    check(r06(woman(), Records(episodes=[episode]), P, on), expected)


# TCU: target 2026-03-02, lead 60 → the window opens 2026-01-01
@pytest.mark.parametrize("services, on, expected", [
    pytest.param([svc(5, D(2026, 1, 1), declined=True)], D(2026, 2, 1), None,
                 id="declined-counselling-at-target-minus-lead"),
    pytest.param([svc(5, D(2026, 1, 1))], D(2026, 2, 1), None, id="counselling-at-target-minus-lead"),
    pytest.param([svc(5, D(2025, 12, 31), declined=True)], D(2026, 2, 1), due(D(2026, 3, 2)),
                 id="declined-one-day-before"),
    pytest.param([svc(5, D(2026, 6, 1), declined=True)], D(2026, 6, 1), None, id="declined-while-overdue"),
    pytest.param([svc(5, D(2026, 2, 2), declined=True)], D(2026, 2, 1), due(D(2026, 3, 2)), id="after-D-ignored"),
    pytest.param([svc(1, D(2026, 1, 5)), svc(2, D(2026, 1, 6))], D(2026, 2, 1), due(D(2026, 3, 2)),
                 id="other-types-do-not-close"),
])
def test_r06_closed_by_her_choice(services, on, expected):
    check(r06(woman(), Records(episodes=[TCU], services=services), P, on), expected)


def test_r06_detail():
    item = r06(woman(), Records(episodes=[TCU]), P, D(2026, 1, 1))
    assert item.detail == "放置 TCu380A 2016年3月2日，到期 2026年3月2日"
    assert item.record_uid == "t1"


# -- R07 绝经取器 -------------------------------------------------------------------

OLD_IUD = Episode("o1", 3, D(2000, 4, 1))
W74 = woman(birth_date=D(1974, 6, 15), first_marriage_date=D(1996, 1, 1))  # 52 on 2026-06-15


@pytest.mark.parametrize("person, episodes, on, expected", [
    pytest.param(W74, [OLD_IUD], D(2026, 5, 15), None, id="day-before-window"),
    pytest.param(W74, [OLD_IUD], D(2026, 5, 16), due(D(2026, 6, 15)), id="window-opens-at-51"),
    pytest.param(W74, [OLD_IUD], D(2026, 12, 12), due(D(2026, 6, 15)), id="last-due"),
    pytest.param(W74, [OLD_IUD], D(2026, 12, 13), late(D(2026, 6, 15), 1), id="first-overdue"),
    pytest.param(replace(W74, menopause_date=D(2025, 9, 30)), [OLD_IUD], D(2026, 8, 30), None,
                 id="menopause-before-window"),
    pytest.param(replace(W74, menopause_date=D(2025, 9, 30)), [OLD_IUD], D(2026, 8, 31), due(D(2026, 9, 30)),
                 id="menopause-plus-12m"),
    pytest.param(replace(W74, menopause_date=D(2026, 7, 1)), [OLD_IUD], D(2026, 6, 1), due(D(2026, 6, 15)),
                 id="menopause-after-D-ignored"),
    pytest.param(replace(W74, residence=2), [OLD_IUD], D(2026, 5, 16), due(D(2026, 6, 15)), id="away-listed"),
    pytest.param(W74, [replace(OLD_IUD, end_date=D(2026, 5, 1))], D(2026, 5, 16), None, id="removed"),
    pytest.param(W74, [replace(OLD_IUD, method=4)], D(2026, 5, 16), None, id="implant-not-r07"),
])
def test_r07(person, episodes, on, expected):
    check(r07(person, Records(episodes=episodes), P, on), expected)


# W74 turns 52 on 2026-06-15, lead 30 → the window opens 2026-05-16
@pytest.mark.parametrize("services, on, expected", [
    pytest.param([svc(5, D(2026, 5, 16), declined=True)], D(2026, 6, 1), None,
                 id="declined-counselling-at-target-minus-lead"),
    pytest.param([svc(5, D(2026, 5, 15), declined=True)], D(2026, 6, 1), due(D(2026, 6, 15)),
                 id="declined-one-day-before"),
    pytest.param([svc(5, D(2026, 12, 20))], D(2026, 12, 20), None, id="counselling-while-overdue"),
    pytest.param([svc(2, D(2026, 5, 20))], D(2026, 6, 1), due(D(2026, 6, 15)), id="iud-follow-up-does-not-close"),
])
def test_r07_closed_by_her_choice(services, on, expected):
    check(r07(W74, Records(episodes=[OLD_IUD], services=services), P, on), expected)


def test_r07_menopause_age_parameter():
    params = Params.from_settings({"menopause_age": 55})
    check(r07(W74, Records(episodes=[OLD_IUD]), params, D(2029, 5, 15)), None)
    check(r07(W74, Records(episodes=[OLD_IUD]), params, D(2029, 5, 16)), due(D(2029, 6, 15)))


# -- R08 孕产期服务 ---------------------------------------------------------------

PREG = Pregnancy("p1", D(2026, 2, 1), edd=D(2026, 9, 10), outcome=0)


@pytest.mark.parametrize("pregnancy, on, expected", [
    pytest.param(PREG, D(2026, 9, 23), None, id="day-before-target"),
    pytest.param(PREG, D(2026, 9, 24), due(D(2026, 9, 24)), id="lead-0-opens-on-target"),
    pytest.param(PREG, D(2026, 10, 24), due(D(2026, 9, 24)), id="last-due"),
    pytest.param(PREG, D(2026, 10, 25), late(D(2026, 9, 24), 1), id="first-overdue"),
    pytest.param(replace(PREG, outcome=None), D(2026, 9, 24), due(D(2026, 9, 24)), id="outcome-none"),
    pytest.param(replace(PREG, outcome=1, outcome_date=D(2026, 9, 20)), D(2026, 10, 1), None, id="outcome-recorded"),
    pytest.param(replace(PREG, outcome=1, outcome_date=D(2026, 9, 26)), D(2026, 9, 25), due(D(2026, 9, 24)),
                 id="outcome-after-D-ongoing"),
    pytest.param(replace(PREG, outcome=3, outcome_date=None), D(2026, 10, 1), None, id="undated-outcome"),
    pytest.param(replace(PREG, edd=None), D(2026, 10, 1), None, id="no-edd"),
    pytest.param(replace(PREG, found_date=D(2026, 9, 30)), D(2026, 9, 25), None, id="found-after-D"),
])
def test_r08(pregnancy, on, expected):
    check(r08(woman(), Records(pregnancies=[pregnancy]), P, on), expected)


# PREG: edd 2026-09-10, target 09-24 (lead 0); a type-4 or type-11 service from
# edd − 30 days (2026-08-11) closes it, declined or not
@pytest.mark.parametrize("services, on, expected", [
    pytest.param([svc(11, D(2026, 8, 11), declined=True)], D(2026, 9, 24), None, id="declined-care-at-edd-minus-30"),
    pytest.param([svc(11, D(2026, 8, 10), declined=True)], D(2026, 9, 24), due(D(2026, 9, 24)),
                 id="declined-care-one-day-before"),
    pytest.param([svc(4, D(2026, 8, 11), declined=True)], D(2026, 9, 24), None, id="declined-postnatal-visit"),
    pytest.param([svc(4, D(2026, 8, 10))], D(2026, 9, 24), due(D(2026, 9, 24)), id="postnatal-visit-one-day-before"),
    pytest.param([svc(11, D(2026, 9, 20))], D(2026, 9, 24), None, id="care-service-closes"),
    pytest.param([svc(11, D(2026, 10, 30), declined=True)], D(2026, 10, 30), None, id="declined-while-overdue"),
    pytest.param([svc(5, D(2026, 9, 1)), svc(1, D(2026, 9, 2))], D(2026, 9, 24), due(D(2026, 9, 24)),
                 id="other-types-do-not-close"),
])
def test_r08_closed_by_her_choice(services, on, expected):
    check(r08(woman(), Records(pregnancies=[PREG], services=services), P, on), expected)


# -- R09 叶酸随访 ------------------------------------------------------------------

FOLIC = [svc(7, D(2026, 1, 10)), svc(7, D(2026, 2, 10)), svc(7, D(2026, 3, 12))]
MISCARRIAGE = Pregnancy("p2", D(2026, 1, 20), outcome=3, outcome_date=D(2026, 2, 20))


@pytest.mark.parametrize("records, on, expected", [
    pytest.param(Records(services=FOLIC), D(2026, 4, 7), None, id="day-before-window"),
    pytest.param(Records(services=FOLIC), D(2026, 4, 8), due(D(2026, 4, 11)), id="window-opens"),
    pytest.param(Records(services=FOLIC), D(2026, 4, 25), due(D(2026, 4, 11)), id="last-due"),
    pytest.param(Records(services=FOLIC), D(2026, 4, 26), late(D(2026, 4, 11), 1), id="first-overdue"),
    pytest.param(Records(services=FOLIC), D(2026, 7, 9), late(D(2026, 4, 11), 75), id="series-day-180"),
    pytest.param(Records(services=FOLIC), D(2026, 7, 10), None, id="series-day-181"),
    pytest.param(Records(services=FOLIC), D(2026, 3, 11), due(D(2026, 3, 12)), id="service-after-D-ignored"),
    pytest.param(Records(services=FOLIC, pregnancies=[MISCARRIAGE]), D(2026, 8, 1), late(D(2026, 4, 11), 98),
                 id="series-restarts-after-outcome"),
    pytest.param(Records(services=FOLIC), D(2026, 8, 1), None, id="series-too-old"),
    pytest.param(Records(services=FOLIC, pregnancies=[replace(MISCARRIAGE, outcome_date=D(2026, 1, 10))]),
                 D(2026, 8, 9), late(D(2026, 4, 11), 106), id="series-starts-strictly-after-outcome"),
    pytest.param(Records(services=FOLIC, pregnancies=[replace(MISCARRIAGE, outcome_date=D(2026, 3, 20))]),
                 D(2026, 4, 10), None, id="no-folic-since-outcome"),
    pytest.param(Records(services=FOLIC, births=[Birth("b9", D(2026, 3, 20))]), D(2026, 4, 10), None,
                 id="no-folic-since-birth"),
    pytest.param(Records(services=FOLIC, pregnancies=[replace(MISCARRIAGE, outcome_date=D(2026, 4, 20))]),
                 D(2026, 4, 10), due(D(2026, 4, 11)), id="outcome-after-D-ignored"),
    pytest.param(Records(services=[svc(8, D(2026, 3, 12))]), D(2026, 4, 10), None, id="not-folic"),
])
def test_r09(records, on, expected):
    check(r09(woman(), records, P, on), expected)


# -- R10 流动人口信息核查 -------------------------------------------------------------

AWAY = woman(residence=2, left_date=D(2026, 1, 15))  # target 2026-07-14, opens 06-30


@pytest.mark.parametrize("person, records, on, expected", [
    pytest.param(AWAY, Records(), D(2026, 6, 29), None, id="day-before-window"),
    pytest.param(AWAY, Records(), D(2026, 6, 30), due(D(2026, 7, 14)), id="window-opens"),
    pytest.param(AWAY, Records(), D(2026, 8, 13), due(D(2026, 7, 14)), id="last-due"),
    pytest.param(AWAY, Records(), D(2026, 8, 14), late(D(2026, 7, 14), 1), id="first-overdue"),
    pytest.param(AWAY, Records(services=[svc(10, D(2026, 7, 1))]), D(2026, 8, 14), None, id="service-satisfies"),
    pytest.param(AWAY, Records(services=[svc(10, D(2026, 7, 1))]), D(2026, 12, 13), None, id="moved-base"),
    pytest.param(AWAY, Records(services=[svc(6, D(2026, 7, 1))]), D(2026, 12, 14), due(D(2026, 12, 28)),
                 id="any-service-is-contact"),
    pytest.param(woman(residence=2), Records(migrations=[MigrationRec("m1", 1, D(2026, 1, 15), D(2026, 5, 1))]),
                 D(2026, 10, 13), None, id="verified-before-window"),
    pytest.param(woman(residence=2), Records(migrations=[MigrationRec("m1", 1, D(2026, 1, 15), D(2026, 5, 1))]),
                 D(2026, 10, 14), due(D(2026, 10, 28)), id="verified-date-is-base"),
    pytest.param(woman(residence=2), Records(migrations=[MigrationRec("m1", 1, D(2026, 1, 15), D(2026, 7, 2))]),
                 D(2026, 7, 1), due(D(2026, 7, 14)), id="verified-after-D-ignored"),
    pytest.param(AWAY, Records(migrations=[MigrationRec("m2", 3, D(2026, 8, 1))]), D(2026, 7, 20),
                 due(D(2026, 7, 14)), id="migration-after-D-ignored"),
    pytest.param(woman(residence=3, arrived_date=D(2026, 1, 15)), Records(), D(2026, 6, 30), due(D(2026, 7, 14)),
                 id="inflow-arrival"),
    pytest.param(woman(residence=2, birth_date=D(1995, 3, 1)), Records(), D(2026, 1, 1),
                 late(D(2010, 8, 28), 5575), id="no-contact-15th-birthday"),
    pytest.param(replace(AWAY, residence=1), Records(), D(2026, 6, 30), None, id="present"),
    pytest.param(replace(AWAY, sex=1), Records(), D(2026, 6, 30), None, id="male"),
    pytest.param(replace(AWAY, birth_date=D(1976, 7, 1)), Records(), D(2026, 6, 30), due(D(2026, 7, 14)),
                 id="aged-49"),
    pytest.param(replace(AWAY, birth_date=D(1976, 7, 1)), Records(), D(2026, 7, 1), None, id="turns-50"),
])
def test_r10(person, records, on, expected):
    check(r10(person, records, P, on), expected)


# -- R11 奖励扶助资格确认 -------------------------------------------------------------

ELDER = ReminderPerson("m60", "李建国", 1, D(1964, 2, 29), 1, household_one_child_cert=True)  # 60 on 2024-02-29


@pytest.mark.parametrize("person, benefits, on, expected", [
    pytest.param(ELDER, [], D(2023, 12, 30), None, id="day-before-window"),
    pytest.param(ELDER, [], D(2023, 12, 31), due(D(2024, 2, 29)), id="window-opens-feb-29-birthday"),
    pytest.param(ELDER, [], D(2024, 5, 29), due(D(2024, 2, 29)), id="last-due"),
    pytest.param(ELDER, [], D(2024, 5, 30), late(D(2024, 2, 29), 1), id="first-overdue"),
    pytest.param(ELDER, [BenefitRec("k1", 1, 2024)], D(2024, 3, 1), None, id="benefit-that-year"),
    pytest.param(ELDER, [BenefitRec("k1", 1, 2025)], D(2024, 3, 1), None, id="benefit-later-year"),
    pytest.param(ELDER, [BenefitRec("k1", 1, 2023)], D(2024, 3, 1), due(D(2024, 2, 29)), id="benefit-earlier-year"),
    pytest.param(ELDER, [BenefitRec("k1", 4, 2024)], D(2024, 3, 1), due(D(2024, 2, 29)), id="other-program"),
    pytest.param(ELDER, [BenefitRec("k1", 1, 2024, date=D(2024, 3, 10))], D(2024, 3, 1), due(D(2024, 2, 29)),
                 id="benefit-dated-after-D"),
    pytest.param(ELDER, [BenefitRec("k1", 1, 2024, date=D(2024, 3, 10))], D(2024, 3, 10), None,
                 id="benefit-dated-on-D"),
    pytest.param(replace(ELDER, household_one_child_cert=False), [], D(2024, 3, 1), None, id="no-household-flag"),
    pytest.param(replace(ELDER, household_one_child_cert=False, household_two_daughters=True, sex=2), [],
                 D(2024, 3, 1), due(D(2024, 2, 29)), id="two-daughters"),
    pytest.param(replace(ELDER, residence=2), [], D(2024, 3, 1), due(D(2024, 2, 29)), id="away-listed"),
])
def test_r11(person, benefits, on, expected):
    check(r11(person, Records(benefits=benefits), P, on), expected)


# -- R12 育儿补贴 ------------------------------------------------------------------

CHILD = ReminderPerson("c1", "王小宝", 1, D(2025, 6, 10), 1)


@pytest.mark.parametrize("person, benefits, on, expected", [
    pytest.param(CHILD, [], D(2025, 6, 9), None, id="not-born"),
    pytest.param(CHILD, [], D(2025, 6, 10), due(D(2025, 7, 10)), id="born-window-opens"),
    pytest.param(CHILD, [], D(2025, 9, 8), due(D(2025, 7, 10)), id="last-due"),
    pytest.param(CHILD, [], D(2025, 9, 9), late(D(2025, 7, 10), 1), id="first-overdue"),
    pytest.param(CHILD, [], D(2025, 12, 31), late(D(2025, 7, 10), 114), id="year-end"),
    pytest.param(CHILD, [], D(2026, 1, 1), due(D(2026, 1, 31)), id="new-year-opens"),
    pytest.param(CHILD, [], D(2026, 4, 1), due(D(2026, 1, 31)), id="new-year-last-due"),
    pytest.param(CHILD, [], D(2026, 4, 2), late(D(2026, 1, 31), 1), id="new-year-first-overdue"),
    pytest.param(CHILD, [BenefitRec("k5", 5, 2026, child_uid="c1")], D(2026, 2, 1), None, id="granted"),
    pytest.param(CHILD, [BenefitRec("k5", 5, 2025, child_uid="c1")], D(2026, 2, 1), due(D(2026, 1, 31)),
                 id="last-year-benefit"),
    pytest.param(CHILD, [BenefitRec("k1", 1, 2026, child_uid="c1")], D(2026, 2, 1), due(D(2026, 1, 31)),
                 id="other-program"),
    pytest.param(replace(CHILD, birth_date=D(2024, 5, 20)), [], D(2027, 5, 19), late(D(2027, 1, 31), 48),
                 id="aged-2"),
    pytest.param(replace(CHILD, birth_date=D(2024, 5, 20)), [], D(2027, 5, 20), None, id="turns-3"),
    pytest.param(replace(CHILD, residence=2), [], D(2026, 1, 1), due(D(2026, 1, 31)), id="away-listed"),
    pytest.param(replace(CHILD, residence=3), [], D(2026, 1, 1), None, id="inflow-not-hukou"),
])
def test_r12(person, benefits, on, expected):
    check(r12(person, Records(child_benefits=benefits), P, on), expected)


def test_r12_reads_only_child_benefits():
    # the mother's own benefit list does not satisfy the child's R12
    records = Records(benefits=[BenefitRec("k5", 5, 2026, child_uid="c1")])
    check(r12(CHILD, records, P, D(2026, 2, 1)), due(D(2026, 1, 31)))


# -- eligibility ending the same day, for every rule ----------------------------

# (rule, person, records, D) with an item listed on D
LISTED = {
    "R01": (woman(), Records(services=[svc(1, D(2025, 8, 1))]), D(2026, 12, 2)),
    "R02": (woman(), Records(births=[B1]), D(2026, 4, 1)),
    "R03": (woman(), Records(births=[B1]), D(2026, 4, 13)),
    "R04": (woman(), Records(episodes=[IUD]), D(2025, 2, 21)),
    "R05": (woman(), Records(episodes=[STER]), D(2025, 4, 8)),
    "R06": (woman(), Records(episodes=[TCU]), D(2026, 1, 1)),
    "R07": (W74, Records(episodes=[OLD_IUD]), D(2026, 5, 16)),
    "R08": (woman(), Records(pregnancies=[PREG]), D(2026, 9, 24)),
    "R09": (woman(), Records(services=FOLIC), D(2026, 4, 8)),
    "R10": (AWAY, Records(), D(2026, 6, 30)),
    "R11": (ELDER, Records(), D(2023, 12, 31)),
    "R12": (CHILD, Records(), D(2025, 6, 10)),
}


@pytest.mark.parametrize("rule", sorted(LISTED))
def test_listed_until_death_or_move_out(rule):
    person, records, on = LISTED[rule]
    fn = RULES[rule]
    assert fn(person, records, P, on) is not None
    assert fn(replace(person, death_date=D.fromordinal(on.toordinal() + 1)), records, P, on) is not None
    assert fn(replace(person, death_date=on), records, P, on) is None
    assert fn(replace(person, residence=8), records, P, on) is None
    assert fn(replace(person, residence=9), records, P, on) is None


@pytest.mark.parametrize("rule", sorted(LISTED))
def test_item_fields(rule):
    person, records, on = LISTED[rule]
    item = RULES[rule](person, records, P, on)
    assert item.rule == rule and item.person_uid == person.uid
    assert item.detail and isinstance(item.detail, str)


# -- evaluate and parameters --------------------------------------------------------

def test_evaluate_runs_rules_in_order():
    records = Records(births=[B1], episodes=[IUD], services=[svc(1, D(2026, 1, 20))])
    items = evaluate(woman(), records, P3, D(2026, 4, 13))
    # R01 target 2026-04-20 (opens 04-06); R02/R03 open; R04 latest target 2026-01-31 overdue
    assert [i.rule for i in items] == ["R01", "R02", "R03", "R04"]
    assert [i.rule for i in evaluate(woman(), records, P, D(2026, 4, 13))] == ["R02", "R03", "R04"]
    assert [i.rule for i in evaluate(woman(), records, P, D(2026, 4, 13), rules=["R04", "R02"])] == ["R02", "R04"]
    assert evaluate(woman(), records, P, D(2026, 4, 13), rules=[]) == []
    with pytest.raises(ValueError):
        evaluate(woman(), records, P, D(2026, 4, 13), rules=["R13"])


def test_rules_table():
    assert list(RULES) == [f"R{n:02d}" for n in range(1, 13)]


def test_params_defaults():
    s = Params().as_settings()
    assert (s["R01.lead_days"], s["R01.grace_days"], s["check_interval_months"]) == (14, 30, 12)
    assert (s["R02.lead_days"], s["R02.grace_days"], s["R02.offset_days"]) == (12, 14, 42)
    assert (s["R03.lead_days"], s["R03.grace_days"]) == (None, 30)
    assert (s["R03.offset_days"], s["R03.caesarean_offset_days"], s["R03.opens_after_days"]) == (90, 180, 42)
    assert (s["R04.lead_days"], s["R04.grace_days"], s["R04.months"]) == (7, 30, [1, 3, 6, 12])
    assert (s["R05.lead_days"], s["R05.grace_days"], s["R05.months"]) == (7, 30, [1, 3, 6, 12])
    assert (s["R06.lead_days"], s["R06.grace_days"]) == (60, 90)
    assert (s["R07.lead_days"], s["R07.grace_days"], s["menopause_age"]) == (30, 180, 52)
    assert (s["R08.lead_days"], s["R08.grace_days"], s["R08.offset_days"]) == (0, 30, 14)
    assert (s["R09.lead_days"], s["R09.grace_days"], s["R09.series_days"]) == (3, 14, 180)
    assert (s["R10.lead_days"], s["R10.grace_days"], s["R10.interval_days"]) == (14, 30, 180)
    assert (s["R11.lead_days"], s["R11.grace_days"], s["R11.age"]) == (60, 90, 60)
    assert (s["R12.lead_days"], s["R12.grace_days"], s["R12.age_limit"], s["R12.offset_days"]) == (30, 60, 3, 30)


def test_params_round_trip_and_override():
    p = Params.from_settings({"R01.lead_days": 10, "check_interval_months": 6, "R04.months": [1, 6]})
    assert (p.r01_lead_days, p.check_interval_months, p.r04_months) == (10, 6, (1, 6))
    assert Params.from_settings(p.as_settings()) == p
    assert set(Params.keys()) == set(Params().as_settings())
    # the override changes the rule
    check(r01(woman(), CHECKED_AUG, Params.from_settings({"R01.lead_days": 0}), D(2026, 10, 31)), None)


@pytest.mark.parametrize("settings", [
    {"R13.lead_days": 1},
    {"R01.lead": 1},
    {"office_region_code": "610628101000"},
    {"R01.lead_days": -1},
    {"R01.lead_days": "14"},
    {"R01.lead_days": True},
    {"R01.lead_days": None},
    {"check_interval_months": 0},
    {"R04.months": []},
    {"R04.months": [3, 1]},
])
def test_params_rejects(settings):
    with pytest.raises(ValueError):
        Params.from_settings(settings)
