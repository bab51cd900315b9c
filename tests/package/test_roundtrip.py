"""Export → import → export, idempotence, incremental packages and the check code."""

import sqlite3
from datetime import date

from fpdesk.db.schema import open_database
from fpdesk.package.apply import import_history, import_package
from fpdesk.package.writer import export_history, export_package
from fpdesk.services import records
from tests.conftest import ADMIN, CLERK
from tests.package.helpers import (bad_check_digit, database_digest, expected_check_code, jsonl, manifest_of,
                                   members)

EXCHANGED = ("regions", "households", "persons", "marriages", "births", "pregnancies", "contraception",
             "services", "migrations", "benefits")


def _import(db_path, package, **kw):
    db = open_database(db_path)
    try:
        return import_package(db, ADMIN, package, **kw)
    finally:
        db.close()


def _export(db_path, out, **kw):
    db = open_database(db_path)
    try:
        return export_package(db, CLERK, out, **kw)
    finally:
        db.close()


def _rows(path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def test_manifest_lists_every_table_with_the_database_counts(township, full_package):
    manifest = manifest_of(full_package)
    assert manifest["format"] == "fpdesk-package" and manifest["version"] == 1
    assert manifest["kind"] == "full" and manifest["since_rev"] == 0
    assert manifest["producer"]["region_code"] == "610628101000"
    assert manifest["created_at"].endswith("+08:00")
    counts = {f["path"]: f["records"] for f in manifest["files"]}
    for table in EXCHANGED[1:]:
        assert counts[f"data/{table}.jsonl"] == _rows(township, table)
    con = sqlite3.connect(township)
    villages = con.execute("SELECT count(*) FROM regions WHERE parent_code = '610628101000'").fetchone()[0]
    assert counts["data/regions.jsonl"] == villages + 1
    assert set(members(full_package)) == {"manifest.json", *counts}


def test_check_code_matches_an_independent_computation(full_package):
    manifest = manifest_of(full_package)
    assert manifest["check_code"] == expected_check_code(manifest)
    assert len(manifest["check_code"]) == 9 and manifest["check_code"][4] == "-"


def test_value_types_follow_the_contract(full_package):
    files = members(full_package)
    person = jsonl(files["data/persons.jsonl"])[0]
    assert isinstance(person["deleted"], bool) and isinstance(person["sex"], int)
    assert isinstance(person["ethnicity"], str) and len(person["ethnicity"]) == 2
    assert date.fromisoformat(person["birth_date"]) and "pinyin_initials" not in person and "rev" not in person
    household = jsonl(files["data/households.jsonl"])[0]
    assert isinstance(household["group_no"], str) and isinstance(household["two_daughters"], bool)
    checks = [s for s in jsonl(files["data/services.jsonl"]) if s["type"] == 1]
    assert checks and all(set(s["items"]) == {"disease", "cervical", "breast", "ring", "pregnancy"} for s in checks)
    assert all(s["items"] is None for s in jsonl(files["data/services.jsonl"]) if s["type"] != 1)
    assert all("item_ring" not in s for s in checks)
    benefits = jsonl(files["data/benefits.jsonl"])
    assert all(isinstance(b["amount"], float) for b in benefits if b["amount"] is not None)
    levels = {r["level"] for r in jsonl(files["data/regions.jsonl"])}
    assert levels == {"township", "village"}


def test_round_trip_gives_byte_identical_data_files(tmp_path, full_package, empty_db_path):
    summary = _import(empty_db_path, full_package)
    manifest = manifest_of(full_package)
    total = sum(f["records"] for f in manifest["files"])
    assert summary.refused == []
    assert (summary.inserted, summary.updated, summary.unchanged) == (total + 1, 0, 0)  # + the county region
    again = _export(empty_db_path, tmp_path / "again.fpx", full=True)
    first, second = members(full_package), members(again.path)
    data = [name for name in first if name.startswith("data/")]
    assert data and all(first[name] == second[name] for name in data)
    assert set(first) == set(second)
    con = sqlite3.connect(empty_db_path)  # the county region was created from the township code
    assert con.execute("SELECT name, level FROM regions WHERE code = '610628000000'").fetchone() == ("富县", "county")
    assert con.execute("SELECT count(*) FROM persons WHERE pinyin_initials IS NULL").fetchone() == (0,)


def test_reimport_changes_nothing(full_package, empty_db_path):
    _import(empty_db_path, full_package)
    before = database_digest(empty_db_path, skip=("audit_log", "import_history"))
    summary = _import(empty_db_path, full_package)
    assert (summary.inserted, summary.updated) == (0, 0)
    assert summary.unchanged == sum(f["records"] for f in manifest_of(full_package)["files"])
    assert summary.warnings == []
    assert database_digest(empty_db_path, skip=("audit_log", "import_history")) == before
    db = open_database(empty_db_path)
    with db.read_session() as session:
        history = import_history(session)
    db.close()
    assert [h.inserted for h in history] == [0, summary.unchanged + 1]  # the first added the county region
    assert history[0].region_code == "610628101000" and history[0].check_code == summary.check_code


def test_warnings_are_imported_and_listed(full_package, empty_db_path, township):
    summary = _import(empty_db_path, full_package)
    con = sqlite3.connect(township)
    bad_digit = {uid for uid, number in con.execute("SELECT uid, id_number FROM persons") if bad_check_digit(number)}
    assert bad_digit
    listed = {w["uid"] for w in summary.warnings if "校验" in w["reason"]}
    assert listed == bad_digit
    assert all(w["file"] == "data/persons.jsonl" for w in summary.warnings if w["uid"] in bad_digit)
    imported = sqlite3.connect(empty_db_path)
    marks = ",".join("?" * len(bad_digit))
    assert imported.execute(f"SELECT count(*) FROM persons WHERE uid IN ({marks})", list(bad_digit)).fetchone()[0] \
        == len(bad_digit)


def test_incremental_package_carries_exactly_the_changes(tmp_path, township, full_package, empty_db_path):
    _import(empty_db_path, full_package)
    db = open_database(township)
    try:
        with db.session() as session:
            person = session.execute(sqlite_text("SELECT uid FROM persons WHERE deleted = 0 AND residence = 1 "
                                                 "ORDER BY uid LIMIT 1")).scalar()
            records.update(session, CLERK, "persons", person, {"phone": "13900000000"}, accept_warnings=True)
            service = records.create(session, CLERK, "services", {
                "person_uid": person, "type": 5, "date": date(2026, 11, 20), "declined": True},
                accept_warnings=True).uid
            migration = session.execute(sqlite_text("SELECT uid FROM migrations ORDER BY uid LIMIT 1")).scalar()
            records.delete(session, CLERK, "migrations", migration)
        with db.read_session() as session:
            last = export_history(session)[0]
    finally:
        db.close()
    result = _export(township, tmp_path / "inc.fpx", full=False)
    assert result.kind == "incremental" and result.since_rev == last.until_rev
    files = members(result.path)
    data = {name: jsonl(body) for name, body in files.items() if name.startswith("data/") and "regions" not in name}
    assert {name: [r["uid"] for r in rows] for name, rows in data.items()} == {
        "data/persons.jsonl": [person], "data/services.jsonl": [service], "data/migrations.jsonl": [migration]}
    assert data["data/migrations.jsonl"][0]["deleted"] is True
    assert data["data/persons.jsonl"][0]["phone"] == "13900000000"
    summary = _import(empty_db_path, result.path)
    assert (summary.inserted, summary.updated) == (1, 2) and summary.refused == []
    con = sqlite3.connect(empty_db_path)
    assert con.execute("SELECT deleted FROM migrations WHERE uid = ?", (migration,)).fetchone() == (1,)
    assert con.execute("SELECT phone FROM persons WHERE uid = ?", (person,)).fetchone() == ("13900000000",)


def test_since_last_without_history_is_full(tmp_path, township):
    result = _export(township, tmp_path / "first.fpx", full=False)
    assert result.kind == "full" and result.since_rev == 0
    db = open_database(township)
    with db.read_session() as session:
        history = export_history(session)
    db.close()
    assert [(h.kind, h.check_code) for h in history] == [("full", result.check_code)]


def test_an_older_version_does_not_overwrite_a_newer_one(tmp_path, township, full_package, empty_db_path):
    _import(empty_db_path, full_package)
    db = open_database(empty_db_path)  # the county corrects a record after the full package
    try:
        with db.session() as session:
            uid = session.execute(sqlite_text("SELECT uid FROM households ORDER BY uid LIMIT 1")).scalar()
            records.update(session, CLERK, "households", uid, {"phone": "029-1234567"}, accept_warnings=True)
    finally:
        db.close()
    summary = _import(empty_db_path, full_package)
    assert summary.updated == 0 and summary.inserted == 0
    con = sqlite3.connect(empty_db_path)
    assert con.execute("SELECT phone FROM households WHERE uid = ?", (uid,)).fetchone() == ("029-1234567",)


def sqlite_text(sql: str):
    from sqlalchemy import text

    return text(sql)
