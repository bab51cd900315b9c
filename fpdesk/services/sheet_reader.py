"""Reading an office's spreadsheet file: .xlsx (openpyxl, read-only, streamed),
.xls (xlrd) and .csv (UTF-8 with or without BOM, GBK / GB18030), as sheets of
rows carrying the spreadsheet's own row numbers.

The format is taken from the file's first bytes, not its name (an .xls renamed
.xlsx is read as what it is). Anything unreadable raises `SheetFileError` with
a Chinese message naming the file (and sheet); never a library's traceback.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fpdesk.domain.messages import ClerkError, Said

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
Row = tuple[int, list]


class SheetFileError(ClerkError):
    """The file (or a sheet of it) cannot be read; str() is for the clerk."""


RESAVE = ("请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入", "open it in Excel or WPS, save it as .xlsx and import that")
SAVE_AS_CSV = ("请另存为“CSV UTF-8”或 .xlsx 后再导入", "save it as \"CSV UTF-8\" or .xlsx and import that")


def _unreadable(path, exc: OSError) -> SheetFileError:
    return SheetFileError(f"无法读取文件 {path}：{exc.strerror}", f"Cannot read the file {path}: {exc.strerror}")


def _damaged(name: str, how: str, exc: BaseException | None = None, resave: bool = False) -> SheetFileError:
    """"文件 x 已损坏，无法作为 .xls 读取（KeyError）：请…另存为 .xlsx…"; `how` is the format (.xls) or ""."""
    as_zh, as_en = (f"作为 {how} ", f" as {how}") if how else ("", "")
    why_zh, why_en = (f"（{type(exc).__name__}）", f" ({type(exc).__name__})") if exc else ("", "")
    then_zh, then_en = (f"：{RESAVE[0]}", f": {RESAVE[1]}") if resave else ("", "")
    return SheetFileError(f"文件 {name} 已损坏，无法{as_zh}读取{why_zh}{then_zh}",
                          f"The file {name} is damaged and cannot be read{as_en}{why_en}{then_en}")


def _sheet_damaged(path: Path, sheet: str, exc: BaseException) -> SheetFileError:
    return SheetFileError(f"文件 {path.name} 的工作表“{sheet}”已损坏，无法读取（{type(exc).__name__}）",
                          f"The sheet \"{sheet}\" of {path.name} is damaged and cannot be read ({type(exc).__name__})")


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int | None      # as the file declares it (None when unknown)


class Workbook:
    """An open spreadsheet: `sheets` in file order, `rows(name)` streams a sheet."""

    kind = ""

    def __init__(self, path: Path):
        self.path = path
        self.sheets: list[SheetInfo] = []
        self.notes: list[str] = []   # things the clerk should know about the file itself

    def rows(self, name: str) -> Iterator[Row]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_workbook(path: str | Path) -> Workbook:
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SheetFileError(f"找不到文件：{path}", f"File not found: {path}") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not head:
        raise SheetFileError(f"文件 {path.name} 是空的（0 字节）", f"The file {path.name} is empty (0 bytes)")
    if head.startswith(ZIP_MAGIC):
        book: Workbook = XlsxBook(path)
    elif head.startswith(OLE_MAGIC):
        book = XlsBook(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".et"):
        raise SheetFileError(f"文件 {path.name} 已损坏，或不是 Excel/WPS 表格文件：请在 Excel 或 WPS 中打开后"
                             "另存为 .xlsx 再导入",
                             f"The file {path.name} is damaged or not an Excel/WPS spreadsheet: {RESAVE[1]}")
    else:
        book = CsvBook(path)
    suffix = path.suffix.lower()
    if (book.kind == "xls" and suffix == ".xlsx") or (book.kind == "xlsx" and suffix == ".xls"):
        book.notes.append(Said(f"文件 {path.name} 的扩展名与内容不符（实为 .{book.kind} 文件），已按实际格式读取",
                               f"The extension of {path.name} does not match its contents (a .{book.kind} file): "
                               "read as what it is"))
    if not book.sheets:
        raise SheetFileError(f"文件 {path.name} 中没有工作表", f"The file {path.name} has no sheets")
    return book


# -- .xlsx -----------------------------------------------------------------------
class XlsxBook(Workbook):
    kind = "xlsx"

    def __init__(self, path: Path):
        super().__init__(path)
        import openpyxl

        try:
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError,
                IndexError, EOFError, SyntaxError) as exc:
            raise _damaged(path.name, ".xlsx", exc, resave=True) from None
        except Exception as exc:   # lxml/expat parse errors of a damaged part
            raise _damaged(path.name, "", exc) from None
        for sheet in self.book.worksheets:
            try:
                declared = sheet.max_row
            except Exception:
                declared = None
            self.sheets.append(SheetInfo(sheet.title, declared))

    def rows(self, name: str) -> Iterator[Row]:
        try:
            sheet = self.book[name]
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(values)
        except SheetFileError:
            raise
        except Exception as exc:
            raise _sheet_damaged(self.path, name, exc) from None

    def close(self) -> None:
        try:
            self.book.close()
        except Exception:
            pass


# -- .xls ------------------------------------------------------------------------
class XlsBook(Workbook):
    kind = "xls"

    def __init__(self, path: Path):
        super().__init__(path)
        import xlrd

        data = path.read_bytes()
        if ENCRYPTED_STREAM in data:
            raise SheetFileError(f"文件 {path.name} 设置了打开密码：请在 Excel 或 WPS 中取消密码"
                                 "（文件 → 信息 → 保护工作簿）并保存后再导入",
                                 f"The file {path.name} has an opening password: remove it in Excel or WPS "
                                 "(File → Info → Protect Workbook), save and import again")
        try:
            self.book = xlrd.open_workbook(file_contents=data, on_demand=True)
        except xlrd.biffh.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise SheetFileError(f"文件 {path.name} 设置了打开密码：请取消密码并保存后再导入",
                                     f"The file {path.name} has an opening password: remove it, save and import "
                                     "again") from None
            raise _damaged(path.name, ".xls", resave=True) from None
        except Exception as exc:
            raise _damaged(path.name, ".xls", exc) from None
        for index, name in enumerate(self.book.sheet_names()):
            try:
                rows = self.book.sheet_by_index(index).nrows
            except Exception:
                rows = None
            self.sheets.append(SheetInfo(name, rows))

    def rows(self, name: str) -> Iterator[Row]:
        import xlrd

        try:
            sheet = self.book.sheet_by_name(name)
            for r in range(sheet.nrows):
                values = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate_as_datetime(cell.value, self.book.datemode))
                        except Exception:
                            values.append(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        values.append(None)
                    else:
                        values.append(cell.value)
                yield r + 1, values
        except Exception as exc:
            raise _sheet_damaged(self.path, name, exc) from None

    def close(self) -> None:
        try:
            self.book.release_resources()
        except Exception:
            pass


# -- .csv ------------------------------------------------------------------------
def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not), else GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise SheetFileError(f"文件 {name} 的文字编码无法识别（像是 UTF-16 或二进制文件）：{SAVE_AS_CSV[0]}",
                             f"The text encoding of {name} is not recognised (it looks like UTF-16 or a binary "
                             f"file): {SAVE_AS_CSV[1]}")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SheetFileError(f"文件 {name} 的文字编码无法识别（既不是 UTF-8，也不是 GBK/GB18030，"
                             f"第 {line} 行有无法识别的字节）：{SAVE_AS_CSV[0]}",
                             f"The text encoding of {name} is not recognised (neither UTF-8 nor GBK/GB18030, "
                             f"line {line} has unknown bytes): {SAVE_AS_CSV[1]}") from None


class CsvBook(Workbook):
    kind = "csv"

    def __init__(self, path: Path):
        super().__init__(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _unreadable(path, exc) from None
        self.text, self.encoding = decode_text(data, path.name)
        self.sheets.append(SheetInfo(path.stem, self.text.count("\n") + 1))

    def rows(self, name: str) -> Iterator[Row]:
        try:
            sample = self.text[:4096]
            dialect = csv.Sniffer().sniff(sample, delimiters=",\t;") if sample else csv.excel
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(self.text, newline=""), dialect)
        try:
            for number, values in enumerate(reader, start=1):
                yield number, [c if c != "" else None for c in values]
        except csv.Error as exc:
            raise SheetFileError(f"文件 {self.path.name} 第 {reader.line_num} 行无法按 CSV 读取：{exc}",
                                 f"Line {reader.line_num} of {self.path.name} cannot be read as CSV: {exc}") from None

