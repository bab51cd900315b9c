"""Review findings against the package reader (issue 14): each reproduced here, each a one-line
refusal now — never a traceback, never unbounded work, never a questionable acceptance."""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package import PackageRefused
from fpdesk.package.apply import import_package
from fpdesk.package.crypto import encrypt_stream
from fpdesk.package.reader import read_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest, dump_jsonl, jsonl, members, rebuild


def _import(db_path, package, password=None):
    db = open_database(db_path)
    try:
        return import_package(db, ADMIN, package, password)
    finally:
        db.close()


def _refused(db_path, package, match: str, password=None) -> str:
    before = database_digest(db_path)
    with pytest.raises(PackageRefused, match=match) as caught:
        _import(db_path, package, password)
    assert database_digest(db_path) == before
    message = str(caught.value)
    assert "\n" not in message
    return message


def _edit_line(src, dst, path: str, edit, line: int = 0):
    records = jsonl(members(src)[path])
    edit(records[line])
    return rebuild(src, dst, replace={path: dump_jsonl(records)}), records[line]["uid"]


def _refusal_of(summary, uid: str) -> str:
    reasons = [r["reason"] for r in summary.refused if r["uid"] == uid]
    assert reasons, summary.refused[:3]
    return reasons[0]


# -- the ZIP and the manifest ---------------------------------------------------------------
@pytest.mark.parametrize("offset", [40, 200, 1000, 5000])
def test_a_corrupt_deflate_stream_is_refused(offset, tmp_path, full_package):
    data = bytearray(full_package.read_bytes())
    with zipfile.ZipFile(full_package) as zf:
        info = zf.getinfo("data/persons.jsonl")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len + offset
    data[start:start + 16] = bytes(16)
    bad = tmp_path / "bad.fpx"
    bad.write_bytes(bytes(data))
    with pytest.raises(PackageRefused, match="已损坏"):
        read_package(bad)


def test_until_rev_of_2_63_is_refused(tmp_path, full_package, empty_db_path):
    bad = rebuild(full_package, tmp_path / "bad.fpx", manifest_edit=lambda m: m.update(until_rev=2 ** 63))
    _refused(empty_db_path, bad, "until_rev")


@pytest.mark.parametrize("manifest", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"format": "fpdesk-package", "version": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
])
def test_a_deeply_nested_manifest_is_refused(manifest, tmp_path, full_package):
    files = members(full_package)
    files["manifest.json"] = manifest
    bad = tmp_path / "bad.fpx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(PackageRefused, match="manifest.json"):
        read_package(bad)


def test_a_padded_manifest_is_refused(tmp_path, full_package):
    files = members(full_package)
    files["manifest.json"] = files["manifest.json"] + b" " * (2 << 20)  # still valid JSON, same check code
    bad = tmp_path / "bad.fpx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(PackageRefused, match="manifest.json 过大"):
        read_package(bad)


def test_a_huge_report_is_refused_without_being_parsed(tmp_path, full_package):
    report = b'{"tables": [' + b"0," * (9 << 20) + b'0]}'
    bad = rebuild(full_package, tmp_path / "bad.fpx", add={"reports/report.json": report},
                  manifest_edit=lambda m: m["files"].append(
                      {"path": "reports/report.json", "records": 1,
                       "sha256": __import__("hashlib").sha256(report).hexdigest()}))
    with pytest.raises(PackageRefused, match="report.json 过大"):
        read_package(bad)


def test_a_line_without_end_is_refused_in_linear_time(tmp_path, full_package):
    line = b'{"uid": "' + b"x" * (64 << 20) + b'"}'
    bad = rebuild(full_package, tmp_path / "bad.fpx", replace={"data/persons.jsonl": line},
                  manifest_edit=lambda m: [f.update(records=1) for f in m["files"]
                                           if f["path"] == "data/persons.jsonl"])
    started = time.monotonic()
    with pytest.raises(PackageRefused, match="过长"):
        read_package(bad)
    assert time.monotonic() - started < 10


