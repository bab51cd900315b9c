"""A bad package is refused whole, with its own message, and the database is left as it was.
(Records refused one by one: test_contract.py.)"""

import json

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain.quality import KINDS
from fpdesk.package import PackageRefused
from fpdesk.package.apply import import_package
from fpdesk.package.reader import read_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest, members, rebuild, write_zip


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


def test_summary_json_has_exactly_the_contract_shape(full_package, empty_db_path):
    db = open_database(empty_db_path)
    try:
        summary = import_package(db, ADMIN, full_package).as_json()
    finally:
        db.close()
    assert set(summary) == {"package", "inserted", "updated", "unchanged", "refused", "warnings"}
    assert set(summary["package"]) == {"region_code", "check_code", "kind"}
    assert summary["warnings"] and all(set(w) == {"file", "uid", "check", "reason"} for w in summary["warnings"])
    assert {w["check"] for w in summary["warnings"]} <= set(KINDS)
    json.dumps(summary, ensure_ascii=False)
