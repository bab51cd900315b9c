"""T1–T7 on a hand-made township (tests/services/test_statistics_fixture.py), every
cell worked out by hand from the records below; then the balance identity and
the agreement of T1 with T2 on the small demo, the JSON shape and the county
roll-up. Statistical year 2026 = 2025-10-01 … 2026-09-30, E = 2026-09-30."""

import shutil
import sqlite3

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.services import records
from fpdesk.services.statistics import COLUMNS, ReportError, compute_report
from tests.conftest import ADMIN
from tests.services.test_statistics_fixture import TODAY, TOWNSHIP, V1, V2, build_township

YEAR = parse_period("2026")


@pytest.fixture
def township(db):
    build_township(db)
    return db


def report(db, period=YEAR, region=None):
    with db.read_session() as session:
        return compute_report(session, period, region_code=region)


def rows(db, table_id, period=YEAR, region=None):
    """{code: row} of one table."""
    return {row["code"]: row for row in report(db, period, region).table(table_id)["rows"]}


def assert_table(db, table_id, expected):
    got = rows(db, table_id)
    assert list(got) == [V1, V2, TOWNSHIP]
    for code, values in expected.items():
        assert set(values) == {key for key, _ in COLUMNS[table_id]}, "every column is asserted"
        assert {key: got[code][key] for key in values} == values, code


def test_t1_population_change(township):
    # 东村 at 2025-09-30: p1 p2 p3 c2 (born that day) p4 (dies later) p5 (leaves later) = 6
    #   + births c1 (2025-10-01) and p6's baby with no person record (2026-08-08, p6 lives in 东村 then)
    #   − death p4 (2026-01-15) + moved in p6 (from 西村, 2026-02-10; her same-day 迁出 is the other half)
    #   − moved out p5 (2026-05-01) → 6 + 2 − 1 + 1 − 1 = 7 = p1 p2 c1 p3 c2 p6 baby
    #   rates: 2 / 6.5 × 1000 = 307.69, 1 / 6.5 × 1000 = 153.85, growth 307.69 − 153.85 = 153.84
    # 西村 at start: p7 p8 p9 p10 p14 (away, still 户籍) p6 p12 = 7 (p11 and c3 are inflow, p13 not yet)
    #   + birth c4 − death c4 (born 02-20, died 02-25) + moved in p13 (from outside) − moved out p6
    #   → 7 + 1 − 1 + 1 − 1 = 7; rates 1 / 7 × 1000 = 142.86 both, growth 0
    # 合计 13 + 3 − 2 + 2 − 2 = 14; 3 / 13.5 × 1000 = 222.22, 2 / 13.5 × 1000 = 148.15, 74.07
    assert_table(township, "T1", {
        V1: dict(pop_start=6, births=2, deaths=1, moved_in=1, moved_out=1, pop_end=7,
                 birth_rate=307.69, death_rate=153.85, growth_rate=153.84),
        V2: dict(pop_start=7, births=1, deaths=1, moved_in=1, moved_out=1, pop_end=7,
                 birth_rate=142.86, death_rate=142.86, growth_rate=0.0),
        TOWNSHIP: dict(pop_start=13, births=3, deaths=2, moved_in=2, moved_out=2, pop_end=14,
                       birth_rate=222.22, death_rate=148.15, growth_rate=74.07)})


def test_t2_births(township):
    # 东村: c1 (m, order 2, hospital, reported after 2 days) and p6's baby (m, order 1, at home,
    #   after 1 day); no girl → sex ratio has no denominator (null); hospital 1/2; on time 2/2;
    #   c2 (born 2025-09-30, the earlier year) reported 2025-10-10 → late_reported 1
    # 西村: c4 (f, order 3, hospital, reported after 18 days); c3 is an inflow child (not 户籍)
    # 合计: sex ratio 2/1 × 100 = 200; hospital 2/3 = 66.7 %; on time 2/3 = 66.7 %
    assert_table(township, "T2", {
        V1: dict(births=2, male=2, female=0, order1=1, order2=1, order3plus=0, sex_ratio=None,
                 hospital_rate=50.0, on_time_rate=100.0, late_reported=1),
        V2: dict(births=1, male=0, female=1, order1=0, order2=0, order3plus=1, sex_ratio=0.0,
                 hospital_rate=100.0, on_time_rate=0.0, late_reported=0),
        TOWNSHIP: dict(births=3, male=2, female=1, order1=1, order2=1, order3plus=1, sex_ratio=200.0,
                       hospital_rate=66.7, on_time_rate=66.7, late_reported=1)})


def _methods(**users):
    return {f"m{m}": users.get(f"m{m}", 0) for m in range(1, 10)}


