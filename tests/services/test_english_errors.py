"""Every service error the GUI shows carries English (ClerkError.message_en) and
keeps its Chinese text for the CLI and the logs. Each error here is a real one,
raised by the module on a real file or database."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date

import pytest

from fpdesk.db import backup as backup_files
from fpdesk.db import guard, keyslots
from fpdesk.db.schema import DatabaseError, open_database
from fpdesk.domain.messages import ClerkError
from fpdesk.domain.periods import parse_period
from fpdesk.package import PackageRefused
from fpdesk.package.reader import read_package
from fpdesk.package.writer import ExportError, export_package
from fpdesk.services import encryption, excel_import, office
from fpdesk.services.demo import DemoError, create_demo
from fpdesk.services.sheet_reader import SheetFileError, open_workbook
from fpdesk.services.statistics import ReportError, compute_report
from tests.conftest import ADMIN, CLERK

HAN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def english(raised: pytest.ExceptionInfo, *data) -> str:
    """The English of a raised error, checked: no Chinese but the `data` quoted in it,
    while str() stays the Chinese message."""
    exc = raised.value
    assert isinstance(exc, ClerkError), type(exc)
    assert HAN.search(str(exc)), str(exc)
    text = exc.message_en
    rest = text
    for quoted in data:
        rest = rest.replace(str(quoted), "")
    assert not HAN.search(rest), text
    return text


def test_package_reader(tmp_path):
    with pytest.raises(PackageRefused) as missing:
        read_package(tmp_path / "none.fpx")
    assert english(missing, tmp_path) == f"Package file not found: {tmp_path / 'none.fpx'}"
    junk = tmp_path / "junk.fpx"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(PackageRefused) as not_zip:
        read_package(junk)
    assert "not a ZIP" in english(not_zip)
    bare = tmp_path / "bare.fpx"
    with zipfile.ZipFile(bare, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "fpdesk-package", "version": 1, "producer": {}}))
    with pytest.raises(PackageRefused) as shape:
        read_package(bare)
    assert english(shape) == ("manifest.json is incomplete or wrong: producer.region_code must be a "
                              "12-digit region code")


def test_package_writer(db, tmp_path):
    with pytest.raises(ExportError) as no_office:
        export_package(db, CLERK, tmp_path / "out.fpx", full=True)
    assert english(no_office).startswith("This database has no office region code yet")


def test_backup_files(tmp_path):
    with pytest.raises(backup_files.BackupError) as missing:
        backup_files.read_meta(tmp_path / "none.fpbak")
    english(missing, tmp_path)
    other = tmp_path / "other.fpbak"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("meta.json", json.dumps({"format": "something else"}))
    with pytest.raises(backup_files.BackupError) as foreign:
        backup_files.read_meta(other)
    assert english(foreign, other) == f"{other} is not an fpdesk backup"


def test_key_slots_and_encryption(db, tmp_path):
    with pytest.raises(keyslots.WrongSecret) as form:
        keyslots.normalize_recovery_code("abc")
    english(form)
    with pytest.raises(keyslots.KeyFileError) as missing:
        keyslots.load(tmp_path / "office.db")
    english(missing, tmp_path)
    keyslots.keys_path(tmp_path / "broken.db").write_text("{not json")
    with pytest.raises(keyslots.KeyFileError) as broken:
        keyslots.load(tmp_path / "broken.db")
    english(broken, tmp_path)
    with pytest.raises(encryption.EncryptionError) as plain:
        encryption.new_recovery_code(db, ADMIN)
    assert english(plain) == "The database is not encrypted: it has no recovery code"
    with pytest.raises(encryption.EncryptionError) as no_accounts:
        encryption.encrypt_file(db.path, {"admin": "abc12345"}, backup=False)
    english(no_accounts)


def test_guard_and_schema(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(guard.FileRefused) as refused:
        guard.recognise(empty)
    english(refused, empty)
    text = tmp_path / "notes.db"
    text.write_text("hello")
    with pytest.raises(guard.FileRefused) as not_sqlite:
        guard.recognise(text)
    assert english(not_sqlite, text) == f"Not an fpdesk database file (not an SQLite database): {text}"
    with pytest.raises(DatabaseError) as no_keys:
        open_database(text)
    assert english(no_keys, text, "notes.db.keys").startswith("Cannot open the database file")
    with pytest.raises(DatabaseError) as absent:
        open_database(tmp_path / "absent.db", create=False)
    english(absent, tmp_path)
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200)
    with pytest.raises(guard.FileRefused) as cut:
        guard.recognise(truncated)
    assert "Restore it from a backup" in english(cut, truncated)


def test_disk_full_is_explained_in_both_languages(tmp_path):
    import errno

    full = OSError(errno.ENOSPC, "No space left on device")
    zh, en = guard.explain(full, tmp_path / "office.db")
    assert guard.describe(full, tmp_path / "office.db") == zh and zh.startswith("磁盘已满")
    assert en.startswith("The disk is full") and not HAN.search(en.replace(str(tmp_path), ""))


def test_spreadsheets(tmp_path):
    for name, data in (("empty.xlsx", b""), ("broken.xlsx", b"PK\x03\x04 broken"),
                       ("wide.csv", "姓名,性别\n".encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(SheetFileError) as raised:
            open_workbook(tmp_path / name)
        english(raised, name)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"身份证": "no_such_field"}, ensure_ascii=False))
    with pytest.raises(SheetFileError) as unknown:
        excel_import.read_mapping(mapping)
    english(unknown, mapping, "身份证")


def test_reports_periods_demo_and_office(db, tmp_path):
    with db.read_session() as session, pytest.raises(ReportError) as region:
        compute_report(session, parse_period("2026"), region_code="999999999999")
    assert english(region) == "No region has the code 999999999999"
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"x")
    with pytest.raises(DemoError) as exists:
        create_demo(taken, persons=10, on=date(2026, 11, 22))
    english(exists, taken)
    with pytest.raises(office.SetupError) as setup:
        office.validate(office.OfficeSetup("610628101000", "和平镇", villages=[
            office.VillageSpec("610628102001", "东庄村")], admin_password="abc12345"))
    english(setup)


def test_reminder_settings_accounts_and_reconcile(db, tmp_path):
    from fpdesk.services import office_settings, reconcile
    from tests.excel.helpers import xlsx

    with db.session() as session, pytest.raises(office_settings.SettingsError) as params:
        office_settings.save_reminder_params(session, ADMIN, {"R01.lead_days": -3})
    assert english(params) == "Reminder settings: R01.lead_days must be a whole number ≥ 0: -3"
    with pytest.raises(encryption.auth.AuthError) as own:
        encryption.remove_user(db, ADMIN, "admin")
    assert english(own) == "You cannot remove your own account"
    path = xlsx(tmp_path / "list.xlsx", {"名单": [["甲", "乙"], [1, 2]]})
    with db.read_session() as session, pytest.raises(SheetFileError) as header:
        reconcile.reconcile(session, path, "births")
    english(header)


def test_an_error_crosses_a_process_boundary_with_both_messages():
    import pickle

    for error in (PackageRefused("数据包已损坏", "The package is damaged"),
                  office.SetupError("code", "区划代码应为 12 位数字", "A region code has 12 digits")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.message_en == error.message_en and copy.__dict__ == error.__dict__


def test_a_note_keeps_its_english_when_copied_or_pickled():
    import copy
    import pickle
    from dataclasses import asdict, dataclass

    from fpdesk.domain.messages import Said

    @dataclass
    class Holder:
        notes: list

    said = Said("第 3 行：空行", "Line 3: blank line")
    copies = [pickle.loads(pickle.dumps(said, protocol)) for protocol in range(pickle.HIGHEST_PROTOCOL + 1)]
    copies += [copy.copy(said), copy.deepcopy(said), asdict(Holder([said]))["notes"][0]]
    for kept in copies:
        assert type(kept) is Said and kept == "第 3 行：空行" and kept.en == "Line 3: blank line"


def test_an_empty_printout(tmp_path):
    from fpdesk.output import NothingToPrint
    from fpdesk.output.pdf import render_tables_pdf

    with pytest.raises(NothingToPrint) as empty:
        render_tables_pdf([], tmp_path / "empty.pdf")
    assert english(empty) == "There are no tables to print"


def test_reconcile_problems_in_both_languages(db, tmp_path):
    from fpdesk.services import reconcile
    from tests.excel.helpers import xlsx

    path = xlsx(tmp_path / "births.xlsx", {"出生": [["母亲姓名", "母亲身份证号", "出生日期", "性别"],
                                                   ["王芳", None, "2026-03-01", "女"],
                                                   ["李娜", "610628199005171229", "二〇二六年", "男"]]})
    with db.read_session() as session:
        result = reconcile.reconcile(session, path, "births")
    problems = [r.problem for r in result.only_outside]
    assert problems[0] == "缺少身份证号码，无法核对" and problems[0].en == "No ID number: cannot be compared"
    # the cell as typed, and 1990年7月20日 as one of the forms a date may take
    assert HAN.search(problems[1]) and not HAN.search(
        problems[1].en.replace("二〇二六年", "").replace("1990年7月20日", "")), problems[1].en
