"""The 查找 box of the main window: Ctrl+F, the hits panel, opening a person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services.roster import search_people
from fpdesk.ui import search
from fpdesk.ui.main_window import MainWindow
from fpdesk.ui.pages import registry
from tests.conftest import VIEWER
from tests.ui.helpers import ADMIN, DEMO_ON

pytestmark = pytest.mark.gui


class RecordsStub(QWidget):
    """Stands in for the 人员档案 page: remembers whom it was asked to show."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    def open_person(self, uid: str) -> None:
        self.opened.append(uid)


def make_window(qtbot, db, actor, monkeypatch) -> MainWindow:
    monkeypatch.setitem(registry.PAGES, "records", lambda window: RecordsStub())
    window = MainWindow(db, actor, clock=lambda: DEMO_ON)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, demo_db, monkeypatch):
    return make_window(qtbot, demo_db, ADMIN, monkeypatch)


def hits(db, query: str):
    with db.read_session() as session:
        return search_people(session, query, limit=search.LIMIT)


def shown(box) -> list[str]:
    model = box.popup.model
    return [model.index(row, 0).data(search.UidRole) for row in range(model.rowCount())]


def type_and_wait(qtbot, box, query: str) -> None:
    box.focus_box()
    qtbot.keyClicks(box, query)
    assert box.timer.isActive() and not box.popup.isVisible()  # waits for the typing to stop
    qtbot.waitUntil(box.popup.isVisible)


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    box = window.search_box
    window.show_page("women")
    view = window.pages["women"].view

    def press_ctrl_f_in_the_active_window() -> bool:
        # A shortcut only fires in the active window; on a loaded machine a window
        # left over from an earlier test can take activation back, so re-activate.
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            return False
        view.setFocus()
        assert not box.hasFocus()
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        return box.hasFocus()

    qtbot.waitUntil(press_ctrl_f_in_the_active_window)
    assert box.placeholderText().startswith("查找人员")
    # top right: the box's right edge near the window's
    corner = box.mapTo(window, QPoint(box.width(), 0))
    assert window.width() - corner.x() < 40 and corner.y() < 40


def test_typing_lists_the_hits_of_search_people(window, qtbot, demo_db):
    box = window.search_box
    type_and_wait(qtbot, box, "z")
    expected = hits(demo_db, "z")
    assert len(expected) == search.LIMIT and shown(box) == [h.uid for h in expected]
    assert box.popup.note.isVisible() and "50" in box.popup.note.text()
    first = expected[0]
    row = [box.popup.model.index(0, c).data() for c in range(len(search.COLUMNS))]
    assert row[0] == first.name and row[1] in ("男", "女") and row[3] == first.village_name
    assert row[2].startswith(first.birth_date.isoformat()) and row[2].endswith("岁）")
    assert row[4] == first.id_number  # an administrator sees the full number
    # the panel hangs under the box, inside the window
    popup = box.popup.geometry()
    below = box.mapTo(window, QPoint(box.width(), box.height()))
    assert popup.right() + 1 == below.x() and popup.top() >= below.y()
    assert popup.left() >= 0 and popup.bottom() <= window.height()
    # more letters: the same answer as the roster's matching
    qtbot.keyClicks(box, "xm")
    qtbot.waitUntil(lambda: not box.timer.isActive())
    assert shown(box) == [h.uid for h in hits(demo_db, "zxm")]


def test_enter_opens_the_highlighted_person(window, qtbot, demo_db):
    box = window.search_box
    type_and_wait(qtbot, box, "w")
    expected = hits(demo_db, "w")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    records = window.pages["records"]
    assert records.opened == [expected[1].uid]
    assert window.current_page() == "records"
    assert not box.popup.isVisible()


def test_enter_before_the_pause_searches_at_once(window, qtbot, demo_db):
    """An ID fragment typed and Enter pressed straight away opens the first hit."""
    with demo_db.read_session() as session:
        number = session.execute(text(
            "SELECT id_number FROM persons WHERE id_number IS NOT NULL AND NOT deleted "
            "ORDER BY uid LIMIT 1")).scalar()
    fragment = number[-6:]
    expected = hits(demo_db, fragment)
    assert number in [h.id_number for h in expected]
    box = window.search_box
    box.focus_box()
    qtbot.keyClicks(box, fragment)
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert window.pages["records"].opened == [expected[0].uid]


def test_a_click_opens_the_person_and_esc_closes(window, qtbot, demo_db):
    box = window.search_box
    type_and_wait(qtbot, box, "l")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible() and box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # brings the panel back
    assert box.popup.isVisible()
    expected = hits(demo_db, "l")
    tree = box.popup.list
    rect = tree.visualRect(box.popup.model.index(2, 0))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages["records"].opened == [expected[2].uid]
    assert not box.popup.isVisible()


def test_nothing_found_and_clearing(window, qtbot):
    box = window.search_box
    type_and_wait(qtbot, box, "qqqq")
    assert shown(box) == [] and box.popup.note.text() == "没有找到匹配的人员"
    assert not box.popup.list.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # nothing to open
    assert window.pages["records"].opened == []
    box.clear()
    assert not box.popup.isVisible()


def test_a_viewer_sees_masked_ids(qtbot, demo_db, monkeypatch):
    window = make_window(qtbot, demo_db, VIEWER, monkeypatch)
    box = window.search_box
    type_and_wait(qtbot, box, "z")
    expected = hits(demo_db, "z")
    ids = [box.popup.model.index(r, search.COLUMNS.index("id_number")).data() for r in range(5)]
    assert ids == [idcard.mask(h.id_number) for h in expected[:5]]
    assert all("*" in i for i in ids)
