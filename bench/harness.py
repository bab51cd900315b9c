"""The bench harness: the registry, timing helpers, and the first benchmark
(building the demo township that every other one reads).

Benchmark modules import from here: `@bench(name, budget_seconds)` registers
a function that receives the Context and returns the seconds it measured.
"""

from __future__ import annotations

import statistics
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
    key: bytes | None = None          # set: every database of this run is SQLCipher-encrypted

    def open(self, path: Path | None = None, create: bool = False, check: bool | str = True):
        """open_database on the demo (or `path`), with this run's key."""
        from fpdesk.db.schema import open_database

        return open_database(path or self.demo_path, create=create, key=self.key, check=check)


@dataclass(frozen=True)
class Bench:
    name: str
    budget: float
    run: Callable[[Context], float]
    note: str = ""
    ratio_exempt: str = ""   # why the encrypted/plain ratio of this figure is shown but not judged


REGISTRY: list[Bench] = []


def bench(name: str, budget: float, note: str = "", ratio_exempt: str = ""):
    def register(fn):
        REGISTRY.append(Bench(name, budget, fn, note, ratio_exempt))
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

    def build():
        create_demo(ctx.demo_path, persons=ctx.persons, seed=1, on=BENCH_DATE, key=ctx.key)
        if ctx.key is not None:  # what `fpdesk demo --encrypt` adds: the key file's slots
            from fpdesk.services.demo import DEMO_PASSWORD, DEMO_USER
            from fpdesk.services.encryption import write_key_file

            write_key_file(ctx.demo_path, ctx.key, {DEMO_USER: DEMO_PASSWORD}, demo=True)
    return timed(build)
