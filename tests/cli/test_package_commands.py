"""`fpdesk export` / `fpdesk import` (FORMATS.md §1 and §4)."""

import json
import shutil
import zipfile

import pytest

from fpdesk.cli import main


@pytest.fixture
def township(tmp_path, small_demo):
    path = tmp_path / "township.db"
    shutil.copy(small_demo, path)
    (tmp_path / "pw").write_text("demo1234\n", encoding="utf-8")
    return path


def _signed(tmp_path, township):
    return ["--db", str(township), "--user", "admin", "--user-password-file", str(tmp_path / "pw")]


def test_export_prints_the_check_code_and_import_json_is_the_summary(tmp_path, township, capsys):
    out = tmp_path / "t.fpx"
    assert main(["export", "--out", str(out), "--full", *_signed(tmp_path, township)]) == 0
    printed = capsys.readouterr().out
    with zipfile.ZipFile(out) as zf:
        code = json.loads(zf.read("manifest.json"))["check_code"]
    assert "校验码" in printed and "  ".join(code) in printed
    county = tmp_path / "new" / "county.db"
    assert main(["import", str(out), "--db", str(county), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) == {"package", "inserted", "updated", "unchanged", "refused", "warnings"}
    assert summary["package"] == {"region_code": "610628101000", "check_code": code, "kind": "full"}
    assert summary["inserted"] > 20000 and summary["refused"] == []  # what the township holds, the county holds
    assert sum(w["check"] == "id_birth_mismatch" for w in summary["warnings"]) == 2   # the demo's planted errors
    assert main(["import", str(out), "--db", str(county)]) == 0
    text = capsys.readouterr().out
    # the county region the import added is not in the package; nothing refused
    assert f"未变 {summary['inserted'] - 1} 条" in text and "拒收的记录" not in text


def test_since_last_is_the_default(tmp_path, township, capsys):
    first, second = tmp_path / "1.fpx", tmp_path / "2.fpx"
    assert main(["export", "--out", str(first), *_signed(tmp_path, township)]) == 0
    assert main(["export", "--out", str(second), *_signed(tmp_path, township)]) == 0
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        kinds = json.loads(a.read("manifest.json"))["kind"], json.loads(b.read("manifest.json"))["kind"]
        assert [n for n in b.namelist() if n.startswith("data/")] == ["data/regions.jsonl"]
    assert kinds == ("full", "incremental")


def test_encrypted_export_and_import(tmp_path, township, capsys):
    out, secret = tmp_path / "s.fpx", tmp_path / "secret"
    secret.write_text("交换密码2026\n", encoding="utf-8")
    assert main(["export", "--out", str(out), "--full", "--password-file", str(secret),
                 "--recipient", "富县卫健局", *_signed(tmp_path, township)]) == 0
    capsys.readouterr()
    county = tmp_path / "county.db"
    assert main(["import", str(out), "--db", str(county), "--password-file", str(secret), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["inserted"] > 0
    wrong = tmp_path / "wrong"
    wrong.write_text("not-it-1\n", encoding="utf-8")
    assert main(["import", str(out), "--db", str(county), "--password-file", str(wrong), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "密码错误或文件已损坏" in captured.err


def test_a_refused_package_exits_1_with_nothing_on_stdout(tmp_path, capsys):
    bad = tmp_path / "bad.fpx"
    bad.write_bytes(b"not a zip at all")
    county = tmp_path / "county.db"
    assert main(["import", str(bad), "--db", str(county), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "不是有效的数据包" in captured.err
    assert not county.exists()  # the database made for it is not left behind


def test_export_needs_a_sign_in_and_a_valid_period(tmp_path, township, capsys):
    assert main(["export", "--out", str(tmp_path / "x.fpx"), "--db", str(township)]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "x.fpx"), "--period", "2026Q7",
                 *_signed(tmp_path, township)]) == 1
    assert "统计期间" in capsys.readouterr().err
    assert not (tmp_path / "x.fpx").exists()
