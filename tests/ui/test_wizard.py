"""The first-run wizard creates the office and its administrator, or nothing."""

import os
import re
import stat

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from fpdesk.db import keyslots
from fpdesk.services import auth, encryption, office, people, settings
from fpdesk.ui.wizard import FirstRunWizard

pytestmark = pytest.mark.gui


def fill_office(wizard, county="610628", township="101", name="和平镇"):
    page = wizard.office_page
    page.county.setCurrentIndex(page.county.findData(county))
    page.township_code.setText(township)
    page.name.setText(name)


def fill_villages(wizard):
    wizard.villages_page.add_row("001", "东庄村", 3)
    wizard.villages_page.add_row("002", "西沟村", 2)


def fill_admin(wizard, password="abc12345", repeat=None, encrypt=False):
    page = wizard.admin_page
    page.username.setText("boss")
    page.password.setText(password)
    page.repeat.setText(password if repeat is None else repeat)
    page.encrypt.setChecked(encrypt)


@pytest.fixture
def wizard(qtbot, db):
    w = FirstRunWizard(db)
    qtbot.addWidget(w)
    w.restart()  # at the first page, without a window (offscreen cannot resize a shown wizard)
    w.next()     # "set up a new office" (the start page's default; test_wizard_restore.py: the other way)
    return w


def test_wizard_creates_office_villages_groups_and_admin(wizard, db):
    fill_office(wizard)
    assert wizard.office_page.full_code.text() == "610628101000"
    wizard.next()
    fill_villages(wizard)
    wizard.next()
    fill_admin(wizard)
    wizard.accept()
    assert wizard.actor is not None and wizard.actor.role == "admin"
    with db.read_session() as s:
        assert settings.get(s, "office_region_code") == "610628101000"
        assert [v.name for v in people.villages(s)] == ["东庄村", "西沟村"]
        assert office.village_groups(s, "610628101002") == ["01", "02"]
    assert auth.authenticate(db, "boss", "abc12345").role == "admin"


def test_mismatched_passwords_keep_the_wizard_open_and_write_nothing(wizard, db):
    fill_office(wizard)
    wizard.next()
    fill_villages(wizard)
    wizard.next()
    fill_admin(wizard, repeat="abc12346")
    assert not wizard.validateCurrentPage()
    assert wizard.admin_page.error.text() == "两次输入的密码不一致"
    with db.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM regions")).scalar() == 0


def test_a_village_code_outside_the_township_is_refused(wizard):
    fill_office(wizard)
    wizard.next()
    wizard.villages_page.add_row("0012", "外村", 1)
    assert not wizard.validateCurrentPage()
    assert "12 位数字" in wizard.villages_page.error.text()


def test_cancel_writes_nothing(wizard, db):
    fill_office(wizard)
    wizard.next()
    fill_villages(wizard)
    wizard.reject()
    with db.read_session() as s:
        assert not auth.has_accounts(s)
        assert s.execute(text("SELECT count(*) FROM regions")).scalar() == 0


def test_a_new_office_is_encrypted_by_default_and_shows_its_recovery_code_once(wizard, db):
    path = db.path
    assert wizard.admin_page.encrypt.isChecked()
    fill_office(wizard)
    wizard.next()
    fill_villages(wizard)
    wizard.next()
    fill_admin(wizard, encrypt=True)
    wizard.next()                                 # creates the office, then encrypts it
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_page.code.text()
    assert re.fullmatch(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", code)
    assert not wizard.recovery_page.isComplete()  # Finish waits for the tick
    wizard.reject()                               # Esc does not walk away from the code
    assert wizard.currentPage() is wizard.recovery_page

    assert wizard.db is not db and wizard.db.key is not None
    assert keyslots.is_encrypted(path) and b"\xe4\xb8\x9c\xe5\xba\x84" not in path.read_bytes()  # 东庄
    with wizard.db.read_session() as s:
        assert [v.name for v in people.villages(s)] == ["东庄村", "西沟村"]
    other, actor = encryption.open_with_password(path, "boss", "abc12345")
    other.close()
    assert actor.role == "admin"
    encryption.open_with_recovery(path, code).close()
    assert keyslots.load(path).office == "和平镇"

    sheet = wizard.recovery_page.sheet_file()     # what 打印 previews
    try:
        text_of_sheet = "".join(p.extract_text() for p in PdfReader(sheet).pages)
        assert code in text_of_sheet and "和平镇" in text_of_sheet
        if os.name == "posix":
            assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    finally:
        sheet.unlink()
        sheet.parent.rmdir()
    wizard.recovery_page.kept.setChecked(True)
    assert wizard.recovery_page.isComplete()
    wizard.accept()
    assert wizard.actor.username == "boss"
    wizard.db.close()


def test_without_encryption_the_admin_page_is_the_last(wizard, db):
    fill_office(wizard)
    wizard.next()
    fill_villages(wizard)
    wizard.next()
    fill_admin(wizard, encrypt=False)
    assert wizard.admin_page.nextId() == -1
    wizard.accept()
    assert wizard.db is db and not keyslots.keys_path(db.path).exists()
