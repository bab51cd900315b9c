"""fpdesk benchmarks: build the demo township once, time what a clerk waits
for, print each figure beside its budget, exit 1 when one is missed.

    .venv/bin/python bench/run.py [--persons 60000] [--dir DIR] [--only NAME ...] [--encrypted]

--encrypted runs every figure twice, on the plain demo and on a SQLCipher-encrypted
copy of the same township (the demo built a second time, encrypted as
`fpdesk demo --encrypt` does), and prints both: the encrypted figure must also
stay within 1.5× of the plain one (ENCRYPTED_RATIO) unless it is less than 10 ms
slower (RATIO_FLOOR: a few milliseconds scatter from run to run), and except for a figure that
says why its ratio is shown but not judged (@bench(..., ratio_exempt=reason)).

Budgets are for the 2-core reference machine (DESIGN.md: a township of
60,000 people must feel instant on a modest PC). Benchmarks live in the
bench_*.py modules named in MODULES; add one by decorating a function with
@bench(name, budget_seconds) from harness.py. It receives the Context and
returns the seconds it measured (use `timed` / `median_of`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import BENCH_DATE, REGISTRY, Context  # noqa: E402

ENCRYPTED_RATIO = 1.5
RATIO_FLOOR = 0.010   # seconds: a few milliseconds more are below what this machine measures steadily
MODULES = ("bench_records", "bench_reminders", "bench_output", "bench_cards", "bench_statistics", "bench_package",
           "bench_quality", "bench_backup", "bench_excel",
           "bench_startup")


def load_benchmarks() -> None:
    here = Path(__file__).resolve().parent
    for name in MODULES:
        if (here / f"{name}.py").exists():
            importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=60000)
    parser.add_argument("--dir", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names to run (after the build)")
    parser.add_argument("--encrypted", action="store_true",
                        help="also run every figure on an encrypted copy of the demo, and compare")
    args = parser.parse_args(argv)
    load_benchmarks()
    with tempfile.TemporaryDirectory(prefix="fpdesk-bench-") as tmp:
        ctx = Context(args.persons, args.dir or Path(tmp))
        ctx.workdir.mkdir(parents=True, exist_ok=True)
        if args.encrypted:
            return run_encrypted(ctx, args.only)
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


def run_encrypted(ctx: Context, only: list[str] | None) -> int:
    """Each figure on the plain demo, then on an encrypted one with the same data."""
    from fpdesk.db.keyslots import new_key

    secret = Context(ctx.persons, ctx.workdir / "encrypted", key=new_key())
    secret.workdir.mkdir(parents=True, exist_ok=True)
    missed = 0
    print(f"fpdesk bench — {ctx.persons} persons, reference date {BENCH_DATE}, plain and encrypted (SQLCipher)")
    print(f"{'benchmark':<36}{'plain':>10}{'encrypted':>11}{'ratio':>7}{'budget':>10}  result")
    for n, item in enumerate(REGISTRY):
        if only is not None and n and item.name not in only:
            continue
        plain, encrypted = item.run(ctx), item.run(secret)
        ratio = encrypted / plain if plain else 1.0
        ok = plain <= item.budget and encrypted <= item.budget and (
            ratio <= ENCRYPTED_RATIO or encrypted - plain < RATIO_FLOOR or bool(item.ratio_exempt))
        missed += not ok
        mark = "*" if item.ratio_exempt and ratio > ENCRYPTED_RATIO else ""
        print(f"{item.name:<36}{_fmt(plain):>10}{_fmt(encrypted):>11}{ratio:>6.2f}×{_fmt(item.budget):>10}  "
              f"{('ok' if ok else 'MISSED') + mark}", flush=True)
    print(f"{missed} missed (a figure misses when either column is over budget, or encrypted > "
          f"{ENCRYPTED_RATIO}× plain and more than {RATIO_FLOOR * 1000:.0f} ms slower)")
    for item in REGISTRY:
        if item.ratio_exempt and (only is None or item.name in only):
            print(f"* {item.name}: ratio shown, not judged — {item.ratio_exempt}")
    return 1 if missed else 0


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    sys.exit(main())
