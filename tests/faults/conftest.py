"""Fault tests: the real CLI, real files, a damaged or full disk (issue 14)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONWARNINGS", None)
    return env


def run_cli(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fpdesk", *map(str, args)], env=cli_env(),
                          capture_output=True, text=True, timeout=kwargs.pop("timeout", 120), **kwargs)


@pytest.fixture
def demo_copy(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    return path


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "pw.txt"
    path.write_text("demo1234\n", encoding="utf-8")
    return path


@pytest.fixture
def signed(password_file):
    return ["--user", "admin", "--user-password-file", str(password_file)]


def content(path: Path, skip: tuple[str, ...] = ()) -> str:
    """A digest of every table's rows but `skip` (not the file's bytes: closing may refresh
    planner statistics)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in (t for t in tables if t not in skip):
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def integrity(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def small_disk(tmp_path):
    """small_disk(kib) → a fresh tmpfs of that size (root only; the test is skipped otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a small tmpfs needs root; the max_page_count tests cover the rest")
    mounted = []

    def make(kib: int) -> Path:
        where = tmp_path / f"disk{len(mounted)}"
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(where)],
                              capture_output=True)
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
        mounted.append(where)
        return where

    yield make
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], check=False)


def leave_free(folder: Path, kib: int) -> None:
    """Fill the file system of `folder` until only about `kib` KiB are free."""
    free = shutil.disk_usage(folder).free - kib * 1024
    if free > 0:
        with open(folder / "filler", "wb") as fh:
            fh.write(b"\0" * free)
