"""Review findings on encryption at rest, through the real command line in a subprocess:
`encrypt` left the office's plain backups and before-restore files beside it without a word;
restoring a plain backup silently decrypted the office; restoring an encrypted backup brought
its old passwords and recovery code back without saying so."""

import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from fpdesk.db import keyslots

ROOT = Path(__file__).parents[2]


def fpdesk(*args, rc: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "fpdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)
    assert done.returncode == rc, done.stdout + done.stderr
    return done


@pytest.fixture
def office(tmp_path):
    """A plain office with a plain backup in backups/ and a before-restore file beside it."""
    from fpdesk.services.demo import create_demo

    path = tmp_path / "office.db"
    create_demo(path, persons=200, seed=4, on=date(2026, 11, 22))
    (tmp_path / "pw.txt").write_text("demo1234\n", encoding="utf-8")
    signed = ["--db", path, "--user", "admin", "--user-password-file", tmp_path / "pw.txt"]
    plain = Path(json.loads(fpdesk("backup", *signed, "--json").stdout)["path"])
    fpdesk("restore", plain, *signed)    # keeps office.db.before-restore-<time>, plain
    return path, signed, plain


def _id_number(path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id_number FROM persons WHERE id_number IS NOT NULL LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_encrypt_lists_every_plain_copy_and_removes_them_only_when_asked(office, tmp_path):
    path, signed, plain = office
    id_number = _id_number(path)
    kept = next(tmp_path.glob("office.db.before-restore-*"))
    with zipfile.ZipFile(plain) as zf:   # the review's finding: readable with unzip
        assert id_number.encode() in zf.read("office.db")

    out = fpdesk("encrypt", *signed).stdout
    assert keyslots.is_encrypted(path)
    for copy in (plain, kept):
        assert str(copy) in out and copy.exists()      # listed, never deleted silently
    assert "未加密" in out and "身份证号" in out
    assert f"fpdesk encrypt --remove-plain-copies --db {path} --user admin" in out

    # an encrypted backup made now is not a plain copy
    encrypted = Path(json.loads(fpdesk("backup", *signed, "--json").stdout)["path"])
    listed = json.loads(fpdesk("encrypt", *signed, "--remove-plain-copies", "--json").stdout)["removed"]
    assert set(listed) >= {str(plain), str(kept)}
    assert not plain.exists() and not kept.exists() and encrypted.exists()
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and not keyslots.looks_encrypted(p)
                 and p.suffix not in (".txt", ".keys", ".fpbak") and ".keys." not in p.name]
    assert leftovers == []
    assert "没有找到" in fpdesk("encrypt", *signed, "--remove-plain-copies").stdout


def test_a_plain_backup_over_an_encrypted_office_is_refused_unless_confirmed(office, tmp_path):
    path, signed, plain = office
    fpdesk("encrypt", *signed)
    keys, kept = keyslots.keys_path(path).read_bytes(), set(tmp_path.glob("office.db.before-restore-*"))
    refused = fpdesk("restore", plain, *signed, rc=1)
    assert "不再加密" in refused.stderr and "--decrypt-ok" in refused.stderr and "fpdesk encrypt" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert keyslots.is_encrypted(path) and keyslots.keys_path(path).read_bytes() == keys
    assert set(tmp_path.glob("office.db.before-restore-*")) == kept     # nothing was moved aside

    done = fpdesk("restore", plain, *signed, "--decrypt-ok")
    assert "不再加密" in done.stdout and f"fpdesk encrypt --db {path}" in done.stdout
    assert path.read_bytes()[:16] == keyslots.SQLITE_MAGIC and not keyslots.keys_path(path).exists()
    # back to encrypted, as the message says, removing the plain copies in the same run
    done = json.loads(fpdesk("encrypt", *signed, "--remove-plain-copies", "--json").stdout)
    assert keyslots.is_encrypted(path) and str(plain) in done["removed"] and done["plain_copies"] == []
    assert not plain.exists()


def test_restoring_an_encrypted_backup_says_passwords_and_code_revert(office, tmp_path):
    path, signed, _ = office
    fpdesk("encrypt", *signed)
    backup = Path(json.loads(fpdesk("backup", *signed, "--json").stdout)["path"])
    done = fpdesk("restore", backup, *signed, "--json")
    assert json.loads(done.stdout)["passwords_reverted"] is False     # the same key file: nothing reverts

    said = fpdesk("encrypt", *signed, "--new-recovery-code").stdout
    assert "仍能打开此前做的备份" in said and "删除此前的备份" in said
    new = json.loads(fpdesk("encrypt", *signed, "--new-recovery-code", "--json").stdout)["recovery_code"]
    backup = Path(json.loads(fpdesk("backup", *signed, "--json").stdout)["path"])
    older = sorted(path.parent.joinpath("backups").glob("*.fpbak"))
    old_backup = next(b for b in older if b != backup and json.loads(
        zipfile.ZipFile(b).read("meta.json")).get("keys"))
    out = fpdesk("restore", old_backup, *signed).stdout
    assert "回到备份时" in out and "恢复码" in out
    code = tmp_path / "code.txt"
    code.write_text(new + "\n", encoding="utf-8")
    # the code made after the backup no longer opens the office (as the texts now say)
    fpdesk("recover", "--db", path, "--user", "admin", "--recovery-code-file", code,
           "--password-file", tmp_path / "pw.txt", rc=1)


def test_an_account_without_a_key_slot_is_told_what_to_do(office, tmp_path):
    """An account that existed before `encrypt` but whose password was not given has no
    slot: not "wrong name or password", but what the administrator must do."""
    path, signed, _ = office
    (tmp_path / "li.txt").write_text("clerk1234\n", encoding="utf-8")
    (tmp_path / "li2.txt").write_text("clerk5678\n", encoding="utf-8")
    fpdesk("user", "add", "li", "--role", "clerk", "--password-file", tmp_path / "li.txt", *signed)
    out = fpdesk("encrypt", *signed).stdout
    assert "li" in out and "fpdesk user passwd" in out
    li = ["--db", path, "--user", "li", "--user-password-file", tmp_path / "li.txt"]
    refused = fpdesk("reminders", *li, rc=1)
    assert refused.stderr.count("\n") == 1
    assert "没有账户 li 的钥匙" in refused.stderr and "fpdesk user passwd li" in refused.stderr
    assert "用户名或密码错误" not in refused.stderr
    wrong = fpdesk("reminders", "--db", path, "--user", "admin", "--user-password-file", tmp_path / "li.txt", rc=1)
    assert "用户名或密码错误" in wrong.stderr        # a slot, a wrong password: as before
    fpdesk("user", "passwd", "li", "--password-file", tmp_path / "li2.txt", *signed)
    fpdesk("reminders", "--db", path, "--user", "li", "--user-password-file", tmp_path / "li2.txt",
           "--date", "2026-11-22")
