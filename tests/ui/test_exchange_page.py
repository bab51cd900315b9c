"""上报交换: a package written from the page shows the check code of its manifest
and enters the history; loading it elsewhere shows the summary and every refusal;
a damaged package is refused with its reason and changes nothing; the county sees
which township sent what."""

import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from fpdesk.db.schema import open_database
from fpdesk.package.checkcode import check_code
from fpdesk.package.reader import is_encrypted, read_package
from fpdesk.services import settings
from fpdesk.ui.pages.exchange import ExchangePage
from tests.conftest import CLERK
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui
PASSWORD = "county-2026"


def make_page(qtbot, db) -> ExchangePage:
    page = ExchangePage(db, CLERK, lambda: DEMO_ON)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    return page


def texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def manifest(path, password=None) -> dict:
    package = read_package(path, password)
    try:
        return package.manifest
    finally:
        package.close()


def export_from_page(qtbot, db, tmp_path, monkeypatch, password=PASSWORD):
    page = make_page(qtbot, db)
    page.kind.setCurrentIndex(page.kind.findData(True))          # everything
    page.password.setText(password or "")
    page.confirm.setText(password or "")
    target = tmp_path / "和平镇.fpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    return page, target


@pytest.fixture
def county(tmp_path):
    path = tmp_path / "county.db"
    db = open_database(path, create=True)
    with db.session() as session:
        settings.put(session, "office_region_code", "610628000000")
    yield db
    db.close()


def test_a_password_package_shows_its_check_code_and_enters_the_history(qtbot, demo_db, tmp_path, monkeypatch):
    page, target = export_from_page(qtbot, demo_db, tmp_path, monkeypatch)
    assert target.exists() and is_encrypted(target)
    written = manifest(target, PASSWORD)
    assert page.check_code.text() == written["check_code"] == check_code(written)
    (row,) = texts(page.export_history)
    assert row[6] == written["check_code"] and row[7] == "是" and row[5] == page.recipient.text()
    assert str(sum(f["records"] for f in written["files"] if f["path"].startswith("data/"))) in \
        page.export_state.text()


def test_a_short_or_mistyped_password_writes_nothing(qtbot, demo_db, tmp_path, monkeypatch):
    page, target = export_from_page(qtbot, demo_db, tmp_path, monkeypatch, password="short")
    assert not target.exists() and "8" in page.export_state.text() and not page.check_code.text()
    page.password.setText(PASSWORD)
    page.confirm.setText(PASSWORD + "x")
    page.export_button.click()
    assert not target.exists() and page.export_state.text() and page.export_history.rowCount() == 0


def test_the_county_loads_the_package_and_sees_who_sent_it(qtbot, demo_db, tmp_path, monkeypatch, county):
    _page, package = export_from_page(qtbot, demo_db, tmp_path, monkeypatch)
    written = manifest(package, PASSWORD)
    page = make_page(qtbot, county)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))
    page.import_button.click()
    summary = page.last_import
    assert summary is not None and summary.check_code == written["check_code"]
    data = sum(f["records"] for f in written["files"] if f["path"].startswith("data/"))
    assert summary.inserted - 1 + len(summary.refused) == data   # inserted counts the county region too
    assert f"新增 {summary.inserted}" in page.import_state.text() and f"拒收 {len(summary.refused)}" in \
        page.import_state.text()
    shown = texts(page.refusals)
    assert len(shown) == len(summary.refused) + len(summary.warnings)
    assert [row[1] for row in shown[:len(summary.refused)]] == [r["uid"] for r in summary.refused]
    (township,) = texts(page.townships)
    assert township[:2] == ["和平镇", written["producer"]["region_code"]] and township[-1] == "已报送"
    assert township[5] == written["check_code"]


def test_a_damaged_package_is_refused_and_nothing_changes(qtbot, demo_db, tmp_path, monkeypatch, county):
    _page, package = export_from_page(qtbot, demo_db, tmp_path, monkeypatch, password=None)
    damaged = tmp_path / "damaged.fpx"
    shutil.copy(package, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    counts = lambda: sqlite3.connect(county.path).execute(  # noqa: E731
        "SELECT (SELECT count(*) FROM persons), (SELECT count(*) FROM import_history)").fetchone()
    before = counts()
    page = make_page(qtbot, county)
    assert page.import_from(damaged) is None
    assert page.import_state.text().startswith("上报包被拒收，数据库未作任何改动：")
    assert len(page.import_state.text()) > len("上报包被拒收，数据库未作任何改动：") + 4      # with its reason
    assert page.refusals.rowCount() == 0 and counts() == before == (0, 0)
    assert texts(page.townships) == []          # the county knows no township yet
