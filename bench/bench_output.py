"""Benchmarks of the registers (issue 5): the births register and the women's roster."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from harness import BENCH_DATE, Context, bench, timed

BIRTHS_ROWS = 1000


def _first_rows(doc, count: int):
    """The document cut to its first `count` data rows, group by group."""
    groups, left = [], count
    for group in doc.groups:
        if left <= 0:
            break
        groups.append(replace(group, rows=group.rows[:left]))
        left -= len(groups[-1].rows)
    return replace(doc, groups=groups)


def _register(ctx: Context, name: str, period):
    from fpdesk.output.ledgers import build_ledger
    from fpdesk.services.context import Actor

    db = ctx.open()
    try:
        with db.read_session() as session:
            return build_ledger(session, Actor("bench", "clerk"), name, period, None, BENCH_DATE)
    finally:
        db.close()


@bench("births register: 1,000 rows to PDF", 3.0,
       "出生登记册 of the demo's last years cut to 1,000 rows, laid out and written")
def births_pdf(ctx: Context) -> float:
    from fpdesk.domain.periods import date_range
    from fpdesk.output.render import render_documents

    doc = _register(ctx, "births", date_range(date(2016, 1, 1), BENCH_DATE))
    rows = sum(len(g.rows) for g in doc.groups)
    if rows < BIRTHS_ROWS:
        raise RuntimeError(f"the demo has only {rows} births to print")
    doc = _first_rows(doc, BIRTHS_ROWS)
    out = ctx.workdir / "births.pdf"
    pages = []
    seconds = timed(lambda: pages.append(render_documents([doc], out)))
    print(f"    {BIRTHS_ROWS} rows, {pages[0]} pages, {out.stat().st_size / 1e6:.1f} MB")
    return seconds


def _women_roster(ctx: Context, suffix: str) -> float:
    from fpdesk.output.render import render_documents

    out = ctx.workdir / f"women.{suffix}"
    pages, rows = [], []

    def once():
        doc = _register(ctx, "women", None)
        rows.append(sum(len(g.rows) for g in doc.groups))
        pages.append(render_documents([doc], out))

    seconds = timed(once)
    shown = f"{pages[0]} pages, " if pages[0] else ""
    print(f"    {rows[0]:,} women, {shown}{out.stat().st_size / 1e6:.1f} MB (read from the database included)")
    return seconds


@bench("women's roster, whole township, to PDF", 15.0, "育龄妇女花名册 of every village, one PDF")
def women_pdf(ctx: Context) -> float:
    return _women_roster(ctx, "pdf")


@bench("women's roster, whole township, to XLSX", 10.0, "育龄妇女花名册, one sheet per village, write-only")
def women_xlsx(ctx: Context) -> float:
    return _women_roster(ctx, "xlsx")
