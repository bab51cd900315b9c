"""Entry-time checks of one record (DOMAIN.md §Data checks).

Each `check_<table>` takes the record's fields as a plain dict (the package
field names), plus the facts about the person it belongs to where a rule
needs them, and returns findings. An "error" refuses the save; a "warning"
needs the clerk's confirmation. Checks that span many records (the same ID
number on two living persons, two open episodes, household heads) belong to
the database-wide quality check, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fpdesk.domain import codes, idcard
from fpdesk.domain.dates import age_on, format_iso


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    field: str
    code: str
    message_zh: str
    message_en: str

    @property
    def is_error(self) -> bool:
        return self.level == "error"


@dataclass(frozen=True)
class PersonFacts:
    """What checks of an event need to know about the person it concerns."""

    birth_date: date | None
    death_date: date | None = None
    sex: int | None = None


FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name"), "sex": ("性别", "sex"), "birth_date": ("出生日期", "birth date"),
    "id_number": ("身份证号码", "ID number"), "residence": ("居住状态", "residence"),
    "relation": ("与户主关系", "relation to head"), "marital_status": ("婚姻状况", "marital status"),
    "household_uid": ("所属家庭户", "household"), "ethnicity": ("民族", "ethnicity"),
    "first_marriage_date": ("初婚日期", "first marriage date"),
    "arrived_date": ("流入日期", "arrival date"), "left_date": ("离开日期", "leaving date"),
    "death_date": ("死亡日期", "date of death"), "menopause_date": ("绝经日期", "menopause date"),
    "village_code": ("村（居）代码", "village code"), "group_no": ("组号", "group number"),
    "household_no": ("户编号", "household number"), "hukou_type": ("户口性质", "hukou type"),
    "one_child_cert_date": ("光荣证发证日期", "one-child certificate date"),
    "person_uid": ("人员", "person"), "event": ("婚姻变动类型", "marriage event"),
    "date": ("日期", "date"), "spouse_id_number": ("配偶身份证号码", "spouse ID number"),
    "mother_uid": ("母亲", "mother"), "order": ("孩次", "birth order"),
    "plurality": ("胎数", "plurality"), "delivery": ("分娩方式", "delivery"),
    "place": ("分娩地点", "place of birth"), "weight_g": ("出生体重", "birth weight"),
    "outcome": ("结局", "outcome"), "reported_date": ("报告日期", "reported date"),
    "woman_uid": ("妇女", "woman"), "found_date": ("发现日期", "date found"),
    "lmp_date": ("末次月经", "last menstrual period"), "edd": ("预产期", "due date"),
    "outcome_date": ("结局日期", "outcome date"), "method": ("避孕方法", "method"),
    "start_date": ("开始日期", "start date"), "end_date": ("停用日期", "end date"),
    "end_reason": ("停用原因", "end reason"), "lifespan_years": ("有效年限", "lifespan"),
    "type": ("服务类型", "service type"), "next_date": ("预约日期", "next appointment"),
    **{item.column: (item.zh, item.en) for item in codes.HEALTH_CHECK_ITEMS}, "direction": ("流动方向", "direction"),
    "verified_date": ("核查日期", "verified date"), "program": ("项目", "programme"),
    "year": ("年度", "year"), "months": ("月数", "months"), "amount": ("金额", "amount"),
    "status": ("状态", "status"), "confirmed_date": ("确认日期", "confirmed date"),
    "paid_date": ("发放日期", "paid date"), "no_method_reason": ("未避孕原因", "reason"),
    "spouse_name": ("配偶姓名", "spouse name"), "spouse_uid": ("配偶", "spouse"),
    "certificate_no": ("出生医学证明编号", "birth certificate number"),
    "father_uid": ("父亲", "father"), "child_uid": ("子女", "child"),
    "device_type": ("节育器/皮埋型号", "device model"), "provider": ("服务机构", "provider"),
    "informed_choice": ("已签署知情同意书", "informed-choice form signed"),
    "result": ("结果", "result"), "declined": ("本人拒绝", "declined by the person"),
    "place_code": ("去向/来源地代码", "place code"), "reason": ("原因", "reason"),
    "contact": ("联系方式", "contact"), "phone": ("联系电话", "phone"), "notes": ("备注", "notes"),
    "address": ("地址", "address"), "checks_opt_out": ("本人不需要健康检查提醒", "no health-check reminders"),
    "one_child_cert_no": ("独生子女父母光荣证号", "one-child certificate number"),
    "two_daughters": ("两女户", "two-daughter household"), "head_uid": ("户主", "head of household"),
    "code": ("区划代码", "region code"), "level": ("级别", "level"), "parent_code": ("上级代码", "parent code"),
}


def field_label(name: str, lang: str = "zh") -> str:
    zh, en = FIELD_LABELS.get(name, (name, name))
    return zh if lang == "zh" else en


def error(field: str, code: str, zh: str, en: str) -> Finding:
    return Finding("error", field, code, zh, en)


def warning(field: str, code: str, zh: str, en: str) -> Finding:
    return Finding("warning", field, code, zh, en)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# require and check_codes run for every record of an imported package: _blank is inlined there
def require(record: dict, fields: tuple[str, ...]) -> list[Finding]:
    found = []
    for f in fields:
        value = record.get(f)
        if value is None or (isinstance(value, str) and not value.strip()):
            found.append(error(f, "required", f"必须填写{field_label(f)}", f"{field_label(f, 'en')} is required"))
    return found


def check_codes(record: dict, fields: dict[str, codes.CodeSet]) -> list[Finding]:
    found = []
    for f, code_set in fields.items():
        value = record.get(f)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if value not in code_set:
            found.append(error(
                f, "code", f"{field_label(f)}代码无效：{value}",
                f"{field_label(f, 'en')}: unknown code {value}"))
    return found


def not_future(record: dict, fields: tuple[str, ...], today: date) -> list[Finding]:
    return [
        error(f, "future", f"{field_label(f)}（{format_iso(record[f])}）晚于今天",
              f"{field_label(f, 'en')} ({format_iso(record[f])}) is in the future")
        for f in fields
        if isinstance(record.get(f), date) and record[f] > today
    ]


def not_before(record: dict, later: str, earlier: str) -> list[Finding]:
    """`later` must not be before `earlier` when both are given."""
    a, b = record.get(later), record.get(earlier)
    if isinstance(a, date) and isinstance(b, date) and a < b:
        code = {"birth_date": "before_birth", "found_date": "outcome_before_found"}.get(earlier, "order")
        return [error(
            later, code, f"{field_label(later)}不能早于{field_label(earlier)}",
            f"{field_label(later, 'en')} cannot be before {field_label(earlier, 'en')}")]
    return []


def within_life(record: dict, fields: tuple[str, ...], person: PersonFacts | None) -> list[Finding]:
    """An event dated before the person's birth or after her death."""
    if person is None:
        return []
    found = []
    for f in fields:
        value = record.get(f)
        if not isinstance(value, date):
            continue
        if person.birth_date and value < person.birth_date:
            found.append(error(f, "before_birth", f"{field_label(f)}早于本人出生日期",
                               f"{field_label(f, 'en')} is before the person's birth"))
        elif person.death_date and value > person.death_date:
            found.append(error(f, "after_death", f"{field_label(f)}晚于本人死亡日期",
                               f"{field_label(f, 'en')} is after the person's death"))
    return found


