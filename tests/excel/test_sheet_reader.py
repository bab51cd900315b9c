"""Reading .xlsx, .xls and .csv files, and every kind of bad file (FORMATS.md §6)."""

import io
import random
import shutil
import zipfile
from datetime import date, datetime

import pytest

from fpdesk.services.excel_import import import_excel, preview
from fpdesk.services.sheet_reader import SheetFileError, open_workbook
from tests.excel.helpers import EAST, TODAY, office_db, xls, xlsx

ROWS = [["姓名", "性别", "出生日期", "组"], ["张秀梅", "女", date(1990, 5, 17), "1组"], ["李四", "男", "1988-01-02", 2]]


def all_rows(path, sheet=None):
    with open_workbook(path) as book:
        return [(n, cells) for n, cells in book.rows(sheet or book.sheets[0].name)]


def test_xlsx_rows_keep_the_spreadsheets_row_numbers(tmp_path):
    path = xlsx(tmp_path / "a.xlsx", {"东庄村": [["标题"], [], *ROWS]})
    rows = all_rows(path)
    assert rows[2] == (3, ["姓名", "性别", "出生日期", "组"])
    assert rows[3][0] == 4 and rows[3][1][2] == datetime(1990, 5, 17)


def test_xls_is_read_with_dates(tmp_path):
    path = xls(tmp_path / "a.xls", {"东庄村": ROWS, "西庄村": [["姓名", "性别"]]})
    with open_workbook(path) as book:
        assert [s.name for s in book.sheets] == ["东庄村", "西庄村"]
        rows = list(book.rows("东庄村"))
    assert rows[1] == (2, ["张秀梅", "女", datetime(1990, 5, 17), "1组"])
    assert rows[2][1][3] == 2.0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_encodings_are_detected(tmp_path, encoding):
    text = "姓名,性别,出生日期\n张秀梅,女,1990-05-17\n𠀾红,女,1991-01-01\n" if encoding in ("utf-8", "utf-8-sig", "gb18030") \
        else "姓名,性别,出生日期\n张秀梅,女,1990-05-17\n"
    path = tmp_path / "a.csv"
    path.write_bytes(text.encode(encoding))
    rows = all_rows(path)
    assert rows[1] == (2, ["张秀梅", "女", "1990-05-17"])
    if len(rows) > 2:
        assert rows[2][1][0] == "𠀾红"


def test_csv_in_an_unexpected_encoding_is_refused_clearly(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("姓名,性别\n张秀梅,女\n".encode("utf-16"))
    with pytest.raises(SheetFileError, match="a.csv 的文字编码无法识别"):
        open_workbook(path)
    path.write_bytes(b"\xff\xff\xff\xff,\x80\x80")
    with pytest.raises(SheetFileError, match="编码无法识别"):
        open_workbook(path)


def test_corrupt_xlsx_is_refused_clearly(tmp_path):
    good = xlsx(tmp_path / "good.xlsx", {"东庄村": ROWS})
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:600])
    with pytest.raises(SheetFileError, match="cut.xlsx 已损坏"):
        open_workbook(cut)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    with pytest.raises(SheetFileError, match="junk.xlsx 已损坏，或不是 Excel/WPS 表格文件"):
        open_workbook(junk)


