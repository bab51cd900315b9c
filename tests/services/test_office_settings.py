import pytest
from sqlalchemy import text

from fpdesk.services import audit, office_settings as ofs
from fpdesk.services.context import PermissionDenied
from fpdesk.services.office_settings import DeviceRow, RateRow, SettingsError
from tests.conftest import ADMIN, CLERK


def test_reminder_parameters_are_validated_stored_and_audited(db):
    with db.session() as s:
        assert ofs.reminder_params(s).r01_lead_days == 14
        changed = ofs.save_reminder_params(s, ADMIN, {"R01.lead_days": 10, "R04.months": [1, 3, 6, 12],
                                                       "check_interval_months": 6})
    assert changed == ["R01.lead_days", "check_interval_months"]
    with db.read_session() as s:
        params = ofs.reminder_params(s)
        assert (params.r01_lead_days, params.check_interval_months) == (10, 6)
        assert [e.action for e in audit.entries(s)][:2] == ["setting", "setting"]


@pytest.mark.parametrize("values,message", [
    ({"R01.lead_days": -1}, "非负整数"), ({"R04.months": [3, 1]}, "递增"), ({"R99.x": 1}, "未知"),
    ({"menopause_age": 0}, "正整数"),
])
def test_bad_parameters_write_nothing(db, values, message):
    with pytest.raises(SettingsError, match=message):
        with db.session() as s:
            ofs.save_reminder_params(s, ADMIN, {"R02.grace_days": 20, **values})
    with db.read_session() as s:
        assert ofs.reminder_params(s).r02_grace_days == 14


def test_only_the_administrator_changes_settings(db):
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            ofs.save_general(s, CLERK, {"idle_lock_minutes": 5})


def test_general_settings(db):
    with db.session() as s:
        ofs.save_general(s, ADMIN, {"idle_lock_minutes": 5})
    with db.read_session() as s:
        assert ofs.general(s) == {"idle_lock_minutes": 5}
    with pytest.raises(SettingsError, match="0–240"):
        with db.session() as s:
            ofs.save_general(s, ADMIN, {"idle_lock_minutes": 500})


def test_device_table_replaced_whole_or_not_at_all(db):
    rows = [DeviceRow(3, "TCu380A", 10), DeviceRow(4, "依托孕烯植入剂", 3)]
    with db.session() as s:
        ofs.save_device_models(s, ADMIN, rows)
    with pytest.raises(SettingsError, match="第 2 行.*重复"):
        with db.session() as s:
            ofs.save_device_models(s, ADMIN, [DeviceRow(3, "MLCu375", 5), DeviceRow(3, "MLCu375", 5)])
    with db.read_session() as s:
        assert ofs.device_models(s) == rows


def test_rates_table(db):
    with db.session() as s:
        ofs.save_benefit_rates(s, ADMIN, [RateRow(5, 2026, 3600.0), RateRow(1, 2026, 960.0)])
    with db.read_session() as s:
        assert ofs.benefit_rates(s) == [RateRow(1, 2026, 960.0), RateRow(5, 2026, 3600.0)]
    with pytest.raises(SettingsError, match="两位小数"):
        with db.session() as s:
            ofs.save_benefit_rates(s, ADMIN, [RateRow(1, 2026, 960.001)])
    with db.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM benefit_rates")).scalar() == 2
