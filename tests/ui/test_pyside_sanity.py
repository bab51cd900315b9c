"""Guards against a binding regression we hit: PySide6 6.12.0 dropped a
reference to None each time a QVariant holding nothing reached Python
(QComboBox.currentData() on an item without data), until the interpreter
aborted with "none_dealloc". pyproject pins below it; this keeps it so."""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

pytestmark = pytest.mark.gui


def test_reading_empty_item_data_keeps_none_alive(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("全部", None)
    items = QListWidget()
    qtbot.addWidget(items)
    item = QListWidgetItem("x")
    items.addItem(item)
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.currentData()
        item.data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before - 5
