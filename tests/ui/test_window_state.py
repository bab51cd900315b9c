from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fpdesk import config
from fpdesk.ui import style, window_state
from fpdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_small_screens_are_those_of_an_old_office_pc():
    assert window_state.is_small(QSize(1366, 768))
    assert window_state.is_small(QSize(1280, 1024))
    assert not window_state.is_small(QSize(1920, 1080))


def test_first_start_on_a_small_screen_is_maximised(qtbot, demo_db, tmp_path):
    assert window_state.is_small(QGuiApplication.primaryScreen().size())  # offscreen: 800×600
    window = MainWindow(demo_db, None)
    qtbot.addWidget(window)
    window_state.place(window, window_state.settings(tmp_path / "fpdesk.ini"))
    assert window.isVisible() and window.isMaximized()


def test_the_window_opens_where_it_was_left(qtbot, tmp_path):
    ini = tmp_path / "fpdesk.ini"
    first = QWidget()  # place() takes any window; the main window is wider than the offscreen screen
    qtbot.addWidget(first)
    window_state.place(first, window_state.settings(ini))
    assert first.isMaximized()   # nothing stored yet, and a small screen
    first.showNormal()
    first.setGeometry(60, 70, 420, 260)
    left = first.geometry()
    window_state.save(first, window_state.settings(ini))
    first.close()
    assert "geometry" in ini.read_text(encoding="ascii")  # an INI file, as QSettings writes it

    second = QWidget()
    qtbot.addWidget(second)
    window_state.place(second, window_state.settings(ini))
    assert second.isVisible() and not second.isMaximized()
    assert second.geometry() == left


def test_a_window_left_maximised_opens_maximised(qtbot, demo_db, tmp_path):
    ini = tmp_path / "fpdesk.ini"
    first = MainWindow(demo_db, None)
    qtbot.addWidget(first)
    first.showMaximized()
    window_state.save(first, window_state.settings(ini))
    first.close()
    second = MainWindow(demo_db, None)
    qtbot.addWidget(second)
    window_state.place(second, window_state.settings(ini))
    assert second.isMaximized()


def test_settings_follow_a_given_data_directory(tmp_path):
    config.set_data_dir(tmp_path)
    try:
        assert window_state.settings().fileName() == str(tmp_path / "fpdesk.ini")
    finally:
        config.set_data_dir(None)
    assert config.ui_settings_path() is None or "FPDESK_DATA_DIR" in os.environ


def test_the_application_icon_is_fpdesks(qapp):
    icon = style.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
