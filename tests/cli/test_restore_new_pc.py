"""The clerk's PC died: an encrypted backup on a USB stick is restored on a new PC
(no office there) with its own passwords or its recovery code — the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from fpdesk.services import encryption

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def fpdesk(*args, rc: int = 0) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "fpdesk", *map(str, args)], env=ENV, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert done.returncode == rc, done.stderr
    return done


def uids(path: Path, password: str = "demo1234") -> set[str]:
    """The living persons of an encrypted office, opened with admin's password."""
    db, _actor = encryption.open_with_password(path, "admin", password)
    try:
        with db.read_session() as session:
            return set(session.scalars(text("SELECT uid FROM persons WHERE deleted = 0")))
    finally:
        db.close()


def encrypted_demo(folder: Path, township: str = "610628101000", seed: int = 7) -> tuple[Path, str]:
    db = folder / "office.db"
    folder.mkdir(parents=True)
    out = fpdesk("demo", "--db", db, "--persons", 300, "--seed", seed, "--date", "20261122",
                 "--encrypt", "--township", township).stdout
    return db, re.search(r"恢复码（示范用）：(\S+)", out)[1]


@pytest.fixture(scope="module")
def stick(tmp_path_factory):
    """An encrypted demo's backup, alone on a 'USB stick'; the dead PC's persons; its recovery code."""
    root = tmp_path_factory.mktemp("old-pc")
    db, code = encrypted_demo(root / "office")
    (root / "pw.txt").write_text("demo1234\n", encoding="utf-8")
    made = json.loads(fpdesk("backup", "--db", db, "--user", "admin", "--user-password-file",
                             root / "pw.txt", "--json").stdout)
    usb = root / "usb"
    usb.mkdir()
    backup = usb / Path(made["path"]).name
    Path(made["path"]).rename(backup)
    return backup, uids(db), code


@pytest.fixture
def secrets(tmp_path):
    for name, value in {"pw": "demo1234", "wrong": "demo12345", "other": "other-pass9"}.items():
        (tmp_path / f"{name}.txt").write_text(value + "\n", encoding="utf-8")
    return tmp_path


def test_a_new_pc_restores_an_encrypted_backup_with_the_users_password(stick, secrets, tmp_path):
    backup, persons, _code = stick
    new = tmp_path / "new-pc" / "office.db"
    done = fpdesk("restore", backup, "--db", new, "--user", "admin", "--user-password-file",
                  secrets / "pw.txt", "--json")
    report = json.loads(done.stdout)
    assert report["kept_as"] is None and report["own_passwords"] is True
    assert Path(f"{new}.keys").exists()
    assert uids(new) == persons                   # the office opens with the same password
    listed = fpdesk("user", "list", "--db", new, "--user", "admin", "--user-password-file", secrets / "pw.txt",
                    "--json")
    assert [u["username"] for u in json.loads(listed.stdout)] == ["admin"]
    sign = ("--db", new, "--user", "admin", "--user-password-file", secrets / "pw.txt")
    entries = json.loads(fpdesk(*sign, "audit", "list", "--json").stdout)
    assert [e for e in entries if e["action"] == "restore"]
    fpdesk(*sign, "audit", "verify")


def test_a_new_pc_restores_with_the_recovery_code(stick, secrets, tmp_path):
    backup, persons, code = stick
    (tmp_path / "code.txt").write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    new = tmp_path / "new-pc" / "office.db"
    fpdesk("restore", backup, "--db", new, "--recovery-code-file", tmp_path / "code.txt")
    assert uids(new) == persons                   # the passwords are the backup's


def test_a_wrong_password_or_code_is_refused_and_nothing_is_created(stick, secrets, tmp_path):
    backup, _persons, _code = stick
    before = backup.read_bytes()
    new = tmp_path / "new-pc" / "office.db"
    wrong = fpdesk("restore", backup, "--db", new, "--user", "admin", "--user-password-file",
                   secrets / "wrong.txt", rc=1)
    assert "用户名或密码错误" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    (tmp_path / "code.txt").write_text("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ\n", encoding="utf-8")
    bad = fpdesk("restore", backup, "--db", new, "--recovery-code-file", tmp_path / "code.txt", rc=1)
    assert "恢复码不正确" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    nobody = fpdesk("restore", backup, "--db", new, rc=1)
    assert "--recovery-code-file" in nobody.stderr
    assert not new.parent.exists()
    assert backup.read_bytes() == before

    new.parent.mkdir()
    new.touch()                                   # --db names an empty file: the same
    fpdesk("restore", backup, "--db", new, "--user", "admin", "--user-password-file", secrets / "wrong.txt", rc=1)
    assert sorted(p.name for p in new.parent.iterdir()) == ["office.db"] and new.stat().st_size == 0


def test_an_office_created_again_takes_the_backup_with_its_own_passwords(stick, secrets, tmp_path):
    """Another encrypted office (another key) is here: its admin signs in, the backup
    opens with its own slots, and another township needs --other-office."""
    backup, persons, _code = stick
    here, _ = encrypted_demo(tmp_path / "office", township="610628102000", seed=8)
    fpdesk("user", "passwd", "admin", "--password-file", secrets / "other.txt", "--db", here,
           "--user", "admin", "--user-password-file", secrets / "pw.txt")
    sign = ("--db", here, "--user", "admin", "--user-password-file", secrets / "other.txt")
    refused = fpdesk("restore", backup, *sign, rc=1)      # the backup's admin has another password
    assert "用户名或密码错误" in refused.stderr
    other = fpdesk("restore", backup, *sign, "--backup-password-file", secrets / "pw.txt", rc=1)
    assert "--other-office" in other.stderr
    done = fpdesk("restore", backup, *sign, "--backup-password-file", secrets / "pw.txt", "--other-office")
    assert "备份时的用户名和密码" in done.stdout
    assert uids(here) == persons                  # opens with the backup's password now
    kept = list(here.parent.glob("office.db.keys.before-restore-*"))
    assert len(kept) == 1 and list(here.parent.glob("office.db.before-restore-*"))