def test_t3_contraception_at_period_end(township):
    # 东村 married 15–49 present at E: p2 (IUD since 2025-12-15), p3 (IUD removed 2026-02-01: none),
    #   p6 (pill) → 3, users 2, long-acting 1, 2/3 = 66.7 %   (p5 moved out, unmarried anyway)
    # 西村: p7 (implant), p9 (husband's vasectomy), p11 (inflow counts on the 常住 basis: condom),
    #   p12 (female sterilisation) → 4, all users, 3 long-acting; p10 is away (not 常住)
    # 合计 7 women, 6 users, 4 long-acting, 6/7 = 85.7 %
    assert_table(township, "T3", {
        V1: dict(married_women=3, **_methods(m3=1, m5=1), any_method=2, long_acting=1, prevalence=66.7),
        V2: dict(married_women=4, **_methods(m1=1, m2=1, m4=1, m7=1), any_method=4, long_acting=3,
                 prevalence=100.0),
        TOWNSHIP: dict(married_women=7, **_methods(m1=1, m2=1, m3=1, m4=1, m5=1, m7=1), any_method=6,
                       long_acting=4, prevalence=85.7)})


def test_t4_services_and_postpartum_choice(township):
    # 东村: IUD in (p2), IUD out (p3). R03 targets in the year: c1 (vaginal, 2025-10-01 + 90 = 12-30;
    #   p2's IUD from 12-15 is within target + 30 → done) and c2 (caesarean, 2025-09-30 + 180 =
    #   2026-03-29; nothing chosen → not done); p6's baby 2026-08-08 + 90 falls after the year → 1/2
    # 西村: implant (p7), vasectomy (p9), female sterilisation (p12). R03: c3 (2026-06-01 + 90 =
    #   08-30; counselling 07-01 → done), c4 (02-20 + 90 = 05-21; sterilisation 03-03 → done) → 2/2
    # informed choice: episodes started in the year — 东村 p2's IUD (signed) → 1/1; 西村 p7's implant and
    #   p9's vasectomy (signed), p11's condoms and p12's sterilisation (not signed) → 2/4; township 3/5
    assert_table(township, "T4", {
        V1: dict(iud_in=1, iud_out=1, female_ster=0, male_ster=0, implant_in=0, implant_out=0,
                 postpartum_due=2, postpartum_done=1, postpartum_rate=50.0, informed_choice_rate=100.0),
        V2: dict(iud_in=0, iud_out=0, female_ster=1, male_ster=1, implant_in=1, implant_out=0,
                 postpartum_due=2, postpartum_done=2, postpartum_rate=100.0, informed_choice_rate=50.0),
        TOWNSHIP: dict(iud_in=1, iud_out=1, female_ster=1, male_ster=1, implant_in=1, implant_out=0,
                       postpartum_due=4, postpartum_done=3, postpartum_rate=75.0, informed_choice_rate=60.0)})


def test_t5_checks_and_follow_ups(township):
    # 东村 R01 population at E: p2 (checked 03-01), p3 (only a declined check → declined), p6 (checked)
    #   follow-ups: p2's IUD (2025-12-15) targets 01-15, 03-15, 06-15 (12-15 is next year);
    #   type-2 visits 01-20 (in [01-08, 02-14]) and 03-10 (in [03-08, 04-14]) → 2 of 3.
    #   p3's old IUD has no target in the year while it was in place (2026-05-01 came after removal)
    # 西村 R01: p9 (declined once, then checked → checked), p11 (not checked), p12 (checked);
    #   p7 asked not to be reminded (checks_opt_out), p10 is away → 3 eligible, 2 checked, 0 declined
    #   follow-ups (R05 1, 3, 6 months): p7 implant 2025-11-01 → 12-01 (visit 12-05 ✓),
    #   02-01 (visit 03-20 after 02-01 + 30 ✗), 05-01 ✗; p9 vasectomy 01-10 → 02-10 (02-12 ✓),
    #   04-10 (04-08 ≥ 04-03 ✓), 07-10 ✗; p12 sterilisation 03-03 → 04-03, 06-03, 09-03 all ✗ → 3 of 9
    # screenings (item done: 1 or 2): 东村 p2 cervical 1, breast 2 (p6's cervical 9 = not done, her
    #   pregnancy test is never counted); 西村 p9 cervical 2, p12 breast 1 (p7 is not in the population)
    assert_table(township, "T5", {
        V1: dict(check_eligible=3, checked=2, check_rate=66.7, declined=1, cervical_screened=1, breast_screened=1,
                 followups_due=3, followups_done=2, followup_rate=66.7),
        V2: dict(check_eligible=3, checked=2, check_rate=66.7, declined=0, cervical_screened=1, breast_screened=1,
                 followups_due=9, followups_done=3, followup_rate=33.3),
        TOWNSHIP: dict(check_eligible=6, checked=4, check_rate=66.7, declined=1, cervical_screened=2,
                       breast_screened=2, followups_due=12, followups_done=5, followup_rate=41.7)})


