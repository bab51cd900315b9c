"""`fpdesk ledger` on a copy of the demo: every register to a PDF and a
workbook, read back, and the exit codes of the user's mistakes."""

from __future__ import annotations

import re
import shutil
from datetime import date

import openpyxl
import pdfplumber
import pytest

from fpdesk.cli import main
from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.output.ledgers import LEDGERS, build_ledger
from fpdesk.services.context import Actor

DAY = "2026-11-22"
PERIOD = "2026"
QUARTER = "2026Q2"
EAST = "610628101201"
SAVED = re.compile(r"已保存 (.+)（(\d+) 行(?:，(\d+) 页)?）")


@pytest.fixture(scope="module")
def demo(small_demo, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ledger")
    path = folder / "demo.db"
    shutil.copy(small_demo, path)
    password = folder / "pw.txt"
    password.write_text("demo1234\n", encoding="utf-8")
    return ["--db", str(path), "--user", "admin", "--user-password-file", str(password), "--date", DAY], path


def expected_document(path, name: str, period: str = PERIOD, village: str | None = None):
    """The document the command should print, built directly (as the administrator)."""
    db = open_database(path)
    try:
        with db.read_session() as s:
            return build_ledger(s, Actor("admin", "admin"), name, parse_period(period), village, date(2026, 11, 22))
    finally:
        db.close()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run(demo, capsys, name: str, out, *extra: str) -> re.Match:
    args, _ = demo
    assert main(["ledger", "--register", name, "--out", str(out), *extra, *args]) == 0
    printed = capsys.readouterr().out.strip()
    match = SAVED.fullmatch(printed)
    assert match, printed
    return match


@pytest.mark.parametrize("name", list(LEDGERS))
def test_pdf_has_title_and_every_heading(demo, capsys, tmp_path, name):
    # a quarter, and one village for the whole population, keep the PDFs short enough to read back in full
    selection = ["--period", QUARTER] + (["--village", EAST] if name == "population" else [])
    doc = expected_document(demo[1], name, QUARTER, EAST if name == "population" else None)
    out = tmp_path / f"{name}.pdf"
    match = run(demo, capsys, name, out, *selection)
    assert int(match.group(2)) == doc.row_count
    with pdfplumber.open(out) as pdf:
        assert int(match.group(3)) == len(pdf.pages)
        first = squeeze(pdf.pages[0].extract_text())
        text = squeeze("".join(page.extract_text() for page in pdf.pages))
    assert doc.title in first and squeeze(doc.period) in first and "第1页共" in first
    missing = [g.heading for g in doc.groups if squeeze(g.heading) not in text]
    assert not missing and doc.groups


@pytest.mark.parametrize("name", list(LEDGERS))
def test_workbook_has_the_documents_rows(demo, capsys, tmp_path, name):
    doc = expected_document(demo[1], name)
    out = tmp_path / f"{name}.xlsx"
    match = run(demo, capsys, name, out, "--period", PERIOD)
    assert match.group(3) is None and int(match.group(2)) == doc.row_count
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == list(dict.fromkeys(g.sheet for g in doc.groups))
    data = 0
    for ws in book.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        assert rows[0][0] == doc.title
        data += sum(1 for r in rows if r and isinstance(r[0], int))    # 序号 only on data rows
    book.close()
    assert data == doc.row_count


def test_a_village_register(demo, capsys, tmp_path):
    args, path = demo
    out = tmp_path / "东庄村.xlsx"
    assert main(["ledger", "--register", "women", "--village", "610628101201", "--out", str(out), *args]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 1 and book.worksheets[0]["A2"].value.endswith("）")
    book.close()
    assert "行" in capsys.readouterr().out


@pytest.mark.parametrize("extra, message", [
    (["--register", "women", "--village", "610628101099"], "610628101099"),
    (["--register", "births", "--period", "2026Q5"], "2026Q5"),
    (["--register", "births", "--period", "last year"], "last year"),
])
def test_user_errors_exit_1(demo, capsys, tmp_path, extra, message):
    args, _ = demo
    out = tmp_path / "x.pdf"
    assert main(["ledger", *extra, "--out", str(out), *args]) == 1
    assert message in capsys.readouterr().err and not out.exists()


def test_bad_suffix_exits_1(demo, capsys, tmp_path):
    args, _ = demo
    out = tmp_path / "x.csv"
    assert main(["ledger", "--register", "births", "--out", str(out), *args]) == 1
    assert ".pdf" in capsys.readouterr().err and not out.exists()


def test_unknown_register_exits_2(demo, capsys, tmp_path):
    args, _ = demo
    with pytest.raises(SystemExit) as caught:
        main(["ledger", "--register", "violators", "--out", str(tmp_path / "x.pdf"), *args])
    assert caught.value.code == 2
    assert "violators" in capsys.readouterr().err


def test_viewer_sees_masked_ids(demo, capsys, tmp_path):
    args, path = demo
    admin = ["--db", str(path), "--user", "admin", "--user-password-file", args[5]]
    assert main(["user", "add", "kan", "--role", "viewer", "--password-file", args[5], *admin]) == 0
    out = tmp_path / "v.xlsx"
    viewer = ["--db", str(path), "--user", "kan", "--user-password-file", args[5], "--date", DAY]
    assert main(["ledger", "--register", "women", "--out", str(out), *viewer]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    heading = [c for c in next(book.worksheets[0].iter_rows(min_row=3, max_row=3, values_only=True))]
    j = heading.index("公民身份号码")
    ids = [r[j] for ws in book.worksheets for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], int)]
    book.close()
    assert ids and all(i is None or "********" in i for i in ids)
    capsys.readouterr()
