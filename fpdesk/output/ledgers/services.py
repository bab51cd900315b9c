"""Registers of services and entitlements in a period: 避孕节育措施, 生殖健康检查,
随访服务, 药具发放, 奖励扶助与补贴发放.

A service is listed when its date is in the period; a contraception episode
when it started or ended in the period; a benefit when its `year` is the
benefit year, the calendar year of the period's end. Declined offers are
listed like any other service (本人拒绝). Deleted records, and records of a
deleted person, are never listed.
"""

from __future__ import annotations

from fpdesk.domain import codes
from fpdesk.output.layout import Column, TableDocument
from fpdesk.output.ledgers.common import (
    BIRTH, GROUP, HOUSEHOLD, ID_NUMBER, NAME, NUMBER, SEX, Placed, Scope, document, label, money, shown_id,
    village_groups, yes_no,
)
from fpdesk.output.ledgers.events import short_date
from fpdesk.services import ledger_rows
from fpdesk.services.ledger_rows import CHECK_ITEMS

CONTRACEPTION_TITLE = "避孕节育措施登记册"
CHECKS_TITLE = "生殖健康检查登记册"
FOLLOWUPS_TITLE = "随访服务登记册"
SUPPLIES_TITLE = "药具发放登记册"
BENEFITS_TITLE = "奖励扶助与补贴发放登记册"

CHECK_TYPES = (1,)
FOLLOWUP_TYPES = (2, 3, 4, 5, 9)
SUPPLY_TYPES = (6, 7)
DECLINED = "本人拒绝"

PERSON_COLUMNS = [NUMBER, GROUP, HOUSEHOLD, NAME, short_date("birth", "出生日期"), ID_NUMBER]

CONTRACEPTION_COLUMNS = [
    *PERSON_COLUMNS,
    Column("method", "避孕节育\n措施", 20, align="center"),
    short_date("start", "开始日期"),
    short_date("end", "结束日期"),
    Column("end_reason", "结束原因", 22),
    Column("device", "器具型号", 16),
    Column("years", "有效\n年限", 9, "int", align="center"),
    Column("provider", "服务机构", 24),
    Column("informed", "知情\n选择", 9, align="center"),
    Column("note", "备注", 10),
]

CHECKS_COLUMNS = [
    *PERSON_COLUMNS,
    short_date("date", "检查日期"),
    # every item but the pregnancy test (done only at her request: no register counts it)
    *(Column(item.key, item.zh.replace("检查", "\n检查").replace("筛查", "\n筛查"), 16, align="center",
             band="检查结果") for item in CHECK_ITEMS),
    Column("result", "服务结果", 22),
    Column("provider", "服务机构", 24),
    short_date("next", "预约/转诊\n随访日期"),
]

FOLLOWUPS_COLUMNS = [
    *PERSON_COLUMNS,
    short_date("date", "服务日期"),
    Column("type", "服务类别", 28),
    Column("method", "相关措施", 20, align="center"),
    Column("result", "服务结果", 24),
    Column("provider", "服务机构", 28),
    short_date("next", "预约日期"),
    Column("note", "备注", 10),
]

SUPPLIES_COLUMNS = [
    *PERSON_COLUMNS,
    Column("date", "发放日期", 25, "date"),
    Column("type", "发放类别", 16, align="center"),
    Column("result", "品种及数量", 32),
    Column("provider", "发放机构", 28),
    Column("signature", "领取人签字", 26),
    Column("note", "备注", 20),
]

BENEFITS_COLUMNS = [
    NUMBER, GROUP, HOUSEHOLD, NAME, SEX, BIRTH, ID_NUMBER,
    Column("program", "项目", 28),
    Column("child", "子女姓名", 16),
    Column("months", "月数", 9, "int", align="center"),
    Column("amount", "金额\n（元）", 20, "money", total=True),
    Column("status", "状态", 13, align="center"),
    short_date("confirmed", "确认日期"),
    short_date("paid", "发放日期"),
]


def _service_rows(scope: Scope, types: tuple[int, ...]):
    """(place, person, service, linked method) of every service of `types` dated in the period."""
    return ledger_rows.services(scope.session, scope.period, scope.village, types)


def _person_values(scope: Scope, row) -> list:
    """组, 户号, 姓名, 出生日期, 公民身份号码 from the head of a _service_rows row."""
    return [row.group_no, row.household_no, row.name, row.birth_date, shown_id(row.id_number, scope.actor)]


