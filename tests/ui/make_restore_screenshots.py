"""Render the restore-on-a-new-computer screens to docs/screenshots/ (run by hand):
the first-run wizard's start page, its 从备份恢复 page with an encrypted backup
chosen, and the password dialog of 系统设置 → 备份与恢复 for a backup whose key
is not the office's.

    .venv/bin/python tests/ui/make_restore_screenshots.py [--lang zh_CN]

Not a test: pytest does not collect it.
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
from fpdesk.services import backup, encryption  # noqa: E402
from fpdesk.ui.backup_unlock import BackupPasswordDialog  # noqa: E402
from fpdesk.ui.wizard import FirstRunWizard  # noqa: E402
from tests.ui import shots  # noqa: E402

def main() -> int:
    parser = shots.parser()
    args = parser.parse_args()
    run = shots.start(args)
    app, suffix = run.app, run.suffix
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old-pc" / "office.db"
        old.parent.mkdir()
        encryption.create_encrypted_demo(old, persons=3000, seed=1, on=date(2026, 11, 22))
        db, actor = encryption.open_with_password(old, "admin", "demo1234")
        info = backup.back_up(db, actor, folder=Path(tmp) / "U盘")
        db.close()

        wizard = FirstRunWizard(open_database(Path(tmp) / "new-pc.db", create=True))
        wizard.restart()
        wizard.show()
        app.processEvents()
        wizard.grab().save(str(args.out / f"wizard-start{suffix}.png"))
        wizard.start_page.from_backup.setChecked(True)
        wizard.next()
        wizard.restore_page.load_file(info.path)
        wizard.restore_page.secret.password.setText("demo1234")
        app.processEvents()
        wizard.grab().save(str(args.out / f"wizard-restore{suffix}.png"))
        wizard.hide()
        wizard.db.close()

        dialog = BackupPasswordDialog(info.path)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / f"restore-backup-password{suffix}.png"))
        dialog.close()
    run.done()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
