"""Render the main window and the sign-in dialog to docs/screenshots/ (run by hand).

    .venv/bin/python tests/ui/make_screenshots.py [--persons 3000] [--lang zh_CN]

Builds a demo township in a temporary folder (dated 2026-11-22), shows the
windows offscreen at 1366×768 and saves them with QWidget.grab(). Not a test:
pytest does not collect it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fpdesk.db.schema import open_database  # noqa: E402
from fpdesk.services.context import Actor  # noqa: E402
from fpdesk.services.demo import create_demo  # noqa: E402
from fpdesk.ui.main_window import MainWindow  # noqa: E402
from fpdesk.ui.signin import SignInDialog  # noqa: E402
from tests.ui import shots  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 22)


def main() -> int:
    parser = shots.parser()
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--db", type=Path, help="an existing demo database (read only) instead")
    parser.add_argument("--wrong-password", action="store_true",
                        help="show the sign-in dialog after a refused password")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))

    run = shots.start(args)
    app, suffix = run.app, run.suffix
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "demo.db"
        if not args.db:
            create_demo(path, persons=args.persons, seed=11, on=ON)
        db = open_database(path)
        try:
            window = MainWindow(db, Actor("admin", "admin"), clock=lambda: ON)
            window.resize(width, height)
            window.show()
            app.processEvents()
            window.grab().save(str(args.out / f"home{suffix}.png"))
            dialog = SignInDialog(db)
            dialog.show()
            if args.wrong_password:
                dialog.username.setText("admin")
                dialog.password.setText("wrong-password1")
                dialog.sign_in_button.click()
            app.processEvents()
            name = "signin-refused" if args.wrong_password else "signin"
            dialog.grab().save(str(args.out / f"{name}{suffix}.png"))
            dialog.close()
            window.close()
        finally:
            db.close()
    run.done()
    return 0


if __name__ == "__main__":
    sys.exit(main())
