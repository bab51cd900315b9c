"""Backup and restore (FORMATS.md §7) through the service, on real files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from fpdesk.db import backup as files
from fpdesk.db.schema import backup_file, open_database
from fpdesk.services import backup
from fpdesk.services.context import Actor

ADMIN = Actor("admin", "admin")


@pytest.fixture
def demo(small_demo, tmp_path):
    path = backup_file(small_demo, tmp_path / "office" / "office.db")
    database = open_database(path)
    yield database
    database.close()


def persons(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM persons WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_verified_private_and_described(demo):
    info = backup.back_up(demo, ADMIN)
    assert info.path.parent == demo.path.parent / "backups"
    assert files.NAME.match(info.path.name)["office"] == "610628101000"
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert info.persons == persons(demo.path) > 2000
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    meta = files.read_meta(info.path)
    assert (meta["office_name"], meta["schema_revision"], meta["persons"]) == ("和平镇", files.describe(demo.path)[
        "schema_revision"], info.persons)
    [listed] = backup.list_backups(info.path.parent)
    assert (listed.path, listed.persons, listed.problem) == (info.path, info.persons, None)
    assert not [p for p in info.path.parent.iterdir() if p != info.path]   # no temp files left
    assert not [p for p in demo.path.parent.iterdir() if files.TEMP_MARK in p.name]


def test_backup_then_change_then_restore_brings_the_state_back(demo, tmp_path):
    before = persons(demo.path)
    info = backup.back_up(demo, ADMIN, folder=tmp_path / "stick")
    with demo.session() as session:
        session.execute(__import__("sqlalchemy").text("UPDATE persons SET deleted = 1 WHERE rowid % 2 = 0"))
    changed = persons(demo.path)
    assert changed < before
    demo.close()
    result = backup.restore(demo.path, info.path, ADMIN)
    assert persons(demo.path) == before
    assert persons(result.kept_as) == changed
    assert result.kept_as.name.startswith("office.db.before-restore-")
    reopened = open_database(demo.path)
    try:
        backup.record_restore(reopened, ADMIN, result, info.path)
    finally:
        reopened.close()
    con = sqlite3.connect(demo.path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_a_corrupt_backup_is_refused_and_the_database_stays_byte_identical(demo, tmp_path):
    info = backup.back_up(demo, ADMIN, folder=tmp_path / "stick")
    demo.close()
    before = demo.path.read_bytes()
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = os.urandom(64)
    info.path.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="损坏"):
        backup.restore(demo.path, info.path, ADMIN)
    assert demo.path.read_bytes() == before
    assert not list(demo.path.parent.glob("*before-restore*"))
    assert not [p for p in demo.path.parent.iterdir() if files.TEMP_MARK in p.name]


@pytest.mark.parametrize("content", [b"", b"just some text\n" * 100, b"PK\x03\x04 truncated"])
def test_files_that_are_not_backups_are_refused(demo, tmp_path, content):
    bad = tmp_path / "bad.fpbak"
    bad.write_bytes(content)
    demo.close()
    before = demo.path.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore(demo.path, bad, ADMIN)
    assert demo.path.read_bytes() == before


def test_a_backup_from_a_newer_program_is_refused(demo, tmp_path):
    newer = backup_file(demo.path, tmp_path / "newer.db")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    info = files.write_backup(newer, tmp_path / "newer.fpbak")
    demo.close()
    with pytest.raises(backup.BackupError, match="比本程序新"):
        backup.restore(demo.path, info.path, ADMIN)


def test_another_offices_backup_needs_confirmation(demo, tmp_path):
    other = backup_file(demo.path, tmp_path / "other.db")
    con = sqlite3.connect(other)
    con.execute("UPDATE settings SET value = '\"610628102000\"' WHERE key = 'office_region_code'")
    con.commit()
    con.close()
    info = files.write_backup(other, tmp_path / "other.fpbak")
    demo.close()
    with pytest.raises(backup.OtherOffice):
        backup.restore(demo.path, info.path, ADMIN)
    backup.restore(demo.path, info.path, ADMIN, other_office_ok=True)
    assert files.describe(demo.path)["office_code"] == "610628102000"


def test_key_slots_travel_inside_the_backup(demo, tmp_path):
    slots = files.keys_path(demo.path)
    slots.write_bytes(b"slot-data-v1")
    info = backup.back_up(demo, ADMIN, folder=tmp_path / "stick")
    assert zipfile.ZipFile(info.path).read(files.KEYS) == b"slot-data-v1"
    slots.write_bytes(b"slot-data-v2")
    demo.close()
    backup.restore(demo.path, info.path, ADMIN)
    assert slots.read_bytes() == b"slot-data-v1"
    assert [p.read_bytes() for p in demo.path.parent.glob("office.db.keys.before-restore-*")] == [b"slot-data-v2"]


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2024, 1, 1, 18, 0)
    stamps = [start + timedelta(days=d, hours=h) for d in range(800) for h in (0, 1)]
    kept = sorted(backup.keep(stamps), reverse=True)
    newest = stamps[-1]
    assert kept[:7] == [newest - timedelta(days=d) for d in range(7)]    # the newest of each day
    weeks = {k.isocalendar()[:2] for k in kept}
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert min(kept) > newest - timedelta(days=366)
    assert len(kept) <= 7 + 4 + 12


def test_rotate_deletes_only_what_is_not_kept(tmp_path):
    for day in range(30):
        (tmp_path / files.file_name("610628101000", datetime(2026, 10, 1) + timedelta(days=day))).write_bytes(b"x")
    (tmp_path / "my-own-copy.fpbak").write_bytes(b"x")
    removed = backup.rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) + len(removed) == 31
    assert backup.rotate(tmp_path, datetime(2026, 10, 31)) == []
    assert "my-own-copy.fpbak" in left
    # the last 7 days, and the newest of the two ISO weeks before them (October's newest is the 30th)
    assert left == ["610628101000-202610%s-000000.fpbak" % d for d in ("11", "18", *map(str, range(24, 31)))] + [
        "my-own-copy.fpbak"]


def test_rotation_keeps_every_backup_of_the_last_day(demo):
    made = [backup.back_up(demo, ADMIN) for _ in range(2)]
    assert all(info.path.exists() for info in made)


def test_daily_backup_at_most_once_a_day(demo):
    first = backup.daily(demo, ADMIN)
    assert first is not None and first.reason == "daily"
    assert backup.daily(demo, ADMIN) is None


def test_status_warns_until_a_recent_backup_exists(demo, tmp_path):
    assert backup.status(demo).stale
    backup.back_up(demo, ADMIN)
    state = backup.status(demo)
    assert not state.stale and state.all_on_database_disk and state.days_since == 0
    assert backup.status(demo, datetime.now().astimezone() + timedelta(days=8)).stale


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a second file system")
def test_status_knows_a_backup_on_another_disk(demo, tmp_path):
    if os.stat("/dev/shm").st_dev == demo.path.stat().st_dev:
        pytest.skip("/dev/shm is on the database's disk here")
    backup.back_up(demo, ADMIN)
    assert backup.status(demo).all_on_database_disk
    stick = Path("/dev/shm") / f"fpdesk-test-{os.getpid()}"
    try:
        info = backup.back_up(demo, ADMIN, folder=stick)
        info.path.unlink()                    # the stick is unplugged: still known from the audit log
        assert not backup.status(demo).all_on_database_disk
    finally:
        for p in stick.glob("*"):
            p.unlink()
        stick.rmdir()


def test_backup_before_an_import_skips_an_empty_database(tmp_path):
    empty = open_database(tmp_path / "new.db", create=True)
    try:
        assert backup.before(empty, None, "import") is None
    finally:
        empty.close()


def test_daily_uses_today(demo):
    assert backup.daily(demo, ADMIN, date.today()) is not None


def test_a_restore_is_refused_while_another_program_has_the_database_open(demo, tmp_path):
    info = backup.back_up(demo, ADMIN, folder=tmp_path / "stick")
    with demo.read_session() as session:     # the GUI: a pooled connection stays open
        session.execute(__import__("sqlalchemy").text("SELECT 1"))
    before = persons(demo.path)
    with pytest.raises(backup.BackupError, match="正被其他程序使用"):
        backup.restore(demo.path, info.path, ADMIN)
    assert persons(demo.path) == before
    assert not [p for p in demo.path.parent.iterdir() if files.TEMP_MARK in p.name or "before-restore" in p.name]


def test_a_damaged_database_is_moved_aside_whole_and_replaced(demo, tmp_path):
    info = backup.back_up(demo, ADMIN, folder=tmp_path / "stick")
    demo.close()
    garbage = b"this is no longer a database" * 1000
    demo.path.write_bytes(garbage)
    result = backup.restore(demo.path, info.path, ADMIN)
    assert result.kept_as.read_bytes() == garbage
    assert persons(demo.path) == info.persons
