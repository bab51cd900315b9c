"""The sign-in dialog shown before the main window when accounts exist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from fpdesk.db.engine import Database
from fpdesk.services import auth, dashboard, settings
from fpdesk.services.context import Actor
from fpdesk.services.demo_account import DEMO_PASSWORD, DEMO_USER
from fpdesk.ui import i18n, style


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        with db.read_session() as session:
            office = dashboard.office_name(session)
            is_demo = bool(settings.get(session, "demo"))

        self.setWindowTitle(self.tr("Sign in — fpdesk"))
        self.setMinimumWidth(400)

        heading = QLabel(self.tr("Township population and family-planning service records"))
        heading.setFont(style.scaled_font(self.font(), 1.25, bold=True))
        heading.setWordWrap(True)
        office_label = QLabel(office or self.tr("(office not set)"))
        office_label.setProperty("kind", "muted")

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for two lines, kept empty until a refusal: the dialog never jumps.
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())

        self.demo_hint = QLabel(
            self.tr("Demo database: user name %1, password %2")
            .replace("%1", DEMO_USER).replace("%2", DEMO_PASSWORD))
        self.demo_hint.setObjectName("demo_hint")
        self.demo_hint.setProperty("kind", "muted")
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(is_demo)

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(office_label)
        layout.addSpacing(14)
        layout.addLayout(form)
        layout.addSpacing(2)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.username.setFocus()
        # Settle the size before a native window exists, so showing it does not resize it.
        self.ensurePolished()
        layout.activate()

    def _try_sign_in(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.error.setText(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = auth.authenticate(self.db, name, self.password.text())
        except auth.AuthError as exc:
            self.error.setText(i18n.message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
