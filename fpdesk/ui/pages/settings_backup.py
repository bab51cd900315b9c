"""系统设置 → 备份与恢复: back up now (here or to a chosen folder / USB stick),
the list of backups, and restore from the list or from a file after showing
what the backup holds. The work runs off the GUI thread behind a busy dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from fpdesk.db import backup as files
from fpdesk.db.engine import Database
from fpdesk.services import backup, backup_keys
from fpdesk.services.context import Actor
from fpdesk.ui import i18n, style
from fpdesk.ui.background import run_with_busy_dialog
from fpdesk.ui.backup_unlock import ask_backup_key


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def backup_summary(meta: dict) -> str:
    """What a backup holds, shown before a restore (here and in the first-run wizard)."""
    office = (meta.get("office_name") or meta.get("office_code")
              or QCoreApplication.translate("BackupTab", "(office not set)"))
    return (QCoreApplication.translate("BackupTab", "This backup was made on %1 and holds %2 persons of %3.")
            .replace("%1", _when(meta.get("created_at", ""))).replace("%2", f"{meta.get('persons') or 0:,}")
            .replace("%3", office))


def restore_keys(db_path: Path, staged) -> str | None:
    """What a restore does to the office's encryption: "decrypts" (a plain backup over an
    encrypted office), "reverts" (an encrypted backup whose key slots differ from the
    office's: passwords and recovery code go back to the backup's date), or None."""
    if backup.decrypts(db_path, staged):
        return "decrypts"
    return "reverts" if backup_keys.slots_revert(db_path, staged) else None


def restore_question(parent, meta: dict, other: bool, keys: str | None) -> QMessageBox:
    """The confirmation before a restore; a plain backup over an encrypted office
    needs its box ticked before 恢复 can be pressed."""
    translate = QCoreApplication.translate
    detail = translate("BackupTab", "The data entered since then will be replaced. The current database "
                                    "is kept beside it as a before-restore file.")
    if other:
        detail = translate("BackupTab", "This backup belongs to ANOTHER office.") + " " + detail
    if keys == "reverts":
        detail += " " + translate("BackupTab", "The passwords and the recovery code go back to those of "
                                               "the backup's date: passwords changed since and a recovery "
                                               "code made since no longer open the office; the old "
                                               "passwords, users removed since and the old recovery code "
                                               "open it again.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("BackupTab", "Restore"), backup_summary(meta),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("restore_question")
    restore = box.button(QMessageBox.StandardButton.Yes)
    restore.setText(translate("BackupTab", "Restore"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if keys == "decrypts":
        detail = translate("BackupTab", "This is the backup of an UNENCRYPTED database, and this office is "
                                        "encrypted. After the restore the office is no longer encrypted: "
                                        "anyone who copies the file can read every record. Encrypt it "
                                        "again afterwards (fpdesk encrypt), or choose a backup made after "
                                        "the office was encrypted.") + " " + detail
        understood = QCheckBox(translate("BackupTab", "I understand: the office will no longer be encrypted"), box)
        box.setCheckBox(understood)
        restore.setEnabled(False)
        understood.toggled.connect(restore.setEnabled)
    box.setInformativeText(detail)
    return box


class BackupTab(QWidget):
    """`on_restored()` is called after a restore (the window then closes: the
    program must open the restored file afresh)."""

    def __init__(self, db: Database, actor: Actor | None, on_restored: Callable[[], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.db, self.actor, self.on_restored = db, actor, on_restored
        may_back_up = actor is None or actor.may_edit
        may_restore = actor is None or actor.is_admin
        self.state = QLabel()
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        self.here_button = QPushButton(self.tr("Back up now"))
        self.here_button.clicked.connect(lambda: self.back_up())
        self.folder_button = QPushButton(self.tr("Back up to a folder or USB stick…"))
        self.folder_button.clicked.connect(self._folder_clicked)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self._file_clicked)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self._selected_clicked)
        for button, allowed in ((self.here_button, may_back_up), (self.folder_button, may_back_up),
                                (self.file_button, may_restore), (self.restore_button, may_restore)):
            button.setEnabled(allowed)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Persons"), self.tr("Office"),
                                              self.tr("Size"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.here_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        restore_row = QHBoxLayout()
        for button in (self.restore_button, self.file_button):
            restore_row.addWidget(button)
        restore_row.addStretch(1)
        where = QLabel(self.tr("Backups kept on this computer (7 daily, 4 weekly, 12 monthly): %1")
                       .replace("%1", str(files.default_folder(db.path))))
        where.setProperty("kind", "muted")
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(style.section_title(self.tr("Backups")))
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(restore_row)
        self.reload()

    # -- state and list ------------------------------------------------------------------
    def reload(self) -> None:
        state = backup.status(self.db)
        if state.last_at is None:
            text, kind = self.tr("No backup has been made yet."), "error"
        else:
            text = self.tr("Last backup: %1 (%2 days ago).").replace("%1", _when(state.last_at.isoformat())) \
                .replace("%2", str(state.days_since))
            kind = "error" if state.stale else "muted"
        if state.last_at is not None and state.all_on_database_disk:
            text += " " + self.tr("Every backup is on this computer's own disk: keep one on a USB stick too.")
            kind = "warning" if kind == "muted" else kind
        self.state.setText(text)
        self.state.setProperty("kind", kind)
        style.repolish(self.state)
        self.listed = backup.list_backups(files.default_folder(self.db.path))
        self.table.setRowCount(len(self.listed))
        for row, item in enumerate(self.listed):
            cells = [_when(item.created_at), "" if item.persons is None else f"{item.persons:,}",
                     item.office_name or item.office_code or "", f"{item.bytes / 1e6:.1f} MB",
                     item.path.name if item.problem is None else f"{item.path.name} — {item.problem}"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.listed:
            self.table.selectRow(0)

    # -- backing up ------------------------------------------------------------------------
    def _folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder or USB stick"), str(Path.home()))
        if folder:
            self.back_up(Path(folder))

    def back_up(self, folder: Path | None = None):
        """Write, read back and verify a backup; into `folder` when given."""
        db, actor = self.db, self.actor

        def work(progress):
            return backup.back_up(db, actor, folder=folder,
                                  progress=lambda done, total: progress(f"{done * 100 // max(total, 1)}%"))
        try:
            info = run_with_busy_dialog(work, self.tr("Backing up and verifying…"), self.tr("Backup"), self)
        except backup.BackupError as exc:
            self._say(i18n.message(exc), "error")
            return None
        self._say(self.tr("Backed up and verified: %1 (%2 persons). It is safe to unplug the stick.")
                  .replace("%1", str(info.path)).replace("%2", f"{info.persons:,}"), "muted")
        self.reload()
        return info

    # -- restoring -------------------------------------------------------------------------
    def _selected_clicked(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self.restore_from(self.listed[min(rows)].path)

    def _file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), str(Path.home()),
                                              self.tr("fpdesk backups (*.fpbak)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path, confirm: Callable[[dict, bool], bool] | None = None,
                     ask_key: Callable[[Path], bytes | None] | None = None) -> bool:
        """Check the backup, show what it holds, ask, then restore. `confirm(meta,
        other_office, keys)` replaces the question (`keys`: "decrypts", "reverts" or
        None, see restore_keys), and `ask_key(path)` the password of an encrypted
        backup whose key is not the office's (tests)."""
        db = self.db
        try:
            key = db.key
            if backup_keys.needs_own_key(path, db.path, db.key):
                key = (ask_key or (lambda p: ask_backup_key(p, self)))(path)
                if key is None:
                    return False
            staged = run_with_busy_dialog(lambda _p: backup.stage(db.path, path, key),
                                          self.tr("Checking the backup…"), self.tr("Restore"), self)
        except backup.BackupError as exc:
            self._say(i18n.message(exc), "error")
            return False
        try:
            with db.read_session() as session:
                here = backup.office_code(session)
            other = bool(here) and staged.meta.get("office_code") != here
            keys = restore_keys(db.path, staged)
            if not (confirm or self._ask)(staged.meta, other, keys):
                return False
            try:
                run_with_busy_dialog(lambda _p: self._restore(staged, keys == "decrypts"), self.tr("Restoring…"),
                                     self.tr("Restore"), self)
            except backup.BackupError as exc:
                self._say(i18n.message(exc), "error")
                return False
        finally:
            staged.discard()
        done = self.tr("Restored. fpdesk closes now: start it again to work on the restored data.")
        self._say(done, "muted")
        QMessageBox(QMessageBox.Icon.Information, self.tr("Restore"), done, QMessageBox.StandardButton.Ok,
                    self).exec()
        if self.on_restored is not None:
            self.on_restored()
        return True

    def _restore(self, staged, decrypt_ok: bool = False) -> None:
        backup.before(self.db, self.actor, "restore")
        self.db.engine.dispose()   # every pooled connection closed: the file is replaced under it
        # audited in the restored file, opened with the backup's key (its own, or the office's)
        backup_keys.restore_and_record(self.db.path, staged, self.actor, self.db.key, other_office_ok=True,
                                       decrypt_ok=decrypt_ok)
        self.db.engine.dispose()

    def _ask(self, meta: dict, other: bool, keys: str | None = None) -> bool:
        box = restore_question(self, meta, other, keys)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _say(self, text: str, kind: str) -> None:
        self.result.setText(text)
        self.result.setProperty("kind", kind)
        style.repolish(self.result)

