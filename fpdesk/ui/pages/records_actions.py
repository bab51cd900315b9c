"""What the clerk does on the 人员档案 page: new / edit / delete a household,
add / edit / move / delete a member. Each change is one transaction through
`services.records`; deletes are soft and ask first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QVBoxLayout, QWidget)

from fpdesk.domain import codes
from fpdesk.domain.checks import Finding
from fpdesk.domain.dates import format_iso
from fpdesk.services import records
from fpdesk.services.context import PermissionDenied, today
from fpdesk.services.people import HouseholdRow, MemberRow
from fpdesk.ui import i18n
from fpdesk.ui.dialogs.delete import DeleteRecordDialog
from fpdesk.ui.dialogs.household import HouseholdDialog
from fpdesk.ui.dialogs.person import HEAD, PersonDialog
from fpdesk.ui.household_view import HouseholdView, group_label
from fpdesk.ui.pages.records_tree import (HouseholdCache, HouseholdTreeModel, find_households,
                                          household_label, is_short_number)
from fpdesk.ui.widgets.fields import CodeField
from fpdesk.ui.widgets.forms import label_for, message_of

SEARCH_DELAY_MS = 250


def ask(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """A question with a named OK button (删除, 迁移) and Cancel, Cancel the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok.value


def tell(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def findings_text(findings: list[Finding]) -> str:
    return "\n".join(f"• {label_for(f.field)}：{message_of(f)}" for f in findings)


class DeleteMemberDialog(DeleteRecordDialog):
    """Asks why a member's record is deleted; OK only with a reason."""

    def __init__(self, member: MemberRow, parent=None):
        super().__init__(
            self.tr("Delete member"),
            self.tr("Delete the record of %1 (born %2)?")
            .replace("%1", member.name).replace("%2", format_iso(member.birth_date)),
            self.tr("Delete only a record entered by mistake or twice. A person who moved "
                    "away or died keeps her record: change the residence instead. The "
                    "deleted record is kept in the database and goes to the county with "
                    "the next package."), parent)


class MoveDialog(QDialog):
    """Choose the household a member moves to, and her relation to its head."""

    def __init__(self, member: MemberRow, source: dict, cache: HouseholdCache, village_codes: list[str],
                 village_names: dict[str, str], match_ids: bool, parent=None):
        super().__init__(parent)
        self.member, self.source, self.cache = member, source, cache
        self.village_codes, self.village_names, self.match_ids = village_codes, village_names, match_ids
        self.setWindowTitle(self.tr("Move to another household"))
        intro = QLabel(self.tr("Move %1 to the household chosen below.").replace("%1", member.name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("move_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Household number, or a member's name or initials"))
        self.results = QListWidget()
        self.results.setObjectName("move_results")
        self.results.setMinimumHeight(220)
        self.relation = CodeField(codes.RELATION)
        self.relation.setObjectName("move_relation")
        self.relation.set_value(member.relation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.results.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        find = QFormLayout()
        find.addRow(self.tr("Find:"), self.search)
        relation = QFormLayout()
        relation.addRow(self.tr("Relation to the new head:"), self.relation)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(find)
        layout.addWidget(self.results, 1)
        layout.addLayout(relation)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.run_search()

    def run_search(self) -> None:
        """The filter's matches; with no text, the households of her own group."""
        self.timer.stop()
        text = self.search.text().strip()
        if text:
            scope = [self.source["village_code"]] if is_short_number(text, self.match_ids) else self.village_codes
            rows = find_households(self.cache, scope, text, self.match_ids)
        else:
            village, group = self.source["village_code"], self.source.get("group_no")
            rows = [r for r in self.cache.village(village)[1] if r.group_no == group]
        self.results.clear()
        for row in rows:
            if row.uid == self.source["uid"]:
                continue
            place = f"{self.village_names.get(row.village_code, row.village_code)} {group_label(row.group_no)}"
            item = QListWidgetItem(f"{place}  {household_label(row)}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(row.address or row.household_no or "")
            self.results.addItem(item)

    def target(self) -> HouseholdRow | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class RecordsActions(QObject):
    """Connects the household view's actions; `changed(household uid, person uid)`
    after a write (either may be ""), `removed(household uid)` after a delete."""

    changed = Signal(str, str)
    removed = Signal(str)

    def __init__(self, view: HouseholdView, model: HouseholdTreeModel, parent=None):
        super().__init__(parent)
        self.view, self.model, self.cache = view, model, model.cache
        self.db, self.actor = view.db, view.actor
        view.edit_household.triggered.connect(self.edit_household)
        view.delete_household.triggered.connect(self.delete_household)
        view.add_member.triggered.connect(self.add_member)
        view.edit_member.triggered.connect(self.edit_member)
        view.move_member.triggered.connect(self.move_member)
        view.delete_member.triggered.connect(self.delete_member)

    # -- households ------------------------------------------------------------
    def new_household(self, village: str | None = None, group: str | None = None) -> None:
        dialog = HouseholdDialog(self.db, self.actor, village=village, group=group, parent=self.view)
        dialog.saved.connect(lambda uid: self.changed.emit(uid, ""))
        dialog.exec()

    def edit_household(self) -> None:
        uid = self.view.current_uid()
        if uid:
            dialog = HouseholdDialog(self.db, self.actor, uid=uid, parent=self.view)
            dialog.saved.connect(lambda saved: self.changed.emit(saved, ""))
            dialog.exec()

    def delete_household(self) -> None:
        uid = self.view.current_uid()
        if not uid:
            return
        title = self.tr("Delete household")
        if not self.view.model.rows and not ask(
                self.view, title, self.tr("Delete household %1? It has no members.")
                .replace("%1", self.view.household.get("household_no") or ""), self.tr("Delete")):
            return
        if self._write(title, lambda s: records.delete(s, self.actor, "households", uid)):
            self.removed.emit(uid)

    # -- members ---------------------------------------------------------------
    def add_member(self) -> None:
        household = self.view.current_uid()
        if not household:
            return
        living = [m for m in self.view.model.rows if m.residence in (1, 2, 3)]
        initial = {"residence": 1, "ethnicity": "01", "relation": None if living else HEAD}
        dialog = PersonDialog(self.db, self.actor, household_uid=household, initial=initial,
                              title=self.tr("Add member to %1").replace("%1", self.view.title.text()),
                              parent=self.view)
        dialog.saved.connect(lambda uid: self.changed.emit(household, uid))
        dialog.exec()

    def edit_member(self) -> None:
        member = self.view.selected_member()
        if member:
            dialog = PersonDialog(self.db, self.actor, uid=member.uid, parent=self.view,
                                  title=self.tr("Edit person record — %1").replace("%1", member.name))
            dialog.saved.connect(lambda uid: self.changed.emit(self.view.current_uid() or "", uid))
            dialog.exec()

    def move_member(self) -> None:
        member, source = self.view.selected_member(), self.view.household
        if not member or not source:
            return
        dialog = MoveDialog(member, source, self.cache, self.model.village_codes(),
                            self.model.village_names, self.actor.may_see_ids, self.view)
        if not dialog.exec() or dialog.target() is None:
            return
        target, relation = dialog.target(), dialog.relation.value()
        with self.db.read_session() as session:
            person = records.get(session, "persons", member.uid)
            moved = {k: v for k, v in person.items() if k in records.data_fields("persons")}
            moved.update(household_uid=target.uid, relation=relation)
            found = records.validate(session, "persons", moved, today())
        title = self.tr("Move to another household")
        if any(f.is_error for f in found):
            tell(self.view, title, self.tr("The record of %1 has errors; correct them first:")
                 .replace("%1", member.name) + "\n\n" + findings_text([f for f in found if f.is_error]))
            return
        text = self.tr("Move %1 from household %2 to household %3?").replace("%1", member.name) \
            .replace("%2", source.get("household_no") or "").replace("%3", target.household_no or "")
        if found:
            text += "\n\n" + self.tr("Please check these too:") + "\n" + findings_text(found)
        if relation == HEAD and target.head_name:
            text += "\n\n" + self.tr("%1 is already the head of that household.").replace("%1", target.head_name)
        if not ask(self.view, title, text, self.tr("Move")):
            return

        def move(session) -> None:
            records.update(session, self.actor, "persons", member.uid,
                           {"household_uid": target.uid, "relation": relation}, accept_warnings=True)
            if source.get("head_uid") == member.uid:
                records.update(session, self.actor, "households", source["uid"], {"head_uid": None},
                               accept_warnings=True)
            if relation == HEAD and not records.get(session, "households", target.uid).get("head_uid"):
                records.update(session, self.actor, "households", target.uid, {"head_uid": member.uid},
                               accept_warnings=True)
        if self._write(title, move):
            self.changed.emit(source["uid"], "")

    def delete_member(self) -> None:
        member, household = self.view.selected_member(), self.view.household
        if not member or not household:
            return
        dialog = DeleteMemberDialog(member, self.view)
        if not dialog.exec():
            return
        reason = dialog.reason_text()

        def delete(session) -> None:
            records.delete(session, self.actor, "persons", member.uid, reason)
            if household.get("head_uid") == member.uid:
                records.update(session, self.actor, "households", household["uid"], {"head_uid": None},
                               accept_warnings=True)
        if self._write(self.tr("Delete member"), delete):
            self.changed.emit(household["uid"], "")

    # -- writing ---------------------------------------------------------------
    def _write(self, title: str, change) -> bool:
        """Run `change(session)` in one transaction; say why if it was refused."""
        try:
            with self.db.session() as session:
                change(session)
        except (records.RecordRejected, records.WarningsNotAccepted) as exc:
            tell(self.view, title, findings_text(exc.findings) if len(exc.findings) > 1
                 else message_of(exc.findings[0]))
            return False
        except (PermissionDenied, records.RecordNotFound) as exc:
            tell(self.view, title, i18n.message(exc))
            return False
        return True
