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


def package_with_refusals(db, actor, folder):
    """The demo's full package with a wrongly typed sex (refusing the person and what points
    to her), a reference to nobody and a blank line."""
    import json
    import uuid

    from fpdesk.package.writer import export_package
    from tests.package.helpers import dump_jsonl, jsonl, members, rebuild

    full = export_package(db, actor, folder / "full.fpx", full=True).path
    files = members(full)
    persons, services = jsonl(files["data/persons.jsonl"]), jsonl(files["data/services.jsonl"])
    mother = json.loads(files["data/births.jsonl"].splitlines()[0])["mother_uid"]
    next(p for p in persons if p["uid"] == mother)["sex"] = "女"
    services[0]["person_uid"] = str(uuid.uuid4())
    return rebuild(full, folder / "refusals.fpx", replace={
        "data/persons.jsonl": dump_jsonl(persons) + b"\n", "data/services.jsonl": dump_jsonl(services)})

