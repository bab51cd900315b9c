"""The database-wide data check (FORMATS.md §5): every check id fires on one case and stays
silent on a near miss; odd data never crashes it; a broken reference shows in `integrity`."""

import shutil
import sqlite3
import uuid
from datetime import date

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain import idcard
from fpdesk.domain.quality import DATABASE_CHECKS, KINDS
from fpdesk.services.quality import run_check

ON = date(2026, 11, 22)
VILLAGE = "610628101001"
STAMP = "2026-01-01T08:00:00+08:00"


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    path = tmp_path_factory.mktemp("quality") / "empty.db"
    open_database(path, create=True).close()
    return path


def number(birth: date, sex: int, area: str = "610628", seq: int = 0) -> str:
    return idcard.build(area, birth, seq * 2 + (1 if sex == 1 else 2))


class Town:
    """A clean little household written straight into SQLite (the check must judge what is
    stored, however it got there): a head, his wife, their child, her records."""

    def __init__(self, path):
        self.con = sqlite3.connect(path)
        self.con.execute("PRAGMA foreign_keys=OFF")
        self.add("regions", code="610628101000", name="和平镇", level="township", parent_code="610628000000")
        self.add("regions", code=VILLAGE, name="东村", level="village", parent_code="610628101000")
        self.household = self.add("households", village_code=VILLAGE, group_no="01",
                                  household_no=VILLAGE + "010001")
        self.head = self.person("王建国", 1, date(1986, 5, 1), "01", marital_status=21,
                                first_marriage_date="2010-05-01")
        self.con.execute("UPDATE households SET head_uid = ? WHERE uid = ?", (self.head, self.household))
        self.wife = self.person("李秀梅", 2, date(1988, 3, 4), "02", marital_status=21,
                                first_marriage_date="2010-05-01")
        self.child = self.person("王小雨", 2, date(2015, 6, 1), "04", marital_status=10, seq=1)
        self.add("marriages", person_uid=self.wife, event=21, date="2010-05-01")
        self.birth = self.add("births", mother_uid=self.wife, child_uid=self.child, birth_date="2015-06-01",
                              sex=2, order=1, outcome=1, reported_date="2015-06-03")
        self.pregnancy = self.add("pregnancies", woman_uid=self.wife, found_date="2015-01-01", outcome=1,
                                  outcome_date="2015-06-01", birth_uid=self.birth)
        self.method = self.add("contraception", woman_uid=self.wife, method=3, start_date="2015-10-01")
        self.service = self.add("services", person_uid=self.wife, type=2, date="2016-01-01")

    def add(self, table: str, **fields) -> str:
        uid = fields.pop("uid", None) or str(uuid.uuid4())
        row = {"uid": uid, "created_at": STAMP, "updated_at": STAMP, "deleted": 0, "rev": 1, **fields}
        self.con.execute(f'INSERT INTO "{table}" ({", ".join(map(repr, row))}) VALUES '
                         f'({", ".join("?" * len(row))})'.replace("'", '"'), tuple(row.values()))
        return uid

    def person(self, name, sex, birth: date, relation, seq=0, residence_dead=False, **fields) -> str:
        uid = self.add("persons", household_uid=self.household, name=name, sex=sex,
                       birth_date=birth.isoformat(), id_number=number(birth, sex, seq=seq),
                       relation=relation, residence=1, **fields)
        if residence_dead:      # id_duplicate's near miss: a dead person's number may recur
            self.set("persons", uid, residence=9, death_date="2020-01-01")
        return uid

    def set(self, table: str, uid: str, **fields) -> None:
        self.con.execute(f'UPDATE "{table}" SET {", ".join(f"{k!r} = ?" for k in fields)} WHERE uid = ?'
                         .replace("'", '"'), (*fields.values(), uid))


def _x_number(birth: date) -> str:
    """A woman's valid number whose check character is X."""
    return next(n for n in (number(birth, 2, seq=s) for s in range(500)) if n.endswith("X"))


