"""Chinese read back from a screenshot: a fontconfig configuration that hides
every CJK font of the system, and tesseract (chi_sim) to read the PNG.
Used by the GUI font test and the .deb test (scripts/system-deps.sh installs tesseract)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

LATIN_ONLY = "/usr/share/fonts/truetype/dejavu"
# Words of the home page: the navigation, the cards and the reminder panel.
HOME_WORDS = ("首页", "人员档案", "育龄妇女", "提醒服务", "统计报表", "上报交换", "系统设置", "总人口")

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def run(cmd, env, cwd) -> str:
    out = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, f"{cmd}\n{out.stdout}\n{out.stderr}"
    return out.stdout


def without_cjk_fonts(env: dict, tmp: Path) -> dict:
    """`env` with a fontconfig that lists only the DejaVu fonts (checked with fc-list)."""
    assert shutil.which("fc-list"), "fontconfig's fc-list is missing"
    conf = tmp / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=LATIN_ONLY, cache=tmp / "fc-cache"), encoding="utf-8")
    env = {**env, "FONTCONFIG_FILE": str(conf)}
    assert run(["fc-list", ":lang=zh"], env, tmp).strip() == "", "the configuration still shows a CJK font"
    assert run(["fc-list"], env, tmp).strip(), "no fonts at all: is fonts-dejavu-core installed?"
    return env


def chinese_text(png: Path) -> str:
    """What tesseract reads in `png` (spaces removed: it puts them between Han characters)."""
    assert shutil.which("tesseract"), "run scripts/system-deps.sh (tesseract-ocr)"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    assert "chi_sim" in langs, "run scripts/system-deps.sh (tesseract-ocr-chi-sim)"
    return run(["tesseract", str(png), "-", "-l", "chi_sim"], None, png.parent).replace(" ", "")


def assert_reads_home_page(png: Path) -> None:
    text = chinese_text(png)
    read = [word for word in HOME_WORDS if word in text]
    assert len(read) >= 5, f"tesseract read {read} of {HOME_WORDS} in:\n{text}"
