"""Benchmarks of the submission package: export, import, a county roll-up."""

from __future__ import annotations

import shutil

from harness import BENCH_DATE, Context, bench, timed


def _full_package(ctx: Context):
    return ctx.workdir / "bench-full.fpx"


@bench("export: full package", 10.0, "every record of the township, verified after writing")
def export_full(ctx: Context) -> float:
    from fpdesk.package.writer import export_package
    from fpdesk.services.context import Actor

    copy = ctx.workdir / "bench-export.db"  # the export history is written: leave the demo alone
    shutil.copy(ctx.demo_path, copy)
    db = ctx.open(copy)
    try:
        return timed(lambda: export_package(db, Actor("bench", "clerk"), _full_package(ctx), full=True))
    finally:
        db.close()


@bench("import: into an empty database", 15.0, "the full package into a new file, one transaction")
def import_empty(ctx: Context) -> float:
    from fpdesk.package.apply import import_package
    from fpdesk.services.context import SYSTEM

    if not _full_package(ctx).exists():
        export_full(ctx)
    target = ctx.workdir / "bench-import.db"
    target.unlink(missing_ok=True)
    db = ctx.open(target, create=True)
    try:
        return timed(lambda: import_package(db, SYSTEM, _full_package(ctx)))
    finally:
        db.close()


@bench("county roll-up: 5 townships", 180.0,
       "5 demo townships (12,000 persons, seeds 101–105) exported, imported into one county, county T1–T7")
def county_rollup(ctx: Context) -> float:
    import time

    from fpdesk.domain.periods import statistical_year, statistical_year_of
    from fpdesk.package.apply import import_package
    from fpdesk.package.writer import export_package
    from fpdesk.services import settings
    from fpdesk.services.context import SYSTEM
    from fpdesk.services.demo import create_demo
    from fpdesk.services.statistics import compute_report

    folder = ctx.workdir / "county"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    townships = [f"610628{101 + n:03d}000" for n in range(5)]
    for n, code in enumerate(townships):           # the townships' own work: not timed
        create_demo(folder / f"{code}.db", persons=12000, seed=101 + n, on=BENCH_DATE, township_code=code,
                    key=ctx.key)
    county = ctx.open(folder / "county.db", create=True)
    with county.session() as session:
        settings.put(session, "office_region_code", "610628000000")
    records, exported, imported = 0, 0.0, 0.0
    try:
        for code in townships:
            db = ctx.open(folder / f"{code}.db")
            try:
                start = time.perf_counter()
                export_package(db, SYSTEM, folder / f"{code}.fpx", full=True)
                exported += time.perf_counter() - start
            finally:
                db.close()
            start = time.perf_counter()
            summary = import_package(county, SYSTEM, folder / f"{code}.fpx")
            imported += time.perf_counter() - start
            records += summary.inserted + summary.updated + summary.unchanged + len(summary.refused)
        start = time.perf_counter()
        with county.read_session() as session:
            report = compute_report(session, statistical_year(statistical_year_of(BENCH_DATE) - 1))
        reported = time.perf_counter() - start
    finally:
        county.close()
    rows = report.table("T1")["rows"]
    if [r["code"] for r in rows[:-1]] != townships:
        raise RuntimeError(f"the county report's rows are not the five townships: {[r['code'] for r in rows]}")
    print(f"    {records:,} records: export {exported:.1f} s, import {imported:.1f} s "
          f"({records / imported:,.0f} records/s), county T1–T7 {reported:.2f} s "
          f"({len(rows) - 1} townships, {rows[-1]['pop_end']:,} people)")
    return exported + imported + reported
