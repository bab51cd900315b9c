"""Review findings on backup and restore (issue 14), each reproduced through the real CLI:
a backup written over the database or another file, two backups in one second under one
name, stray temp files of killed runs, English or misleading messages, a before-restore
backup of an office whose restore is then refused, and files left readable by others."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from fpdesk.db import backup as files
from tests.faults.conftest import cli_env, content, integrity, leave_free, run_cli, sha


def _one_line_refusal(done) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def _audited_backups(db: Path) -> list[dict]:
    con = sqlite3.connect(db)
    try:
        return [json.loads(d) for (d,) in con.execute("SELECT detail FROM audit_log WHERE action = 'backup'")]
    finally:
        con.close()


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and "tmp" in p.name)


# -- 1. --out never overwrites ---------------------------------------------------------------
@pytest.mark.parametrize("target", ["demo.db", "demo.db-wal", "demo.db-shm", "demo.db.keys",
                                    "sub/../demo.db", "notes.txt"])
def test_backup_out_never_overwrites_the_database_its_companions_or_any_file(target, demo_copy, signed):
    folder = demo_copy.parent
    (folder / "sub").mkdir()
    notes = folder / "notes.txt"
    notes.write_text("the clerk's own notes\n", encoding="utf-8")
    others = lambda: {p.name: sha(p) for p in folder.iterdir() if p.is_file() and not p.name.startswith("demo.db")}
    before = others()
    done = run_cli("backup", "--out", folder / target, "--db", demo_copy, *signed)
    message = _one_line_refusal(done)
    assert "覆盖" in message or "数据库文件" in message
    assert others() == before    # nothing new, nothing changed
    assert not files.keys_path(demo_copy).exists()
    assert demo_copy.read_bytes()[:16] == b"SQLite format 3\x00" and integrity(demo_copy) == "ok"


def test_backup_out_to_a_new_file_still_works(demo_copy, signed, tmp_path):
    out = tmp_path / "stick" / "mine.fpbak"
    done = run_cli("backup", "--out", out, "--db", demo_copy, *signed, "--json")
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["path"]) == out and files.verify_container(out)
    _one_line_refusal(run_cli("backup", "--out", out, "--db", demo_copy, *signed))   # not twice


# -- 2. two backups in the same second -------------------------------------------------------
def test_concurrent_backups_each_keep_their_own_file(demo_copy, signed, tmp_path):
    stick = tmp_path / "stick"
    runs = 4
    processes = [subprocess.Popen([sys.executable, "-m", "fpdesk", "backup", "--folder", str(stick),
                                   "--db", str(demo_copy), *signed, "--json"], env=cli_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(runs)]
    reported = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        reported.append(json.loads(out)["path"])
    assert len(set(reported)) == runs
    assert sorted(p.name for p in stick.glob("*.fpbak")) == sorted(Path(p).name for p in reported)
    for path in reported:
        files.verify_container(Path(path))
    audited = [a["path"] for a in _audited_backups(demo_copy)]
    assert len(set(audited)) == len(audited) == runs


def test_two_backups_with_the_same_name_never_overwrite(tmp_path):
    from fpdesk.durable import place_new

    final, tmp = tmp_path / "a.fpbak", tmp_path / ".a.fpbak.tmp"
    final.write_bytes(b"first")
    tmp.write_bytes(b"second")
    with pytest.raises(FileExistsError):
        place_new(tmp, final)
    assert final.read_bytes() == b"first" and tmp.read_bytes() == b"second"
    place_new(tmp, tmp_path / "b.fpbak")
    assert not tmp.exists() and (tmp_path / "b.fpbak").read_bytes() == b"second"


# -- 3. stray temp files of killed runs, whatever their name ---------------------------------
def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fpdesk", *map(str, args)], env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_once_a_temp_appears(process: subprocess.Popen, folder: Path) -> bool:
    deadline = time.monotonic() + 120
    while process.poll() is None and not _temps(folder) and time.monotonic() < deadline:
        time.sleep(0.002)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def _dead_pid() -> int:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    return gone.pid


def test_every_stale_temp_in_the_folder_is_removed_by_export_and_backup(demo_copy, signed, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    killed = 0
    for name in ("k1.fpx", "k2.fpx"):
        killed += _kill_once_a_temp_appears(_start("export", "--out", stick / name, "--full",
                                                   "--db", demo_copy, *signed), stick)
    killed += _kill_once_a_temp_appears(_start("backup", "--folder", stick, "--db", demo_copy, *signed), stick)
    assert killed, "no run was killed while writing"
    dead = _dead_pid()
    left_earlier = [f".k3.fpx.{dead}.tmp", f".k4.fpx.{dead}.enc.tmp", f".x.fpbak.fpdesk-tmp-{dead}",
                    f".y.fpbak.fpdesk-tmp-{dead}-3"]
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:   # a temp file of a running process (another fpdesk at work) is left alone
        running = [f".k5.fpx.{sleeper.pid}.tmp", f".z.fpbak.fpdesk-tmp-{sleeper.pid}-0"]
        for name in left_earlier + running:
            (stick / name).write_bytes(b"partial")
        (stick / "notes.tmp").write_text("not ours\n", encoding="utf-8")
        done = run_cli("export", "--out", stick / "other.fpx", "--full", "--db", demo_copy, *signed)
        assert done.returncode == 0, done.stderr
        assert _temps(stick) == sorted(running)
        for name in left_earlier:
            (stick / name).write_bytes(b"partial")
        done = run_cli("backup", "--folder", stick, "--db", demo_copy, *signed)
        assert done.returncode == 0, done.stderr
        assert _temps(stick) == sorted(running)
        assert (stick / "notes.tmp").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


# -- 4. messages ----------------------------------------------------------------------------
def test_backup_to_a_full_stick_says_the_disk_is_full(small_disk, demo_copy, signed):
    stick = small_disk(256)
    before = content(demo_copy, skip=("audit_log",))
    message = _one_line_refusal(run_cli("backup", "--folder", stick, "--db", demo_copy, *signed))
    assert "磁盘已满" in message and "No space" not in message and "损坏" not in message
    assert list(stick.iterdir()) == []
    assert content(demo_copy, skip=("audit_log",)) == before


def test_restore_with_little_space_blames_the_disk_not_the_backup(small_disk, demo_copy, signed, tmp_path):
    made = tmp_path / "made.fpbak"
    assert run_cli("backup", "--out", made, "--db", demo_copy, *signed).returncode == 0
    disk = small_disk(24 * 1024)
    path = disk / "office.db"
    shutil.copy(demo_copy, path)
    leave_free(disk, 3 * 1024)
    before = sha(path)
    message = _one_line_refusal(run_cli("restore", made, "--db", path, *signed))
    assert "磁盘已满" in message and "无法读取备份" not in message and "No space" not in message
    (disk / "filler").unlink()
    assert sha(path) == before and integrity(path) == "ok"


def _member_offset(path: Path, member: str) -> tuple[int, int]:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    with open(path, "rb") as fh:
        fh.seek(info.header_offset + 26)
        name_len, extra_len = int.from_bytes(fh.read(2), "little"), int.from_bytes(fh.read(2), "little")
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


@pytest.fixture
def made(demo_copy, signed, tmp_path):
    out = tmp_path / "made.fpbak"
    assert run_cli("backup", "--out", out, "--db", demo_copy, *signed).returncode == 0
    return out


def test_corrupt_truncated_and_text_backups_are_refused_in_chinese(made, demo_copy, signed, tmp_path):
    start, size = _member_offset(made, files.DATABASE)
    data = bytearray(made.read_bytes())
    data[start + size // 2] ^= 0xFF
    crc = tmp_path / "crc.fpbak"
    crc.write_bytes(bytes(data))
    cut = tmp_path / "cut.fpbak"
    cut.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    text = tmp_path / "text.fpbak"
    text.write_text("这不是备份\n" * 50, encoding="utf-8")
    before = sha(demo_copy)
    for bad, expected in ((crc, "校验和不符"), (cut, "不是 fpdesk 备份文件（不是 ZIP 文件）"),
                          (text, "不是 fpdesk 备份文件（不是 ZIP 文件）")):
        message = _one_line_refusal(run_cli("restore", bad, "--db", demo_copy, *signed))
        assert expected in message, message
        assert "CRC" not in message and "zip file" not in message
    assert sha(demo_copy) == before


def test_list_verify_finds_a_backup_with_a_bad_crc(made, demo_copy, signed, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(made, stick / "good.fpbak")
    start, size = _member_offset(made, files.DATABASE)
    data = bytearray(made.read_bytes())
    data[start + size // 2] ^= 0xFF
    (stick / "bad.fpbak").write_bytes(bytes(data))
    quick = run_cli("backup", "--list", "--folder", stick, "--json", "--db", demo_copy, *signed)
    assert quick.returncode == 0 and [b["problem"] for b in json.loads(quick.stdout)] == [None, None]
    checked = run_cli("backup", "--list", "--verify", "--folder", stick, "--json", "--db", demo_copy, *signed)
    assert checked.returncode == 1, checked.stderr
    problems = {Path(b["path"]).name: b["problem"] for b in json.loads(checked.stdout)}
    assert problems["good.fpbak"] is None and "校验和不符" in problems["bad.fpbak"]


# -- 5. status from files that exist ---------------------------------------------------------
def test_a_copy_of_the_database_does_not_inherit_its_backups(small_demo, signed, tmp_path, monkeypatch):
    from fpdesk.db.schema import open_database
    from fpdesk.services import backup

    office = tmp_path / "office"
    office.mkdir()
    shutil.copy(small_demo, office / "office.db")
    # the reviewer's run: the CLI in the office's folder, the database named relatively
    done = subprocess.run([sys.executable, "-m", "fpdesk", "backup", "--db", "office.db", *signed],
                          cwd=office, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [entry] = _audited_backups(office / "office.db")
    assert Path(entry["path"]).is_absolute() and Path(entry["path"]).exists()
    copy = tmp_path / "copy"
    (copy / "backups").mkdir(parents=True)
    shutil.copy(office / "office.db", copy / "office.db")
    monkeypatch.chdir(office)      # the GUI started from the original's folder
    for path, backed_up in ((copy / "office.db", False), (office / "office.db", True)):
        db = open_database(path)
        try:
            assert (backup.status(db).last_at is not None) is backed_up, path
        finally:
            db.close()


def test_old_relative_entries_are_judged_beside_the_database(demo_copy, tmp_path, monkeypatch):
    from fpdesk.db.schema import open_database
    from fpdesk.services import audit, backup
    from fpdesk.services.context import SYSTEM

    made = files.write_backup(demo_copy, demo_copy.parent / "stick" / "old.fpbak")
    db = open_database(demo_copy)
    try:
        with db.session() as session:   # what an older version recorded: relative to its working folder
            audit.record(session, SYSTEM, "backup", detail={"path": "stick/old.fpbak",
                                                            "device": made.path.parent.stat().st_dev})
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)
        assert backup.status(db).last_at is not None         # found beside the database
        (elsewhere / "stick").mkdir()
        made.path.rename(elsewhere / "stick" / "old.fpbak")
        assert backup.status(db).last_at is None             # never beside the working folder
    finally:
        db.close()


# -- 6. permissions ----------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_office_left_readable_by_others_is_made_owner_only(demo_copy, signed):
    con = sqlite3.connect(demo_copy)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE keep_wal (x)")   # a WAL and shm on disk, as an older version left them
    con.execute("DROP TABLE keep_wal")
    companions = [demo_copy, Path(f"{demo_copy}-wal"), Path(f"{demo_copy}-shm")]
    for path in companions:
        os.chmod(path, 0o644)
    done = run_cli("backup", "--db", demo_copy, *signed)
    con.close()
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o600
    for path in companions[1:]:
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_encrypt_keeps_the_backups_folder_and_key_slots_owner_only(demo_copy, signed):
    done = run_cli("encrypt", "--db", demo_copy, *signed, "--json")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((demo_copy.parent / "backups").stat().st_mode) == 0o700
    keys = files.keys_path(demo_copy)
    os.chmod(demo_copy, 0o644)
    os.chmod(keys, 0o644)
    assert run_cli("backup", "--db", demo_copy, *signed).returncode == 0
    assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600


# -- 7. the office is checked before the before-restore backup ---------------------------------
def test_a_refused_other_office_restore_writes_no_backup_first(demo_copy, signed, tmp_path):
    other = tmp_path / "other" / "other.db"
    other.parent.mkdir()
    shutil.copy(demo_copy, other)
    con = sqlite3.connect(other)
    con.execute("UPDATE settings SET value = '\"610628102000\"' WHERE key = 'office_region_code'")
    con.commit()
    con.close()
    theirs = tmp_path / "theirs.fpbak"
    assert run_cli("backup", "--out", theirs, "--db", other, *signed).returncode == 0
    before = sha(demo_copy)
    message = _one_line_refusal(run_cli("restore", theirs, "--db", demo_copy, *signed))
    assert "--other-office" in message
    assert not (demo_copy.parent / "backups").exists() or not list((demo_copy.parent / "backups").iterdir())
    assert sha(demo_copy) == before
    done = run_cli("restore", theirs, "--other-office", "--db", demo_copy, *signed)
    assert done.returncode == 0, done.stderr
    assert len(list((demo_copy.parent / "backups").glob("*.fpbak"))) == 1   # the before-restore one
