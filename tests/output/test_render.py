"""render_documents picks the renderer by the file's suffix."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from fpdesk.output import pdf_page, render
from fpdesk.output.render import Cancelled, render_documents
from tests.output.conftest import make_document


def test_pdf_returns_the_page_count(tmp_path):
    path = tmp_path / "册.pdf"
    pages = render_documents([make_document(80)], path)
    assert pages == len(PdfReader(path).pages) >= 2


@pytest.mark.parametrize("name", ["册.xlsx", "册.XLSX"])
def test_xlsx_returns_none(tmp_path, name):
    path = tmp_path / name
    assert render_documents([make_document(10, villages=1)], path) is None
    assert openpyxl.load_workbook(path).sheetnames == ["一村"]


def test_other_suffixes_are_refused_by_name(tmp_path):
    path = tmp_path / "花名册.csv"
    with pytest.raises(ValueError, match="花名册.csv"):
        render_documents([make_document(5)], path)
    assert not path.exists()


def test_cancelled_is_the_page_machinerys(tmp_path):
    assert Cancelled is pdf_page.Cancelled and "Cancelled" in render.__all__
    with pytest.raises(Cancelled):
        render_documents([make_document(600)], tmp_path / "x.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
