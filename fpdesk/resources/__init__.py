"""The files fpdesk ships inside its package (fonts, compiled translations,
demo names), found the same way from a checkout, an installed wheel and a
PyInstaller build.

Every reader goes through `resource_path`; nothing else knows where they live.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Where a PyInstaller spec puts this folder inside the bundle (installer/fpdesk.spec).
FROZEN_SUBDIR = ("fpdesk", "resources")


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen).joinpath(*FROZEN_SUBDIR)
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