def check_id_number(record: dict, field: str = "id_number", *, match_person: bool = True) -> list[Finding]:
    number = record.get(field)
    if _blank(number):
        return []
    info = idcard.parse(number)
    found = [Finding(f.level, field, f.code, f.message_zh, f.message_en) for f in info.findings]
    if not info.ok or not match_person:
        return found
    birth, sex = record.get("birth_date"), record.get("sex")
    if isinstance(birth, date) and info.birth_date and birth != info.birth_date:
        found.append(error(field, "birth_mismatch",
                           f"身份证号码中的出生日期（{format_iso(info.birth_date)}）与出生日期（{format_iso(birth)}）不一致",
                           f"ID number birth date {format_iso(info.birth_date)} differs from birth date {format_iso(birth)}"))
    if sex in (1, 2) and info.sex and sex != info.sex:
        found.append(error(field, "sex_mismatch",
                           f"身份证号码中的性别（{codes.SEX.label(info.sex)}）与性别（{codes.SEX.label(sex)}）不一致",
                           f"ID number sex ({codes.SEX.label(info.sex, 'en')}) differs from sex ({codes.SEX.label(sex, 'en')})"))
    return found


def check_household(record: dict, today: date) -> list[Finding]:
    found = require(record, ("village_code",))
    found += check_codes(record, {"hukou_type": codes.HUKOU_TYPE})
    village, group, number = record.get("village_code"), record.get("group_no"), record.get("household_no")
    if not _blank(village) and not (len(village) == 12 and village.isdigit()):
        found.append(error("village_code", "format", "村（居）代码应为 12 位数字",
                           "village code must be 12 digits"))
    if not _blank(group) and not (len(group) == 2 and group.isdigit() and group != "00"):
        found.append(error("group_no", "format", "组号应为 01–99 的两位数字",
                           "group number must be two digits 01–99"))
    if not _blank(number):
        if not (len(number) == 18 and number.isdigit()):
            found.append(error("household_no", "format", "户编号应为 18 位数字（村代码12位+组号2位+户序号4位）",
                               "household number must be 18 digits (village 12 + group 2 + number 4)"))
        elif not _blank(village) and not _blank(group) and number[:14] != village + group:
            found.append(warning("household_no", "prefix", "户编号前 14 位与所在村、组不一致",
                                 "household number does not start with its village and group"))
    return found + not_future(record, ("one_child_cert_date",), today)


