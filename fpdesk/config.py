"""Where fpdesk keeps its files (platformdirs, with overrides for development
and tests) and the user interface language."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP = "fpdesk"
_data_dir_override: Path | None = None


def set_data_dir(path: str | Path | None) -> None:
    global _data_dir_override
    _data_dir_override = Path(path) if path else None


def data_dir() -> Path:
    if _data_dir_override:
        return _data_dir_override
    env = os.environ.get("FPDESK_DATA_DIR")
    return Path(env) if env else user_data_path(APP, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "office.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def backup_dir() -> Path:
    return data_dir() / "backups"


def ui_settings_path() -> Path | None:
    """The INI file of window places and such: None for the platform's user
    location (QSettings, user scope); in the data directory when one is given."""
    if _data_dir_override or os.environ.get("FPDESK_DATA_DIR"):
        return data_dir() / "fpdesk.ini"
    return None


def log_dir() -> Path:
    if _data_dir_override or os.environ.get("FPDESK_DATA_DIR"):
        return data_dir() / "logs"
    return user_log_path(APP, appauthor=False)
