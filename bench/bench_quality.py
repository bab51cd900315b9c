"""Benchmarks of the data check (issue 11): `fpdesk check` on the whole township, and the
数据质量 page painting its first rows once the check has run."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stdout

from harness import BENCH_DATE, Context, bench, median_of


@bench("fpdesk check --json", 3.0,
       "integrity + every data check of the township, read-only, sign-in included (median of 3)")
def check_bench(ctx: Context) -> float:
    from fpdesk.cli import main

    password = ctx.workdir / "admin-password.txt"
    password.write_text("demo1234\n", encoding="utf-8")
    argv = ["check", "--db", str(ctx.demo_path), "--date", BENCH_DATE.isoformat(), "--json",
            "--user", "admin", "--user-password-file", str(password)]

    def run() -> None:
        with redirect_stdout(io.StringIO()):
            assert main(argv) == 0
    return median_of(run, 3)


@bench("data quality page: first rows", 0.3,
       "from the finished check to the findings list painted (counts, filters, first rows)")
def page_bench(ctx: Context) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fpdesk.db.schema import open_database
    from fpdesk.services.quality import run_check
    from fpdesk.ui import i18n, style
    from fpdesk.ui.pages.quality import QualityPage

    app = QApplication.instance() or QApplication([])
    style.apply(app)
    i18n.install("zh_CN")
    db = open_database(ctx.demo_path, key=ctx.key)
    try:
        with db.read_session() as session:
            report = run_check(session, BENCH_DATE)
        page = QualityPage(db, None, lambda: BENCH_DATE, lambda _uid: None)
        page.resize(1366, 768)
        page.report = report        # the check has run: showing the page starts nothing

        def first_rows() -> None:
            page.show_report(report)
            page.show()
            page.view.grab()        # the list painted
        seconds = median_of(lambda: (first_rows(), page.hide()), 5)
        page.close()
        page.deleteLater()
        app.processEvents()
        return seconds
    finally:
        db.close()



