"""The wheel, installed in a fresh virtual environment outside the checkout,
prints a register with the embedded CJK font and loads its translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # builds a wheel and installs PySide6 & co. into a new venv

TRANSLATIONS = """
import sys
from PySide6.QtCore import QCoreApplication
from fpdesk.resources import resource_path
from fpdesk.ui import i18n
app = QCoreApplication([])
installed = i18n.install("zh_CN")
print(QCoreApplication.translate("SignInDialog", "Sign in — fpdesk"))
print(resource_path())
"""


def _run(cmd, cwd, env=None, timeout=900):
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, f"{cmd}:\n{out.stdout}\n{out.stderr}"
    return out


def test_installed_wheel_prints_with_the_bundled_font(tmp_path):
    from pypdf import PdfReader

    source = tmp_path / "source"   # built from a copy: setuptools leaves build/ and *.egg-info behind
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name if source.exists() else _mkdir(source) / name)
    shutil.copytree(REPO / "fpdesk", source / "fpdesk", ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)], cwd=tmp_path)
    wheel = next(wheels.glob("fpdesk-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                             cwd=tmp_path, capture_output=True, text=True, timeout=900)
    if install.returncode != 0 and "No matching distribution" in install.stderr + install.stdout:
        pytest.skip(f"the package index is not reachable: {install.stderr[-300:]}")
    assert install.returncode == 0, install.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    fpdesk = [str(python.with_name("fpdesk.exe" if os.name == "nt" else "fpdesk"))]   # the console script
    (work / "pw").write_text("demo1234\n", encoding="utf-8")
    assert _run([*fpdesk, "--version"], cwd=work, env=env).stdout.startswith("fpdesk ")
    _run([*fpdesk, "demo", "--db", "demo.db", "--persons", "300", "--date", "2026-11-22"], cwd=work, env=env)
    _run([*fpdesk, "ledger", "--db", "demo.db", "--user", "admin", "--user-password-file", "pw",
          "--register", "women", "--date", "2026-11-22",
          "--out", "x.pdf"], cwd=work, env=env)

    embedded = _embedded_fonts(PdfReader(work / "x.pdf"))
    assert any("WenQuanYiMicroHei" in name for name in embedded), embedded

    out = _run([str(python), "-c", TRANSLATIONS], cwd=work, env=env).stdout.splitlines()
    assert out[0] == "登录 — fpdesk"
    assert Path(out[1]).is_relative_to(env_dir), out[1]   # the installed copy, not the checkout


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _embedded_fonts(reader) -> set[str]:
    """The base names of the fonts whose program is inside the PDF."""
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            font = font.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = part.get("/FontDescriptor")
                if descriptor and {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object().keys()):
                    names.add(str(font["/BaseFont"]))
    return names
