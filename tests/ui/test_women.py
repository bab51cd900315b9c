"""育龄妇女: the lazy roster model and the page, on the small demo township."""

from __future__ import annotations

import pytest
from pypinyin import Style, lazy_pinyin
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.domain.dates import birth_window
from fpdesk.services import people, records
from fpdesk.services.roster import RosterFilter, roster_rows, roster_uids
from fpdesk.ui.main_window import MainWindow
from fpdesk.ui.models.roster_model import (BLOCK, CACHED_BLOCKS, COLUMN_KEYS, RosterModel, RowRole,
                                           SortRole, UidRole)
from fpdesk.ui.pages import registry
from fpdesk.ui.pages.women import WomenPage
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import ADMIN, DEMO_ON

pytestmark = pytest.mark.gui

NAME, ID, AGE = (COLUMN_KEYS.index(k) for k in ("name", "id_number", "age"))


def sql_uids(db, flt=RosterFilter(), sort="village", descending=False) -> list[str]:
    with db.read_session() as session:
        return roster_uids(session, flt, DEMO_ON, sort, descending)


def shown_uids(model) -> list[str]:
    return [model.index(row, 0).data(UidRole) for row in range(model.rowCount())]


def pick(combo: QComboBox, label: str) -> None:
    index = combo.findText(label)
    assert index >= 0, (label, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


@pytest.fixture
def page(qtbot, demo_db):
    opened: list[str] = []
    widget = WomenPage(demo_db, CLERK, lambda: DEMO_ON, opened.append)
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.ensurePolished()
    widget.layout().activate()  # settle the size before the native window exists
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def first_village(demo_db):
    with demo_db.read_session() as session:
        village = people.villages(session)[0]
        return village, people.groups(session, village.code)


# -- the model --------------------------------------------------------------------
def test_model_passes_the_model_tester_empty_and_filled(qtmodeltester, demo_db, first_village):
    village, groups = first_village
    empty = RosterModel(demo_db, CLERK, lambda: DEMO_ON)
    qtmodeltester.check(empty)  # the tester stays attached: every change below is checked too
    assert empty.rowCount() == 0
    empty.set_filter(RosterFilter(village_code=village.code, group_no=groups[0]))
    assert empty.rowCount() > 0
    empty.sort(NAME, Qt.SortOrder.DescendingOrder)
    empty.set_filter(RosterFilter(text="nobody-has-this-name"))
    assert empty.rowCount() == 0

    filled = RosterModel(demo_db, VIEWER, lambda: DEMO_ON)
    filled.set_filter(RosterFilter(village_code=village.code))
    assert filled.rowCount() > BLOCK
    qtmodeltester.check(filled)
    filled.sort(AGE, Qt.SortOrder.AscendingOrder)
    filled.refresh()


def test_model_rows_are_the_service_rows(demo_db):
    model = RosterModel(demo_db, CLERK, lambda: DEMO_ON)
    model.set_filter(RosterFilter())
    uids = sql_uids(demo_db)
    assert model.uids == uids
    with demo_db.read_session() as session:
        rows = roster_rows(session, uids[:3] + uids[-1:], DEMO_ON)
    for row_number in (0, 1, 2, len(uids) - 1):
        row = rows[uids[row_number]]
        assert model.index(row_number, NAME).data() == row.name
        assert model.index(row_number, AGE).data() == str(row.age)
        assert model.index(row_number, AGE).data(SortRole) == row.age
        place = model.index(row_number, COLUMN_KEYS.index("place")).data()
        assert place.startswith(row.village_name) and place.endswith("组")


def test_children_and_method_texts(demo_db):
    model = RosterModel(demo_db, CLERK, lambda: DEMO_ON)
    assert [model.children_text(*n) for n in ((1, 1), (2, 0), (0, 1), (0, 0))] == ["1子1女", "2子", "1女", "无"]
    model.set_filter(RosterFilter(method=3))
    method = model.index(0, COLUMN_KEYS.index("method")).data()
    since = model.index(0, 0).data(RowRole).method_since
    assert method == f"宫内节育器 {since.isoformat()}"
    model.set_filter(RosterFilter(method=-1))
    assert model.index(0, COLUMN_KEYS.index("method")).data() == "未采取措施"


def test_viewer_sees_masked_ids_and_a_clerk_full_ones(demo_db):
    uid = sql_uids(demo_db)[0]
    with demo_db.read_session() as session:
        number = roster_rows(session, [uid], DEMO_ON)[uid].id_number
    assert len(number) == 18
    shown = {}
    for actor in (VIEWER, CLERK, ADMIN, None):
        model = RosterModel(demo_db, actor, lambda: DEMO_ON)
        model.set_filter(RosterFilter())
        shown[actor] = (model.index(0, ID).data(), model.index(0, ID).data(SortRole))
    masked = idcard.mask(number)
    assert masked != number and "*" in masked
    assert shown[VIEWER] == shown[None] == (masked, masked)
    assert shown[CLERK] == shown[ADMIN] == (number, number)


def test_only_a_few_blocks_are_ever_held(page, qtbot):
    model = page.model
    total = model.rowCount()
    assert total > CACHED_BLOCKS * BLOCK  # the demo has more women than the cache holds
    # the first screen read one block, not the roster
    assert model.blocks_loaded == 1 and model.cached_row_count() == BLOCK
    page.view.scrollToBottom()
    qtbot.wait(10)
    page.view.viewport().repaint()
    for row in range(0, total, BLOCK // 2):  # everything read once, in passing
        model.index(row, NAME).data()
    assert model.cached_row_count() <= CACHED_BLOCKS * BLOCK < total
    assert model.index(total - 1, NAME).data()


# -- the page ---------------------------------------------------------------------
def test_page_shows_the_whole_roster_and_counts_it(page, demo_db):
    uids = sql_uids(demo_db)
    assert shown_uids(page.model) == uids
    assert page.count_label.text() == f"共 {len(uids):,} 人"
    header = page.view.horizontalHeader()
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert titles[3].startswith("村")  # a string shared with other pages
    assert titles[:3] + titles[4:] == ["姓名", "身份证号", "年龄", "婚姻状况", "子女", "现用措施（起始日期）",
                                       "末次健康检查", "居住状态"]
    # nothing clipped: every header fits its section, and every column fits the view
    metrics = header.fontMetrics()
    for column, title in enumerate(titles):
        assert metrics.horizontalAdvance(title) + 16 <= header.sectionSize(column), title
    assert page.view.horizontalScrollBar().maximum() == 0


def test_filters_give_the_services_answer(page, demo_db, first_village):
    village, groups = first_village
    pick(page.village, village.name)
    assert [page.group.itemData(i) for i in range(1, page.group.count())] == groups
    assert shown_uids(page.model) == sql_uids(demo_db, RosterFilter(village_code=village.code))
    page.group.setCurrentIndex(2)
    flt = RosterFilter(village_code=village.code, group_no=groups[1])
    assert shown_uids(page.model) == sql_uids(demo_db, flt)
    pick(page.village, "全部村")
    assert page.group.count() == 1 and not page.group.isEnabled()

    cases = [
        (page.marital, "已婚", RosterFilter(marital=(20, 21, 22, 23))),
        (page.marital, "未婚", RosterFilter(marital=(10,))),
        (page.marital, "离婚、丧偶", RosterFilter(marital=(30, 40))),
        (page.method, "宫内节育器", RosterFilter(method=3)),
        (page.method, "未采取措施", RosterFilter(method=-1)),
        (page.residence, "户籍外出/流出", RosterFilter(residence=(2,))),
        (page.residence, "流入", RosterFilter(residence=(3,))),
    ]
    for combo, label, flt in cases:
        pick(combo, label)
        expected = sql_uids(demo_db, flt)
        assert expected and shown_uids(page.model) == expected, label
        assert page.count_label.text() == f"共 {len(expected):,} 人"
        combo.setCurrentIndex(0)
    pick(page.marital, "已婚")
    pick(page.method, "皮下埋植")
    both = sql_uids(demo_db, RosterFilter(marital=(20, 21, 22, 23), method=4))
    assert shown_uids(page.model) == both


def test_search_box_waits_for_the_typing_to_stop(page, qtbot, demo_db):
    """A woman picked by SQL is found by her pinyin initials, an ID fragment
    and her household number."""
    first, last = birth_window(DEMO_ON, 15, 49)
    with demo_db.read_session() as session:
        uid, name, id_number, household_no = session.execute(text(
            "SELECT p.uid, p.name, p.id_number, h.household_no FROM persons p "
            "JOIN households h ON h.uid = p.household_uid WHERE p.sex = 2 AND p.residence = 1 "
            "AND NOT p.deleted AND p.birth_date BETWEEN :first AND :last AND p.name LIKE '王__' "
            "ORDER BY p.uid LIMIT 1"), {"first": first, "last": last}).one()
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
    assert initials.startswith("w") and len(initials) == 3  # by hand: 王 is wang
    qtbot.keyClicks(page.search, initials)
    assert page.search_timer.isActive()  # not yet: the clerk may still be typing
    assert page.model.rowCount() == len(sql_uids(demo_db))
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert uid in shown_uids(page.model)
    assert shown_uids(page.model) == sql_uids(demo_db, RosterFilter(text=initials))

    for fragment in (id_number[6:12], household_no):
        page.search.clear()
        qtbot.keyClicks(page.search, fragment)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches at once
        assert not page.search_timer.isActive()
        assert uid in shown_uids(page.model)
        assert shown_uids(page.model) == sql_uids(demo_db, RosterFilter(text=fragment))


def test_header_click_sorts_in_sql(page, qtbot, demo_db):
    header = page.view.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(AGE)
    first_order = header.sortIndicatorOrder()
    assert header.sortIndicatorSection() == AGE
    descending = first_order == Qt.SortOrder.DescendingOrder
    assert shown_uids(page.model) == sql_uids(demo_db, sort="age", descending=descending)
    ages = [int(page.model.index(r, AGE).data()) for r in range(30)]
    assert ages == sorted(ages, reverse=descending)
    click(AGE)
    assert shown_uids(page.model) == sql_uids(demo_db, sort="age", descending=not descending)
    click(NAME)
    order = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_uids(page.model) == sql_uids(demo_db, sort="name", descending=order)
    before = shown_uids(page.model)
    click(ID)  # no sort key for ID numbers: nothing moves, the arrow stays on 姓名
    assert shown_uids(page.model) == before
    assert header.sortIndicatorSection() == NAME


def test_sorting_keeps_the_selected_woman_selected(page, demo_db):
    page.view.selectRow(5)
    uid = page.selected_uid()
    page.view.sortByColumn(AGE, Qt.SortOrder.DescendingOrder)
    assert page.selected_uid() == uid
    assert page.view.currentIndex().row() == sql_uids(demo_db, sort="age", descending=True).index(uid)


def test_enter_and_double_click_open_the_woman(page, qtbot):
    view = page.view
    view.setFocus()
    view.selectRow(3)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.opened == [page.model.uids[3]]
    rect = view.visualRect(page.model.index(1, NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest's double
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click has no press
    assert page.opened[-1] == page.model.uids[1]
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert page.opened[-1] == page.model.uids[1]


def test_refresh_shows_a_woman_saved_elsewhere(page, demo_db):
    before = page.model.rowCount()
    with demo_db.session() as session:
        household = session.execute(text("SELECT uid FROM households LIMIT 1")).scalar()
        uid = records.create(session, CLERK, "persons", {
            "household_uid": household, "name": "测试新", "sex": 2, "birth_date": DEMO_ON.replace(year=1995),
            "relation": "09", "residence": 1, "marital_status": 10}, today=DEMO_ON, accept_warnings=True).uid
    page.view.selectRow(2)
    selected = page.selected_uid()
    page.refresh()
    assert page.model.rowCount() == before + 1 and uid in page.model.uids
    assert page.count_label.text() == f"共 {before + 1:,} 人"
    assert page.selected_uid() == selected  # the clerk's place is kept


class RecordsStub(QWidget):
    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    def open_person(self, uid: str) -> None:
        self.opened.append(uid)


def test_in_the_main_window_a_row_opens_the_record(qtbot, demo_db, monkeypatch):
    monkeypatch.setitem(registry.PAGES, "records", lambda window: RecordsStub())
    window = MainWindow(demo_db, VIEWER, clock=lambda: DEMO_ON)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.show_page("women")
    women = window.pages["women"]
    qtbot.waitExposed(women)
    assert women.model.rowCount() == len(sql_uids(demo_db))
    assert "*" in women.model.index(0, ID).data()  # a viewer
    women.view.setFocus()
    women.view.selectRow(0)
    qtbot.keyClick(women.view, Qt.Key.Key_Enter)
    assert window.pages["records"].opened == [women.model.uids[0]]
    assert window.current_page() == "records"
    assert window.minimumSizeHint().width() <= 1366
