"""Registers of events in a period: 出生, 死亡, 婚姻变动, 人口流动.

Every event whose own date falls in the period (both ends inclusive) is
listed, in the village of the household it belongs to. A deleted event, or
an event of a deleted person, is never listed.
"""

from __future__ import annotations

from fpdesk.domain import codes
from fpdesk.domain.dates import age_on
from fpdesk.output.layout import Column, TableDocument
from fpdesk.output.ledgers.common import (
    BIRTH, GROUP, HOUSEHOLD, ID_NUMBER, NAME, NUMBER, SEX, Placed, Scope, document, label, shown_id,
    shown_phone, village_groups,
)
from fpdesk.services import ledger_rows

BIRTHS_TITLE = "出生登记册"
DEATHS_TITLE = "死亡登记册"
MARRIAGES_TITLE = "婚姻变动登记册"
MIGRATIONS_TITLE = "人口流动登记册"


def short_date(key: str, heading: str) -> Column:
    """A date column narrow enough that the renderer prints 2026.11.22."""
    return Column(key, heading, 19, "date")


BIRTHS_COLUMNS = [
    NUMBER, GROUP, HOUSEHOLD,
    Column("mother", "母亲姓名", 16, band="母亲"),
    Column("mother_id", "公民身份号码", 34, "id", band="母亲"),
    Column("father", "父亲姓名", 15),
    Column("child", "婴儿姓名", 16, band="婴儿"),
    Column("sex", "性别", 8, align="center", band="婴儿"),
    Column("residence", "居住\n状态", 17, align="center", band="婴儿"),
    short_date("birth", "出生日期"),
    Column("order", "孩次", 8, "int", align="center"),
    Column("delivery", "分娩\n方式", 15, align="center"),
    Column("place", "接生\n地点", 9, align="center"),
    Column("weight", "体重\n(克)", 9, "int"),
    Column("outcome", "出生\n结局", 10, align="center"),
    Column("certificate", "出生医学\n证明编号", 23),
    short_date("reported", "登记日期"),
]

DEATHS_COLUMNS = [
    NUMBER, GROUP, HOUSEHOLD, NAME, SEX, BIRTH, ID_NUMBER,
    Column("death", "死亡日期", 26, "date"),
    Column("age", "死亡\n年龄", 11, "int", align="center"),
    Column("relation", "与户主\n关系", 17, align="center"),
    Column("marital", "婚姻\n状况", 11, align="center"),
    Column("residence", "户籍/居住\n状态", 22, align="center"),
    Column("note", "备注", 37),
]

MARRIAGES_COLUMNS = [
    NUMBER, GROUP, HOUSEHOLD, NAME, SEX,
    short_date("birth", "出生日期"),
    ID_NUMBER,
    Column("event", "变动\n类别", 11, align="center"),
    Column("date", "变动日期", 25, "date"),
    Column("spouse", "配偶姓名", 17, band="配偶"),
    Column("spouse_id", "公民身份号码", 34, "id", band="配偶"),
    Column("note", "备注", 33),
]

MIGRATIONS_COLUMNS = [
    NUMBER, GROUP, HOUSEHOLD, NAME, SEX,
    short_date("birth", "出生日期"),
    ID_NUMBER,
    Column("direction", "流动\n类别", 11, align="center"),
    short_date("date", "流动日期"),
    Column("place", "流入地/来自", 30),
    Column("reason", "原因", 14),
    Column("contact", "联系方式", 24),
    short_date("verified", "核实日期"),
    Column("note", "备注", 12),
]


