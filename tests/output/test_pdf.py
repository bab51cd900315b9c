"""The table PDF read back with pdfplumber and pypdf."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from pypdf import PdfReader

from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.output.pdf import format_value, render_tables_pdf
from fpdesk.output.pdf_page import Cancelled
from tests.output.conftest import ISSUED, LONG_ADDRESS, columns, expected_sums, make_document, marker

MARKER = re.compile(r"R\d{6}")


def flat(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def page_tables(path) -> list[list[list[str | None]]]:
    """The one ruled table of every page, as rows of cell texts."""
    with pdfplumber.open(path) as pdf:
        out = []
        for page in pdf.pages:
            tables = page.find_tables()
            assert len(tables) == 1, f"page {page.page_number} holds {len(tables)} tables"
            out.append(tables[0].extract())
        return out


def page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_every_page_carries_title_block_headings_and_numbering(tmp_path):
    doc = make_document(400, villages=3)
    path = tmp_path / "花名册.pdf"
    pages = render_tables_pdf([doc], path)
    assert pages == len(PdfReader(path).pages) > 5
    texts = page_texts(path)
    headings = {flat(c.heading) for c in doc.columns}
    for number, (text, table) in enumerate(zip(texts, page_tables(path)), 1):
        assert doc.title in text and doc.unit in text and doc.period in text, f"page {number}"
        assert f"第 {number} 页 共 {pages} 页" in text
        assert "填表人：" in text and "审核人：" in text and "填报日期：2026年11月22日" in text
        assert {flat(cell) for cell in table[0]} == headings, f"page {number} headings"
    markers = [m for text in texts for m in MARKER.findall(text)]
    assert markers == [marker(i) for i in range(1, 401)]       # every row once, in order


def test_every_font_is_embedded(tmp_path):
    path = tmp_path / "fonts.pdf"
    render_tables_pdf([make_document(60, long_text_every=9, bands=True)], path)
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen += 1
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for part in parts:
                assert "/FontDescriptor" in part, f"{font['/BaseFont']} is not embedded"
                descriptor = part["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font["/BaseFont"]
    assert seen > 0


def test_a_long_address_wraps_inside_its_cell(tmp_path):
    doc = make_document(30, villages=1, long_text_every=10)
    path = tmp_path / "wrap.pdf"
    render_tables_pdf([doc], path)
    assert len(LONG_ADDRESS) == 60
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        table = page.find_tables()[0]
        rows = table.extract()
        address_col = [flat(c) for c in rows[0]].index("现住址")
        heights = {}
        for cells, row in zip(rows, table.rows):
            if cells[0] and MARKER.fullmatch(cells[0]):
                heights[cells[0]] = row.bbox[3] - row.bbox[1]
                if cells[0] == marker(10):
                    x0, top, x1, bottom = row.cells[address_col]
                    inside = page.crop((x0, top, x1, bottom)).extract_text()
                    assert flat(inside) == LONG_ADDRESS                    # nothing lost, nothing outside
                    assert flat(cells[address_col]) == LONG_ADDRESS
                    assert inside.count("\n") >= 1                          # it did wrap
    assert heights[marker(10)] > 1.8 * heights[marker(1)]
    assert heights[marker(20)] == pytest.approx(heights[marker(10)])


def test_bands_span_their_columns(tmp_path):
    path = tmp_path / "bands.pdf"
    render_tables_pdf([make_document(20, bands=True)], path)
    table = page_tables(path)[0]
    top, bottom = [[flat(c) if c is not None else None for c in row] for row in table[:2]]
    assert top[:4] == ["编号", "本人情况", None, "子女"]
    assert bottom[:4] == [None, "姓名", "出生日期", "现有子女数"]
    assert top[4:] == ["奖扶金额（元）", "公民身份号码", "现住址", "备注"]
    assert bottom[4:] == [None] * 4


def test_subtotals_and_grand_total_equal_the_sums(tmp_path):
    doc = make_document(150, villages=3)
    path = tmp_path / "totals.pdf"
    render_tables_pdf([doc], path)
    rows = [row for table in page_tables(path) for row in table]
    subtotals = [row for row in rows if flat(row[0]) == "小计"]
    totals = [row for row in rows if flat(row[0]) == "合计"]
    assert len(subtotals) == 3 and len(totals) == 1
    for row, group in zip(subtotals, doc.groups):
        children, amount = expected_sums(group.rows)
        assert (row[3], row[4]) == (str(children), f"{amount:.2f}")
    children, amount = expected_sums([r for g in doc.groups for r in g.rows])
    assert (totals[0][3], totals[0][4]) == (str(children), f"{amount:.2f}")
    assert rows[-1] == totals[0]                                  # the grand total closes the table


def test_a_lone_group_gets_its_total_once(tmp_path):
    doc = make_document(40, villages=1)
    assert doc.subtotals and doc.grand_total and len(doc.groups) == 1
    path = tmp_path / "one.pdf"
    render_tables_pdf([doc], path)
    rows = [row for table in page_tables(path) for row in table]
    assert [flat(row[0]) for row in rows].count("合计") == 1
    assert not [row for row in rows if flat(row[0]) == "小计"]
    children, _amount = expected_sums(doc.groups[0].rows)
    assert rows[-1][3] == str(children)


def test_continued_group_and_notes(tmp_path):
    doc = make_document(120, villages=1, notes=["第一条说明。", "第二条说明。"])
    path = tmp_path / "notes.pdf"
    pages = render_tables_pdf([doc], path)
    texts = page_texts(path)
    assert pages >= 3
    assert "和平镇一村（续）" in texts[1]
    assert "育龄妇女花名册（续）" in texts[1]
    assert "1．第一条说明。" in texts[-1] and "2．第二条说明。" in texts[-1]


def test_documents_start_on_new_pages_with_their_own_orientation(tmp_path):
    wide = make_document(10)
    tall = make_document(10, orientation="portrait")
    tall.title = "育龄妇女花名册（竖排）"
    path = tmp_path / "two.pdf"
    pages = render_tables_pdf([wide, tall], path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 2
    first, second = (p.mediabox for p in reader.pages)
    assert first.width > first.height and second.width < second.height
    texts = page_texts(path)
    assert "竖排" not in texts[0] and "育龄妇女花名册（竖排）" in texts[1]
    assert "第 2 页 共 2 页" in texts[1]
    assert reader.metadata.title == "育龄妇女花名册、育龄妇女花名册（竖排）"


def test_wide_columns_are_scaled_to_the_page(tmp_path):
    cols = [Column(f"c{i}", f"第{i}列", 60) for i in range(8)]         # 480 mm on a 273 mm frame
    doc = TableDocument("宽表", "填报单位：和平镇", "2026年", cols, [Group("", [[f"值{i}" * 3 for i in range(8)]])],
                        issued=ISSUED)
    path = tmp_path / "wide.pdf"
    render_tables_pdf([doc], path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        x0, _, x1, _ = page.find_tables()[0].bbox
        assert x0 >= 12 * 72 / 25.4 - 1 and x1 <= page.width - 12 * 72 / 25.4 + 1
        assert all(0 <= ch["x0"] and ch["x1"] <= page.width for ch in page.chars)


def test_empty_document_prints_no_records(tmp_path):
    doc = TableDocument("空表", "填报单位：和平镇", "2026年", columns(), [], issued=ISSUED, grand_total=True)
    path = tmp_path / "empty.pdf"
    assert render_tables_pdf([doc], path) == 1
    text = page_texts(path)[0]
    assert "（无记录）" in text and "合计" in text


def test_narrow_date_column_prints_the_short_form(tmp_path):
    cols = [Column("d", "日期", 20, "date"), Column("n", "数", 12, "int")]
    doc = TableDocument("窄表", "单位", "期间", cols, [Group("", [[date(2026, 3, 5), 7]])], issued=ISSUED)
    path = tmp_path / "narrow.pdf"
    render_tables_pdf([doc], path)
    assert page_tables(path)[0][1] == ["2026.03.05", "7"]


def test_value_formats():
    assert format_value(date(2026, 11, 22), "date") == "2026年11月22日"
    assert format_value(date(2026, 11, 22), "date", short_dates=True) == "2026.11.22"
    assert format_value(Decimal("3"), "money") == "3.00"
    assert format_value(1234.5, "money") == "1234.50"
    assert format_value(12.25, "rate") == "12.25"
    assert format_value(Decimal("98.70"), "rate") == "98.70"
    assert format_value(0.1 + 0.2, "rate") == "0.3"
    assert format_value(100.0, "rate") == "100"
    assert format_value(None, "int") == "" and format_value(12, "int") == "12"


def test_progress_runs_to_the_end(tmp_path):
    seen = []
    render_tables_pdf([make_document(200)], tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_leaves_no_file_and_keeps_an_existing_one(tmp_path):
    path = tmp_path / "花名册.pdf"
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        render_tables_pdf([make_document(300)], path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"the printout from yesterday")
    calls.clear()
    with pytest.raises(Cancelled):
        render_tables_pdf([make_document(300)], path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == [path]
    assert path.read_bytes() == b"the printout from yesterday"
