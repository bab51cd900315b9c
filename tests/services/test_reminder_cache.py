"""The stored list of the day always equals the list computed from the records:
after a save, a soft delete, a household change, a new date and new parameters."""

import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from fpdesk.db.schema import open_database
from fpdesk.services import records, reminders
from fpdesk.services.office_settings import save_reminder_params
from fpdesk.services.reminder_cache import refresh, reminder_list
from tests.conftest import ADMIN, CLERK

ON = date(2026, 11, 22)


@pytest.fixture
def demo(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    database = open_database(path)
    yield database
    database.close()


def computed(db, on, rules=None, village=None):
    with db.read_session() as session:
        return reminders.compute(session, on, rules, village)


def forget_the_stored_list(db):
    with db.session() as session:
        session.connection().exec_driver_sql("DELETE FROM reminder_cache_state")


def test_the_demo_stores_its_list_of_the_day(demo):
    assert refresh(demo, ON) == "current"
    assert reminder_list(demo, ON) == computed(demo, ON)


def test_first_list_is_built_then_read_back(demo):
    forget_the_stored_list(demo)
    assert refresh(demo, ON) == "rebuilt"
    assert refresh(demo, ON) == "current"
    assert reminder_list(demo, ON) == computed(demo, ON)


def test_filters_read_the_same_items_the_computation_gives(demo):
    rows = reminder_list(demo, ON)
    village = rows[0].village_code
    assert reminder_list(demo, ON, ["r04", "R01"], village) == computed(demo, ON, ["R04", "R01"], village)
    with pytest.raises(ValueError, match="R13"):
        reminder_list(demo, ON, ["R13"])


def test_a_saved_service_updates_only_that_person(demo):
    item = next(r for r in reminder_list(demo, ON) if r.rule == "R01")
    with demo.session() as session:
        records.create(session, CLERK, "services",
                       {"person_uid": item.person_uid, "type": 1, "date": ON, "declined": False},
                       accept_warnings=True, today=ON)
    assert refresh(demo, ON) == "updated"
    rows = reminder_list(demo, ON)
    assert all(not (r.rule == "R01" and r.person_uid == item.person_uid) for r in rows)
    assert rows == computed(demo, ON)


def test_a_soft_delete_brings_the_item_back(demo):
    item = next(r for r in reminder_list(demo, ON) if r.rule == "R01")
    with demo.session() as session:
        saved = records.create(session, CLERK, "services",
                               {"person_uid": item.person_uid, "type": 1, "date": ON, "declined": False},
                               accept_warnings=True, today=ON)
    reminder_list(demo, ON)
    with demo.session() as session:
        records.delete(session, CLERK, "services", saved.uid, "录错")
    rows = reminder_list(demo, ON)
    assert any(r.rule == "R01" and r.person_uid == item.person_uid for r in rows)
    assert rows == computed(demo, ON)


def test_a_household_moved_to_another_village_moves_its_members_items(demo):
    rows = reminder_list(demo, ON)
    item = rows[0]
    with demo.read_session() as session:
        household, = reminders.raw_rows(session, "SELECT household_uid FROM persons WHERE uid = :u",
                                        u=item.person_uid)[0]
        other = next(code for (code,) in reminders.raw_rows(
            session, "SELECT code FROM regions WHERE level = 'village' AND code != :c", c=item.village_code))
    with demo.session() as session:
        records.update(session, CLERK, "households", household, {"village_code": other},
                       accept_warnings=True, today=ON)
    rows = reminder_list(demo, ON)
    assert {r.village_code for r in rows if r.person_uid == item.person_uid} == {other}
    assert rows == computed(demo, ON)


def test_a_new_day_recomputes_only_the_people_whose_items_can_change(demo):
    next_day = ON + timedelta(days=1)
    with demo.read_session() as session:
        spans = reminders.raw_rows(session, "SELECT first_day, end_day FROM reminder_spans")
    leaving = sum(1 for _first, end in spans if end <= next_day.isoformat())
    assert 0 < leaving < len(spans) / 10
    assert refresh(demo, next_day) == "updated"
    assert reminder_list(demo, next_day) == computed(demo, next_day)


@pytest.mark.parametrize("days", [1, 2, 7, 12, 30, -1, -12, -60, -200, 20, 3])
def test_the_list_carried_to_another_day_is_the_list_of_that_day(demo, days):
    """Forward and back within the year, from wherever the last request left
    it: the stored items and their spans give exactly the computed list."""
    for step in (days, -days // 2, days):
        on = ON + timedelta(days=step)
        if on.year != ON.year:
            continue
        assert reminder_list(demo, on) == computed(demo, on), on


def test_a_new_year_or_new_parameters_rebuild(demo):
    reminder_list(demo, ON)
    later = ON + timedelta(days=40)
    assert refresh(demo, later) == "rebuilt"
    assert reminder_list(demo, later) == computed(demo, later)
    with demo.session() as session:
        save_reminder_params(session, ADMIN, {"R01.lead_days": 5})
    assert refresh(demo, later) == "rebuilt"
    assert reminder_list(demo, later) == computed(demo, later)


def test_a_file_locked_by_another_writer_still_gets_its_list(demo):
    """Another program holding the write lock: the list is computed, not stored."""
    forget_the_stored_list(demo)
    other = sqlite3.connect(demo.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert reminder_list(demo, ON, ["R02"]) == computed(demo, ON, ["R02"])
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert refresh(demo, ON) == "rebuilt"


def test_a_list_stored_under_older_rules_is_rebuilt(demo, monkeypatch):
    """Lists stored before a rule changed meaning (RULES_VERSION) are never read back."""
    from fpdesk.services import reminder_cache

    assert refresh(demo, ON) == "current"
    monkeypatch.setattr(reminder_cache, "RULES_VERSION", reminder_cache.RULES_VERSION - 1)
    assert refresh(demo, ON) == "rebuilt"
    monkeypatch.undo()
    assert refresh(demo, ON) == "rebuilt"
    assert reminder_list(demo, ON) == computed(demo, ON)