# -- 出生登记册 ------------------------------------------------------------------------------
def births(scope: Scope) -> TableDocument:
    """Every birth dated in the period, live or stillborn (the 出生结局 column says which),
    in the village of the child's household (the mother's when the child has no record)."""
    actor = scope.actor
    live = 0
    items = []
    rows = ledger_rows.births(scope.session, scope.period, scope.village)
    for (village, group, number, mother_name, mother_id, father_name, child, sex, residence, born, order,
         delivery, place, weight, outcome, certificate, reported) in rows:
        live += outcome == 1
        items.append(Placed(village, group, [
            group, number, mother_name, shown_id(mother_id, actor), father_name or "", child or "",
            label(codes.SEX, sex), label(codes.RESIDENCE, residence), born, order, label(codes.DELIVERY, delivery),
            label(codes.BIRTH_PLACE, place), weight, label(codes.BIRTH_OUTCOME, outcome), certificate or "",
            reported]))
    return document(scope, BIRTHS_TITLE, BIRTHS_COLUMNS, village_groups(scope, items), notes=[
        "列入：出生日期在本期内的全部出生登记（含死产，见“出生结局”列），按婴儿所在户的村排列；"
        "居住状态为婴儿本人现在的居住状态。统计报表 T2 的出生数只计活产中出生时进入本地户籍人口的婴儿"
        "（户籍在册或户籍外出；流入人口的婴儿不计）。",
        f"本期活产 {live} 人，其中户籍出生 {t2_births(scope)} 人（即统计报表 T2 出生数）。"])


def t2_births(scope: Scope) -> int:
    """T2's 出生数 for the register's period and place (computed by the report itself)."""
    from fpdesk.services.statistics import ReportError, compute_report

    region = None
    if scope.village is not None:
        region = scope.village[:9] + "000"
    try:
        rows = compute_report(scope.session, scope.period, region_code=region, tables=["T2"]).table("T2")["rows"]
    except ReportError:     # a place the report does not know: no count rather than no register
        return 0
    if scope.village is None:
        return rows[-1]["births"]
    return next((r["births"] for r in rows if r["code"] == scope.village), 0)


# -- 死亡登记册 ------------------------------------------------------------------------------
def deaths(scope: Scope) -> TableDocument:
    """Every person whose death date is in the period."""
    actor = scope.actor
    items = (Placed(village, group, [
        group, number, name, label(codes.SEX, sex), born, shown_id(idno, actor), died, age_on(born, died),
        label(codes.RELATION, relation), label(codes.MARITAL_STATUS, marital), label(codes.RESIDENCE, residence),
        ""])
        for village, group, number, name, sex, born, idno, died, relation, marital, residence
        in ledger_rows.deaths(scope.session, scope.period, scope.village))
    return document(scope, DEATHS_TITLE, DEATHS_COLUMNS, village_groups(scope, items), notes=[
        "列入：死亡日期在本期内的人员（人员记录的死亡日期），按村和死亡日期排列。"])


# -- 婚姻变动登记册 --------------------------------------------------------------------------
def marriages(scope: Scope) -> TableDocument:
    """Every marriage event (初婚, 再婚, 复婚, 丧偶, 离婚) dated in the period."""
    actor = scope.actor
    items = (Placed(village, group, [
        group, number, name, label(codes.SEX, sex), born, shown_id(idno, actor),
        label(codes.MARRIAGE_EVENT, event), when, spouse or "", shown_id(spouse_id, actor), ""])
        for village, group, number, name, sex, born, idno, event, when, spouse, spouse_id
        in ledger_rows.marriages(scope.session, scope.period, scope.village))
    return document(scope, MARRIAGES_TITLE, MARRIAGES_COLUMNS, village_groups(scope, items), notes=[
        "列入：变动日期在本期内的婚姻变动记录（初婚、再婚、复婚、丧偶、离婚），夫妻双方各有记录时各占一行。"])


# -- 人口流动登记册 --------------------------------------------------------------------------
def migrations(scope: Scope) -> TableDocument:
    """Every migration record (流出, 流入, 返回, 迁出, 迁入) dated in the period."""
    actor = scope.actor
    items = (Placed(village, group, [
        group, number, name, label(codes.SEX, sex), born, shown_id(idno, actor),
        label(codes.MIGRATION_DIRECTION, direction), when, place or "", reason or "",
        shown_phone(contact, actor), verified, ""])
        for village, group, number, name, sex, born, idno, direction, when, place, reason, contact, verified
        in ledger_rows.migrations(scope.session, scope.period, scope.village))
    return document(scope, MIGRATIONS_TITLE, MIGRATIONS_COLUMNS, village_groups(scope, items), notes=[
        "列入：流动日期在本期内的流出、流入、返回、迁出、迁入记录。"])
