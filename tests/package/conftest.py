import pytest

from fpdesk.db.schema import open_database
from fpdesk.package.writer import export_package
from tests.conftest import ADMIN
from tests.package.helpers import copy_db, repair_birth_dates


@pytest.fixture
def township(tmp_path, small_demo):
    """A writable copy of the 3,000-person demo with its two record-level errors repaired."""
    path = copy_db(small_demo, tmp_path / "township.db")
    assert repair_birth_dates(path) == 2
    return path


@pytest.fixture
def full_package(tmp_path, township):
    db = open_database(township)
    try:
        result = export_package(db, ADMIN, tmp_path / "full.fpx", full=True)
    finally:
        db.close()
    return result.path


@pytest.fixture
def empty_db_path(tmp_path):
    path = tmp_path / "county.db"
    open_database(path, create=True).close()
    return path
