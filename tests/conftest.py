import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from fpdesk.db.schema import open_database  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402

CLERK = Actor("clerk1", "clerk")
VIEWER = Actor("viewer1", "viewer")
ADMIN = Actor("admin", "admin")


@pytest.fixture
def db(tmp_path):
    """A fresh, empty office database file at schema head."""
    database = open_database(tmp_path / "office.db", create=True)
    yield database
    database.close()


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory):
    """A small demo township (read-only: copy it before writing)."""
    from fpdesk.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo(path, persons=3000, seed=11, on=date(2026, 11, 22))
    return path
