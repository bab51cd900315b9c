"""Sign-ins an encrypted office's key slot refused (before the file opened) reach
the audit log at the next successful sign-in — in process and through the CLI."""

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from fpdesk.db.models import AuditEntry
from fpdesk.services import audit, auth, encryption, signin_failures

ROOT = Path(__file__).parents[2]


@pytest.fixture
def office(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    encryption.encrypt_file(path, {"admin": "demo1234"})
    return path


def refused_entries(db) -> list[dict]:
    with db.read_session() as session:
        rows = session.execute(select(AuditEntry.username, AuditEntry.detail)
                               .where(AuditEntry.action == "login_failed")).all()
    return [{"user": user, **json.loads(detail)} for user, detail in rows
            if signin_failures.REASON in (detail or "")]


def test_refused_attempts_are_audited_at_the_next_sign_in(office):
    for name, password in (("admin", "wrong-pass1"), ("mallory", "guess12345")):
        with pytest.raises(auth.AuthError):
            encryption.open_with_password(office, name, password)
    with pytest.raises(encryption.WrongSecret):
        encryption.open_with_recovery(office, "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")
    pending = signin_failures.pending_path(office)
    assert stat.S_IMODE(pending.stat().st_mode) == 0o600
    assert b"wrong-pass1" not in pending.read_bytes() and b"ZZZZZ" not in pending.read_bytes()

    db, _actor = encryption.open_with_password(office, "admin", "demo1234")
    try:
        found = refused_entries(db)
        assert [e["user"] for e in found] == ["admin", "mallory", signin_failures.RECOVERY_CODE]
        assert all(e["attempted_at"] for e in found)
        assert not pending.exists()
        with db.read_session() as session:
            assert audit.verify(session).intact
        auth.authenticate(db, "admin", "demo1234")     # nothing more to write
        assert len(refused_entries(db)) == 3
    finally:
        db.close()


def test_a_crash_after_the_commit_does_not_write_them_twice(office):
    with pytest.raises(auth.AuthError):
        encryption.open_with_password(office, "admin", "wrong-pass1")
    pending = signin_failures.pending_path(office)
    kept = pending.read_bytes()
    db, _actor = encryption.open_with_password(office, "admin", "demo1234")
    try:
        pending.write_bytes(kept + b'{"torn line\n')  # as if the removal never happened
        auth.authenticate(db, "admin", "demo1234")
        assert len(refused_entries(db)) == 1 and not pending.exists()
    finally:
        db.close()


def test_a_flood_is_capped_and_said_so(office, monkeypatch):
    monkeypatch.setattr(signin_failures, "MAX_BYTES", 300)
    for _ in range(8):
        signin_failures.note(office, "admin")
    assert signin_failures.pending_path(office).stat().st_size < 300 + 200
    db, _actor = encryption.open_with_password(office, "admin", "demo1234")
    try:
        found = refused_entries(db)
        assert 1 < len(found) < 8 and found[-1].get("more_attempts_not_noted") is True
    finally:
        db.close()


def test_the_command_line_notes_them_too(office, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / "wrong.txt").write_text("wrong-pass1\n", encoding="utf-8")
    (tmp_path / "pw.txt").write_text("demo1234\n", encoding="utf-8")

    def run(password_file, rc):
        done = subprocess.run([sys.executable, "-m", "fpdesk", "--db", str(office), "--user", "admin",
                               "--user-password-file", str(password_file), "user", "list"],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == rc, done.stderr
    run(tmp_path / "wrong.txt", 1)
    assert signin_failures.pending_path(office).exists()
    run(tmp_path / "pw.txt", 0)
    assert not signin_failures.pending_path(office).exists()
    db, _actor = encryption.open_with_password(office, "admin", "demo1234")
    try:
        assert [e["user"] for e in refused_entries(db)] == ["admin"]
    finally:
        db.close()
