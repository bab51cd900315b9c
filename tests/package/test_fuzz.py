"""Fuzzing the package reader (issue 14: 451 cases gave 20 tracebacks and 2 hangs).

Each case mutates a small real package — raw bytes of the ZIP, or a record or the manifest
rewritten with a hostile value and the manifest re-signed so the mutation reaches the record
checks — and imports it into a fresh database. The only outcomes allowed are an import summary
or a PackageRefused with a one-line message: no other exception, no case past 10 s, and the
process's peak memory stays bounded."""

from __future__ import annotations

import json
import random
import resource
import shutil
import signal
import time

import pytest

from fpdesk.db.schema import open_database
from fpdesk.package import PackageRefused
from fpdesk.package.apply import import_package
from tests.conftest import ADMIN
from tests.package.helpers import members, rebuild

HOSTILE = [2 ** 63, -(2 ** 63) - 1, 2 ** 64, 10 ** 400, 1e308, -1, 0, 3.5, "", "x" * 5000, "\u202e反", "a\u0000b",
           "李\n四", [], {}, [[[[[]]]]], {"a": {"b": {"c": 1}}}, True, False, None, "2099-01-01T00:00:00+08:00",
           "9999-12-31", "0000-00-00", "2026-02-30", "610628101000", "01", "../../etc/passwd", "\ud800"]
MANIFEST_KEYS = ["format", "version", "producer", "kind", "since_rev", "until_rev", "period", "created_at",
                 "files", "check_code"]


@pytest.fixture(scope="module")
def seed_package(tmp_path_factory, small_demo):
    """A small real package: the township's regions and the first lines of every other file."""
    from tests.package.helpers import copy_db

    folder = tmp_path_factory.mktemp("fuzz")
    township = copy_db(small_demo, folder / "township.db")
    db = open_database(township)
    try:
        from fpdesk.package.writer import export_package

        full = export_package(db, ADMIN, folder / "full.fpx", full=True).path
    finally:
        db.close()
    trimmed = {name: b"".join(data.splitlines(keepends=True)[:12])
               for name, data in members(full).items() if name.startswith("data/") and name != "data/regions.jsonl"}
    small = rebuild(full, folder / "small.fpx", replace=trimmed)
    empty = folder / "empty.db"
    open_database(empty, create=True).close()
    return small, empty


def _hostile_json(rng: random.Random):
    value = rng.choice(HOSTILE)
    return "\ud800x" if value == "\ud800" else value


def _mutate(rng: random.Random, src, dst):
    kind = rng.random()
    if kind < 0.3:  # raw bytes
        data = bytearray(src.read_bytes())
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.5:
                data[at] = rng.randrange(256)
            elif choice < 0.7:
                del data[at:at + rng.randint(1, 64)]
            elif choice < 0.85:
                data[at:at] = rng.randbytes(rng.randint(1, 64))
            else:
                data = data[:at]
                break
        dst.write_bytes(bytes(data))
        return dst
    if kind < 0.45:  # the manifest, re-signed
        def edit(manifest):
            key = rng.choice(MANIFEST_KEYS)
            if key == "producer" and rng.random() < 0.5:
                manifest["producer"]["region_code"] = rng.choice(["610628102000", "610628000000", "x", 7])
            elif key == "files" and manifest["files"] and rng.random() < 0.5:
                rng.choice(manifest["files"])[rng.choice(["path", "sha256", "records"])] = _hostile_json(rng)
            else:
                manifest[key] = _hostile_json(rng)
        return rebuild(src, dst, manifest_edit=edit, resign=key_resign(rng))
    # a record, re-signed
    files = members(src)
    name = rng.choice(sorted(n for n in files if n.startswith("data/")))
    lines = files[name].splitlines(keepends=True)
    at = rng.randrange(len(lines))
    choice = rng.random()
    if choice < 0.6:
        record = json.loads(lines[at])
        key = rng.choice([*record, "uid", "updated_at", "deleted", "extra"])
        record[key] = _hostile_json(rng)
        if rng.random() < 0.2:
            record.pop(rng.choice(list(record)))
        lines[at] = (json.dumps(record, ensure_ascii=rng.random() < 0.5) + "\n").encode("utf-8", "surrogatepass")
    elif choice < 0.7:
        lines[at] = rng.randbytes(rng.randint(0, 200)).replace(b"\n", b"") + b"\n"
    elif choice < 0.8:
        lines.insert(at, b"\n" * rng.randint(1, 2000))
    elif choice < 0.9:
        lines.insert(at, lines[at])
    else:
        lines[at] = b"[" * 5000 + b"]" * 5000 + b"\n"
    return rebuild(src, dst, replace={name: b"".join(lines)})


UNKNOWN_KEYS = ["thyroid", "hpv", "", "x" * 200, "\u202e项目", "a\u0007", "disease", "ring", "李"]


def _mutate_items(rng: random.Random, src, dst):
    """A service's `items` given keys this version does not know, with hostile values."""
    files = members(src)
    lines = files["data/services.jsonl"].splitlines(keepends=True)
    at = rng.randrange(len(lines))
    record = json.loads(lines[at])
    items = record.get("items") or {}
    for _ in range(rng.randint(1, 4)):
        value = _hostile_json(rng)
        if rng.random() < 0.2:
            for _ in range(rng.randint(1, 40)):
                value = [value] if rng.random() < 0.5 else {"k": value}
        items[rng.choice(UNKNOWN_KEYS)] = value
    record["items"] = items
    lines[at] = (json.dumps(record, ensure_ascii=rng.random() < 0.5) + "\n").encode("utf-8", "surrogatepass")
    return rebuild(src, dst, replace={"data/services.jsonl": b"".join(lines)})


def key_resign(rng: random.Random) -> bool:
    return rng.random() < 0.9


class Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise Hang()


def _fuzz(seed_package, tmp_path, cases: int, seed: int, mutate=_mutate) -> None:
    src, empty = seed_package
    rng = random.Random(seed)
    failures = []
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for case in range(cases):
            package = tmp_path / f"case{case % 4}.fpx"
            try:
                mutate(rng, src, package)
            except (ValueError, UnicodeEncodeError):
                continue  # a mutation the test itself cannot serialise
            target = tmp_path / f"db{case % 4}.db"
            shutil.copyfile(empty, target)
            started = time.monotonic()
            signal.alarm(10)
            try:
                db = open_database(target)
                try:
                    import_package(db, ADMIN, package)
                finally:
                    db.close()
            except PackageRefused as exc:
                if "\n" in str(exc):
                    failures.append((case, "multi-line refusal", str(exc)[:200]))
            except Hang:
                failures.append((case, "hang", f"> 10 s after {time.monotonic() - started:.1f} s"))
            except Exception as exc:  # noqa: BLE001 - every other outcome is the finding
                failures.append((case, type(exc).__name__, str(exc)[:200]))
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert failures == []
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 400


def test_fuzz_the_package_reader(seed_package, tmp_path):
    _fuzz(seed_package, tmp_path, cases=200, seed=14)


@pytest.mark.slow
def test_fuzz_the_package_reader_longer(seed_package, tmp_path):
    _fuzz(seed_package, tmp_path, cases=2000, seed=1414)


def test_fuzz_unknown_health_check_items(seed_package, tmp_path):
    _fuzz(seed_package, tmp_path, cases=150, seed=1010, mutate=_mutate_items)
