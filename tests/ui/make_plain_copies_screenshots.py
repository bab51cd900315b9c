"""Render 系统设置 → 数据库加密 listing the plaintext copies fpdesk left, and the restore
question for a plain backup over an encrypted office, to docs/screenshots/ (run by hand;
pytest does not collect it).

    .venv/bin/python tests/ui/make_plain_copies_screenshots.py --db DEMO.db
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from fpdesk.db.schema import backup_file, open_database  # noqa: E402
from fpdesk.services import backup, encryption  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402
from fpdesk.ui import i18n, style  # noqa: E402
from fpdesk.ui.main_window import MainWindow  # noqa: E402
from fpdesk.ui.pages.settings_backup import restore_question  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 22)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    installed = i18n.install("zh_CN")
    style.apply(app)

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / name))

    with tempfile.TemporaryDirectory() as tmp:
        path = backup_file(args.db, Path(tmp) / "office.db")
        db = open_database(path)
        plain = backup.back_up(db, Actor("admin", "admin")).path
        db.close()
        encryption.encrypt_file(path, {"admin": "demo1234"})
        db, admin = encryption.open_with_password(path, "admin", "demo1234")
        window = MainWindow(db, admin, clock=lambda: ON)
        window.resize(1366, 768)
        window.show()
        page = window.pages["settings"]
        window.show_page("settings")
        page.show_tab(page.security_tab)
        shot(window, "settings-encryption-plain-copies.png")
        staged = backup.stage(path, plain)
        box = restore_question(window, staged.meta, False, "decrypts")
        box.show()
        shot(box, "restore-decrypts.png")
        box.close()
        staged.discard()
        for other in window.pages.values():
            getattr(other, "settle", lambda: None)()
        window.close()
        db.close()
    installed.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
