"""`fpdesk backup`, `restore` and `audit` run as real processes, killed at random moments too."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fpdesk.db import backup as files

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def office(small_demo, tmp_path):
    """A copy of the small demo, its admin password file, and the sign-in options."""
    path = tmp_path / "office" / "office.db"
    path.parent.mkdir()
    shutil.copy(small_demo, path)
    secret = tmp_path / "pw.txt"
    secret.write_text("demo1234\n", encoding="utf-8")
    return path, ["--db", str(path), "--user", "admin", "--user-password-file", str(secret)]


def fpdesk(*args, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "fpdesk", *args], env=ENV, capture_output=True,
                          text=True, timeout=300)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def start(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fpdesk", *args], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def query(path: Path, sql: str):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def living(path: Path) -> int:
    return query(path, "SELECT count(*) FROM persons WHERE deleted = 0")


def integrity(path: Path) -> str:
    return query(path, "PRAGMA integrity_check")


def thin_out(path: Path) -> None:
    """A change made after the backup: soft-delete a third of the people."""
    con = sqlite3.connect(path)
    con.execute("UPDATE persons SET deleted = 1 WHERE rowid % 3 = 0")
    con.commit()
    con.close()


def test_backup_change_restore_brings_the_backed_up_state_back(office, tmp_path):
    path, sign = office
    before = living(path)
    made = json.loads(fpdesk("backup", *sign, "--json").stdout)
    assert set(made) == {"path", "bytes", "sha256", "persons", "created_at"}
    assert made["persons"] == before
    assert made["sha256"] == hashlib.sha256(Path(made["path"]).read_bytes()).hexdigest()
    listed = fpdesk("backup", "--list", *sign).stdout
    assert Path(made["path"]).name in listed and f"{before} 人" in listed

    thin_out(path)
    changed = living(path)
    done = json.loads(fpdesk("restore", made["path"], *sign, "--json").stdout)
    assert living(path) == before
    kept = Path(done["kept_as"])
    assert kept.name.startswith("office.db.before-restore-") and living(kept) == changed
    assert integrity(path) == "ok"
    # the restore went into the restored database's audit chain, which still holds
    assert "审计日志完整" in fpdesk("audit", "verify", *sign).stdout
    assert "restore" in fpdesk("audit", *sign, "list", "--user", "admin").stdout
    # written the way every other command is, `list --user` is the filter: the message says so
    wrong = fpdesk("audit", "list", *sign, check=False)
    assert wrong.returncode == 1 and "筛选条件" in wrong.stderr and "fpdesk audit --user" in wrong.stderr


def test_a_corrupt_backup_is_refused_and_the_database_stays_byte_identical(office, tmp_path):
    path, sign = office
    made = json.loads(fpdesk("backup", *sign, "--json").stdout)
    data = bytearray(Path(made["path"]).read_bytes())
    data[len(data) // 2: len(data) // 2 + 32] = os.urandom(32)
    bad = tmp_path / "bad.fpbak"
    bad.write_bytes(bytes(data))
    before = path.read_bytes()
    done = fpdesk("restore", str(bad), *sign, check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "损坏" in done.stderr and "Traceback" not in done.stderr
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*before-restore*"))


def test_audit_verify_catches_an_edited_row(office):
    path, sign = office
    assert fpdesk("audit", "verify", *sign).returncode == 0
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET username = 'nobody' WHERE id = 1")
    con.commit()
    con.close()
    done = fpdesk("audit", "verify", *sign, check=False)
    assert done.returncode == 1 and "第 1 条" in done.stderr


def test_a_clerk_may_not_restore(office, tmp_path):
    path, sign = office
    made = json.loads(fpdesk("backup", *sign, "--json").stdout)
    secret = tmp_path / "clerk.txt"
    secret.write_text("clerk1234\n", encoding="utf-8")
    fpdesk("user", "add", "li", "--role", "clerk", "--password-file", str(secret), *sign)
    done = fpdesk("restore", made["path"], "--db", str(path), "--user", "li", "--user-password-file",
                  str(secret), check=False)
    assert done.returncode == 1 and "管理员" in done.stderr


# -- kill -9 at random moments ---------------------------------------------------------
def _kill_at_random(args, seconds: float, rng: random.Random, workdir: Path) -> bool:
    """Start the command, wait until its work begins (its first temp file beside the
    database), kill -9 at a random moment of the rest; True when it was killed."""
    files.clean_stale_temps(workdir)   # what the killed run before left (the next run would remove it)
    began = time.monotonic()
    process = start(*args)
    while process.poll() is None and not any(files.TEMP_MARK in p.name for p in workdir.iterdir()):
        time.sleep(0.005)
    left = max(0.0, seconds - (time.monotonic() - began))
    time.sleep(rng.uniform(0, left))
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return killed


def _timed(args) -> float:
    began = time.monotonic()
    fpdesk(*args)
    return time.monotonic() - began


def _no_partial_backup(folder: Path) -> None:
    for found in folder.iterdir():
        if files.TEMP_MARK in found.name:
            continue   # a killed run's temp file, never with the backup's name …
        files.verify_container(found)


def backup_trials(office, tmp_path, trials: int) -> None:
    path, sign = office
    dest = tmp_path / "stick"
    args = ["backup", *sign, "--folder", str(dest)]
    seconds = _timed(args)
    before = living(path)
    rng = random.Random(trials)
    killed = 0
    for _ in range(trials):
        killed += _kill_at_random(args, seconds, rng, path.parent)
        assert integrity(path) == "ok"
        assert living(path) == before
        _no_partial_backup(dest)
    assert killed >= trials // 2
    fpdesk(*args)   # … and the next backup clears what killed runs left
    assert not [p for p in dest.iterdir() if files.TEMP_MARK in p.name]
    assert not [p for p in path.parent.iterdir() if files.TEMP_MARK in p.name]


def restore_trials(office, tmp_path, trials: int) -> None:
    path, sign = office
    made = json.loads(fpdesk("backup", *sign, "--json").stdout)
    saved = living(path)
    rng = random.Random(trials)
    seconds = None
    killed = 0
    for _ in range(trials):
        thin_out(path)
        changed = living(path)
        args = ["restore", made["path"], *sign]
        if seconds is None:
            seconds = _timed(args)
            thin_out(path)
            changed = living(path)
        killed += _kill_at_random(args, seconds, rng, path.parent)
        assert integrity(path) == "ok"
        assert living(path) in (saved, changed)
    assert killed >= trials // 2
    fpdesk("restore", made["path"], *sign)
    assert living(path) == saved and integrity(path) == "ok"


def test_kill_during_backup_leaves_no_partial_backup(office, tmp_path):
    backup_trials(office, tmp_path, 3)


def test_kill_during_restore_leaves_the_old_or_the_new_database(office, tmp_path):
    restore_trials(office, tmp_path, 3)


@pytest.mark.slow
def test_kill_during_backup_many_times(office, tmp_path):
    backup_trials(office, tmp_path, 20)


@pytest.mark.slow
def test_kill_during_restore_many_times(office, tmp_path):
    restore_trials(office, tmp_path, 20)
