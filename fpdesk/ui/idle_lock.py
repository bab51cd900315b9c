"""Lock the session after an idle period (office setting idle_lock_minutes,
default 10). The lock screen covers the screen and asks the signed-in user's
password again; everything behind it, half-typed dialogs included, stays as
it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from fpdesk.db.engine import Database
from fpdesk.services import auth, settings
from fpdesk.services.context import Actor
from fpdesk.ui import i18n, style

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockScreen(QDialog):
    """Full-screen, modal; only the right password closes it."""

    def __init__(self, db: Database, actor: Actor):
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.db, self.actor = db, actor
        self.setModal(True)
        self.setObjectName("lock_screen")
        self.setStyleSheet("#lock_screen { background: #24364b; } QLabel#lock_title { color: white; }")
        panel = QFrame()
        panel.setProperty("kind", "card")
        panel.setFixedWidth(360)
        title = QLabel(self.tr("fpdesk is locked"))
        title.setObjectName("lock_title")
        title.setFont(style.scaled_font(title.font(), 1.6, bold=True))
        user = QLabel(self.tr("Enter the password of %1 to go on.").replace("%1", actor.username))
        user.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        # room for two lines, so a message never resizes the screen
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing() + 4)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        inner = QVBoxLayout(panel)
        for widget in (user, self.password, self.error, self.unlock_button):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.ensurePolished()
        layout.activate()

    def try_unlock(self) -> None:
        try:
            auth.authenticate(self.db, self.actor.username, self.password.text())
        except auth.AuthError as exc:
            self.error.setText(i18n.message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def reject(self) -> None:  # Esc must not unlock
        pass


class IdleLock(QObject):
    """Watches the application's input; locks after `minutes` without any."""

    def __init__(self, app: QApplication, db: Database, actor: Actor, minutes: int | None = None):
        super().__init__(app)
        self.db, self.actor = db, actor
        if minutes is None:
            with db.read_session() as session:
                minutes = int(settings.get(session, "idle_lock_minutes") or 0)
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in ACTIVITY and self.screen is None and self.timer.interval() > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.screen is not None:
            return
        self.screen = LockScreen(self.db, self.actor)
        self.screen.showFullScreen()
        self.screen.password.setFocus()
        self.screen.finished.connect(self._unlocked)

    def _unlocked(self, _result: int) -> None:
        self.screen.deleteLater()
        self.screen = None
        self.timer.start()

    def is_locked(self) -> bool:
        return self.screen is not None
