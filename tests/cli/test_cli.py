"""The command line: exit codes, messages and the sign-in rule (FORMATS.md §1)."""

import json
import shutil
import subprocess
import sys

import pytest

from fpdesk.cli import main


@pytest.fixture
def demo_copy(small_demo, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(small_demo, path)
    return path


@pytest.fixture
def passwords(tmp_path):
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("demo1234\n", encoding="utf-8")
    wrong.write_text("not-it-99\n", encoding="utf-8")
    return right, wrong


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "d.db"
    assert main(["demo", "--db", str(path), "--persons", "300", "--seed", "3", "--date", "20261122"]) == 0
    assert "admin / demo1234" in capsys.readouterr().out
    assert main(["demo", "--db", str(path), "--persons", "300"]) == 1
    assert "不会覆盖" in capsys.readouterr().err


def test_bad_arguments_exit_2(tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["demo", "--db", str(tmp_path / "x.db"), "--date", "2026-13-40"])
    assert caught.value.code == 2


def test_accounts_mean_sign_in_is_required(demo_copy, capsys):
    assert main(["user", "list", "--db", str(demo_copy)]) == 1
    assert "--user" in capsys.readouterr().err


def test_wrong_password_is_refused(demo_copy, passwords, capsys):
    _, wrong = passwords
    code = main(["user", "list", "--db", str(demo_copy), "--user", "admin", "--user-password-file", str(wrong)])
    assert code == 1
    assert "登录失败" in capsys.readouterr().err


def test_right_password_acts_with_the_users_role(demo_copy, passwords, capsys, tmp_path):
    right, _ = passwords
    signed = ["--db", str(demo_copy), "--user", "admin", "--user-password-file", str(right)]
    new_pw = tmp_path / "new.txt"
    new_pw.write_text("viewer123\n", encoding="utf-8")
    assert main(["user", "add", "li", "--role", "viewer", "--password-file", str(new_pw), *signed]) == 0
    capsys.readouterr()
    assert main(["user", "list", "--json", *signed]) == 0
    users = json.loads(capsys.readouterr().out)
    assert [(u["username"], u["role"]) for u in users] == [("admin", "admin"), ("li", "viewer")]
    # the viewer may not add accounts
    viewer = ["--db", str(demo_copy), "--user", "li", "--user-password-file", str(new_pw)]
    assert main(["user", "add", "zhao", "--password-file", str(new_pw), *viewer]) == 1
    assert "不是管理员" in capsys.readouterr().err


def test_a_database_without_accounts_needs_no_sign_in(tmp_path, capsys):
    db = tmp_path / "new.db"
    pw = tmp_path / "pw.txt"
    pw.write_text("abc12345\n", encoding="utf-8")
    assert main(["user", "add", "boss", "--password-file", str(pw), "--db", str(db)]) == 0
    assert "boss（admin）" in capsys.readouterr().out  # the first account is the administrator
    assert main(["user", "list", "--db", str(db)]) == 1  # now it has accounts


def test_options_before_the_sub_command_are_kept(tmp_path):
    path = tmp_path / "before.db"
    assert main(["--db", str(path), "demo", "--persons", "200"]) == 0
    assert path.exists()


def test_module_entry_point_runs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "fpdesk", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("fpdesk ")
