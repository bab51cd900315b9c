"""`fpdesk import-excel` (FORMATS.md §1 and §6)."""

import json

import pytest

from fpdesk.cli import main
from tests.excel.helpers import PASSWORD, office_db, xlsx


@pytest.fixture
def office(tmp_path):
    db, _actor = office_db(tmp_path / "office.db")
    db.close()
    (tmp_path / "pw").write_text(PASSWORD + "\n", encoding="utf-8")
    return tmp_path / "office.db"


def signed(tmp_path, path):
    return ["--db", str(path), "--user", "admin", "--user-password-file", str(tmp_path / "pw")]


ROWS = [["花名册"], ["姓名", "性别", "出生日期", "组", "学历"], ["张秀梅", "女", "1990-05-17", "1组", "初中"],
        ["", "女", "1990-05-17", "1组", None]]


def test_json_is_the_section_6_summary(tmp_path, office, capsys):
    path = xlsx(tmp_path / "a.xlsx", {"Sheet1": ROWS})
    args = ["import-excel", str(path), "--village", "610628101001", "--json", *signed(tmp_path, office)]
    assert main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert dry == data
    assert set(data) == {"sheets", "inserted", "updated", "unchanged", "households_inserted", "episodes_inserted",
                         "refused", "warnings"}
    assert data["sheets"] == [{"name": "Sheet1", "header_row": 2, "rows": 2, "columns": {
        "姓名": "name", "性别": "sex", "出生日期": "birth_date", "组": "group_no", "学历": None}}]
    assert (data["inserted"], data["households_inserted"]) == (1, 1)
    assert data["refused"] == [{"sheet": "Sheet1", "row": 4, "column": "姓名", "reason": "必须填写姓名"}]
    assert {"sheet": "Sheet1", "row": 2, "column": "学历", "reason": "表头“学历”无法识别，该列未导入"} in data["warnings"]
    assert main(args) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["inserted"], again["unchanged"]) == (0, 1)


def test_text_summary_sign_in_and_bad_files(tmp_path, office, capsys):
    path = xlsx(tmp_path / "a.xlsx", {"Sheet1": ROWS})
    assert main(["import-excel", str(path), "--db", str(office)]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["import-excel", str(path), "--village", "610628101001", *signed(tmp_path, office)]) == 0
    out = capsys.readouterr().out
    assert "新增人员 1" in out and "“Sheet1”第 4 行［姓名］\t必须填写姓名" in out
    assert main(["import-excel", str(path), *signed(tmp_path, office)]) == 1
    assert "请用 --village 指定村代码" in capsys.readouterr().err
    assert main(["import-excel", str(path), "--village", "610628999001", *signed(tmp_path, office)]) == 1
    assert "不是本乡镇的村" in capsys.readouterr().err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert main(["import-excel", str(bad), *signed(tmp_path, office)]) == 1
    err = capsys.readouterr()
    assert "bad.xlsx 已损坏" in err.err and err.out == ""
    mapping = tmp_path / "m.json"
    mapping.write_text('{"学历": "education"}', encoding="utf-8")
    assert main(["import-excel", str(path), "--mapping", str(mapping), *signed(tmp_path, office)]) == 1
    assert "“学历”对应的字段“education”不存在" in capsys.readouterr().err
    assert main(["import-excel", str(path), "--sheet", "东庄", *signed(tmp_path, office)]) == 1
    assert "没有工作表“东庄”" in capsys.readouterr().err
