"""Record forms and the dialog that saves them.

A form is built from FieldSpecs; its labels come from
`fpdesk.domain.checks.FIELD_LABELS` (Chinese and English), so every form
names a field the way the error messages do. `RecordDialog` validates as the
clerk types (the same `records.validate` the save uses), shows each finding
under its field, refuses to save on errors, asks once to confirm warnings,
and writes in one transaction. Cancel writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QMessageBox,
                               QSizePolicy, QVBoxLayout, QWidget)

from fpdesk.db.engine import Database
from fpdesk.domain import checks
from fpdesk.domain.checks import Finding
from fpdesk.domain.codes import CodeSet
from fpdesk.services import records
from fpdesk.services.context import Actor, PermissionDenied, today
from fpdesk.ui import i18n
from fpdesk.ui.widgets.fields import (BoolField, CodeField, DateField, FieldInputError, IdNumberField,
                                      IntField, MoneyField, TextField)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str = "text"          # text, date, code, int, money, bool, id
    codes: CodeSet | None = None
    required: bool = False
    max_length: int = 100


def label_for(name: str) -> str:
    """A field's label: as the messages name it, with a capital in English."""
    text = checks.field_label(name, i18n.code_lang())
    return text[:1].upper() + text[1:]


def message_of(finding: Finding) -> str:
    return finding.message_zh if i18n.lang() == "zh_CN" else finding.message_en


def _widget(spec: FieldSpec) -> QWidget:
    if spec.kind == "date":
        return DateField()
    if spec.kind == "code":
        return CodeField(spec.codes, spec.required)
    if spec.kind == "int":
        return IntField()
    if spec.kind == "money":
        return MoneyField()
    if spec.kind == "bool":
        return BoolField(label_for(spec.name))
    if spec.kind == "id":
        return IdNumberField()
    return TextField(spec.max_length)


class RecordForm(QWidget):
    """Fields in a two-column form, each with a message line under it."""

    edited = Signal(str)  # the field name

    def __init__(self, specs: list[FieldSpec], parent=None):
        super().__init__(parent)
        self.specs = {s.name: s for s in specs}
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}  # none for check boxes, which carry their own text
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in specs:
            widget = _widget(spec)
            widget.setObjectName(f"field_{spec.name}")
            message = QLabel()
            message.setObjectName(f"message_{spec.name}")
            message.setWordWrap(True)
            message.setVisible(False)
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(message)
            if spec.kind == "bool":
                layout.addRow("", column)
            else:
                self.labels[spec.name] = QLabel(label_for(spec.name) + ("＊" if spec.required else ""))
                layout.addRow(self.labels[spec.name], column)
            widget.edited.connect(lambda name=spec.name: self.edited.emit(name))
            self.fields[spec.name] = widget
            self.messages[spec.name] = message

    def relabel(self, name: str, text: str, star: bool = False) -> None:
        """Name a field otherwise (a required field keeps its ＊)."""
        if self.specs[name].kind == "bool":
            self.fields[name].setText(text)
            return
        self.labels[name].setText(text + ("＊" if star or self.specs[name].required else ""))

    def star(self, name: str) -> None:
        """Mark a field the clerk must fill although the record checks allow it empty."""
        label = self.labels.get(name)
        if label is not None and not label.text().endswith("＊"):
            label.setText(label.text() + "＊")

    def even_fields(self, width: int) -> None:
        """Every input at least `width` wide and growing with the dialog."""
        for name, widget in self.fields.items():
            if self.specs[name].kind == "bool":
                continue
            widget.setMinimumWidth(width)
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
            widget.setSizePolicy(policy)

    def set_values(self, values: dict) -> None:
        for name, widget in self.fields.items():
            if name in values:
                widget.set_value(values[name])

    def values(self) -> tuple[dict, list[Finding]]:
        """The typed values, and a finding for each field whose text cannot be read."""
        out, unreadable = {}, []
        for name, widget in self.fields.items():
            try:
                out[name] = widget.value()
            except FieldInputError as exc:
                unreadable.append(checks.error(name, "input", str(exc), str(exc)))
        return out, unreadable

    def show_findings(self, findings: list[Finding]) -> None:
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field, []).append(finding)
        for name, label in self.messages.items():
            found = by_field.get(name, [])
            label.setText("\n".join(message_of(f) for f in found))
            label.setProperty("kind", "error" if any(f.is_error for f in found) else "warning")
            label.style().unpolish(label)
            label.style().polish(label)
            label.setVisible(bool(found))

    def unplaced(self, findings: list[Finding]) -> list[Finding]:
        """Findings about fields this form does not show."""
        return [f for f in findings if f.field not in self.fields]


