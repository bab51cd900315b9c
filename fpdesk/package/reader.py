"""Reading and verifying a package: everything is checked, nothing is written.

`read_package` decrypts (FPX-ENC1) when needed, then checks the ZIP, the
manifest (format, version, shape, check code), that the ZIP holds exactly the
listed files, and every file's SHA-256 and record count. Any failure refuses
the whole package with a Chinese message naming what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fpdesk.package import FORMAT, VERSION, PackageRefused
from fpdesk.package.checkcode import check_code
from fpdesk.package.crypto import MAGIC, decrypt_stream
from fpdesk.package.jsonl import TABLES, file_path
from fpdesk.package.limits import INT_LIMIT, MAX_LINE, MAX_MANIFEST, MAX_REPORT_JSON

MANIFEST = "manifest.json"
REPORT_JSON, REPORT_XLSX = "reports/report.json", "reports/report.xlsx"
KNOWN_FILES = tuple(file_path(t) for t in TABLES) + (REPORT_JSON, REPORT_XLSX)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CODE = re.compile(r"\d{12}")
NOT_ZIP = ("不是有效的数据包：文件不是 ZIP 格式，或已被截断、损坏",
           "Not a valid package: the file is not a ZIP, or it is truncated or damaged")
# NotImplementedError: a compression method or ZIP version that zipfile does not read;
# RuntimeError: a member flagged as ZIP-encrypted ("password required for extraction")
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, zlib.error,
              NotImplementedError, RuntimeError)


@dataclass
class VerifiedPackage:
    """A package whose every byte has been checked against its manifest."""

    path: Path
    manifest: dict
    encrypted: bool
    _source: object = field(repr=False)  # the ZIP: the file's path, or a decrypted temporary file

    @property
    def check_code(self) -> str:
        return self.manifest["check_code"]

    @property
    def region_code(self) -> str:
        return self.manifest["producer"]["region_code"]

    @property
    def region_name(self) -> str:
        return self.manifest["producer"].get("region_name") or ""

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def files(self) -> dict[str, dict]:
        return {f["path"]: f for f in self.manifest["files"]}

    def records(self, path: str) -> int:
        entry = self.files.get(path)
        return entry["records"] if entry else 0

    def lines(self, path: str) -> Iterator[tuple[int, bytes]]:
        """(line number, line) of a listed data file, every line a record (a blank
        one too, which the importer refuses); nothing when the file is not listed."""
        if path not in self.files:
            return
        number, rest = 0, b""
        with zipfile.ZipFile(self._source) as zf, zf.open(path) as fh:
            while block := fh.read(1 << 20):  # whole blocks: a readline per record is slow
                lines = (rest + block).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    number += 1
                    yield number, line
        if rest:
            yield number + 1, rest

    def read(self, path: str) -> bytes:
        with zipfile.ZipFile(self._source) as zf:
            return zf.read(path)

    def close(self) -> None:
        if hasattr(self._source, "close"):
            self._source.close()


def is_encrypted(path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def read_package(path, password: str | None = None) -> VerifiedPackage:
    path = Path(path)
    try:
        encrypted = is_encrypted(path)
    except FileNotFoundError:
        raise PackageRefused(f"找不到数据包文件：{path}", f"Package file not found: {path}") from None
    except OSError as exc:
        raise PackageRefused(f"无法读取数据包文件 {path}：{exc.strerror}",
                             f"Cannot read the package file {path}: {exc.strerror}") from None
    source = _decrypted(path, password) if encrypted else path
    try:
        manifest = _verify(source)
    except BaseException:
        if encrypted:
            source.close()
        raise
    return VerifiedPackage(path, manifest, encrypted, source)


def _decrypted(path: Path, password: str | None):
    if not password:
        raise PackageRefused("数据包已加密，请提供密码", "The package is encrypted: enter its password")
    plain = tempfile.SpooledTemporaryFile(max_size=64 << 20)
    try:
        with open(path, "rb") as fh:
            decrypt_stream(fh, plain, password)
    except BaseException:
        plain.close()
        raise
    plain.seek(0)
    return plain


def _verify(source) -> dict:
    try:
        with zipfile.ZipFile(source) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
            if len(names) != len(set(names)):
                raise PackageRefused("数据包中有重名的文件", "The package holds two files of one name")
            if MANIFEST not in names:
                raise PackageRefused("数据包中缺少 manifest.json", "The package has no manifest.json")
            manifest = _manifest(_member(zf, MANIFEST, MAX_MANIFEST))
            listed = [f["path"] for f in manifest["files"]]
            for name in listed:
                if name not in names:
                    raise PackageRefused(f"数据包中缺少清单列出的文件：{name}",
                                         f"A file the manifest lists is missing from the package: {name}")
            for name in names:
                if name != MANIFEST and name not in listed:
                    raise PackageRefused(f"数据包中有清单未列出的文件：{name}",
                                         f"The package holds a file the manifest does not list: {name}")
            for entry in manifest["files"]:
                _verify_file(zf, entry)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError):
        raise PackageRefused(*NOT_ZIP) from None
    return manifest


def _member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member read whole, but never more than `limit` bytes (its stated size may lie)."""
    try:
        with zf.open(name) as fh:
            data = fh.read(limit + 1)
    except ZIP_ERRORS:
        raise PackageRefused(f"数据包中的文件 {name} 已损坏", f"The file {name} in the package is damaged") from None
    if len(data) > limit:
        raise PackageRefused(f"{name} 过大（超过 {limit >> 10} KiB），不是有效的数据包",
                             f"{name} is too large (over {limit >> 10} KiB): not a valid package")
    return data


