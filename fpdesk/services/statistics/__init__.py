"""The statistical report set T1–T7 (DOMAIN.md §Reports, FORMATS.md §3).

    report = compute_report(session, period)               # the office's own area
    report = compute_report(session, period, region_code="610628101000")
    report.as_json()                                       # FORMATS.md §3

Rows: one per village of a township (ordered by code), then 合计. On a county
database (several townships, e.g. after importing their packages) the report
without a region has one row per township; with a township's code, that
township's villages. Every table counts additive parts per village and sums
them into the rows (`common.roll_up`) before computing rates, so a township
row is a village row over more villages — one code path. The counting rules
are in docs/report-rules.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from fpdesk.domain.codes import BENEFIT_PROGRAM, METHOD
from fpdesk.domain.periods import Period
from fpdesk.services.statistics import benefits, births, care, contraception, migration, population
from fpdesk.services.statistics.common import TOTAL_LABEL, Context, Parts, ReportError, resolve_scope, roll_up

__all__ = ["COLUMNS", "TABLES", "TITLES", "Report", "ReportError", "TableSpec", "compute_report"]


@dataclass(frozen=True)
class TableSpec:
    id: str
    title: str
    columns: list[tuple[str, str, str]]          # (column id, Chinese heading, kind: int / rate / money)
    parts: Callable[[Context], Parts]
    finish: Callable[[Counter], dict]


def _ints(*pairs: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [(key, heading, "int") for key, heading in pairs]


TABLES: list[TableSpec] = [
    TableSpec("T1", "人口变动", _ints(
        ("pop_start", "期初人口"), ("births", "出生"), ("deaths", "死亡"), ("moved_in", "迁入"),
        ("moved_out", "迁出"), ("pop_end", "期末人口")) + [
        ("birth_rate", "出生率（‰）", "rate"), ("death_rate", "死亡率（‰）", "rate"),
        ("growth_rate", "自然增长率（‰）", "rate")], population.t1_parts, population.t1_finish),
    TableSpec("T2", "出生", _ints(
        ("births", "出生数"), ("male", "男"), ("female", "女"), ("order1", "一孩"), ("order2", "二孩"),
        ("order3plus", "三孩及以上")) + [
        ("sex_ratio", "出生性别比（女=100）", "rate"), ("hospital_rate", "住院分娩率（%）", "rate"),
        ("on_time_rate", "及时上报率（%）", "rate"), ("late_reported", "补报前期出生", "int")],
        births.t2_parts, births.t2_finish),
    TableSpec("T3", "已婚育龄妇女避孕节育", _ints(("married_women", "已婚育龄妇女")) + _ints(
        *((f"m{m}", METHOD.label(m)) for m in contraception.METHODS)) + _ints(
        ("any_method", "采取措施合计"), ("long_acting", "长效措施")) + [
        ("prevalence", "避孕率（%）", "rate")], contraception.t3_parts, contraception.t3_finish),
    TableSpec("T4", "避孕节育服务", _ints(
        ("iud_in", "放置宫内节育器"), ("iud_out", "取出宫内节育器"), ("female_ster", "女性绝育"),
        ("male_ster", "男性绝育"), ("implant_in", "皮下埋植放置"), ("implant_out", "皮下埋植取出"),
        ("postpartum_due", "产后应服务"), ("postpartum_done", "产后已服务")) + [
        ("postpartum_rate", "产后服务率（%）", "rate"), ("informed_choice_rate", "知情选择率（%）", "rate")],
        contraception.t4_parts, contraception.t4_finish),
    TableSpec("T5", "健康检查与随访", _ints(
        ("check_eligible", "应查人数"), ("checked", "已查人数")) + [("check_rate", "检查率（%）", "rate")] + _ints(
        ("declined", "本人拒绝"), ("cervical_screened", "宫颈癌筛查"), ("breast_screened", "乳腺癌筛查"),
        ("followups_due", "应随访"), ("followups_done", "已随访")) + [
        ("followup_rate", "随访率（%）", "rate")], care.t5_parts, care.t5_finish),
    TableSpec("T6", "流动人口", _ints(
        ("outflow_women", "流出育龄妇女"), ("inflow_women", "流入育龄妇女"), ("contacted", "期内已联系")) + [
        ("contact_rate", "联系率（%）", "rate")], migration.t6_parts, migration.t6_finish),
    TableSpec("T7", "奖励扶助与补贴", [
        (benefits.column_id(p, m), f"{BENEFIT_PROGRAM.label(p)}·{h}", k) for p in benefits.PROGRAMS
        for m, h, k in benefits.MEASURE_HEADINGS],
        benefits.t7_parts, benefits.t7_finish),
]
TITLES: dict[str, str] = {t.id: t.title for t in TABLES}
COLUMNS: dict[str, list[tuple[str, str]]] = {t.id: [(key, heading) for key, heading, _ in t.columns]
                                             for t in TABLES}
KINDS: dict[str, dict[str, str]] = {t.id: {key: kind for key, _, kind in t.columns} for t in TABLES}
PROGRAM_OF_COLUMN = {benefits.column_id(p, m): BENEFIT_PROGRAM.label(p)
                     for p in benefits.PROGRAMS for m in benefits.MEASURES}
MEASURE_OF_COLUMN = {benefits.column_id(p, m): h for p in benefits.PROGRAMS for m, h, _ in benefits.MEASURE_HEADINGS}


@dataclass
class Report:
    period: Period
    region: dict                    # {"code", "name", "level"}
    tables: list[dict]              # [{"id", "title", "rows": [{"label", "code", <column id>: number}]}]
    issued: date                    # the day it was computed (the printed 报出日期)
    benefit_year: int

    def table(self, table_id: str) -> dict:
        for table in self.tables:
            if table["id"] == table_id:
                return table
        raise KeyError(table_id)

    def as_json(self) -> dict:
        return {"period": {"text": self.period.text, "kind": self.period.kind,
                           "start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
                "region": dict(self.region),
                "tables": [{"id": t["id"], "title": t["title"], "rows": [dict(r) for r in t["rows"]]}
                           for t in self.tables]}


POPULATION_TABLES = ("T1", "T2")     # built on the population timelines (population.build)


def compute_report(session: Session, period: Period, *, region_code: str | None = None,
                   tables: list[str] | None = None) -> Report:
    """T1–T7 (or the `tables` named) for `period` over the region's rows. Raises
    ReportError for an unknown region code."""
    scope = resolve_scope(session, region_code)
    ctx = Context(session, period, scope)
    labels = [{"label": unit.name, "code": unit.code} for unit in scope.units]
    labels.append({"label": TOTAL_LABEL, "code": scope.code})
    wanted = [spec for spec in TABLES if tables is None or spec.id in tables]
    if any(spec.id in POPULATION_TABLES for spec in wanted):   # T2 alone needs no settled counts (the 首页)
        ctx.prefetch(population.KEY, population.build if any(spec.id == "T1" for spec in wanted)
                     else population.build_for_births)
    # the other tables first, while T1/T2's population is read in the background
    ordered = sorted(wanted, key=lambda spec: spec.id in POPULATION_TABLES)
    rows = {spec.id: [{**label, **spec.finish(counts)} for label, counts in
                      zip(labels, roll_up(scope, spec.parts(ctx)))] for spec in ordered}
    out = [{"id": spec.id, "title": spec.title, "rows": rows[spec.id]} for spec in wanted]
    return Report(period, scope.as_json(), out, date.today(), benefits.benefit_year(ctx))
