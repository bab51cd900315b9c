"""Review finding: a full disk ended in a traceback ("database or disk is full") or, with 16 KB
free, in a message saying the file was corrupt. Now: "磁盘已满 …", exit 1, the database unchanged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from fpdesk.cli import main
from fpdesk.db.engine import Database, make_engine
from fpdesk.db.guard import describe, is_disk_full
from fpdesk.db.schema import open_database
from fpdesk.package.apply import import_package
from fpdesk.services import auth
from tests.conftest import ADMIN
from tests.faults.conftest import content, integrity, leave_free, run_cli


@pytest.fixture
def package(tmp_path, demo_copy, signed):
    out = tmp_path / "full.fpx"
    assert main(["export", "--out", str(out), "--db", str(demo_copy), "--full", *signed]) == 0
    return out


def _refused_for_a_full_disk(done) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "磁盘已满" in done.stderr, done.stderr
    assert "损坏" not in done.stderr


def test_export_to_a_full_stick(small_disk, demo_copy, signed):
    stick = small_disk(256)
    before = content(demo_copy, skip=("audit_log",))  # the sign-in is audited
    done = run_cli("export", "--out", stick / "full.fpx", "--full", "--db", demo_copy, *signed)
    _refused_for_a_full_disk(done)
    assert list(stick.iterdir()) == []   # neither the package nor a temporary file is left
    assert content(demo_copy, skip=("audit_log",)) == before


def test_import_with_3_mb_free(small_disk, tmp_path, package, signed):
    disk = small_disk(8 * 1024)
    path = disk / "county.db"
    open_database(path, create=True).close()
    before = content(path)
    leave_free(disk, 3 * 1024)
    done = run_cli("import", package, "--db", path)
    _refused_for_a_full_disk(done)
    assert content(path) == before
    assert integrity(path) == "ok"


def test_user_add_with_little_space(small_disk, demo_copy, signed, tmp_path):
    """From nothing to 64 KB free: `user add` either succeeds or says the disk is full, leaving the
    accounts as they were — never a traceback, never "corrupt"."""
    pw = tmp_path / "new.txt"
    pw.write_text("secret-99\n", encoding="utf-8")
    full = 0
    for free_kib in (0, 4, 8, 16, 24, 32, 48, 64):
        disk = small_disk(16 * 1024)
        path = disk / "office.db"
        shutil.copy(demo_copy, path)
        before = content(path, skip=("audit_log",))  # the sign-in before `user add` is audited
        leave_free(disk, free_kib)
        done = run_cli("user", "add", "li", "--password-file", pw, "--db", path, *signed)
        (disk / "filler").unlink()
        if done.returncode == 0:
            assert "已添加用户 li" in done.stdout
            continue
        full += 1
        _refused_for_a_full_disk(done)
        assert content(path, skip=("audit_log",)) == before, free_kib
        assert integrity(path) == "ok"
    assert full >= 2


# -- without root: SQLite's own page limit stands in for the full disk ---------------------
def _capped(path: Path, spare_pages: int) -> Database:
    engine = make_engine(path)
    conn = sqlite3.connect(path)
    limit = conn.execute("PRAGMA page_count").fetchone()[0] + spare_pages
    conn.close()

    @event.listens_for(engine, "connect")
    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    return Database(path, engine)


def test_import_into_a_capped_database_changes_nothing(tmp_path, package):
    path = tmp_path / "county.db"
    open_database(path, create=True).close()
    before = content(path)
    db = _capped(path, 200)
    try:
        with pytest.raises(Exception) as caught:
            import_package(db, ADMIN, package)
    finally:
        db.close()
    assert is_disk_full(caught.value)
    assert describe(caught.value, path).startswith("磁盘已满")
    assert content(path) == before
    assert integrity(path) == "ok"


def test_user_add_into_a_capped_database_changes_nothing(tmp_path, demo_copy):
    before = content(demo_copy)
    db = _capped(demo_copy, 0)
    try:
        with pytest.raises(Exception) as caught, db.session() as session:
            auth.add_user(session, ADMIN, "li", "secret-99", "clerk", None)
            session.flush()
            session.connection().exec_driver_sql("CREATE TABLE filler (x)")
            session.connection().exec_driver_sql(
                "INSERT INTO filler SELECT zeroblob(4000) FROM persons")
    finally:
        db.close()
    assert "磁盘已满" in describe(caught.value, demo_copy)
    assert content(demo_copy) == before
