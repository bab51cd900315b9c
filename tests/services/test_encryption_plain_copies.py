"""The plaintext copies fpdesk itself leaves beside an office (found, listed, removed only
when asked), and the restore of a plain backup over an encrypted office (refused unless confirmed)."""

import shutil

import pytest

from fpdesk.db import keyslots
from fpdesk.db.schema import open_database
from fpdesk.services import backup, encryption
from fpdesk.services.encryption import EncryptionError
from tests.conftest import ADMIN


@pytest.fixture
def office(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    return path


def test_every_plain_copy_is_found_and_nothing_else(office, tmp_path):
    db = open_database(office)
    try:
        plain = backup.back_up(db, ADMIN).path                       # backups/<code>-<time>.fpbak
        with pytest.raises(EncryptionError, match="未加密"):        # a plain office's only backups
            encryption.remove_plain_copies(db, ADMIN)
    finally:
        db.close()
    kept = backup.restore(office, plain, ADMIN).kept_as              # office.db.before-restore-<time>
    shutil.copy(kept, f"{kept}-wal")                                 # a damaged file moved aside whole
    (tmp_path / "backups" / "notes.fpbak").write_text("not a backup")  # not ours: left alone
    done = encryption.encrypt_file(office, {"admin": "demo1234"}, keep_plain_backup=True)
    found = {c.path: c.kind for c in done.plain_copies}
    assert found == {plain: "backup", kept: "before-restore", kept.with_name(f"{kept.name}-wal"): "before-restore",
                     done.backup: "before-encrypt"}
    assert all(c.label for c in done.plain_copies)

    db, actor = encryption.open_with_password(office, "admin", "demo1234")
    try:
        encrypted = backup.back_up(db, actor).path
        assert encrypted not in {c.path for c in encryption.plain_copies(office)}
        removed = encryption.remove_plain_copies(db, actor)
        assert set(removed) == set(found)
        assert encryption.plain_copies(office) == []
        with db.read_session() as session:
            from fpdesk.services import audit

            assert any(r.action == "plain_copies_removed" for r in audit.entries(session))
    finally:
        db.close()
    assert encrypted.exists() and (tmp_path / "backups" / "notes.fpbak").exists()
    assert keyslots.is_encrypted(office)


def test_a_plain_backup_over_an_encrypted_office_needs_confirmation(office):
    db = open_database(office)
    try:
        plain = backup.back_up(db, ADMIN).path
    finally:
        db.close()
    done = encryption.encrypt_file(office, {"admin": "demo1234"})
    staged = backup.stage(office, plain)
    try:
        assert backup.decrypts(office, staged)
        with pytest.raises(backup.WouldDecrypt, match="不再加密"):
            backup.restore(office, staged, ADMIN, key=done.key)
    finally:
        staged.discard()
    assert keyslots.is_encrypted(office)
    backup.restore(office, plain, ADMIN, key=done.key, decrypt_ok=True)
    assert not keyslots.looks_encrypted(office) and not keyslots.keys_path(office).exists()


def test_an_account_without_a_slot_is_told_to_ask_an_administrator(office):
    db = open_database(office)
    try:
        encryption.add_user(db, ADMIN, "li", "clerk1234", "clerk")
    finally:
        db.close()
    encryption.encrypt_file(office, {"admin": "demo1234"})
    from fpdesk.services import auth

    with pytest.raises(auth.AuthError, match="没有账户 li 的钥匙.*fpdesk user passwd li"):
        encryption.open_with_password(office, "li", "clerk1234")
    with pytest.raises(auth.AuthError, match="^用户名或密码错误$"):
        encryption.open_with_password(office, "admin", "clerk1234")
    db, actor = encryption.open_with_password(office, "admin", "demo1234")   # the refusals are audited
    try:
        with db.read_session() as session:
            from fpdesk.services import audit

            failed = [r.username for r in audit.entries(session) if r.action == "login_failed"]
        assert {"li", "admin"} <= set(failed)
    finally:
        db.close()
