"""The password of an encrypted backup: a user name and password of an account
in the backup (as they were when it was made), or its recovery code. Used by
the first-run wizard (restoring on a new computer) and by 系统设置 → 备份与恢复
when the backup's key is not the open office's (services.backup_keys)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from fpdesk.db.backup import BackupError
from fpdesk.services import backup_keys
from fpdesk.ui import i18n, style


class BackupSecretForm(QWidget):
    """User name + password, or (ticked) the recovery code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = QLineEdit("admin")
        self.username.setObjectName("backup_user")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("backup_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_code = QCheckBox(self.tr("Forgot the password? Use the recovery code"))
        self.use_code.setObjectName("use_recovery_code")
        self.code = QLineEdit()
        self.code.setObjectName("backup_code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Recovery code:"), self.code)
        self.form.addRow("", self.use_code)
        self.use_code.toggled.connect(self._switch)
        self._switch(False)

    def _switch(self, code: bool) -> None:
        self.form.setRowVisible(self.username, not code)
        self.form.setRowVisible(self.password, not code)
        self.form.setRowVisible(self.code, code)
        (self.code if code else self.password).setFocus()

    def account(self) -> tuple[str, str] | None:
        """The user name and password typed (None when the recovery code is used)."""
        return None if self.use_code.isChecked() else (self.username.text().strip(), self.password.text())

    def unlock(self, backup: Path) -> bytes:
        """The backup's key; raises WrongSecret or BackupError (argon2id: a moment's wait)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.use_code.isChecked():
                return backup_keys.unlock_with_recovery(backup, self.code.text())
            return backup_keys.unlock(backup, *self.account())
        finally:
            QGuiApplication.restoreOverrideCursor()


class BackupPasswordDialog(QDialog):
    """Asks for the backup's own password; `key` holds the backup's key once accepted."""

    def __init__(self, backup: Path, parent=None):
        super().__init__(parent)
        self.backup = backup
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Encrypted backup — fpdesk"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("This backup is encrypted with another key than the open office. "
                               "Type a user name and password as they were when the backup was made, "
                               "or its recovery code. After the restore the office opens with these "
                               "passwords."))
        intro.setWordWrap(True)
        name = QLabel(str(backup))
        name.setProperty("kind", "muted")
        name.setWordWrap(True)
        self.secret = BackupSecretForm()
        self.error = style.error_line()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Open the backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(name)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            self.key = self.secret.unlock(self.backup)
        except (backup_keys.WrongSecret, BackupError) as exc:
            self.error.setText(i18n.message(exc))
            return
        self.accept()


def ask_backup_key(backup: Path, parent=None) -> bytes | None:
    """The key of an encrypted backup from its own password, or None (cancelled)."""
    dialog = BackupPasswordDialog(backup, parent)
    return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None
