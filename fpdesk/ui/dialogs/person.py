"""人员档案: the form for one person (new member of a household, or a correction).

Typing a readable ID number fills the birth date and sex from it — when those
are empty or disagree — and says so under the ID number. Everything else
(live checks, errors at their fields, one confirmation for warnings, one
transaction) is the record-form framework's (widgets/forms.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from fpdesk.db.engine import Database
from fpdesk.domain import codes, idcard
from fpdesk.services import records
from fpdesk.services.context import Actor
from fpdesk.ui import style
from fpdesk.ui.widgets.fields import FieldInputError
from fpdesk.ui.widgets.forms import FieldSpec, RecordDialog, RecordForm

LEFT = ("name", "id_number", "sex", "birth_date", "ethnicity", "relation", "residence",
        "marital_status", "first_marriage_date")
RIGHT = ("phone", "arrived_date", "left_date", "death_date", "menopause_date", "checks_opt_out",
         "notes")
HEAD = "01"
FIELD_WIDTH = 260
ROW_SPACING = 10


def person_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", required=True, max_length=40),
        FieldSpec("id_number", "id"),
        # not `required`: the list starts blank, so nobody is saved as 男 by default
        FieldSpec("sex", "code", codes.SEX),
        FieldSpec("birth_date", "date", required=True),
        FieldSpec("ethnicity", "code", codes.ETHNICITY),
        FieldSpec("relation", "code", codes.RELATION),
        FieldSpec("residence", "code", codes.RESIDENCE, required=True),
        FieldSpec("marital_status", "code", codes.MARITAL_STATUS),
        FieldSpec("first_marriage_date", "date"),
        FieldSpec("phone", max_length=30),
        FieldSpec("arrived_date", "date"),
        FieldSpec("left_date", "date"),
        FieldSpec("death_date", "date"),
        FieldSpec("menopause_date", "date"),
        FieldSpec("checks_opt_out", "bool"),
        FieldSpec("notes", max_length=500),
    ]


def _row_of(layout: QFormLayout, widget: QWidget) -> int:
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.layout() is not None and item.layout().indexOf(widget) >= 0:
            return row
    return -1


def split_columns(form: RecordForm, columns: list[tuple[str, ...]]) -> None:
    """Lay the form's rows out in side-by-side columns (a wide, short dialog)."""
    source: QFormLayout = form.layout()
    taken = {}
    for name in form.fields:
        row = _row_of(source, form.fields[name])
        result = source.takeRow(row)
        taken[name] = (result.labelItem.widget() if result.labelItem else None, result.fieldItem.layout())
    holder = QWidget(form)
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(24)
    for names in columns:
        column = QFormLayout()
        column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.setLabelAlignment(source.labelAlignment())
        column.setHorizontalSpacing(source.horizontalSpacing())
        column.setVerticalSpacing(ROW_SPACING)
        for name in names:
            label, field = taken[name]
            if label is not None and label.text():
                column.addRow(label, field)
            else:
                if label is not None:
                    label.deleteLater()
                column.addRow(field)
        box.addLayout(column, 1)
    source.addRow(holder)


class PersonDialog(RecordDialog):
    """New member of `household_uid` (uid None) or a correction of person `uid`."""

    def __init__(self, db: Database, actor: Actor, *, uid: str | None = None,
                 household_uid: str | None = None, initial: dict | None = None,
                 title: str | None = None, parent=None):
        fixed = {"household_uid": household_uid} if household_uid else None
        if title is None:
            title = self.tr("Edit person record") if uid else self.tr("Add member")
        super().__init__(db, actor, "persons", person_specs(), title=title, uid=uid, fixed=fixed,
                         initial=initial, parent=parent)
        self.setObjectName("person_dialog")
        self._note = ""
        self._noted_for = ""
        self._filling = False
        split_columns(self.form, [LEFT, RIGHT])
        self.form.even_fields(FIELD_WIDTH)
        self.form.star("sex")
        self.form.relabel("phone", self.tr("Phone"))
        self.form.relabel("notes", self.tr("Notes"))
        self.form.relabel("checks_opt_out", self.tr("She does not want health-check reminders"))
        self.form.fields["checks_opt_out"].setToolTip(
            self.tr("Her own choice: she will not be listed for the health-check reminder."))
        self.form.fields["id_number"].textChanged.connect(self._forget_id_note)
        self.form.fields["id_number"].textEdited.connect(self._id_typed)
        self.form.edited.connect(self._forget_note)
        self.setStyleSheet(f'QLabel[kind="info"] {{ color: {style.ACCENT}; }}')
        self.form.fields["name"].setFocus()

    # -- the ID number fills birth date and sex ---------------------------------
    def _id_typed(self, text: str) -> None:
        self._note = ""
        info = idcard.parse(text)
        if len(info.number) in (15, 18) and info.birth_date and info.sex:
            self._fill_from_id(info.birth_date, info.sex)
        self._live_check("id_number")

    def _fill_from_id(self, birth: date, sex: int) -> None:
        birth_field, sex_field = self.form.fields["birth_date"], self.form.fields["sex"]
        try:
            current_birth = birth_field.value()
        except FieldInputError:
            current_birth = False  # unreadable text: replace it
        current_sex = sex_field.value()
        birth_differs, sex_differs = current_birth != birth, current_sex != sex
        self._filling = True
        try:
            if birth_differs:
                birth_field.set_value(birth)
            if sex_differs:
                sex_field.set_value(sex)
        finally:
            self._filling = False
        was_empty = (current_birth is None or not birth_differs) and (current_sex is None or not sex_differs)
        if birth_differs and sex_differs:
            note = self.tr("Birth date and sex filled in from the ID number") if was_empty \
                else self.tr("Birth date and sex corrected to match the ID number")
        elif birth_differs:
            note = self.tr("Birth date filled in from the ID number") if was_empty \
                else self.tr("Birth date corrected to match the ID number")
        elif sex_differs:
            note = self.tr("Sex filled in from the ID number") if was_empty \
                else self.tr("Sex corrected to match the ID number")
        else:
            note = ""
        self._note = note
        self._noted_for = self.form.fields["id_number"].text()

    def _forget_id_note(self, text: str) -> None:
        if text != self._noted_for:
            self._note = ""

    def _forget_note(self, name: str) -> None:
        if not self._filling and name in ("birth_date", "sex"):
            self._note = ""

    def id_note(self) -> str:
        return self._note

    def _show(self, findings, only_touched: bool = False) -> None:
        super()._show(findings, only_touched)
        self._show_note(findings, only_touched)
        self.fit_size()

    def _show_note(self, findings, only_touched: bool) -> None:
        if not self._note:
            return
        label: QLabel = self.form.messages["id_number"]
        own = [f for f in findings if f.field == "id_number" and not (only_touched and f.code == "required")]
        label.setText(label.text() + "\n" + self._note if own else self._note)
        if not own:
            label.setProperty("kind", "info")
            label.style().unpolish(label)
            label.style().polish(label)
        label.setVisible(True)

    # -- saving ------------------------------------------------------------------
    def write(self, session, record: dict, accept_warnings: bool) -> str:
        uid = super().write(session, record, accept_warnings)
        if record.get("relation") == HEAD:  # the first 户主 of a household becomes its head
            household = records.get(session, "households", record["household_uid"])
            if not household.get("head_uid"):
                records.update(session, self.actor, "households", household["uid"], {"head_uid": uid},
                               accept_warnings=True)
        return uid
