"""Render the English interface where the domain and the services speak: the
reminders page (its details), the error shown for a damaged database file and
the 上报交换 page after loading a package with refusals, to docs/screenshots/ (run by hand; pytest does not collect it).

    .venv/bin/python tests/ui/make_english_screenshots.py --db DEMO.db
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QTabWidget  # noqa: E402

from fpdesk.db.schema import open_database  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402
from fpdesk.ui import app as ui_app  # noqa: E402
from fpdesk.ui import style  # noqa: E402
from fpdesk.ui.screenshot import render_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 22)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv)
    style.apply(qapp)
    db = open_database(args.db)
    try:
        print(render_page(db, Actor("admin", "admin"), "reminders", args.out / "reminders-en.png", "en", ON))
    finally:
        db.close()

    from fpdesk.ui import i18n

    installed = i18n.install("en")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            damaged = Path(scratch) / "office.db"
            whole = args.db.read_bytes()
            damaged.write_bytes(whole[:len(whole) // 2 + 100])   # cut off in the middle of a page
            out = args.out / "error-damaged-en.png"
            # the real code path; the box is photographed instead of waiting for a click
            QMessageBox.exec = lambda box: box.grab().save(str(out))
            ui_app.open_office_database(damaged)
            print(out)
            print(exchange_after_refusals(db_path=args.db, scratch=Path(scratch), out=args.out / "exchange-en.png"))
    finally:
        installed.remove()
    return 0


def exchange_after_refusals(db_path: Path, scratch: Path, out: Path) -> Path:
    """A county loading a township's package in which some records are refused."""
    from fpdesk.ui.pages.exchange import ExchangePage
    from tests.ui.helpers import package_with_refusals

    actor = Actor("admin", "admin")
    township = open_database(db_path)
    try:
        package = package_with_refusals(township, actor, scratch)
    finally:
        township.close()
    county = open_database(scratch / "county.db", create=True)
    try:
        page = ExchangePage(county, actor, lambda: ON)
        page.resize(1300, 720)
        page.findChild(QTabWidget).setCurrentIndex(1)
        summary = page.import_from(package)
        page.show()
        # where the refusals end and the warnings begin: both kinds in view
        last = page.refusals.item(len(summary.refused) - 2, 2)
        page.refusals.scrollToItem(last, QAbstractItemView.ScrollHint.PositionAtTop)
        QApplication.processEvents()
        page.grab().save(str(out))
        page.settle()   # its data-check count thread ends before the database closes
        page.close()
    finally:
        county.close()
    return out


if __name__ == "__main__":
    sys.exit(main())
