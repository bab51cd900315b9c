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


# -- the village card (minimal printout) and numbered sets ----------------------------------

def _abortion_on_record(db, family):
    """An induced abortion and a miscarriage on her record, next to her births."""
    from datetime import date

    from fpdesk.services import records

    with db.session() as s:
        for outcome, found in ((4, date(2021, 3, 1)), (3, date(2022, 5, 1))):
            records.create(s, CLERK, "pregnancies", {
                "woman_uid": family.wife, "found_date": found, "lmp_date": found.replace(day=1, month=found.month - 1),
                "outcome": outcome, "outcome_date": found.replace(month=found.month + 1)},
                accept_warnings=True, today=ON)


def render_variant(db, actor, uid, path, variant):
    with db.read_session() as s:
        card = woman_card(s, actor, uid, ON, variant)
    return render_cards_pdf(CardSet([card], ON), path)


def test_a_village_card_does_not_show_an_induced_abortion(db, family, tmp_path):
    _abortion_on_record(db, family)
    office, village = tmp_path / "office.pdf", tmp_path / "village.pdf"
    render_variant(db, CLERK, family.wife, office, "office")
    render_variant(db, CLERK, family.wife, village, "village")
    office_text, village_text = flat("".join(page_texts(office))), flat("".join(page_texts(village)))
    assert "人工流产" in office_text and "自然流产" in office_text      # the office keeps the full record
    assert "人工流产" not in village_text and "自然流产" not in village_text
    assert "妊娠中" not in village_text                              # nor her ongoing pregnancy
    assert village_text.startswith("育龄妇女信息卡（村级卡）")
    for born in family.births:                                        # her births stay
        assert format_zh(born) in village_text
    # ID numbers and phones are masked on the village card, whoever prints it
    assert family.wife_id not in village_text and idcard.mask(family.wife_id) in village_text
    assert "13912345678" not in village_text and "5678" in village_text


def test_the_village_card_is_the_viewers_default_and_the_office_card_is_refused_to_her(db, family):
    from fpdesk.services.context import PermissionDenied

    with db.read_session() as s:
        assert woman_card(s, VIEWER, family.wife, ON).title == "育龄妇女信息卡（村级卡）"
        assert woman_card(s, CLERK, family.wife, ON).title == "育龄妇女信息卡"
        with pytest.raises(PermissionDenied, match="村级卡"):
            woman_card(s, VIEWER, family.wife, ON, "office")
        with pytest.raises(ValueError, match="样式"):
            woman_card(s, CLERK, family.wife, ON, "county")


def test_each_card_numbers_its_own_pages(db, tmp_path):
    with db.session() as s:
        long = build_family(s, services=57)           # a card of two pages
    with db.read_session() as s:
        cards = CardSet([woman_card(s, CLERK, long.wife, ON)] * 2, ON)
    path = tmp_path / "two.pdf"
    pages = render_cards_pdf(cards, path)
    each = pages // 2
    assert pages == 2 * each and each >= 2
    texts = page_texts(path)
    for index, page in enumerate(texts):
        assert f"第 {index % each + 1} 页 共 {each} 页" in page, index
