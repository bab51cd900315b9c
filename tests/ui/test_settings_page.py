import pytest
from PySide6.QtWidgets import QSpinBox

from fpdesk.services import office_settings as ofs
from fpdesk.ui.pages.settings import SettingsPage
from tests.conftest import ADMIN, CLERK

pytestmark = pytest.mark.gui


def test_admin_changes_a_parameter_and_a_rate(qtbot, demo_db):
    page = SettingsPage(demo_db, ADMIN)
    qtbot.addWidget(page)
    spin = page.params_tab.inputs["R01.lead_days"]
    assert isinstance(spin, QSpinBox) and spin.value() == 14
    spin.setValue(10)
    page.rates_tab.add_row(["5", "2027", "3600.00"])
    page.save()
    assert page.message.text() == "设置已保存。"
    with demo_db.read_session() as s:
        assert ofs.reminder_params(s).r01_lead_days == 10
        assert ofs.RateRow(5, 2027, 3600.0) in ofs.benefit_rates(s)


def test_a_bad_row_is_named_and_nothing_is_saved(qtbot, demo_db):
    page = SettingsPage(demo_db, ADMIN)
    qtbot.addWidget(page)
    page.params_tab.inputs["R02.grace_days"].setValue(20)
    page.devices_tab.add_row(["3", "", "10"])
    page.save()
    assert "请填写型号" in page.message.text() and "第" in page.message.text()
    with demo_db.read_session() as s:
        assert ofs.reminder_params(s).r02_grace_days == 14


def test_a_clerk_sees_read_only_settings(qtbot, demo_db):
    page = SettingsPage(demo_db, CLERK)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert not page.params_tab.isEnabled()
