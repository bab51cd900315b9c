"""Start the GUI: logging and crash handling, language, fonts, the database,
sign-in, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fpdesk import __version__, config
from fpdesk.db.engine import Database
from fpdesk.db.schema import DatabaseError, open_database
from fpdesk.services import auth, backup, encryption
from fpdesk.services.context import Actor
from fpdesk.ui import crash, i18n, style, window_state

log = logging.getLogger(__name__)
APP_NAME = "fpdesk"


def _error(parent: QWidget | None, title: str, text: str, detail: str, offer_restore: bool = False) -> bool:
    """Tell the clerk; with `offer_restore`, True when they chose 从备份恢复."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    restore = None
    if offer_restore:
        restore = box.addButton(QCoreApplication.translate("app", "Restore from a backup…"),
                                QMessageBox.ButtonRole.ActionRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def ensure_demo(path: Path, persons: int = 60000, parent: QWidget | None = None) -> bool:
    """Generate the demo township at `path` unless it exists, off the GUI
    thread behind a busy dialog. False (after telling the clerk) on failure."""
    if path.exists():
        return True
    from fpdesk.services.demo import create_demo
    from fpdesk.ui.background import run_with_busy_dialog

    log.info("generating the demo township at %s", path)
    try:
        run_with_busy_dialog(lambda progress: create_demo(path, persons=persons,
                                                          progress=lambda said: progress(i18n.said(said))),
                             QCoreApplication.translate("app", "Generating the demo township…"),
                             "fpdesk", parent)
    except Exception as exc:  # noqa: BLE001 - every failure is shown, and logged
        log.exception("demo generation failed")
        _error(parent, QCoreApplication.translate("app", "Demo database"),
               QCoreApplication.translate("app", "The demo township could not be generated."),
               i18n.message(exc))
        return False
    log.info("demo township ready at %s", path)
    return True


def open_office_database(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open (creating if needed) the database, or tell the clerk why not. The file is
    recognised first; its quick_check runs in the background while the clerk signs in,
    and the sign-in (the first write) waits for it: a damaged file is never written."""
    try:
        return open_database(path, create=True, check="background")
    except (DatabaseError, OSError) as exc:
        _cannot_open(path, exc, parent)
        return None


def _cannot_open(path: Path, exc: Exception, parent: QWidget | None = None) -> bool:
    """Say why the office cannot be opened; for a damaged file offer a restore from a
    backup (the damaged file is kept beside it). True when the office was restored."""
    from fpdesk.ui.wizard_restore import RestoreWizard

    log.error("cannot open %s: %s", path, exc)
    detail = i18n.message(exc) if isinstance(exc, DatabaseError) else f"{path}: {exc.strerror or exc}"
    damaged = isinstance(exc, backup.DatabaseDamaged)
    if not _error(parent, QCoreApplication.translate("app", "Cannot open the database"),
                  QCoreApplication.translate("app", "fpdesk could not open the database file."),
                  detail, offer_restore=damaged):
        return False
    wizard = RestoreWizard(path, parent)
    return wizard.exec() == QDialog.DialogCode.Accepted and wizard.restored


def open_and_sign_in(path: Path) -> tuple[Database | None, Actor | None, int]:
    """The office at `path`, opened and signed in: (database, actor, 0), or (None, None,
    exit code) when it cannot be opened (1) or the clerk stops (0). A new file runs the
    first-run wizard; a damaged one may be restored from a backup first."""
    if encryption.is_encrypted(path):
        return sign_in_encrypted(path)
    try:
        db = open_database(path, create=True, check="background")
    except (DatabaseError, OSError) as exc:
        return open_and_sign_in(path) if _cannot_open(path, exc) else (None, None, 1)
    go_on, actor, db = sign_in(db)  # the wizard may hand back the office encrypted, or restored
    if not go_on:
        if db is not None:
            db.close()
        return None, None, 0
    return db, actor, 0


def sign_in(db: Database) -> tuple[bool, Actor | None, Database]:
    """(go on, actor, database): a new database runs the first-run wizard (which
    creates the administrator, and may encrypt the office: then the database it
    returns is a new one); one with accounts needs a sign-in; cancel stops."""
    from fpdesk.ui.signin import SignInDialog

    with db.read_session() as session:
        new_office = not auth.has_accounts(session)
    if new_office:
        from fpdesk.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(db)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if wizard.restored:     # restored from a backup: its own accounts (and passwords) sign in
            return sign_in_restored(wizard.db.path)
        return accepted and wizard.actor is not None, wizard.actor, wizard.db
    dialog = SignInDialog(db)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.restored:   # the file was damaged, and is now restored from a backup
            return sign_in_restored(db.path)
        return False, None, db
    return True, dialog.actor, db


def sign_in_restored(path: Path) -> tuple[bool, Actor | None, Database | None]:
    """The sign-in after the office was restored from a backup (by the first-run wizard,
    or over a damaged file from the sign-in)."""
    if encryption.is_encrypted(path):
        db, actor, _code = sign_in_encrypted(path)
        return db is not None, actor, db
    db = open_office_database(path)
    return sign_in(db) if db is not None else (False, None, None)


def sign_in_encrypted(path: Path) -> tuple[Database | None, Actor | None, int]:
    """An encrypted office opens at sign-in: (database, actor, 0), or (None, None,
    exit code) when the clerk cancels (0) or the key file cannot be read (1)."""
    from fpdesk.ui.signin import SignInDialog

    try:
        dialog = SignInDialog(path)
    except encryption.KeyFileError as exc:
        log.error("cannot read the key file of %s: %s", path, exc)
        _error(None, QCoreApplication.translate("app", "Cannot open the database"),
               QCoreApplication.translate("app", "fpdesk could not open the database file."),
               i18n.message(exc))
        return None, None, 1
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.restored:   # the file was damaged, and is now restored from a backup
            go_on, actor, db = sign_in_restored(path)
            return (db, actor, 0) if go_on else (None, None, 0)
        return None, None, 0
    return dialog.db, dialog.actor, 0


def run_gui(db_path: Path | None, demo: bool, lang: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(style.app_icon())
    log_dir = config.log_dir()
    crash.setup_logging(log_dir)
    crash.route_qt_messages()
    crash.enable_faulthandler(log_dir)
    crash.install_excepthook()
    log.info("fpdesk %s starting (Qt %s)", __version__, qVersion())
    translators = i18n.install(lang)  # noqa: F841 - kept alive while the app runs
    style.apply(app)

    if demo:
        path = config.demo_db_path()
        if not ensure_demo(path):
            return 1
    else:
        path = db_path or config.default_db_path()
    db, actor, code = open_and_sign_in(path)
    if db is None:
        return code
    try:
        from fpdesk.ui.main_window import MainWindow

        window = MainWindow(db, actor)
        places = window_state.settings()
        window_state.place(window, places)
        if actor is not None:
            from fpdesk.ui.idle_lock import IdleLock

            lock = IdleLock(app, db, actor)  # noqa: F841 - lives as long as the app
        code = app.exec()
        window_state.save(window, places)
        if not window.restored:
            daily_backup(db, actor)
        return code
    finally:
        db.close()


def daily_backup(db: Database, actor: Actor | None) -> None:
    """The automatic backup when the program closes, at most once a day."""
    from fpdesk.services import backup
    from fpdesk.ui.background import run_with_busy_dialog

    try:
        run_with_busy_dialog(lambda _p: backup.daily(db, actor),
                             QCoreApplication.translate("app", "Making today's backup…"), "fpdesk")
    except Exception:  # noqa: BLE001 - closing goes on; the 首页 warns when backups are missing
        log.exception("the daily backup failed")
