"""fpdesk benchmarks: build the demo township once, time what a clerk waits
for, print each figure beside its budget, exit 1 when one is missed.

    .venv/bin/python bench/run.py [--persons 60000] [--dir DIR] [--only NAME ...]

Budgets are for the 2-core reference machine (DESIGN.md: a township of
60,000 people must feel instant on a modest PC). Add a benchmark by
decorating a function with @bench(name, budget_seconds); it receives the
Context and returns the seconds it measured (use `timed` / `median_of`).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BENCH_DATE = date(2026, 11, 22)


@dataclass
class Context:
    persons: int
    workdir: Path
    demo_path: Path | None = None


@dataclass(frozen=True)
class Bench:
    name: str
    budget: float
    run: Callable[[Context], float]
    note: str = ""


REGISTRY: list[Bench] = []


def bench(name: str, budget: float, note: str = ""):
    def register(fn):
        REGISTRY.append(Bench(name, budget, fn, note))
        return fn
    return register


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_of(fn, repeat: int = 5) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))


# -- foundation ---------------------------------------------------------------
@bench("demo generation", 60.0, "build the demo township (first step of every run)")
def demo_generation(ctx: Context) -> float:
    from fpdesk.services.demo import create_demo

    ctx.demo_path = ctx.workdir / f"demo-{ctx.persons}.db"
    ctx.demo_path.unlink(missing_ok=True)
    return timed(lambda: create_demo(ctx.demo_path, persons=ctx.persons, seed=1, on=BENCH_DATE))


@bench("open database", 0.5, "open an existing file at schema head (median of 5)")
def open_database_bench(ctx: Context) -> float:
    from fpdesk.db.schema import open_database

    return median_of(lambda: open_database(ctx.demo_path).close())


@bench("home page counts", 0.3, "the five figures of the 首页 (median of 5)")
def home_counts_bench(ctx: Context) -> float:
    from fpdesk.db.schema import open_database
    from fpdesk.services.dashboard import home_counts

    db = open_database(ctx.demo_path)
    try:
        def once():
            with db.read_session() as session:
                home_counts(session, BENCH_DATE)
        return median_of(once)
    finally:
        db.close()


# -- records GUI ------------------------------------------------------------------
@bench("open person detail", 0.1, "identity, household and full timeline, audited (median of 5)")
def person_detail_bench(ctx: Context) -> float:
    from sqlalchemy import text

    from fpdesk.db.schema import open_database
    from fpdesk.services import people
    from fpdesk.services.context import Actor

    db = open_database(ctx.demo_path)
    try:
        with db.read_session() as session:  # a woman with one of the longest timelines
            uid = session.execute(text(
                "SELECT person_uid FROM services GROUP BY person_uid ORDER BY count(*) DESC LIMIT 1")).scalar()

        def once():
            with db.session() as session:
                people.person_detail(session, Actor("bench", "clerk"), uid, BENCH_DATE)
        return median_of(once)
    finally:
        db.close()


FIRST_SCREEN_ROWS = 40


def _first_screen(ctx: Context, village: bool) -> float:
    """RosterModel.set_filter → the first screen's cells, as the 育龄妇女 page paints them."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from fpdesk.db.schema import open_database
    from fpdesk.services import people
    from fpdesk.services.context import Actor
    from fpdesk.services.roster import RosterFilter
    from fpdesk.ui.models.roster_model import RosterModel

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - alive while timing
    db = open_database(ctx.demo_path)
    try:
        flt = RosterFilter()
        if village:
            with db.read_session() as session:
                flt = RosterFilter(village_code=people.villages(session)[0].code)
        model = RosterModel(db, Actor("bench", "clerk"), lambda: BENCH_DATE)

        def once():
            model.set_filter(flt, "village", False)
            for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    model.index(row, column).data()
        return median_of(once)
    finally:
        db.close()


@bench("roster first screen", 0.1, "set_filter → first 40 rows' data(), whole township (median of 5)")
def roster_first_screen_bench(ctx: Context) -> float:
    return _first_screen(ctx, village=False)


@bench("roster first screen: village", 0.1, "the same for one village (median of 5)")
def roster_first_screen_village_bench(ctx: Context) -> float:
    return _first_screen(ctx, village=True)


def _search(ctx: Context, query: Callable) -> float:
    from fpdesk.db.schema import open_database
    from fpdesk.services.roster import search_people

    db = open_database(ctx.demo_path)
    try:
        with db.read_session() as session:
            text = query(session)

        def once():
            with db.read_session() as session:
                search_people(session, text)
        return median_of(once)
    finally:
        db.close()


@bench("search: pinyin initials", 0.05, "search_people('zxm') (median of 5)")
def search_initials_bench(ctx: Context) -> float:
    return _search(ctx, lambda session: "zxm")


@bench("search: ID fragment", 0.05, "search_people with 6 digits from the middle of an ID (median of 5)")
def search_id_fragment_bench(ctx: Context) -> float:
    from sqlalchemy import text

    def fragment(session) -> str:  # the birth year and month of a woman's ID number
        number = session.execute(text(
            "SELECT id_number FROM persons WHERE sex = 2 AND id_number IS NOT NULL "
            "ORDER BY uid LIMIT 1")).scalar()
        return number[6:12]
    return _search(ctx, fragment)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=60000)
    parser.add_argument("--dir", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names to run (after the build)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fpdesk-bench-") as tmp:
        ctx = Context(args.persons, args.dir or Path(tmp))
        ctx.workdir.mkdir(parents=True, exist_ok=True)
        missed = 0
        print(f"fpdesk bench — {args.persons} persons, reference date {BENCH_DATE}")
        print(f"{'benchmark':<28}{'measured':>12}{'budget':>12}  result")
        for item in REGISTRY:
            if args.only is not None and item is not REGISTRY[0] and item.name not in args.only:
                continue
            seconds = item.run(ctx)
            ok = seconds <= item.budget
            missed += not ok
            print(f"{item.name:<28}{_fmt(seconds):>12}{_fmt(item.budget):>12}  "
                  f"{'ok' if ok else 'MISSED'}   {item.note}", flush=True)
        print(f"{len(REGISTRY) - missed if args.only is None else '—'} within budget, {missed} missed")
        return 1 if missed else 0


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    sys.exit(main())
