"""The village and group choice of a list page: "全部村" / a village, and the
groups of the chosen village (disabled until one is chosen)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from fpdesk.db.engine import Database
from fpdesk.services import people


def group_number(group_no: str | None) -> str:
    """"01" → "1"; a group named otherwise stays as it is."""
    if not group_no:
        return ""
    return str(int(group_no)) if group_no.isdigit() else group_no


class PlaceFilter(QObject):
    """Owns two combo boxes (`village`, `group`) for the page to lay out."""

    changed = Signal()

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.village = QComboBox()
        self.village.setObjectName("village")
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.village.addItem(self.tr("All villages"), None)
        with db.read_session() as session:
            self.villages = people.villages(session)
        for v in self.villages:
            self.village.addItem(v.name, v.code)
        self._fill_groups()
        self.village.currentIndexChanged.connect(self._village_changed)
        self.group.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def village_code(self) -> str | None:
        return self.village.currentData()

    def group_no(self) -> str | None:
        return self.group.currentData()

    def village_names(self) -> dict[str, str]:
        return {v.code: v.name for v in self.villages}

    def _village_changed(self, _index: int) -> None:
        self._fill_groups()
        self.changed.emit()

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        code = self.village_code()
        if code:
            with self.db.read_session() as session:
                for g in people.groups(session, code):
                    self.group.addItem(self.tr("Group %1").replace("%1", group_number(g)), g)
        self.group.setEnabled(code is not None)
        self.group.blockSignals(False)