class RecordDialog(QDialog):
    """Create (uid None) or correct one record of `table`.

    `fixed` holds values the clerk does not type (the person the event
    belongs to). Subclasses may override `write` to save several records in
    one transaction (出生登记 creates the child and the birth).
    """

    saved = Signal(str)  # the uid written

    def __init__(self, db: Database, actor: Actor, table: str, specs: list[FieldSpec], *,
                 title: str, uid: str | None = None, fixed: dict | None = None,
                 initial: dict | None = None, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.table, self.uid = db, actor, table, uid
        self.fixed = dict(fixed or {})
        self.setWindowTitle(title)
        self.form = RecordForm(specs)
        self.general = QLabel()
        self.general.setObjectName("general_message")
        self.general.setProperty("kind", "error")
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if uid:
            with db.read_session() as session:
                stored = records.get(session, table, uid)
            self.fixed.update({k: v for k, v in stored.items() if k not in self.form.fields})
            self.form.set_values(stored)
        if initial:
            self.form.set_values(initial)
        self.form.edited.connect(self._live_check)
        if not actor.may_edit:
            self.form.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._settled = False

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Look a string up under each class from this one up to RecordDialog:
        PySide's tr() uses only the runtime class, so a subclass would miss
        the strings its parents (and this framework) wrote."""
        return i18n.translate_up_to(self, RecordDialog, text, disambiguation, n)

    # -- size ----------------------------------------------------------------
    def setVisible(self, visible: bool) -> None:
        if visible and not self._settled:  # once, with every widget of every subclass in place
            self.settle_size()
        super().setVisible(visible)

    def settle_size(self) -> None:
        """Fix the minimum size before the dialog is first shown and take the
        layout's hands off the window's constraints: a message appearing later
        grows the dialog (fit_size) instead of re-constraining the window."""
        self._settled = True
        self.ensurePolished()
        layout = self.layout()
        layout.activate()
        self.setMinimumSize(self.minimumSizeHint())
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def fit_size(self) -> None:
        """Grow the dialog when its (word-wrapped) messages need more room."""
        layout = self.layout()
        layout.activate()
        least = layout.totalMinimumSize()
        width = max(self.width(), least.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, least.height(), self.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    # -- what is saved -------------------------------------------------------
    def record(self) -> tuple[dict, list[Finding]]:
        values, unreadable = self.form.values()
        full = {**self.fixed, **values}
        return {k: v for k, v in full.items() if k in records.data_fields(self.table)}, unreadable

    def validate(self, record: dict) -> list[Finding]:
        with self.db.read_session() as session:
            return records.validate(session, self.table, record, today())

    def write(self, session, record: dict, accept_warnings: bool) -> str:
        if self.uid:
            return records.update(session, self.actor, self.table, self.uid, record,
                                  accept_warnings=accept_warnings).uid
        return records.create(session, self.actor, self.table, record,
                              accept_warnings=accept_warnings).uid

    # -- behaviour -----------------------------------------------------------
    def _live_check(self, _field: str) -> None:
        record, unreadable = self.record()
        self._show(unreadable + self.validate(record), only_touched=True)

    def _show(self, findings: list[Finding], only_touched: bool = False) -> None:
        if only_touched:  # while typing, do not shout about fields not reached yet
            findings = [f for f in findings if f.code != "required"]
        self.form.show_findings(findings)
        others = self.form.unplaced(findings)
        self.general.setText("\n".join(f"{label_for(f.field)}：{message_of(f)}" for f in others))
        self.general.setVisible(bool(others))
        self.fit_size()

    def save(self) -> None:
        record, unreadable = self.record()
        if unreadable:
            self._show(unreadable)
            return
        uid = self._try_write(record, accept_warnings=False)
        if uid is None:
            return
        self.saved.emit(uid)
        self.accept()

    def _try_write(self, record: dict, accept_warnings: bool) -> str | None:
        try:
            with self.db.session() as session:
                return self.write(session, record, accept_warnings)
        except records.RecordRejected as exc:
            self._show(exc.findings)
        except records.WarningsNotAccepted as exc:
            self._show(exc.findings)
            if self._confirm(exc.findings):
                return self._try_write(record, accept_warnings=True)
        except PermissionDenied as exc:
            self.general.setText(i18n.message(exc))
            self.general.setVisible(True)
        return None

    def _confirm(self, warnings: list[Finding]) -> bool:
        text = "\n".join(f"• {label_for(f.field)}：{message_of(f)}" for f in warnings)
        answer = QMessageBox.question(
            self, self.tr("Please confirm"),
            self.tr("Please check these before saving:") + "\n\n" + text + "\n\n" + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


