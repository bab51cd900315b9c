"""Every register on the demo township: its rows are exactly the records an
independent SQL query (plain sqlite3, ages worked out in the test) finds."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.output.ledgers import LEDGERS, build_ledger
from tests.conftest import CLERK

ON = date(2026, 11, 22)
PERIOD = parse_period("2026")
START, END = PERIOD.start.isoformat(), PERIOD.end.isoformat()
LIVE = "p.deleted = 0"

EVENT_SQL = {
    "births": "SELECT count(*) FROM births b JOIN persons p ON p.uid = b.mother_uid "
              f"WHERE b.deleted = 0 AND {LIVE} AND b.birth_date BETWEEN :s AND :e",
    "deaths": f"SELECT count(*) FROM persons p WHERE {LIVE} AND p.death_date BETWEEN :s AND :e",
    "marriages": "SELECT count(*) FROM marriages m JOIN persons p ON p.uid = m.person_uid "
                 f"WHERE m.deleted = 0 AND {LIVE} AND m.date BETWEEN :s AND :e",
    "migrations": "SELECT count(*) FROM migrations m JOIN persons p ON p.uid = m.person_uid "
                  f"WHERE m.deleted = 0 AND {LIVE} AND m.date BETWEEN :s AND :e",
    "contraception": "SELECT count(*) FROM contraception c JOIN persons p ON p.uid = c.woman_uid "
                     f"WHERE c.deleted = 0 AND {LIVE} AND (c.start_date BETWEEN :s AND :e "
                     "OR c.end_date BETWEEN :s AND :e)",
    "checks": "SELECT count(*) FROM services v JOIN persons p ON p.uid = v.person_uid "
              f"WHERE v.deleted = 0 AND {LIVE} AND v.type = 1 AND v.date BETWEEN :s AND :e",
    "followups": "SELECT count(*) FROM services v JOIN persons p ON p.uid = v.person_uid "
                 f"WHERE v.deleted = 0 AND {LIVE} AND v.type IN (2, 3, 4, 5, 9) AND v.date BETWEEN :s AND :e",
    "supplies": "SELECT count(*) FROM services v JOIN persons p ON p.uid = v.person_uid "
                f"WHERE v.deleted = 0 AND {LIVE} AND v.type IN (6, 7) AND v.date BETWEEN :s AND :e",
    "benefits": "SELECT count(*) FROM benefits f JOIN persons p ON p.uid = f.person_uid "
                f"WHERE f.deleted = 0 AND {LIVE} AND f.year = :year",
}


def age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def on_register(con, on: date) -> list[tuple[int, date]]:
    """(sex, birth date) of everyone on the register on `on`."""
    rows = con.execute("SELECT sex, birth_date FROM persons WHERE deleted = 0 AND residence IN (1, 2, 3) "
                       "AND (death_date IS NULL OR death_date > ?)", (on.isoformat(),))
    return [(sex, date.fromisoformat(born)) for sex, born in rows if date.fromisoformat(born) <= on]


def expected_rows(path, name: str) -> int:
    with sqlite3.connect(path) as con:
        if name == "women":
            return sum(1 for sex, born in on_register(con, ON) if sex == 2 and 15 <= age(born, ON) <= 49)
        if name == "population":
            return len(on_register(con, ON))
        return con.execute(EVENT_SQL[name], {"s": START, "e": END, "year": PERIOD.end.year}).fetchone()[0]


@pytest.fixture(scope="module")
def demo_db(small_demo):
    database = open_database(small_demo)
    yield database
    database.close()


@pytest.mark.parametrize("name", list(LEDGERS))
def test_rows_equal_an_independent_count(demo_db, small_demo, name):
    with demo_db.read_session() as s:
        doc = build_ledger(s, CLERK, name, PERIOD, None, ON)
    expected = expected_rows(small_demo, name)
    assert doc.row_count == expected
    assert expected > 0, f"the demo has no {name}: the test would prove nothing"
    numbers = [row[0] for g in doc.groups for row in g.rows]
    assert numbers[0] == 1 and all(isinstance(n, int) for n in numbers)


@pytest.mark.parametrize("name", ["women", "births", "checks"])
def test_the_villages_add_up_to_the_township(demo_db, name):
    with demo_db.read_session() as s:
        whole = build_ledger(s, CLERK, name, PERIOD, None, ON)
        villages = {g.sheet for g in whole.groups}
        codes = dict(s.execute(text("SELECT code, name FROM regions WHERE level = 'village'")).all())
        parts = {code: build_ledger(s, CLERK, name, PERIOD, code, ON) for code in codes}
    assert sum(d.row_count for d in parts.values()) == whole.row_count
    assert len(villages) > 1
    for code, doc in parts.items():
        assert doc.unit.endswith(f"（{codes[code]}）")
        assert {g.sheet for g in doc.groups} <= {codes[code]}


def test_women_roster_in_household_order(demo_db):
    with demo_db.read_session() as s:
        doc = build_ledger(s, CLERK, "women", None, None, ON)
    households = [row[1] for g in doc.groups for row in g.rows]
    assert households == sorted(households)               # village + group + number, in that order
    for group in doc.groups:
        assert group.heading.endswith(f"第{group.rows[0][1][12:14]}组")


def test_benefit_amounts_total_the_records(demo_db, small_demo):
    with demo_db.read_session() as s:
        doc = build_ledger(s, CLERK, "benefits", PERIOD, None, ON)
    with sqlite3.connect(small_demo) as con:
        cents = con.execute("SELECT sum(round(f.amount * 100)) FROM benefits f JOIN persons p ON p.uid = f.person_uid "
                            "WHERE f.deleted = 0 AND p.deleted = 0 AND f.year = 2026").fetchone()[0]
    j = next(i for i, c in enumerate(doc.columns) if c.total)
    total = doc.totals([r for g in doc.groups for r in g.rows])[j]
    assert isinstance(total, Decimal) and total == Decimal(int(cents)) / 100


# -- registers agree with reports ------------------------------------------------------------
def _t2(s, region=None) -> dict[str, int]:
    from fpdesk.services.statistics import compute_report

    rows = compute_report(s, PERIOD, region_code=region, tables=["T2"]).table("T2")["rows"]
    return {row["code"]: row["births"] for row in rows}


def test_the_births_register_closes_with_t2s_births(demo_db):
    with demo_db.read_session() as s:
        doc = build_ledger(s, CLERK, "births", PERIOD, None, ON)
        t2 = _t2(s)
        j = [c.heading for c in doc.columns].index("出生\n结局")
        r = [c.heading for c in doc.columns].index("居住\n状态")
        rows = [row for g in doc.groups for row in g.rows]
        live = sum(row[j] == "活产" for row in rows)
        assert doc.notes[-1] == f"本期活产 {live} 人，其中户籍出生 {t2['610628101000']} 人（即统计报表 T2 出生数）。"
        assert t2["610628101000"] > 0 and {row[r] for row in rows} <= {"户籍在册", "户籍外出/流出", "流入", "迁出",
                                                                      "死亡", ""}
        village = next(code for code in t2 if code != "610628101000")
        one = build_ledger(s, CLERK, "births", PERIOD, village, ON)
        assert f"其中户籍出生 {t2[village]} 人" in one.notes[-1]


def test_children_on_the_roster_and_register_are_the_living_ones(small_demo, tmp_path):
    import shutil

    from fpdesk.services.roster import roster_rows

    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    with sqlite3.connect(path) as con:
        mother, child = con.execute(
            "SELECT b.mother_uid, b.child_uid FROM births b JOIN persons m ON m.uid = b.mother_uid "
            "JOIN persons c ON c.uid = b.child_uid WHERE b.outcome = 1 AND b.sex = 2 AND c.residence = 1 "
            "AND m.residence = 1 AND m.birth_date > '1980-01-01' ORDER BY b.uid LIMIT 1").fetchone()

    def counted():
        db = open_database(path)
        try:
            with db.read_session() as s:
                doc = build_ledger(s, CLERK, "women", None, None, ON)
                name = s.execute(text("SELECT name, household_uid FROM persons WHERE uid = :u"), {"u": mother}).one()
                girls = [c.key for c in doc.columns].index("daughters")
                hh = s.execute(text("SELECT household_no FROM households WHERE uid = :u"), {"u": name[1]}).scalar()
                mine = [row for g in doc.groups for row in g.rows if row[1] == hh and name[0] in row]
                return mine[0][girls], roster_rows(s, [mother], ON)[mother].daughters
        finally:
            db.close()

    before = counted()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE persons SET residence = 9, death_date = '2026-01-02' WHERE uid = ?", (child,))
    assert counted() == (before[0] - 1, before[1] - 1)
