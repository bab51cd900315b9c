"""The registers' and reports' XLSX printed by a real spreadsheet program:
LibreOffice converts them to PDF, and the PDF text shows the title block on
every page and every ID number whole (none wrapped mid-string)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pdfplumber
import pytest

from fpdesk.db.schema import open_database
from fpdesk.output.ledgers import build_ledger
from fpdesk.output.xlsx import render_tables_xlsx
from fpdesk.services.context import SYSTEM
from tests.output.conftest import ISSUED

pytestmark = pytest.mark.slow   # LibreOffice starts slowly (~15 s a run)

ID = re.compile(r"(?<![\dX])\d{17}[\dX](?![\dX])")


def test_libreoffice_prints_the_registers_whole(tmp_path, small_demo):
    soffice = shutil.which("soffice")
    assert soffice, "run scripts/system-deps.sh (libreoffice-calc-nogui)"
    db = open_database(small_demo)
    try:
        with db.read_session() as session:
            docs = {name: build_ledger(session, SYSTEM, name, None, None, ISSUED) for name in ("women", "population")}
    finally:
        db.close()
    for name, doc in docs.items():
        render_tables_xlsx([doc], tmp_path / f"{name}.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    *(str(tmp_path / f"{n}.xlsx") for n in docs)],
                   check=True, capture_output=True, timeout=600)

    for name, doc in docs.items():
        at = [c.key for c in doc.columns].index("id")
        written_ids = {row[at] for g in doc.groups for row in g.rows} - {None, ""}
        with pdfplumber.open(tmp_path / "pdf" / f"{name}.pdf") as pdf:
            assert len(pdf.pages) > 1, name
            printed_ids: set[str] = set()
            for page in pdf.pages:
                text = page.extract_text() or ""
                assert doc.title in text.replace(" ", ""), (name, page.page_number)   # print titles
                assert "填报单位" in text, (name, page.page_number)
                printed_ids |= set(ID.findall(text))   # a wrapped ID would be two pieces
        whole = {i for i in written_ids if ID.fullmatch(i)}
        assert whole and whole <= printed_ids, (name, sorted(whole - printed_ids)[:5])
