"""系统设置 → 数据库加密: whether the office file is encrypted, who has a key
slot, the plaintext copies fpdesk left beside an encrypted office (removed by an
administrator on request), and (administrator only) a new recovery code, shown
once with 打印."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.services import encryption
from fpdesk.services.context import Actor


class SecurityTab(QWidget):
    def __init__(self, db: Database, actor: Actor | None, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.state = QLabel()
        self.state.setObjectName("encryption_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_code_button = QPushButton(self.tr("New recovery code…"))
        self.new_code_button.clicked.connect(self.new_recovery_code)
        self.new_code_button.setVisible(db.key is not None)
        self.new_code_button.setEnabled(actor is not None and actor.is_admin)
        self.plain = QLabel()
        self.plain.setObjectName("plain_copies")
        self.plain.setWordWrap(True)
        self.plain.setProperty("kind", "warning")
        self.plain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = QPushButton(self.tr("Remove the unencrypted copies…"))
        self.remove_button.clicked.connect(self.remove_plain_copies)
        self.remove_button.setEnabled(actor is not None and actor.is_admin)
        row = QHBoxLayout()
        row.addWidget(self.new_code_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.plain)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_state()

    def show_state(self) -> None:
        self.copies = encryption.plain_copies(self.db.path) if self.db.key is not None else []
        self.plain.setVisible(bool(self.copies))
        self.remove_button.setVisible(bool(self.copies))
        if self.copies:
            self.plain.setText(
                self.tr("These unencrypted copies, left by fpdesk, hold every record in clear: anyone who "
                        "copies one can read names and ID numbers. Remove them once they are no longer "
                        "needed (copies on a USB stick or elsewhere must be deleted there):")
                + "\n" + "\n".join(f"{c.path}（{c.label}）" for c in self.copies))
        if self.db.key is None:
            self.state.setText(self.tr("The database file is not encrypted: anyone who copies it can "
                                       "read every record. To encrypt it, close fpdesk and run "
                                       "fpdesk encrypt (see docs/encryption.md)."))
            return
        path, users = encryption.key_file(self.db)
        self.state.setText(
            self.tr("The database file is encrypted (SQLCipher). Its key file %1 must stay beside it "
                    "and travel with every copy. Users who can open it: %2")
            .replace("%1", str(path)).replace("%2", "、".join(users)))

    def new_recovery_code(self) -> None:
        """Replace the recovery code (the printed one no longer opens this file; older backups still open with it) and show the new one once."""
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("New recovery code"),
                          self.tr("Make a new recovery code? The printed one no longer opens the office's "
                                  "current file, but it still opens the backups made before now (and "
                                  "restoring one of them makes it valid again). To retire it for good, "
                                  "delete those older backups, or make a new backup and remove the old ones."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        if ask.exec() != QMessageBox.StandardButton.Yes.value:
            return
        self.code = encryption.new_recovery_code(self.db, self.actor)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("New recovery code"),
                          self.code, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("new_recovery_code")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setInformativeText(self.tr("Print it or write it down, and keep it locked away, apart from "
                                       "the backups. It is shown only now."))
        print_button = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        while box.clickedButton() is print_button:  # after printing, the code stays on screen
            self.print_sheet()
            box.exec()

    def remove_plain_copies(self) -> None:
        """Delete the listed plain copies after the administrator confirmed (audited)."""
        ask = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the unencrypted copies"),
                          self.tr("Delete these %1 unencrypted copies? The encrypted office and its "
                                  "encrypted backups are kept.").replace("%1", str(len(self.copies))),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        ask.setObjectName("remove_plain_copies")
        ask.setDetailedText("\n".join(str(c.path) for c in self.copies))
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if ask.exec() != QMessageBox.StandardButton.Yes.value:
            return
        try:
            encryption.remove_plain_copies(self.db, self.actor, self.copies)
        except encryption.EncryptionError as exc:
            QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the unencrypted copies"), str(exc),
                        QMessageBox.StandardButton.Ok, self).exec()
        self.show_state()

    def sheet_file(self):
        from fpdesk.output.recovery_sheet import write_recovery_sheet
        from fpdesk.services import dashboard
        from fpdesk.ui.pdf_preview import scratch_pdf

        with self.db.read_session() as session:
            office = dashboard.office_name(session)
        return write_recovery_sheet(scratch_pdf("恢复码.pdf"), self.code, office, self.db.path)

    def print_sheet(self) -> None:
        from fpdesk.ui.pdf_preview import preview_and_forget

        preview_and_forget(self.sheet_file(), self)
