"""First run: a new office — its region, its villages and groups, and the
administrator account — or the office restored from a backup (wizard_restore). Nothing is written until the administrator page is
done; then all of it in one transaction (services.office.create_office).
By default the new office is then encrypted (services.encryption) and the
last page shows the recovery code once, to print or write down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from fpdesk.db.engine import Database
from fpdesk.db.schema import open_database
from fpdesk.domain.regions import code_problem, counties
from fpdesk.services import encryption, office
from fpdesk.services.context import Actor
from fpdesk.services.office import OfficeSetup, SetupError, VillageSpec
from fpdesk.ui import i18n, style
from fpdesk.ui.wizard_restore import RestorePage, StartPage, restore_office


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("kind", "error")
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Choose the county, then type the township's 3-digit code and name."))
        self.county = QComboBox()
        self.county.setEditable(True)
        self.county.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for county in counties():
            self.county.addItem(f"{county.code} {county.full_name}", county.code)
        completer = self.county.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.county.setCurrentIndex(-1)
        self.township_code = QLineEdit()
        self.township_code.setMaxLength(3)
        self.township_code.setPlaceholderText("101")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 和平镇"))
        self.full_code = QLabel()
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("County"), self.county)
        form.addRow(self.tr("Township code"), self.township_code)
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Region code"), self.full_code)
        form.addRow("", self.error)
        for signal in (self.county.currentIndexChanged, self.township_code.textChanged,
                       self.name.textChanged):
            signal.connect(self._update_code)

    def code(self) -> str:
        county = self.county.currentData() or ""
        return f"{county}{self.township_code.text().strip()}000"

    def _update_code(self) -> None:
        self.full_code.setText(self.code() if len(self.code()) == 12 else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return len(self.code()) == 12 and self.code().isdigit() and bool(self.name.text().strip())


class VillagesPage(QWizardPage):
    COLUMNS = 3

    def __init__(self, office_page: OfficePage):
        super().__init__()
        self.office_page = office_page
        self.setTitle(self.tr("Villages and groups"))
        self.setSubTitle(self.tr("One row per village: its 3-digit code, its name and how many groups it has."))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Village code"), self.tr("Village name"),
                                              self.tr("Groups")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add, remove = QPushButton(self.tr("Add village")), QPushButton(self.tr("Remove village"))
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_row(self, code: str = "", name: str = "", groups: int = 1) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = code or f"{row + 1:03d}"
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(name))
        spin = QSpinBox()
        spin.setRange(0, 99)
        spin.setValue(groups)
        self.table.setCellWidget(row, 2, spin)

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def villages(self) -> list[VillageSpec]:
        prefix = self.office_page.code()[:9]
        out = []
        for row in range(self.table.rowCount()):
            code = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            name = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            out.append(VillageSpec(prefix + code.zfill(3) if code.isdigit() and len(code) <= 3 else code,
                                   name, self.table.cellWidget(row, 2).value()))
        return out


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("The administrator sets up users and settings. "
                                 "Passwords need at least 8 characters with letters and digits."))
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt = QCheckBox(self.tr("Encrypt the database file (recommended)"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        self.encrypt.toggled.connect(self.completeChanged)  # Next ↔ Finish
        hint = QLabel(self.tr("Without a password nobody can read a copy of the file. "
                              "You will get a recovery code to print and lock away."))
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow("", self.encrypt)
        form.addRow("", hint)
        form.addRow("", self.error)

    def nextId(self) -> int:
        return self.wizard().recovery_id if self.encrypt.isChecked() else -1


class RecoveryPage(QWizardPage):
    """Shown once, after the office was encrypted: the code, 打印, and a tick
    that it was printed or written down (Finish waits for it)."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("If every administrator forgets the password, this code opens the "
                                 "office again. It is shown only now."))
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code.setFont(style.scaled_font(mono, 1.8, bold=True))
        self.code.setProperty("kind", "card")
        self.code.setMinimumHeight(64)
        advice = QLabel(self.tr("Print it or write it down, and keep it locked away, apart from the "
                                "backups. Anyone holding the code and a copy of the database can read "
                                "every record."))
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery code"))
        self.kept.setObjectName("kept")
        self.kept.toggled.connect(self.completeChanged)
        self.error = _error_label()
        self.plain = QLabel()   # plaintext copies of an earlier office in the same folder
        self.plain.setObjectName("plain_copies")
        self.plain.setWordWrap(True)
        self.plain.setProperty("kind", "warning")
        self.plain.hide()
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addSpacing(8)
        layout.addWidget(advice)
        layout.addWidget(self.plain)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        layout.addWidget(self.error)

    def show_plain_copies(self, copies) -> None:
        """Unencrypted copies fpdesk left in this folder earlier (plain backups, before-restore files)."""
        self.plain.setVisible(bool(copies))
        self.plain.setText(self.tr("Unencrypted copies left by fpdesk in this folder hold their records in "
                                   "clear. Remove them in Settings → Encryption once they are no longer "
                                   "needed:") + "\n" + "\n".join(str(c.path) for c in copies))

    def nextId(self) -> int:
        return -1   # the last page (the restore page is added after it)

    def isComplete(self) -> bool:
        return bool(self.code.text()) and self.kept.isChecked()

    def sheet_file(self):
        """The one-page PDF of the code, in a private temporary folder."""
        from fpdesk.output.recovery_sheet import write_recovery_sheet
        from fpdesk.ui.pdf_preview import scratch_pdf

        wizard = self.wizard()
        return write_recovery_sheet(scratch_pdf("恢复码.pdf"), self.code.text(),
                                    wizard.office_page.name.text().strip(), wizard.db.path)

    def print_sheet(self) -> None:
        from fpdesk.ui.pdf_preview import preview_and_forget

        preview_and_forget(self.sheet_file(), self)


