"""Schema upgrades, tested against a real file of the first released schema."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fpdesk.db.backup import extract_verified
from fpdesk.db.schema import SCHEMA_HEAD, DatabaseError, alembic_head, current_revision, open_database

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.db"


def test_schema_head_constant_matches_alembic():
    assert SCHEMA_HEAD == alembic_head()


def test_upgrade_from_schema_0001_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        with db.read_session() as session:
            people = session.execute(text(
                "SELECT name, pinyin_initials, pinyin_key FROM persons ORDER BY name")).all()
            head = session.execute(text("SELECT head_uid FROM households")).scalar()
    finally:
        db.close()
    # 0002 back-filled the initials, surname reading included (单 = shan)
    assert sorted(people) == [("单秀梅", "sxm", "shan xiu mei"), ("张建国", "zjg", "zhang jian guo"),
                              ("张欣怡", "zxy", "zhang xin yi")]
    assert head == "p1"
    backups = list((tmp_path / "backups").glob("*.fpbak"))
    assert len(backups) == 1
    meta, _keys = extract_verified(backups[0], tmp_path / "old.db")
    assert (meta["schema_revision"], meta["reason"], meta["persons"]) == ("0001", "before-migration-0001", 3)
    old = sqlite3.connect(tmp_path / "old.db")
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert old.execute("SELECT count(*) FROM persons").fetchone() == (3,)
    finally:
        old.close()


def test_opening_an_up_to_date_file_takes_no_backup(tmp_path):
    path = tmp_path / "office.db"
    open_database(path, create=True).close()
    open_database(path).close()
    assert not (tmp_path / "backups").exists()


def test_missing_file_is_refused_without_create(tmp_path):
    with pytest.raises(DatabaseError, match="不存在"):
        open_database(tmp_path / "nope.db")


def test_a_file_that_is_not_an_fpdesk_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="不是 fpdesk 数据库"):
        open_database(path)


def test_a_garbage_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError):
        open_database(path)
