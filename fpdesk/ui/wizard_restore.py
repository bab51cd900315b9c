"""The first-run wizard's other way in: restore the office from a backup (a new
computer after the old one died, the `.fpbak` on a USB stick). The page shows
what the backup holds, asks for the backup's own password (or its recovery
code) when it is encrypted, checks the whole file, and restores it with its
key file; the program then goes on to the sign-in (fpdesk.ui.app)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QVBoxLayout, QWizard, QWizardPage)

from fpdesk.db.backup import BackupError
from fpdesk.db.schema import open_database
from fpdesk.services import backup, backup_keys
from fpdesk.services.office import SetupError
from fpdesk.ui import i18n
from fpdesk.ui.background import run_with_busy_dialog
from fpdesk.ui.backup_unlock import BackupSecretForm


def _note(text: str, kind: str = "muted") -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", kind)
    label.setWordWrap(True)
    return label


class StartPage(QWizardPage):
    """A new office, or this office restored from a backup."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Welcome to fpdesk"))
        self.setSubTitle(self.tr("There is no office on this computer yet."))
        self.new_office = QRadioButton(self.tr("Set up a new office"))
        self.new_office.setObjectName("new_office")
        self.new_office.setChecked(True)
        self.from_backup = QRadioButton(self.tr("Restore from a backup"))
        self.from_backup.setObjectName("from_backup")
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_office)
        layout.addWidget(_note(self.tr("The township, its villages and groups, and the administrator.")))
        layout.addSpacing(16)
        layout.addWidget(self.from_backup)
        layout.addWidget(_note(self.tr("A new computer: choose the office's backup (.fpbak), for example on a "
                                       "USB stick. An encrypted backup opens with the passwords it was made "
                                       "with, or with its recovery code.")))
        layout.addStretch(1)

    def nextId(self) -> int:
        wizard = self.wizard()
        return wizard.restore_id if self.from_backup.isChecked() else wizard.office_id


class RestorePage(QWizardPage):
    """Choose the backup; what it holds; its password when it is encrypted."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Restore from a backup"))
        self.setSubTitle(self.tr("The whole file is checked before anything is written."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Restore"))
        self.path: Path | None = None
        self.meta: dict = {}
        self.start_folder = Path.home()   # where 选择… opens
        self.file = QLineEdit()
        self.file.setObjectName("backup_file")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No backup chosen"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.summary = QLabel()
        self.summary.setObjectName("backup_summary")
        self.summary.setWordWrap(True)
        self.locked = _note(self.tr("The backup is encrypted: type a user name and password as they were "
                                    "when it was made, or its recovery code. After the restore the office "
                                    "opens with the same passwords."))
        self.secret = BackupSecretForm()
        self.error = _note("", "error")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.locked)
        layout.addWidget(self.secret)
        layout.addStretch(1)
        layout.addWidget(self.error)
        self._show_lock(False)

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return self.path is not None

    @property
    def encrypted(self) -> bool:
        return bool(self.meta.get("keys"))

    def _show_lock(self, shown: bool) -> None:
        self.locked.setVisible(shown)
        self.secret.setVisible(shown)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(self.start_folder),
                                              self.tr("fpdesk backups (*.fpbak)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read what the backup holds (its metadata only) and show it."""
        from fpdesk.ui.pages.settings_backup import backup_summary

        self.error.setText("")
        try:
            meta = backup.files.read_meta(path)
        except BackupError as exc:
            self.path, self.meta = None, {}
            self.summary.setText("")
            self.error.setText(i18n.message(exc))
            self._show_lock(False)
            self.completeChanged.emit()
            return False
        self.path, self.meta = path, meta
        self.file.setText(str(path))
        self.summary.setText(backup_summary(meta))
        self._show_lock(self.encrypted)
        self.completeChanged.emit()
        return True


def _stage(page: RestorePage, target: Path, parent) -> tuple[backup.Staged, tuple[str, str] | None]:
    """Unlock (an encrypted backup, with its own slots) and check the whole file; raises SetupError."""
    source = page.path
    if source is None:
        raise SetupError("backup", QCoreApplication.translate("RestorePage", "Choose the backup file first."))
    try:
        key = page.secret.unlock(source) if page.encrypted else None
        staged = run_with_busy_dialog(lambda _p: backup.stage(target, source, key),
                                      QCoreApplication.translate("RestorePage", "Checking the backup…"),
                                      QCoreApplication.translate("RestorePage", "Restore from a backup"), parent)
    except (BackupError, backup_keys.WrongSecret) as exc:
        raise SetupError("backup", i18n.message(exc)) from None
    return staged, page.secret.account() if page.encrypted else None


def _put_in_place(target: Path, staged, account: tuple[str, str] | None, parent,
                  decrypt_ok: bool = False) -> None:
    """The staged backup replaces `target` (kept beside it as a before-restore file)."""
    try:
        run_with_busy_dialog(lambda _p: backup_keys.restore_and_record(target, staged, None, None, True, account,
                                                                       decrypt_ok),
                             QCoreApplication.translate("RestorePage", "Restoring…"),
                             QCoreApplication.translate("RestorePage", "Restore from a backup"), parent)
    except BackupError as exc:
        raise SetupError("backup", i18n.message(exc)) from None
    finally:
        staged.discard()


def restore_office(wizard) -> None:
    """The wizard's restore: unlock, stage (checked whole), put in place. Raises
    SetupError with the clerk's message; the wizard's database is closed after
    success (the restored office opens at the sign-in), left open on failure."""
    target = wizard.db.path
    staged, account = _stage(wizard.restore_page, target, wizard)
    wizard.db.close()
    try:
        _put_in_place(target, staged, account, wizard)
    except SetupError:
        wizard.db = open_database(target)
        raise
    wizard.restored = True


class RestoreWizard(QWizard):
    """Restore over an office whose file is damaged (the sign-in found it so): the
    restore page alone. The damaged file is kept beside the restored one as a
    before-restore file, never deleted. `restored` tells the caller to sign in afresh."""

    def __init__(self, target: Path, parent=None):
        super().__init__(parent)
        self.target = target
        self.restored = False
        self.setWindowTitle(self.tr("fpdesk — restore from a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.restore_page = RestorePage()
        self.restore_page.setSubTitle(self.tr("The damaged database file is kept beside the restored one. "
                                              "The whole backup is checked before anything is written."))
        self.addPage(self.restore_page)
        newest = backup.newest_backup(target)   # offered first: the office's latest backup
        if newest is not None:
            self.restore_page.start_folder = newest.path.parent
            self.restore_page.load_file(newest.path)
        self.resize(720, 480)

    def validateCurrentPage(self) -> bool:
        try:
            staged, account = _stage(self.restore_page, self.target, self)
            from fpdesk.ui.pages.settings_backup import restore_keys

            keys = restore_keys(self.target, staged)
            if keys is not None and self.confirm(staged.meta, keys) != QMessageBox.StandardButton.Yes:
                staged.discard()
                return False
            _put_in_place(self.target, staged, account, self, keys == "decrypts")
        except SetupError as exc:
            self.restore_page.error.setText(str(exc))
            return False
        self.restored = True
        return True

    def confirm(self, meta: dict, keys: str) -> int:
        """What the restore does to the damaged office's encryption, asked before it is done."""
        from fpdesk.ui.pages.settings_backup import restore_question

        return restore_question(self, meta, False, keys).exec()
