"""The registers' and cards' rows (services/ledger_rows.py, services/card_rows.py,
moved out of fpdesk/output): on the small demo, against plain SQL."""

import sqlite3
from datetime import date

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import statistical_year
from fpdesk.services import card_rows, ledger_rows, people

ON = date(2026, 11, 22)
YEAR = statistical_year(2026)           # 2025-10-01 … 2026-09-30
PERIODIC = {
    "births": lambda s, v: ledger_rows.births(s, YEAR, v),
    "deaths": lambda s, v: ledger_rows.deaths(s, YEAR, v),
    "marriages": lambda s, v: ledger_rows.marriages(s, YEAR, v),
    "migrations": lambda s, v: ledger_rows.migrations(s, YEAR, v),
    "contraception": lambda s, v: ledger_rows.contraception(s, YEAR, v),
    "services": lambda s, v: ledger_rows.services(s, YEAR, v, (1, 2, 3, 4, 5, 6, 7, 9)),
    "benefits": lambda s, v: ledger_rows.benefits(s, 2026, v),
    "women": lambda s, v: ledger_rows.women(s, ON, v),
    "population": lambda s, v: ledger_rows.population(s, ON, v),
}


@pytest.fixture(scope="module")
def demo(small_demo):
    db = open_database(small_demo)
    yield db
    db.close()


def sql(path, query, *args):
    with sqlite3.connect(path) as connection:
        return connection.execute(query, args).fetchall()


@pytest.mark.parametrize("name", PERIODIC)
def test_rows_come_by_village_and_one_village_is_its_share(demo, name):
    with demo.read_session() as s:
        rows = [tuple(r) for r in PERIODIC[name](s, None)]
        village = people.villages(s)[1].code
        theirs = [tuple(r) for r in PERIODIC[name](s, village)]
    assert rows, name
    codes = [r[0] for r in rows]
    assert codes == sorted(codes)
    assert theirs and theirs == [r for r in rows if r[0] == village]


LIVING_ON = ("p.deleted = 0 AND p.residence IN (1, 2, 3) AND p.birth_date <= :on "
             "AND (p.death_date IS NULL OR p.death_date > :on)")


def test_women_and_population_are_those_on_the_register(demo, small_demo):
    with demo.read_session() as s:
        women = [(r.name, r.id_number) for r in ledger_rows.women(s, ON, None)]
        population = [(r.name, r.id_number) for r in ledger_rows.population(s, ON, None)]
    with sqlite3.connect(small_demo) as connection:
        expected = connection.execute(
            f"SELECT p.name, p.id_number FROM persons p JOIN households h ON h.uid = p.household_uid WHERE {LIVING_ON} "
            "AND p.sex = 2 AND p.birth_date > '1976-11-22' AND p.birth_date <= '2011-11-22' "
            "ORDER BY h.village_code, h.group_no, h.household_no, p.relation, p.birth_date, p.uid",
            {"on": ON.isoformat()}).fetchall()
        everyone = connection.execute(f"SELECT count(*) FROM persons p JOIN households h ON h.uid = p.household_uid "
                                      f"WHERE {LIVING_ON}", {"on": ON.isoformat()}).fetchone()[0]
    assert women == expected
    assert len(population) == everyone > len(women)


@pytest.mark.parametrize("name, table, column, person", [
    ("marriages", "marriages", "date", "person_uid"),
    ("migrations", "migrations", "date", "person_uid"),
    ("contraception", "contraception", "start_date", "woman_uid"),
])
def test_events_of_the_period_are_counted_as_sql_counts_them(demo, small_demo, name, table, column, person):
    extra = " OR (e.end_date BETWEEN '2025-10-01' AND '2026-09-30')" if table == "contraception" else ""
    (expected,) = sql(small_demo, f"SELECT count(*) FROM {table} e JOIN persons p ON p.uid = e.{person} "
                                  f"JOIN households h ON h.uid = p.household_uid WHERE e.deleted = 0 "
                                  f"AND p.deleted = 0 AND (e.{column} BETWEEN '2025-10-01' AND '2026-09-30'{extra})")[0]
    with demo.read_session() as s:
        assert len(list(PERIODIC[name](s, None))) == expected > 0


