"""`fpdesk check` (FORMATS.md §5): the JSON contract, the demo's planted problems, and a
database file left byte-identical (no -wal or -shm created)."""

import hashlib
import json
import shutil
import sqlite3

import pytest

from fpdesk.cli import main

ARGS = ["--user", "admin"]


@pytest.fixture
def demo_copy(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    return path


@pytest.fixture
def password(tmp_path):
    path = tmp_path / "pw.txt"
    path.write_text("demo1234\n", encoding="utf-8")
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _planted(path) -> dict[str, set[str]]:
    """The demo's deliberate problems, found independently in SQL."""
    con = sqlite3.connect(path)
    try:
        q = lambda sql: {u for (u,) in con.execute(sql)}  # noqa: E731
        return {
            "id_birth_mismatch": q("SELECT uid FROM persons WHERE length(id_number) = 18 AND birth_date <> "
                                   "substr(id_number, 7, 4) || '-' || substr(id_number, 11, 2) || '-' || "
                                   "substr(id_number, 13, 2)"),
            "id_duplicate": q("SELECT uid FROM persons WHERE id_number IN (SELECT id_number FROM persons "
                              "GROUP BY id_number HAVING count(*) > 1)"),
            "first_marriage_missing": q("SELECT uid FROM persons WHERE marital_status = 21 "
                                        "AND first_marriage_date IS NULL"),
            "household_no_head": q("SELECT uid FROM households WHERE head_uid IS NULL"),
        }
    finally:
        con.close()


def test_check_json_lists_the_planted_problems_and_writes_nothing(demo_copy, password, capsys):
    before = _digest(demo_copy)
    siblings = sorted(p.name for p in demo_copy.parent.iterdir())
    code = main(["check", "--db", str(demo_copy), "--date", "2026-11-22", "--json", *ARGS,
                 "--user-password-file", str(password)])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert _digest(demo_copy) == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == siblings
    assert set(out) == {"date", "integrity", "counts", "findings"}
    assert out["date"] == "2026-11-22" and out["integrity"] == "ok"
    findings = out["findings"]
    assert out["counts"] == {"error": sum(f["severity"] == "error" for f in findings),
                             "warning": sum(f["severity"] == "warning" for f in findings)}
    assert all(set(f) == {"check", "severity", "table", "uid", "person_uid", "name", "village_code", "field",
                          "message"} for f in findings)
    order = [(f["severity"] != "error", f["village_code"] or "", f["name"]) for f in findings]
    assert order == sorted(order)
    for check, uids in _planted(demo_copy).items():
        assert uids and uids <= {f["uid"] for f in findings if f["check"] == check}, check
    assert any(f["check"] == "id_check_digit" for f in findings)
    assert any(f["check"] == "two_open_methods" for f in findings)


def test_check_text_and_village_filter(demo_copy, password, capsys):
    assert main(["check", "--db", str(demo_copy), "--village", "610628101202", *ARGS,
                 "--user-password-file", str(password), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["findings"] and {f["village_code"] for f in out["findings"]} == {"610628101202"}
    assert main(["check", "--db", str(demo_copy), *ARGS, "--user-password-file", str(password)]) == 0
    assert "数据库完整性 ok" in capsys.readouterr().out


def test_a_wrong_password_is_refused_and_not_counted(demo_copy, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope-1234\n", encoding="utf-8")
    before = _digest(demo_copy)
    assert main(["check", "--db", str(demo_copy), *ARGS, "--user-password-file", str(wrong)]) == 1
    assert "登录失败" in capsys.readouterr().err
    assert _digest(demo_copy) == before


def test_a_missing_file_is_a_user_error(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "none.db")]) == 1
    assert "不存在" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
