"""Encryption at rest: an encrypted office opens only through a key slot, holds
nothing readable on disk, and its slots follow the accounts."""

import hashlib
import os
import shutil
import zipfile
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from fpdesk.db import keyslots
from fpdesk.db.engine import dbapi_connect
from fpdesk.db.schema import SCHEMA_HEAD, DatabaseError, current_revision, open_database
from fpdesk.services import auth, encryption
from fpdesk.services.context import Actor
from fpdesk.services.encryption import EncryptionError

ADMIN = Actor("admin", "admin")
FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.db"


def _sample(path: Path, n: int = 30) -> list[bytes]:
    """Names and ID numbers of the plain file, as the bytes SQLite stores."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, id_number FROM persons WHERE id_number IS NOT NULL "
                           "ORDER BY uid LIMIT ?", (n,)).fetchall()
    finally:
        con.close()
    return [v.encode("utf-8") for row in rows for v in row]


@pytest.fixture
def encrypted(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    secrets = _sample(path)
    done = encryption.encrypt_file(path, {"admin": "demo1234"})
    return path, done, secrets


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_name_or_id_number_in_the_file_or_its_wal(encrypted):
    path, _, secrets = encrypted
    assert len(secrets) == 60
    db, actor = encryption.open_with_password(path, "admin", "demo1234")
    try:
        with db.session() as session:  # a write, so the -wal holds fresh pages
            session.execute(text("UPDATE persons SET phone = '13912345678' WHERE uid = "
                                 "(SELECT uid FROM persons ORDER BY uid LIMIT 1)"))
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        for raw in (path.read_bytes(), wal.read_bytes()):
            assert not any(s in raw for s in secrets)
            assert b"13912345678" not in raw and b"SQLite format 3" not in raw
        with db.read_session() as session:
            pragmas = {name: session.execute(text(f"PRAGMA {name}")).scalar() for name in (
                "journal_mode", "synchronous", "foreign_keys", "busy_timeout", "trusted_schema",
                "secure_delete", "cache_size")}
            assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000,
                               "trusted_schema": 0, "secure_delete": 1, "cache_size": -65536}
            assert session.execute(text("PRAGMA cipher_version")).scalar()
            assert session.execute(text("SELECT count(*) FROM persons")).scalar() == 3000
    finally:
        db.close()
    assert actor == ADMIN


def test_plain_sqlite_a_wrong_password_or_key_cannot_open_it(encrypted):
    path, _, _ = encrypted
    before = _digest(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM persons").fetchone()
    with pytest.raises(auth.AuthError, match="用户名或密码错误"):
        encryption.open_with_password(path, "admin", "demo12345")
    with pytest.raises(auth.AuthError):
        encryption.open_with_password(path, "nobody", "demo1234")
    with pytest.raises(DatabaseError, match="已加密"):
        open_database(path)
    with pytest.raises(DatabaseError, match="密钥不对"):
        open_database(path, key=keyslots.new_key())
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_recovery_code_opens_after_every_password_is_lost(encrypted):
    path, done, _ = encrypted
    db, _ = encryption.open_with_password(path, "admin", "demo1234")
    try:
        encryption.add_user(db, ADMIN, "li", "clerk1234", "clerk")
    finally:
        db.close()
    # both passwords forgotten: only the printed code is left
    with pytest.raises(keyslots.WrongSecret):
        encryption.recover(path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "admin", "fresh-pass-9")
    with pytest.raises(EncryptionError, match="不是本数据库的管理员"):
        encryption.recover(path, done.recovery_code, "li", "fresh-pass-9")
    encryption.recover(path, done.recovery_code.lower(), "admin", "fresh-pass-9")
    with pytest.raises(auth.AuthError):
        encryption.open_with_password(path, "admin", "demo1234")
    db, actor = encryption.open_with_password(path, "admin", "fresh-pass-9")
    try:
        with db.read_session() as session:
            actions = session.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars().all()
    finally:
        db.close()
    assert actor == ADMIN and "key_recovery" in actions
    recovered = encryption.open_with_recovery(path, done.recovery_code)
    recovered.close()


def test_password_change_rewraps_and_removal_drops_the_slot(encrypted):
    path, _, _ = encrypted
    db, _ = encryption.open_with_password(path, "admin", "demo1234")
    try:
        encryption.add_user(db, ADMIN, "li", "clerk1234", "clerk")
        assert keyslots.load(path).users() == ["admin", "li"]
        old_slot = next(s for s in keyslots.load(path).slots if s.name == "li")
        encryption.set_password(db, Actor("li", "clerk"), "li", "changed-99")
        new_slot = next(s for s in keyslots.load(path).slots if s.name == "li")
        assert new_slot.salt != old_slot.salt and new_slot.wrapped != old_slot.wrapped
    finally:
        db.close()
    with pytest.raises(auth.AuthError):
        encryption.open_with_password(path, "li", "clerk1234")
    db, actor = encryption.open_with_password(path, "li", "changed-99")
    db.close()
    assert actor == Actor("li", "clerk")
    db, _ = encryption.open_with_password(path, "admin", "demo1234")
    try:
        with pytest.raises(auth.AuthError, match="自己"):
            encryption.remove_user(db, ADMIN, "admin")
        encryption.remove_user(db, ADMIN, "li")
    finally:
        db.close()
    assert keyslots.load(path).users() == ["admin"]
    with pytest.raises(auth.AuthError):
        encryption.open_with_password(path, "li", "changed-99")


def test_a_disabled_account_with_a_slot_is_still_refused(encrypted):
    path, _, _ = encrypted
    db, _ = encryption.open_with_password(path, "admin", "demo1234")
    try:
        encryption.add_user(db, ADMIN, "li", "clerk1234", "clerk")
        with db.session() as session:
            auth.set_disabled(session, ADMIN, "li", True)
    finally:
        db.close()
    with pytest.raises(auth.AuthError, match="已停用"):
        encryption.open_with_password(path, "li", "clerk1234")


def test_conversion_report_and_the_plain_backup(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    db = open_database(path)
    try:
        encryption.add_user(db, ADMIN, "li", "clerk1234", "clerk")
    finally:
        db.close()
    done = encryption.encrypt_file(path, {"admin": "demo1234"}, keep_plain_backup=True)
    assert done.without_slot == ["li"]                 # li needs a new password from the admin
    assert done.backup is not None and done.backup in [c.path for c in done.plain_copies]
    assert not keyslots.looks_encrypted(done.backup)   # the kept copy is the plain original
    if os.name == "posix":
        for f in (path, keyslots.keys_path(path), done.backup):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "office.db", "office.db.keys"]
    hints = keyslots.load(path)
    assert hints.demo and hints.office == "和平镇"
    with pytest.raises(EncryptionError, match="已经加密"):
        encryption.encrypt_file(path, {"admin": "demo1234"})


def test_conversion_deletes_its_plain_backup_and_refuses_a_file_in_use(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    other = open_database(path)            # like an open fpdesk window
    try:
        with pytest.raises(EncryptionError, match="正被另一个程序使用"):
            encryption.encrypt_file(path, {"admin": "demo1234"})
    finally:
        other.close()
    assert not keyslots.looks_encrypted(path) and not keyslots.keys_path(path).exists()
    with pytest.raises(EncryptionError, match="没有这些用户"):
        encryption.encrypt_file(path, {"boss": "demo1234"})
    done = encryption.encrypt_file(path, {"admin": "demo1234"})
    assert done.backup is None and done.plain_copies == []
    assert list((tmp_path / "backups").iterdir()) == []


def test_old_schema_upgrades_through_sqlcipher_with_an_encrypted_backup(tmp_path):
    """Alembic and the online backup API through SQLCipher: a schema-0001 file,
    encrypted, is backed up (encrypted) and upgraded on open."""
    path, key = tmp_path / "office.db", keyslots.new_key()
    from sqlcipher3 import dbapi2

    old = shutil.copy(FIXTURE, tmp_path / "old.db")
    plain = dbapi2.connect(str(old), isolation_level=None)
    try:  # an encrypted copy of the old file
        plain.execute(f"ATTACH DATABASE '{path}' AS enc KEY \"x'{key.hex()}'\"")
        plain.execute("SELECT sqlcipher_export('enc')")
        plain.execute("DETACH DATABASE enc")
    finally:
        plain.close()
    assert keyslots.looks_encrypted(path)
    db = open_database(path, key=key)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        with db.read_session() as session:
            assert session.execute(text("SELECT count(*) FROM persons")).scalar() > 0
    finally:
        db.close()
    [before] = (tmp_path / "backups").iterdir()   # the automatic .fpbak before the migration
    with zipfile.ZipFile(before) as container:
        copy = tmp_path / "again.db"
        copy.write_bytes(container.read("office.db"))
    assert keyslots.looks_encrypted(copy)
    con = dbapi_connect(copy, key)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        con.close()


def test_an_encrypted_file_without_its_key_file_is_explained(encrypted):
    path, _, _ = encrypted
    before = _digest(path)
    keyslots.keys_path(path).rename(path.with_name("elsewhere.keys"))
    with pytest.raises(DatabaseError, match="缺少它的密钥文件 office.db.keys"):
        open_database(path)
    assert _digest(path) == before
