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
