"""`fpdesk report` end to end: JSON on stdout, readable tables, XLSX and PDF
files read back, exit codes."""

import json
import shutil

import openpyxl
import pdfplumber
import pytest

from fpdesk.cli import main
from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.services.statistics import COLUMNS, compute_report
from tests.services.test_statistics_fixture import TOWNSHIP, V1, build_township

TITLES = ["T1 人口变动情况表", "T2 出生情况表", "T3 已婚育龄妇女避孕节育情况表", "T4 避孕节育服务情况表",
          "T5 健康检查与随访情况表", "T6 流动人口情况表", "T7 奖励扶助与补贴情况表（2026年度）"]   # the calendar year of the period end


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    build_township(db)
    db.close()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_is_the_report_and_nothing_else(office, capsys):
    code, out, err = run(capsys, "report", "--db", str(office), "--period", "2026", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    db = open_database(office)
    with db.read_session() as session:
        assert data == compute_report(session, parse_period("2026")).as_json()
    db.close()
    t1 = {row["code"]: row for row in data["tables"][0]["rows"]}
    assert t1[V1]["births"] == 2 and t1[TOWNSHIP]["pop_end"] == 14


def test_readable_tables_without_out_or_json(office, capsys):
    code, out, _ = run(capsys, "report", "--db", str(office), "--period", "2026Q1")
    assert code == 0
    assert "2026年第1季度" in out and "T1 人口变动" in out and "T7 奖励扶助与补贴" in out
    assert "期初人口" in out and "东村" in out and "合计" in out


def test_xlsx_has_a_sheet_per_table_with_headings_and_rows(office, tmp_path, capsys):
    target = tmp_path / "报表.xlsx"
    code, out, _ = run(capsys, "report", "--db", str(office), "--period", "2026", "--out", str(target))
    assert code == 0 and "已保存" in out
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(book.sheetnames) == 7
    for name, title, table_id in zip(book.sheetnames, TITLES, ["T1", "T2", "T3", "T4", "T5", "T6", "T7"]):
        cells = [c for row in book[name].iter_rows(values_only=True) for c in row if c is not None]
        assert title in cells
        headings = [h for _, h in COLUMNS[table_id]] if table_id != "T7" else ["享受人数", "奖励扶助", "育儿补贴"]
        assert all(h in cells for h in headings), table_id
        assert "东村" in cells and "西村" in cells and "合计" in cells
    t1 = [row for row in book[book.sheetnames[0]].iter_rows(values_only=True) if row and row[0] == "合计"][0]
    assert list(t1[1:7]) == [13, 3, 2, 2, 2, 14]
    book.close()


def test_pdf_has_every_title_and_page_numbers(office, tmp_path, capsys):
    target = tmp_path / "报表.pdf"
    code, out, _ = run(capsys, "report", "--db", str(office), "--period", "2026", "--out", str(target))
    assert code == 0 and "共 7 页" in out
    with pdfplumber.open(target) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert len(texts) == 7
    for number, (text, title) in enumerate(zip(texts, TITLES), start=1):
        assert title in text
        assert f"第 {number} 页 共 7 页" in text
        assert "填报单位：和平镇" in text and "2025年10月1日至2026年9月30日" in text
        assert "单位负责人" in text and "统计负责人" in text and "报出日期" in text


def test_json_with_out_prints_only_json(office, tmp_path, capsys):
    target = tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "report", "--db", str(office), "--period", "2026-03", "--json", "--out", str(target))
    assert code == 0 and json.loads(out)["period"]["kind"] == "month" and target.exists()


def test_region_option_picks_a_township(office, capsys):
    code, out, _ = run(capsys, "report", "--db", str(office), "--period", "2026", "--json", "--region", TOWNSHIP)
    assert code == 0 and json.loads(out)["region"]["code"] == TOWNSHIP
    code, _, err = run(capsys, "report", "--db", str(office), "--period", "2026", "--region", "123")
    assert code == 1 and "123" in err


@pytest.mark.parametrize("period", ["2026Q5", "2026-13", "26", "2026-09-30..2026-01-01"])
def test_a_bad_period_exits_1_with_the_reason(office, capsys, period):
    code, out, err = run(capsys, "report", "--db", str(office), "--period", period)
    assert code == 1 and out == ""
    assert "统计期间" in err and "可用的格式" in err


def test_an_unknown_file_type_exits_1(office, tmp_path, capsys):
    code, _, err = run(capsys, "report", "--db", str(office), "--period", "2026", "--out", str(tmp_path / "r.csv"))
    assert code == 1 and ".csv" in err and not (tmp_path / "r.csv").exists()


def test_missing_period_is_a_bad_argument(office, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "--db", str(office)])
    assert exc.value.code == 2


def test_a_database_with_accounts_needs_sign_in(small_demo, tmp_path, capsys):
    demo = tmp_path / "demo.db"
    shutil.copy(small_demo, demo)             # signing in writes the audit log
    code, _, err = run(capsys, "report", "--db", str(demo), "--period", "2026")
    assert code == 1 and "--user" in err
    password = tmp_path / "pw"
    password.write_text("demo1234\n", encoding="utf-8")
    code, out, _ = run(capsys, "report", "--db", str(demo), "--period", "2026", "--json",
                       "--user", "admin", "--user-password-file", str(password))
    assert code == 0 and len(json.loads(out)["tables"]) == 7
