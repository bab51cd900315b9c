"""Workbooks and an office database for the spreadsheet-import tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from fpdesk.db.schema import open_database
from fpdesk.services import office
from fpdesk.services.office import OfficeSetup, VillageSpec

TODAY = date(2026, 11, 22)
TOWNSHIP = "610628101000"
EAST, WEST = "610628101001", "610628101002"
PASSWORD = "demo1234a"


def office_db(path: Path):
    """A new office with two villages (东庄村, 西庄村); returns (database, admin actor)."""
    db = open_database(path, create=True)
    with db.session() as session:
        actor = office.create_office(session, OfficeSetup(
            TOWNSHIP, "和平镇", villages=[VillageSpec(EAST, "东庄村", 5), VillageSpec(WEST, "西庄村", 5)],
            admin_password=PASSWORD))
    return db, actor


def xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for span in (merges or {}).get(name, []):
            sheet.merge_cells(span)
    book.save(path)
    return path


def xls(path: Path, sheets: dict[str, list[list]]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, date):
                    sheet.write(r, c, value, dated)
                else:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path
