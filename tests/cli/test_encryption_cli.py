"""Encryption at rest through the real command line, in a subprocess."""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def fpdesk(*args, check_rc: int | None = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "fpdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)
    if check_rc is not None:
        assert done.returncode == check_rc, done.stderr
    return done


@pytest.fixture
def secrets_dir(tmp_path):
    files = {"demo": "demo1234", "wrong": "demo12345", "new": "brand-new-7", "clerk": "clerk1234"}
    for name, text in files.items():
        (tmp_path / f"{name}.pw").write_text(text + "\n", encoding="utf-8")
    return tmp_path


def test_encrypted_demo_opens_only_with_a_password(secrets_dir):
    db, pw = secrets_dir / "demo.db", secrets_dir
    out = fpdesk("demo", "--db", db, "--persons", 300, "--seed", 5, "--date", "20261122", "--encrypt").stdout
    assert "恢复码" in out
    assert stat.S_IMODE(Path(f"{db}.keys").stat().st_mode) == 0o600
    raw = db.read_bytes()
    assert b"SQLite format 3" not in raw and "和平镇".encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM persons").fetchone()

    refused = fpdesk("reminders", "--db", db, "--date", "20261122", check_rc=1)
    assert "已加密" in refused.stderr and "Traceback" not in refused.stderr
    wrong = fpdesk("reminders", "--db", db, "--user", "admin", "--user-password-file", pw / "wrong.pw",
                   check_rc=1)
    assert "用户名或密码错误" in wrong.stderr
    listed = fpdesk("reminders", "--db", db, "--date", "20261122", "--json", "--user", "admin",
                    "--user-password-file", pw / "demo.pw")
    assert isinstance(json.loads(listed.stdout), list)

    # a new clerk gets a slot; changing her password rewraps it
    fpdesk("user", "add", "li", "--password-file", pw / "clerk.pw", "--db", db,
           "--user", "admin", "--user-password-file", pw / "demo.pw")
    fpdesk("user", "passwd", "li", "--password-file", pw / "new.pw", "--db", db,
           "--user", "li", "--user-password-file", pw / "clerk.pw")
    fpdesk("user", "list", "--db", db, "--user", "li", "--user-password-file", pw / "clerk.pw", check_rc=1)
    fpdesk("user", "list", "--db", db, "--user", "li", "--user-password-file", pw / "new.pw")
    fpdesk("user", "remove", "li", "--db", db, "--user", "admin", "--user-password-file", pw / "demo.pw")
    assert [s["name"] for s in json.loads(Path(f"{db}.keys").read_text())["slots"]] == ["admin", ""]
    gone = fpdesk("user", "list", "--db", db, "--user", "li", "--user-password-file", pw / "new.pw", check_rc=1)
    assert "没有账户 li 的钥匙" in gone.stderr   # a removed user: no slot left


def test_encrypt_then_recover_after_every_password_is_lost(small_demo, secrets_dir):
    db, pw = secrets_dir / "office.db", secrets_dir
    shutil.copy(small_demo, db)
    con = sqlite3.connect(db)
    name, id_number = con.execute("SELECT name, id_number FROM persons WHERE id_number IS NOT NULL "
                                  "LIMIT 1").fetchone()
    con.close()

    done = fpdesk("encrypt", "--db", db, "--user", "admin", "--user-password-file", pw / "demo.pw", "--json")
    report = json.loads(done.stdout)
    assert report["plain_backup"] is None and report["without_slot"] == []
    raw = db.read_bytes()
    assert name.encode() not in raw and id_number.encode() not in raw
    fpdesk("encrypt", "--db", db, "--user", "admin", "--user-password-file", pw / "demo.pw", check_rc=1)

    # every password lost: the recovery code gives the administrator a new one
    (pw / "code.txt").write_text(report["recovery_code"] + "\n", encoding="utf-8")
    (pw / "bad-code.txt").write_text("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ\n", encoding="utf-8")
    bad = fpdesk("recover", "--db", db, "--user", "admin", "--recovery-code-file", pw / "bad-code.txt",
                 "--password-file", pw / "new.pw", check_rc=1)
    assert "恢复码不正确" in bad.stderr
    fpdesk("recover", "--db", db, "--user", "admin", "--recovery-code-file", pw / "code.txt",
           "--password-file", pw / "new.pw")
    fpdesk("user", "list", "--db", db, "--user", "admin", "--user-password-file", pw / "demo.pw", check_rc=1)
    users = fpdesk("user", "list", "--json", "--db", db, "--user", "admin", "--user-password-file", pw / "new.pw")
    assert [u["username"] for u in json.loads(users.stdout)] == ["admin"]


def test_check_backup_and_restore_work_on_an_encrypted_office(secrets_dir):
    db, pw = secrets_dir / "office.db", secrets_dir / "demo.pw"
    fpdesk("demo", "--db", db, "--persons", 300, "--seed", 6, "--date", "20261122", "--encrypt")
    sign = ("--db", db, "--user", "admin", "--user-password-file", pw)
    before = db.read_bytes()
    found = json.loads(fpdesk("check", *sign, "--date", "2026-11-22", "--json").stdout)
    assert found["integrity"] == "ok" and found["findings"]
    assert db.read_bytes() == before   # read-only through its key too

    made = json.loads(fpdesk("backup", *sign, "--json").stdout)
    container = Path(made["path"])
    assert "和平镇".encode() not in container.read_bytes()   # the backup stays encrypted
    persons = made["persons"]
    fpdesk("user", "add", "zhao", "--password-file", secrets_dir / "clerk.pw", *sign)
    restored = json.loads(fpdesk("restore", container, *sign, "--json").stdout)
    assert restored["persons"] == persons and Path(restored["kept_as"]).exists()
    listed = fpdesk("user", "list", *sign, "--json").stdout
    assert "zhao" not in listed   # the account added after the backup is gone with the restore