def test_password_protected_workbook_is_refused_clearly(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = xlsx(tmp_path / "plain.xlsx", {"东庄村": ROWS})
    locked = tmp_path / "locked.xlsx"
    with open(plain, "rb") as source, open(locked, "wb") as target:
        OOXMLFile(source).encrypt("secret1", target)
    assert msoffcrypto is not None
    with pytest.raises(SheetFileError, match="locked.xlsx 设置了打开密码"):
        open_workbook(locked)


def test_xls_renamed_xlsx_is_read_as_what_it_is(tmp_path):
    path = xls(tmp_path / "a.xls", {"东庄村": ROWS})
    renamed = tmp_path / "renamed.xlsx"
    shutil.copy(path, renamed)
    with open_workbook(renamed) as book:
        assert book.kind == "xls"
        assert "扩展名与内容不符" in book.notes[0]
        assert len(list(book.rows("东庄村"))) == 3


def test_empty_workbook_and_sheet_without_header(tmp_path):
    db, actor = office_db(tmp_path / "office.db")
    try:
        empty = xlsx(tmp_path / "empty.xlsx", {"Sheet1": []})
        with pytest.raises(SheetFileError, match="empty.xlsx 中没有可导入的数据行"):
            import_excel(db, actor, empty, today=TODAY)
        no_header = xlsx(tmp_path / "nohead.xlsx", {"东庄村": [["编号", "金额"], [1, 30]]})
        with pytest.raises(SheetFileError, match="工作表“东庄村”：前 10 行中找不到表头"):
            import_excel(db, actor, no_header, today=TODAY)
    finally:
        db.close()


def test_a_200000_row_sheet_works_with_progress(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["姓名,性别,出生日期,村"] + [f"人{i},女,1990-01-01,北庄村" for i in range(200_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    seen = []
    with open_workbook(path) as book:
        count = sum(1 for _ in book.rows(book.sheets[0].name))
    assert count == 200_001
    sheets = preview(path, rows=5)
    assert sheets[0].header.row == 1 and sheets[0].declared_rows == 200_001
    # the import's own reading: 北庄村 is not the office's, so every row is refused (quickly, with a reason)
    db, actor = office_db(tmp_path / "office.db")
    try:
        summary = import_excel(db, actor, path, dry_run=True, today=TODAY,
                               progress=lambda done, total: seen.append((done, total)))
    finally:
        db.close()
    assert summary.sheets[0].rows == 200_000
    assert len(seen) > 100 and seen[-1] == (seen[-1][1], seen[-1][1])
    assert summary.inserted == 0 and len(summary.refused) == 200_000
    assert summary.refused[-1] == {"sheet": "big", "row": 200_001, "column": "村", "reason": "“北庄村”不是本乡镇的村"}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        kind = rng.random()
        at = rng.randrange(len(data))
        if kind < 0.5:
            data[at] = rng.randrange(256)
        elif kind < 0.75:
            del data[at:at + rng.randint(1, 64)]
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(data)


def _mutate_inside(data: bytes, rng: random.Random) -> bytes:
    """Damage one part of the ZIP (XML) but keep the container valid."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    victim = rng.choice(source.namelist())
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, _mutate(content, rng) if name == victim and content else content)
    return out.getvalue()


def test_fuzzed_workbooks_never_raise_anything_but_a_clear_message(tmp_path):
    db, actor = office_db(tmp_path / "office.db")
    rows = [["花名册"], ["姓名", "性别", "出生日期", "身份证号", "组", "避孕措施", "措施时间"],
            ["张秀梅", "女", date(1990, 5, 17), "610628199005171221", "1组", "上环", "2015.3.2"],
            ["李四", "男", "1988/1/2", None, 2, None, None], ["合计", None, None]]
    seeds = {"xlsx": xlsx(tmp_path / "seed.xlsx", {"东庄村": rows}).read_bytes(),
             "xls": xls(tmp_path / "seed.xls", {"东庄村": rows}).read_bytes(),
             "csv": "\n".join(",".join("" if c is None else str(c) for c in r) for r in rows).encode("gbk")}
    rng = random.Random(13)
    outcomes = {"ok": 0, "refused": 0}
    try:
        for i in range(300):
            kind = ("xlsx", "xls", "csv")[i % 3]
            data = _mutate_inside(seeds[kind], rng) if kind == "xlsx" and i % 2 else _mutate(seeds[kind], rng)
            path = tmp_path / f"fuzz{i}.{kind}"
            path.write_bytes(data)
            try:
                import_excel(db, actor, path, village=EAST, dry_run=True, today=TODAY)
                outcomes["ok"] += 1
            except SheetFileError as exc:
                assert str(exc) and "Traceback" not in str(exc)
                outcomes["refused"] += 1
    finally:
        db.close()
    assert outcomes["ok"] + outcomes["refused"] == 300 and outcomes["refused"] > 0
