"""The cards as a PDF, read back with pdfplumber and pypdf."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from fpdesk.db.schema import open_database
from fpdesk.domain import idcard
from fpdesk.domain.dates import format_zh
from fpdesk.output.card_data import household_card, village_women_cards, woman_card
from fpdesk.output.card_pdf import render_cards_pdf
from fpdesk.output.layout import CardSet
from fpdesk.output.pdf_page import Cancelled
from tests.conftest import CLERK, VIEWER
from tests.output.test_card_data import ON, SECTION_TITLES, build_family, first_village


def page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def family(db):
    with db.session() as s:
        return build_family(s)


def render(db, actor, uid, path, on=ON) -> int:
    with db.read_session() as s:
        card = woman_card(s, actor, uid, on)
    return render_cards_pdf(CardSet([card], on), path)


def test_woman_card_prints_title_unit_sections_children_and_numbering(db, family, tmp_path):
    path = tmp_path / "card.pdf"
    pages = render(db, CLERK, family.wife, path)
    assert pages == len(PdfReader(path).pages)
    texts = page_texts(path)
    whole = flat("".join(texts))
    assert flat(texts[0]).startswith("育龄妇女信息卡")
    assert "单位：和平镇东庄村" in whole
    for title in SECTION_TITLES:
        assert title in whole
    for born in family.births:
        assert format_zh(born) in whole
    assert family.wife_id in whole and "本人拒绝" in whole
    for number, page in enumerate(texts, 1):
        assert f"第 {number} 页 共 {pages} 页" in page
        assert "填表人：" in page and "填报日期：2026年11月22日" in page


def test_viewer_card_shows_only_masked_ids(db, family, tmp_path):
    path = tmp_path / "viewer.pdf"
    render(db, VIEWER, family.wife, path)
    whole = flat("".join(page_texts(path)))
    assert idcard.mask(family.wife_id) in whole
    assert family.wife_id not in whole and "13912345678" not in whole


def test_every_font_is_embedded(db, family, tmp_path):
    path = tmp_path / "fonts.pdf"
    render(db, CLERK, family.wife, path)
    seen = 0
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen += 1
            for part in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                descriptor = part["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font["/BaseFont"]
    assert seen > 0


def test_a_long_card_continues_under_its_title_with_xu(db, tmp_path):
    with db.session() as s:
        family = build_family(s, services=57)
    path = tmp_path / "long.pdf"
    pages = render(db, CLERK, family.wife, path)
    assert family.services == 60
    assert pages == len(PdfReader(path).pages) >= 2
    texts = [flat(t) for t in page_texts(path)]
    assert texts[1].startswith("育龄妇女信息卡（续）") and "服务记录（续）" in texts[1]
    with sqlite3.connect(tmp_path / "office.db") as con:
        dates = [d for (d,) in con.execute("SELECT date FROM services WHERE person_uid = ?", (family.wife,))]
    printed = re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", "".join(texts))
    for iso in dates:
        y, m, d = (int(x) for x in iso.split("-"))
        assert f"{y}年{m}月{d}日" in printed, iso      # every service is on some page


def test_household_card_and_each_card_on_its_own_page(db, family, tmp_path):
    with db.read_session() as s:
        cards = [woman_card(s, VIEWER, family.wife, ON), household_card(s, VIEWER, family.household, ON)]
        names = [n for (n,) in s.execute(text(
            "SELECT name FROM persons WHERE household_uid = :h"), {"h": family.household})]
    path = tmp_path / "two.pdf"
    pages = render_cards_pdf(CardSet(cards, ON), path)
    texts = [flat(t) for t in page_texts(path)]
    assert pages == len(texts) == 2
    assert texts[0].startswith("育龄妇女信息卡") and texts[1].startswith("家庭户卡")
    assert "家庭成员" in texts[1] and all(name in texts[1] for name in names)
    assert idcard.mask(family.wife_id) in texts[1] and family.wife_id not in texts[1]


def test_cancelling_leaves_no_file(db, family, tmp_path):
    with db.read_session() as s:
        cards = CardSet([woman_card(s, CLERK, family.wife, ON)] * 30, ON)
    path = tmp_path / "stopped.pdf"
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        render_cards_pdf(cards, path, cancelled=cancelled)
    assert not path.exists() and list(tmp_path.glob("*.pdf*")) == []


def test_village_cards_render_one_card_per_woman(small_demo, tmp_path):
    """The first 40 cards of a village (the count of the whole set is checked in test_card_data)."""
    village = first_village(small_demo)
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            cards = village_women_cards(s, CLERK, village, ON)
    finally:
        db.close()
    some = CardSet(cards.cards[:40], ON)
    path = tmp_path / "village.pdf"
    progress = []
    pages = render_cards_pdf(some, path, progress=lambda done, total: progress.append((done, total)))
    texts = [flat(page.extract_text()) for page in PdfReader(path).pages]
    assert pages == len(texts) >= 40
    firsts = [t for t in texts if not t.startswith("育龄妇女信息卡（续）")]
    assert all(t.startswith("育龄妇女信息卡") for t in texts)
    assert [t.split("编号：")[1][:21] for t in firsts] == [c.number for c in some.cards]
    assert progress and progress[-1][0] == progress[-1][1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_rasterises(db, family, tmp_path):
    path = tmp_path / "look.pdf"
    render(db, CLERK, family.wife, path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    assert list(tmp_path.glob("p*.png"))
