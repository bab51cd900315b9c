"""Test helpers written independently of fpdesk.package: the check code, table hashes
and package surgery (rewriting one member and re-signing the manifest)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def expected_check_code(manifest: dict) -> str:
    body = {k: v for k, v in manifest.items() if k != "check_code"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    first40 = int.from_bytes(hashlib.sha256(canonical).digest()[:5], "big")
    chars = "".join(ALPHABET[(first40 >> (35 - 5 * i)) & 0x1F] for i in range(8))
    return chars[:4] + "-" + chars[4:]


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def manifest_of(path: Path) -> dict:
    return json.loads(members(path)["manifest.json"])


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def rebuild(src: Path, dst: Path, *, replace: dict[str, bytes] | None = None, drop=(), add=None,
            manifest_edit=None, resign: bool = True, update_listing: bool = True) -> Path:
    """Copy a package, changing members; by default the manifest's hashes, counts and check
    code follow the new contents (so only the intended defect remains)."""
    files = members(src)
    manifest = json.loads(files.pop("manifest.json"))
    for name, data in (replace or {}).items():
        files[name] = data
        if update_listing:
            for entry in manifest["files"]:
                if entry["path"] == name:
                    entry["sha256"] = hashlib.sha256(data).hexdigest()
                    entry["records"] = data.count(b"\n")
    for name in drop:
        files.pop(name)
    files.update(add or {})
    if manifest_edit:
        manifest_edit(manifest)
    if resign:
        manifest["check_code"] = expected_check_code(manifest)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    return write_zip(dst, files)


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def dump_jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records).encode()


def database_digest(path: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """A hash of every table's rows (in a stable order), by table."""
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for table in tables:
            if table in skip:
                continue
            digest = hashlib.sha256()
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
            out[table] = digest.hexdigest()
        return out
    finally:
        con.close()


def copy_db(src: Path, dst: Path) -> Path:
    shutil.copy(src, dst)
    return dst


def repair_birth_dates(path: Path) -> int:
    """The demo's deliberate 'birth date disagrees with the ID number' errors, corrected in SQL."""
    con = sqlite3.connect(path)
    try:
        fixed = con.execute(
            "UPDATE persons SET birth_date = substr(id_number, 7, 4) || '-' || substr(id_number, 11, 2) || '-' "
            "|| substr(id_number, 13, 2) WHERE length(id_number) = 18 AND birth_date <> substr(id_number, 7, 4) "
            "|| '-' || substr(id_number, 11, 2) || '-' || substr(id_number, 13, 2)").rowcount
        con.commit()
        return fixed
    finally:
        con.close()


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def bad_check_digit(number: str | None) -> bool:
    if not number or len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS))
    return "10X98765432"[total % 11] != number[17].upper()


def township_package(folder: Path, code: str, seed: int, persons: int, on) -> Path:
    """A demo township built under `code` and exported in full: one township's
    package for a county database (fpdesk itself makes it; the tests check it)."""
    from fpdesk.db.schema import open_database
    from fpdesk.package.writer import export_package
    from fpdesk.services.context import SYSTEM
    from fpdesk.services.demo import create_demo

    create_demo(folder / f"{code}.db", persons=persons, seed=seed, on=on, township_code=code)
    township = open_database(folder / f"{code}.db")
    try:
        return export_package(township, SYSTEM, folder / f"{code}.fpx", full=True).path
    finally:
        township.close()
