"""The workbook read back with openpyxl."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.output.pdf_page import Cancelled
from fpdesk.output.xlsx import render_tables_xlsx, sheet_name
from tests.output.conftest import ISSUED, LONG_ADDRESS, expected_sums, make_document, marker

FIRST_DATA_ROW = 4          # title, unit/period, one heading row


def data_rows(ws, first: int = FIRST_DATA_ROW) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if isinstance(r[0], str) and r[0].startswith("R")]


def labelled(ws, label: str) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=FIRST_DATA_ROW, values_only=True) if r[0] == label]


@pytest.fixture
def village_book(tmp_path):
    doc = make_document(300, villages=3, long_text_every=25)
    path = tmp_path / "花名册.xlsx"
    render_tables_xlsx([doc], path)
    return doc, openpyxl.load_workbook(path)


def test_one_sheet_per_village_with_title_block_and_headings(village_book):
    doc, book = village_book
    assert book.sheetnames == ["一村", "二村", "三村"]
    for ws in book.worksheets:
        assert ws["A1"].value == doc.title
        assert "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
        assert ws["A2"].value == doc.unit
        assert doc.period in [c.value for c in ws[2]]
        assert [c.value for c in ws[3]] == [c.heading for c in doc.columns]


def test_rows_values_and_types(village_book):
    doc, book = village_book
    written = [row for ws in book.worksheets for row in data_rows(ws)]
    source = [row for group in doc.groups for row in group.rows]
    assert [r[0] for r in written] == [marker(i) for i in range(1, 301)]
    for got, want in zip(written, source):
        assert isinstance(got[2], datetime) and got[2].date() == want[2]
        assert got[3] == want[3] and isinstance(got[3], int)
        assert got[4] == pytest.approx(float(want[4]))
        assert got[5] == want[5] and got[6] == want[6]
    ws = book["一村"]
    assert ws.cell(FIRST_DATA_ROW + 1, 3).number_format == 'yyyy"年"m"月"d"日"'
    assert ws.cell(FIRST_DATA_ROW + 1, 5).number_format == "0.00"


def test_sheet_totals_are_the_sums_and_a_lone_groups_subtotal_is_not_repeated(village_book):
    doc, book = village_book
    for ws, group in zip(book.worksheets, doc.groups):
        children, amount = expected_sums(group.rows)
        (total,) = labelled(ws, f"{ws.title}合计")
        assert total[3] == children
        assert Decimal(str(total[4])).quantize(Decimal("0.01")) == amount
        assert not labelled(ws, "小计")      # one group on the sheet: its 小计 would repeat the 合计
    assert not any(labelled(ws, "合计") for ws in book.worksheets)


def test_print_setup(village_book):
    _doc, book = village_book
    for ws in book.worksheets:
        assert ws.freeze_panes == "A4"
        assert ws.print_title_rows == "$1:$3"   # title, unit/period and heading on every page
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.oddFooter.right.text == "第 &P 页 共 &N 页"
        assert "填表人：" in ws.oddFooter.left.text and "填报日期：2026年11月22日" in ws.oddFooter.left.text


def test_long_text_wraps_in_a_taller_row(village_book):
    _doc, book = village_book
    ws = book["一村"]
    for row in ws.iter_rows(min_row=FIRST_DATA_ROW):
        if row[0].value == marker(25):
            assert row[6].value == LONG_ADDRESS
            assert row[6].alignment.wrap_text
            assert ws.row_dimensions[row[0].row].height > 30
            break
    else:
        pytest.fail("row 25 not found")
    assert ws.column_dimensions["G"].width == pytest.approx(70 / 2.3, abs=0.1)
    assert ws.column_dimensions["C"].width >= 14                        # room for 2026年11月22日


def test_bands_merge_and_move_the_frozen_rows(tmp_path):
    path = tmp_path / "bands.xlsx"
    render_tables_xlsx([make_document(20, villages=1, bands=True, grand_total=False)], path)
    ws = openpyxl.load_workbook(path).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"B3:C3", "A3:A4", "E3:E4", "H3:H4"} <= merged
    assert [ws.cell(3, j).value for j in (1, 2, 4)] == ["编号", "本人情况", "子女"]
    assert [ws.cell(4, j).value for j in (2, 3, 4)] == ["姓名", "出生\n日期", "现有子女数"]
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$1:$4"
    assert len(data_rows(ws, 5)) == 20


def test_groups_without_sheets_share_one_sheet_named_after_the_title(tmp_path):
    cols = [Column("a", "名称", 30), Column("n", "人数", 15, "int", total=True)]
    doc = TableDocument("各村人口统计表：2026/第1季度*", "填报单位：和平镇", "2026年", cols,
                        [Group("一村", [["甲", 1], ["乙", 2]]), Group("二村", [["丙", 4]])],
                        issued=ISSUED, orientation="portrait", subtotals=True, grand_total=True, total_label="全镇合计")
    path = tmp_path / "stats.xlsx"
    render_tables_xlsx([doc, doc], path)
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 2
    first, second = book.sheetnames
    assert len(first) <= 31 and not set("[]:*?/\\") & set(first)
    assert second != first and len(second) <= 31
    ws = book[first]
    assert ws.page_setup.orientation == "portrait"
    assert [r[1] for r in labelled(ws, "小计")] == [3, 4]
    assert labelled(ws, "全镇合计")[0][1] == 7


def test_sheet_names_are_legal_and_unique():
    taken: set[str] = set()
    names = [sheet_name(n, taken) for n in ["一村", "一村", "a/b:c", "'引号'", "", "长" * 40, "长" * 40]]
    assert names[:5] == ["一村", "一村(2)", "a_b_c", "引号", "Sheet"]
    assert len(names[5]) == 31 and len(names[6]) == 31 and names[5] != names[6]


def test_cancel_keeps_the_existing_file(tmp_path):
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(b"yesterday")
    with pytest.raises(Cancelled):
        render_tables_xlsx([make_document(2000)], path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [path] and path.read_bytes() == b"yesterday"


def test_progress_reaches_the_end(tmp_path):
    seen = []
    render_tables_xlsx([make_document(1200)], tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1200, 1200) and [d for d, _ in seen] == sorted(d for d, _ in seen)


# -- fit to print ----------------------------------------------------------------------------
def _fit_document():
    cols = [Column("no", "序号", 10, "int", align="center"),
            Column("cert", "出生医学证明编号", 20),                  # narrow: 8.7 characters
            Column("phone", "联系电话", 15),
            Column("model", "节育器型号", 12),
            Column("idno", "公民身份号码", 20, "id"),
            Column("note", "本人意愿及服务情况说明（自愿选择，可拒绝）", 14)]
    rows = [[i, f"O51{i:07d}", "13912345678", "TCu380A-Cu220C", "610628199001011234",
             "本人选择暂缓服务，已告知可随时再来咨询"] for i in range(1, 40)]
    return TableDocument("育龄妇女服务登记册", "填报单位：和平镇", "2026年", cols, [Group("", rows)], issued=ISSUED)


def test_no_value_breaks_mid_string_and_headings_are_as_tall_as_their_text(tmp_path):
    from fpdesk.output.xlsx import LINE_HEIGHT, UNBREAKABLE

    doc = _fit_document()
    path = tmp_path / "fit.xlsx"
    render_tables_xlsx([doc], path)
    ws = openpyxl.load_workbook(path).active
    widths = {j: ws.column_dimensions[chr(64 + j)].width for j in range(1, 7)}
    for row in ws.iter_rows(min_row=FIRST_DATA_ROW, max_row=FIRST_DATA_ROW + 38):
        for j, cell in enumerate(row, 1):
            value = str(cell.value)
            longest = max(len(run) for run in UNBREAKABLE.findall(value)) if UNBREAKABLE.search(value) else 0
            assert longest < widths[j], (cell.coordinate, value, widths[j])
    # the long heading in a 6-character column takes several lines; the row is that tall
    heading = ws.cell(3, 6)
    assert heading.alignment.wrap_text
    lines = -(-len(heading.value) * 2 // (widths[6] - 1.5))
    assert ws.row_dimensions[3].height >= LINE_HEIGHT * lines
    assert ws.print_title_rows == "$1:$3"


def test_registers_use_one_date_style_and_fit_their_ids(tmp_path, small_demo):
    """Every register of the demo: one date format, no date written as text, IDs never wider than their column."""
    import re

    from fpdesk.db.schema import open_database
    from fpdesk.output.ledgers import LEDGERS, build_ledger
    from fpdesk.services.context import SYSTEM
    from fpdesk.output.xlsx import UNBREAKABLE
    from tests.output.conftest import ISSUED as ON

    iso = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
    db = open_database(small_demo)
    try:
        for name in LEDGERS:
            with db.read_session() as session:
                doc = build_ledger(session, SYSTEM, name, None, None, ON)
            path = tmp_path / f"{name}.xlsx"
            render_tables_xlsx([doc], path)
            for ws in openpyxl.load_workbook(path).worksheets:
                head_rows = 2 if any(c.band for c in doc.columns) else 1
                assert ws.print_title_rows == f"$1:${2 + head_rows}", name
                formats = set()
                for row in ws.iter_rows(min_row=3 + head_rows):
                    for cell in row:
                        if isinstance(cell.value, datetime):
                            formats.add(cell.number_format)
                        elif isinstance(cell.value, str) and cell.row and not cell.value.startswith("说明"):
                            assert not iso.search(cell.value), (name, cell.coordinate, cell.value)
                            runs = UNBREAKABLE.findall(cell.value)
                            width = ws.column_dimensions[cell.column_letter].width
                            if runs and cell.coordinate not in ws.merged_cells:
                                assert max(map(len, runs)) < width, (name, cell.coordinate, cell.value, width)
                assert len(formats) <= 1, (name, formats)
    finally:
        db.close()