def _manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageRefused("manifest.json 不是有效的 JSON", "manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        shown = manifest.get("format") if isinstance(manifest, dict) else None
        shown = json.dumps(shown, ensure_ascii=False)
        raise PackageRefused(f"不是 fpdesk 数据包：manifest.json 的 format 为 {shown}，应为 \"{FORMAT}\"",
                             f"Not an fpdesk package: the format in manifest.json is {shown}, not \"{FORMAT}\"")
    if manifest.get("version") != VERSION:
        version = json.dumps(manifest.get("version"))
        raise PackageRefused(f"不支持的数据包版本：{version}（本程序读取第 {VERSION} 版），请升级 fpdesk",
                             f"Package version {version} is not supported (this program reads version "
                             f"{VERSION}): upgrade fpdesk")
    problem = _shape_problem(manifest)
    if problem:
        raise PackageRefused(f"manifest.json 内容不完整或有误：{problem[0]}",
                             f"manifest.json is incomplete or wrong: {problem[1]}")
    expected = check_code(manifest)
    if manifest["check_code"] != expected:
        raise PackageRefused(f"校验码不符：清单中为 {manifest['check_code']}，按内容计算应为 {expected}，"
                             "数据包可能被改动过",
                             f"The check code does not match: the manifest says {manifest['check_code']}, "
                             f"the contents give {expected}; the package may have been altered")
    return manifest


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < INT_LIMIT


def _shape_problem(m: dict) -> tuple[str, str] | None:
    producer = m.get("producer")
    if not isinstance(producer, dict) or not _CODE.fullmatch(str(producer.get("region_code") or "")):
        return "producer.region_code 应为 12 位区划代码", "producer.region_code must be a 12-digit region code"
    if m.get("kind") not in ("full", "incremental"):
        return "kind 应为 full 或 incremental", "kind must be full or incremental"
    if not (_is_int(m.get("since_rev")) and _is_int(m.get("until_rev"))):
        return "since_rev / until_rev 应为非负整数", "since_rev / until_rev must be non-negative integers"
    if not isinstance(m.get("created_at"), str):
        return "缺少 created_at", "created_at is missing"
    if not isinstance(m.get("check_code"), str):
        return "缺少 check_code", "check_code is missing"
    files = m.get("files")
    if not isinstance(files, list):
        return "files 应为列表", "files must be a list"
    seen = set()
    for entry in files:
        if not isinstance(entry, dict) or entry.get("path") not in KNOWN_FILES:
            path = entry.get("path") if isinstance(entry, dict) else entry
            return f"files 中有未知的文件：{path}", f"files lists an unknown file: {path}"
        if entry["path"] in seen:
            return f"files 中重复列出 {entry['path']}", f"files lists {entry['path']} twice"
        seen.add(entry["path"])
        if not (isinstance(entry.get("sha256"), str) and _SHA256.fullmatch(entry["sha256"])):
            return f"{entry['path']} 的 sha256 无效", f"The sha256 of {entry['path']} is invalid"
        if not _is_int(entry.get("records")):
            return (f"{entry['path']} 的 records 应为非负整数",
                    f"The records of {entry['path']} must be a non-negative integer")
    return None


def _verify_file(zf: zipfile.ZipFile, entry: dict) -> None:
    name = entry["path"]
    try:
        if name.endswith(".jsonl"):
            digest, records = _hash_lines(zf, name)
        elif name == REPORT_JSON:
            data = _member(zf, name, MAX_REPORT_JSON)
            digest, records = hashlib.sha256(data), None
        else:  # a spreadsheet: its hash is all the manifest promises
            digest, records = _hash(zf, name), None
    except ZIP_ERRORS:
        raise PackageRefused(f"数据包中的文件 {name} 已损坏（ZIP 校验错误）",
                             f"The file {name} in the package is damaged (ZIP checksum error)") from None
    if digest.hexdigest() != entry["sha256"]:
        raise PackageRefused(f"文件 {name} 的 SHA-256 校验值与清单不符：文件已被改动或损坏",
                             f"The SHA-256 of {name} does not match the manifest: the file was altered or damaged")
    if name == REPORT_JSON:
        records = _report_tables(data)
    elif records is None:
        return
    if records != entry["records"]:
        raise PackageRefused(f"文件 {name} 的记录数与清单不符：清单为 {entry['records']} 条，实有 {records} 条",
                             f"{name} holds {records} records, the manifest says {entry['records']}")


def _hash(zf: zipfile.ZipFile, name: str):
    digest = hashlib.sha256()
    with zf.open(name) as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest


def _hash_lines(zf: zipfile.ZipFile, name: str):
    """(SHA-256, lines) of a data file, refusing a line longer than MAX_LINE. A line inside one
    block is shorter than a block, so only the line running on from earlier blocks is measured."""
    digest, records, run, last = hashlib.sha256(), 0, 0, b"\n"
    with zf.open(name) as fh:
        while block := fh.read(min(1 << 20, MAX_LINE)):
            digest.update(block)
            first = block.find(b"\n")
            if (run + len(block) if first < 0 else run + first) > MAX_LINE:
                raise PackageRefused(f"文件 {name} 第 {records + 1} 行过长（超过 {MAX_LINE >> 20} MiB），"
                                     "不是有效的数据包",
                                     f"Line {records + 1} of {name} is too long (over {MAX_LINE >> 20} MiB): "
                                     "not a valid package")
            if first < 0:
                run += len(block)
            else:
                run = len(block) - block.rindex(b"\n") - 1
                records += block.count(b"\n")
            last = block[-1:]
    return digest, records + (last != b"\n")  # a last line without its newline is a line too


def _report_tables(data: bytes) -> int:
    try:
        report = json.loads(data.decode("utf-8"))
        return len(report["tables"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise PackageRefused(f"{REPORT_JSON} 不是有效的报表 JSON", f"{REPORT_JSON} is not valid report JSON") from None
