"""Every password lost: the printed recovery code gives an administrator a new
password (services.encryption.recover), from the sign-in of an encrypted office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from fpdesk.services import auth, encryption
from fpdesk.ui import i18n, style


class RecoveryDialog(QDialog):
    """`username` holds the administrator whose password was set, after acceptance."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = path
        self.username = ""
        self.setWindowTitle(self.tr("Recovery code — fpdesk"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Type the recovery code printed when the office was encrypted. "
                               "It lets an administrator set a new password."))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.user = QLineEdit("admin")
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("Administrator:"), self.user)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        self.error = style.error_line()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Set the new password"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_recover(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ"))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.recover(self.path, self.code.text(), self.user.text().strip(), self.password.text())
        except (encryption.WrongSecret, encryption.EncryptionError, encryption.KeyFileError,
                encryption.DatabaseError, auth.AuthError) as exc:
            self.error.setText(i18n.message(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.username = self.user.text().strip()
        self.accept()
