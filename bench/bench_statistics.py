"""Benchmarks of the statistical reports (issue 6)."""

from __future__ import annotations

from harness import BENCH_DATE, Context, bench, median_of


@bench("reports T1–T7: statistical year", 1.0,
       "compute_report for statistical year 2026, whole township (median of 3)")
def statistical_year_bench(ctx: Context) -> float:
    from fpdesk.domain.periods import statistical_year, statistical_year_of
    from fpdesk.services.statistics import compute_report

    period = statistical_year(statistical_year_of(BENCH_DATE) - 1)      # 2026: the last complete year
    db = ctx.open()
    try:
        with db.read_session() as session:
            return median_of(lambda: compute_report(session, period), repeat=3)
    finally:
        db.close()