def _result(row) -> str:
    return DECLINED if row.declined else (row.result or "")


# -- 避孕节育措施登记册 ------------------------------------------------------------------------
def contraception(scope: Scope) -> TableDocument:
    items = (Placed(r.village_code, r.group_no, [
        *_person_values(scope, r), label(codes.METHOD, r.method), r.start_date, r.end_date,
        label(codes.END_REASON, r.end_reason), r.device_type or "", r.lifespan_years, r.provider or "",
        yes_no(r.informed_choice), label(codes.NO_METHOD_REASON, r.no_method_reason)])
        for r in ledger_rows.contraception(scope.session, scope.period, scope.village))
    return document(scope, CONTRACEPTION_TITLE, CONTRACEPTION_COLUMNS, village_groups(scope, items), notes=[
        "列入：开始日期或结束日期在本期内的避孕节育措施（一种措施的一段使用为一行）；"
        "男性绝育记在妻子名下。未避孕者的原因见备注。措施均由本人知情选择。"])


# -- 生殖健康检查登记册 ----------------------------------------------------------------------
def checks(scope: Scope) -> TableDocument:
    items = (Placed(r.village_code, r.group_no, [
        *_person_values(scope, r), r.date,
        *(label(item.codes, getattr(r, item.column)) for item in CHECK_ITEMS),
        _result(r), r.provider or "", r.next_date])
        for r in _service_rows(scope, CHECK_TYPES))
    return document(scope, CHECKS_TITLE, CHECKS_COLUMNS, village_groups(scope, items), notes=[
        "列入：服务日期在本期内的生殖健康检查服务记录，含本人拒绝的记录；各项检查均自愿，空白为未做。"
        "节育器检查仅对放置宫内节育器者。异常结果的转诊随访日期记在预约日期栏。"])


# -- 随访服务登记册 --------------------------------------------------------------------------
def followups(scope: Scope) -> TableDocument:
    items = (Placed(r.village_code, r.group_no, [
        *_person_values(scope, r), r.date, label(codes.SERVICE_TYPE, r.type), label(codes.METHOD, r.method),
        _result(r), r.provider or "", r.next_date, ""])
        for r in _service_rows(scope, FOLLOWUP_TYPES))
    return document(scope, FOLLOWUPS_TITLE, FOLLOWUPS_COLUMNS, village_groups(scope, items), notes=[
        "列入：服务日期在本期内的节育器随访、绝育术后随访、产后访视、避孕咨询·知情选择和皮埋随访记录，"
        "含本人拒绝的记录。"])


# -- 药具发放登记册 --------------------------------------------------------------------------
def supplies(scope: Scope) -> TableDocument:
    items = (Placed(r.village_code, r.group_no, [
        *_person_values(scope, r), r.date, label(codes.SERVICE_TYPE, r.type), _result(r), r.provider or "",
        "", ""])
        for r in _service_rows(scope, SUPPLY_TYPES))
    return document(scope, SUPPLIES_TITLE, SUPPLIES_COLUMNS, village_groups(scope, items), notes=[
        "列入：发放日期在本期内的避孕药具发放和叶酸发放记录。"])


# -- 奖励扶助与补贴发放登记册 ----------------------------------------------------------------
def benefit_year(scope: Scope) -> int:
    """The benefit year of a period: the calendar year of its end."""
    return scope.end.year


def benefits(scope: Scope) -> TableDocument:
    items = (Placed(r.village_code, r.group_no, [
        r.group_no, r.household_no, r.name, label(codes.SEX, r.sex), r.birth_date,
        shown_id(r.id_number, scope.actor), label(codes.BENEFIT_PROGRAM, r.program), r.child_name or "",
        r.months, money(r.amount), label(codes.BENEFIT_STATUS, r.status), r.confirmed_date, r.paid_date])
        for r in ledger_rows.benefits(scope.session, benefit_year(scope), scope.village))
    year = benefit_year(scope)
    return document(scope, BENEFITS_TITLE, BENEFITS_COLUMNS, village_groups(scope, items), totals=True, notes=[
        f"列入：{year}年度（统计期间截止日所在的公历年度）的奖励扶助、特别扶助、独生子女父母奖励费、"
        "育儿补贴等记录，含待确认和已停发的记录；金额合计包括各种状态。"])
