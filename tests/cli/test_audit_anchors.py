"""The audit chain is unkeyed: someone who drops the triggers, edits an entry and recomputes
every hash after it passes `audit verify` unless a chain head recorded before (a backup's
label, or one noted from `audit verify`'s output) is checked. The real CLI in a subprocess."""

import json
import re
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from fpdesk.services.audit import GENESIS, chain_hash

ROOT = Path(__file__).parents[2]


def fpdesk(*args, rc: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "fpdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)
    assert done.returncode == rc, done.stdout + done.stderr
    return done


def rewrite_history(path: Path) -> None:
    """Drop the triggers, change the first entry, recompute every hash, put the triggers back."""
    con = sqlite3.connect(path, isolation_level=None)
    triggers = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit_log'").fetchall())
    for name in triggers:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("UPDATE audit_log SET username = 'nobody' WHERE id = 1")
    previous = GENESIS
    for row in con.execute("SELECT id, at, username, action, table_name, record_uid, detail "
                           "FROM audit_log ORDER BY id").fetchall():
        previous = chain_hash(previous, *row)
        con.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (previous, row[0]))
    for body in triggers.values():
        con.execute(body)
    con.close()


def test_a_rewritten_chain_is_caught_only_against_an_anchor(small_demo, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(small_demo, path)
    (tmp_path / "pw.txt").write_text("demo1234\n", encoding="utf-8")
    signed = ["--db", path, "--user", "admin", "--user-password-file", tmp_path / "pw.txt"]
    fpdesk("backup", *signed, "--folder", tmp_path / "stick")
    noted = json.loads(fpdesk("audit", *signed, "verify", "--json").stdout)
    out = fpdesk("audit", *signed, "verify").stdout                # printed to be noted down
    assert re.search(r"链尾.*：\d+:[0-9a-f]{64}$", out.strip()) and noted["head_id"] >= 2
    fpdesk("reminders", *signed, "--date", "2026-11-22")

    rewrite_history(path)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)       # … and the backups beside it
    passed = json.loads(fpdesk("audit", *signed, "verify", "--json").stdout)
    assert passed["intact"] and passed["anchors"] == 0             # what the docs now say plainly

    caught = fpdesk("audit", *signed, "verify", "--anchor", f"{noted['head_id']}:{noted['head']}", rc=1)
    assert f"第 {noted['head_id']} 条" in caught.stderr and "--anchor" in caught.stderr
    stick = fpdesk("audit", *signed, "verify", "--folder", tmp_path / "stick", rc=1)
    assert "校验值不符" in stick.stderr and "备份" in stick.stderr
    bad = fpdesk("audit", *signed, "verify", "--anchor", "12:xyz", rc=1)
    assert "编号:校验值" in bad.stderr
