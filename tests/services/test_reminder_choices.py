"""本人拒绝 closes an item of every rule: the page's service records her
choice (declined) and the item leaves the list (DOMAIN.md §Reminders)."""

import shutil
from datetime import date

import pytest
from sqlalchemy import text

from fpdesk.db.schema import open_database
from fpdesk.services import reminder_choices, reminders
from fpdesk.services.reminder_cache import reminder_list
from tests.conftest import CLERK

ON = date(2026, 11, 22)
RULE_IDS = [f"R{n:02d}" for n in range(1, 13)]


@pytest.fixture(scope="module")
def worked(small_demo, tmp_path_factory):
    """A copy of the small demo where one item of each rule was declined."""
    path = tmp_path_factory.mktemp("choices") / "demo.db"
    shutil.copy(small_demo, path)
    db = open_database(path)
    before = reminder_list(db, ON)
    chosen, written = {}, {}
    for rule in RULE_IDS:
        item = next((r for r in before if r.rule == rule and r.person_uid not in
                     {c.person_uid for c in chosen.values()}), None)
        if item is None:
            continue
        chosen[rule] = item
        with db.session() as session:
            written[rule] = reminder_choices.record_declined(session, CLERK, item, ON)
    after = reminder_list(db, ON)
    yield db, chosen, written, after
    db.close()


def test_the_demo_lists_every_rule(worked):
    _db, chosen, _written, _after = worked
    assert sorted(chosen) == RULE_IDS


@pytest.mark.parametrize("rule", RULE_IDS)
def test_declining_closes_the_item(worked, rule):
    db, chosen, _written, after = worked
    item = chosen[rule]
    assert not [r for r in after if r.rule == rule and r.person_uid == item.person_uid]
    with db.read_session() as session:
        assert not [r for r in reminders.compute(session, ON, [rule], person=item.person_uid)]


@pytest.mark.parametrize("rule", RULE_IDS)
def test_what_a_declined_offer_records(worked, rule):
    db, chosen, written, _after = worked
    item = chosen[rule]
    with db.read_session() as session:
        if rule in ("R11", "R12"):
            row = session.execute(text("SELECT program, status, amount, child_uid FROM benefits WHERE uid = :u"),
                                  {"u": written[rule]}).one()
            assert (row.program, row.status, row.amount) == ({"R11": 1, "R12": 5}[rule], 4, None)
            assert (row.child_uid == item.person_uid) == (rule == "R12")
            return
        row = session.execute(text("SELECT type, date, declined, result, contraception_uid, pregnancy_uid "
                                   "FROM services WHERE uid = :u"), {"u": written[rule]}).one()
    expected_type = {"R01": 1, "R02": 4, "R03": 5, "R04": 2, "R06": 5, "R07": 5, "R08": 11, "R09": 7,
                     "R10": 10}.get(rule)
    if rule == "R05":
        assert row.type in (3, 9)
    else:
        assert row.type == expected_type
    assert (row.date, row.declined, row.result) == (ON.isoformat(), 1, "本人拒绝")
    if rule in ("R04", "R05", "R06", "R07"):
        assert row.contraception_uid == item.record_uid
    if rule == "R08":
        assert row.pregnancy_uid == item.record_uid


def test_the_other_items_stay(worked):
    db, chosen, _written, after = worked
    closed = {(item.rule, item.person_uid) for item in chosen.values()}
    with db.read_session() as session:
        assert after == reminders.compute(session, ON)
    assert not closed & {(r.rule, r.person_uid) for r in after}