class FirstRunWizard(QWizard):
    """`actor` holds the new administrator after a successful finish, and `db`
    the open office (a new, encrypted Database when the office was encrypted:
    the one given is closed then). After a restore from a backup `restored` is
    True, `actor` None and `db` closed: the restored office needs a sign-in."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.restored = False
        self.setWindowTitle(self.tr("fpdesk — first-time set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.start_page = StartPage()
        self.office_page = OfficePage()
        self.villages_page = VillagesPage(self.office_page)
        self.admin_page = AdminPage()
        self.recovery_page = RecoveryPage()
        self.restore_page = RestorePage()
        self.addPage(self.start_page)
        self.office_id = self.addPage(self.office_page)
        for page in (self.villages_page, self.admin_page):
            self.addPage(page)
        self.recovery_id = self.addPage(self.recovery_page)
        self.restore_id = self.addPage(self.restore_page)
        self._last_page_buttons(-1)
        self.currentIdChanged.connect(self._last_page_buttons)
        self.resize(720, 520)

    def _last_page_buttons(self, page_id: int) -> None:
        """A new office's last page has no Back or Cancel (the office is written there);
        the restore page keeps both (nothing is written until Restore)."""
        hidden = page_id != self.restore_id
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, hidden)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, hidden)

    def reject(self) -> None:
        if self.recovery_page.code.text():  # the office exists: leave only by Finish
            return
        super().reject()

    def setup(self) -> OfficeSetup:
        return OfficeSetup(
            code=self.office_page.code(), name=self.office_page.name.text().strip(),
            villages=self.villages_page.villages(),
            admin_username=self.admin_page.username.text().strip(),
            admin_password=self.admin_page.password.text(),
            admin_display_name=self.admin_page.display_name.text().strip() or None)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.start_page:
            return True
        setup = self.setup()
        try:
            if page is self.restore_page:
                restore_office(self)
            elif page is self.office_page:
                problem = code_problem(setup.code, "township")
                if problem:
                    raise SetupError("code", *problem)
            elif page is self.villages_page:
                office.validate(OfficeSetup(setup.code, setup.name, villages=setup.villages,
                                            admin_password="placeholder1"))
            elif page is self.admin_page:
                if self.actor is None:  # (not again after a failed encryption)
                    if self.admin_page.password.text() != self.admin_page.repeat.text():
                        raise SetupError("admin_password", self.tr("The two passwords differ"))
                    with self.db.session() as session:
                        self.actor = office.create_office(session, setup)
                    for field in (self.admin_page.username, self.admin_page.display_name,
                                  self.admin_page.password, self.admin_page.repeat):
                        field.setReadOnly(True)
                if self.admin_page.encrypt.isChecked():
                    self._encrypt(setup)
        except SetupError as exc:
            page.error.setText(i18n.message(exc))
            return False
        page.error.setText("")
        return True

    def _encrypt(self, setup: OfficeSetup) -> None:
        """The office just created, encrypted in place; its recovery code on the last page."""
        path = self.db.path
        self.db.close()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = encryption.encrypt_file(path, {setup.admin_username: setup.admin_password}, backup=False)
        except (encryption.EncryptionError, encryption.DatabaseError, OSError) as exc:
            self.db = open_database(path)     # the office stays, unencrypted
            self.admin_page.encrypt.setChecked(False)
            raise SetupError("encrypt", self.tr("The office was created but could not be encrypted: %1")
                             .replace("%1", i18n.message(exc))) from None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.db = open_database(path, key=done.key)
        self.recovery_page.code.setText(done.recovery_code)
        self.recovery_page.show_plain_copies(done.plain_copies)
