"""The data checks of DOMAIN.md §Data checks as check ids (FORMATS.md §5).

Pure rules: the catalogue of check ids with their severity and plain-language
names, the mapping of an entry-time `checks.Finding` to its check id (so an
imported record's findings are listed under the same ids as `fpdesk check`),
the package refusal rule (what cannot be stored at all), and the rules the
database-wide check applies to rows its set-based queries return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fpdesk.domain import idcard
from fpdesk.domain.checks import Finding
from fpdesk.domain.dates import format_iso
from fpdesk.domain.messages import Said

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class CheckKind:
    id: str
    severity: str
    name_zh: str
    name_en: str


_KINDS = (
    CheckKind("id_length", ERROR, "身份证号码位数错误", "ID number of wrong length"),
    CheckKind("id_chars", ERROR, "身份证号码含无效字符", "invalid characters in ID number"),
    CheckKind("id_date", ERROR, "身份证号码中的出生日期无效", "impossible birth date in ID number"),
    CheckKind("id_birth_mismatch", ERROR, "身份证号码与出生日期不一致", "ID number disagrees with birth date"),
    CheckKind("id_sex_mismatch", ERROR, "身份证号码与性别不一致", "ID number disagrees with sex"),
    CheckKind("id_check_digit", WARNING, "身份证号码校验位错误", "wrong ID check character"),
    CheckKind("id_area", WARNING, "身份证号码地区代码未知", "unknown area code in ID number"),
    CheckKind("id_duplicate", ERROR, "身份证号码重复", "same ID number on two persons"),
    CheckKind("missing_field", WARNING, "必填项缺失", "field missing"),
    CheckKind("first_marriage_missing", WARNING, "初婚未填初婚日期", "first marriage without a date"),
    CheckKind("method_no_start", WARNING, "避孕措施未填开始日期", "method without a start date"),
    CheckKind("before_birth", ERROR, "日期早于出生", "dated before birth"),
    CheckKind("after_death", ERROR, "日期晚于死亡", "dated after death"),
    CheckKind("mother_age", WARNING, "分娩时母亲年龄异常", "unusual mother's age at a birth"),
    CheckKind("birth_no_mother", ERROR, "出生记录无母亲", "birth without a mother"),
    CheckKind("two_open_methods", ERROR, "同时有两项避孕措施", "two open contraception episodes"),
    CheckKind("outcome_before_found", ERROR, "妊娠结局早于发现日期", "pregnancy outcome before it was found"),
    CheckKind("future_date", ERROR, "日期晚于检查日", "date in the future"),
    CheckKind("household_no_head", WARNING, "家庭户无户主", "household without a head"),
    CheckKind("household_two_heads", ERROR, "家庭户有两名户主", "household with two heads"),
    CheckKind("late_birth_report", WARNING, "出生报告超过 3 天", "birth reported more than 3 days late"),
    # Findings of the entry-time record checks that the §5 table does not name:
    # listed under these ids when an imported record carries them.
    CheckKind("date_order", ERROR, "日期先后颠倒", "dates in the wrong order"),
    CheckKind("value_range", ERROR, "数值超出合理范围", "value out of range"),
    CheckKind("code_format", ERROR, "代码格式错误", "code of the wrong format"),
    CheckKind("household_no_prefix", WARNING, "户编号与村组不一致", "household number not of its village and group"),
)
KINDS: dict[str, CheckKind] = {k.id: k for k in _KINDS}
# the ids `fpdesk check` looks for (the §5 table)
DATABASE_CHECKS: tuple[str, ...] = tuple(k.id for k in _KINDS[:21])
SEVERITY_ORDER = {ERROR: 0, WARNING: 1}

_BY_CODE = {
    "length": "id_length", "chars": "id_chars", "date": "id_date", "birth_mismatch": "id_birth_mismatch",
    "sex_mismatch": "id_sex_mismatch", "check_digit": "id_check_digit", "area": "id_area",
    "future": "future_date", "before_birth": "before_birth", "after_death": "after_death",
    "mother_age": "mother_age", "outcome_before_found": "outcome_before_found", "order": "date_order",
    "range": "value_range", "format": "code_format", "prefix": "household_no_prefix",
}
# codes of the findings that mean a record cannot be stored as it is (FORMATS.md §4)
STRUCTURAL = frozenset({"required", "code"})


def is_structural(finding: Finding) -> bool:
    """A record with such a finding is refused by the importer; any other finding is imported."""
    return finding.code in STRUCTURAL


def check_id(finding: Finding) -> str:
    """The FORMATS.md §5 check id of an entry-time finding."""
    if finding.code == "missing":
        return "first_marriage_missing" if finding.field == "first_marriage_date" else "missing_field"
    return _BY_CODE.get(finding.code, "missing_field" if finding.code == "required" else "value_range")


def severity(check: str) -> str:
    return KINDS[check].severity


def check_name(check: str, lang: str = "zh") -> str:
    kind = KINDS.get(check)
    if kind is None:
        return check
    return kind.name_zh if lang == "zh" else kind.name_en


# -- rules for rows the database-wide check reads ------------------------------------------

@dataclass(frozen=True)
class IdProblem:
    check: str
    message: str


@lru_cache(maxsize=65536)
def _area_ok(area: str, year: int) -> bool:
    return idcard.area_state(area, year) == "ok"


def id_number_problems(number: str | None, birth: date | None, sex: int | None) -> list[IdProblem]:
    """Every finding on a person's ID number (empty or odd input never raises)."""
    if number is None or not str(number).strip():
        return []
    # the usual case, a sound 18-digit number agreeing with the record, without the full parse
    if (birth is not None and len(number) == 18 and number.isascii() and number[:17].isdigit()
            and number[6:14] == f"{birth.year:04d}{birth.month:02d}{birth.day:02d}"
            and number[17] == idcard.check_char(number[:17])
            and (sex not in (1, 2) or int(number[16]) % 2 == (sex == 1))
            and _area_ok(number[:6], birth.year)):
        return []
    info = idcard.parse(str(number))
    found = []
    for f in info.findings:
        if f.code == "area":
            continue    # judged by the birth year: area_problem
        found.append(IdProblem(_BY_CODE[f.code], Said(f.message_zh, f.message_en)))
    if not info.ok:
        return found
    problem = area_problem(info.area_code, info.birth_date)
    if problem:
        found.append(problem)
    if isinstance(birth, date) and info.birth_date and birth != info.birth_date:
        found.append(IdProblem("id_birth_mismatch", Said(
            f"身份证号码中的出生日期（{format_iso(info.birth_date)}）与出生日期（{format_iso(birth)}）不一致",
            f"The birth date in the ID number ({format_iso(info.birth_date)}) differs from the birth date "
            f"({format_iso(birth)})")))
    if sex in (1, 2) and info.sex and sex != info.sex:
        shown = {1: ("男", "male"), 2: ("女", "female")}
        found.append(IdProblem("id_sex_mismatch", Said(
            f"身份证号码中的性别（{shown[info.sex][0]}）与性别（{shown[sex][0]}）不一致",
            f"The sex in the ID number ({shown[info.sex][1]}) differs from the sex ({shown[sex][1]})")))
    return found


def area_problem(area: str, birth: date | None) -> IdProblem | None:
    """An area code is judged against the year the number was issued for: the birth year
    (a code in use then, or, for someone born before the table begins, ever listed)."""
    state = idcard.area_state(area, birth.year if birth else None)
    if state == "ok":
        return None
    if state == "unknown":
        return IdProblem("id_area", Said(f"身份证号码的地区代码 {area} 不存在（未收录）",
                                         f"The ID number's area code {area} does not exist (not listed)"))
    revoked = state.split(" ")[0]   # "1998 年后已撤销"
    return IdProblem("id_area", Said(f"身份证号码的地区代码 {area} {state}，早于本人出生（{birth.year} 年）",
                                     f"The ID number's area code {area} was revoked after {revoked}, before "
                                     f"the person's birth ({birth.year})"))


def id_key(number: str | None) -> str:
    """The number as two records holding it are compared (a legacy 15-digit one in its 18 form)."""
    if number is None:
        return ""
    if len(number) == 18 and number.isascii() and number[:17].isdigit():
        return number.upper()
    return idcard.parse(str(number)).number if str(number).strip() else ""


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
