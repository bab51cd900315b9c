"""Review finding: the database, the silent pre-migration backup, export temp files, packages
and printouts were all 0644. Everything fpdesk writes is its owner's only (0600) on POSIX."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from fpdesk.cli import main
from fpdesk.db.schema import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.db"


@pytest.fixture(autouse=True)
def ordinary_umask():
    old = os.umask(0o022)   # the usual desktop umask, which made every file 0644
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_are_owner_only(tmp_path):
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    try:
        with db.session() as session:
            session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('p', 'q')")
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(Path(f"{path}{side}")) == 0o600
    finally:
        db.close()


def test_the_demo_database_is_owner_only(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--persons", "120", "--seed", "2", "--date", "2026-11-22"]) == 0
    assert mode(path) == 0o600


def test_the_pre_migration_backup_is_owner_only(tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURE_0001, path)
    open_database(path).close()
    backups = list((tmp_path / "backups").iterdir())
    assert backups and all(mode(b) == 0o600 for b in backups)
    assert mode(tmp_path / "backups") == 0o700


@pytest.mark.parametrize("encrypted", [False, True])
def test_packages_are_owner_only(encrypted, tmp_path, demo_copy, signed, password_file):
    out = tmp_path / "out" / "t.fpx"
    out.parent.mkdir()
    extra = ["--password-file", str(password_file)] if encrypted else []
    assert main(["export", "--out", str(out), "--full", "--db", str(demo_copy), *extra, *signed]) == 0
    assert mode(out) == 0o600


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_printouts_are_owner_only(suffix, tmp_path, demo_copy, signed):
    out = tmp_path / f"women.{suffix}"
    assert main(["ledger", "--register", "women", "--out", str(out), "--db", str(demo_copy), *signed]) == 0
    assert mode(out) == 0o600


def test_a_preview_pdf_is_owner_only(tmp_path):
    from fpdesk.output.pdf_page import atomic_write

    target = tmp_path / "preview.pdf"
    with atomic_write(target) as stream:
        stream.write(b"%PDF-1.4\n")
    assert mode(target) == 0o600
