"""Logs and crashes: a rotating log file, Qt's messages in Python logging,
faulthandler to a file, and an excepthook that shows where the log is."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("fpdesk")
qt_log = logging.getLogger("fpdesk.qt")

LOG_NAME = "fpdesk.log"
FAULT_NAME = "crash.log"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_fault_file = None  # kept open for faulthandler for the life of the process
_log_path: Path | None = None
_showing = False  # one crash dialog at a time


def setup_logging(log_dir: Path) -> Path:
    """Log to a rotating file (1 MB × 5) and stderr; return the file's path."""
    global _log_path
    log_dir.mkdir(parents=True, exist_ok=True)
    _log_path = log_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        _log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    return _log_path


def _qt_message(mode, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> None:
    qInstallMessageHandler(_qt_message)


def enable_faulthandler(log_dir: Path) -> Path:
    global _fault_file
    path = log_dir / FAULT_NAME
    _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    faulthandler.enable(file=_fault_file, all_threads=True)
    return path


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    global _showing
    if QApplication.instance() is None or _showing:
        return
    from fpdesk.db.guard import explain
    from fpdesk.ui import i18n

    known = explain(exc)  # a damaged file or a full disk: said plainly, pointing to restore
    if known is not None:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("crash", "fpdesk — database error"), i18n.in_language(*known))
    else:
        box = _unexpected(exc_type, exc)
    _showing = True
    try:
        box.exec()
    finally:
        _showing = False


def _unexpected(exc_type, exc) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("crash", "fpdesk — unexpected error"),
                      QCoreApplication.translate("crash", "An unexpected error occurred."))
    box.setInformativeText(
        QCoreApplication.translate("crash", "The details were written to the log file:\n%1\n"
                                            "Please send this file to your support contact.")
        .replace("%1", str(_log_path)))
    box.setDetailedText(f"{exc_type.__name__}: {exc}")
    return box


def install_excepthook() -> None:
    sys.excepthook = _excepthook
