"""Chinese renders on a machine with no Chinese font installed: the GUI falls
back to the font bundled in fpdesk/resources/fonts.

`fpdesk screenshot` runs under a fontconfig configuration that lists only the
DejaVu fonts, and tesseract (chi_sim) reads the screenshot back. Before the
bundled font was registered with Qt, every Chinese character of this page was
an empty box and tesseract read none of the words.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.ocr import assert_reads_home_page, run, without_cjk_fonts

REPO = Path(__file__).resolve().parents[2]


def test_chinese_renders_with_no_system_cjk_font(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env = without_cjk_fonts(env, tmp_path)
    (tmp_path / "pw").write_text("demo1234\n", encoding="utf-8")
    fpdesk = [sys.executable, "-m", "fpdesk", "--db", "demo.db"]
    run([*fpdesk, "demo", "--persons", "100", "--date", "2026-11-22"], env, tmp_path)
    run([*fpdesk, "screenshot", "--user", "admin", "--user-password-file", "pw", "--page", "home",
         "--date", "2026-11-22", "--out", "home.png"], env, tmp_path)
    assert_reads_home_page(tmp_path / "home.png")
