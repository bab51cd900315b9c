"""The key file of an encrypted office: slots, the recovery code, writing it safely."""

import json
import os
import stat

import pytest

from fpdesk.db import keyslots
from fpdesk.db.keyslots import KeyFile, KeyFileError, WrongSecret


@pytest.fixture(scope="module")
def filled():
    """A key file with two users and a recovery code (argon2id at full cost: built once)."""
    key = keyslots.new_key()
    keyfile = KeyFile.new()
    keyfile.set_user("admin", "abc12345", key)
    keyfile.set_user("li", "xyz98765", key)
    code = keyfile.set_recovery(key)
    return key, keyfile, code


def test_each_slot_opens_with_its_own_secret_only(filled):
    key, keyfile, code = filled
    assert keyfile.unlock("admin", "abc12345") == key
    assert keyfile.unlock("li", "xyz98765") == key
    assert keyfile.unlock_recovery(code) == key
    with pytest.raises(WrongSecret):
        keyfile.unlock("admin", "xyz98765")
    with pytest.raises(WrongSecret):
        keyfile.unlock("nobody", "abc12345")
    assert keyfile.users() == ["admin", "li"]


def test_a_slot_moved_to_another_user_or_office_does_not_open(filled):
    key, keyfile, _ = filled
    data = keyfile.as_json()
    li = next(s for s in data["slots"] if s["name"] == "li")
    li["name"] = "admin"                      # li's slot presented as admin's
    data["slots"] = [li]
    with pytest.raises(WrongSecret):
        KeyFile.from_json(data).unlock("admin", "xyz98765")
    other = keyfile.as_json()
    other["key_id"] = KeyFile.new().key_id    # the slots copied into another office's key file
    with pytest.raises(WrongSecret):
        KeyFile.from_json(other).unlock("admin", "abc12345")


def test_recovery_code_shape_and_typing_slack(filled):
    _, keyfile, code = filled
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert len(code.replace("-", "")) * 5 >= 120  # bits
    assert set(code.replace("-", "")) <= set(keyslots.CROCKFORD)
    typed = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert keyfile.unlock_recovery(typed) == keyfile.unlock("admin", "abc12345")
    with pytest.raises(WrongSecret, match="格式"):
        keyslots.normalize_recovery_code("ABCDE-12345")
    assert keyslots.new_recovery_code() != keyslots.new_recovery_code()


def test_rewrap_and_remove(filled):
    key, keyfile, _ = filled
    copy = KeyFile.from_json(json.loads(json.dumps(keyfile.as_json())))
    copy.set_user("li", "new-pass-1", key)
    with pytest.raises(WrongSecret):
        copy.unlock("li", "xyz98765")
    assert copy.unlock("li", "new-pass-1") == key
    copy.remove_user("li")
    assert copy.users() == ["admin"]
    with pytest.raises(WrongSecret):
        copy.unlock("li", "new-pass-1")


def test_saved_owner_only_and_read_back(filled, tmp_path):
    key, keyfile, code = filled
    db = tmp_path / "office.db"
    path = keyslots.save(keyfile, db)
    assert path == tmp_path / "office.db.keys"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keyslots.load(db)
    assert again.unlock_recovery(code) == key
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db.keys"]  # no temporary file left
    assert again.as_json()["cipher"]["library"].startswith("SQLCipher")


def test_a_failed_save_leaves_the_old_file_and_no_temporary(filled, tmp_path, monkeypatch):
    _, keyfile, _ = filled
    db = tmp_path / "office.db"
    keyslots.save(keyfile, db)
    before = (tmp_path / "office.db.keys").read_bytes()
    changed = KeyFile.from_json(keyfile.as_json())
    changed.remove_user("li")

    def full_disk(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        keyslots.save(changed, db)
    assert (tmp_path / "office.db.keys").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db.keys"]


def test_bad_key_files_are_refused_in_words(tmp_path):
    db = tmp_path / "office.db"
    with pytest.raises(KeyFileError, match="找不到密钥文件"):
        keyslots.load(db)
    keyslots.keys_path(db).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileError, match="损坏"):
        keyslots.load(db)
    keyslots.keys_path(db).write_text(json.dumps({"format": "fpdesk-keys", "version": 99}), encoding="utf-8")
    with pytest.raises(KeyFileError, match="版本"):
        keyslots.load(db)


def test_crafted_kdf_cost_is_refused_before_any_work(filled):
    _, keyfile, _ = filled
    data = keyfile.as_json()
    for slot in data["slots"]:
        slot["kdf"]["memory_kib"] = 1 << 30      # a terabyte
    with pytest.raises(KeyFileError, match="参数"):
        KeyFile.from_json(data).unlock("admin", "abc12345")


def test_plain_and_encrypted_headers(tmp_path):
    plain, other = tmp_path / "a.db", tmp_path / "b.db"
    plain.write_bytes(keyslots.SQLITE_MAGIC + b"\0" * 100)
    other.write_bytes(os.urandom(116))
    assert not keyslots.looks_encrypted(plain) and keyslots.looks_encrypted(other)
    assert not keyslots.is_encrypted(other)           # no key file beside it
    keyslots.keys_path(other).write_text("{}", encoding="utf-8")
    assert keyslots.is_encrypted(other)
    assert not keyslots.looks_encrypted(tmp_path / "missing.db")
