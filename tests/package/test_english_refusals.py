"""Every refusal and warning of a package import in both languages: the summary's reasons
are `messages.Said` — the Chinese of FORMATS.md §4, unchanged in `fpdesk import --json`,
carrying an English text with no Chinese but the data it quotes (names, places)."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from fpdesk.cli import main
from fpdesk.db.schema import open_database
from fpdesk.domain.messages import Said
from fpdesk.package.apply import import_package
from fpdesk.package.writer import export_package
from tests.conftest import ADMIN
from tests.package.helpers import copy_db, dump_jsonl, jsonl, members, rebuild, repair_birth_dates

# Han characters and the full-width punctuation a Chinese message is written with
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
SHAPE = '{"disease", "cervical", "breast", "ring", "pregnancy"}'
LINE = re.compile(r"第 (\d+) 行")
MORE_BLANKS = 1000
NEW_VILLAGE, NO_VILLAGE = "610628101098", "610628101097"


def _lines(records: list, extra: list[bytes] = ()) -> bytes:
    return dump_jsonl(records) + b"".join(line + b"\n" for line in extra)


@pytest.fixture(scope="module")
def faulty(tmp_path_factory, small_demo):
    """The township's full package with one record of each fault, and the Chinese reason each
    had before the reasons knew English (by uid; by line for a line without one)."""
    folder = tmp_path_factory.mktemp("english_refusals")
    township = copy_db(small_demo, folder / "township.db")
    repair_birth_dates(township)
    db = open_database(township)
    try:
        full = export_package(db, ADMIN, folder / "full.fpx", full=True).path
    finally:
        db.close()
    files = {name[5:-6]: jsonl(data) for name, data in members(full).items() if name.startswith("data/")}
    expected: dict[tuple[str, str], str] = {}

    def fault(table: str, record: dict, edit: dict, reason: str) -> int:
        record.update(edit)
        line = files[table].index(record) + 1
        expected[(table, record.get("uid", f"line {line}"))] = f"第 {line} 行：{reason}"
        return line

    heads = {h["head_uid"] for h in files["households"]}
    persons = iter(p for p in files["persons"] if p["uid"] not in heads)
    expected["sex x"] = fault("persons", next(persons), {"sex": "x"}, '性别（sex）应为整数，实为 "x"')
    fault("persons", next(persons), {"birth_date": "2026-02-30"}, "出生日期（birth_date）不是有效日期（YYYY-MM-DD）：2026-02-30")
    fault("persons", next(persons), {"sex": 3}, "性别代码无效：3（sex）")
    fault("persons", next(persons), {"name": "张\u202e三"}, "姓名（name）含有不可见的控制字符或文字方向符 U+202E，请在来源处更正")
    fault("persons", next(persons), {"updated_at": "2099-01-01T00:00:00+08:00"},
          "updated_at 为将来的时间 2099-01-01T00:00:00+08:00（晚于导入时一天以上）：制作数据包的电脑时钟可能有误，请更正后重新上报")
    fault("persons", next(persons), {"created_at": "2026-11-22 10:00"},
          "created_at 应为带时区的 ISO 8601 时间（如 2026-11-22T10:31:05+08:00），实为 2026-11-22 10:00")
    fault("persons", next(persons), {"deleted": "no"}, 'deleted（deleted）应为true 或 false，实为 "no"')
    fault("persons", next(persons), {"deleted": None}, "deleted 应为 true 或 false")
    nameless = next(persons)
    line = files["persons"].index(nameless) + 1
    nameless.pop("uid")
    expected[("persons", f"line {line}")] = f"第 {line} 行：uid 缺失或长度超过 36 个字符"
    twice = next(persons)
    n = len(files["persons"])
    expected[("persons", f"line {n + 2}")] = f"第 {n + 2} 行：空行"
    expected[("persons", f"line {n + 3}")] = f"第 {n + 3} 行：不是有效的 JSON"
    expected[("persons", f"line {n + 4}")] = f"第 {n + 4} 行：该行不是 JSON 对象"
    persons_file = _lines(files["persons"], [json.dumps(twice, ensure_ascii=False).encode(), b"", b"{", b"[1]"])
    twice_line = files["persons"].index(twice) + 1
    expected[("persons", twice["uid"])] = f"第 {n + 1} 行：uid 与第 {twice_line} 行重复"

    checks = iter(s for s in files["services"] if isinstance(s.get("items"), dict))
    fault("services", next(checks), {"items": 5}, f"items 应为对象 {SHAPE}")
    big = next(checks)
    fault("services", big, {"items": {**big["items"], "big": "x" * 5000}},
          "items 中本版本不认识的检查项目共 5010 字节，超过上限 4096 字节")
    deep = 1
    for _ in range(12):
        deep = [deep]
    nested = next(checks)
    fault("services", nested, {"items": {**nested["items"], "deep": deep}}, 'items 中本版本不认识的检查项目 "deep" 嵌套超过 8 层')
    hidden = next(checks)
    fault("services", hidden, {"items": {**hidden["items"], "\u202ename": 1}},
          'items 中本版本不认识的检查项目 "\\u202ename" 含有不可见的控制字符或文字方向符 U+202E，请在来源处更正')
    nobody = str(uuid.uuid4())
    fault("services", next(checks), {"person_uid": nobody}, f"人员（person_uid）引用的记录不存在：{nobody}")
    fault("benefits", files["benefits"][0], {"amount": 2 ** 63}, "金额（amount）应为数值，实为 9223372036854775808")

    village = next(r for r in files["regions"] if r["level"] == "village")
    for copy in range(2):
        region = {**village, "uid": str(uuid.uuid4()), "code": NEW_VILLAGE, "name": f"新村{copy}"}
        files["regions"].append(region)
        expected[("regions", region["uid"])] = (f"第 {len(files['regions'])} 行：区划代码 {NEW_VILLAGE} "
                                                "已属于另一条区划记录")
    for code, reason in ((NEW_VILLAGE, f"引用的区划 {NEW_VILLAGE} 在本数据包中被拒绝"),
                         (NO_VILLAGE, f"引用的区划不存在：{NO_VILLAGE}")):
        household = {**files["households"][0], "uid": str(uuid.uuid4()), "village_code": code, "head_uid": None}
        files["households"].append(household)
        expected[("households", household["uid"])] = (f"第 {len(files['households'])} 行：村（居）代码"
                                                      f"（village_code）{reason}")
    replace = {f"data/{t}.jsonl": dump_jsonl(files[t]) for t in ("regions", "households", "services")}
    replace["data/persons.jsonl"] = persons_file
    replace["data/benefits.jsonl"] = _lines(files["benefits"], [b""] * MORE_BLANKS)
    package = rebuild(full, folder / "faulty.fpx", replace=replace)
    data_runs = set(CJK.findall(b"".join(members(package)[f"data/{t}.jsonl"] for t in files).decode()))
    return package, expected, data_runs


def _keyed(summary_refused: list[dict]) -> dict[tuple[str, str], str]:
    """Reasons by (table, uid), a line without a uid by its line."""
    keyed = {}
    for r in summary_refused:
        table = r["file"][5:-6]
        keyed[(table, r["uid"] or "line " + LINE.match(r["reason"]).group(1))] = r["reason"]
    return keyed


def _english_ok(text: str, data_runs: set[str]) -> bool:
    """English, but for the Chinese of the data quoted (a name, a place)."""
    return all(run in data_runs for run in CJK.findall(text))


@pytest.fixture(scope="module")
def imported(faulty, tmp_path_factory):
    package, _expected, _runs = faulty
    db = open_database(tmp_path_factory.mktemp("county") / "county.db", create=True)
    try:
        return import_package(db, ADMIN, package)
    finally:
        db.close()


def test_each_refusal_keeps_its_chinese_and_says_it_in_english(faulty, imported):
    _package, expected, data_runs = faulty
    expected = dict(expected)
    sex_line = expected.pop("sex x")
    refused = _keyed(imported.refused[:-1])
    assert {key: refused.get(key) for key in expected} == expected
    for reason in [r["reason"] for r in imported.refused] + [w["reason"] for w in imported.warnings]:
        assert isinstance(reason, Said), reason
        assert reason.en != reason and _english_ok(reason.en, data_runs), (str(reason), reason.en)
    blanks = [r for key, r in refused.items() if key[0] == "benefits" and r.endswith("行：空行")]
    assert blanks and all(re.fullmatch(r"Line \d+: blank line", r.en) for r in blanks)
    dependants = [r for key, r in refused.items() if key not in expected and r not in blanks]
    assert dependants and all(re.fullmatch(r"第 \d+ 行：.+（\w+）引用的记录( \S+ 在本数据包中被拒绝|不存在：\S+)", r)
                              for r in dependants)
    assert all(re.fullmatch(r"Line \d+: [\w -]+ \(\w+\) refers to (the record \S+, refused with this package"
                            r"|a record that does not exist: \S+)", r.en) for r in dependants), [r.en for r in dependants]
    sex = next(r for r in imported.refused if r["reason"].startswith(f"第 {sex_line} 行："))["reason"]
    assert sex.en == f'Line {sex_line}: sex must be an integer, not "x"'
    more = imported.refused[-1]["reason"]
    assert more.startswith(f"另有 {imported.refused_total - len(imported.refused) + 1} 条拒收的记录未逐条列出")
    assert more.en.endswith(f"({imported.refused_total} refused in all)")


def test_warnings_are_in_english_too(faulty, imported):
    _package, _expected, data_runs = faulty
    checked = {w["check"] for w in imported.warnings}
    assert {"id_check_digit", "id_duplicate", "household_no_head"} <= checked      # its own and the data check's
    by_check = {w["check"]: w["reason"] for w in imported.warnings}
    assert by_check["id_duplicate"].startswith("数据检查：") and by_check["id_duplicate"].en.startswith("Data check: ")
    assert re.match(r"Line \d+: ", by_check["id_check_digit"].en)


def test_import_json_is_the_chinese_as_before(faulty, imported, tmp_path, capsys):
    package, expected, _runs = faulty
    expected = {k: v for k, v in expected.items() if k != "sex x"}
    assert main(["import", str(package), "--db", str(tmp_path / "county.db"), "--json"]) == 0
    printed = capsys.readouterr().out
    summary = json.loads(printed)
    assert {key: _keyed(summary["refused"][:-1]).get(key) for key in expected} == expected
    plain = {**imported.as_json(), "refused": [{k: str(v) for k, v in r.items()} for r in imported.refused],
             "warnings": [{k: str(v) for k, v in w.items()} for w in imported.warnings]}
    assert printed == json.dumps(plain, ensure_ascii=False) + "\n"
