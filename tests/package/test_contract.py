"""What the township holds, the county holds (FORMATS.md §4): a record is refused only when
it cannot be stored as it is, and then with every record that depends on it, each named;
every data-check finding is imported and listed as a warning with its check id."""

import json
import sqlite3
import uuid

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.package.apply import import_package
from fpdesk.package.writer import export_package
from fpdesk.services.statistics import compute_report
from tests.conftest import ADMIN
from tests.package.helpers import copy_db, dump_jsonl, jsonl, members, rebuild

# (table, reference field, table it points to) — written out here, independently of the loader
REFS = (("households", "head_uid", "persons"), ("persons", "household_uid", "households"),
        ("marriages", "person_uid", "persons"), ("marriages", "spouse_uid", "persons"),
        ("births", "mother_uid", "persons"), ("births", "father_uid", "persons"),
        ("births", "child_uid", "persons"), ("pregnancies", "woman_uid", "persons"),
        ("pregnancies", "birth_uid", "births"), ("contraception", "woman_uid", "persons"),
        ("services", "person_uid", "persons"), ("services", "contraception_uid", "contraception"),
        ("services", "pregnancy_uid", "pregnancies"), ("migrations", "person_uid", "persons"),
        ("benefits", "person_uid", "persons"), ("benefits", "child_uid", "persons"))


@pytest.fixture(scope="module")
def demo_package(tmp_path_factory, small_demo):
    """The demo's full package as it is, planted data problems and all."""
    folder = tmp_path_factory.mktemp("contract")
    db = open_database(copy_db(small_demo, folder / "township.db"))
    try:
        return export_package(db, ADMIN, folder / "full.fpx", full=True).path
    finally:
        db.close()


def _import(path, package):
    db = open_database(path, create=True)
    try:
        return import_package(db, ADMIN, package)
    finally:
        db.close()


def _tables(path) -> list:
    db = open_database(path)
    try:
        with db.read_session() as session:
            return compute_report(session, parse_period("2026"), region_code="610628101000").as_json()["tables"]
    finally:
        db.close()


def test_the_demo_package_loses_nothing_and_reports_agree(tmp_path, small_demo, demo_package):
    summary = _import(tmp_path / "county.db", demo_package)
    assert summary.refused == []
    manifest = json.loads(members(demo_package)["manifest.json"])
    assert summary.inserted == sum(f["records"] for f in manifest["files"]) + 1   # + the county region it adds
    checks = {w["check"] for w in summary.warnings}
    assert {"id_birth_mismatch", "id_check_digit", "first_marriage_missing"} <= checks
    # and those that need other records, from the data check run on what was written
    assert {"id_duplicate", "two_open_methods", "household_no_head"} <= checks
    assert sum(w["check"] == "id_duplicate" for w in summary.warnings) == 2
    mismatched = [w for w in summary.warnings if w["check"] == "id_birth_mismatch"]
    assert len(mismatched) == 2 and all(w["file"] == "data/persons.jsonl" for w in mismatched)
    assert _tables(tmp_path / "county.db") == _tables(small_demo)


def _dependants(files: dict[str, list[dict]], bad: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every record pointing (directly or not) at a bad one."""
    grown = True
    while grown:
        grown = False
        for table, field, target in REFS:
            for record in files[table]:
                if record.get(field) in bad[target] and record.get("uid") not in bad[table]:
                    bad[table].add(record["uid"])
                    grown = True
    return bad


def test_each_structural_fault_refuses_that_record_and_its_dependants(tmp_path, demo_package):
    raw = members(demo_package)
    files = {name[5:-6]: jsonl(data) for name, data in raw.items() if name.startswith("data/")}
    heads = {h["head_uid"] for h in files["households"]}
    persons = [p for p in files["persons"] if p["uid"] not in heads]
    mothers = {b["mother_uid"] for b in files["births"]}
    serviced = {s["person_uid"] for s in files["services"]}
    odd_sex = next(p for p in persons if p["uid"] in mothers)
    odd_sex["sex"] = 3
    bad_day = next(p for p in persons if p["uid"] in serviced and p["uid"] not in mothers)
    bad_day["birth_date"] = "2026-02-30"
    dangling = files["marriages"][3]
    dangling["spouse_uid"] = str(uuid.uuid4())
    referenced = {s["contraception_uid"] for s in files["services"] if s.get("contraception_uid")}
    no_uid = next(c for c in files["contraception"] if c["uid"] in referenced)
    lost_uid = no_uid.pop("uid")
    faulty = {"persons": {odd_sex["uid"], bad_day["uid"]}, "marriages": {dangling["uid"]}}
    expected = _dependants(files, {t: set(faulty.get(t, ())) | ({lost_uid} if t == "contraception" else set())
                                   for t in files})
    package = rebuild(demo_package, tmp_path / "faults.fpx", replace={
        f"data/{t}.jsonl": dump_jsonl(files[t]) for t in ("persons", "marriages", "contraception")})
    summary = _import(tmp_path / "county.db", package)

    refused = {}
    for r in summary.refused:
        refused.setdefault(r["file"][5:-6], {})[r["uid"]] = r["reason"]
    assert refused.get("contraception", {}).pop("") and "uid" in summary.refused[
        [r["uid"] for r in summary.refused].index("")]["reason"]
    expected["contraception"].discard(lost_uid)
    assert {t: set(u) for t, u in refused.items()} == {t: u for t, u in expected.items() if u}
    assert "性别" in refused["persons"][odd_sex["uid"]] and "代码无效" in refused["persons"][odd_sex["uid"]]
    assert "2026-02-30" in refused["persons"][bad_day["uid"]]
    assert "引用的记录不存在" in refused["marriages"][dangling["uid"]]
    for table, uids in expected.items():
        for uid in uids - faulty.get(table, set()):
            assert "被拒绝" in refused[table][uid] or "不存在" in refused[table][uid], (table, uid)
    con = sqlite3.connect(tmp_path / "county.db")
    try:
        for table, uids in expected.items():
            held = {u for (u,) in con.execute(f'SELECT uid FROM "{table}"')}
            assert not held & uids
            if table != "regions":      # the import adds the county region
                assert len(held) == len(files[table]) - len(uids) - (table == "contraception")
    finally:
        con.close()
