"""Where the main window opens: where the clerk left it (QSettings, INI in the
user's profile), else maximised on a small screen (1366×768 and below: the
pages need all of it) and centred at its default size on a larger one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fpdesk import config

SMALL_SCREEN = QSize(1366, 768)
GEOMETRY_KEY = "main_window/geometry"


def settings(path: Path | None = None) -> QSettings:
    """fpdesk's per-user INI file: %APPDATA%\\fpdesk\\fpdesk.ini, ~/.config/fpdesk/fpdesk.ini;
    next to the data when a data directory is given (development, tests)."""
    path = path or config.ui_settings_path()
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config.APP, config.APP)


def is_small(screen: QSize) -> bool:
    return screen.width() <= SMALL_SCREEN.width() or screen.height() <= SMALL_SCREEN.height()


def place(window: QWidget, store: QSettings) -> None:
    """Restore the stored geometry (on a screen still attached), or choose one; then show."""
    stored = store.value(GEOMETRY_KEY)
    if stored and window.restoreGeometry(stored) and _on_a_screen(window):
        window.show()
        return
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    available = screen.availableGeometry()
    if is_small(screen.size()) or window.width() > available.width() \
            or window.height() > available.height() - 40:
        window.showMaximized()
    else:
        window.move(available.center() - window.rect().center())
        window.show()


def save(window: QWidget, store: QSettings) -> None:
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.sync()


def _on_a_screen(window: QWidget) -> bool:
    """False when the stored place is on a monitor no longer attached."""
    centre = window.frameGeometry().center()
    return any(screen.availableGeometry().contains(centre) for screen in QGuiApplication.screens()) \
        or window.isMaximized()
