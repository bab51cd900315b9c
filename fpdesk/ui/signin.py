"""The sign-in dialog shown before the main window when accounts exist.

For an encrypted office it is given the file's path instead of an open
database: the password first unwraps the user's key slot, then signs in
(services.encryption.open_with_password), and `db` is the office it opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from fpdesk.db.engine import Database
from fpdesk.services import auth, backup, dashboard, encryption, settings
from fpdesk.services.context import Actor
from fpdesk.services.demo_account import DEMO_PASSWORD, DEMO_USER
from fpdesk.ui import i18n, style


class SignInDialog(QDialog):
    def __init__(self, db: Database | Path, parent=None):
        super().__init__(parent)
        self.encrypted_path = db if isinstance(db, Path) else None
        self.db: Database | None = None if self.encrypted_path else db
        self.actor: Actor | None = None
        if self.encrypted_path:  # only the key file's hints can be read before sign-in
            hints = encryption.sign_in_hints(self.encrypted_path)
            office, is_demo = hints.office, hints.demo
        else:
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
        if self.encrypted_path:
            office_label.setText(office_label.text() + " · " + self.tr("encrypted database"))

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

        self.error = style.error_line()
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

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
        self.recovery_button = QPushButton(self.tr("Forgot the password? Use the recovery code…"))
        self.recovery_button.setObjectName("recovery_button")
        self.recovery_button.setFlat(True)
        self.recovery_button.setAutoDefault(False)  # Enter signs in
        self.recovery_button.setVisible(bool(self.encrypted_path))
        self.recovery_button.clicked.connect(self.recover)
        # shown when the office's file is found damaged (in the button row: the dialog keeps its height)
        self.restore_button = buttons.addButton(self.tr("Restore from a backup…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setAutoDefault(False)
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restored = False

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
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

        self.username.setFocus()
        # Settle the size before a native window exists, so showing it does not resize it.
        self.ensurePolished()
        layout.activate()

    def _try_sign_in(self) -> None:
        name = self.username.text().strip()
        if not name:
            self._say(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.encrypted_path:
                self.db, self.actor = encryption.open_with_password(
                    self.encrypted_path, name, self.password.text(), check="background")
            else:
                self.actor = auth.authenticate(self.db, name, self.password.text())
        except (auth.AuthError, encryption.KeyFileError, encryption.DatabaseError) as exc:
            self._say(i18n.message(exc))
            self.restore_button.setVisible(isinstance(exc, backup.DatabaseDamaged))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def restore_from_backup(self) -> None:
        """The office's file is damaged: restore it from a backup (the damaged file is kept
        beside it); then the caller opens the restored office afresh (`restored`)."""
        from fpdesk.ui.wizard_restore import RestoreWizard

        path = self.encrypted_path or self.db.path
        if self.db is not None:
            self.db.close()   # nothing was written to it; the restore replaces the file under it
        wizard = RestoreWizard(path, self)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.restored:
            self.restored = True
            self.reject()

    def recover(self) -> None:
        """The recovery code sets an administrator's new password; sign in with it next."""
        from fpdesk.ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.encrypted_path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username)
            self.password.clear()
            self.password.setFocus()
            self._say(self.tr("New password set. Sign in with it."), "muted")

    def _say(self, text: str, kind: str = "error") -> None:
        """The line under the form: a refusal (red), or after a recovery a plain note."""
        if self.error.property("kind") != kind:
            self.error.setProperty("kind", kind)
            self.error.style().unpolish(self.error)
            self.error.style().polish(self.error)
        self.error.setText(text)
        layout = self.layout()   # a long reason (a damaged file, with its path) grows the dialog down
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)
