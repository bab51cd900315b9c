"""A county database built from two demo townships' packages: its report has a
row per township, each equal to the 合计 of that package imported on its own,
and the total is their sum where counts add up. (The demo plants a few record
errors, refused on import alike in both databases.)"""

from datetime import date

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.package.apply import import_package
from fpdesk.services import settings
from fpdesk.services.statistics import compute_report
from tests.conftest import ADMIN
from tests.package.helpers import township_package

ON = date(2026, 11, 22)
YEAR = parse_period("2026")
TOWNSHIPS = {"610628101000": 21, "610628102000": 22}      # code → seed


def report(path, region=None):
    db = open_database(path)
    try:
        with db.read_session() as session:
            return compute_report(session, YEAR, region_code=region)
    finally:
        db.close()


def test_a_county_of_two_townships_reports_each_as_it_reports_itself(tmp_path):
    county = tmp_path / "county.db"
    db = open_database(county, create=True)
    with db.session() as session:
        settings.put(session, "office_region_code", "610628000000")
    own = {}
    for code, seed in TOWNSHIPS.items():
        package = township_package(tmp_path, code, seed, 400, ON)
        alone = open_database(tmp_path / f"{code}-alone.db", create=True)
        try:
            refused_alone = import_package(alone, ADMIN, package).refused
        finally:
            alone.close()
        own[code] = report(tmp_path / f"{code}-alone.db")
        assert import_package(db, ADMIN, package).refused == refused_alone
    db.close()

    whole = report(county)
    assert whole.region["level"] == "county"
    for table in whole.tables:
        rows = {row["code"]: row for row in table["rows"]}
        assert list(rows) == [*TOWNSHIPS, "610628000000"]
        for code in TOWNSHIPS:
            mine = own[code].table(table["id"])["rows"][-1]          # the township's own 合计
            assert {k: v for k, v in rows[code].items() if k not in ("label", "code")} == \
                   {k: v for k, v in mine.items() if k not in ("label", "code")}, (table["id"], code)
    t1 = {row["code"]: row for row in whole.table("T1")["rows"]}
    assert t1["610628000000"]["pop_end"] == sum(t1[code]["pop_end"] for code in TOWNSHIPS) > 0
    # one township of the county database: its villages, as in its own office
    one = report(county, "610628102000").table("T2")["rows"]
    assert one == own["610628102000"].table("T2")["rows"]


def test_a_new_database_fed_two_townships_reports_as_their_county(tmp_path):
    """No first-run wizard (the command line): the first package names the office,
    yet with a second township the report is the county's, named from the county list."""
    county = tmp_path / "new.db"
    db = open_database(county, create=True)
    for code, seed in TOWNSHIPS.items():
        import_package(db, ADMIN, township_package(tmp_path, code, seed, 300, ON))
    with db.read_session() as session:
        assert settings.get(session, "office_region_code") == "610628101000"      # the first producer
    db.close()
    whole = report(county)
    assert whole.region == {"code": "610628000000", "name": "富县", "level": "county"}
    assert [row["code"] for row in whole.table("T1")["rows"]] == [*TOWNSHIPS, "610628000000"]
