from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from fpdesk.db.schema import backup_file, open_database
from fpdesk.ui import i18n, style


@pytest.fixture(autouse=True)
def chinese(qapp):
    """The application as a clerk sees it: Chinese, with fpdesk's fonts and style."""
    style.apply(qapp)
    installed = i18n.install("zh_CN")
    yield installed
    installed.remove()


@pytest.fixture
def demo_db(small_demo, tmp_path):
    """A private copy of the shared small demo township, opened."""
    path = backup_file(small_demo, tmp_path / "demo.db")
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def answer_message_box(monkeypatch):
    """Message boxes answer themselves with OK instead of waiting for a click;
    calling the fixture returns the list that collects what each box said
    (title, text, informative text)."""
    seen: list[str] = []

    def answered(box: QMessageBox) -> int:
        box.ensurePolished()
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", answered)
    return lambda: seen



@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """A dialog left open (or a progress dialog's timer showing it late) is
    application-modal: it would take activation from every later test's window."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, (QDialog, QProgressDialog)):
            widget.hide()
