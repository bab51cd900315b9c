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
