"""kill -9 in the middle of the real CLI (issue 14 "Crash and fault safety"): the database
passes integrity_check and holds all-before or all-after; the destination holds the whole
package or none, and never plaintext of an encrypted export."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.conftest import cli_env, content, integrity, run_cli

PLAINTEXT_MARKS = (b"PK\x03\x04", b"data/persons.jsonl", b"manifest.json")


def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fpdesk", *map(str, args)], env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_when(process: subprocess.Popen, ready, rng: random.Random, spread: float) -> bool:
    """Wait until `ready()` (the work has begun) then kill -9 after a random moment; False when
    the process finished first."""
    deadline = time.monotonic() + 120
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, spread))
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def _plaintext_in(folder: Path) -> list[str]:
    found = []
    for path in folder.iterdir():
        data = path.read_bytes()
        if any(mark in data for mark in PLAINTEXT_MARKS):
            found.append(path.name)
    return found


def _export_trials(trials: int, demo_copy, signed, tmp_path, password_file) -> None:
    rng = random.Random(trials)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = content(demo_copy, skip=("audit_log",))
    killed = 0
    for trial in range(trials):
        out = stick / "township.fpx"
        process = _start("export", "--out", out, "--full", "--password-file", password_file,
                         "--db", demo_copy, *signed)
        killed += _kill_when(process, lambda: any(stick.iterdir()), rng, 0.6)
        assert _plaintext_in(stick) == [], trial
        assert integrity(demo_copy) == "ok"
        assert content(demo_copy, skip=("audit_log", "export_history")) == before
        if out.exists():  # only ever a whole, verified package
            assert run_cli("import", out, "--password-file", password_file,
                           "--db", tmp_path / f"check{trial}.db").returncode == 0
            out.unlink()
    assert killed, "no trial was killed mid-export"
    done = run_cli("export", "--out", stick / "township.fpx", "--full", "--password-file", password_file,
                   "--db", demo_copy, *signed)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in stick.iterdir()] == ["township.fpx"]   # strays of killed runs cleaned up


def test_kill_during_an_encrypted_export_leaves_no_plaintext(demo_copy, signed, tmp_path, password_file):
    _export_trials(3, demo_copy, signed, tmp_path, password_file)


@pytest.mark.slow
def test_kill_during_an_encrypted_export_20_trials(demo_copy, signed, tmp_path, password_file):
    _export_trials(20, demo_copy, signed, tmp_path, password_file)


def test_a_clean_encrypted_export_never_wrote_plaintext_beside_it(demo_copy, signed, tmp_path, password_file):
    """Even a run that ends well must not have put the plaintext ZIP on the stick (it could be
    recovered from the stick later): the folder is watched while the export runs."""
    stick = tmp_path / "stick"
    stick.mkdir()
    process = _start("export", "--out", stick / "t.fpx", "--full", "--password-file", password_file,
                     "--db", demo_copy, *signed)
    seen = set()
    while process.poll() is None:
        for path in stick.iterdir():
            try:
                with open(path, "rb") as fh:
                    seen.add(fh.read(4))
            except OSError:
                pass
        time.sleep(0.002)
    assert process.returncode == 0
    assert seen and b"PK\x03\x04" not in seen
    assert _plaintext_in(stick) == []


# -- import and export, at random moments ----------------------------------------------------
def _data(path: Path) -> tuple[str, int]:
    """(the exchanged records, the import history's length): all-before or all-after. The county
    region the import adds carries the time it was made, so it is left out of the digest."""
    import hashlib
    import sqlite3

    from fpdesk.package.jsonl import TABLES

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        for table in TABLES:
            where = " WHERE level <> 'county'" if table == "regions" else ""
            for row in conn.execute(f'SELECT * FROM "{table}"{where} ORDER BY uid'):
                digest.update(repr(row).encode())
        history = conn.execute("SELECT count(*) FROM import_history").fetchone()[0]
    finally:
        conn.close()
    return digest.hexdigest(), history


def _timed(*args) -> float:
    started = time.monotonic()
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def _import_trials(trials: int, demo_copy, signed, tmp_path) -> None:
    import shutil

    from fpdesk.db.schema import open_database

    package = tmp_path / "full.fpx"
    assert run_cli("export", "--out", package, "--full", "--db", demo_copy, *signed).returncode == 0
    empty = tmp_path / "empty.db"
    open_database(empty, create=True).close()
    reference = tmp_path / "reference.db"
    shutil.copyfile(empty, reference)
    duration = _timed("import", package, "--db", reference)
    before, after = _data(empty), _data(reference)
    assert after[1] == 1 and before[1] == 0
    rng = random.Random(trials + 100)
    for trial in range(trials):
        target = tmp_path / f"county{trial}.db"
        shutil.copyfile(empty, target)
        process = _start("import", package, "--db", target)
        started = time.monotonic()
        _kill_when(process, lambda s=started: time.monotonic() - s > 0.2, rng, duration)
        assert integrity(target) == "ok", trial
        assert _data(target) in (before, after), trial


def _plain_export_trials(trials: int, demo_copy, signed, tmp_path) -> None:
    from fpdesk.package.reader import read_package

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "township.fpx"
    duration = _timed("export", "--out", out, "--full", "--db", demo_copy, *signed)
    expected = read_package(out)
    expected.close()
    out.unlink()
    rng = random.Random(trials + 200)
    before = content(demo_copy, skip=("audit_log", "export_history"))
    for trial in range(trials):
        process = _start("export", "--out", out, "--full", "--db", demo_copy, *signed)
        started = time.monotonic()
        _kill_when(process, lambda s=started: time.monotonic() - s > 0.2, rng, duration)
        assert integrity(demo_copy) == "ok"
        assert content(demo_copy, skip=("audit_log", "export_history")) == before
        if out.exists():   # the destination holds a whole, verified package or nothing
            package = read_package(out)
            assert package.manifest["files"] == expected.manifest["files"]
            package.close()
            out.unlink()


def test_kill_during_import(demo_copy, signed, tmp_path):
    _import_trials(3, demo_copy, signed, tmp_path)


def test_kill_during_export(demo_copy, signed, tmp_path):
    _plain_export_trials(3, demo_copy, signed, tmp_path)


@pytest.mark.slow
def test_kill_during_import_20_trials(demo_copy, signed, tmp_path):
    _import_trials(20, demo_copy, signed, tmp_path)


@pytest.mark.slow
def test_kill_during_export_20_trials(demo_copy, signed, tmp_path):
    _plain_export_trials(20, demo_copy, signed, tmp_path)
