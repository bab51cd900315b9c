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


FIXTURE_0007 = Path(__file__).parents[1] / "fixtures" / "schema-0007.db"


def _open_0007(tmp_path, audit_the_interval=False):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURE_0007, path)
    if audit_the_interval:        # the office once chose the interval itself (and came back to 3)
        con = sqlite3.connect(path)
        con.execute("INSERT INTO audit_log (at, username, action, table_name, detail) VALUES "
                    "('2026-06-06T09:00:00+08:00', 'admin', 'setting', 'settings', "
                    "'{\"check_interval_months\": [6, 3]}')")
        con.commit()
        con.close()
    return open_database(path)


def test_upgrade_from_schema_0007_keeps_the_health_check_items(tmp_path):
    db = _open_0007(tmp_path)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        with db.read_session() as session:
            rows = session.execute(text(
                "SELECT uid, item_ring, item_pregnancy, item_disease, item_cervical, item_breast, declined, result "
                "FROM services ORDER BY uid")).all()
    finally:
        db.close()
    assert [tuple(r) for r in rows] == [("s1", 1, 1, 2, None, None, 0, "宫颈糜烂，已转诊"),
                                        ("s2", None, None, None, None, None, 1, "本人拒绝")]


def test_upgrade_from_schema_0007_sets_new_defaults_only_where_never_changed(tmp_path):
    from fpdesk.services.reminders import load_params

    db = _open_0007(tmp_path)
    try:
        with db.read_session() as session:
            params = load_params(session)
    finally:
        db.close()
    assert params.check_interval_months == 12      # the old default, never chosen: now 12
    assert params.menopause_age == 55              # the office's own choice stays


def test_upgrade_from_schema_0007_keeps_an_interval_the_office_chose(tmp_path):
    from fpdesk.services.reminders import load_params

    db = _open_0007(tmp_path, audit_the_interval=True)
    try:
        with db.read_session() as session:
            assert load_params(session).check_interval_months == 3
    finally:
        db.close()


FIXTURE_0009 = Path(__file__).parents[1] / "fixtures" / "schema-0009.db"


def test_upgrade_from_schema_0009_keeps_services_and_then_keeps_unknown_items(tmp_path):
    """0010 adds services.item_extra (empty for every service); the upgraded file then keeps
    a health check's items it does not know from a package, and writes them out again."""
    from fpdesk.package.apply import import_package
    from fpdesk.package.writer import export_package
    from tests.conftest import ADMIN
    from tests.package.helpers import dump_jsonl, jsonl, members, rebuild

    path = tmp_path / "office.db"
    shutil.copy(FIXTURE_0009, path)
    db = open_database(path)
    try:
        assert current_revision(db) == SCHEMA_HEAD
        with db.read_session() as session:
            rows = session.execute(text(
                "SELECT uid, type, item_ring, item_pregnancy, item_disease, item_cervical, item_breast, declined, "
                "item_extra FROM services ORDER BY uid")).all()
        assert [tuple(r) for r in rows] == [("s1", 1, 1, None, 2, 1, 1, 0, None),
                                            ("s2", 1, None, None, None, None, None, 1, None),
                                            ("s3", 4, None, None, None, None, None, 0, None)]
        first = export_package(db, ADMIN, tmp_path / "first.fpx", full=True).path
        services = jsonl(members(first)["data/services.jsonl"])
        assert services[0]["items"] == {"disease": 2, "cervical": 1, "breast": 1, "ring": 1, "pregnancy": None}
        services[0]["items"]["thyroid"] = 1
        services[0]["updated_at"] = "2026-11-06T09:00:00+08:00"
        newer = rebuild(first, tmp_path / "newer.fpx", replace={"data/services.jsonl": dump_jsonl(services)})
        assert import_package(db, ADMIN, newer).updated == 1
        again = export_package(db, ADMIN, tmp_path / "again.fpx", full=True).path
    finally:
        db.close()
    assert jsonl(members(again)["data/services.jsonl"])[0]["items"]["thyroid"] == 1
    reasons = {extract_verified(b, tmp_path / f"{b.stem}.db")[0]["reason"]
               for b in (tmp_path / "backups").glob("*.fpbak")}
    assert "before-migration-0009" in reasons
