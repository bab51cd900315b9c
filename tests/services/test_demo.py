"""The demo township: deterministic, valid, and realistic."""

import json
import sqlite3
from datetime import date

import pytest

from fpdesk.domain import idcard
from fpdesk.domain.dates import age_on
from fpdesk.services.demo import DemoError, create_demo

ON = date(2026, 11, 22)


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture(scope="module")
def township(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "t.db"
    summary = create_demo(path, persons=12000, seed=5, on=ON)
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    yield con, summary
    con.close()


def test_same_seed_and_date_give_an_identical_dump(tmp_path):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    create_demo(a, persons=1500, seed=7, on=ON)
    create_demo(b, persons=1500, seed=7, on=ON)
    create_demo(c, persons=1500, seed=8, on=ON)
    first = dump(a)
    assert first == dump(b)
    assert first != dump(c)
    assert len(first) > 5000


def test_refuses_to_overwrite_an_existing_file(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"precious")
    with pytest.raises(DemoError, match="不会覆盖"):
        create_demo(path, persons=200, seed=1, on=ON)
    assert path.read_bytes() == b"precious"


def test_database_is_sound(township):
    con, _ = township
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_id_is_valid_and_matches_birth_date_and_sex_except_the_planted_slips(township):
    con, summary = township
    planted = {uid for note in summary.problems for uid in note.split(": ")[1].split()}
    checked = 0
    for row in con.execute("SELECT uid, id_number, birth_date, sex FROM persons WHERE id_number IS NOT NULL"):
        if row["uid"] in planted:
            continue
        info = idcard.parse(row["id_number"])
        assert info.ok and not info.warnings, (row["id_number"], info.findings)
        assert info.birth_date == date.fromisoformat(row["birth_date"])
        assert info.sex == row["sex"]
        checked += 1
    assert checked > 11000
    # the planted problems really are there for the quality page
    assert any(note.startswith("check digit") for note in summary.problems)
    assert any(note.startswith("duplicate ID") for note in summary.problems)


def test_no_record_is_dated_after_the_reference_date(township):
    con, _ = township
    for table, column in (("persons", "birth_date"), ("births", "birth_date"), ("services", "date"),
                          ("contraception", "start_date"), ("migrations", "date"),
                          ("marriages", "date"), ("pregnancies", "found_date")):
        latest = con.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
        assert latest <= ON.isoformat(), table


def test_distributions_are_in_the_ranges_domain_gives(township):
    con, summary = township
    persons = [dict(r) for r in con.execute("SELECT * FROM persons")]
    assert summary.counts["persons"] >= 12000
    living = [p for p in persons if p["residence"] in (1, 2, 3)]
    ages = {p["uid"]: age_on(date.fromisoformat(p["birth_date"]), ON) for p in persons}
    women = [p for p in living if p["sex"] == 2 and 15 <= ages[p["uid"]] <= 49]
    married = [w for w in women if w["marital_status"] in (20, 21, 22, 23)]
    assert 0.20 <= len(women) / len(living) <= 0.30          # about a quarter
    assert 0.58 <= len(married) / len(women) <= 0.75          # about two thirds
    working = [p for p in persons if p["residence"] in (1, 2) and 18 <= ages[p["uid"]] <= 59]
    away = [p for p in working if p["residence"] == 2]
    assert 0.06 <= len(away) / len(working) <= 0.14           # about 10% away
    births = con.execute("SELECT sex, delivery FROM births WHERE birth_date >= '2000-01-01'").fetchall()
    boys = sum(1 for b in births if b["sex"] == 1)
    assert 100 <= boys / (len(births) - boys) * 100 <= 116     # sex ratio about 105–110
    caesarean = sum(1 for b in births if b["delivery"] == 2) / len(births)
    assert 0.29 <= caesarean <= 0.41                         # about 35%
    methods = dict(con.execute(
        "SELECT method, count(*) FROM contraception WHERE end_date IS NULL GROUP BY method").fetchall())
    assert methods[3] == max(methods.values())                # the IUD leads the method mix
    villages = con.execute("SELECT count(*) FROM regions WHERE level = 'village'").fetchone()[0]
    assert 3 <= villages <= 40


def test_demo_account_signs_in(township, tmp_path):
    from fpdesk.db.schema import open_database
    from fpdesk.services import auth, settings

    con, summary = township
    db = open_database(summary.path)
    try:
        assert auth.authenticate(db, "admin", "demo1234").role == "admin"
        with db.read_session() as s:
            assert settings.get(s, "demo") is True
    finally:
        db.close()


def _codes_and_uids(path):
    con = sqlite3.connect(path)
    try:
        regions = dict(con.execute("SELECT code, level FROM regions"))
        uids = {u for t in ("regions", "households", "persons", "births", "services")
                for (u,) in con.execute(f"SELECT uid FROM {t}")}
        office = con.execute("SELECT value FROM settings WHERE key = 'office_region_code'").fetchone()[0]
        villages = {v for (v,) in con.execute("SELECT DISTINCT village_code FROM households")}
        return regions, uids, office, villages
    finally:
        con.close()


def test_a_second_township_has_its_own_code_villages_and_uids(tmp_path):
    create_demo(tmp_path / "a.db", persons=300, seed=11, on=date(2026, 11, 22))
    create_demo(tmp_path / "b.db", persons=300, seed=12, on=date(2026, 11, 22), township_code="610628103000")
    regions_a, uids_a, office_a, villages_a = _codes_and_uids(tmp_path / "a.db")
    regions_b, uids_b, office_b, villages_b = _codes_and_uids(tmp_path / "b.db")
    assert regions_b["610628103000"] == "township" and "610628101000" not in regions_b
    assert json.loads(office_b) == "610628103000" and json.loads(office_a) == "610628101000"
    assert villages_b and all(v.startswith("610628103") for v in villages_b)
    assert all(v.startswith("610628101") for v in villages_a)
    assert not uids_a & uids_b


def test_the_same_seed_under_another_code_shares_no_uid(tmp_path):
    create_demo(tmp_path / "a.db", persons=300, seed=11, on=date(2026, 11, 22))
    create_demo(tmp_path / "b.db", persons=300, seed=11, on=date(2026, 11, 22), township_code="610628104000")
    _, uids_a, _, _ = _codes_and_uids(tmp_path / "a.db")
    _, uids_b, _, villages_b = _codes_and_uids(tmp_path / "b.db")
    assert len(uids_b) == len(uids_a) > 300 and not uids_a & uids_b
    assert all(v.startswith("610628104") for v in villages_b)


def test_a_township_code_outside_the_demo_county_is_refused(tmp_path):
    with pytest.raises(DemoError, match="610628"):
        create_demo(tmp_path / "x.db", persons=300, township_code="110101001000")
    assert not (tmp_path / "x.db").exists()


def test_every_id_area_code_was_in_force_in_the_birth_year(township):
    """stdnum's dated table (stdnum.cn.ric.get_birth_place): 富县 born 1980 → 612628, from 1996 → 610628."""
    from stdnum.cn import ric
    from stdnum.exceptions import ValidationError

    con, summary = township
    planted = {uid for note in summary.problems for uid in note.split(": ")[1].split()}
    wrong, areas = [], set()
    for uid, number in con.execute("SELECT uid, id_number FROM persons WHERE length(id_number) = 18"):
        if uid in planted:
            continue
        try:
            ric.get_birth_place(number)
        except ValidationError:
            wrong.append(number)
        areas.add((number[:6], int(number[6:10]) >= 1996))
    assert wrong == []
    assert ("612628", False) in areas and ("610628", True) in areas
    assert ("610628", False) not in areas and ("612628", True) not in areas


def test_village_and_township_codes_follow_the_statistical_division_rule(township, tmp_path):
    con, _ = township
    villages = [code for (code,) in con.execute("SELECT code FROM regions WHERE level = 'village'")]
    assert villages and all(200 <= int(code[9:]) <= 399 for code in villages)          # 村委会
    (code, name), = con.execute("SELECT code, name FROM regions WHERE level = 'township'")
    assert name.endswith("镇") and 100 <= int(code[6:9]) <= 199
    create_demo(tmp_path / "xiang.db", persons=300, seed=3, on=ON, township_code="610628201000")
    other = sqlite3.connect(tmp_path / "xiang.db")
    try:
        (name,), = other.execute("SELECT name FROM regions WHERE level = 'township'")
    finally:
        other.close()
    assert name.endswith("乡")


def test_supplies_say_what_was_given(township):
    con, _ = township
    results = [r for (r,) in con.execute("SELECT result FROM services WHERE type = 6 AND deleted = 0")]
    assert results and all(results)
    assert all(("避孕套" in r or "口服避孕药" in r or "外用避孕药" in r) and any(c.isdigit() for c in r)
               for r in results)


def test_health_checks_never_carry_an_unasked_pregnancy_test(township):
    con, _ = township
    checks, tests = con.execute("SELECT count(*), count(item_pregnancy) FROM services WHERE type = 1 "
                                "AND declined = 0").fetchone()
    assert checks > 0 and tests < checks * 0.1        # only the few who asked
    cervical, breast = con.execute("SELECT count(item_cervical), count(item_breast) FROM services "
                                   "WHERE type = 1").fetchone()
    assert cervical > 0 and breast > 0
