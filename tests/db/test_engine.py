"""The connection set-up of DESIGN.md §Database, on a real file."""

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from fpdesk.db.engine import BUSY_TIMEOUT_MS, Database
from fpdesk.db.models import Household, Person

PRAGMA_EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "trusted_schema": 0,
    "secure_delete": 1,
}


@pytest.mark.parametrize("pragma,expected", sorted(PRAGMA_EXPECTED.items()))
def test_pragma_in_effect_on_every_new_connection(db, pragma, expected):
    # two separate pooled connections (read-only, so both may be open) must both have it
    reader = db.engine.execution_options(fpdesk_readonly=True)
    with reader.connect() as first, reader.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


def test_write_session_takes_the_write_lock_at_begin(db):
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released after commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_session_does_not_block_a_writer(db):
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.read_session() as session:
            session.execute(text("SELECT count(*) FROM persons")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def _household(uid="h1"):
    return Household(uid=uid, created_at="t", updated_at="t", rev=1, village_code="610628101001")


def test_failing_statement_inside_transaction_leaves_nothing(db):
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(_household("h1"))
            session.flush()
            session.execute(text("INSERT INTO households (uid) VALUES ('h2')"))  # NOT NULL fails
    with db.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM households")).scalar() == 0


def test_foreign_keys_are_enforced(db):
    from datetime import date

    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with db.session() as session:
            session.add(Person(uid="p1", created_at="t", updated_at="t", rev=1,
                               household_uid="no-such-household", name="张三", sex=1,
                               birth_date=date(1990, 1, 1), residence=1))
    with db.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM persons")).scalar() == 0


def test_database_on_a_plain_engine_path(tmp_path):
    database = Database(tmp_path / "x.db")
    with database.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.close()


def test_the_importers_reference_map_is_every_foreign_key_of_the_schema(db):
    """The importer writes with SQLite's own reference checks off (Database.bulk_session)
    because it resolves REFERENCES itself: they must be exactly the schema's foreign keys."""
    from fpdesk.package.jsonl import TABLES
    from fpdesk.services.records import REFERENCES

    with db.read_session() as session:
        con = session.connection()
        declared = {}
        for table in TABLES:
            keys = {row[3]: row[2] for row in con.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")')}
            if keys:
                declared[table] = keys
    assert declared == REFERENCES


def test_only_a_bulk_session_writes_without_reference_checks(db):
    from sqlalchemy import text

    with db.bulk_session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 0
    with db.session() as session:          # the same pooled connection, checks back on
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with db.read_session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
