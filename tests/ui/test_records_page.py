"""人员档案: the village → group → household tree, the household view and
the clerk's actions on households and members."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QToolButton
from sqlalchemy import text

from fpdesk.domain import idcard
from fpdesk.services import people, records
from fpdesk.ui.dialogs.person import PersonDialog
from fpdesk.ui.household_view import COLUMNS
from fpdesk.ui.main_window import MainWindow
from fpdesk.ui.pages.records import RecordsPage
from fpdesk.ui.pages.records_actions import DeleteMemberDialog, MoveDialog
from fpdesk.ui.pages.records_tree import KEY_ROLE, KIND_ROLE, VILLAGE_ROLE
from tests.conftest import CLERK, VIEWER
from tests.ui.helpers import ADMIN, DEMO_ON, answer_dialogs

pytestmark = pytest.mark.gui

LABEL = re.compile(r"^\d{4} \S+户（\d+人）$")


def make_page(qtbot, db, actor=CLERK):
    page = RecordsPage(db, actor, clock=lambda: DEMO_ON)
    qtbot.addWidget(page)
    page.resize(1186, 700)
    page.show()
    return page


@pytest.fixture
def page(qtbot, demo_db):
    return make_page(qtbot, demo_db)


@pytest.fixture
def family(demo_db):
    """A household of the first village and group with at least three members."""
    with demo_db.read_session() as s:
        village = people.villages(s)[0]
        group = people.groups(s, village.code)[0]
        row = next(r for r in people.households_in(s, village.code, group) if r.members >= 3)
    return row


def labels(model, parent=None):
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def member_names(page):
    return [row.name for row in page.household_view.model.rows]


def test_tree_lists_the_villages_and_a_village_expands_to_groups_and_households(page, demo_db, qtmodeltester):
    with demo_db.read_session() as s:
        villages = people.villages(s)
        groups = people.groups(s, villages[1].code)
        first_group = people.households_in(s, villages[1].code, groups[0])
    model = page.model
    assert labels(model) == [v.name for v in villages] and len(villages) == 3
    assert all(model.canFetchMore(model.index(r, 0)) for r in range(3))  # nothing read yet
    village = model.index(1, 0)
    page.tree.expand(village)
    assert [model.index(r, 0, village).data(KEY_ROLE) for r in range(model.rowCount(village))] == groups
    assert labels(model, village)[0] == f"{int(groups[0])}组（{len(first_group)}户）"
    group = model.index(0, 0, village)
    households = labels(model, group)
    assert len(households) == len(first_group)
    assert all(LABEL.match(label) for label in households), households[:3]
    row = first_group[0]
    assert households[0] == f"{row.household_no[-4:]} {row.head_name}户（{row.members}人）"
    qtmodeltester.check(model)


def test_selecting_a_household_shows_it_and_its_members(page, demo_db, family):
    assert page.select_household(family.uid)
    assert page.tree.currentIndex().data(KEY_ROLE) == family.uid
    view = page.household_view
    with demo_db.read_session() as s:
        members = people.members_of(s, family.uid, DEMO_ON)
        household = records.get(s, "households", family.uid)
    assert member_names(page) == [m.name for m in members]
    assert view.title.text() == f"{family.head_name}户"
    assert view.facts["household_no"].text() == family.household_no
    assert view.facts["address"].text() == household["address"]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    ids = [view.model.index(r, COLUMNS.index("id_number")).data() for r in range(len(members))]
    assert ids == [m.id_number or "" for m in members]  # a clerk sees whole ID numbers
    assert view.add_member.isVisible() and page.new_household.isVisible()


def results(page):
    return [page.model.index(r, 0).data(KEY_ROLE) for r in range(page.model.rowCount())]


def test_the_filter_finds_a_household_by_number_and_by_name(page, demo_db, family):
    page.filter.setText(family.household_no[-4:])
    page.apply_filter()
    assert family.uid in results(page)
    assert all(page.model.index(r, 0).data(KIND_ROLE) == "household" for r in range(page.model.rowCount()))
    assert len({page.model.index(r, 0).data(VILLAGE_ROLE) for r in range(page.model.rowCount())}) == 3
    page.filter.setText(family.head_name)
    page.apply_filter()
    assert family.uid in results(page)
    assert re.fullmatch(r"找到 \d+ 户", page.filter_note.text())
    page.filter.setText("")
    page.apply_filter()
    assert page.model.index(0, 0).data(KIND_ROLE) == "village"


def test_a_short_number_is_looked_up_in_the_village_being_worked_in(page, demo_db, family):
    page.select_household(family.uid)
    page.filter.setText("1")
    page.apply_filter()
    with demo_db.read_session() as s:
        village = next(v for v in people.villages(s) if v.code == family.village_code)
        expected = [r.uid for r in people.households_in(s, village.code, None) if r.household_no.endswith("0001")]
    assert results(page) == expected and len(expected) > 1  # one in each group of her village
    assert page.filter_note.text() == f"{village.name}：找到 {len(expected)} 户"
    page.filter.setText("谢")
    page.apply_filter()
    assert page.filter_note.text() == "请再输入一个字" and results(page) == []


def test_adding_a_member_shows_her_in_the_household(page, demo_db, family, monkeypatch):
    page.select_household(family.uid)
    number = idcard.build("610628", date(2026, 10, 3), 124)

    def fill(dialog):
        assert isinstance(dialog, PersonDialog)
        dialog.form.fields["name"].set_value("任小雨")
        dialog.form.fields["id_number"].setText(number)
        dialog.form.fields["id_number"].textEdited.emit(number)
        dialog.form.fields["relation"].set_value("06")
        dialog.save()
        return dialog.result()
    answer_dialogs(monkeypatch, fill)
    before = len(member_names(page))
    page.household_view.add_member.trigger()
    assert "任小雨" in member_names(page) and len(member_names(page)) == before + 1
    assert page.household_view.selected_member().name == "任小雨"
    assert page.household_view.selected_member().birth_date == date(2026, 10, 3)
    assert page.tree.currentIndex().data().endswith(f"（{family.members + 1}人）")


def test_moving_a_person_changes_her_household(page, demo_db, family, monkeypatch, answer_message_box):
    page.select_household(family.uid)
    view = page.household_view
    mover = next(m for m in view.model.rows if m.relation != "01")
    view.select_member(mover.uid)
    with demo_db.read_session() as s:
        target = next(r for r in people.households_in(s, family.village_code, family.group_no)
                      if r.uid != family.uid)

    def choose(dialog):
        assert isinstance(dialog, MoveDialog)
        dialog.search.setText(target.household_no)
        dialog.run_search()
        dialog.results.setCurrentRow(0)
        assert dialog.target().uid == target.uid
        dialog.relation.set_value("09")
        return QDialog.DialogCode.Accepted.value
    answer_dialogs(monkeypatch, choose)
    view.move_member.trigger()
    said = answer_message_box()
    assert any(mover.name in text and target.household_no in text for text in said)
    with demo_db.read_session() as s:
        moved = records.get(s, "persons", mover.uid)
    assert (moved["household_uid"], moved["relation"]) == (target.uid, "09")
    assert mover.uid not in [m.uid for m in view.model.rows]
    page.select_household(target.uid)
    assert mover.name in member_names(page)


def test_a_household_with_members_cannot_be_deleted(page, demo_db, family, answer_message_box):
    page.select_household(family.uid)
    page.household_view.delete_household.trigger()
    said = answer_message_box()
    assert any(re.search(r"该户还有 \d+ 名成员，请先迁移或删除成员", t) for t in said), said
    with demo_db.read_session() as s:
        assert records.get(s, "households", family.uid)["deleted"] is False
    assert page.household_view.current_uid() == family.uid


def test_a_new_empty_household_can_be_deleted(page, demo_db, family, monkeypatch, answer_message_box):
    page.select_household(family.uid)
    answer_dialogs(monkeypatch, lambda dialog: (dialog.save(), dialog.result())[1])
    page.new_household.click()
    created = page.household_view.current_uid()
    assert created and created != family.uid
    assert page.household_view.no_members.isVisible()
    assert page.tree.currentIndex().data(KEY_ROLE) == created
    with demo_db.read_session() as s:
        household = records.get(s, "households", created)
    assert (household["village_code"], household["group_no"]) == (family.village_code, family.group_no)
    page.household_view.delete_household.trigger()
    with demo_db.read_session() as s:
        deleted = s.execute(text("SELECT deleted FROM households WHERE uid = :u"), {"u": created}).scalar()
    assert deleted == 1
    assert page.household_view.current_uid() is None


def test_deleting_a_member_needs_a_reason_and_keeps_the_row(page, demo_db, family, monkeypatch):
    page.select_household(family.uid)
    victim = page.household_view.model.rows[-1]
    page.household_view.select_member(victim.uid)

    def give_reason(dialog):
        assert isinstance(dialog, DeleteMemberDialog)
        assert not dialog.ok.isEnabled()
        dialog.reason.setText("重复登记")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted.value
    answer_dialogs(monkeypatch, give_reason)
    page.household_view.delete_member.trigger()
    assert victim.uid not in [m.uid for m in page.household_view.model.rows]
    with demo_db.read_session() as s:
        row = s.execute(text("SELECT deleted FROM persons WHERE uid = :u"), {"u": victim.uid}).scalar()
        reason = s.execute(text("SELECT detail FROM audit_log WHERE record_uid = :u AND action = 'delete'"),
                           {"u": victim.uid}).scalar()
    assert row == 1 and "重复登记" in reason


def test_a_viewer_sees_no_edit_actions_and_masked_ids(qtbot, demo_db, family):
    with demo_db.session() as s:
        records.update(s, CLERK, "households", family.uid, {"phone": "0911-8123456"}, accept_warnings=True)
    page = make_page(qtbot, demo_db, VIEWER)
    page.select_household(family.uid)
    view = page.household_view
    assert not page.new_household.isVisible()
    for action in (view.edit_household, view.delete_household, view.add_member, view.edit_member,
                   view.move_member, view.delete_member):
        assert not action.isVisible()
    buttons = [b for b in view.findChildren(QToolButton) if b.objectName().startswith("button_")]
    assert len(buttons) == 6 and not any(b.isVisible() for b in buttons)
    ids = [view.model.index(r, COLUMNS.index("id_number")).data() for r in range(view.model.rowCount())]
    numbers = [m.id_number for m in view.model.rows]
    assert ids == [idcard.mask(n) if n else "" for n in numbers] and any("*" in i for i in ids)
    assert view.facts["phone"].text() == "********3456"


def test_open_person_from_the_main_window_shows_the_detail_view(qtbot, demo_db, family):
    window = MainWindow(demo_db, ADMIN, clock=lambda: DEMO_ON)
    qtbot.addWidget(window)
    window.show()
    with demo_db.read_session() as s:
        person = people.members_of(s, family.uid, DEMO_ON)[1]
    window.open_person(person.uid)
    page = window.pages["records"]
    assert window.current_page() == "records"
    assert page.stack.currentWidget() is page.detail
    assert page.detail.current_uid() == person.uid == page.showing_person()
    assert page.household_view.current_uid() == family.uid
    assert page.household_view.selected_member().uid == person.uid
    page.detail.back_requested.emit()
    assert page.stack.currentWidget() is page.browse


def test_double_clicking_a_member_opens_her_record(page, family, qtbot):
    page.select_household(family.uid)
    table = page.household_view.table
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # Qt wants the press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.showing_person() == page.household_view.model.rows[1].uid


def test_the_page_fits_1366_by_768(qtbot, demo_db):
    window = MainWindow(demo_db, ADMIN, clock=lambda: DEMO_ON)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show_page("records")
    window.show()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700

