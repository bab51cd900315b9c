"""Benchmarks of the spreadsheet import and the reconciliation (issue 13).

Run alone (`python bench/bench_excel.py`) or through bench/run.py. The import
runs in a child process so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness import Context, bench  # noqa: E402

ROWS = 20_000
VILLAGES = [("610628101001", "东庄村"), ("610628101002", "西庄村"), ("610628101003", "南湾村"),
            ("610628101004", "北坡村")]
MEMORY_BUDGET_MB = 500
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "秀梅建国红英伟芳军丽强敏静磊燕杰娟涛明霞平刚华"


def make_workbook(path: Path, rows: int = ROWS, seed: int = 13) -> Path:
    """Four village sheets of households (head, wife, children) with a title
    row, a two-row header, mixed date spellings and a 合计 row each."""
    from openpyxl import Workbook

    from fpdesk.domain import idcard

    rng = random.Random(seed)
    book = Workbook(write_only=True)
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
from datetime import date
from fpdesk.db.schema import open_database
from fpdesk.services.context import Actor
from fpdesk.services.excel_import import import_excel
db = open_database(sys.argv[1])
actor = Actor("bench", "clerk")
times = {}
for dry in (True, False):
    start = time.perf_counter()
    summary = import_excel(db, actor, sys.argv[2], dry_run=dry, today=date(2026, 11, 22))
    times["dry_run" if dry else "import"] = time.perf_counter() - start
db.close()
print(json.dumps({**times, "inserted": summary.inserted, "refused": len(summary.refused),
                  "households": summary.households_inserted, "episodes": summary.episodes_inserted,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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
    print(f"    dry run {figures['dry_run']:.1f} s, import {figures['import']:.1f} s, "
          f"peak {figures['peak_mb']:.0f} MB (budget {MEMORY_BUDGET_MB} MB{' MISSED' if figures['peak_mb'] > MEMORY_BUDGET_MB else ''}), "
          f"{figures['inserted']} persons, {figures['households']} households, {figures['episodes']} methods, "
          f"{figures['refused']} refused")
    return seconds


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="fpdesk-bench-") as tmp:
        ctx = Context(0, Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp))
        ctx.workdir.mkdir(parents=True, exist_ok=True)
        print(f"import: {excel_import_bench(ctx):.1f} s (budget 20 s)")
