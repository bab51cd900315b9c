"""`fpdesk card` on a copy of the demo: the three selectors, sign-in, and the exit-1 cases."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from pypdf import PdfReader

from fpdesk.cli import main
from fpdesk.domain.dates import birth_window
from tests.output.test_card_data import ON, first_village, women_by_sql


@pytest.fixture
def demo(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    password = tmp_path / "pw.txt"
    password.write_text("demo1234\n", encoding="utf-8")
    return ["--db", str(path), "--user", "admin", "--user-password-file", str(password), "--date", "2026-11-22"], path


def one(path, sql: str, *params):
    with sqlite3.connect(path) as con:
        return con.execute(sql, params).fetchone()[0]


def a_woman(path) -> str:
    first, last = birth_window(ON, 15, 49)
    return one(path, "SELECT uid FROM persons WHERE sex = 2 AND deleted = 0 AND birth_date BETWEEN ? AND ? "
                     "ORDER BY uid LIMIT 1", first.isoformat(), last.isoformat())


def test_person_card(demo, tmp_path, capsys):
    args, path = demo
    out = tmp_path / "她.pdf"
    assert main(["card", "--person", a_woman(path), "--out", str(out), *args]) == 0
    pages = len(PdfReader(out).pages)
    assert capsys.readouterr().out.strip() == f"{out}：1 张卡片，共 {pages} 页"
    assert "育龄妇女信息卡" in PdfReader(out).pages[0].extract_text()


def test_village_cards_one_per_woman(demo, tmp_path, capsys):
    args, path = demo
    village = first_village(path)
    out = tmp_path / "全村.pdf"
    assert main(["card", "--village", village, "--out", str(out), *args]) == 0
    women = len(women_by_sql(path, village, ON))
    assert f"{women} 张卡片，共 {len(PdfReader(out).pages)} 页" in capsys.readouterr().out


def test_household_card(demo, tmp_path, capsys):
    args, path = demo
    household = one(path, "SELECT uid FROM households WHERE deleted = 0 ORDER BY household_no LIMIT 1")
    out = tmp_path / "户.PDF"
    assert main(["card", "--household", household, "--out", str(out), *args]) == 0
    assert "家庭户卡" in PdfReader(out).pages[0].extract_text()
    assert "1 张卡片" in capsys.readouterr().out


@pytest.mark.parametrize("selector, message", [
    (["--person", "no-such-uid"], "找不到此人"),
    (["--village", "999999999999"], "没有代码为 999999999999 的村"),
    (["--household", "no-such-uid"], "找不到此户"),
])
def test_unknown_records_exit_1(demo, tmp_path, capsys, selector, message):
    args, _ = demo
    out = tmp_path / "x.pdf"
    assert main(["card", *selector, "--out", str(out), *args]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_man_and_a_spreadsheet_are_refused(demo, tmp_path, capsys):
    args, path = demo
    man = one(path, "SELECT uid FROM persons WHERE sex = 1 AND deleted = 0 LIMIT 1")
    assert main(["card", "--person", man, "--out", str(tmp_path / "m.pdf"), *args]) == 1
    assert "不是女性" in capsys.readouterr().err
    assert main(["card", "--person", a_woman(path), "--out", str(tmp_path / "w.xlsx"), *args]) == 1
    assert "只能保存为 PDF" in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.xlsx")) == []


def test_sign_in_is_required_and_one_selector_only(demo, tmp_path, capsys):
    _, path = demo
    out = tmp_path / "c.pdf"
    assert main(["card", "--person", a_woman(path), "--out", str(out), "--db", str(path)]) == 1
    assert "--user" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["card", "--person", "a", "--village", "b", "--out", str(out), "--db", str(path)])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["card", "--out", str(out), "--db", str(path)])
    assert caught.value.code == 2


def test_variant_village_prints_the_minimal_card(demo, tmp_path, capsys):
    args, path = demo
    woman = a_woman(path)
    out = tmp_path / "村级卡.pdf"
    assert main(["card", "--person", woman, "--variant", "village", "--out", str(out), *args]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert text.startswith("育龄妇女信息卡（村级卡）")
    id_number = one(path, "SELECT id_number FROM persons WHERE uid = ?", woman)
    assert id_number and id_number not in text
