import shutil

import pytest
from PySide6.QtGui import QImage

from fpdesk.cli import main

pytestmark = pytest.mark.gui


@pytest.fixture
def signed(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    pw = tmp_path / "pw"
    pw.write_text("demo1234\n", encoding="utf-8")
    return ["--db", str(path), "--user", "admin", "--user-password-file", str(pw)]


def test_screenshot_of_the_home_page_is_1366_by_768(qapp, signed, tmp_path):
    out = tmp_path / "home.png"
    assert main(["screenshot", "--page", "home", "--out", str(out), "--date", "2026-11-22", *signed]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_page_that_does_not_exist_yet_exits_1(qapp, signed, tmp_path, capsys, monkeypatch):
    from fpdesk.ui.pages import registry

    monkeypatch.delitem(registry.PAGES, "quality")     # every page exists now: pretend one does not
    assert main(["screenshot", "--page", "quality", "--out", str(tmp_path / "q.png"), *signed]) == 1
    assert "尚未开放" in capsys.readouterr().err
    assert not (tmp_path / "q.png").exists()


def test_screenshot_needs_sign_in(qapp, small_demo, tmp_path):
    assert main(["screenshot", "--page", "home", "--out", str(tmp_path / "h.png"), "--db", str(small_demo)]) == 1