def test_t6_migrant_women(township):
    # 东村 has none (p5 moved out for good) → contact rate has no denominator
    # 西村: away p10 (verified 2026-06-01 ✓) and p14 (no contact since 2023 ✗); inflow p11 (arrived
    #   2025-11-15, checked on 2026-01-05 ✓) → 2 of 3
    assert_table(township, "T6", {
        V1: dict(outflow_women=0, inflow_women=0, contacted=0, contact_rate=None),
        V2: dict(outflow_women=2, inflow_women=1, contacted=2, contact_rate=66.7),
        TOWNSHIP: dict(outflow_women=2, inflow_women=1, contacted=2, contact_rate=66.7)})


def _programs(**given):
    out = {f"p{p}_{m}": 0 for p in (1, 2, 3, 4, 5, 9) for m in ("persons", "confirmed", "paid")}
    out.update({f"p{p}_amount": 0.0 for p in (1, 2, 3, 4, 5, 9)})
    out.update(given)
    return out


def test_t7_benefits_of_the_calendar_year(township):
    # benefit year 2026: 东村 p1 奖励扶助 paid 960; p3 特别扶助·死亡 confirmed, not paid;
    #   p2 育儿补贴 for c1 paid 3600
    # 西村 p13 奖励扶助 to confirm (counted, not confirmed); p8's stopped 2026 record and his 2025
    #   record do not count; p12 育儿补贴 for c4 paid 300.50
    assert_table(township, "T7", {
        V1: _programs(p1_persons=1, p1_confirmed=1, p1_paid=1, p1_amount=960.0,
                      p3_persons=1, p3_confirmed=1, p5_persons=1, p5_confirmed=1, p5_paid=1, p5_amount=3600.0),
        V2: _programs(p1_persons=1, p5_persons=1, p5_confirmed=1, p5_paid=1, p5_amount=300.5),
        TOWNSHIP: _programs(p1_persons=2, p1_confirmed=1, p1_paid=1, p1_amount=960.0, p3_persons=1,
                            p3_confirmed=1, p5_persons=2, p5_confirmed=2, p5_paid=2, p5_amount=3900.5)})


def test_the_boundary_births_fall_in_their_own_years(township):
    # c2 (2025-09-30) belongs to statistical year 2025, c1 (2025-10-01) to 2026
    assert rows(township, "T2", parse_period("2025"))[V1]["births"] == 1
    assert rows(township, "T2", parse_period("2026Q1"))[V1]["births"] == 1
    assert rows(township, "T1", parse_period("2025-09"))[V1]["births"] == 1
    assert rows(township, "T1", parse_period("2025-10"))[V1]["births"] == 1


def test_json_shape_and_types(township):
    data = report(township).as_json()
    assert data["period"] == {"text": "2026", "start": "2025-10-01", "end": "2026-09-30", "kind": "year"}
    assert data["region"] == {"code": TOWNSHIP, "name": "和平镇", "level": "township"}
    assert [t["id"] for t in data["tables"]] == ["T1", "T2", "T3", "T4", "T5", "T6", "T7"]
    assert [t["title"] for t in data["tables"]][:2] == ["人口变动", "出生"]
    for table in data["tables"]:
        for row in table["rows"]:
            assert list(row)[:2] == ["label", "code"]
            assert [k for k in row if k not in ("label", "code")] == [k for k, _ in COLUMNS[table["id"]]]
            for key, value in row.items():
                if key.endswith("_rate") or key in ("prevalence", "sex_ratio") or key.endswith("_amount"):
                    assert value is None or isinstance(value, float), (table["id"], key)
                elif key not in ("label", "code"):
                    assert isinstance(value, int) and not isinstance(value, bool), (table["id"], key)
        assert table["rows"][-1]["label"] == "合计"


def test_deleted_records_count_for_nothing(township):
    with township.session() as session:
        uid = session.connection().exec_driver_sql("SELECT uid FROM persons WHERE name = '丑'").scalar()
        records.delete(session, ADMIN, "persons", uid)
    t1 = rows(township, "T1")[V2]
    assert (t1["moved_in"], t1["pop_end"]) == (0, 6)


def test_a_birth_whose_child_record_was_deleted_counts_in_the_mothers_village(township):
    before = rows(township, "T1")[V1]
    with township.session() as session:
        uid = session.connection().exec_driver_sql("SELECT uid FROM persons WHERE name = '甲子'").scalar()
        records.delete(session, ADMIN, "persons", uid)
    # c1 now has no person record: the birth still counts, in p2's village, from the birth on
    assert rows(township, "T1")[V1] == before
    assert rows(township, "T2")[V1]["births"] == 2


