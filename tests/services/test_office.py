import pytest
from sqlalchemy import text

from fpdesk.services import auth, office, people, settings
from fpdesk.services.office import OfficeSetup, SetupError, VillageSpec


def setup(**extra):
    fields = dict(code="610628101000", name="和平镇",
                  villages=[VillageSpec("610628101001", "东庄村", 3), VillageSpec("610628101002", "西沟村", 2)],
                  admin_username="boss", admin_password="abc12345")
    return OfficeSetup(**{**fields, **extra})


def test_creates_region_villages_groups_and_admin(db):
    with db.session() as s:
        assert office.needs_setup(s)
        actor = office.create_office(s, setup())
    assert actor.role == "admin"
    with db.read_session() as s:
        assert not office.needs_setup(s)
        assert settings.get(s, "office_region_code") == "610628101000"
        assert [(v.code, v.name) for v in people.villages(s)] == [
            ("610628101001", "东庄村"), ("610628101002", "西沟村")]
        assert office.village_groups(s, "610628101001") == ["01", "02", "03"]
    assert auth.authenticate(db, "boss", "abc12345").role == "admin"


@pytest.mark.parametrize("extra,field,message", [
    ({"code": "61062810100"}, "code", "12 位数字"),
    ({"code": "610628101001"}, "code", "不是乡镇级"),
    ({"name": " "}, "name", "单位名称"),
    ({"villages": [VillageSpec("610628102001", "外村", 1)]}, "villages[1]", "不属于本乡镇"),
    ({"villages": [VillageSpec("610628101001", "甲", 1), VillageSpec("610628101001", "乙", 1)]},
     "villages[2]", "重复"),
    ({"admin_password": "short1"}, "admin_password", "8 个字符"),
])
def test_refusals_name_the_field_and_write_nothing(db, extra, field, message):
    with pytest.raises(SetupError, match=message) as caught:
        with db.session() as s:
            office.create_office(s, setup(**extra))
    assert caught.value.field == field
    with db.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM regions")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM users")).scalar() == 0


def test_a_database_already_set_up_is_refused(db):
    with db.session() as s:
        office.create_office(s, setup())
    with pytest.raises(SetupError, match="已完成"):
        with db.session() as s:
            office.create_office(s, setup(admin_username="other"))