def test_scrypt_parameters_chosen_by_the_package_are_bounded(tmp_path, full_package):
    out = io.BytesIO()
    with open(full_package, "rb") as fh:
        encrypt_stream(fh, out, "pw-1234")
    data = bytearray(out.getvalue())
    data[9], data[10:14] = 17, struct.pack(">I", 16)   # 2^17 × 16 × 128 bytes = 256 MiB
    bad = tmp_path / "bad.fpx"
    bad.write_bytes(bytes(data))
    started = time.monotonic()
    with pytest.raises(PackageRefused, match="文件头无效"):
        read_package(bad, "pw-1234")
    assert time.monotonic() - started < 2


# -- records --------------------------------------------------------------------------------
def test_an_amount_of_2_63_refuses_the_record(tmp_path, full_package, empty_db_path):
    bad, uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/benefits.jsonl",
                          lambda r: r.update(amount=2 ** 63))
    summary = _import(empty_db_path, bad)
    assert "amount" in _refusal_of(summary, uid)


def test_an_integer_code_of_2_64_refuses_the_record(tmp_path, full_package, empty_db_path):
    bad, uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/persons.jsonl",
                          lambda r: r.update(sex=2 ** 64))
    summary = _import(empty_db_path, bad)
    assert "sex" in _refusal_of(summary, uid)


@pytest.mark.parametrize("stamp", ["2099-01-01T00:00:00+08:00", "9999-12-31T23:59:59+08:00"])
def test_an_updated_at_far_in_the_future_is_refused(stamp, tmp_path, full_package, empty_db_path):
    bad, uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/services.jsonl",
                          lambda r: r.update(updated_at=stamp))
    summary = _import(empty_db_path, bad)
    assert "updated_at" in _refusal_of(summary, uid)


@pytest.mark.parametrize("name", ["张\u202e三", "李\u0007四", "王\n五", "赵\u2066六"])
def test_control_characters_and_direction_overrides_in_a_name_refuse_the_record(
        name, tmp_path, full_package, empty_db_path):
    bad, uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/persons.jsonl",
                          lambda r: r.update(name=name))
    summary = _import(empty_db_path, bad)
    assert "name" in _refusal_of(summary, uid)


def test_a_line_break_in_notes_is_kept(tmp_path, full_package, empty_db_path):
    bad, uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/persons.jsonl",
                          lambda r: r.update(notes="第一行\n第二行"))
    summary = _import(empty_db_path, bad)
    assert not [r for r in summary.refused if r["uid"] == uid]


def test_a_producer_that_disagrees_with_the_regions_is_refused(tmp_path, full_package, empty_db_path):
    def other_township(manifest):
        manifest["producer"]["region_code"] = "610628102000"
    bad = rebuild(full_package, tmp_path / "bad.fpx", manifest_edit=other_township)
    _refused(empty_db_path, bad, "610628102000")


def test_households_of_another_township_are_refused_whole(tmp_path, full_package, empty_db_path):
    """The regions agree with the manifest, but a household belongs to another township's village."""
    bad, _uid = _edit_line(full_package, tmp_path / "bad.fpx", "data/households.jsonl",
                           lambda r: r.update(village_code="610628102001"))
    _refused(empty_db_path, bad, "610628102001")


def test_refusals_kept_are_bounded_and_the_rest_counted(tmp_path, full_package, empty_db_path):
    blank = b"\n" * 30_000
    bad = rebuild(full_package, tmp_path / "bad.fpx", replace={"data/services.jsonl": blank})
    summary = _import(empty_db_path, bad)
    as_json = summary.as_json()
    assert len(as_json["refused"]) <= 1001
    assert "29000" in as_json["refused"][-1]["reason"]
    assert as_json["refused_total"] == 30_000
    json.dumps(as_json)


def test_a_member_flagged_as_zip_encrypted_is_refused_in_one_line(tmp_path, full_package):
    """Found by the reader's fuzz test: zipfile raised RuntimeError ("password required")."""
    data = bytearray(full_package.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):   # local header, central directory
        start = 0
        while (start := data.find(signature, start)) != -1:
            struct.pack_into("<H", data, start + flag_at, struct.unpack_from("<H", data, start + flag_at)[0] | 1)
            start += 4
    package = tmp_path / "flagged.fpx"
    package.write_bytes(bytes(data))
    with pytest.raises(PackageRefused) as refused:
        read_package(package)
    assert "\n" not in str(refused.value)
