"""Fonts and the few colours the application uses."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Windows' own Chinese UI font first, then the Linux ones.
PREFERRED_FAMILIES = ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC")
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


def pick_family() -> str | None:
    """The first preferred family installed, or None to keep Qt's default."""
    available = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    return None


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    family = pick_family()
    if family:
        font.setFamily(family)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


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


def repolish(widget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
