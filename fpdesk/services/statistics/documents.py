"""The report tables as printable documents (fpdesk/output/layout.py): one
TableDocument per table, rows per village (or township) and the 合计 row as
an ordinary last row — rates cannot be summed, so the renderer's grand total
is not used."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fpdesk.domain.dates import format_zh
from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.services.statistics import MEASURE_OF_COLUMN, PROGRAM_OF_COLUMN, TABLES, Report

SIGNATURES = ("单位负责人", "统计负责人", "填表人", "报出日期")
UNIT_WIDTH = 26.0                      # mm, the 单位 column
MONEY_WIDTH = 17.0                     # mm, an amount in yuan (T7)
PAGE_WIDTH = 273.0                     # mm, A4 landscape inside the margins

NOTES: dict[str, list[str]] = {
    "T1": ["期末人口 = 期初人口 + 出生 − 死亡 + 迁入 − 迁出（户籍人口：在册及外出）。",
           "出生率、死亡率 = 出生（死亡）数 ÷ ((期初人口 + 期末人口) ÷ 2) × 1000‰；自然增长率 = 出生率 − 死亡率。"],
    "T2": ["出生数为本期活产（按出生日期、孩子户籍所在村）。出生性别比 = 男 ÷ 女 × 100。",
           "住院分娩率 = 医院分娩 ÷ 出生数 × 100%；及时上报率 = 出生后 3 天内登记 ÷ 出生数 × 100%。"],
    "T3": ["期末已婚育龄妇女（15–49 岁，常住：在册及流入），按期末正在使用的措施计。",
           "避孕率 = 采取措施合计 ÷ 已婚育龄妇女 × 100%；长效措施为女扎、男扎、宫内节育器、皮下埋植。"],
    "T4": ["手术数按措施开始（放置）或结束（取出）日期在本期内计。",
           "产后应服务：产后避孕知情选择（R03）目标日在本期的分娩；已服务：目标日加宽限期内开始措施或接受知情选择咨询。",
           "知情选择率 = 本期开始的避孕节育措施中已签署知情同意书的 ÷ 本期开始的措施 × 100%。"],
    "T5": ["应查人数：期末生殖健康检查（R01）对象；已查：本期有生殖健康检查记录（本人拒绝的不计入已查）。",
           "宫颈癌、乳腺癌筛查：应查对象中本期做过该项检查（结果未见异常或异常·已转诊）的人数。查孕不统计。",
           "应随访：本期到期的节育器及绝育/皮埋术后随访（R04、R05）；已随访：在随访窗口内完成。"],
    "T6": ["期末外出（流出）及流入的 15–49 岁妇女；已联系：本期有任何服务记录或流动信息登记/核查。",
           "联系率 = 已联系 ÷ (流出 + 流入) × 100%。"],
    "T7": ["年度为统计期末所在公历年度。享受人数不含已停发；金额为已发放金额（元）。"],
}


def report_documents(report: Report, issued: date | None = None) -> list[TableDocument]:
    """One document per table of the report, in table order."""
    return [_document(report, spec, report.table(spec.id), issued or report.issued)
            for spec in TABLES if _has(report, spec.id)]


def _has(report: Report, table_id: str) -> bool:
    return any(t["id"] == table_id for t in report.tables)


def _document(report: Report, spec, table: dict, issued: date) -> TableDocument:
    columns = [Column("label", "单位", UNIT_WIDTH)]
    money = sum(1 for *_, kind in spec.columns if kind == "money")
    width = (PAGE_WIDTH - UNIT_WIDTH - money * MONEY_WIDTH) / (len(spec.columns) - money)
    for key, heading, kind in spec.columns:
        band = PROGRAM_OF_COLUMN.get(key)
        if band:
            heading = MEASURE_OF_COLUMN[key]
        columns.append(Column(key, heading, MONEY_WIDTH if kind == "money" else width, _kind(kind), band=band))
    rows = [[row["label"]] + [_printed(row.get(key), key, kind) for key, _, kind in spec.columns]
            for row in table["rows"]]
    notes = NOTES.get(spec.id, []) + ["比率的分母为 0 时不计算，表中留空。"]
    title = f"{spec.id} {spec.title}情况表"
    if spec.id == "T7":     # a benefit year is a calendar year, not the statistical year
        title += f"（{report.benefit_year}年度）"
        notes = [f"{report.benefit_year}年度：{report.benefit_year}年1月1日至12月31日。"] + notes
    return TableDocument(
        title=title, unit=f"填报单位：{report.region['name']}",
        period=_period_text(report), columns=columns, groups=[Group("", rows)], issued=issued,
        notes=notes, signatures=SIGNATURES)


PERMILLE = {"birth_rate", "death_rate", "growth_rate", "sex_ratio"}


def _printed(value, key: str, kind: str):
    """Rates with their fixed places (‰ and the sex ratio two, % one): 2.30, not 2.3."""
    if kind != "rate" or value is None:
        return value
    return Decimal(str(value)).quantize(Decimal("0.01") if key in PERMILLE else Decimal("0.1"))


def _kind(kind: str) -> str:
    return {"int": "int", "rate": "rate", "money": "money"}[kind]


def _period_text(report: Report) -> str:
    period = report.period
    return f"{format_zh(period.start)}至{format_zh(period.end)}"