# check id → (make it fire, the near miss that must not fire)
CASES = {
    "id_length": (lambda t: t.set("persons", t.wife, id_number=number(date(1988, 3, 4), 2)[:17]),
                  lambda t: t.set("persons", t.wife, id_number="610628880304002")),   # a legacy 15-digit
    "id_chars": (lambda t: t.set("persons", t.wife, id_number=_x_number(date(1988, 3, 4))[:-2] + "OX"),
                 lambda t: t.set("persons", t.wife, id_number=_x_number(date(1988, 3, 4)).lower())),
    "id_date": (lambda t: t.set("persons", t.wife, id_number="61062819880231" + "0028"),
                lambda t: t.set("persons", t.wife, birth_date="1988-02-29",
                                id_number=number(date(1988, 2, 29), 2))),
    "id_birth_mismatch": (lambda t: t.set("persons", t.wife, birth_date="1988-03-05"),
                          lambda t: t.set("persons", t.wife, birth_date="1988-03-04")),
    "id_sex_mismatch": (lambda t: t.set("persons", t.child, sex=1),
                        lambda t: t.set("persons", t.child, sex=2)),
    "id_check_digit": (lambda t: t.set("persons", t.wife, id_number=number(date(1988, 3, 4), 2)[:17] + (
        "0" if number(date(1988, 3, 4), 2)[17] != "0" else "1")),
                       lambda t: None),
    "id_area": (lambda t: t.set("persons", t.child, id_number=number(date(2015, 6, 1), 2, "612628", 1)),
                lambda t: t.set("persons", t.wife, id_number=number(date(1988, 3, 4), 2, "612628"))),
    "id_duplicate": (lambda t: t.person("李秀梅", 2, date(1988, 3, 4), "09"),
                     lambda t: t.person("李秀梅", 2, date(1988, 3, 4), "09", residence_dead=True)),
    "missing_field": (lambda t: t.set("persons", t.child, relation=None),
                      lambda t: t.set("persons", t.child, relation="04", marital_status=None)),
    "first_marriage_missing": (lambda t: t.set("persons", t.wife, first_marriage_date=None),
                               lambda t: t.set("persons", t.wife, first_marriage_date=None, marital_status=22)),
    "method_no_start": (lambda t: t.set("contraception", t.method, start_date=None),
                        lambda t: t.set("contraception", t.method, start_date=None, method=0)),
    "before_birth": (lambda t: t.set("services", t.service, date="1988-03-03"),
                     lambda t: t.set("services", t.service, date="1988-03-04")),
    "after_death": (lambda t: (t.set("persons", t.wife, residence=9, death_date="2016-01-01"),
                               t.set("services", t.service, date="2016-01-02")),
                    lambda t: t.set("persons", t.wife, residence=9, death_date="2016-01-01")),
    "mother_age": (lambda t: t.set("births", t.birth, birth_date="2003-03-03"),
                   lambda t: t.set("births", t.birth, birth_date="2003-03-04")),
    "birth_no_mother": (lambda t: t.set("persons", t.wife, deleted=1),
                        lambda t: t.set("persons", t.child, deleted=1)),
    "two_open_methods": (lambda t: t.add("contraception", woman_uid=t.wife, method=7, start_date="2016-01-01"),
                         lambda t: (t.set("contraception", t.method, end_date="2016-01-01", end_reason=5),
                                    t.add("contraception", woman_uid=t.wife, method=7, start_date="2016-01-01"))),
    "outcome_before_found": (lambda t: t.set("pregnancies", t.pregnancy, outcome_date="2014-12-31"),
                             lambda t: t.set("pregnancies", t.pregnancy, outcome_date="2015-01-01")),
    "future_date": (lambda t: t.set("services", t.service, date="2026-11-23"),
                    lambda t: t.set("services", t.service, date="2026-11-22")),
    "household_no_head": (lambda t: t.set("households", t.household, head_uid=None),
                          lambda t: (t.set("households", t.household, head_uid=None),
                                     t.con.execute("UPDATE persons SET residence = 8"))),
    "household_two_heads": (lambda t: t.set("persons", t.wife, relation="01"),
                            lambda t: t.set("persons", t.wife, relation="01", residence=8)),
    "late_birth_report": (lambda t: t.set("births", t.birth, reported_date="2015-06-05"),
                          lambda t: t.set("births", t.birth, reported_date="2015-06-04")),
}


def _findings(tmp_path, empty, change, name="case.db"):
    path = tmp_path / name
    shutil.copy(empty, path)
    town = Town(path)
    change(town)
    town.con.commit()
    town.con.close()
    db = open_database(path)
    try:
        with db.read_session() as session:
            return run_check(session, ON)
    finally:
        db.close()


def test_the_clean_household_has_no_finding(tmp_path, empty):
    report = _findings(tmp_path, empty, lambda t: None)
    assert report.integrity == "ok" and report.findings == []


def test_the_cases_cover_every_check_id():
    assert set(CASES) == set(DATABASE_CHECKS)


@pytest.mark.parametrize("check", sorted(CASES))
def test_each_check_fires_and_a_near_miss_does_not(tmp_path, empty, check):
    fire, near = CASES[check]
    found = _findings(tmp_path, empty, fire, "fire.db")
    mine = [f for f in found.findings if f.check == check]
    assert mine, found.findings
    assert all(f.severity == KINDS[check].severity and f.message for f in mine)
    assert all(f.village_code == VILLAGE for f in mine if f.person_uid)
    missed = _findings(tmp_path, empty, near, "near.db")
    assert [f for f in missed.findings if f.check == check] == []


def test_duplicates_list_both_holders(tmp_path, empty):
    found = _findings(tmp_path, empty, CASES["id_duplicate"][0]).findings
    assert len([f for f in found if f.check == "id_duplicate"]) == 2


def test_odd_data_never_crashes_the_check(tmp_path, empty):
    def odd(t):
        t.con.execute("PRAGMA ignore_check_constraints=ON")
        t.set("persons", t.wife, id_number="610628880304002", first_marriage_date=None, menopause_date="bad")
        t.set("persons", t.child, id_number="  ", household_uid=str(uuid.uuid4()))   # no household
        t.set("contraception", t.method, start_date=None, end_date=None)
        t.set("pregnancies", t.pregnancy, found_date=None, outcome_date=None)
        t.set("births", t.birth, reported_date=None, mother_uid=str(uuid.uuid4()))
        t.set("services", t.service, deleted=1, date="3000-01-01")
        t.person("无名", 2, date(1990, 1, 1), None, seq=7, deleted=1)
    report = _findings(tmp_path, empty, odd)
    assert report.integrity.startswith("foreign_key_check")
    checks = {f.check for f in report.findings}
    assert "birth_no_mother" in checks and "future_date" not in checks   # the deleted service counts for nothing
    assert any(f.check == "first_marriage_missing" for f in report.findings)


def test_village_filter_and_sorting(tmp_path, empty):
    def two(t):
        t.set("persons", t.wife, birth_date="1988-03-05")
        t.set("births", t.birth, reported_date="2015-06-30")
    report = _findings(tmp_path, empty, two)
    assert [f.severity for f in report.findings] == sorted((f.severity for f in report.findings),
                                                           key=["error", "warning"].index)
    assert report.counts == {"error": 1, "warning": 1}
    db = open_database(tmp_path / "case.db")
    try:
        with db.read_session() as session:
            assert run_check(session, ON, "610628101002").findings == []
    finally:
        db.close()