def check_person(record: dict, today: date) -> list[Finding]:
    found = require(record, ("household_uid", "name", "sex", "birth_date", "residence"))
    found += check_codes(record, {
        "sex": codes.SEX, "residence": codes.RESIDENCE, "marital_status": codes.MARITAL_STATUS,
        "relation": codes.RELATION, "ethnicity": codes.ETHNICITY})
    found += check_id_number(record)
    found += not_future(record, ("birth_date", "first_marriage_date", "arrived_date", "left_date",
                                 "death_date", "menopause_date"), today)
    for later in ("first_marriage_date", "arrived_date", "left_date", "death_date", "menopause_date"):
        found += not_before(record, later, "birth_date")
    birth = record.get("birth_date")
    adult = isinstance(birth, date) and age_on(birth, today) >= 15
    if _blank(record.get("relation")):
        found.append(warning("relation", "missing", "未填写与户主关系", "relation to head is missing"))
    if adult and _blank(record.get("marital_status")):
        found.append(warning("marital_status", "missing", "15 岁及以上人员未填写婚姻状况",
                             "marital status is missing for a person aged 15 or over"))
    if record.get("marital_status") == 21 and _blank(record.get("first_marriage_date")):
        found.append(warning("first_marriage_date", "missing", "初婚但未填写初婚日期",
                             "first marriage without a first-marriage date"))
    if record.get("residence") == 9 and _blank(record.get("death_date")):
        found.append(warning("death_date", "missing", "居住状态为死亡但未填写死亡日期",
                             "residence is 'died' but no date of death"))
    return found


def check_marriage(record: dict, today: date, person: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("person_uid", "event", "date"))
    found += check_codes(record, {"event": codes.MARRIAGE_EVENT})
    found += check_id_number(record, "spouse_id_number", match_person=False)
    return found + not_future(record, ("date",), today) + within_life(record, ("date",), person)


def check_birth(record: dict, today: date, mother: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("mother_uid", "birth_date", "sex"))
    found += check_codes(record, {
        "sex": codes.SEX, "delivery": codes.DELIVERY, "place": codes.BIRTH_PLACE,
        "outcome": codes.BIRTH_OUTCOME})
    found += not_future(record, ("birth_date", "reported_date"), today)
    found += not_before(record, "reported_date", "birth_date")
    for f, low, high in (("order", 1, 20), ("plurality", 1, 9), ("weight_g", 300, 7000)):
        value = record.get(f)
        if value is not None and not low <= value <= high:
            found.append(error(f, "range", f"{field_label(f)}应在 {low}–{high} 之间",
                               f"{field_label(f, 'en')} must be between {low} and {high}"))
    birth = record.get("birth_date")
    if mother and mother.birth_date and isinstance(birth, date):
        found += within_life(record, ("birth_date",), mother)
        age = age_on(mother.birth_date, birth)
        if birth >= mother.birth_date and not 15 <= age <= 55:
            found.append(warning("birth_date", "mother_age", f"分娩时母亲年龄为 {age} 岁，请核实",
                                 f"the mother was {age} at the birth; please verify"))
    return found


