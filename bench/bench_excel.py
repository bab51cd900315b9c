"""Benchmarks of the spreadsheet import and the reconciliation (issue 13).

Run alone (`python bench/bench_excel.py`) or through bench/run.py. The import
runs in a child process so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness import BENCH_DATE, Context, bench  # noqa: E402

ROWS = 20_000
VILLAGES = [("610628101001", "东庄村"), ("610628101002", "西庄村"), ("610628101003", "南湾村"),
            ("610628101004", "北坡村")]
MEMORY_BUDGET_MB = 500
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "秀梅建国红英伟芳军丽强敏静磊燕杰娟涛明霞平刚华"


def make_workbook(path: Path, rows: int = ROWS, seed: int = 13) -> Path:
    """Four village sheets of households (head, wife, children) with a title
    row, a two-row header, mixed date spellings and a 合计 row each — saved as
    Excel and WPS save (shared strings, a <dimension>, merged cells), not as a
    write-only stream."""
    from openpyxl import Workbook

    from fpdesk.domain import idcard

    rng = random.Random(seed)
    book = Workbook()
    book.remove(book.active)
    per_sheet = rows // len(VILLAGES)
    serial = 0
    for code, name in VILLAGES:
        sheet = book.create_sheet(name)
        sheet.append([f"{name}人口花名册"])
        sheet.append(["序号", "姓名", "性别", "出生日期", "身份证号", "与户主关系", "户主姓名", "组", "婚姻状况",
                      "现有子女", None, "避孕措施", "措施时间", "联系电话"])
        sheet.append([None] * 9 + ["男", "女"] + [None] * 3)
        written = 0
        while written < per_sheet:
            group = f"{rng.randint(1, 9)}组"
            head_birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 12000))
            family = [("户主", 1, head_birth), ("妻", 2, head_birth + timedelta(days=rng.randint(-900, 900)))]
            for _ in range(rng.randint(0, 2)):
                family.append((rng.choice(["儿子", "女儿"]), 0, head_birth + timedelta(days=rng.randint(8000, 11000))))
            head_name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            for relation, sex, birth in family[:per_sheet - written]:
                serial += 1
                sex = sex or (1 if relation == "儿子" else 2)
                number = idcard.build("610628", birth, (serial % 499) * 2 + (1 if sex == 1 else 0))
                person = head_name if relation == "户主" else rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
                spelled = rng.choice([birth.isoformat(), f"{birth.year}/{birth.month}/{birth.day}",
                                      f"{birth.year}.{birth.month}.{birth.day}", birth.strftime("%Y%m%d"),
                                      f"{birth.year}年{birth.month}月{birth.day}日"])
                married = relation in ("户主", "妻")
                method = rng.choice(["上环", "女扎", "皮埋", "避孕套", None]) if relation == "妻" else None
                sheet.append([serial, person, "男" if sex == 1 else "女", spelled, number, relation, head_name, group,
                              "已婚" if married else "未婚", 1, 1, method,
                              "2018-05-06" if method else None, f"139{serial:08d}"])
                written += 1
        sheet.append(["合计", None, None, None, None, None, None, None, None, per_sheet])
        sheet.merge_cells("A1:N1")
        sheet.merge_cells("J2:K2")
    book.save(path)
    return path


def make_office(path: Path) -> None:
    from fpdesk.db.schema import open_database
    from fpdesk.services import office
    from fpdesk.services.office import OfficeSetup, VillageSpec

    path.unlink(missing_ok=True)
    db = open_database(path, create=True)
    with db.session() as session:
        office.create_office(session, OfficeSetup("610628101000", "和平镇", villages=[
            VillageSpec(code, name, 9) for code, name in VILLAGES], admin_password="bench1234"))
    db.close()


CHILD = """
import json, resource, sys, time

def peak_mb():
    # VmHWM belongs to this program's own memory map; ru_maxrss survives exec on Linux and
    # would report the (large) bench process this child was started from
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from datetime import date
from fpdesk.db.schema import open_database
from fpdesk.services.context import Actor
from fpdesk.services.excel_import import import_excel
db = open_database(sys.argv[1])
actor = Actor("bench", "clerk")
times = {}
for dry in (True, False):
    start, cpu = time.perf_counter(), time.process_time()
    summary = import_excel(db, actor, sys.argv[2], dry_run=dry, today=date(2026, 11, 22))
    times["dry_run" if dry else "import"] = time.perf_counter() - start
    times["cpu_dry_run" if dry else "cpu_import"] = time.process_time() - cpu
db.close()
print(json.dumps({**times, "inserted": summary.inserted, "refused": len(summary.refused),
                  "households": summary.households_inserted, "episodes": summary.episodes_inserted,
                  "peak_mb": peak_mb()}))
