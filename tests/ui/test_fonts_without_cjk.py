"""Chinese renders on a machine with no Chinese font installed: the GUI falls
back to the font bundled in fpdesk/resources/fonts.

The check runs `fpdesk screenshot` under a fontconfig configuration that lists
only the DejaVu fonts, and reads the screenshot back with tesseract (chi_sim).
Before the bundled font was registered with Qt, every Chinese character of
this page was an empty box and tesseract read none of these words.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LATIN_ONLY = "/usr/share/fonts/truetype/dejavu"
# Words of the home page: the navigation, the cards and the reminder panel.
WORDS = ("首页", "人员档案", "育龄妇女", "提醒服务", "统计报表", "上报交换", "系统设置", "总人口")

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def _run(cmd, env, cwd):
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, f"{cmd}\n{out.stdout}\n{out.stderr}"
    return out.stdout


def test_chinese_renders_with_no_system_cjk_font(tmp_path):
    assert shutil.which("tesseract") and shutil.which("fc-list"), "run scripts/system-deps.sh (tesseract-ocr)"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    assert "chi_sim" in langs, "run scripts/system-deps.sh (tesseract-ocr-chi-sim)"

    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=LATIN_ONLY, cache=tmp_path / "fc-cache"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(conf)}
    assert _run(["fc-list", ":lang=zh"], env, tmp_path).strip() == "", "the configuration still shows a CJK font"
    assert _run(["fc-list"], env, tmp_path).strip(), "no fonts at all: is fonts-dejavu-core installed?"

    (tmp_path / "pw").write_text("demo1234\n", encoding="utf-8")
    fpdesk = [sys.executable, "-m", "fpdesk", "--db", "demo.db"]
    _run([*fpdesk, "demo", "--persons", "100", "--date", "2026-11-22"], env, tmp_path)
    _run([*fpdesk, "screenshot", "--user", "admin", "--user-password-file", "pw", "--page", "home",
          "--date", "2026-11-22", "--out", "home.png"], env, tmp_path)

    text = _run(["tesseract", "home.png", "-", "-l", "chi_sim"], env, tmp_path).replace(" ", "")
    read = [word for word in WORDS if word in text]
    assert len(read) >= 5, f"tesseract read {read} of {WORDS} in:\n{text}"
