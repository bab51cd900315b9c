"""`make deb`'s package: unpacked with dpkg-deb -x, its frozen fpdesk prints its
version, builds a demo township, prints a register and shows readable Chinese
with every system CJK font hidden. The install layout (/usr/bin, the .desktop
entry, the icon) is checked too.

Builds the package with installer/build-deb.sh (PyInstaller; minutes), unless
FPDESK_DEB names one already built (a CI step after `make deb`)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.ocr import assert_reads_home_page, run, without_cjk_fonts

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    if os.environ.get("FPDESK_DEB"):
        return Path(os.environ["FPDESK_DEB"])
    assert shutil.which("dpkg-deb"), "dpkg-deb is missing"
    pytest.importorskip("PyInstaller", reason="pip install -e '.[build]'")
    tmp = tmp_path_factory.mktemp("deb")
    env = {**os.environ, "PYTHON": sys.executable, "BUILD": str(tmp / "build"), "DIST": str(tmp / "dist"),
           "DEB_COMPRESS": "gzip"}
    run(["bash", str(REPO / "installer" / "build-deb.sh")], env, REPO)
    return next((tmp / "dist").glob("fpdesk_*_amd64.deb"))


def test_the_unpacked_package_runs(deb, tmp_path):
    from fpdesk import __version__

    assert deb.name == f"fpdesk_{__version__}_amd64.deb"
    control = run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"], None, tmp_path)
    assert f"Version: {__version__}" in control and "libxcb-cursor0" in control and "libc6 (>=" in control

    root = tmp_path / "root"
    run(["dpkg-deb", "-x", str(deb), str(root)], None, tmp_path)
    assert os.readlink(root / "usr/bin/fpdesk") == "/opt/fpdesk/fpdesk"
    desktop = (root / "usr/share/applications/fpdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=fpdesk" in desktop and "Icon=fpdesk" in desktop and "Name[zh_CN]=" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps/fpdesk.png").stat().st_size > 1000
    assert (root / "usr/share/icons/hicolor/scalable/apps/fpdesk.svg").exists()

    program = str(root / "opt/fpdesk/fpdesk")
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", FPDESK_DATA_DIR=str(work / "data"))
    assert run([program, "--version"], env, work).strip() == f"fpdesk {__version__}"
    assert "示范乡镇已生成" in run([program, "demo", "--persons", "200", "--date", "2026-11-22"], env, work)
    demo = work / "data" / "demo.db"
    (work / "pw").write_text("demo1234\n", encoding="utf-8")
    signed_in = ["--db", str(demo), "--user", "admin", "--user-password-file", "pw"]
    run([program, "ledger", *signed_in, "--register", "women", "--date", "2026-11-22", "--out", "w.pdf"], env, work)
    assert (work / "w.pdf").read_bytes().startswith(b"%PDF")

    env = without_cjk_fonts(env, work)
    run([program, "screenshot", *signed_in, "--page", "home", "--date", "2026-11-22", "--out", "home.png"],
        env, work)
    assert_reads_home_page(work / "home.png")