def check_pregnancy(record: dict, today: date, woman: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("woman_uid",))
    found += check_codes(record, {"outcome": codes.PREGNANCY_OUTCOME})
    found += not_future(record, ("found_date", "lmp_date", "outcome_date"), today)
    found += not_before(record, "outcome_date", "found_date")
    found += not_before(record, "outcome_date", "lmp_date")
    found += not_before(record, "edd", "lmp_date")
    if record.get("outcome") not in (None, 0) and _blank(record.get("outcome_date")):
        found.append(warning("outcome_date", "missing", "已有妊娠结局但未填写结局日期",
                             "an outcome without an outcome date"))
    return found + within_life(record, ("found_date", "lmp_date"), woman)


def check_contraception(record: dict, today: date, woman: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("woman_uid", "method", "start_date"))
    found += check_codes(record, {
        "method": codes.METHOD, "end_reason": codes.END_REASON,
        "no_method_reason": codes.NO_METHOD_REASON})
    found += not_future(record, ("start_date", "end_date"), today)
    found += not_before(record, "end_date", "start_date")
    if not _blank(record.get("end_date")) and _blank(record.get("end_reason")):
        found.append(warning("end_reason", "missing", "已停用但未填写停用原因",
                             "ended without an end reason"))
    lifespan = record.get("lifespan_years")
    if lifespan is not None and not 1 <= lifespan <= 30:
        found.append(error("lifespan_years", "range", "有效年限应在 1–30 年之间",
                           "lifespan must be 1–30 years"))
    return found + within_life(record, ("start_date",), woman)


def check_service(record: dict, today: date, person: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("person_uid", "type", "date"))
    found += check_codes(record, {
        "type": codes.SERVICE_TYPE, **{item.column: item.codes for item in codes.HEALTH_CHECK_ITEMS}})
    found += not_future(record, ("date",), today)
    found += not_before(record, "next_date", "date")
    return found + within_life(record, ("date",), person)


def check_migration(record: dict, today: date, person: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("person_uid", "direction", "date"))
    found += check_codes(record, {"direction": codes.MIGRATION_DIRECTION})
    found += not_future(record, ("date", "verified_date"), today)
    return found + within_life(record, ("date",), person)


def check_benefit(record: dict, today: date, person: PersonFacts | None = None) -> list[Finding]:
    found = require(record, ("person_uid", "program", "year"))
    found += check_codes(record, {"program": codes.BENEFIT_PROGRAM, "status": codes.BENEFIT_STATUS})
    found += not_future(record, ("confirmed_date", "paid_date"), today)
    year, months, amount = record.get("year"), record.get("months"), record.get("amount")
    if year is not None and not 1980 <= year <= today.year + 1:
        found.append(error("year", "range", f"年度 {year} 不在合理范围内", f"year {year} is out of range"))
    if months is not None and not 0 <= months <= 12:
        found.append(error("months", "range", "月数应在 0–12 之间", "months must be 0–12"))
    if amount is not None and amount < 0:
        found.append(error("amount", "range", "金额不能为负数", "amount cannot be negative"))
    return found


def check_region(record: dict, today: date) -> list[Finding]:
    found = require(record, ("code", "name", "level"))
    found += check_codes(record, {"level": codes.REGION_LEVEL})
    code = record.get("code")
    if not _blank(code) and not (len(code) == 12 and code.isdigit()):
        found.append(error("code", "format", "区划代码应为 12 位数字", "region code must be 12 digits"))
    return found


RECORD_CHECKS: dict[str, Callable[..., list[Finding]]] = {
    "regions": check_region,
    "households": check_household,
    "persons": check_person,
    "marriages": check_marriage,
    "births": check_birth,
    "pregnancies": check_pregnancy,
    "contraception": check_contraception,
    "services": check_service,
    "migrations": check_migration,
    "benefits": check_benefit,
}

# the field naming the person whose birth/death bound an event's dates
PERSON_FIELD: dict[str, str] = {
    "marriages": "person_uid", "births": "mother_uid", "pregnancies": "woman_uid",
    "contraception": "woman_uid", "services": "person_uid", "migrations": "person_uid",
    "benefits": "person_uid",
}
