"""Asking why a record is deleted. Deleting is soft: the record stays in the
database, marked deleted, is written to the audit log with the reason, and
goes to the county with the next package."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from fpdesk.ui import i18n


class DeleteRecordDialog(QDialog):
    """The question, a hint, and a reason without which 删除 stays disabled."""

    def __init__(self, title: str, question: str, hint: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("delete_dialog")
        asked = QLabel(question)
        asked.setWordWrap(True)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setProperty("kind", "muted")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice"))
        form = QFormLayout()
        form.addRow(self.tr("Reason＊"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Delete"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return i18n.translate_up_to(self, DeleteRecordDialog, text, disambiguation, n)

    def reason_text(self) -> str:
        return self.reason.text().strip()
