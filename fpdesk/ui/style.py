"""Fonts and the few colours the application uses."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fpdesk.output.fonts import FONT_FILE
from fpdesk.resources import resource_path

log = logging.getLogger(__name__)

# The system's Chinese UI fonts, best first: Windows' own, then those of UOS/Kylin
# and other Linux desktops. The font bundled in fpdesk/resources/fonts comes last
# in every chain, so no Chinese character is ever an empty box.
PREFERRED_FAMILIES = ("Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                      "SimSun")
POINT_SIZE = 10

ACCENT = "#1f5fa8"
TEXT = "#1f2933"
MUTED = "#6b7785"
ERROR = "#c0392b"
BORDER = "#d9dee5"
PANEL = "#f4f6f9"

STYLESHEET = f"""
QListWidget#navigation {{
    background: white;
    border: none;
    border-right: 1px solid {BORDER};
    outline: 0;
    padding-top: 10px;
}}
QListWidget#navigation::item {{
    padding: 10px 20px;
    color: {TEXT};
    border: none;
    border-left: 3px solid transparent;
}}
QListWidget#navigation::item:disabled {{
    color: #a3abb5;
}}
QListWidget#navigation::item:hover:enabled {{
    background: #eef2f7;
}}
QListWidget#navigation::item:selected {{
    background: #e3ecf7;
    color: {ACCENT};
    border-left: 3px solid {ACCENT};
}}
*[kind="page"] {{
    background: {PANEL};
}}
QFrame[kind="card"] {{
    background: white;
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
QLabel[kind="cardValue"] {{
    color: {ACCENT};
}}
QLabel[kind="title"], QLabel[kind="cardLabel"] {{
    color: {TEXT};
}}
QLabel[kind="muted"] {{
    color: {MUTED};
}}
QLabel[kind="error"] {{
    color: {ERROR};
}}
QLabel[kind="warning"] {{
    color: #b9770e;
}}
QPushButton[kind="link"] {{
    background: white;
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 8px 12px;
    text-align: left;
    color: {TEXT};
}}
QPushButton[kind="link"][overdue="true"] {{
    border-left: 4px solid {ERROR};
}}
QPushButton[kind="link"]:hover {{
    background: #eef2f7;
    border-color: {ACCENT};
}}
"""


@cache
def bundled_family() -> str | None:
    """Register the bundled CJK font with Qt (once) and return its family."""
    path = resource_path(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("cannot load the bundled font %s", path)
        return None
    return families[0]


def pick_family() -> str | None:
    """The first preferred family installed, else the bundled one (None if even that failed)."""
    bundled = bundled_family()
    available = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    return bundled


def apply(app: QApplication) -> None:
    """The UI font: a Chinese family, with the bundled font behind it and behind
    every family a widget may ask for by name (Qt's default, a style's)."""
    font = QFont(app.font())
    family = pick_family()
    bundled = bundled_family()
    chain = [f for f in dict.fromkeys([family, bundled]) if f]
    if chain:
        font.setFamilies(chain)
    if bundled:
        for name in {app.font().family(), QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family(),
                     "Sans Serif", "Serif", "Monospace"} - {bundled, ""}:
            QFont.insertSubstitution(name, bundled)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def app_icon():
    """fpdesk's icon (fpdesk/resources/icons, drawn by scripts/make_icons.py) in every size it ships."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(resource_path("icons").glob("fpdesk-*.png")):
        icon.addFile(str(png))
    return icon


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def error_color():
    from PySide6.QtGui import QColor

    return QColor(ERROR)


def make_page(widget) -> None:
    """Give a navigation page the page background of the stylesheet."""
    from PySide6.QtCore import Qt

    widget.setProperty("kind", "page")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


def page_title(text: str = "", parent=None):
    """The large bold title at the top of a page."""
    from PySide6.QtWidgets import QLabel

    title = QLabel(text, parent)
    title.setObjectName("title")
    title.setProperty("kind", "title")
    title.setFont(scaled_font(title.font(), 1.6, bold=True))
    return title


def section_title(text: str, parent=None):
    """A bold heading over one part of a page."""
    from PySide6.QtWidgets import QLabel

    title = QLabel(text, parent)
    title.setProperty("kind", "title")
    title.setFont(scaled_font(title.font(), 1.15, bold=True))
    return title


def error_line(parent=None):
    """The red line under a dialog's form where a refusal is said: room for two lines,
    kept empty until then, so the dialog never jumps."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(parent)
    label.setObjectName("error")
    label.setProperty("kind", "error")
    label.setWordWrap(True)
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())
    return label


def repolish(widget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
