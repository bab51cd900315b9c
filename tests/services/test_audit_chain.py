"""The tamper-evident audit log: hash chain, append-only triggers, verify."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from fpdesk.db.schema import MIGRATIONS_DIR, open_database
from fpdesk.services import audit
from tests.conftest import ADMIN, CLERK

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.db"


def write_entries(db, n: int = 6) -> None:
    for i in range(n):
        with db.session() as s:
            audit.record(s, CLERK if i % 2 else ADMIN, "update", "persons", f"uid-{i}",
                         {"name": ["张三", f"张三{i}"]})


def raw(db):
    con = sqlite3.connect(db.path, isolation_level=None)
    return con


def tamper(db, sql: str, *args) -> None:
    """What someone with an SQLite tool would do: drop the trigger, change, put it back."""
    con = raw(db)
    triggers = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit_log'").fetchall())
    for name in triggers:
        con.execute(f"DROP TRIGGER {name}")
    con.execute(sql, args)
    for body in triggers.values():
        con.execute(body)
    con.close()


def state(db) -> audit.ChainState:
    with db.read_session() as s:
        return audit.verify(s)


def test_a_fresh_chain_verifies_and_links_each_entry_to_the_previous(db):
    write_entries(db)
    result = state(db)
    assert result.intact and result.entries == 6
    con = raw(db)
    rows = con.execute("SELECT id, at, username, action, table_name, record_uid, detail, hash "
                       "FROM audit_log ORDER BY id").fetchall()
    con.close()
    previous = audit.GENESIS
    for *fields, stored in rows:
        assert stored == audit.chain_hash(previous, *fields)
        previous = stored
    assert result.head == previous


def test_the_migration_computes_the_same_hash_as_the_service():
    spec = importlib.util.spec_from_file_location("m0009", MIGRATIONS_DIR / "versions" / "0009_audit_chain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fields = (7, "2026-11-22T10:00:00+08:00", "admin", "update", "persons", "u1", '{"name":["甲","乙"]}')
    assert module.chain_hash(audit.GENESIS, *fields) == audit.chain_hash(audit.GENESIS, *fields)
    assert module.GENESIS == audit.GENESIS


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET username = 'nobody' WHERE id = 2",
                                 "DELETE FROM audit_log WHERE id = 2",
                                 "INSERT INTO audit_log (id, at, username, action) VALUES (99, 'x', 'y', 'z')",
                                 "INSERT INTO audit_log (at, username, action, hash) VALUES ('x', 'y', 'z', 'short')"])
def test_triggers_refuse_changes_and_foreign_inserts(db, sql):
    write_entries(db, 3)
    con = raw(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute(sql)
    con.close()
    assert state(db).intact


def test_an_edited_entry_is_caught_and_named(db):
    write_entries(db)
    tamper(db, "UPDATE audit_log SET detail = ? WHERE id = 3", '{"name":["张三","李四"]}')
    result = state(db)
    assert (result.intact, result.broken_at) == (False, 3)
    assert "第 3 条" in result.problem and "改动" in result.problem
    assert result.problem.en == ("Audit entry 3 does not match its seal: its content or seal was changed, "
                                 "or an entry before it was deleted")


def test_an_edited_entry_with_a_recomputed_hash_breaks_the_next_link(db):
    write_entries(db)
    con = raw(db)
    fields = con.execute("SELECT id, at, username, action, table_name, record_uid, detail FROM audit_log "
                         "WHERE id = 3").fetchone()
    previous = con.execute("SELECT hash FROM audit_log WHERE id = 2").fetchone()[0]
    con.close()
    forged = audit.chain_hash(previous, *fields[:2], "someone-else", *fields[3:])
    tamper(db, "UPDATE audit_log SET username = 'someone-else', hash = ? WHERE id = 3", forged)
    assert state(db).broken_at == 4


def test_a_deleted_entry_is_caught(db):
    write_entries(db)
    tamper(db, "DELETE FROM audit_log WHERE id = 4")
    result = state(db)
    assert result.broken_at == 5 and "已被删除" in result.problem
    assert "entries 4–4 were deleted" in result.problem.en


def test_the_migration_chains_existing_entries(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO audit_log (at, username, action, detail) VALUES "
                "('2026-01-02T08:00:00+08:00', 'admin', 'login', NULL), "
                "('2026-01-02T08:01:00+08:00', 'admin', 'update', '{\"a\": [1, 2]}')")
    con.commit()
    con.close()
    db = open_database(path)
    try:
        before = state(db)
        assert before.intact and before.entries >= 2
        with db.session() as s:
            audit.record(s, ADMIN, "login")
        assert state(db).entries == before.entries + 1 and state(db).intact
    finally:
        db.close()


def test_listing_filters_by_date_and_user(db):
    write_entries(db)
    with db.read_session() as s:
        assert [e.username for e in audit.entries(s, username="clerk1")] == ["clerk1"] * 3
        assert audit.entries(s, since="2999-01-01") == []
        assert [e.id for e in audit.entries(s, limit=2)] == [6, 5]
        assert audit.count(s, username="admin") == 3


def test_entries_cut_off_the_end_are_caught_against_a_backup(db):
    from fpdesk.services import backup

    write_entries(db, 4)
    backup.back_up(db, ADMIN)              # its label records the chain's head (entry 4)
    write_entries(db, 2)
    assert state_with_anchors(db).intact
    tamper(db, "DELETE FROM audit_log WHERE id >= 4")
    assert state(db).intact                # the chain alone cannot tell …
    result = state_with_anchors(db)        # … the backup's head can
    assert result.broken_at == 4 and "末尾的条目被删除" in result.problem


def test_after_a_restore_older_backups_are_not_anchors(db):
    from fpdesk.services import backup

    write_entries(db, 2)
    first = backup.back_up(db, ADMIN)
    write_entries(db, 5)
    backup.back_up(db, ADMIN)              # head 9, on the branch the restore abandons
    db.engine.dispose()
    result = backup.restore(db.path, first.path, ADMIN)
    backup.record_restore(db, ADMIN, result, first.path)
    assert state_with_anchors(db).intact


def state_with_anchors(db) -> audit.ChainState:
    from fpdesk.services import backup

    anchors = backup.audit_anchors(db)
    with db.read_session() as s:
        return audit.verify(s, anchors)