"""


def measure_import(workdir: Path) -> dict:
    book = make_workbook(workdir / "roster-20000.xlsx")
    office_db = workdir / "excel-office.db"
    make_office(office_db)
    env = {"PYTHONPATH": str(Path(__file__).resolve().parent.parent), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(office_db), str(book)], capture_output=True,
                          text=True, env=env, check=True)
    return json.loads(done.stdout)


_FIGURES: dict = {}


@bench("20,000-row workbook: dry run + import", 20.0,
       "four village sheets, two-row headers; peak memory of the child process printed (budget 500 MB)")
def excel_import_bench(ctx: Context) -> float:
    figures = _FIGURES.setdefault("import", measure_import(ctx.workdir))
    seconds = figures["dry_run"] + figures["import"]
    print(f"    dry run {figures['dry_run']:.1f} s, import {figures['import']:.1f} s "
          f"(CPU {figures['cpu_dry_run']:.1f} + {figures['cpu_import']:.1f} s), "
          f"peak {figures['peak_mb']:.0f} MB (budget {MEMORY_BUDGET_MB} MB{' MISSED' if figures['peak_mb'] > MEMORY_BUDGET_MB else ''}), "
          f"{figures['inserted']} persons, {figures['households']} households, {figures['episodes']} methods, "
          f"{figures['refused']} refused")
    return seconds


BIRTH_ROWS = 1000


def make_birth_list(demo: Path, path: Path, key: bytes | None = None) -> int:
    """1,000 hospital rows from the demo's latest births: most as recorded, some
    dated 10 days off, some of mothers fpdesk does not know."""
    from openpyxl import Workbook
    from sqlalchemy import select

    from fpdesk.db.models import Birth, Person
    from fpdesk.db.schema import open_database
    from fpdesk.domain import idcard

    db = open_database(demo, key=key)
    try:
        with db.read_session() as session:
            found = session.execute(select(Person.name, Person.id_number, Birth.birth_date, Birth.sex)
                                    .join(Person, Person.uid == Birth.mother_uid)
                                    .where(Birth.deleted.is_(False), Person.id_number.is_not(None))
                                    .order_by(Birth.birth_date.desc()).limit(int(BIRTH_ROWS * 0.9))).all()
    finally:
        db.close()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("分娩登记")
    sheet.append(["县医院分娩登记"])
    sheet.append(["序号", "产妇姓名", "产妇身份证号", "分娩日期", "婴儿性别", "助产机构"])
    for i, (name, number, on, sex) in enumerate(found):
        shifted = on + timedelta(days=10) if i % 20 == 0 else on
        sheet.append([i + 1, name, number, shifted.isoformat(), "男" if sex == 1 else "女", "县医院"])
    for i in range(len(found), BIRTH_ROWS):
        stranger = idcard.build("610628", date(1995, 1, 1) + timedelta(days=i), 2 * (i % 400))
        sheet.append([i + 1, f"外来{i}", stranger, found[0][2].isoformat() if found else "2026-10-01", "女", "县医院"])
    book.save(path)
    return len(found)


@bench("reconcile a 1,000-row birth list", 2.0,
       "a hospital list read from XLSX and matched against the demo's births (ID number, 7 days)")
def reconcile_bench(ctx: Context) -> float:
    from fpdesk.db.schema import open_database
    from fpdesk.services.reconcile import reconcile

    known = make_birth_list(ctx.demo_path, ctx.workdir / "births-1000.xlsx", ctx.key)
    db = open_database(ctx.demo_path, key=ctx.key)
    results = []
    try:
        def once():
            with db.read_session() as session:
                results.append(reconcile(session, ctx.workdir / "births-1000.xlsx", "births"))
        start = time.perf_counter()
        once()
        seconds = time.perf_counter() - start
    finally:
        db.close()
    r = results[0]
    print(f"    {known} rows of known births; {len(r.matched)} matched, {len(r.only_outside)} only in the list, "
          f"{len(r.only_fpdesk)} only in fpdesk, 误差率 {r.error_rate}%")
    return seconds


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="fpdesk-bench-") as tmp:
        ctx = Context(0, Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp))
        ctx.workdir.mkdir(parents=True, exist_ok=True)
        print(f"import: {excel_import_bench(ctx):.1f} s (budget 20 s)")
        from fpdesk.services.demo import create_demo

        ctx.demo_path = ctx.workdir / "demo-10000.db"
        if not ctx.demo_path.exists():
            create_demo(ctx.demo_path, persons=10000, seed=1, on=BENCH_DATE)
        print(f"reconcile: {reconcile_bench(ctx):.2f} s (budget 2 s)")