def test_services_are_only_of_the_types_asked_and_benefits_of_the_year(demo, small_demo):
    with demo.read_session() as s:
        supplies = list(ledger_rows.services(s, YEAR, None, (6, 7)))
        benefits = list(ledger_rows.benefits(s, 2026, None))
    assert {r.type for r in supplies} <= {6, 7} and supplies
    assert all(YEAR.start <= r.date <= YEAR.end for r in supplies)
    (expected,) = sql(small_demo, "SELECT count(*) FROM services v JOIN persons p ON p.uid = v.person_uid "
                                  "WHERE v.deleted = 0 AND p.deleted = 0 AND v.type IN (6, 7) "
                                  "AND v.date BETWEEN '2025-10-01' AND '2026-09-30'")[0]
    assert len(supplies) == expected
    (paid,) = sql(small_demo, "SELECT count(*) FROM benefits b JOIN persons p ON p.uid = b.person_uid "
                              "WHERE b.deleted = 0 AND p.deleted = 0 AND b.year = 2026")[0]
    assert len(benefits) == paid > 0


def test_village_cards_read_her_records_as_of_the_day(demo, small_demo):
    with demo.read_session() as s:
        village = people.villages(s)[0].code
        now = card_rows.village_women_records(s, village, ON)
        earlier = card_rows.village_women_records(s, village, date(2020, 6, 30))
        assert card_rows.village_has_households(s, village)
        assert not card_rows.village_has_households(s, "610628101999")
    (expected,) = sql(small_demo, "SELECT count(*) FROM persons p JOIN households h ON h.uid = p.household_uid "
                                  "WHERE h.village_code = ? AND h.deleted = 0 AND p.deleted = 0 AND p.sex = 2 "
                                  "AND p.residence IN (1, 2, 3) AND p.birth_date > '1976-11-22' "
                                  "AND p.birth_date <= '2011-11-22'", village)[0]
    assert len(now.women) == expected > 0
    assert {w.village_code for w in now.women} == {village}
    uids = {w.uid for w in now.women}
    assert set(now.services) <= uids and set(now.episodes) <= uids and set(now.births) <= uids
    for woman in now.women:
        assert woman.uid in {m.uid for m in now.members[woman.household_uid]}
    assert all(s.date <= date(2020, 6, 30) for rows in earlier.services.values() for s in rows)
    assert all(b.birth_date <= date(2020, 6, 30) for rows in earlier.births.values() for b in rows)
    assert sum(map(len, earlier.services.values())) < sum(map(len, now.services.values()))
    woman = now.women[0]
    (services,) = sql(small_demo, "SELECT count(*) FROM services WHERE person_uid = ? AND deleted = 0 "
                                  "AND date <= ?", woman.uid, ON.isoformat())[0]
    assert len(now.services.get(woman.uid, [])) == services


def test_one_woman_one_household_and_who_is_who(demo, small_demo):
    woman, household = sql(small_demo, "SELECT uid, household_uid FROM persons WHERE sex = 2 AND deleted = 0 "
                                       "ORDER BY uid LIMIT 1")[0]
    man, name = sql(small_demo, "SELECT uid, name FROM persons WHERE sex = 1 AND deleted = 0 ORDER BY uid LIMIT 1")[0]
    members = sql(small_demo, "SELECT uid FROM persons WHERE household_uid = ? AND deleted = 0 "
                              "ORDER BY relation, birth_date, uid", household)
    with demo.read_session() as s:
        assert [w.uid for w in card_rows.woman_records(s, woman, ON).women] == [woman]
        assert card_rows.woman_records(s, man, ON).women == []
        assert card_rows.person_sex_name(s, man) == (1, name)
        assert card_rows.person_sex_name(s, "nobody") is None
        assert card_rows.household(s, household).hh_uid == household
        assert card_rows.household(s, "nowhere") is None
        assert [m.uid for m in card_rows.household_members(s, household, ON)] == [uid for (uid,) in members]
        assert card_rows.household_members(s, household, date(1900, 1, 1)) == []
