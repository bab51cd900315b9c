"""Benchmarks of the submission package: export, import, a county roll-up."""

from __future__ import annotations

import shutil

from harness import BENCH_DATE, Context, bench, timed


def _full_package(ctx: Context):
    return ctx.workdir / "bench-full.fpx"


@bench("export: full package", 10.0, "every record of the township, verified after writing")
def export_full(ctx: Context) -> float:
    from fpdesk.db.schema import open_database
    from fpdesk.package.writer import export_package
    from fpdesk.services.context import Actor

    copy = ctx.workdir / "bench-export.db"  # the export history is written: leave the demo alone
    shutil.copy(ctx.demo_path, copy)
    db = open_database(copy)
    try:
        return timed(lambda: export_package(db, Actor("bench", "clerk"), _full_package(ctx), full=True))
    finally:
        db.close()


@bench("import: into an empty database", 15.0, "the full package into a new file, one transaction")
def import_empty(ctx: Context) -> float:
    from fpdesk.db.schema import open_database
    from fpdesk.package.apply import import_package
    from fpdesk.services.context import SYSTEM

    if not _full_package(ctx).exists():
        export_full(ctx)
    target = ctx.workdir / "bench-import.db"
    target.unlink(missing_ok=True)
    db = open_database(target, create=True)
    try:
        return timed(lambda: import_package(db, SYSTEM, _full_package(ctx)))
    finally:
        db.close()


def _township_demo(path, seed: int, number: int, persons: int) -> None:
    """A demo township with its own code: the demo's code is a module constant, so it is
    swapped for the build (the demo has no option for it)."""
    import fpdesk.services.demo as demo
    import fpdesk.services.demo.people as people

    code = people.COUNTY_CODE + f"{100 + number:03d}000"
    saved = people.TOWNSHIP_CODE, demo.TOWNSHIP_CODE
    people.TOWNSHIP_CODE = demo.TOWNSHIP_CODE = code
    try:
        demo.create_demo(path, persons=persons, seed=seed, on=BENCH_DATE)
    finally:
        people.TOWNSHIP_CODE, demo.TOWNSHIP_CODE = saved


@bench("county roll-up: 5 townships", 180.0, "5 × 12,000-person townships exported and merged into one county")
def county_rollup(ctx: Context) -> float:
    import time

    from fpdesk.db.schema import open_database
    from fpdesk.package.apply import import_package
    from fpdesk.package.writer import export_package
    from fpdesk.services import settings
    from fpdesk.services.context import SYSTEM

    folder = ctx.workdir / "county"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    packages = []
    for number in range(1, 6):
        path = folder / f"township{number}.db"
        _township_demo(path, seed=100 + number, number=number, persons=12000)
        packages.append(folder / f"township{number}.fpx")
    county = open_database(folder / "county.db", create=True)
    with county.session() as session:
        settings.put(session, "office_region_code", "610628000000")
    start = time.perf_counter()
    records = 0
    try:
        for number, package in enumerate(packages, start=1):
            db = open_database(folder / f"township{number}.db")
            try:
                export_package(db, SYSTEM, package, full=True)
            finally:
                db.close()
            summary = import_package(county, SYSTEM, package)
            records += summary.inserted + summary.updated + summary.unchanged + len(summary.refused)
    finally:
        county.close()
    seconds = time.perf_counter() - start
    print(f"    county roll-up: {records} records in {seconds:.1f} s ({records / seconds:,.0f} records/s)")
    return seconds
