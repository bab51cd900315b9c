"""The chart figures equal counts made the slow way from the records."""

from collections import Counter
from datetime import date

from sqlalchemy import select, text

from fpdesk.db.models import Benefit, Birth, Person, Service
from fpdesk.db.schema import open_database
from fpdesk.domain.dates import age_on
from fpdesk.domain.periods import month, parse_period, statistical_year
from fpdesk.services import charts

YEAR = statistical_year(2026)


def test_births_by_month_counts_live_births_and_keeps_empty_months(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            months = charts.births_by_month(session, YEAR)
            expected = Counter((b.birth_date.strftime("%Y-%m"), b.sex) for b in session.scalars(
                select(Birth).where(Birth.deleted.is_(False), Birth.outcome == 1)) if YEAR.contains(b.birth_date))
    finally:
        db.close()
    assert [m.month for m in months] == [f"2025-{m}" for m in ("10", "11", "12")] + [
        f"2026-{m:02d}" for m in range(1, 10)]
    for m in months:
        assert (m.male, m.female) == (expected[(m.month, 1)], expected[(m.month, 2)])
    assert sum(m.male + m.female for m in months) == sum(expected.values()) > 0
    boys = next(m for m in months if m.female)
    assert boys.sex_ratio == round(boys.male / boys.female * 100, 1)


def test_a_month_period_has_one_bar_and_no_girls_means_no_ratio(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            assert [m.month for m in charts.births_by_month(session, month(2026, 3))] == ["2026-03"]
    finally:
        db.close()
    assert charts.MonthBirths("2026-03", 3, 0).sex_ratio is None


def test_pyramid_bands_by_completed_age_on_the_day(small_demo):
    on = date(2026, 9, 30)
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            bands = charts.pyramid(session, on)
            expected = Counter()
            for p in session.scalars(select(Person).where(Person.deleted.is_(False), Person.residence.in_((1, 2)))):
                if p.birth_date <= on and (p.death_date is None or p.death_date > on):
                    expected[(min(age_on(p.birth_date, on) // 5, 17), p.sex)] += 1
    finally:
        db.close()
    assert [b.label for b in bands][:2] == ["0–4", "5–9"] and bands[-1].label == "85+"
    assert [(b.male, b.female) for b in bands] == [(expected[(i, 1)], expected[(i, 2)]) for i in range(18)]


def test_reminders_worked_counts_the_satisfying_records_of_the_period(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            worked = charts.reminders_worked(session, YEAR)
            services = Counter(s.type for s in session.scalars(select(Service).where(Service.deleted.is_(False)))
                               if YEAR.contains(s.date))
            subsidies = sum(1 for b in session.scalars(select(Benefit).where(Benefit.deleted.is_(False)))
                            if b.program == 5 and YEAR.contains(b.confirmed_date))
    finally:
        db.close()
    assert worked["R01"] == services[1] > 0
    assert worked["R04"] == services[2]
    assert worked["R05"] == services[3] + services[9]
    assert worked["R12"] == subsidies
    assert set(worked) == {f"R{i:02d}" for i in range(1, 13)}


def test_the_figures_of_two_halves_of_the_villages_add_up_to_the_whole(small_demo):
    """A township of a county database shows its own villages' figures: split the
    demo's villages in two and each chart's counts are the parts of the whole."""
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            villages = sorted(v for (v,) in session.execute(text("SELECT DISTINCT village_code FROM households")))
            halves = set(villages[::2]), set(villages[1::2])
            period = parse_period("2026")

            def figures(chosen):
                births = [(m.month, m.male, m.female) for m in charts.births_by_month(session, period, chosen)]
                bands = [(b.label, b.male, b.female) for b in charts.pyramid(session, period.end, chosen)]
                return births, bands, charts.reminders_worked(session, period, chosen)

            whole, first, second = figures(None), figures(halves[0]), figures(halves[1])
    finally:
        db.close()
    for part in (0, 1):
        assert [(k, a + c, b + d) for (k, a, b), (_, c, d) in zip(first[part], second[part])] == whole[part]
    assert {rule: first[2][rule] + second[2][rule] for rule in whole[2]} == whole[2]
    assert 0 < sum(m[1] for m in first[0]) < sum(m[1] for m in whole[0])
    assert 0 < sum(first[2].values()) < sum(whole[2].values())
