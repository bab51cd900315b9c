"""Which navigation pages exist: name → factory(window). A page module adds
its line here; the main window builds only the pages listed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def _home(window) -> QWidget:
    from fpdesk.ui.pages.home import HomePage

    return HomePage(window.db, window.clock)


def _settings(window) -> QWidget:
    from fpdesk.ui.pages.settings import SettingsPage

    return SettingsPage(window.db, window.actor)


PAGES: dict[str, Callable[[object], QWidget]] = {
    "home": _home,
    "settings": _settings,
}
