"""The record-form framework every dialog uses."""

from datetime import date

import pytest
from sqlalchemy import text

from fpdesk.domain import codes, idcard
from fpdesk.services import records
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog
from tests.conftest import CLERK, VIEWER

pytestmark = pytest.mark.gui

SERVICE_SPECS = [FieldSpec("type", "code", codes.SERVICE_TYPE, required=True),
                 FieldSpec("date", "date", required=True), FieldSpec("result"),
                 FieldSpec("declined", "bool")]


@pytest.fixture
def woman(db):
    with db.session() as s:
        hh = records.create(s, CLERK, "households", {"village_code": "610628101001"}).uid
        birth = date(1990, 5, 17)
        return records.create(s, CLERK, "persons", {
            "household_uid": hh, "name": "张秀梅", "sex": 2, "birth_date": birth, "relation": "02",
            "id_number": idcard.build("610628", birth, 122), "residence": 1, "marital_status": 20}).uid


def services(db):
    with db.read_session() as s:
        return s.execute(text("SELECT type, date, declined FROM services")).all()


def dialog(qtbot, db, woman, actor=CLERK):
    d = RecordDialog(db, actor, "services", SERVICE_SPECS, title="服务记录", fixed={"person_uid": woman})
    qtbot.addWidget(d)
    return d


def test_unreadable_date_is_shown_at_the_field_and_nothing_is_written(qtbot, db, woman):
    d = dialog(qtbot, db, woman)
    d.form.fields["type"].set_value(1)
    d.form.fields["date"].line.setText("2026-13-45")
    d.save()
    assert "日期格式不正确" in d.form.messages["date"].text()
    assert not d.form.messages["date"].isHidden()
    assert services(db) == []


def test_typed_compact_date_saves(qtbot, db, woman):
    d = dialog(qtbot, db, woman)
    d.form.fields["type"].set_value(1)
    d.form.fields["date"].line.setText("20261101")
    d.form.fields["declined"].set_value(True)
    with qtbot.waitSignal(d.saved):
        d.save()
    assert services(db) == [(1, "2026-11-01", 1)]


def test_date_before_her_birth_is_refused_with_the_reason(qtbot, db, woman):
    d = dialog(qtbot, db, woman)
    d.form.fields["type"].set_value(1)
    d.form.fields["date"].set_value(date(1980, 1, 1))
    d.save()
    assert "早于本人出生日期" in d.form.messages["date"].text()
    assert services(db) == []


def test_live_check_flags_a_future_date_while_typing(qtbot, db, woman):
    d = dialog(qtbot, db, woman)
    d.form.fields["date"].line.setText("2099-01-01")
    d.form.fields["date"].line.editingFinished.emit()
    assert "晚于今天" in d.form.messages["date"].text()
    assert d.form.messages["type"].isHidden()  # required-but-empty waits for Save


def test_cancel_writes_nothing(qtbot, db, woman):
    d = dialog(qtbot, db, woman)
    d.form.fields["type"].set_value(1)
    d.form.fields["date"].set_value(date(2026, 11, 1))
    d.reject()
    assert services(db) == []


def test_a_viewer_cannot_save(qtbot, db, woman):
    d = dialog(qtbot, db, woman, VIEWER)
    assert not d.form.isEnabled()
