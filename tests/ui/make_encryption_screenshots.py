"""Render the encryption screens to docs/screenshots/ (run by hand):
the wizard's administrator page (encryption ticked), its recovery-code page,
the printed recovery sheet, and the sign-in of an encrypted office.

    .venv/bin/python tests/ui/make_encryption_screenshots.py [--lang zh_CN]

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fpdesk.db.schema import open_database  # noqa: E402
from fpdesk.ui.signin import SignInDialog  # noqa: E402
from fpdesk.ui.wizard import FirstRunWizard  # noqa: E402
from tests.ui import shots  # noqa: E402

def main() -> int:
    parser = shots.parser()
    args = parser.parse_args()
    run = shots.start(args)
    app, suffix = run.app, run.suffix
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "office.db"
        wizard = FirstRunWizard(open_database(path, create=True))
        wizard.restart()
        wizard.next()   # past the start page: a new office
        page = wizard.office_page
        page.county.setCurrentIndex(page.county.findData("610628"))
        page.township_code.setText("101")
        page.name.setText("和平镇")
        wizard.next()
        wizard.villages_page.add_row("001", "东庄村", 3)
        wizard.next()
        wizard.admin_page.password.setText("abc12345")
        wizard.admin_page.repeat.setText("abc12345")
        wizard.show()
        app.processEvents()
        wizard.grab().save(str(args.out / f"wizard-encrypt{suffix}.png"))
        wizard.next()
        app.processEvents()
        wizard.grab().save(str(args.out / f"wizard-recovery-code{suffix}.png"))
        sheet = wizard.recovery_page.sheet_file()
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(sheet),
                        str(args.out / f"recovery-sheet{suffix}")], check=True)
        sheet.unlink()
        sheet.parent.rmdir()
        wizard.recovery_page.kept.setChecked(True)
        wizard.accept()
        wizard.db.close()

        dialog = SignInDialog(path)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / f"signin-encrypted{suffix}.png"))
        dialog.close()
    run.done()
    return 0


if __name__ == "__main__":
    sys.exit(main())
