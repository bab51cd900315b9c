"""Small review findings (issue 14): a closed pipe, the import summary's count of the county
region, and sign-in attempts on a locked account."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package.apply import import_package
from fpdesk.package.writer import export_package
from fpdesk.services import audit, auth
from fpdesk.services.auth import AuthError
from tests.conftest import ADMIN
from tests.faults.conftest import cli_env


@pytest.mark.parametrize("extra", [["--json"], []])
def test_reminders_into_a_closed_pipe_end_quietly(extra, demo_copy, signed):
    """`fpdesk reminders --json | head`: the reader goes away after a few bytes."""
    process = subprocess.Popen([sys.executable, "-m", "fpdesk", "reminders", "--date", "2026-11-22",
                                "--db", str(demo_copy), *signed, *extra],
                               env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert "Exception ignored" not in stderr


def test_the_summary_counts_the_county_region_the_import_adds(tmp_path, demo_copy):
    db = open_database(demo_copy)
    try:
        package = export_package(db, ADMIN, tmp_path / "full.fpx", full=True).path
    finally:
        db.close()
    county = tmp_path / "county.db"
    db = open_database(county, create=True)
    try:
        summary = import_package(db, ADMIN, package)
    finally:
        db.close()
    conn = sqlite3.connect(county)
    try:
        from fpdesk.package.jsonl import TABLES

        rows = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES)
        assert conn.execute("SELECT count(*) FROM regions WHERE level = 'county'").fetchone()[0] == 1
    finally:
        conn.close()
    assert summary.inserted == rows


def test_attempts_on_a_locked_account_are_audited(db):
    now = datetime(2026, 11, 22, 9, 0).astimezone()
    with db.session() as s:
        auth.add_user(s, None, "boss", "abc12345", "admin")
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.authenticate(db, "boss", "nope12345", now)
    for minutes in (1, 2):
        with pytest.raises(AuthError, match="已锁定至"):
            auth.authenticate(db, "boss", "abc12345", now + timedelta(minutes=minutes))
    with db.session() as s:
        auth.set_disabled(s, ADMIN, "boss", True)
    with pytest.raises(AuthError, match="已停用"):
        auth.authenticate(db, "boss", "abc12345", now + timedelta(minutes=30))
    with db.read_session() as s:
        refused = [e.detail["reason"] for e in audit.entries(s) if e.action == "login_refused"]
    assert refused.count("locked") == 2
    assert refused.count("disabled") == 1
