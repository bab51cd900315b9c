"""A bad package is refused whole, with its own message, and the database is left as it was;
bad records are refused one by one and named while the rest imports."""

import json
import sqlite3
import uuid

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package import PackageRefused
from fpdesk.package.apply import import_package
from fpdesk.package.reader import read_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest, dump_jsonl, jsonl, members, rebuild, write_zip


def _refused(db_path, package, match: str, password=None):
    before = database_digest(db_path)
    db = open_database(db_path)
    try:
        with pytest.raises(PackageRefused, match=match) as caught:
            import_package(db, ADMIN, package, password)
    finally:
        db.close()
    assert database_digest(db_path) == before
    return str(caught.value)


@pytest.fixture
def target(tmp_path, full_package):
    """A database that already holds the township, so 'unchanged' is a real claim."""
    path = tmp_path / "target.db"
    db = open_database(path, create=True)
    try:
        import_package(db, ADMIN, full_package)
    finally:
        db.close()
    return path


def _persons_line_changed(full_package) -> bytes:
    data = members(full_package)["data/persons.jsonl"]
    return data.replace(b'"sex":1', b'"sex":2', 1)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


CASES = {
    "not_zip": (lambda src, dst: _write(dst, b"PK\x03\x04 not really a zip file" * 50), "不是有效的数据包"),
    "truncated_zip": (lambda src, dst: _write(dst, src.read_bytes()[: src.stat().st_size // 2]), "不是有效的数据包"),
    "missing_manifest": (lambda src, dst: write_zip(dst, {k: v for k, v in members(src).items()
                                                          if k != "manifest.json"}), "缺少 manifest.json"),
    "unknown_format": (lambda src, dst: rebuild(src, dst, manifest_edit=lambda m: m.update(format="other")),
                       "不是 fpdesk 数据包"),
    "unknown_version": (lambda src, dst: rebuild(src, dst, manifest_edit=lambda m: m.update(version=2)),
                        "不支持的数据包版本：2"),
    "listed_file_missing": (lambda src, dst: rebuild(src, dst, drop=["data/births.jsonl"]),
                            "缺少清单列出的文件：data/births.jsonl"),
    "unlisted_file": (lambda src, dst: rebuild(src, dst, add={"data/notes.txt": b"hello"}),
                      "清单未列出的文件：data/notes.txt"),
    "sha_mismatch": (lambda src, dst: rebuild(src, dst, replace={"data/persons.jsonl": _persons_line_changed(src)},
                                              update_listing=False),
                     "data/persons.jsonl 的 SHA-256"),
    "record_count": (lambda src, dst: rebuild(
        src, dst, replace={"data/marriages.jsonl": members(src)["data/marriages.jsonl"].split(b"\n", 1)[1]},
        manifest_edit=lambda m: [f.update(records=f["records"] + 1) for f in m["files"]
                                 if f["path"] == "data/marriages.jsonl"]),
        "data/marriages.jsonl 的记录数与清单不符"),
    "check_code": (lambda src, dst: rebuild(src, dst, manifest_edit=lambda m: m.update(kind="incremental"),
                                            resign=False), "校验码不符"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_package_is_refused_whole(tmp_path, full_package, target, case):
    make, message = CASES[case]
    package = make(full_package, tmp_path / f"{case}.fpx")
    _refused(target, package, message)


def test_every_refusal_has_its_own_message(tmp_path, full_package):
    messages = set()
    for case, (make, _) in CASES.items():
        with pytest.raises(PackageRefused) as caught:
            read_package(make(full_package, tmp_path / f"m-{case}.fpx"))
        messages.add(str(caught.value).split("：")[0])
    assert len(messages) >= len(CASES) - 1  # not-a-ZIP and a truncated ZIP share their message


def test_the_unchanged_package_is_accepted(tmp_path, full_package):
    copy = rebuild(full_package, tmp_path / "same.fpx")  # surgery with no defect verifies
    assert read_package(copy).check_code == json.loads(members(copy)["manifest.json"])["check_code"]


def _unreferenced_persons(township) -> list[str]:
    con = sqlite3.connect(township)
    refs = " UNION ".join(f"SELECT {c} FROM {t} WHERE {c} IS NOT NULL" for t, c in (
        ("households", "head_uid"), ("marriages", "person_uid"), ("marriages", "spouse_uid"),
        ("births", "mother_uid"), ("births", "father_uid"), ("births", "child_uid"), ("pregnancies", "woman_uid"),
        ("contraception", "woman_uid"), ("services", "person_uid"), ("migrations", "person_uid"),
        ("benefits", "person_uid"), ("benefits", "child_uid")))
    return [u for (u,) in con.execute(f"SELECT uid FROM persons WHERE uid NOT IN ({refs}) "
                                      "AND id_number IS NOT NULL ORDER BY uid LIMIT 2")]


def test_bad_records_are_refused_and_named_while_the_rest_imports(tmp_path, township, full_package, empty_db_path):
    no_name, short_id = _unreferenced_persons(township)
    files = members(full_package)
    persons = jsonl(files["data/persons.jsonl"])
    for p in persons:
        if p["uid"] == no_name:
            del p["name"]
        if p["uid"] == short_id:
            p["id_number"] = p["id_number"][:17]
    services = jsonl(files["data/services.jsonl"])
    dangling = services[5]["uid"]
    services[5]["person_uid"] = str(uuid.uuid4())
    package = rebuild(full_package, tmp_path / "records.fpx", replace={
        "data/persons.jsonl": dump_jsonl(persons), "data/services.jsonl": dump_jsonl(services)})
    db = open_database(empty_db_path)
    try:
        summary = import_package(db, ADMIN, package)
    finally:
        db.close()
    refused = {r["uid"]: r for r in summary.refused}
    assert set(refused) == {no_name, short_id, dangling}
    assert refused[no_name]["file"] == "data/persons.jsonl" and "姓名" in refused[no_name]["reason"]
    assert "身份证号码" in refused[short_id]["reason"]
    assert refused[dangling]["file"] == "data/services.jsonl" and "引用的记录不存在" in refused[dangling]["reason"]
    total = sum(f["records"] for f in json.loads(members(package)["manifest.json"])["files"])
    assert summary.inserted == total - 3 + 1  # + the county region the import adds
    con = sqlite3.connect(empty_db_path)
    assert con.execute("SELECT count(*) FROM persons").fetchone()[0] == len(persons) - 2
    assert con.execute("SELECT count(*) FROM services WHERE uid = ?", (dangling,)).fetchone() == (0,)


def test_a_refused_person_takes_its_dependants_with_it(tmp_path, full_package, empty_db_path):
    files = members(full_package)
    services = jsonl(files["data/services.jsonl"])
    person = services[0]["person_uid"]
    persons = jsonl(files["data/persons.jsonl"])
    for p in persons:
        if p["uid"] == person:
            p["birth_date"] = "1990-02-30"  # an impossible date
    package = rebuild(full_package, tmp_path / "cascade.fpx", replace={"data/persons.jsonl": dump_jsonl(persons)})
    db = open_database(empty_db_path)
    try:
        summary = import_package(db, ADMIN, package)
    finally:
        db.close()
    own = [r for r in summary.refused if r["uid"] == person]
    assert len(own) == 1 and "出生日期" in own[0]["reason"]
    dependants = {s["uid"] for s in services if s["person_uid"] == person}
    named = {r["uid"] for r in summary.refused if person in r["reason"] and "被拒绝" in r["reason"]}
    assert dependants <= named


def test_summary_json_has_exactly_the_contract_shape(full_package, empty_db_path):
    db = open_database(empty_db_path)
    try:
        summary = import_package(db, ADMIN, full_package).as_json()
    finally:
        db.close()
    assert set(summary) == {"package", "inserted", "updated", "unchanged", "refused", "warnings"}
    assert set(summary["package"]) == {"region_code", "check_code", "kind"}
    assert all(set(w) == {"file", "uid", "reason"} for w in summary["warnings"])
    json.dumps(summary, ensure_ascii=False)
