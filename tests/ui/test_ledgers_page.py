"""帐表卡册: choosing a register, period and village writes the file the
clerk previews, prints or saves; cards go by village; her card from her detail."""

import openpyxl
import pdfplumber
import pytest

from fpdesk.domain.periods import statistical_year
from fpdesk.services import people
from fpdesk.ui.pages.ledgers import LedgersPage
from fpdesk.ui.pdf_preview import PdfPages
from tests.conftest import CLERK
from tests.ui.helpers import DEMO_ON

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db):
    p = LedgersPage(demo_db, CLERK, lambda: DEMO_ON)
    qtbot.addWidget(p)
    return p


def first_village(db):
    with db.read_session() as session:
        return people.villages(session)[0]


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages), len(pdf.pages)


def test_every_register_and_the_cards_are_offered(page):
    assert page.documents.count() == 12
    assert page.documents.item(0).text() == "育龄妇女花名册"
    assert page.documents.item(11).text() == "育龄妇女信息卡"


def test_a_period_register_for_one_village_saves_as_pdf_and_xlsx(page, demo_db, tmp_path):
    village = first_village(demo_db)
    page.choose("births", village.code, statistical_year(2026))
    assert not page.period.isHidden() and page.as_of.isHidden() and page.xlsx_button.isEnabled()
    produced = page.save_to(tmp_path / "births.pdf")
    text, pages = pdf_text(produced.path)
    assert "出生登记册" in text and village.name in text and "2025年10月1日" in text
    assert produced.pages == pages and f"共 {pages} 页" in text
    produced = page.save_to(tmp_path / "births.xlsx")
    assert produced.pages is None
    workbook = openpyxl.load_workbook(produced.path)
    assert workbook.worksheets[0].cell(1, 1).value == "出生登记册"
    assert "已保存" in page.state.text()


def test_a_register_of_state_takes_no_period(page):
    page.choose("women")
    assert page.period.isHidden() and not page.as_of.isHidden()
    assert page.as_of.text() == "2026年11月22日" == f"{DEMO_ON.year}年{DEMO_ON.month}月{DEMO_ON.day}日"
    assert page.job().period is None and page.job().on == DEMO_ON


def test_cards_need_a_village_and_print_only_to_pdf(page, demo_db, tmp_path):
    page.choose("women_cards")
    assert not page.xlsx_button.isEnabled()
    assert page.save_to(tmp_path / "cards.pdf") is None
    assert "选择村" in page.state.text() and not (tmp_path / "cards.pdf").exists()
    village = first_village(demo_db)
    page.choose("women_cards", village.code)
    produced = page.save_to(tmp_path / "cards.pdf")
    text, pages = pdf_text(produced.path)
    assert text.count("育龄妇女信息卡") >= produced.rows > 0 and pages >= produced.rows


def test_the_preview_shows_the_pages_of_the_file_written(page, demo_db):
    page.choose("deaths", None, statistical_year(2026))
    path = page.preview_file()
    pages = PdfPages(path)
    try:
        assert len(pages) == page.last.pages
        assert pages.landscape()
        assert not pages.page_image(0, 30).isNull()
    finally:
        pages.close()


def test_the_previewed_file_is_deleted_when_the_preview_closes(page, monkeypatch):
    """A preview PDF holds names and ID numbers: it must not stay in the temporary folder."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []

    def closed_at_once(dialog):
        shown.append(next(iter(dialog.pages.path.parent.glob("*.pdf")), None))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", closed_at_once)
    page.choose("deaths", None, statistical_year(2026))
    page.preview()
    assert shown and shown[0] is not None      # the file existed while it was shown
    assert not shown[0].exists() and not shown[0].parent.exists()


def test_cards_offer_the_village_card_and_a_viewer_gets_only_that(qtbot, page, demo_db, tmp_path):
    from tests.conftest import VIEWER

    page.choose("women_cards", first_village(demo_db).code)
    assert page.form.isRowVisible(page.variant)
    assert [page.variant.itemData(i) for i in range(page.variant.count())] == ["office", "village"]
    assert page.job().variant == "office"
    page.variant.setCurrentIndex(page.variant.findData("village"))
    produced = page.save_to(tmp_path / "village.pdf")
    text, _pages = pdf_text(produced.path)
    assert text.count("育龄妇女信息卡（村级卡）") >= produced.rows > 0
    viewer = LedgersPage(demo_db, VIEWER, lambda: DEMO_ON)
    qtbot.addWidget(viewer)
    assert [viewer.variant.itemData(i) for i in range(viewer.variant.count())] == ["village"]
