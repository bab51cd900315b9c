"""Shared values for the GUI tests."""

from datetime import date

from fpdesk.services.context import Actor

DEMO_ON = date(2026, 11, 22)  # the date tests/conftest.py's small demo is built for
ADMIN = Actor("admin", "admin")


def assert_navigation_not_elided(navigation) -> None:
    """Every item's text fits beside the 20 px paddings and 3 px selection bar."""
    room = navigation.viewport().width() - 2 * 20 - 3
    metrics = navigation.fontMetrics()
    for row in range(navigation.count()):
        text = navigation.item(row).text()
        assert metrics.horizontalAdvance(text) <= room, text


def answer_dialogs(monkeypatch, handle):
    """QDialog.exec runs `handle(dialog)` instead of waiting for the clerk."""
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda dialog: handle(dialog))
