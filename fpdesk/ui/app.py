"""Start the GUI: logging and crash handling, language, fonts, the database,
sign-in, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fpdesk import __version__, config
from fpdesk.db import guard
from fpdesk.db.engine import Database
from fpdesk.db.schema import DatabaseError, open_database
from fpdesk.services import auth, encryption
from fpdesk.services.context import Actor
from fpdesk.ui import crash, i18n, style, window_state

log = logging.getLogger(__name__)
APP_NAME = "fpdesk"


def _error(parent: QWidget | None, title: str, text: str, detail: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    box.exec()


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
    recognised and quick-checked off the GUI thread first (a large file takes seconds)."""
    from fpdesk.ui.background import run_with_busy_dialog

    try:
        try:
            run_with_busy_dialog(lambda _progress: guard.recognise(path),
                                 QCoreApplication.translate("app", "Checking the database file…"),
                                 "fpdesk", parent)
        except guard.FileRefused as exc:
            raise DatabaseError(str(exc), exc.message_en) from None
        return open_database(path, create=True, check=False)
    except (DatabaseError, OSError) as exc:
        log.error("cannot open %s: %s", path, exc)
        detail = i18n.message(exc) if isinstance(exc, DatabaseError) else f"{path}: {exc.strerror or exc}"
        _error(parent, QCoreApplication.translate("app", "Cannot open the database"),
               QCoreApplication.translate("app", "fpdesk could not open the database file."),
               detail)
        return None


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
        return accepted and wizard.actor is not None, wizard.actor, wizard.db
    dialog = SignInDialog(db)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None, db
    return True, dialog.actor, db


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
    if encryption.is_encrypted(path):
        db, actor, code = sign_in_encrypted(path)
        if db is None:
            return code
    else:
        db = open_office_database(path)
        if db is None:
            return 1
        go_on, actor, db = sign_in(db)  # the wizard may hand back the office encrypted
        if not go_on:
            db.close()
            return 0
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
