"""Render the 导入Excel… wizard (after a trial run) and the 数据核对 dialog to
docs/screenshots/ (run by hand; pytest does not collect it).

    .venv/bin/python tests/ui/make_excel_screenshots.py [--lang zh_CN]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fpdesk.db.models import Birth, Person  # noqa: E402
from fpdesk.db.schema import open_database  # noqa: E402
from fpdesk.domain import idcard  # noqa: E402
from fpdesk.services import people  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402
from fpdesk.services.demo import create_demo  # noqa: E402
from fpdesk.ui.dialogs.excel_import import ExcelImportDialog  # noqa: E402
from fpdesk.ui.dialogs.reconcile import ReconcileDialog  # noqa: E402
from tests.excel.helpers import xlsx  # noqa: E402
from tests.excel.test_import_excel import messy_rows  # noqa: E402
from tests.ui.helpers import DEMO_ON  # noqa: E402
from tests.ui import shots  # noqa: E402


def birth_list(db, path: Path) -> Path:
    with db.read_session() as s:
        found = s.execute(select(Person.name, Person.id_number, Birth.birth_date, Birth.sex)
                          .join(Person, Person.uid == Birth.mother_uid).where(Person.id_number.is_not(None))
                          .order_by(Birth.birth_date.desc()).limit(40)).all()
    rows = [["县医院分娩登记（2026年）"], ["序号", "产妇姓名", "产妇身份证号", "分娩日期", "婴儿性别", "助产机构"]]
    for i, (name, number, on, sex) in enumerate(found):
        if i % 9 == 4:
            continue                                  # a birth the hospital list lacks
        on = on + timedelta(days=12) if i % 11 == 6 else on
        rows.append([i + 1, name, number, on, "男" if sex == 1 else "女", "县人民医院"])
    rows.append([99, "刘外来", idcard.build("610628", found[0][2].replace(year=1995), 222), found[0][2], "女", "县妇幼保健院"])
    return xlsx(path, {"分娩登记": rows})


def main() -> int:
    parser = shots.parser()
    args = parser.parse_args()
    run = shots.start(args)
    app, suffix = run.app, run.suffix
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        create_demo(path, persons=3000, seed=11, on=DEMO_ON)
        db = open_database(path)
        try:
            with db.read_session() as s:
                village = people.villages(s)[0].name
            book = xlsx(Path(tmp) / f"{village}花名册.xlsx", {village: messy_rows()},
                        merges={village: ["A1:R1", "L3:M3"]})
            actor = Actor("admin", "admin")
            wizard = ExcelImportDialog(db, actor, DEMO_ON)
            wizard.resize(1280, 760)
            wizard.show()
            wizard.load_file(book)
            wizard.run(dry=True)
            app.processEvents()
            wizard.grab().save(str(args.out / f"excel-import{suffix}.png"))
            wizard.close()
            check = ReconcileDialog(db, actor, DEMO_ON)
            check.resize(1280, 720)
            check.show()
            check.load(birth_list(db, Path(tmp) / "医院分娩.xlsx"), "births")
            check.tabs.setCurrentIndex(1)
            app.processEvents()
            check.grab().save(str(args.out / f"reconcile{suffix}.png"))
            check.close()
        finally:
            db.close()
    run.done()
    return 0


if __name__ == "__main__":
    sys.exit(main())
