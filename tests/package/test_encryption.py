"""FPX-ENC1: an encrypted round trip, and every kind of damage refused with the same clear message."""

import io
import struct

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package import PackageRefused
from fpdesk.package.apply import import_package
from fpdesk.package.crypto import HEADER_LEN, TAG_LEN, encrypt_stream
from fpdesk.package.reader import is_encrypted, read_package
from fpdesk.package.writer import export_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest, members

PASSWORD = "县局2026秋"
WRONG = "密码错误或文件已损坏"


@pytest.fixture
def sealed(tmp_path, township):
    db = open_database(township)
    try:
        return export_package(db, ADMIN, tmp_path / "sealed.fpx", full=True, password=PASSWORD)
    finally:
        db.close()


def test_encrypted_round_trip(sealed, full_package, empty_db_path):
    assert sealed.encrypted and is_encrypted(sealed.path) and not is_encrypted(full_package)
    assert sealed.path.read_bytes()[:8] == b"FPX-ENC1"
    package = read_package(sealed.path, PASSWORD)
    assert package.check_code == sealed.check_code and package.encrypted
    plain = members(full_package)
    assert all(package.read(name) == plain[name] for name in plain if name.startswith("data/"))
    package.close()
    db = open_database(empty_db_path)
    try:
        summary = import_package(db, ADMIN, sealed.path, PASSWORD)
    finally:
        db.close()
    assert summary.inserted == sum(sealed.counts.values()) + 1 and summary.refused == []  # + the county region


def _refused(path, password=PASSWORD, match=WRONG):
    with pytest.raises(PackageRefused, match=match):
        read_package(path, password)


def test_wrong_or_missing_password(sealed, empty_db_path):
    before = database_digest(empty_db_path)
    db = open_database(empty_db_path)
    try:
        with pytest.raises(PackageRefused, match=WRONG):
            import_package(db, ADMIN, sealed.path, "not-the-password1")
    finally:
        db.close()
    assert database_digest(empty_db_path) == before
    _refused(sealed.path, None, "数据包已加密，请提供密码")


def test_truncated_file(tmp_path, sealed):
    data = sealed.path.read_bytes()
    for cut in (len(data) - 1, len(data) - TAG_LEN - 100, HEADER_LEN + 1 + (1 << 20) + TAG_LEN, HEADER_LEN - 3):
        path = tmp_path / f"cut{cut}.fpx"
        path.write_bytes(data[:cut])
        _refused(path)


def test_flipped_byte_anywhere(tmp_path, sealed):
    data = sealed.path.read_bytes()
    for at in (20, HEADER_LEN + 5, len(data) // 2, len(data) - 1):  # salt, first chunk, middle, last tag
        damaged = bytearray(data)
        damaged[at] ^= 0x01
        path = tmp_path / f"flip{at}.fpx"
        path.write_bytes(bytes(damaged))
        _refused(path)


def test_appended_bytes(tmp_path, sealed):
    path = tmp_path / "longer.fpx"
    path.write_bytes(sealed.path.read_bytes() + b"\0" * 32)
    _refused(path)


def _small_chunks(full_package, chunk=4096) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(full_package.read_bytes()), out, PASSWORD, chunk_size=chunk)
    return out.getvalue()


def test_swapped_dropped_or_repeated_chunks(tmp_path, full_package):
    chunk = 4096
    data = _small_chunks(full_package, chunk)
    assert struct.unpack(">I", data[HEADER_LEN - 4:HEADER_LEN])[0] == chunk
    header, body = data[:HEADER_LEN], data[HEADER_LEN:]
    sealed = chunk + TAG_LEN
    parts = [body[i:i + sealed] for i in range(0, len(body), sealed)]
    assert len(parts) > 3
    good = tmp_path / "good.fpx"
    good.write_bytes(data)
    assert read_package(good, PASSWORD).check_code
    variants = {
        "swapped": parts[:1] + [parts[2], parts[1]] + parts[3:],
        "dropped": parts[:1] + parts[2:],
        "repeated": parts[:2] + parts[1:],
        "last_dropped": parts[:-1],
    }
    for name, chunks in variants.items():
        path = tmp_path / f"{name}.fpx"
        path.write_bytes(header + b"".join(chunks))
        _refused(path)
