"""Cancel means nothing changed: an import cancelled midway leaves the database as it
was, an export cancelled midway leaves no file and no history row."""

import sqlite3

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package import Cancelled
from fpdesk.package.apply import import_package
from fpdesk.package.writer import export_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest


def after(steps: int):
    """A `cancelled()` that turns true on its `steps`-th question."""
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= steps

    return cancelled, asked


def test_a_cancelled_import_changes_nothing(full_package, empty_db_path):
    before = database_digest(empty_db_path)
    cancelled, asked = after(2)                 # past the first 5,000 records
    db = open_database(empty_db_path)
    try:
        with pytest.raises(Cancelled):
            import_package(db, ADMIN, full_package, cancelled=cancelled)
        assert len(asked) == 2
    finally:
        db.close()
    assert database_digest(empty_db_path) == before
    db = open_database(empty_db_path)            # and it imports whole afterwards
    try:
        assert import_package(db, ADMIN, full_package).inserted > 10000
    finally:
        db.close()


def test_a_cancelled_export_leaves_no_file_and_no_history(tmp_path, township):
    cancelled, asked = after(3)
    db = open_database(township)
    try:
        with pytest.raises(Cancelled):
            export_package(db, ADMIN, tmp_path / "out.fpx", full=True, cancelled=cancelled)
    finally:
        db.close()
    assert len(asked) == 3
    assert list(tmp_path.glob("*out.fpx*")) == []
    con = sqlite3.connect(township)
    try:
        assert con.execute("SELECT count(*) FROM export_history").fetchone() == (0,)
    finally:
        con.close()


def test_a_cancelled_import_stops_its_worker_processes_too(full_package, empty_db_path, monkeypatch):
    from fpdesk.package import workers

    monkeypatch.setattr(workers, "WORTH_A_POOL", 0)
    before = database_digest(empty_db_path)
    cancelled, _asked = after(2)
    db = open_database(empty_db_path)
    try:
        with pytest.raises(Cancelled):
            import_package(db, ADMIN, full_package, cancelled=cancelled)
    finally:
        db.close()
    assert database_digest(empty_db_path) == before
