"""Render 系统设置 → 备份与恢复 / 审计日志, the restore question and the 首页's
backup warning to docs/screenshots/ (run by hand; pytest does not collect it).

    .venv/bin/python tests/ui/make_backup_screenshots.py --db DEMO.db [--stick DIR]

Works on a copy of DEMO.db in a temporary folder; `--stick` is a folder on
another disk (a USB stick, /dev/shm) for the second backup.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from fpdesk.db.schema import backup_file, open_database  # noqa: E402
from fpdesk.services import backup  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402
from fpdesk.ui import i18n, style  # noqa: E402
from fpdesk.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 22)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--stick", type=Path, default=Path("/dev/shm/fpdesk-screenshots"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    installed = i18n.install("zh_CN")
    style.apply(app)

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / name))

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(backup_file(args.db, Path(tmp) / "demo.db"))
        admin = Actor("admin", "admin")
        window = MainWindow(db, admin, clock=lambda: ON)
        window.resize(1366, 768)
        window.show()
        window.pages["home"].settle()
        shot(window, "home-backup-warning.png")
        backup.back_up(db, admin)
        backup.back_up(db, admin, folder=args.stick)
        page = window.pages["settings"]
        window.show_page("settings")
        page.backup_tab.reload()
        page.show_tab(page.backup_tab)
        shot(window, "backup.png")
        page.show_tab(page.audit_tab)
        page.audit_tab.verify()
        shot(window, "audit.png")
        staged = backup.stage(db.path, page.backup_tab.listed[0].path)

        def grab(box):
            box.show()
            shot(box, "restore-confirm.png")
            return QMessageBox.StandardButton.Cancel
        QMessageBox.exec = grab
        page.backup_tab._ask(staged.meta, False)
        staged.discard()
        for other in window.pages.values():
            getattr(other, "settle", lambda: None)()
        window.close()
        db.close()
    installed.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