def test_an_unknown_region_is_refused(township):
    with pytest.raises(ReportError, match="999999999999"):
        report(township, region="999999999999")


def test_a_county_database_has_a_row_per_township_by_the_same_rules(township, tmp_path):
    """A second township with one village: without a region the rows are the two
    townships and each equals that township's own 合计 row."""
    from tests.services.test_statistics_fixture import Builder

    with township.session() as session:
        b = Builder(session)
        b.add("regions", code="610628102000", name="新兴镇", level="township", parent_code="610628000000")
        b.add("regions", code="610628102001", name="北村", level="village", parent_code="610628102000")
        home = b.household("610628102001", 1)
        b.person(home, "卯", 1, TODAY.replace(year=1960))
        b.married_woman(home, "辰", TODAY.replace(year=1991), TODAY.replace(year=2015))
    county = report(township)
    assert county.region["level"] == "county"
    for table in county.tables:
        codes = [row["code"] for row in table["rows"]]
        assert codes[:2] == [TOWNSHIP, "610628102000"] and len(codes) == 3
        for row in table["rows"][:2]:
            own = report(township, region=row["code"]).table(table["id"])["rows"][-1]
            assert {k: v for k, v in row.items() if k != "label"} == {k: v for k, v in own.items() if k != "label"}
    village_rows = report(township, region="610628102000").table("T1")["rows"]
    assert [r["label"] for r in village_rows] == ["北村", "合计"]
    assert village_rows[0]["pop_end"] == 2


# -- the small demo ---------------------------------------------------------------------
PERIODS = ["2026", "2025", "2026Q1", "2026Q3", "2026-03", "2025-10-01..2026-11-22", "2021"]


@pytest.fixture(scope="module")
def demo(small_demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("stat") / "demo.db"
    shutil.copy(small_demo, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.mark.parametrize("text", PERIODS)
def test_balance_identity_and_t1_equals_t2_on_the_demo(demo, text):
    period = parse_period(text)
    result = report(demo, period)
    t1, t2 = result.table("T1")["rows"], result.table("T2")["rows"]
    for row in t1:
        assert row["pop_end"] == row["pop_start"] + row["births"] - row["deaths"] + row["moved_in"] - row["moved_out"]
    assert [r["births"] for r in t1] == [r["births"] for r in t2]
    # independently: the live births of the period whose child is not an inflow person (户籍 basis)
    conn = sqlite3.connect(demo.path)
    try:
        expected = conn.execute(
            "SELECT count(*) FROM births b JOIN persons c ON c.uid = b.child_uid "
            "WHERE b.deleted = 0 AND c.deleted = 0 AND b.outcome = 1 AND c.residence != 3 "
            "AND b.birth_date BETWEEN ? AND ?", (period.start.isoformat(), period.end.isoformat())).fetchone()[0]
    finally:
        conn.close()
    assert t1[-1]["births"] == expected
    # consecutive periods chain: this period's start is the day-before population
    if period.kind == "year":
        before = report(demo, parse_period(str(int(text) - 1))).table("T1")["rows"]
        assert [r["pop_start"] for r in t1] == [r["pop_end"] for r in before]


def test_a_save_during_the_report_leaves_it_on_one_snapshot(township):
    """T1/T2's population is read on a second connection while the other tables are
    computed; a save committed after the report's snapshot began must not reach it."""
    from sqlalchemy import text

    before = report(township)
    with township.read_session() as session:
        session.execute(text("SELECT count(*) FROM persons")).scalar()    # the report's snapshot begins
        with township.session() as writer:                                # another window saves
            uid = writer.connection().exec_driver_sql("SELECT uid FROM persons WHERE name = '丑'").scalar()
            records.delete(writer, ADMIN, "persons", uid)
        during = compute_report(session, YEAR)
    assert during.tables == before.tables
    assert report(township).table("T1")["rows"] != before.table("T1")["rows"]     # the save did land


@pytest.mark.parametrize("period", ["2026", "2025-10-01..2026-11-22", "2026Q1"])
def test_t2_alone_reads_no_settled_counts_and_agrees_with_the_whole_report(small_demo, tmp_path, period):
    """The 首页's births come from T2 alone, whose population skips T1's settled counts."""
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    db = open_database(path)
    try:
        with db.read_session() as session:
            whole = compute_report(session, parse_period(period)).table("T2")
            alone = compute_report(session, parse_period(period), tables=["T2"]).table("T2")
    finally:
        db.close()
    assert alone == whole
    assert whole["rows"][-1]["births"] > 0
