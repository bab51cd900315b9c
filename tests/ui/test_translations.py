from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from fpdesk.ui import i18n
from fpdesk.ui.main_window import MainWindow
from tests.ui.helpers import ADMIN, DEMO_ON, assert_navigation_not_elided

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = {lang: ROOT / "translations" / f"fpdesk_{lang}.ts" for lang in ("zh_CN", "en")}
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]*\}")


def messages(path: Path):
    """(context, source, translation element) for every message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def tool(name: str) -> Path | None:
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe"):
        if candidate.exists():
            return candidate
    return None


@pytest.mark.parametrize("lang", TS_FILES)
def test_translations_keep_their_placeholders(lang):
    found = list(messages(TS_FILES[lang]))
    assert len(found) > 20
    for context, source, translation in found:
        assert translation is not None, (context, source)
        assert Counter(PLACEHOLDER.findall(translation.text or "")) == \
            Counter(PLACEHOLDER.findall(source)), (context, source, translation.text)


@pytest.mark.parametrize("lang", TS_FILES)
def test_every_string_is_translated(lang):
    for context, source, translation in messages(TS_FILES[lang]):
        assert translation.get("type") is None, (context, source)  # not unfinished/obsolete
        assert translation.text, (context, source)
        if lang == "en":
            assert translation.text == source


def test_ts_files_list_every_string_of_the_code(tmp_path):
    """What lupdate finds in fpdesk/ui now is what the .ts files hold
    (run scripts/update-translations.sh after changing a string)."""
    lupdate = tool("lupdate")
    if lupdate is None:
        pytest.skip("PySide6's lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "fpdesk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-source-language", "en", "-target-language",
                    "zh_CN", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    found = {(c, s) for c, s, _ in messages(fresh)}
    for lang, path in TS_FILES.items():
        assert {(c, s) for c, s, _ in messages(path)} == found, lang


def test_qm_files_are_compiled_from_the_ts_files(tmp_path):
    lrelease = tool("lrelease")
    if lrelease is None:
        pytest.skip("PySide6's lrelease is not installed")
    for lang, path in TS_FILES.items():
        qm = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), "-silent", str(path), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == i18n.qm_path(lang).read_bytes(), \
            f"{lang}: run scripts/update-translations.sh"


def test_english_translation_loads_and_changes_visible_strings(qtbot, demo_db, chinese):
    zh = MainWindow(demo_db, ADMIN, clock=lambda: DEMO_ON)
    qtbot.addWidget(zh)
    assert zh.navigation.item(0).text() == "首页"
    assert zh.user_label.text() == "用户：admin（管理员）"
    chinese.remove()

    english = i18n.install("en")
    try:
        assert english.translators, "fpdesk/resources/i18n/fpdesk_en.qm did not load"
        assert i18n.lang() == "en"
        en = MainWindow(demo_db, ADMIN, clock=lambda: DEMO_ON)
        qtbot.addWidget(en)
        assert en.navigation.item(0).text() == "Home"
        assert en.navigation.item(8).text() == "Settings"
        en.show()
        assert_navigation_not_elided(en.navigation)
        assert en.user_label.text() == "User: admin (Administrator)"
        home = en.pages["home"]
        assert home.subtitle.text() == "Figures as of 2026-11-22"
        assert home.notes["births_this_year"].text().startswith("Statistical year 2027")
        assert en.windowTitle().startswith(
            "fpdesk Township population and family-planning service records — ")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        english.remove()


def test_chinese_is_the_default_language(chinese):
    chinese.remove()
    installed = i18n.install(None)
    try:
        assert installed.lang == "zh_CN" and i18n.lang() == "zh_CN"
        assert len(installed.translators) == 2  # ours and Qt's qtbase_zh_CN
    finally:
        installed.remove()

