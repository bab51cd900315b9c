"""Which navigation pages exist: name → factory(window). A page module adds
its line here; the main window builds only the pages listed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def _home(window) -> QWidget:
    from fpdesk.ui.pages.home import HomePage

    return HomePage(window.db, window.clock, window.show_reminders)


def _records(window) -> QWidget:
    from fpdesk.ui.pages.records import RecordsPage

    return RecordsPage(window.db, window.actor, window.clock)


def _reminders(window) -> QWidget:
    from fpdesk.ui.pages.reminders import RemindersPage

    return RemindersPage(window.db, window.actor, window.clock, window.open_person)


def _women(window) -> QWidget:
    from fpdesk.ui.pages.women import WomenPage

    return WomenPage(window.db, window.actor, window.clock, window.open_person)


def _ledgers(window) -> QWidget:
    from fpdesk.ui.pages.ledgers import LedgersPage

    return LedgersPage(window.db, window.actor, window.clock)


def _reports(window) -> QWidget:
    from fpdesk.ui.pages.reports import ReportsPage

    return ReportsPage(window.db, window.actor, window.clock)


def _exchange(window) -> QWidget:
    from fpdesk.ui.pages.exchange import ExchangePage

    return ExchangePage(window.db, window.actor, window.clock, show_quality=lambda: window.show_page("quality"))


def _quality(window) -> QWidget:
    from fpdesk.ui.pages.quality import QualityPage

    return QualityPage(window.db, window.actor, window.clock, window.open_person)


def _settings(window) -> QWidget:
    from fpdesk.ui.pages.settings import SettingsPage

    return SettingsPage(window.db, window.actor, window.restored_close)


PAGES: dict[str, Callable[[object], QWidget]] = {
    "home": _home,
    "records": _records,
    "reminders": _reminders,
    "women": _women,
    "ledgers": _ledgers,
    "reports": _reports,
    "exchange": _exchange,
    "quality": _quality,
    "settings": _settings,
}
